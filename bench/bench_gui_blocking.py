"""The longest GUI-thread block at team-lead scale (10,000 opportunities), per phase.

    python bench/bench_gui_blocking.py [--db DEMO.db] [--budget-ms 100]

Without --db it makes one with ``projdesk demo-data --count 10000 --seed 1`` in a temp folder
(the given database is copied first: the import below changes it). A lag probe (a 5 ms QTimer
on the GUI thread) records the longest gap between its ticks, less its interval: the longest
time the window could not answer. Phases (budget ≤ 100 ms each, issue 12):
  1. start-up without a cache, as ``run``: services, the board, then the other pages one step
     per event-loop turn (their heavy imports and reads on the worker);
  2. page switches: every page in turn;
  3. a change of week in the reports page;
  4. a snapshot import (a colleague's snapshot of the whole database) on the runner;
  5. the next start, from the board cache the first one wrote on exit: the cached board, then
     the database opened and the live cards read off the GUI thread, then the pages.
Exit code 0 when every phase is within budget, 1 otherwise. ``--where`` also prints, per phase,
the GUI thread's code seen most often while it was blocked (sampled from another thread).
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROBE_MS = 5
BLOCKED_MS = 30  # the sampler records the GUI thread's stack once it has not ticked for this long


class BlockSampler:
    """Samples the GUI thread's stack while the lag probe has not ticked for BLOCKED_MS: what
    blocks the window, by the ProjDesk lines it was in."""

    def __init__(self) -> None:
        self.gui = threading.get_ident()
        self.last_tick = time.monotonic()
        self.active = False  # only while a phase is measured
        self.seen: collections.Counter[tuple[str, ...]] = collections.Counter()
        self.collections: list[float] = []  # ms of each collector pass over 10 ms (any thread)
        self._collecting = 0.0
        gc.callbacks.append(self._collector)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(0.01):
            if not self.active or (time.monotonic() - self.last_tick) * 1000 < BLOCKED_MS:
                continue
            frame = sys._current_frames().get(self.gui)
            if frame is None:
                continue
            lines = [
                f"{Path(f.filename).name}:{f.lineno} {f.name}"
                for f in traceback.extract_stack(frame)
                if "projdesk" in f.filename and "bench_" not in f.filename
            ]
            self.seen[tuple(lines[-4:])] += 1

    def _collector(self, phase: str, _info: dict[str, int]) -> None:
        """The garbage collector stops every thread: its passes are blocks too."""
        if phase == "start":
            self._collecting = time.perf_counter()
        elif self.active and (ms := (time.perf_counter() - self._collecting) * 1000) > 10:
            self.collections.append(ms)

    def report(self, name: str) -> None:
        longest = max(self.collections, default=0.0)
        print(
            f"  {name}: {len(self.collections)} collector passes over 10 ms (longest {longest:.0f} ms);"
            " where the GUI thread was blocked (samples of 10 ms):"
        )
        self.collections.clear()
        for stack, count in self.seen.most_common(4):
            print(f"    {count:4d}  " + "\n          ".join(stack or ("(Qt itself)",)))
        self.seen.clear()

    def stop(self) -> None:
        self._stop.set()


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
    parser.add_argument("--where", action="store_true", help="print what blocked the GUI thread")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="projdesk-blocking-"))
    try:
        return run(args.db, args.budget_ms, folder, args.where)
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # three copies of a 350 MB database


def run(given: Path | None, budget_ms: float, folder: Path, where: bool = False) -> int:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from projdesk.storage.backups import copy_database
    from projdesk.storage.services import Services
    from projdesk.sync.service import SyncService
    from projdesk.ui.app import install_translations, launch
    from projdesk.ui.common import dialogs
    from projdesk.ui.main_window import PAGES
    from projdesk.ui.startup.board_cache import load_cache

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

    sampler = BlockSampler() if where else None

    def tick() -> None:
        gap = clock.nsecsElapsed() / 1e6 - PROBE_MS
        longest[0] = max(longest[0], gap)
        clock.restart()
        if sampler is not None:
            sampler.last_tick = time.monotonic()

    probe.timeout.connect(tick)

    figures: list[tuple[str, float]] = []

    def measure(
        name: str, action: Callable[[], None], until: Callable[[], bool], settle_s: float = 0.5
    ) -> float:
        """Run ``action`` from inside the event loop, pump until ``until()`` and a quiet ``settle_s``."""
        longest[0] = 0.0
        clock.restart()
        if sampler is not None:
            sampler.last_tick = time.monotonic()
            sampler.active = True
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
            if sampler is not None:  # the pump's own sleep is not a block
                sampler.last_tick = max(sampler.last_tick, time.monotonic() - 0.001)
        probe.stop()
        if sampler is not None:
            sampler.active = False
            sampler.report(name)
        figures.append((name, longest[0]))
        return longest[0]

    # As run() does without a start-up cache: the collector is off (projdesk.__main__; start-up
    # freezes what it made and turns it back on), the services open and the board shows the
    # live cards before the window is first painted; the rest is measured from the show on.
    gc.disable()
    services = Services.open(db)
    install_translations(app)
    startup = launch(db, services, None)
    window, board, runner = startup.window, startup.board, startup.runner
    measure(
        "start-up (first paint → every page built)",
        window.show,
        lambda: startup.parts is not None and runner.idle,
        1.0,
    )
    parts = startup.parts
    assert parts is not None, "start-up did not build the pages"

    def switch_pages() -> None:
        for index, key in enumerate([*PAGES[1:], "board"]):
            QTimer.singleShot(300 * index, lambda key=key: window.show_page(key))

    measure("page switches (every page in turn)", switch_pages, lambda: True, 2.0)

    reports = parts.reports
    window.show_page("reports")
    app.processEvents()
    measure(
        "a change of week in the reports page",
        lambda: reports.week_box.setCurrentIndex(1),
        lambda: runner.idle,
        1.5,
    )

    original = dialogs.run_dialog
    dialogs.run_dialog = lambda dialog: 1  # the preview: 导入
    try:
        measure(
            "a snapshot import (the whole database)",
            lambda: parts.sync.import_file(snapshot),
            lambda: runner.idle,
            1.0,
        )
    finally:
        dialogs.run_dialog = original

    # The next start, as run() does it from the board cache the first one wrote on exit: the
    # cached board is painted, then the database is opened and the live cards are read.
    opportunities = len(board.store)
    startup.finish()
    window.close()
    gc.disable()
    cached = launch(db, None, load_cache(db))
    measure(
        "start-up from the board cache (→ every page built)",
        cached.window.show,
        lambda: cached.parts is not None and cached.runner.idle,
        1.0,
    )
    cached.finish()
    cached.window.close()

    over = False
    print(f"longest GUI-thread block at {opportunities:,} opportunities (budget {budget_ms:.0f} ms):")
    for name, ms in figures:
        verdict = "ok" if ms <= budget_ms else "OVER"
        over = over or ms > budget_ms
        print(f"  {name:<50} {ms:8.0f} ms  {verdict}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
