"""The opportunity workspace: stage path, steps, the selected step, and the record tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from projdesk.domain.catalog import STAGES, STATUSES
from projdesk.domain.errors import ProjDeskError
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.storage.services.steps import current_letter
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import date_text, em, money_text, tr
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.contract_tab import ContractTab
from projdesk.ui.workspace.people_tab import CompetitorsTab, ContactsTab
from projdesk.ui.workspace.quotes_tab import QuotesTab
from projdesk.ui.workspace.records_tabs import DocumentsTab, HistoryTab
from projdesk.ui.workspace.stage_path import StagePath, StepList
from projdesk.ui.workspace.step_pane import StepPane

TABS = ("contacts", "competitors", "quotes", "documents", "contract", "history")


class OpportunityWorkspace(QWidget):
    """Everything about one opportunity; every change goes through the services."""

    deliverable_requested = Signal(str, str)  # opportunity id, document kind
    changed = Signal(str)  # opportunity id, after any write
    back_requested = Signal()
    log_requested = Signal(str, str)  # opportunity id, text to start the entry with

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.opp_id = ""
        self.detail: dto.OpportunityDetail | None = None

        self.back_button = QPushButton(tr("← 返回看板 (Esc)"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("workspaceTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("workspaceFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(em(self, 1))
        top.addWidget(self.title)
        top.addSpacing(em(self, 1))
        top.addWidget(self.facts, 1)
        self.stage_path = StagePath()

        self.step_list = StepList()
        self.step_list.setMinimumWidth(em(self, 9))
        self.step_list.step_chosen.connect(self._show_step)
        self.step_pane = StepPane(services, runner)
        self.step_pane.changed.connect(self._step_saved)
        self.step_pane.state_changed.connect(lambda _letter: self.reload())
        self.step_pane.deliverable_requested.connect(
            lambda kind: self.deliverable_requested.emit(self.opp_id, kind)
        )
        self.step_pane.log_requested.connect(lambda text: self.log_requested.emit(self.opp_id, text))

        self.contacts = ContactsTab(services)
        self.competitors = CompetitorsTab(services)
        self.quotes = QuotesTab(services)
        self.documents = DocumentsTab()
        self.documents.export_requested.connect(
            lambda kind: self.deliverable_requested.emit(self.opp_id, kind)
        )
        self.contract = ContractTab(services)
        self.history = HistoryTab()
        self.history.undo_requested.connect(self.undo)
        self.tabs = QTabWidget()
        for widget, label in (
            (self.contacts, QT_TR_NOOP("联系人")),
            (self.competitors, QT_TR_NOOP("竞争对手")),
            (self.quotes, QT_TR_NOOP("报价")),
            (self.documents, QT_TR_NOOP("文档")),
            (self.contract, QT_TR_NOOP("合同与收款")),
            (self.history, QT_TR_NOOP("历史")),
        ):
            self.tabs.addTab(widget, tr(label))
            if hasattr(widget, "changed"):
                widget.changed.connect(self.reload)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.step_list)
        self.splitter.addWidget(self.step_pane)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        # Room for the step titles (the English ones are longer), within reason.
        steps = min(self.step_list.sizeHintForColumn(0) + em(self, 2), em(self, 20))
        self.splitter.setSizes([max(em(self, 11), steps), em(self, 34), em(self, 36)])
        self.splitter.setChildrenCollapsible(False)

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.stage_path)
        lay.addWidget(self.splitter, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

    # -- showing -------------------------------------------------------------------------

    def open(self, opp_id: str, letter: str | None = None) -> None:
        """Show an opportunity, at ``letter`` or at the step to work on now."""
        self.opp_id = opp_id
        self.detail = self.services.opportunities.detail(opp_id)
        if letter is None:
            statuses = {s.letter: s.status for s in self.detail.steps}
            letter = current_letter(statuses, STAGES[self.detail.summary.stage - 1].letters)
        self._fill_header()
        self._fill_tabs()
        if self.step_list.current_letter() == letter:
            self._show_step(letter)
        else:
            self.step_list.select(letter)  # shows the step through step_chosen

    def reload(self) -> None:
        """Re-read the opportunity after a change (keeps the selected step) and tell the board."""
        if not self.opp_id:
            return
        self.open(self.opp_id, self.step_list.current_letter())
        self.changed.emit(self.opp_id)

    def _fill_header(self) -> None:
        assert self.detail is not None
        s = self.detail.summary
        self.title.setText(f"{s.customer}　/　{s.name}")
        parts = [tr(STATUSES.get(s.status, s.status))]
        if s.key_account:
            parts.append(f"<span style='color:#b3261e'>★ {tr('重点客户')}</span>")
        if s.amount is not None:
            parts.append(tr("预计 %s") % money_text(s.amount))
        parts.append(tr("负责人 %s") % s.owner)
        parts.append(tr("本阶段 %d 天") % s.days_in_stage())
        if s.next_step:
            late = s.is_overdue()
            color = "#b3261e" if late else "#1a5fb4"
            parts.append(
                f"<span style='color:{color}'>{tr('下一步')}：{_esc(s.next_step)} {date_text(s.next_date)}</span>"
            )
        self.facts.setText("　·　".join(parts))
        self.stage_path.set_stage(s.stage)
        self.step_list.set_steps(self.detail.steps, s.stage)

    def _fill_tabs(self) -> None:
        assert self.detail is not None
        self.contacts.load(self.detail)
        self.competitors.load(self.detail)
        self.quotes.load(self.detail)
        self.documents.load(self.detail.documents)
        self.contract.load(self.detail)
        self.history.load(self.opp_id, self.detail.history)

    def _show_step(self, letter: str) -> None:
        if self.detail is not None:
            self.step_pane.show_step(self.detail, letter)

    def _step_saved(self, letter: str) -> None:
        """A field was saved: refresh marks and tabs, but leave the editors (the user is typing)."""
        self.detail = self.services.opportunities.detail(self.opp_id)
        self._fill_header()
        self.history.load(self.opp_id, self.detail.history)
        self.changed.emit(self.opp_id)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    # -- undo ----------------------------------------------------------------------------

    def undo(self) -> list[dto.HistoryView]:
        """Revert this device's last change to the opportunity (Ctrl+Z)."""
        if not self.opp_id:
            return []
        try:
            reverted = self.services.history.undo_last(self.opp_id)
        except ProjDeskError as exc:
            self.history.message.error(exc)
            return []
        if not reverted:
            self.history.message.ok(tr("没有可撤销的修改了"))
            return []
        self.open(self.opp_id, self.step_list.current_letter())
        self.history.message.ok(tr("已撤销 %d 处修改") % len(reverted))
        self.changed.emit(self.opp_id)
        return reverted


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
