"""A snapshot import writes with a large SQLite page cache, and leaves the default behind."""

from __future__ import annotations

from pathlib import Path

from projdesk.storage.db import Database, bulk_write_cache


def test_the_bulk_write_cache_is_large_inside_and_the_default_after(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "a.db")
    try:
        with db.engine.connect() as conn:
            default = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            with bulk_write_cache(conn, mib=64):
                assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -64 * 1024
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == default
    finally:
        db.close()


def test_a_failed_bulk_write_still_leaves_the_default_cache(tmp_path: Path) -> None:
    db = Database.open(tmp_path / "a.db")
    try:
        with db.engine.connect() as conn:
            default = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            try:
                with bulk_write_cache(conn):
                    raise ValueError("the import refused a row")
            except ValueError:
                pass
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == default
    finally:
        db.close()
