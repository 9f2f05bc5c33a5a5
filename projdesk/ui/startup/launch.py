"""What happens after the window is shown: report the first paint, bring the live data, build
the other pages (projdesk.ui.app.assemble, one step per event-loop turn), and keep the board
start-up cache up to date."""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Callable, Generator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from projdesk.domain.errors import DatabaseDamaged
from projdesk.ui.board.view import STATE_KEY, BoardWidget
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.main_window import ALWAYS_ENABLED, MainWindow, form_actions
from projdesk.ui.startup.board_cache import BoardSnapshot, take_snapshot, write_cache
from projdesk.ui.startup.timing import ms_since_process_start

if TYPE_CHECKING:
    from projdesk.storage.services import Services
    from projdesk.storage.summary import OpportunitySummary
    from projdesk.ui.app import AppParts

CACHE_DELAY_MS = 3000  # after a full load, once the start-up work has settled
# What the pages beyond the board import that is plain Python (no Qt) and slow to import:
# openpyxl, python-docx, docxtpl, python-pptx, the snapshot crypto (each 0.1–0.5 s). Imported
# on the read worker before the pages are built, so the GUI thread only finds them loaded.
PAGE_DEPENDENCIES = (
    "projdesk.deliverables.service",
    "projdesk.deliverables.sheets.exports",
    "projdesk.deliverables.sheets.weekly",
    "projdesk.deliverables.sheet_import",
    "projdesk.storage.services.reports",
    "projdesk.sync.service",
)


def import_page_dependencies() -> None:
    """Run on a worker thread: imports only, nothing that touches Qt."""
    for name in PAGE_DEPENDENCIES:
        importlib.import_module(name)


