"""The opportunity workspace as a page of the main window: opened from a card, back to the board."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from projdesk.storage.services import Services
from projdesk.ui.main_window import MainWindow
from projdesk.ui.workspace.workspace import OpportunityWorkspace


class WorkspaceController(QObject):
    """Owns the workspace page: a page over the board, outside the navigation."""

    def __init__(
        self, window: MainWindow, services: Services, refresh_cards: Callable[[list[str]], None]
    ) -> None:
        """``refresh_cards`` repaints the named cards on the board after the workspace wrote them."""
        super().__init__(window)
        self.window = window
        self.workspace = OpportunityWorkspace(services)
        self.workspace.setObjectName("opportunityWorkspace")
        window.ui.pages.addWidget(self.workspace)
        self.workspace.back_requested.connect(self.back)
        self.workspace.changed.connect(lambda opp_id: refresh_cards([opp_id]))
        window.ui.navList.itemClicked.connect(lambda _item: self._nav_clicked())

    def open(self, opp_id: str) -> None:
        self.workspace.open(opp_id)
        self.window.ui.pages.setCurrentWidget(self.workspace)
        self.workspace.step_list.setFocus()

    def is_open(self) -> bool:
        return bool(self.window.ui.pages.currentWidget() is self.workspace and self.workspace.opp_id)

    def open_id(self) -> str | None:
        """The opportunity shown now, if the workspace is the current page."""
        return self.workspace.opp_id if self.is_open() else None

    def reload_if_showing(self, opp_id: str) -> None:
        """Read ``opp_id`` again when it is the one in the workspace (a new document, a log)."""
        if self.workspace.opp_id == opp_id:
            self.workspace.reload()

    def back(self) -> None:
        self.window.ui.pages.setCurrentIndex(0)
        self.window.ui.navList.setCurrentRow(0)

    def _nav_clicked(self) -> None:
        if self.window.ui.pages.currentWidget() is self.workspace:
            self.window.ui.pages.setCurrentIndex(self.window.ui.navList.currentRow())
