"""Wiring the board into the main window (called once from build_main_window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from projdesk.ui.board.view import BoardWidget
from projdesk.ui.common.runner import Runner
from projdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from projdesk.storage.services import Services
    from projdesk.ui.startup.board_cache import BoardSnapshot


def install_board(
    window: MainWindow, services: Services | None, snapshot: BoardSnapshot | None = None, *, runner: Runner
) -> BoardWidget:
    """Put the board on its page, follow the search box, show counts, and own 新建商机 (Ctrl+N).

    Without services the board shows ``snapshot`` (the start-up cache), read-only until
    ``board.attach(services)``.
    """
    board = BoardWidget(services, window, runner=runner, prefs=snapshot.prefs if snapshot else None)
    if snapshot is not None and services is None:
        board.show_snapshot(snapshot)
    window.set_page("board", board)
    window.board = board
    window.search_changed.connect(board.set_search)
    board.counts_changed.connect(window.status_counts.setText)
    board.status_message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    window.ui.actionNewOpportunity.triggered.connect(lambda: board.new_opportunity())
    window.status_counts.setText(board.filters.summary.text())
    if window.search.text():
        board.set_search(window.search.text())
    return board
