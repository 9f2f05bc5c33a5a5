"""The window-wide actions on the current opportunity: 记录日志 (Ctrl+L), 提醒, 设置, 撤销 (Ctrl+Z).

Wired once from projdesk.ui.app; "the current opportunity" is the one open in the workspace,
else the card selected on the board.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt

from projdesk.storage.services import Services
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import tr
from projdesk.ui.main_window import MainWindow
from projdesk.ui.quick_log import QuickLogDialog
from projdesk.ui.reminders import RemindersPanel
from projdesk.ui.settings_dialog import SettingsDialog
from projdesk.ui.workspace.install import WorkspaceController

STATUS_MS = 5000


class WindowActions(QObject):
    """The quick log, the reminders dock, the settings dialog and undo."""

    def __init__(
        self,
        window: MainWindow,
        services: Services,
        runner: Runner,
        workspace: WorkspaceController,
        selected_card: Callable[[], str | None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.workspace = workspace
        self.selected_card = selected_card

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
        window.ui.actionUndo.triggered.connect(self.undo)

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
        self.reminders.raise_()

    def settings(self, tab: str = "") -> None:
        """设置, at ``tab`` when given (settings_dialog.LIBRARY_TAB: a gap in the 资料库)."""
        dialog = SettingsDialog(self.services, self.window, runner=self.runner)
        if tab:
            dialog.show_tab(tab)
        if dialogs.run_dialog(dialog):
            self.window.statusBar().showMessage(tr("设置已保存"), STATUS_MS)
            self.reload_reminders()
            if self.workspace.is_open():
                self.workspace.workspace.reload()
        dialog.deleteLater()

    def undo(self) -> None:
        if not self.workspace.is_open() and self.workspace.undo_delete():
            return  # the opportunity deleted last comes back
        if not self.workspace.is_open():
            self.window.statusBar().showMessage(tr("打开一个商机后，Ctrl+Z 撤销对它的上一次修改"), STATUS_MS)
            return

        def said(reverted: list[Any]) -> None:
            text = tr("已撤销 %d 处修改") % len(reverted) if reverted else tr("没有可撤销的修改了")
            self.window.statusBar().showMessage(text, STATUS_MS)

        self.workspace.workspace.undo(said)  # on the write worker
