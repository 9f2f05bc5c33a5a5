"""Team-lead scale (issue 17): every figure beside its bare baseline, measured in one run.

    python bench/bench_scale.py [--db DEMO.db] [--count 10000] [--runs 5] [--only snapshot ...]

Without ``--db`` it generates the demo database (``generate_demo``, seed 1: 10,000
opportunities, ~98,000 activities) in a temp folder; a given ``--db`` is copied first, never
changed. Figures and goals:

1. snapshot import into an empty database vs a bare sqlite3 ``executemany`` of the same rows
   into the same schema: ≤ 2×;
2. the weekly summary (``report weekly --all``: query, build, save) vs an openpyxl script
   writing the same cells, styles, merges, widths and chart of all three sheets: ≤ 1.2×;
3. the database's size (the WAL checkpointed), same data: ≤ 180 MB;
4. start without the board cache (``gui --exit-after-show`` with no cache beside the
   database) vs a bare PySide6 window with one label, both as subprocesses: ≤ 3×;
5. snapshot export vs sqlite3 rows to zipped JSON: keep at about 1.2× (≤ 1.5×).

Timed figures take the best of ``--runs`` rounds, the two sides of each figure alternating, so
a slower spell of a shared machine falls on both. The load average is printed with each figure.
Exit code 0 when every goal is met, 1 otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_board import BARE_WINDOW, run_child_timed
from bench_snapshot import bare_export, bare_insert, empty_db
from bench_weekly import bare_openpyxl, plan_of

MB = 1_000_000
FIGURES = ("size", "snapshot", "weekly", "start")
GOALS = {"import": 2.0, "weekly": 1.2, "size_mb": 180.0, "cold_start": 3.0, "export": 1.5}


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f}"


def best(runs: int, *sides: Callable[[int], float]) -> list[float]:
    """The best time of each side over ``runs`` alternating rounds."""
    times: list[list[float]] = [[] for _ in sides]
    for round_number in range(runs):
        for index, side in enumerate(sides):
            times[index].append(side(round_number))
    return [min(t) for t in times]


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def line(name: str, ours: float, base: float, unit: str, goal: float, note: str = "") -> bool:
    ratio = ours / base
    ok = ratio <= goal
    print(
        f"{name:<34} {ours:8.2f} {unit}   baseline {base:8.2f} {unit}   ratio {ratio:5.2f}× "
        f"(goal ≤ {goal}×)  {'OK' if ok else 'OVER'}   [{load()}]{note}"
    )
    return ok


def snapshot_figures(source: Path, folder: Path, runs: int) -> list[bool]:
    from projdesk.storage.services import Services
    from projdesk.sync.service import SyncService

    services = Services.open(source)
    snap = folder / "full.pdsnap"

    def ours_export(n: int) -> float:
        return timed(lambda: SyncService(services).export(snap))

    def bare_exp(n: int) -> float:
        return timed(lambda: bare_export(source, folder / "bare.zip"))

    export_s, bare_export_s = best(runs, ours_export, bare_exp)
    services.close()

    def ours_import(n: int) -> float:
        target = empty_db(folder / f"target{n}.db")
        imported = Services.open(target)
        try:
            return timed(lambda: SyncService(imported).import_snapshot(snap))
        finally:
            imported.close()

    def bare_imp(n: int) -> float:
        return bare_insert(source, empty_db(folder / f"bare{n}.db"))

    import_s, bare_import_s = best(runs, ours_import, bare_imp)
    rows = f"   ({snap.stat().st_size / MB:.1f} MB snapshot)"
    return [
        line("snapshot import (empty database)", import_s, bare_import_s, "s", GOALS["import"], rows),
        line("snapshot export", export_s, bare_export_s, "s", GOALS["export"]),
    ]


def weekly_figure(source: Path, folder: Path, runs: int) -> bool:
    from projdesk.deliverables.sheets import weekly
    from projdesk.storage.services import Services
    from projdesk.storage.services.reports import Week, weekly_rows

    services = Services.open(source)
    week = Week.of(dt.date.today())
    weekly.write(weekly_rows(services, week, None), folder / "plan.xlsx")
    plan = plan_of(folder / "plan.xlsx")

    def ours(n: int) -> float:
        return timed(lambda: weekly.write(weekly_rows(services, week, None), folder / f"ours{n}.xlsx"))

    def bare(n: int) -> float:
        return timed(lambda: bare_openpyxl(plan, folder / f"bare{n}.xlsx"))

    ours_s, bare_s = best(runs, ours, bare)
    services.close()
    return line("weekly summary (--all)", ours_s, bare_s, "s", GOALS["weekly"])


def size_figure(source: Path) -> bool:
    con = sqlite3.connect(source)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    size = source.stat().st_size / MB
    ok = size <= GOALS["size_mb"]
    print(
        f"{'database size':<34} {size:8.1f} MB ({size * MB / 2**20:.1f} MiB)   "
        f"goal ≤ {GOALS['size_mb']:.0f} MB  {'OK' if ok else 'OVER'}"
    )
    return ok


def cold_start_figure(source: Path, folder: Path, runs: int) -> bool:
    import compileall

    import projdesk
    from projdesk.ui.startup.board_cache import cache_path

    # As installed (pip and the frozen build ship bytecode), as bench_board does.
    compileall.compile_dir(Path(projdesk.__file__).parent, quiet=1)
    bare_script = folder / "bare_window.py"
    bare_script.write_text(BARE_WINDOW, encoding="utf-8")
    gui = [sys.executable, "-m", "projdesk", "--db", str(source), "gui", "--exit-after-show"]

    def ours(n: int) -> float:
        cache_path(source).unlink(missing_ok=True)  # first start, or the CLI changed the database
        time.sleep(0.5)
        return run_child_timed(gui)[1] / 1000

    def bare(n: int) -> float:
        time.sleep(0.5)
        return run_child_timed([sys.executable, str(bare_script)])[1] / 1000

    ours_s, bare_s = best(runs, ours, bare)
    cache_path(source).unlink(missing_ok=True)
    return line("start without the board cache", ours_s * 1000, bare_s * 1000, "ms", GOALS["cold_start"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", type=Path, help="a demo database to measure (copied, never changed)")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--only",
        nargs="+",
        choices=FIGURES,
        default=list(FIGURES),
        help="measure only these figures (snapshot: import and export)",
    )
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="projdesk-bench-scale-"))
    os.environ["HOME"] = str(folder / "home")  # the GUI's settings and logs stay in the temp folder
    try:
        source = folder / "source.db"
        if args.db:
            given, copy = sqlite3.connect(args.db), sqlite3.connect(source)
            given.backup(copy)  # page for page: the size figure is the given file's
            given.close()
            copy.close()
        else:
            from projdesk.demo.generate import generate_demo
            from projdesk.storage.services import Services

            services = Services.open(source)
            started = time.perf_counter()
            stats = generate_demo(services, count=args.count, seed=1)
            services.close()
            print(f"demo data: {stats} in {time.perf_counter() - started:.1f} s")
        results: list[bool] = []
        if "size" in args.only:
            results.append(size_figure(source))
        if "snapshot" in args.only:
            results += snapshot_figures(source, folder, args.runs)
        if "weekly" in args.only:
            results.append(weekly_figure(source, folder, args.runs))
        if "start" in args.only:
            results.append(cold_start_figure(source, folder, args.runs))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("all goals met" if all(results) else "some goals missed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
