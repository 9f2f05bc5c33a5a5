"""Snapshot speed at team-lead scale (10,000 opportunities, ~100,000 activities).

Prints each figure next to its baseline, measured in the same run on the same data:
- full export vs a bare script that reads the same rows with sqlite3 and writes compressed JSON (< 2×);
- import into an empty database vs a bare ``executemany`` insert of the same rows (< 3×);
- re-importing the identical snapshot (nothing changes) vs the export (must be faster); the file is
  recognised by its checksums as already imported. The same with ``recheck`` (every row parsed,
  checked and compared) is printed too.

Run: ``python bench/bench_snapshot.py [--count 10000]``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

from projdesk.demo.generate import generate_demo
from projdesk.storage.db import Database
from projdesk.storage.services import Services
from projdesk.sync.columns import TABLES
from projdesk.sync.service import SyncService


def bare_export(db: Path, target: Path) -> int:
    """What any script would do: every row of every table as a JSON object, zlib-compressed."""
    con = sqlite3.connect(db)
    rows = 0
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as zf:
        for spec in TABLES:
            cur = con.execute(f"SELECT * FROM {spec.name}")
            cols = [d[0] for d in cur.description]
            lines = [json.dumps(dict(zip(cols, r, strict=True)), ensure_ascii=False) for r in cur]
            rows += len(lines)
            zf.writestr(f"{spec.name}.jsonl.z", zlib.compress("\n".join(lines).encode("utf-8"), 6))
    con.close()
    return rows


def bare_insert(source: Path, target: Path) -> float:
    """A bare executemany of the same rows into an empty database of the same schema (timed part only)."""
    src = sqlite3.connect(source)
    data = {}
    for spec in TABLES:
        cur = src.execute(f"SELECT * FROM {spec.name}")
        data[spec.name] = ([d[0] for d in cur.description], cur.fetchall())
    src.close()
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute("PRAGMA foreign_keys=ON")
    start = time.perf_counter()
    with con:
        for name, (cols, rows) in data.items():
            marks = ", ".join("?" for _ in cols)
            quoted = ", ".join(f'"{c}"' for c in cols)
            con.executemany(f"INSERT INTO {name} ({quoted}) VALUES ({marks})", rows)
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def empty_db(path: Path) -> Path:
    Database.open(path).close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="projdesk-bench-snapshot-"))
    try:
        source = folder / "source.db"
        services = Services.open(source)
        t = time.perf_counter()
        stats = generate_demo(services, count=args.count, seed=1)
        print(f"demo data: {stats} in {time.perf_counter() - t:.1f} s")
        sync = SyncService(services)
        snap = folder / "full.pdsnap"

        t = time.perf_counter()
        manifest = sync.export(snap)
        export_s = time.perf_counter() - t
        rows = sum(manifest["counts"].values())
        t = time.perf_counter()
        bare_export(source, folder / "bare.zip")
        bare_export_s = time.perf_counter() - t
        print(f"rows: {rows}; snapshot {snap.stat().st_size / 2**20:.1f} MiB")
        print(
            f"export:    {export_s:6.2f} s   baseline sqlite3+json+zlib {bare_export_s:6.2f} s   "
            f"ratio {export_s / bare_export_s:4.2f} (budget < 2)"
        )

        target = empty_db(folder / "target.db")
        imported = Services.open(target)
        t = time.perf_counter()
        result = SyncService(imported).import_snapshot(snap)
        import_s = time.perf_counter() - t
        bare_s = bare_insert(source, empty_db(folder / "bare.db"))
        print(
            f"import:    {import_s:6.2f} s   baseline executemany        {bare_s:6.2f} s   "
            f"ratio {import_s / bare_s:4.2f} (budget < 3)   added {result['added']}"
        )

        t = time.perf_counter()
        again = SyncService(imported).import_snapshot(snap)
        reimport_s = time.perf_counter() - t
        print(
            f"re-import: {reimport_s:6.2f} s   export                      {export_s:6.2f} s   "
            f"ratio {reimport_s / export_s:4.2f} (budget < 1)   unchanged {again['unchanged']}, "
            f"updated {again['updated']}"
        )
        t = time.perf_counter()
        full = SyncService(imported).import_snapshot(snap, recheck=True)
        remerge_s = time.perf_counter() - t
        print(
            f"re-merge:  {remerge_s:6.2f} s   export                      {export_s:6.2f} s   "
            f"ratio {remerge_s / export_s:4.2f} (the same re-import with --recheck: parsed, checked and "
            f"merged row by row)   unchanged {full['unchanged']}, updated {full['updated']}"
        )
        imported.close()
        services.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
