"""The prompt a move opens when stage gates are unmet: fill the missing fields, or override."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.gates import UnmetRule
from projdesk.domain.money import is_amount_text
from projdesk.ui.common.prompt import PromptDialog
from projdesk.ui.labels import rule_texts, term

FIX = "fix"
OVERRIDE = "override"


class MovePromptDialog(PromptDialog):
    """Lists the unmet rules; offers the fields that would satisfy them, or an override with a reason.

    After ``exec`` returns Accepted, ``choice`` is FIX (apply ``values()`` then move) or
    OVERRIDE (apply ``values()`` too, then move anyway, logging ``reason()``): what was filled
    in here is kept either way. Enter takes the override once a reason is typed, else 保存并推进
    once what is filled in is valid; never 取消.
    """

    def __init__(
        self,
        card_title: str,
        stage_name: str,
        unmet: list[UnmetRule],
        *,
        certified_leads: list[str] | None = None,
        current: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        stage_name = term(stage_name)
        self.setObjectName("movePrompt")
        self.setWindowTitle(self.tr("推进到“%1”").replace("%1", stage_name))
        self.choice = ""
        current = current or {}
        self._certified_before = bool(current.get("lead_certified"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("“%1”还不能进入“%2”，以下条件未满足：")
            .replace("%1", card_title)
            .replace("%2", stage_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rules = QLabel("\n".join(f"• {text}" for text in rule_texts(unmet)))
        self.rules.setObjectName("unmetRules")
        self.rules.setWordWrap(True)
        layout.addWidget(self.rules)

        self.budget: QLineEdit | None = None
        self.project_lead: QComboBox | None = None
        self.lead_certified: QCheckBox | None = None
        fix_fields = {u.fix_field for u in unmet if u.fix_field}
        if fix_fields:
            box = QGroupBox(self.tr("在这里补上"))
            form = QFormLayout(box)
            if "budget" in fix_fields:
                self.budget = QLineEdit()
                self.budget.setObjectName("budget")
                self.budget.setPlaceholderText(self.tr("例如 120万 或 1200000"))
                self.budget.textChanged.connect(self._choose_primary)
                form.addRow(self.tr("客户预算"), self.budget)
                self.budget_hint = QLabel(self.tr("金额写法：120万、1200000 或 1,200,000.50"))
                self.budget_hint.setObjectName("budgetHint")
                self.budget_hint.setStyleSheet("color: #b3261e;")
                self.budget_hint.setVisible(False)
                form.addRow("", self.budget_hint)
            if "project_lead" in fix_fields or "lead_certified" in fix_fields:
                self.project_lead = QComboBox()
                self.project_lead.setObjectName("projectLead")
                self.project_lead.setEditable(True)
                self.project_lead.addItems(certified_leads or [])
                self.project_lead.setCurrentText(str(current.get("project_lead") or ""))
                form.addRow(self.tr("项目主管"), self.project_lead)
                self.lead_certified = QCheckBox(self.tr("项目主管已取得营销中心认证"))
                self.lead_certified.setObjectName("leadCertified")
                self.lead_certified.setChecked(bool(current.get("lead_certified")))
                form.addRow("", self.lead_certified)
            layout.addWidget(box)
            self.fix_button: QPushButton | None = QPushButton(self.tr("保存并推进"))
            self.fix_button.setObjectName("fixAndMove")
            self.fix_button.clicked.connect(self.accept_fix)
        else:
            self.fix_button = None

        over = QGroupBox(self.tr("或者越过门槛（会记入历史）"))
        over_form = QFormLayout(over)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("overrideReason")
        self.reason_edit.setPlaceholderText(self.tr("必须说明理由"))
        over_form.addRow(self.tr("理由"), self.reason_edit)
        layout.addWidget(over)
        self.override_button = QPushButton(self.tr("越过门槛推进"))
        self.override_button.setObjectName("overrideMove")
        self.override_button.setEnabled(False)
        self.override_button.clicked.connect(self.accept_override)
        self.reason_edit.textChanged.connect(self._choose_primary)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if self.fix_button is not None:
            buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.override_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("字") * 32
        self.setMinimumWidth(width)
        self._choose_primary()

    def budget_valid(self) -> bool:
        """An empty budget is not filled in; a typed one must read as an amount."""
        text = self.budget.text().strip() if self.budget is not None else ""
        return not text or is_amount_text(text)

    def _choose_primary(self) -> None:
        """Which button Enter presses: the override once a reason is typed, else 保存并推进;
        each only while what it would save is valid."""
        valid = self.budget_valid()
        if self.budget is not None:
            self.budget_hint.setVisible(not valid)
        self.override_button.setEnabled(bool(self.reason()) and valid)
        if self.fix_button is not None:
            self.fix_button.setEnabled(valid)
        self.set_primary(self.override_button if self.reason() else self.fix_button)

    def values(self) -> dict[str, Any]:
        """The opportunity fields filled in here (only those the user touched)."""
        values: dict[str, Any] = {}
        if self.budget is not None and self.budget.text().strip():
            values["budget"] = self.budget.text().strip()
        if self.project_lead is not None and self.project_lead.currentText().strip():
            values["project_lead"] = self.project_lead.currentText().strip()
        if self.lead_certified is not None and self.lead_certified.isChecked() != self._certified_before:
            values["lead_certified"] = self.lead_certified.isChecked()
        return values

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def accept_fix(self) -> None:
        if not self.budget_valid():
            return
        self.choice = FIX
        self.accept()

    def accept_override(self) -> None:
        if not self.reason() or not self.budget_valid():
            return
        self.choice = OVERRIDE
        self.accept()
