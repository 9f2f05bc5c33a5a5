"""The agenda (日程) at team-lead scale: 10,000 opportunities, everyone's items.

    python bench/bench_agenda.py [--db DEMO.db] [--count 10000] [--runs 5]

Without --db it generates a demo database (generate_demo, seed 1) in a temp folder. Prints the
best of ``--runs`` for the whole read (its four plain queries, ordered and grouped) beside its
baseline, the reminders' read (ReminderService.due: one query over the same opportunities),
and the per-kind counts. Budget: the agenda read < 0.5 s, so the page fills without a wait.
"""

from __future__ import annotations

import argparse
import collections
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

BUDGET_S = 0.5


def best(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from projdesk.demo.generate import generate_demo
    from projdesk.storage.services import Services

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        services = Services.open(path, daily_backup=False)
        if args.db is None:
            generate_demo(services, count=args.count, seed=1)
        agenda = services.agenda.items(owner=None, days=14)
        grouped = best(args.runs, lambda: services.agenda.items(owner=None, days=14).sections())
        weeks = best(args.runs, lambda: services.agenda.items(owner=None, days=90).by_week())
        reminders = best(args.runs, lambda: services.reminders.due(owner=None))
        services.close()
    kinds = collections.Counter(i.kind for i in agenda.items)
    print(f"agenda items (everyone, 14 days ahead and all overdue): {len(agenda.items)}  {dict(kinds)}")
    print(f"agenda read, 14 days, by section: {grouped * 1000:.0f} ms")
    print(f"agenda read, 90 days, by week:    {weeks * 1000:.0f} ms")
    print(f"baseline: the reminders' read:    {reminders * 1000:.0f} ms")
    ok = grouped < BUDGET_S
    print(f"budget: < {BUDGET_S * 1000:.0f} ms   {'OK' if ok else 'OVER BUDGET'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
