"""Pinyin search on the board at team-lead scale: what indexing costs and what a keystroke costs.

    python bench/bench_board_search.py [--db DEMO.db] [--count 10000]

Without --db it generates a demo database (generate_demo, seed 1) in a temp folder. Prints:
  1. the store filled without pinyin (what start-up does on the GUI thread);
  2. loading pypinyin's dictionaries, then the pinyin index of every card (on the read worker,
     once, after start-up), cold and with the per-name cache warm (as after a snapshot import
     reloads every card);
  3. one filter pass for a pinyin term (`hddl`) and for characters (`华东`), median of 7.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--count", type=int, default=10000)
    args = parser.parse_args()
    from projdesk.storage.services import Services

    if args.db is None:
        from projdesk.demo.generate import generate_demo

        args.db = Path(tempfile.mkdtemp()) / "bench.db"
        services = Services.open(args.db)
        generate_demo(services, count=args.count, seed=1)
    else:
        services = Services.open(args.db)
    cards = services.opportunities.list(include_closed=True)
    from projdesk.domain.pinyin import pinyin_keys
    from projdesk.ui.board.store import BoardFilter, BoardStore

    store = BoardStore(lambda _n: 30)
    started = time.perf_counter()
    store.replace(cards)
    print(f"{len(cards)} cards: store without pinyin {1000 * (time.perf_counter() - started):.0f} ms")
    started = time.perf_counter()
    pinyin_keys("载入")  # pypinyin's dictionaries, once per process
    print(f"pypinyin dictionaries loaded: {1000 * (time.perf_counter() - started):.0f} ms")
    started = time.perf_counter()
    texts = store.pinyin_texts()
    print(f"pinyin index, cold: {1000 * (time.perf_counter() - started):.0f} ms")
    started = time.perf_counter()
    store.pinyin_texts()
    print(f"pinyin index, names cached: {1000 * (time.perf_counter() - started):.0f} ms")
    print(f"distinct names cached: {pinyin_keys.cache_info().currsize}")
    store.take_pinyin(texts)
    for term in ("hddl", "华东"):
        runs = []
        for _ in range(7):
            started = time.perf_counter()
            view = store.apply(BoardFilter(search=term, shown_statuses={"won", "lost", "on_hold"}))
            runs.append(time.perf_counter() - started)
        print(f"filter pass {term!r}: {1000 * statistics.median(runs):.1f} ms, {view.shown} cards")
    services.close()


if __name__ == "__main__":
    main()
