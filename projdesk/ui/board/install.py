"""Wiring the board into the main window (called once from projdesk.ui.app)."""

from __future__ import annotations

from projdesk.ui.board.view import BoardWidget
from projdesk.ui.main_window import MainWindow


def install_board(window: MainWindow, board: BoardWidget) -> None:
    """Put the board on its page, follow the search box, show counts, and own 新建商机 (Ctrl+N)."""
    window.set_page("board", board)
    window.search_changed.connect(board.set_search)
    board.counts_changed.connect(window.status_counts.setText)
    board.status_message.connect(lambda text: window.statusBar().showMessage(text, 10000))
    board.search_requested.connect(window.search.setText)  # a saved filter's search text
    window.ui.actionNewOpportunity.triggered.connect(lambda: board.new_opportunity())
    window.status_counts.setText(board.filters.summary.text())
    if window.search.text():
        board.set_search(window.search.text())
