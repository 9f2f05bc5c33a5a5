"""Wire the workspace, the quick log, reminders, settings, undo and the 客户/日志 pages into the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from projdesk.storage.services import Services
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import tr
from projdesk.ui.pages.activities import ActivitiesPage
from projdesk.ui.pages.customers import CustomersPage
from projdesk.ui.quick_log import QuickLogDialog
from projdesk.ui.reminders import RemindersPanel
from projdesk.ui.settings_dialog import SettingsDialog
from projdesk.ui.workspace.workspace import OpportunityWorkspace

STATUS_MS = 5000


class WorkspaceController(QObject):
    """Owns the workspace page and the window-wide actions that act on the current opportunity."""

    def __init__(self, window: Any, services: Services, runner: Runner) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.workspace = OpportunityWorkspace(services, runner)
        self.workspace.setObjectName("opportunityWorkspace")
        window.ui.pages.addWidget(self.workspace)  # a page over the board, outside the navigation
        self.workspace.back_requested.connect(self.back)
        self.workspace.changed.connect(self.refresh_board)
        self.workspace.log_requested.connect(lambda opp_id, text: self.quick_log(opp_id, text))
        window.ui.navList.itemClicked.connect(lambda _item: self._nav_clicked())

        self.customers = CustomersPage(services, self.open)
        self.activities = ActivitiesPage(services, self.open)
        window.set_page("customers", self.customers)
        window.set_page("activities", self.activities)

        self.log_dialog = QuickLogDialog(services, runner, window)
        self.log_dialog.saved.connect(self._logged)
        window.ui.actionQuickLog.triggered.connect(lambda: self.quick_log())

        self.reminders = RemindersPanel(services, window)
        self.reminders.open_requested.connect(self.open)
        # Below the board: the board's ten columns need the width more than the height.
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.reminders)
        shown = self.reminders.refresh().count > 0  # on start: visible only when something is due
        self.reminders.setVisible(shown)
        window.ui.actionReminders.triggered.connect(self.show_reminders)

        window.ui.actionSettings.triggered.connect(self.settings)
        window.ui.actionUndo.triggered.connect(self.undo)

        board = getattr(window, "board", None)
        if board is not None and hasattr(board, "open_requested"):
            board.open_requested.connect(self.open)

    # -- navigation ----------------------------------------------------------------------

    def open(self, opp_id: str) -> None:
        self.workspace.open(opp_id)
        self.window.ui.pages.setCurrentWidget(self.workspace)
        self.workspace.step_list.setFocus()

    def is_open(self) -> bool:
        return bool(self.window.ui.pages.currentWidget() is self.workspace and self.workspace.opp_id)

    def back(self) -> None:
        self.window.ui.pages.setCurrentIndex(0)
        self.window.ui.navList.setCurrentRow(0)

    def _nav_clicked(self) -> None:
        if self.window.ui.pages.currentWidget() is self.workspace:
            self.window.ui.pages.setCurrentIndex(self.window.ui.navList.currentRow())

    def refresh_board(self, opp_id: str) -> None:
        board = getattr(self.window, "board", None)
        if board is not None and hasattr(board, "refresh"):
            board.refresh([opp_id])

    # -- actions -------------------------------------------------------------------------

    def current_opportunity(self) -> str | None:
        """The open opportunity, else the card selected on the board (when the board says)."""
        if self.is_open():
            return self.workspace.opp_id
        board = getattr(self.window, "board", None)
        for name in ("current_id", "selected_id"):
            getter = getattr(board, name, None)
            if callable(getter):
                found = getter()
                if found:
                    return str(found)
        return None

    def quick_log(self, opp_id: str | None = None, text: str = "") -> None:
        self.log_dialog.open_for(opp_id or self.current_opportunity(), text)

    def _logged(self, opp_id: str, _activity_id: str) -> None:
        self.window.statusBar().showMessage(tr("已记录日志"), STATUS_MS)
        if self.workspace.opp_id == opp_id:
            self.workspace.reload()  # the board has had the change from the bus
        self.reminders.refresh()

    def show_reminders(self) -> None:
        self.reminders.refresh()
        self.reminders.show()
        self.reminders.raise_()

    def settings(self, tab: str = "") -> None:
        """设置, at ``tab`` when given (SettingsDialog.LIBRARY_TAB: a gap in the 资料库)."""
        dialog = SettingsDialog(self.services, self.window)
        if tab:
            dialog.show_tab(tab)
        if dialogs.run_dialog(dialog):
            self.window.statusBar().showMessage(tr("设置已保存"), STATUS_MS)
            self.reminders.refresh()
            if self.is_open():
                self.workspace.reload()
        dialog.deleteLater()

    def undo(self) -> None:
        if not self.is_open():
            self.window.statusBar().showMessage(tr("打开一个商机后，Ctrl+Z 撤销对它的上一次修改"), STATUS_MS)
            return
        reverted = self.workspace.undo()
        text = tr("已撤销 %d 处修改") % len(reverted) if reverted else tr("没有可撤销的修改了")
        self.window.statusBar().showMessage(text, STATUS_MS)


def install_workspace(window: Any, services: Services, runner: Runner) -> WorkspaceController:
    """Called once from build_main_window, after the board is installed."""
    controller = WorkspaceController(window, services, runner)
    window.workspace = controller.workspace
    window.workspace_controller = controller
    return controller
