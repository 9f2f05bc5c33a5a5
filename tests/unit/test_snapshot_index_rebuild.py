"""An import into an empty table builds the table's lookup indexes after its rows, inside the
import's one transaction: the same indexes afterwards, and untouched when the import fails."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from projdesk.demo.generate import generate_demo
from projdesk.storage.services import Services
from projdesk.sync import merge, service
from projdesk.sync.service import SyncService

from .snapshot_helpers import new_device, template_db


def _indexes(path: Path) -> list[tuple[str, str, str | None]]:
    con = sqlite3.connect(path)
    try:
        return sorted(con.execute("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index'"))
    finally:
        con.close()


def _rows(path: Path, table_name: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f"SELECT count(*) FROM {table_name}").fetchone()[0])
    finally:
        con.close()


def _recorded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The tables whose lookup indexes the import drops and builds again."""
    dropped: list[str] = []
    real = merge._lookup_indexes

    def record(cursor: object, table_name: str) -> list[tuple[str, str]]:
        dropped.append(table_name)
        return real(cursor, table_name)

    monkeypatch.setattr(merge, "_lookup_indexes", record)
    return dropped


@pytest.fixture
def snapshot(tmp_path: Path) -> Path:
    source, sync = new_device(tmp_path / "a", "source", "甲", template_db())
    generate_demo(source, count=12, seed=2)
    path = tmp_path / "team.pdsnap"
    sync.export(path)
    source.close()
    return path


def test_an_import_into_an_empty_database_has_the_same_indexes_afterwards(
    snapshot: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge, "REBUILD_ABOVE", 1)  # every table rebuilds, however few its rows
    dropped = _recorded(monkeypatch)
    target, sync = new_device(tmp_path / "b", "target", "乙", template_db())
    before = _indexes(target.db.path)
    sync.import_snapshot(snapshot)
    target.close()
    assert {"activities", "opportunities", "history"} <= set(dropped)
    assert _indexes(target.db.path) == before
    con = sqlite3.connect(target.db.path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        plan = con.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM activities WHERE opportunity_id = 'x' ORDER BY date"
        ).fetchall()
        assert "ix_activities_opp_date" in " ".join(str(step) for step in plan)
    finally:
        con.close()
    assert _rows(target.db.path, "activities") > 0


def test_a_failed_import_into_an_empty_database_leaves_its_indexes_and_no_rows(
    snapshot: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge, "REBUILD_ABOVE", 1)
    target, sync = new_device(tmp_path / "b", "target", "乙", template_db())
    before = _indexes(target.db.path)

    def fail_after_the_rows(*args: object) -> int:
        raise OSError("disk full")  # after every table was written, before the commit

    monkeypatch.setattr(service.attachments, "store_received", fail_after_the_rows)
    with pytest.raises(OSError):
        sync.import_snapshot(snapshot)
    target.close()
    assert _indexes(target.db.path) == before
    assert _rows(target.db.path, "activities") == 0


def test_an_import_into_a_table_that_has_rows_keeps_its_indexes_while_writing(
    snapshot: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge, "REBUILD_ABOVE", 1)
    dropped = _recorded(monkeypatch)
    target, sync = new_device(tmp_path / "b", "target", "乙", template_db())
    generate_demo(target, count=3, seed=5)  # customers, opportunities, activities of its own
    sync.import_snapshot(snapshot)
    target.close()
    assert "activities" not in dropped and "opportunities" not in dropped


def test_a_second_import_after_the_rebuild_finds_every_row_unchanged(
    snapshot: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merge, "REBUILD_ABOVE", 1)
    target, sync = new_device(tmp_path / "b", "target", "乙", template_db())
    sync.import_snapshot(snapshot)
    path = target.db.path
    target.close()
    reopened = Services.open(path)
    try:
        again = SyncService(reopened).import_snapshot(snapshot, recheck=True)  # row by row
        assert (again["added"], again["updated"], again["conflicts"]) == (0, 0, 0)
    finally:
        reopened.close()
