"""The longest GUI-thread block at team-lead scale (10,000 opportunities), per phase.

    python bench/bench_gui_blocking.py [--db DEMO.db] [--budget-ms 100]

Without --db it makes one with ``projdesk demo-data --count 10000 --seed 1`` in a temp folder
(the given database is copied first: the import below changes it). A lag probe (a 5 ms QTimer
on the GUI thread) records the longest gap between its ticks, less its interval: the longest
time the window could not answer. Phases (budget ≤ 100 ms each, issue 12):
  1. start-up: services, the board, then the other pages one per event-loop turn, as ``run``;
  2. page switches: every page in turn;
  3. a change of week in the reports page;
  4. a snapshot import (a colleague's snapshot of the whole database) on the runner.
Exit code 0 when every phase is within budget, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROBE_MS = 5


def demo_database(folder: Path) -> Path:
    db = folder / "demo.db"
    command = [
        sys.executable,
        "-m",
        "projdesk",
        "--db",
        str(db),
        "demo-data",
        "--count",
        "10000",
        "--seed",
        "1",
    ]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a database with 10,000 opportunities (copied, not changed)")
    parser.add_argument("--budget-ms", type=float, default=100.0)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="projdesk-blocking-"))
    try:
        return run(args.db, args.budget_ms, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # three copies of a 350 MB database


def run(given: Path | None, budget_ms: float, folder: Path) -> int:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from projdesk.storage.backups import copy_database
    from projdesk.storage.services import Services
    from projdesk.sync.service import SyncService
    from projdesk.ui.app import install_translations
    from projdesk.ui.board.install import install_board
    from projdesk.ui.common import dialogs
    from projdesk.ui.common.runner import Runner
    from projdesk.ui.main_window import PAGES, MainWindow
    from projdesk.ui.startup.launch import Startup

    source = given or demo_database(folder)
    db = copy_database(source, folder / "work.db")
    snapshot = folder / "colleague.pdsnap"
    exporter = Services.open(copy_database(source, folder / "colleague.db"))
    exporter.ctx.prefs.user_name = "李娜"
    SyncService(exporter).export(snapshot)
    exporter.close()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    longest = [0.0]
    clock = QElapsedTimer()
    probe = QTimer()
    probe.setInterval(PROBE_MS)

    def tick() -> None:
        gap = clock.nsecsElapsed() / 1e6 - PROBE_MS
        longest[0] = max(longest[0], gap)
        clock.restart()

    probe.timeout.connect(tick)

    def measure(action: Callable[[], None], until: Callable[[], bool], settle_s: float = 0.5) -> float:
        """Run ``action`` from inside the event loop, pump until ``until()`` and a quiet ``settle_s``."""
        longest[0] = 0.0
        clock.restart()
        probe.start()
        QTimer.singleShot(0, action)
        deadline = time.monotonic() + 120
        quiet_since: float | None = None
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
            if until():
                quiet_since = quiet_since or time.monotonic()
                if time.monotonic() - quiet_since >= settle_s:
                    break
            else:
                quiet_since = None
        probe.stop()
        return longest[0]

    services = Services.open(db)
    install_translations(app)
    window = MainWindow(services, db_path=db)
    runner = Runner(window)
    board = install_board(window, services, runner=runner)
    startup = Startup(window, board, services, db, runner=runner, keep_cache=False)
    figures: list[tuple[str, float]] = []
    figures.append(("start-up (first paint → every page built)", measure(window.show, lambda: True, 3.0)))

    def switch_pages() -> None:
        for index, key in enumerate([*PAGES[1:], "board"]):
            QTimer.singleShot(300 * index, lambda key=key: window.show_page(key))

    figures.append(("page switches (every page in turn)", measure(switch_pages, lambda: True, 2.0)))

    reports = getattr(window, "reports", None)  # the bench may look: it is not a feature
    window.show_page("reports")
    app.processEvents()
    if reports is not None:
        figures.append(
            (
                "a change of week in the reports page",
                measure(lambda: reports.week_box.setCurrentIndex(1), lambda: runner.idle, 1.5),
            )
        )

    sync_page = getattr(window, "sync_page", None)
    if sync_page is not None:
        original = dialogs.run_dialog
        dialogs.run_dialog = lambda dialog: 1  # the preview: 导入
        try:
            figures.append(
                (
                    "a snapshot import (the whole database)",
                    measure(lambda: sync_page.import_file(snapshot), lambda: runner.idle, 1.0),
                )
            )
        finally:
            dialogs.run_dialog = original

    over = False
    print(f"longest GUI-thread block at {len(board.store):,} opportunities (budget {budget_ms:.0f} ms):")
    for name, ms in figures:
        verdict = "ok" if ms <= budget_ms else "OVER"
        over = over or ms > budget_ms
        print(f"  {name:<45} {ms:8.0f} ms  {verdict}")
    startup.finish()
    window.close()
    services.close()
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
