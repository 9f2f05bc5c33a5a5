"""新建商机: customer, project, amount, industry, region — created through the service, on the
runner's write worker."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from projdesk import labels
from projdesk.domain.catalog import INDUSTRIES, STAGES
from projdesk.ui.common.date_edit import DateEdit
from projdesk.ui.common.prompt import PromptDialog
from projdesk.ui.common.runner import Progress, Runner
from projdesk.ui.crash import failure_text

if TYPE_CHECKING:
    from projdesk.storage.services import Services


class NewOpportunityDialog(PromptDialog):
    """On OK queues the creation; once it is written the dialog closes with ``created_id``, a
    refused value shows one line here and keeps the dialog open."""

    def __init__(
        self,
        services: Services,
        runner: Runner,
        *,
        customers: list[str] | None = None,
        regions: list[str] | None = None,
        stage_number: int = 1,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newOpportunity")
        self.setWindowTitle(self.tr("新建商机"))
        self.services = services
        self.runner = runner
        self.created_id: str | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.customer = QLineEdit()
        self.customer.setObjectName("customer")
        self.customer.setPlaceholderText(self.tr("客户全称"))
        if customers:
            completer = QCompleter(customers, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.customer.setCompleter(completer)
        self.project = QLineEdit()
        self.project.setObjectName("project")
        self.project.setPlaceholderText(self.tr("例如 智慧校园一期"))
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("例如 120万 或 1200000"))
        self.industry = QComboBox()
        self.industry.setObjectName("industry")
        self.industry.setEditable(True)
        self.industry.addItems(["", *INDUSTRIES])
        self.region = QComboBox()
        self.region.setObjectName("region")
        self.region.setEditable(True)
        self.region.addItems(["", *(regions or [])])
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        for s in STAGES:
            self.stage.addItem(f"{s.number} {s.name}", s.number)
        self.stage.setCurrentIndex(max(0, stage_number - 1))
        form.addRow(self.tr("客户"), self.customer)
        form.addRow(self.tr("项目"), self.project)
        form.addRow(self.tr("预计签单额"), self.amount)
        form.addRow(self.tr("行业"), self.industry)
        form.addRow(self.tr("地区"), self.region)
        form.addRow(self.tr("阶段"), self.stage)
        self.expected_close = DateEdit(self, label=labels.FIELD_TEXTS["expected_sign_date"])
        self.expected_close.setObjectName("expectedClose")
        self.expected_close.setPlaceholderText(self.tr("可空着；如 2027-03-31、3/31、+90"))
        form.addRow(self.tr("预计签约日期"), self.expected_close)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #c62828")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.set_primary(buttons.button(QDialogButtonBox.StandardButton.Ok))  # Enter creates, never cancels
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("字") * 28)

    def accept(self) -> None:
        services, values = self.services, self._values()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)  # one creation per OK, however often it is pressed meanwhile

        def work(_progress: Progress, _cancel: threading.Event) -> str:
            return services.opportunities.add(
                values["customer"],
                values["project"],
                amount=values["amount"],
                industry=values["industry"],
                region=values["region"],
                stage_number=int(values["stage"]),
                expected_sign_date=values["expected_close"] or None,
            )

        def created(card_id: str) -> None:
            self.created_id = card_id
            super(NewOpportunityDialog, self).accept()

        def failed(error: BaseException) -> None:
            ok.setEnabled(True)
            text = failure_text(error)
            if text is not None:
                self.error.setText(text)
                self.error.show()

        self.runner.write(self.tr("正在新建商机…"), work, created, failed)

    def _values(self) -> dict[str, str]:
        """What the form says now: the work on the write worker never reads a widget."""
        return {
            "customer": self.customer.text(),
            "project": self.project.text(),
            "amount": self.amount.text(),
            "industry": self.industry.currentText(),
            "region": self.region.currentText(),
            "stage": str(self.stage.currentData()),
            "expected_close": self.expected_close.value(),  # 3/31 is saved as its ISO date
        }
