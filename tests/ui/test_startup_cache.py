"""The board start-up cache: written on exit, painted at the next start before the services
exist, replaced by the live cards; ignored when stale or unreadable."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from projdesk.demo.generate import generate_demo
from projdesk.storage.backups import copy_database
from projdesk.storage.services import Services
from projdesk.ui.app import board_window, launch
from projdesk.ui.startup.board_cache import CARDS_PER_COLUMN, cache_path, load_cache
from projdesk.ui.startup.launch import Startup


def _env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    env.pop("PROJDESK_DEBUG", None)
    return env


def _projdesk(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "projdesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=180,
    )


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    services = Services.open(db_path)
    generate_demo(services, count=120, seed=3)
    services.close()
    return db_path


def _live_start(qtbot, path: Path) -> Startup:
    """A start without a cache: the services open before the first paint."""
    startup = launch(path, Services.open(path), None)
    qtbot.addWidget(startup.window)
    return startup


def _figures(board) -> list[str]:
    return [c.header.figures for c in board.columns]


def test_cache_written_on_exit_is_painted_first_then_replaced_by_live_cards(qtbot, demo_db):
    startup = _live_start(qtbot, demo_db)
    live_board = startup.board
    live_ids = [m.ids() for m in live_board.models]
    live_figures = _figures(live_board)
    live_summary = live_board.filters.summary.text()
    assert not cache_path(demo_db).exists()
    startup.finish()  # what run() does when the window closes
    assert cache_path(demo_db).exists()

    snapshot = load_cache(demo_db)
    assert snapshot is not None
    startup2 = launch(demo_db, None, snapshot)
    window2, board = startup2.window, startup2.board
    qtbot.addWidget(window2)
    # Before any services: the first cards of every column, the full header figures and total.
    assert not board.live
    assert [m.ids() for m in board.models] == [ids[:CARDS_PER_COLUMN] for ids in live_ids]
    assert _figures(board) == live_figures
    assert board.filters.summary.text() == live_summary
    assert window2.status_counts.text() == live_summary
    # Read-only meanwhile: no moves, no quick-create, no toolbar actions.
    assert not board.columns[0].add_button.isEnabled()
    assert not window2.ui.actionNewOpportunity.isEnabled()
    first = board.models[0].ids()[0]
    assert board.move_card(first, 2) is False
    assert board.models[0].ids()[0] == first
    board.select(first)

    startup2._go_live()  # the next event-loop turns after the first paint
    qtbot.waitUntil(lambda: board.live)
    assert [m.ids() for m in board.models] == live_ids  # every card now
    assert board.current_id() == first  # the selection stayed
    assert board.columns[0].add_button.isEnabled()
    assert window2.ui.actionNewOpportunity.isEnabled()
    qtbot.waitUntil(lambda: startup2.parts is not None, timeout=20000)  # the other pages follow
    startup2.finish()


def test_cache_is_ignored_once_the_command_line_changed_the_database(qtbot, demo_db):
    startup = _live_start(qtbot, demo_db)
    startup.finish()
    assert load_cache(demo_db) is not None
    copy_database(demo_db, demo_db.with_name("copy.db"))  # a reader changes nothing
    assert load_cache(demo_db) is not None
    proc = _projdesk(demo_db, "opp", "add", "--customer", "青岛港集团", "--name", "码头监控")
    assert proc.returncode == 0, proc.stderr
    assert load_cache(demo_db) is None  # the start goes the live way and shows the new card


def test_unreadable_cache_is_ignored_and_the_live_board_starts(demo_db):
    cache_path(demo_db).write_text('{"version": 1, "columns": [', encoding="utf-8")
    assert load_cache(demo_db) is None
    proc = _projdesk(demo_db, "gui", "--exit-after-show")
    assert proc.returncode == 0, proc.stderr  # a message box would have blocked: no exit
    assert proc.stdout.strip().splitlines()[-1].isdigit()
    said = [line for line in proc.stderr.splitlines() if "propagateSizeHints" not in line]  # offscreen Qt
    assert said == []
    assert load_cache(demo_db) is not None  # rewritten from the live board


def test_with_a_cache_the_first_paint_does_not_wait_for_sqlalchemy(demo_db):
    assert _projdesk(demo_db, "gui", "--exit-after-show").returncode == 0  # writes the cache
    script = (
        "import sys; from pathlib import Path; from projdesk.ui.app import run; "
        f"code = run(Path({str(demo_db)!r}), exit_after_show=True); "
        "print('sqlalchemy' in sys.modules); sys.exit(code)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=_env(), timeout=180
    )
    assert proc.returncode == 0, proc.stderr
    painted_ms, sqlalchemy_loaded = proc.stdout.split()
    assert painted_ms.isdigit()
    assert sqlalchemy_loaded == "False"


def test_scroll_bars_join_a_frame_after_the_first_paint_without_moving_a_card(qtbot, demo_db):
    startup = _live_start(qtbot, demo_db)
    startup.finish()
    snapshot = load_cache(demo_db)
    assert snapshot is not None
    window, board, runner = board_window(demo_db, None, snapshot)
    qtbot.addWidget(window)
    window.resize(1400, 500)  # short: the fuller columns must scroll
    first = Startup(window, board, demo_db, runner=runner)
    held = [c.view for c in board.columns if c.view in first._held]
    assert held, "no column was full enough to scroll"
    window.show()
    qtbot.waitExposed(window)
    widths = [view.viewport().width() for view in held]
    assert not any(view.verticalScrollBar().isVisible() for view in held)  # their room is kept
    first._painted()
    qtbot.waitUntil(lambda: all(view.verticalScrollBar().isVisible() for view in held))
    assert [view.viewport().width() for view in held] == widths  # no card moved
    first.finish()


def test_stale_card_pictures_file_of_an_older_version_is_deleted_on_start(demo_db):
    pictures = demo_db.with_name(demo_db.name + ".board-cards")  # 4–12 MB written by older versions
    pictures.write_bytes(b"PDCARDS1" + bytes(1024))
    proc = _projdesk(demo_db, "gui", "--exit-after-show")
    assert proc.returncode == 0, proc.stderr
    assert not pictures.exists()
    assert cache_path(demo_db).exists()  # the board's JSON cache is kept


def test_cached_start_opens_the_database_off_the_gui_thread_and_shows_the_live_cards(qtbot, demo_db):
    startup = _live_start(qtbot, demo_db)
    live_ids = [m.ids() for m in startup.board.models]
    startup.finish()
    cached = launch(demo_db, None, load_cache(demo_db))
    qtbot.addWidget(cached.window)
    opened_on: list[str] = []
    original = Services.open

    def open_and_note(*args, **kwargs):
        import threading

        opened_on.append(threading.current_thread().name)
        return original(*args, **kwargs)

    Services.open = open_and_note  # type: ignore[method-assign]
    try:
        cached._go_live()
        assert not cached.board.live  # the GUI thread went on; the worker opens the file
        qtbot.waitUntil(lambda: cached.board.live, timeout=20000)
    finally:
        Services.open = original  # type: ignore[method-assign]
    assert opened_on and opened_on[0].startswith("projdesk-read")
    assert [m.ids() for m in cached.board.models] == live_ids
    qtbot.waitUntil(lambda: cached.parts is not None, timeout=20000)
    cached.finish()


def test_cached_start_on_a_database_damaged_meanwhile_offers_the_newest_backup(
    qtbot, demo_db, scripted_dialogs
):
    from projdesk.storage.backups import make_backup
    from tests.unit.database_helpers import corrupt_a_page

    startup = _live_start(qtbot, demo_db)
    live_ids = [m.ids() for m in startup.board.models]
    startup.finish()
    snapshot = load_cache(demo_db)  # still matching when the start looked
    make_backup(demo_db, "manual")
    corrupt_a_page(demo_db)  # then damaged before the services opened it
    cached = launch(demo_db, None, snapshot)
    qtbot.addWidget(cached.window)
    scripted_dialogs.answer(True)  # restore the newest good backup
    cached._go_live()
    qtbot.waitUntil(lambda: cached.board.live, timeout=20000)
    [(kind, text)] = scripted_dialogs.asked
    assert kind == "yes_no" and "最新的完好备份" in text
    assert [m.ids() for m in cached.board.models] == live_ids
    assert cached.exit_code == 0
    qtbot.waitUntil(lambda: cached.parts is not None, timeout=20000)
    cached.finish()


def test_cache_written_while_running_is_written_off_the_gui_thread(qtbot, demo_db):
    import threading

    from projdesk.ui.startup import launch as launch_module

    startup = _live_start(qtbot, demo_db)
    written_on: list[str] = []
    original = launch_module.write_cache

    def write_and_note(*args):
        written_on.append(threading.current_thread().name)
        return original(*args)

    launch_module.write_cache = write_and_note
    try:
        assert startup.save_cache()
        qtbot.waitUntil(lambda: startup.runner.idle, timeout=20000)
    finally:
        launch_module.write_cache = original
    assert written_on and written_on[0].startswith("projdesk-read")
    assert load_cache(demo_db) is not None
    startup.finish()


def test_window_closed_while_the_database_opens_leaves_nothing_open(qtbot, demo_db):
    startup = _live_start(qtbot, demo_db)
    startup.finish()
    cached = launch(demo_db, None, load_cache(demo_db))
    qtbot.addWidget(cached.window)
    closed: list[bool] = []
    original = Services.close

    def close_and_note(self):
        closed.append(True)
        original(self)

    Services.close = close_and_note  # type: ignore[method-assign]
    try:
        cached._go_live()
        cached.finish()  # the window closed at once
        qtbot.waitUntil(lambda: cached.runner.idle, timeout=20000)
    finally:
        Services.close = original  # type: ignore[method-assign]
    assert cached.services is None and closed == [True]
    assert not cached.board.live
