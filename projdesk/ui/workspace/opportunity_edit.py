"""编辑商机 and 删除商机: the workspace header's facts edited in one dialog, the opportunity deleted.

Both go through the one runner (a write like any other, so the board hears of it on the bus and
Ctrl+Z undoes it). The dialog checks every value with the service's own rules before it closes:
a wrong amount or date is told in place, in the dialog, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from projdesk import labels
from projdesk.domain.catalog import step
from projdesk.domain.changes import OPPORTUNITY, Changes
from projdesk.domain.errors import InvalidInput, ProjDeskError
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.storage.services.opportunities import parse_opportunity_changes
from projdesk.ui.common import dialogs
from projdesk.ui.common.date_edit import DateEdit
from projdesk.ui.common.prompt import PromptDialog
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import InlineMessage, em, tr
from projdesk.ui.translatable import QT_TR_NOOP

# The header's facts, in the order the dialog shows them: (field, label).
HEADER_FIELDS: tuple[tuple[str, str], ...] = (
    ("customer", QT_TR_NOOP("客户")),
    ("name", QT_TR_NOOP("项目名称")),
    ("amount", QT_TR_NOOP("预计签单额（元）")),
    ("budget", QT_TR_NOOP("项目预算（元）")),
    ("probability", QT_TR_NOOP("赢单概率（%）")),
    ("expected_sign_date", QT_TR_NOOP("预计签约日期")),
    ("owner", QT_TR_NOOP("销售负责人")),
    ("project_lead", QT_TR_NOOP("项目主管")),
    ("next_step", QT_TR_NOOP("下一步")),
    ("next_date", QT_TR_NOOP("下一步日期")),
    ("source", QT_TR_NOOP("线索来源")),
    ("notes", QT_TR_NOOP("备注")),
)


def header_values(detail: dto.OpportunityDetail) -> dict[str, str]:
    """The facts as the user edits them: plain text, amounts in yuan, dates as YYYY-MM-DD."""
    s = detail.summary

    def text(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, Decimal):
            return format(value, "f")
        return value.isoformat() if hasattr(value, "isoformat") else str(value)

    return {
        "customer": s.customer,
        "name": s.name,
        "amount": text(s.amount),
        "budget": text(detail.budget),
        "probability": text(s.probability),
        "expected_sign_date": text(s.expected_sign_date),
        "owner": s.owner,
        "project_lead": s.project_lead,
        "next_step": s.next_step,
        "next_date": text(s.next_date),
        "source": detail.source,
        "notes": detail.notes,
    }


class EditOpportunityDialog(PromptDialog):
    """One form for the header's facts; ``changes()`` holds what the user changed."""

    def __init__(self, detail: dto.OpportunityDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("编辑商机"))
        self.setObjectName("editOpportunityDialog")
        self.before = header_values(detail)
        self.inputs: dict[str, QLineEdit | QComboBox | QPlainTextEdit | DateEdit] = {}
        form = QFormLayout()
        for key, label in HEADER_FIELDS:
            widget = self._input(key, self.before[key])
            widget.setObjectName(f"edit_{key}")
            self.inputs[key] = widget
            form.addRow(tr(label), widget)
        self.message = InlineMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(tr("保存"))
        self.set_primary(save)  # Enter in a line edit saves (a default 取消 would swallow it)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.setMinimumWidth(em(self, 30))
        self._changes: dict[str, str] = {}

    def _input(self, key: str, value: str) -> QLineEdit | QComboBox | QPlainTextEdit | DateEdit:
        if key == "notes":
            box = QPlainTextEdit(value)
            box.setFixedHeight(em(self, 5))
            return box
        if key == "source":  # step A's channels, or any other source the user writes
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems(["", *step("A").field("source_channel").choices])
            combo.setCurrentText(value)
            return combo
        if key in ("expected_sign_date", "next_date"):
            day = DateEdit(self, label=labels.FIELD_TEXTS[key])
            day.setText(value)
            return day
        edit = QLineEdit(value)
        if key in ("amount", "budget"):
            edit.setPlaceholderText(tr("如 1200000 或 120万"))
        return edit

    def set_value(self, key: str, text: str) -> None:
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentText(text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setText(text)

    def value(self, key: str) -> str:
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            return widget.currentText()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, DateEdit):
            return widget.value()  # 12-05 is saved as its ISO date
        return widget.text()

    def changes(self) -> dict[str, str]:
        """The fields whose text the user changed (valid once the dialog was accepted)."""
        return dict(self._changes)

    def accept(self) -> None:
        """Close only when every changed value passes the service's rules; else say why, here."""
        changed = {
            k: self.value(k) for k, _ in HEADER_FIELDS if self.value(k).strip() != self.before[k].strip()
        }
        try:
            customer = changed.get("customer")
            if customer is not None and not customer.strip():
                raise InvalidInput(tr("客户名称不能为空"))
            parse_opportunity_changes({k: v for k, v in changed.items() if k != "customer"})
        except ProjDeskError as exc:
            self.message.error(exc)
            return
        self._changes = changed
        super().accept()


class OpportunityEditor(QObject):
    """Edits and deletes opportunities through the runner; remembers a delete so Ctrl+Z can undo it."""

    saved = Signal(str)  # opportunity id, after its facts were written
    deleted = Signal(str)  # opportunity id, after its tombstone was written
    failed = Signal(str)  # the one line of a refused write

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.parent_widget = parent
        self.last_deleted = ""  # the opportunity a Ctrl+Z off the workspace brings back

    def edit(self, opp_id: str) -> None:
        detail = self.services.opportunities.detail(opp_id)
        dialog = EditOpportunityDialog(detail, self.parent_widget)
        accepted = dialogs.run_dialog(dialog)
        changes = dialog.changes()
        dialog.deleteLater()
        if not accepted or not changes:
            return
        self._write(
            tr("保存商机"),
            lambda: self.services.opportunities.update(opp_id, changes),
            lambda _result: self.saved.emit(opp_id),
            opp_id,
        )

    def delete(self, opp_id: str) -> None:
        summary = self.services.opportunities.summary(opp_id)
        question = tr("删除商机“%s / %s”？删除后可按 Ctrl+Z 撤销。") % (summary.customer, summary.name)
        if not dialogs.ask_yes_no(self.parent_widget, tr("删除商机"), question):
            return

        def done(_result: Any) -> None:
            self.last_deleted = opp_id
            self.deleted.emit(opp_id)

        self._write(tr("删除商机"), lambda: self.services.opportunities.delete(opp_id), done, opp_id)

    def undo_delete(self, done: Callable[[str], None]) -> bool:
        """Bring back the opportunity deleted last; False when there is none to bring back."""
        opp_id = self.last_deleted
        if not opp_id:
            return False
        self.last_deleted = ""
        self._write(
            tr("撤销删除"), lambda: self.services.history.undo_last(opp_id), lambda _r: done(opp_id), opp_id
        )
        return True

    def _write(
        self, title: str, work: Callable[[], Any], on_done: Callable[[Any], None], opp_id: str
    ) -> None:
        self.runner.write(
            title,
            lambda _progress, _cancel: work(),
            on_done,
            lambda error: self._failed(error),
            changes=lambda _result: Changes.of(OPPORTUNITY, [opp_id]),
        )

    def _failed(self, error: BaseException) -> None:
        from projdesk.ui.crash import failure_text

        text = failure_text(error)
        if text is not None:
            self.failed.emit(text)
