"""Time ``generate_demo`` at team-lead scale: 10,000 opportunities (≈100,000 activities).

Run: ``python bench/bench_demo.py [--count N] [--seed S]``. Budget: under 20 s in total.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    from projdesk.demo.generate import generate_demo
    from projdesk.storage.services import Services

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        services = Services.open(path)
        opened = time.perf_counter()
        stats = generate_demo(services, args.count, seed=args.seed)
        done = time.perf_counter()
        services.close()
        size = path.stat().st_size / 1e6
    print(
        f"demo data: {stats.opportunities} opportunities, {stats.activities} activities, "
        f"{stats.customers} customers, {stats.contacts} contacts, {stats.quotes} quote rounds"
    )
    print(f"generate_demo: {done - opened:.2f} s   total (import, open, generate): {done - start:.2f} s")
    print(f"database size: {size:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