class Startup(QObject):
    """Drives the start: first paint → (services opened →) live cards → other pages.

    ``services`` are the open database when there was no cache to paint from (the board shows
    them already); else they are opened after the first paint and handed to the board once.
    """

    def __init__(
        self,
        window: MainWindow,
        board: BoardWidget,
        path: Path,
        *,
        runner: Runner,
        services: Services | None = None,
        exit_after_show: bool = False,
        keep_cache: bool = True,
        unsaved: BoardSnapshot | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.board = board
        self.runner = runner
        self.services = services
        self.path = path
        self.exit_after_show = exit_after_show
        self.keep_cache = keep_cache
        self._unsaved = unsaved  # the first screen read from the file, while nothing else is open
        self.exit_code = 0
        self._waiting: list[QAction] = []
        self._assembly: Generator[None, None, AppParts] | None = None  # the pages still to build
        self.parts: AppParts | None = None  # once every page is built
        self._finished = False
        self._replaced = False
        if not board.live:  # the cached board: actions wait for the services
            self._waiting = [
                a for name, a in form_actions(window).items() if name not in ALWAYS_ENABLED and a.isEnabled()
            ]
            for action in self._waiting:
                action.setEnabled(False)
        self._cache_timer = QTimer(self)
        self._cache_timer.setSingleShot(True)
        self._cache_timer.setInterval(CACHE_DELAY_MS)
        self._cache_timer.timeout.connect(self.save_cache)
        # The first column's frame; its cards are painted in the same pass, just after it. (Not
        # its viewport: for a widget Qt made, PySide would walk every QWidget class, ~4 ms.)
        self._watched = board.columns[0]
        self._watched.installEventFilter(self)
        # Columns sure to scroll get their scroll bar a frame after the first paint (room kept).
        self._held = [
            column.view
            for column in board.columns
            if column.model.rowCount() * column.view.sizeHintForRow(0) > window.height()
        ]
        for view in self._held:
            view.hold_scroll_bar(True)
        window.database_replaced.connect(self._database_replaced)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._next(self._painted)  # after the whole window's paint
        return False

    def _next(self, step: Callable[[], None]) -> None:
        """``step`` on the next event-loop turn, unless the window is gone or finish() ran."""
        QTimer.singleShot(0, self, lambda: None if self._finished else step())

    def _release_scroll_bars(self) -> None:
        for view in self._held:
            view.hold_scroll_bar(False)
        self._held = []

    def _painted(self) -> None:
        if self.exit_after_show:
            print(f"{ms_since_process_start():.0f}")
            sys.stdout.flush()
            QApplication.quit()
            return
        self._release_scroll_bars()
        self._next(self._go_live)

    def _go_live(self) -> None:
        self._release_scroll_bars()
        from projdesk.logs import ensure_logging, logger  # after the first paint: ~8 ms of imports

        ensure_logging()
        logger.info("图形界面已启动：%s", self.path)  # notr: the log
        if self.services is None:
            self._open_database()
            return
        self._prepare_pages()

    def _open_database(self) -> None:
        """Open the database on the read worker: SQLAlchemy's import, the schema check and the
        quick check take 0.5–2 s at team-lead scale, which the cached board must not freeze for."""
        path = self.path

        def open_services() -> Services:
            from projdesk.storage.services import Services

            return Services.open(path, daily_backup=False)  # the backup comes last (_back_up_today)

        self.runner.query("open-database", open_services, self._opened, self._open_failed)

    def _opened(self, services: Services) -> None:
        if self._finished:  # the window was closed while the file opened
            services.close()
            return
        self.services = services
        read = services.opportunities.list
        # The live cards are read there too (about 0.5 s at 10,000); the board then shows them.
        self.runner.query("board-cards", lambda: read(include_closed=True), self._attach)

    def _open_failed(self, error: BaseException) -> None:
        """A damaged database is offered its newest good backup; a busy or read-only one is one
        line and the end of the start; anything else is the crash dialog's."""
        from projdesk.failures import explain

        if isinstance(error, DatabaseDamaged):
            from projdesk.ui.backup_dialog import offer_newest_backup

            if offer_newest_backup(self.window, self.path, str(error)):
                self._open_database()  # restored: open it again
                return
        known = explain(error, self.path)
        if known is None:
            self.runner.report_failure(error, self.window)
            self.exit_code = 1
        else:
            if not isinstance(known, DatabaseDamaged):  # the offer has told the user
                dialogs.warn(self.window, self.tr("无法打开数据库"), str(known))
            self.exit_code = known.exit_code
        QApplication.quit()

    def _prepare_pages(self) -> None:
        """The pages' heavy imports on the read worker, then the pages (a failed import is
        left to raise where the page needs it, with the crash dialog's full story)."""
        self.runner.query(
            "start-up-imports",
            import_page_dependencies,
            lambda _none: self._next(self._build_pages),
            lambda _error: self._next(self._build_pages),
        )

    def _back_up_today(self) -> None:
        """The first start of a day backs the database up: a copy and a full check of the whole
        file (seconds at team-lead scale), so on the read worker, never the GUI thread."""
        services = self.services
        if services is None or self.exit_after_show:
            return
        self.runner.query(
            "daily-backup",
            services.db.back_up_if_due,
            lambda _made: None,
            # Damage its full check finds (the quick check on open missed it) is told, not dropped.
            lambda error: self.runner.report_failure(error, self.window),
        )

    def _attach(self, cards: list[OpportunitySummary]) -> None:
        """The live cards replace the cached ones; the toolbar wakes."""
        if self._finished:
            return
        assert self.services is not None
        for action in self._waiting:
            action.setEnabled(True)
        self.board.attach(self.services, cards)
        self._next(self._prepare_pages)  # a paint of the live board in between

    def _build_pages(self) -> None:
        """One step of the wiring per event-loop turn (the board answers in between), then the
        cache timer."""
        from projdesk.ui.app import assemble

        assert self.services is not None
        if self._assembly is None:
            self._assembly = assemble(self.services, self.window, self.board, self.runner)
        try:
            next(self._assembly)
        except StopIteration as built:
            self.parts = built.value
        else:
            self._next(self._build_pages)
            return
        # Switched off for the start (projdesk.__main__). What the start made (Qt's Python types,
        # the modules, the cards) lives as long as the app: frozen, later collections skip it
        # (a full pass over it stopped the window for 0.3–0.5 s at 10,000 opportunities).
        gc.freeze()
        gc.enable()
        if self.keep_cache:
            self._cache_timer.start()
        self._back_up_today()  # last: it holds the read worker for seconds at team-lead scale
        if not self.exit_after_show:
            self._next(self._welcome)

    def _welcome(self) -> None:
        """The first start asks who the user is (projdesk.ui.welcome), once every page is there."""
        from projdesk.ui.welcome import offer_welcome

        assert self.services is not None and self.parts is not None
        offer_welcome(self.services, self.runner, self.window, self.parts.actions.reload_reminders)

    def _database_replaced(self) -> None:
        """The board shows the file that was replaced: nothing of it may be saved any more."""
        self.keep_cache = False
        self._replaced = True

    def save_cache(self) -> bool:
        """Write the start-up cache from the live board (the database's files as they are now):
        the snapshot is taken here, the JSON written and synced on the read worker. False when
        there is nothing to keep."""
        self._cache_timer.stop()
        if not self.keep_cache or not self.board.live:
            return False
        snapshot, path = self._snapshot(), self.path
        self.runner.query("board-cache", lambda: write_cache(path, snapshot), lambda _written: None)
        return True

    def _snapshot(self) -> BoardSnapshot:
        state = self.board.prefs.extra.get(STATE_KEY)
        return take_snapshot(self.board.store, self.board.prefs, state if isinstance(state, dict) else {})

    def finish(self) -> None:
        """On exit: close the database first (its files are final then), then write the cache."""
        self._finished = True  # start-up steps still queued are dropped
        self._cache_timer.stop()
        if self.services is None:
            # Quit before the database was opened: the first screen still describes its files.
            if self._unsaved is not None and self.keep_cache and not self._replaced:
                write_cache(self.path, self._unsaved)
            return
        if self.board._save_timer.isActive() and not self._replaced:
            self.board.save_state()  # column widths dragged just before closing
        snapshot = self._snapshot() if self.keep_cache and self.board.live else None
        self.services.close()
        if snapshot is not None:
            write_cache(self.path, snapshot)
