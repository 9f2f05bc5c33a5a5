"""Real SQLite and OS failures read as one typed, Chinese line (projdesk.failures.explain)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from projdesk.domain.errors import (
    BadInputFile,
    DatabaseBusy,
    DiskFull,
    InvalidInput,
    ReadOnlyPlace,
    WriteRejected,
)
from projdesk.failures import explain


def _error_of(action) -> BaseException:  # type: ignore[no-untyped-def]
    with pytest.raises(Exception) as caught:
        action()
    return caught.value


def _table(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None, timeout=0)
    con.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, note TEXT)")
    return con


def test_locked_database_reads_as_busy(tmp_path: Path) -> None:
    holder = _table(tmp_path / "a.db")
    holder.execute("BEGIN IMMEDIATE")
    other = sqlite3.connect(tmp_path / "a.db", timeout=0)
    error = _error_of(lambda: other.execute("INSERT INTO t (note) VALUES ('x')"))
    known = explain(error, tmp_path / "a.db")
    assert isinstance(known, DatabaseBusy) and "数据库正忙" in str(known)
    holder.rollback()


def test_write_to_a_read_only_database_reads_as_read_only(tmp_path: Path) -> None:
    _table(tmp_path / "a.db").close()
    con = sqlite3.connect(f"file:{tmp_path / 'a.db'}?mode=ro", uri=True)
    error = _error_of(lambda: con.execute("INSERT INTO t (note) VALUES ('x')"))
    known = explain(error, tmp_path / "a.db")
    assert isinstance(known, ReadOnlyPlace) and str(known).startswith("只读")
    assert "损坏" not in str(known)


def test_full_database_reads_as_disk_full(tmp_path: Path) -> None:
    con = _table(tmp_path / "a.db")
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.execute(f"PRAGMA max_page_count = {pages}")
    error = _error_of(lambda: con.execute("INSERT INTO t (note) VALUES (?)", ("x" * 100_000,)))
    assert isinstance(explain(error), DiskFull) and "磁盘空间不足" in str(explain(error))


def test_constraint_violation_reads_as_a_rejected_write_without_its_values(tmp_path: Path) -> None:
    con = _table(tmp_path / "a.db")
    con.execute("INSERT INTO t (id, note) VALUES (1, '机密值')")
    error = _error_of(lambda: con.execute("INSERT INTO t (id, note) VALUES (1, '机密值')"))
    known = explain(error)
    assert isinstance(known, WriteRejected) and known.exit_code == 1
    assert "机密值" not in str(known) and "INSERT" not in str(known)


def test_file_that_is_not_a_database_reads_as_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a.db").write_bytes(b"this is not sqlite" * 100)
    con = sqlite3.connect(tmp_path / "a.db")
    error = _error_of(lambda: con.execute("SELECT * FROM sqlite_master"))
    assert isinstance(explain(error), BadInputFile) and explain(error).exit_code == 4  # type: ignore[union-attr]


def test_sqlalchemy_wrapped_error_is_read_through_its_original(tmp_path: Path) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    holder = _table(tmp_path / "a.db")
    holder.execute("BEGIN IMMEDIATE")
    engine = create_engine(f"sqlite:///{tmp_path / 'a.db'}", connect_args={"timeout": 0})
    with engine.connect() as conn, pytest.raises(OperationalError) as caught:
        conn.execute(text("INSERT INTO t (note) VALUES ('机密值')"))
    known = explain(caught.value, tmp_path / "a.db")
    assert isinstance(known, DatabaseBusy)
    assert "INSERT" not in str(known) and "机密值" not in str(known)
    holder.rollback()
    engine.dispose()


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (errno.ENOSPC, DiskFull, "磁盘空间不足"),
        (errno.EROFS, ReadOnlyPlace, "只读"),
        (errno.EACCES, ReadOnlyPlace, "只读"),
    ],
)
def test_os_error_reads_by_its_errno(code: int, kind: type, words: str) -> None:
    known = explain(OSError(code, "system text", "/some/out.docx"))
    assert isinstance(known, kind) and words in str(known) and "/some/out.docx" in str(known)


def test_lone_surrogate_reads_as_invalid_input() -> None:
    error = _error_of(lambda: "\udcff".encode("utf-8"))
    known = explain(error)
    assert isinstance(known, InvalidInput) and known.exit_code == 2


def test_a_real_surprise_stays_unexplained() -> None:
    assert explain(RuntimeError("bug")) is None
    assert explain(sqlite3.ProgrammingError("bug")) is None


def test_database_path_that_is_a_folder_reads_as_invalid_input(tmp_path: Path) -> None:
    error = _error_of(lambda: sqlite3.connect(tmp_path).execute("CREATE TABLE t (x)"))
    known = explain(error, tmp_path)
    assert isinstance(known, InvalidInput) and "文件夹" in str(known) and known.exit_code == 2


def test_failure_on_a_temporary_file_names_the_folder_the_user_chose() -> None:
    known = explain(PermissionError(errno.EACCES, "denied", "/shared/报告/.周报.k2j3.xlsx.part"))
    assert isinstance(known, ReadOnlyPlace) and "/shared/报告" in str(known) and ".part" not in str(known)


def test_failure_of_a_rename_names_its_target(tmp_path: Path) -> None:
    folder = tmp_path / "我的快照"
    folder.mkdir()
    temp = tmp_path / ".我的快照.abc.part"
    temp.write_bytes(b"x")
    error = _error_of(lambda: os.replace(temp, folder))
    known = explain(error)
    assert isinstance(known, InvalidInput) and str(folder) in str(known)
