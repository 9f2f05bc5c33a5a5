"""The opportunity workspace as a page of the main window: opened from a card, back to the board."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from projdesk.storage.services import Services
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import tr
from projdesk.ui.main_window import MainWindow
from projdesk.ui.workspace.opportunity_edit import OpportunityEditor
from projdesk.ui.workspace.record_edit import RecordEditor

if TYPE_CHECKING:
    from projdesk.ui.workspace.workspace import OpportunityWorkspace

STATUS_MS = 5000


class WorkspaceController(QObject):
    """Owns the workspace page: a page over the board, outside the navigation. The page is
    built when first needed (about 0.2 s of widgets no start-up should wait for); what others
    listen to is on the controller, so they can connect before it exists."""

    deliverable_requested = Signal(str, str)  # opportunity id, document kind
    log_requested = Signal(str, str)  # opportunity id, text to start the entry with
    advance_requested = Signal(str, int)  # opportunity id, target stage (the board moves it)

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        runner: Runner,
    ) -> None:
        """The board hears of the workspace's writes on the runner's bus (changes_made)."""
        super().__init__(window)
        self.window = window
        self.services = services
        self.runner = runner
        self._workspace: OpportunityWorkspace | None = None
        # 编辑商机/删除商机 and the records' edit dialogs: they outlive a workspace page.
        self.editor = OpportunityEditor(services, runner, window)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(self._deleted)
        self.editor.failed.connect(self._tell)
        self.records = RecordEditor(services, runner, window)
        self.records.saved.connect(self._record_saved)
        self.records.failed.connect(self._tell)
        window.ui.navList.itemClicked.connect(lambda _item: self._nav_clicked())

    @property
    def workspace(self) -> OpportunityWorkspace:
        """The page, built on first use."""
        if self._workspace is None:
            from projdesk.ui.workspace.workspace import OpportunityWorkspace

            workspace = OpportunityWorkspace(self.services, self.runner)
            workspace.setObjectName("opportunityWorkspace")
            workspace.edit_requested.connect(self.editor.edit)
            workspace.delete_requested.connect(self.editor.delete)
            workspace.record_requested.connect(self.records.handle)
            self.window.ui.pages.addWidget(workspace)
            workspace.back_requested.connect(self.back)
            workspace.deliverable_requested.connect(self.deliverable_requested)
            workspace.log_requested.connect(self.log_requested)
            workspace.advance_requested.connect(self.advance_requested)
            self._workspace = workspace
        return self._workspace

    def open(self, opp_id: str, letter: str | None = None) -> None:
        """Show the opportunity, at step ``letter`` when given (else its current step)."""
        self.workspace.open(opp_id, letter)
        self.window.ui.pages.setCurrentWidget(self.workspace)
        self.workspace.step_list.setFocus()

    def show_tab(self, key: str) -> None:
        """One of the workspace's tabs (OpportunityWorkspace.show_tab: "contract", …)."""
        self.workspace.show_tab(key)

    def is_open(self) -> bool:
        shown = self._workspace
        return bool(shown is not None and self.window.ui.pages.currentWidget() is shown and shown.opp_id)

    def open_id(self) -> str | None:
        """The opportunity shown now, if the workspace is the current page."""
        return self.workspace.opp_id if self.is_open() else None

    def last_id(self) -> str | None:
        """The opportunity the workspace shows or showed last, even from another page."""
        if self._workspace is None:
            return None
        return self._workspace.opp_id or None

    def reload_if_showing(self, opp_id: str) -> None:
        """Read ``opp_id`` again when it is the one in the workspace (a new document, a log)."""
        if self._workspace is not None and self._workspace.opp_id == opp_id:
            self._workspace.reload()

    def back(self) -> None:
        self.window.ui.pages.setCurrentIndex(0)
        self.window.ui.navList.setCurrentRow(0)

    def _nav_clicked(self) -> None:
        if self._workspace is not None and self.window.ui.pages.currentWidget() is self._workspace:
            self.window.ui.pages.setCurrentIndex(self.window.ui.navList.currentRow())

    def undo_delete(self) -> bool:
        """Bring back the opportunity deleted last (Ctrl+Z off the workspace); False when none."""
        return self.editor.undo_delete(self._undeleted)

    def _tell(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _saved(self, opp_id: str) -> None:
        self._tell(tr("商机已保存"))
        self.reload_if_showing(opp_id)  # the board has had the change from the bus

    def _record_saved(self, opp_id: str, text: str) -> None:
        self._tell(text)
        self.reload_if_showing(opp_id)

    def _deleted(self, _opp_id: str) -> None:
        self.back()
        if self._workspace is not None:
            self._workspace.opp_id = ""
        self._tell(tr("商机已删除（Ctrl+Z 撤销）"))

    def _undeleted(self, opp_id: str) -> None:
        self.open(opp_id)
        self._tell(tr("已恢复删除的商机"))
