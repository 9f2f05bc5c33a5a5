"""The opportunity workspace: stage path, steps, the selected step, and the record tabs.

Every write runs on the app's one runner; the workspace hears of it, like every view, on the
runner's ``changes_made`` bus and refills just the parts whose kinds changed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from projdesk.domain import changes as kinds
from projdesk.domain.catalog import STAGES, STATUSES
from projdesk.domain.changes import Changes
from projdesk.domain.errors import ProjDeskError
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.storage.services.closing import Closed
from projdesk.storage.services.steps import current_letter
from projdesk.ui.close_dialog import close_opportunity, reopen_opportunity
from projdesk.ui.common.fitting import ElidedLabel, scrolled
from projdesk.ui.common.runner import Progress, Runner
from projdesk.ui.common.widgets import date_text, em, money_text, tr
from projdesk.ui.crash import failure_text
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.attachments_tab import AttachmentsTab
from projdesk.ui.workspace.changes_tab import ChangesTab
from projdesk.ui.workspace.contract_tab import ContractTab
from projdesk.ui.workspace.people_tab import CompetitorsTab, ContactsTab
from projdesk.ui.workspace.quotes_tab import QuotesTab
from projdesk.ui.workspace.records_tabs import DocumentsTab, HistoryTab
from projdesk.ui.workspace.risks_tab import RisksTab
from projdesk.ui.workspace.stage_path import StagePath, StepList
from projdesk.ui.workspace.step_pane import StepPane

TABS = (
    "contacts",
    "competitors",
    "quotes",
    "documents",
    "attachments",
    "contract",
    "risks",
    "changes",
    "history",
)
ATTACHMENTS_TITLE = QT_TR_NOOP("附件")


class OpportunityWorkspace(QWidget):
    """Everything about one opportunity; every change goes through the services."""

    deliverable_requested = Signal(str, str)  # opportunity id, document kind
    back_requested = Signal()
    log_requested = Signal(str, str)  # opportunity id, text to start the entry with
    edit_requested = Signal(str)  # opportunity id: the 编辑商机 dialog (opportunity_edit.py)
    delete_requested = Signal(str)  # opportunity id
    # 推进到下一阶段: opportunity id, target stage; answered by the board's move (the same gates
    # and prompt as a drag to the next column), wired in projdesk.ui.app.
    advance_requested = Signal(str, int)
    # A tab's record to edit or delete: opportunity id, "edit"/"delete", kind, record id
    # (answered by record_edit.RecordEditor, wired in install.py).
    record_requested = Signal(str, str, str, str)

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        runner.changes_made.connect(self._changes_made)
        self.opp_id = ""
        self.detail: dto.OpportunityDetail | None = None

        self.back_button = QPushButton(tr("← 返回看板 (Esc)"))
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back_requested)
        # The header gives up width before the window grows: the title is cut with "…" (whole
        # in its tooltip) and the facts wrap onto a second line (issue 16: 1024×700 laptops).
        self.title = ElidedLabel()
        self.title.setObjectName("workspaceTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.facts = QLabel()
        self.facts.setObjectName("workspaceFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.advance_button = QPushButton(tr("推进到下一阶段"))
        self.advance_button.setObjectName("advanceStageButton")
        self.advance_button.setToolTip(tr("和在看板上拖到下一列一样：门槛未满足时会询问"))
        self.advance_button.clicked.connect(self._advance)
        self.edit_button = QPushButton(tr("编辑商机…"))
        self.edit_button.setObjectName("editOpportunityButton")
        self.edit_button.setToolTip(tr("修改客户、项目名称、金额、概率、日期、负责人、下一步、来源和备注"))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.opp_id))
        self.delete_button = QPushButton(tr("删除商机"))
        self.delete_button.setObjectName("deleteOpportunityButton")
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(self.opp_id))
        self.close_button = QPushButton(tr("结案…"))
        self.close_button.setObjectName("closeOpportunity")
        self.close_button.clicked.connect(self.close_or_reopen)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(em(self, 1))
        top.addWidget(self.title, 1)
        for button in (self.advance_button, self.edit_button, self.delete_button, self.close_button):
            top.addWidget(button)
        self.stage_path = StagePath()

        self.step_list = StepList()
        self.step_list.setMinimumWidth(em(self, 9))
        self.step_list.step_chosen.connect(self._show_step)
        self.step_pane = StepPane(services, runner)
        self.step_pane.state_changed.connect(lambda _letter: self.reload())
        self.step_pane.deliverable_requested.connect(
            lambda kind: self.deliverable_requested.emit(self.opp_id, kind)
        )
        self.step_pane.log_requested.connect(lambda text: self.log_requested.emit(self.opp_id, text))

        self.contacts = ContactsTab(services, runner)
        self.competitors = CompetitorsTab(services, runner)
        self.quotes = QuotesTab(services, runner)
        self.documents = DocumentsTab()
        self.documents.export_requested.connect(
            lambda kind: self.deliverable_requested.emit(self.opp_id, kind)
        )
        self.attachments = AttachmentsTab(services, runner)
        self.attachments.undo_requested.connect(self.undo)
        self.attachments.counted.connect(self._count_attachments)
        self.step_pane.attach_requested.connect(self._attach_to_step)
        self.contract = ContractTab(services, runner)
        self.risks = RisksTab(services, runner)
        self.changes = ChangesTab(services, runner)
        self.history = HistoryTab()
        self.history.undo_requested.connect(self.undo)
        for tab in (self.quotes, self.documents, self.contract):
            tab.record_requested.connect(
                lambda action, kind, record_id: self.record_requested.emit(
                    self.opp_id, action, kind, record_id
                )
            )
        self.tabs = QTabWidget()
        for widget, label in (
            (self.contacts, QT_TR_NOOP("联系人")),
            (self.competitors, QT_TR_NOOP("竞争对手")),
            (self.quotes, QT_TR_NOOP("报价")),
            (self.documents, QT_TR_NOOP("文档")),
            (self.attachments, ATTACHMENTS_TITLE),
            (self.contract, QT_TR_NOOP("合同与收款")),
            (self.risks, QT_TR_NOOP("风险")),
            (self.changes, QT_TR_NOOP("变更")),
            (self.history, QT_TR_NOOP("历史")),
        ):
            self.tabs.addTab(scrolled(widget), tr(label))  # a long tab scrolls, the window stays

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
        lay.addWidget(self.facts)
        lay.addWidget(self.stage_path)
        lay.addWidget(self.splitter, 1)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

    # -- showing -------------------------------------------------------------------------

    def open(self, opp_id: str, letter: str | None = None) -> None:
        """Show an opportunity, at ``letter`` or at the step to work on now."""
        if opp_id != self.opp_id:  # the tabs are reused: a line about the last one's undo stays with it
            self.history.message.clear_message()
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
        """Re-read the opportunity after a change (keeps the selected step)."""
        if not self.opp_id:
            return
        self.open(self.opp_id, self.step_list.current_letter())

    def _changes_made(self, changes: Changes) -> None:
        """The bus: when the open opportunity (or its customer) is named, re-read it and refill
        the header, the history and just the tabs whose kinds changed. The step pane is rebuilt
        only for a new activity (its log box) or a whole-kind change (an import), and never over
        typing not saved yet: a field save leaves the editors alone, the user may be in the next."""
        if not self.opp_id or self.detail is None:
            return
        opps, customers = changes.ids(kinds.OPPORTUNITY), changes.ids(kinds.CUSTOMER)
        if not (
            opps is None or customers is None or self.opp_id in opps or self.detail.customer.id in customers
        ):
            return
        try:
            self.detail = self.services.opportunities.detail(self.opp_id)
        except ProjDeskError:  # merged away or deleted elsewhere: what is shown stays until left
            return
        self._fill_header()
        self.history.load(self.opp_id, self.detail.history)
        for tab, tab_kinds in (
            (self.contacts, (kinds.CONTACT,)),
            (self.competitors, (kinds.COMPETITOR,)),
            (self.quotes, (kinds.QUOTE,)),
            (self.contract, (kinds.CONTRACT, kinds.PAYMENT, kinds.REVIEW, kinds.CHANGE_REQUEST)),
            (self.risks, (kinds.RISK,)),
            (self.changes, (kinds.CHANGE_REQUEST, kinds.CONTRACT)),
        ):
            if any(_named(changes, kind) for kind in tab_kinds):
                tab.load(self.detail)
        if _named(changes, kinds.DOCUMENT):
            self.documents.load(self.detail.documents)
        attached = changes.whole or _named(changes, kinds.ATTACHMENT)
        if attached:
            self.attachments.load(self.opp_id)
        letter = self.step_list.current_letter()
        rebuild = changes.whole or _named(changes, kinds.ACTIVITY) or attached
        if letter and rebuild and not self.step_pane.has_pending():
            self._show_step(letter)

    def _fill_header(self) -> None:
        assert self.detail is not None
        s = self.detail.summary
        self.title.setText(f"{s.customer}　/　{s.name}")
        parts = [tr(STATUSES.get(s.status, s.status))]
        close = self.detail.close
        if s.status != "open" and close is not None:  # why it was closed, and to whom it was lost
            why = "：".join(p for p in (close.reason_code, close.reason) if p)
            if close.winner:
                why += tr("（中标方 %s）") % close.winner
            if close.look_again is not None:
                why += tr("，%s 重新评估") % date_text(close.look_again)
            if why:
                parts.append(_esc(why))
        if s.key_account:
            parts.append(f"<span style='color:#b3261e'>★ {tr('重点客户')}</span>")
        if s.amount is not None:
            parts.append(tr("预计 %s") % money_text(s.amount))
        parts.append(tr("负责人 %s") % s.owner)
        parts.append(tr("本阶段 %d 天") % s.days_in_stage())
        if s.high_risks:
            mark = tr("高风险 %d 条") % s.high_risks  # not inside the f-string: lupdate sees it here
            parts.append(f"<span style='color:#b3261e'>⚠ {mark}</span>")
        if s.next_step:
            late = s.is_overdue()
            color = "#b3261e" if late else "#1a5fb4"
            parts.append(
                f"<span style='color:{color}'>{tr('下一步')}：{_esc(s.next_step)} {date_text(s.next_date)}</span>"
            )
        self.facts.setText("　·　".join(parts))
        self.close_button.setText(tr("结案…") if s.status == "open" else tr("重新打开…"))
        self.advance_button.setEnabled(s.status == "open" and s.stage < len(STAGES))
        self.stage_path.set_stage(s.stage)
        self.step_list.set_steps(self.detail.steps, s.stage)

    def _fill_tabs(self) -> None:
        assert self.detail is not None
        self.contacts.load(self.detail)
        self.competitors.load(self.detail)
        self.quotes.load(self.detail)
        self.documents.load(self.detail.documents)
        self.contract.load(self.detail)
        self.risks.load(self.detail)
        self.changes.load(self.detail)
        self.attachments.load(self.opp_id)
        self.history.load(self.opp_id, self.detail.history)

    def _count_attachments(self, count: int) -> None:
        title = tr(ATTACHMENTS_TITLE)
        self.tabs.setTabText(TABS.index("attachments"), f"{title} ({count})" if count else title)

    def _attach_to_step(self, letter: str) -> None:
        """The step pane's 添加附件…: the file dialog, the new attachment on that step."""
        self.show_tab("attachments")
        self.attachments.select_step(letter)
        self.attachments.choose_and_add()

    def _show_step(self, letter: str) -> None:
        if self.detail is not None:
            self.step_pane.show_step(self.detail, letter)

    def close_or_reopen(self) -> None:
        """结案 an open deal, reopen a closed or paused one (the header's button)."""
        if self.detail is None:
            return
        if self.detail.summary.status == "open":
            close_opportunity(self, self.services, self.runner, self.opp_id, self._closed)
        else:
            reopen_opportunity(self, self.services, self.runner, self.opp_id, self._closed)

    def _advance(self) -> None:
        if self.detail is not None and self.detail.summary.stage < len(STAGES):
            self.advance_requested.emit(self.opp_id, self.detail.summary.stage + 1)

    def _closed(self, _closed: Closed) -> None:
        self.reload()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    # -- undo ----------------------------------------------------------------------------

    def undo(self, on_done: Callable[[list[dto.HistoryView]], None] | None = None) -> None:
        """Revert this device's last change to the opportunity (Ctrl+Z), on the write worker;
        ``on_done`` gets the lines reverted (none when nothing was left to undo)."""
        if not self.opp_id:
            return
        opp_id, history = self.opp_id, self.services.history

        def work(_progress: Progress, _cancel: threading.Event) -> list[dto.HistoryView]:
            return history.undo_last(opp_id)

        def undone(reverted: list[dto.HistoryView]) -> None:
            if self.opp_id == opp_id:  # not when another opportunity was opened meanwhile
                if reverted:
                    self.open(opp_id, self.step_list.current_letter())  # the editors show the old values
                    self.history.message.ok(tr("已撤销 %d 处修改") % len(reverted))
                else:
                    self.history.message.ok(tr("没有可撤销的修改了"))
            if on_done is not None:
                on_done(reverted)

        def failed(error: BaseException) -> None:
            text = failure_text(error)
            if text is not None:
                self.history.message.error(text)

        self.runner.write(tr("正在撤销…"), work, undone, failed)


def _named(changes: Changes, kind: str) -> bool:
    """Whether ``changes`` names rows of ``kind`` (or the whole kind)."""
    ids = changes.ids(kind)
    return ids is None or bool(ids)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
