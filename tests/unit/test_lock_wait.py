"""The waiting notice: once when a first write waits for another program's lock, never otherwise."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError

from projdesk.storage.lock_wait import watch_lock_waits

AFTER = 0.3


def engine_with_notices(path: Path, busy_ms: int) -> tuple[Engine, list[float]]:
    engine = create_engine(f"sqlite:///{path}")

    def pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA busy_timeout={busy_ms}")

    event.listen(engine, "connect", pragmas)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS t (note TEXT)"))
    notices: list[float] = []
    watch_lock_waits(engine, notices.append, after=AFTER)
    return engine, notices


def test_first_write_waiting_for_a_lock_gets_one_notice(tmp_path: Path) -> None:
    engine, notices = engine_with_notices(tmp_path / "a.db", busy_ms=1500)
    holder = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(OperationalError, match="locked"), engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES ('x')"))
    holder.rollback()
    assert notices == [AFTER]
    engine.dispose()


def test_quick_writes_get_no_notice(tmp_path: Path) -> None:
    engine, notices = engine_with_notices(tmp_path / "a.db", busy_ms=1500)
    for n in range(3):
        with engine.begin() as conn:
            for m in range(20):
                conn.execute(text("INSERT INTO t VALUES (:v)"), {"v": f"{n}-{m}"})
    time.sleep(AFTER * 2)
    assert notices == []
    engine.dispose()


def test_failed_write_keeps_its_own_error_and_leaves_no_late_notice(tmp_path: Path) -> None:
    engine, notices = engine_with_notices(tmp_path / "a.db", busy_ms=1500)
    with pytest.raises(OperationalError, match="full"), engine.begin() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar_one()
        conn.execute(text(f"PRAGMA max_page_count = {pages}"))
        conn.execute(text("INSERT INTO t VALUES (:v)"), {"v": "x" * 100_000})
    time.sleep(AFTER * 2)
    assert notices == []
    engine.dispose()
