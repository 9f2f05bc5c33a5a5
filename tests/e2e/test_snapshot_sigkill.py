"""An import killed with SIGKILL at random moments leaves a sound database, wholly before or after."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from projdesk.demo.generate import generate_demo
from projdesk.storage.services import Services
from projdesk.sync.service import SyncService
from tests.unit.snapshot_helpers import canonical_dump

TRIALS = 12

IMPORTER = """
import sys, time
from projdesk.storage.services import Services
from projdesk.sync.service import SyncService
services = Services.open(sys.argv[1])
sync = SyncService(services)
snapshot = sync.read(sys.argv[2])
print("merging", flush=True)
start = time.perf_counter()
sync.merge(snapshot)
print(f"done {time.perf_counter() - start:.3f}", flush=True)
"""


def state(db: Path) -> tuple[Any, ...]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        counts = tuple(
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("history", "conflicts", "sync_events")
        )
        clock = con.execute("SELECT value FROM settings WHERE key='clock.last'").fetchone()
    finally:
        con.close()
    return canonical_dump(db), counts, clock


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def run_importer(db: Path, snap: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUTF8": "1"}
    return subprocess.Popen(
        [sys.executable, "-c", IMPORTER, str(db), str(snap)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.slow
def test_sigkill_during_import_leaves_before_or_after(tmp_path: Path) -> None:
    source = Services.open(tmp_path / "source.db")
    generate_demo(source, count=200, seed=3)
    snap = tmp_path / "colleague.pdsnap"
    SyncService(source).export(snap)
    source.close()

    base = tmp_path / "base.db"
    mine = Services.open(base)
    mine.opportunities.add("本地客户有限公司", "本地项目", amount="30万")
    mine.close()
    before = state(base)

    reference = tmp_path / "reference.db"
    shutil.copy(base, reference)
    proc = run_importer(reference, snap)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    merge_seconds = float(out.split("done")[1])
    after = state(reference)
    assert after != before

    rng = random.Random(20261127)
    outcomes = []
    for trial in range(TRIALS):
        db = tmp_path / f"trial{trial}.db"
        shutil.copy(base, db)
        proc = run_importer(db, snap)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "merging"
        time.sleep(rng.uniform(0, merge_seconds * 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        assert integrity(db) == "ok"
        now = state(db)
        assert now in (before, after), f"trial {trial}: a partial import"
        outcomes.append("after" if now == after else "before")
    # The kills landed on both sides of the commit at least once (otherwise the test proves little).
    assert "before" in outcomes
