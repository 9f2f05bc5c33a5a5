"""The window-wide actions on the current opportunity: 打开, 编辑, 结案, 删除, 关闭, 记录日志
(Ctrl+L), 提醒, 设置 and the 资料库 file, 撤销 (Ctrl+Z) and 重做 (Ctrl+Shift+Z, Ctrl+Y).

Wired once from projdesk.ui.app; "the current opportunity" is the one open in the workspace,
else the card selected on the board. Undo is one stack as the user sees it: on the board, the
board's last move first; in an opportunity, its last change; else the opportunity deleted last.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from projdesk.storage.services import Services
from projdesk.ui.close_dialog import close_opportunity
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import shortcut_tip, tr
from projdesk.ui.main_window import MainWindow
from projdesk.ui.quick_log import QuickLogDialog
from projdesk.ui.reminders import RemindersPanel
from projdesk.ui.settings_dialog import LIBRARY_TAB, SettingsDialog
from projdesk.ui.workspace.install import WorkspaceController

if TYPE_CHECKING:
    from projdesk.ui.board.view import BoardWidget

STATUS_MS = 5000


class WindowActions(QObject):
    """The quick log, the reminders dock, the settings dialog and undo."""

    settings_saved = Signal()  # 设置 was saved: views that show a setting read it again

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        runner: Runner,
        workspace: WorkspaceController,
        board: BoardWidget,
        page_undo: Callable[[], bool] = lambda: False,
    ) -> None:
        """``page_undo``: a page that undoes its own actions (日程) takes Ctrl+Z while shown."""
        super().__init__(window)
        self.window = window
        self.services = services
        self.workspace = workspace
        self.board = board
        self.selected_card = board.current_id
        self.page_undo = page_undo

        self.runner = runner
        self.log_dialog = QuickLogDialog(services, runner, window)
        self.log_dialog.saved.connect(self._logged)
        window.ui.actionQuickLog.triggered.connect(lambda: self.quick_log())
        workspace.log_requested.connect(lambda opp_id, text: self.quick_log(opp_id, text))

        self.reminders = RemindersPanel(services, runner, window)
        self.reminders.open_requested.connect(workspace.open)
        # Below the board: the board's ten columns need the width more than the height.
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.reminders)
        self.reminders.setVisible(False)  # on start: shown once read, when something is due
        self.reload_reminders(show_if_due=True)
        window.ui.actionReminders.triggered.connect(self.show_reminders)

        window.ui.actionSettings.triggered.connect(lambda: self.settings())
        window.ui.actionImportLibrary.triggered.connect(lambda: self.settings(LIBRARY_TAB, "import"))
        window.ui.actionExportLibrary.triggered.connect(lambda: self.settings(LIBRARY_TAB, "export"))
        window.ui.actionUndo.triggered.connect(self.undo)
        # 重做 (the form's, in the 编辑 menu, with the platform's keys): the board's moves redo.
        self.redo_action = window.ui.actionRedo
        self.redo_action.setToolTip(shortcut_tip(tr("重做"), self.redo_action.shortcut()))
        self.redo_action.setVisible(True)
        self.redo_action.triggered.connect(self.redo)

        ui = window.ui
        ui.actionOpenOpportunity.triggered.connect(lambda: self._on_current(workspace.open))
        ui.actionEditOpportunity.triggered.connect(lambda: self._on_current(workspace.editor.edit))
        ui.actionDeleteOpportunity.triggered.connect(lambda: self._on_current(workspace.editor.delete))
        ui.actionCloseDeal.triggered.connect(lambda: self._on_current(self.close_deal))
        ui.actionCloseWorkspace.triggered.connect(self._close_workspace)

    def _on_current(self, act: Callable[[str], object]) -> None:
        """``act`` on the current opportunity, or a word on what to choose first."""
        opp_id = self.current_opportunity()
        if opp_id is None:
            self.window.statusBar().showMessage(tr("请先在看板上选中或打开一个商机"), STATUS_MS)
            return
        act(opp_id)

    def close_deal(self, opp_id: str) -> None:
        """结案: the workspace's own button when it shows the deal, else the same dialog from here."""
        if self.workspace.open_id() == opp_id:
            self.workspace.workspace.close_or_reopen()
            return
        close_opportunity(
            self.window,
            self.services,
            self.runner,
            opp_id,
            lambda _closed: self.window.statusBar().showMessage(tr("已结案"), STATUS_MS),
        )

    def _close_workspace(self) -> None:
        if self.workspace.is_open():
            self.workspace.back()

    def reload_reminders(self, *, show_if_due: bool = False) -> None:
        """Read the reminders as a query (about 0.3 s at 10,000 opportunities) and show them."""
        self.reminders.refresh(reveal_if_due=show_if_due)

    def current_opportunity(self) -> str | None:
        """The open opportunity, else the card selected on the board."""
        return self.workspace.open_id() or self.selected_card()

    def quick_log(self, opp_id: str | None = None, text: str = "") -> None:
        self.log_dialog.open_for(opp_id or self.current_opportunity(), text)

    def _logged(self, opp_id: str, _activity_id: str) -> None:
        self.window.statusBar().showMessage(tr("已记录日志"), STATUS_MS)
        self.workspace.reload_if_showing(opp_id)  # the board has had the change from the bus
        self.reload_reminders()

    def show_reminders(self) -> None:
        self.reload_reminders()
        self.reminders.show()
        self.reminders.set_expanded(True)
        self.reminders.raise_()

    def settings(self, tab: str = "", library_file: str = "") -> None:
        """设置, at ``tab`` when given (settings_dialog.LIBRARY_TAB: a gap in the 资料库);
        ``library_file`` "import"/"export" starts with choosing the 资料库 file (文件 menu)."""
        dialog = SettingsDialog(self.services, self.window, runner=self.runner)
        if tab:
            dialog.show_tab(tab)
        if library_file == "import":
            dialog.import_library()  # read into the dialog: stored when it is saved
        elif library_file == "export":
            dialog.export_library()
        if dialogs.run_dialog(dialog):
            self.window.statusBar().showMessage(tr("设置已保存"), STATUS_MS)
            self.settings_saved.emit()
            self.reload_reminders()
            if self.workspace.is_open():
                self.workspace.workspace.reload()
        dialog.deleteLater()

    def _board_showing(self) -> bool:
        return self.board.isVisibleTo(self.window) and not self.workspace.is_open()

    def undo(self) -> None:
        if self.page_undo():
            return  # the page shown (日程) takes back its own last action
        if self._board_showing() and self.board.undo_move():
            return  # the board's last move goes back
        if not self.workspace.is_open() and self.workspace.undo_delete():
            return  # the opportunity deleted last comes back
        if not self.workspace.is_open():
            self.window.statusBar().showMessage(tr("打开一个商机后，Ctrl+Z 撤销对它的上一次修改"), STATUS_MS)
            return

        def said(reverted: list[Any]) -> None:
            text = tr("已撤销 %d 处修改") % len(reverted) if reverted else tr("没有可撤销的修改了")
            self.window.statusBar().showMessage(text, STATUS_MS)

        self.workspace.workspace.undo(said)  # on the write worker

    def redo(self) -> None:
        """Make the move undone last on the board again (the workspace has no redo)."""
        if self._board_showing() and self.board.redo_move():
            return
        self.window.statusBar().showMessage(tr("没有可重做的操作"), STATUS_MS)
