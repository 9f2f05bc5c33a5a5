"""Quick progress-log entry (Ctrl+L): today, the current step, a few fields, Enter saves."""

from __future__ import annotations

import threading

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from projdesk import labels
from projdesk.domain.catalog import ACTIVITY_TYPES, STEPS
from projdesk.domain.errors import InvalidInput, ProjDeskError
from projdesk.storage.services import Services
from projdesk.ui.common.date_edit import DateEdit
from projdesk.ui.common.prompt import PromptDialog
from projdesk.ui.common.runner import Progress, Runner
from projdesk.ui.common.widgets import InlineMessage, em, tr
from projdesk.ui.crash import failure_text


class _Content(QPlainTextEdit):
    """Enter saves (as in the other fields); Shift+Enter starts a new line."""

    submit = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submit.emit()
            return
        super().keyPressEvent(event)


class QuickLogDialog(PromptDialog):
    """Non-modal, so the board or the workspace stays usable while it is open."""

    saved = Signal(str, str)  # opportunity id, activity id

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner  # the entry is written on the one write worker
        self._writing = False  # one entry per Enter: a second Enter while it is written adds none
        self.setWindowTitle(tr("记录进展日志"))
        self.setObjectName("quickLog")
        self.opportunity = QComboBox()
        self.opportunity.setEditable(True)
        self.opportunity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.opportunity.setMinimumWidth(em(self, 26))
        self.opportunity.currentIndexChanged.connect(self._opportunity_changed)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.step = QComboBox()
        for spec in STEPS.values():
            self.step.addItem(f"{spec.letter} {tr(spec.title)}", spec.letter)
        self.type = QComboBox()
        self.type.addItems([tr(t) for t in ACTIVITY_TYPES])
        for i, t in enumerate(ACTIVITY_TYPES):
            self.type.setItemData(i, t)
        self.people = QLineEdit()
        self.people.setPlaceholderText(tr("对方和我方参与人，如：王主任、李工"))
        self.content = _Content()
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(tr("谈了什么（Enter 保存，Shift+Enter 换行）"))
        self.content.setFixedHeight(self.content.fontMetrics().lineSpacing() * 4 + 12)
        self.content.submit.connect(self.save)
        # Not ``self.result``: that would hide QDialog.result().
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(tr("结果、客户的反馈"))
        self.next_action = QLineEdit()
        self.next_action.setPlaceholderText(tr("下一步做什么（会成为卡片上的下一步）"))
        self.next_date = DateEdit(self, label=labels.FIELD_TEXTS["next_date"])
        self.next_date.setPlaceholderText(tr("日期：12-05、+3、明天、下周一"))
        self.next_date.setMinimumWidth(em(self, 22))  # the line, the calendar and what it means
        for edit in (self.people, self.outcome, self.next_action, self.next_date):
            edit.returnPressed.connect(self.save)

        form = QFormLayout()
        form.addRow(tr("商机"), self.opportunity)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.type)
        when.addWidget(self.step, 1)
        form.addRow(tr("日期/类型/步骤"), when)
        form.addRow(tr("参与人"), self.people)
        form.addRow(tr("内容 *"), self.content)
        form.addRow(tr("结果"), self.outcome)
        follow = QHBoxLayout()
        follow.addWidget(self.next_action, 1)
        follow.addWidget(self.next_date)
        form.addRow(tr("下一步"), follow)
        self.message = InlineMessage()
        self.message.setObjectName("quickLogMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        # The line edits and the content save on Enter themselves: no button takes it too.
        self.set_primary(None)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.setMinimumWidth(em(self, 44))

    # -- opening -------------------------------------------------------------------------

    def open_for(self, opp_id: str | None, content: str = "") -> None:
        """Reset the form for ``opp_id`` (or let the user choose), today, at the current step."""
        self._fill_opportunities(opp_id)
        self.date.setDate(QDate.currentDate())
        self.type.setCurrentIndex(0)
        for edit in (self.people, self.outcome, self.next_action, self.next_date):
            edit.clear()
        self.content.setPlainText(content)
        self.message.clear_message()
        self._opportunity_changed()
        self.show()
        self.activateWindow()
        if opp_id:
            self.content.setFocus()
        else:
            self.opportunity.setFocus()
            typed = self.opportunity.lineEdit()
            if typed is not None:  # always, the combo being editable
                typed.selectAll()

    def _fill_opportunities(self, opp_id: str | None) -> None:
        cards = self.services.opportunities.list(include_closed=False)
        if opp_id and all(c.id != opp_id for c in cards):
            cards = [*self.services.opportunities.list(ids=[opp_id]), *cards]
        self.opportunity.blockSignals(True)
        self.opportunity.clear()
        for c in cards:
            self.opportunity.addItem(f"{c.customer} / {c.name}", c.id)
        completer = QCompleter(self.opportunity.model(), self.opportunity)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.opportunity.setCompleter(completer)
        index = self.opportunity.findData(opp_id) if opp_id else -1
        self.opportunity.setCurrentIndex(index)
        if index < 0:
            self.opportunity.setEditText("")
        self.opportunity.blockSignals(False)

    def current_opportunity(self) -> str | None:
        index = self.opportunity.findText(self.opportunity.currentText())
        data = self.opportunity.itemData(index) if index >= 0 else None
        return str(data) if data else None

    def _opportunity_changed(self) -> None:
        opp_id = self.current_opportunity()
        if not opp_id:
            return
        letter = self.services.activities.current_step(opp_id)
        self.step.setCurrentIndex(self.step.findData(letter))
        detail_contacts = self.services.people.contacts(
            self.services.opportunities.summary(opp_id).customer_id
        )
        completer = QCompleter([c.name for c in detail_contacts], self.people)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.people.setCompleter(completer)

    # -- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Queue the entry on the write worker (behind an import, if one runs); the dialog closes
        once it is written, and a refusal lands in its message line. False when refused at once."""
        if self._writing:
            return False
        opp_id = self.current_opportunity()
        try:
            if not opp_id:
                raise InvalidInput(tr("请选择要记录的商机"))
            values = {
                "type": str(self.type.currentData()),
                "content": self.content.toPlainText(),
                "date": self.date.date().toString("yyyy-MM-dd"),
                "step_letter": str(self.step.currentData()),
                "people": self.people.text(),
                "result": self.outcome.text(),
                "next_action": self.next_action.text(),
                "next_date": self.next_date.value(),  # +3, 明天: the one date parser
            }
        except ProjDeskError as exc:
            self.message.error(exc)
            return False

        activities = self.services.activities

        def work(_progress: Progress, _cancel: threading.Event) -> str:
            return activities.add(opp_id, **values)

        def written(activity_id: str) -> None:
            self._writing = False
            self.saved.emit(opp_id, activity_id)
            self.accept()

        def failed(error: BaseException) -> None:
            self._writing = False
            text = failure_text(error)
            if text is not None:
                self.message.error(error if isinstance(error, ProjDeskError) else text)

        self._writing = True  # the writer names the entry and its opportunity on the bus
        self.runner.write(tr("正在保存日志…"), work, written, failed)
        return True
