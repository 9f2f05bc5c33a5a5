"""Is a file a healthy ProjDesk database? Every check here reads only: nothing is ever written.

Used on open (quick check), before an export and before backups rotate (full check), and on a
file offered for restore.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from projdesk.domain.errors import BadInputFile, DatabaseDamaged, EnvironmentFailure, ReadOnlyPlace
from projdesk.failures import explain_sqlite

SQLITE_HEADER = b"SQLite format 3\x00"


def location_writable(path: Path) -> bool:
    """Can this process change the database (the file and, for the -wal/-shm files, its folder)?"""
    folder_ok = os.access(path.parent, os.W_OK | os.X_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def require_sqlite_file(path: Path) -> None:
    """A 0-byte or foreign file is refused: it is never replaced by a new empty database."""
    try:
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BadInputFile.coded("database_unreadable", path=path, reason=exc.strerror) from None
    if not head:
        raise BadInputFile.coded("database_empty", path=path)
    if head != SQLITE_HEADER:
        raise BadInputFile.coded("database_not_sqlite", path=path)


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. In a folder we may not write, SQLite could not create the
    -shm file a WAL database needs, so such a database is opened as immutable (nobody else can
    change it there either) unless a -wal file still holds pages."""
    uri = f"file:{path}?mode=ro"
    wal = Path(f"{path}-wal")
    if not location_writable(path) and not (wal.exists() and wal.stat().st_size > 0):
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def integrity_problems(path: Path, full: bool = True) -> list[str]:
    """SQLite's own verdict: ``[]`` when healthy. ``full=False`` is PRAGMA quick_check (no index
    cross-checks: fast enough for every start)."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        con = read_only_connection(path)
        try:
            rows = con.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if not location_writable(path):  # cannot even open it here: a matter of rights, not damage
            raise ReadOnlyPlace.coded("database_read_only", path=path) from None
        _not_damage(exc, path)
        return [str(exc)]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def require_intact(path: Path, full: bool = True) -> None:
    """Refuse a damaged database with one line (the details stay out of it: they are page numbers)."""
    require_sqlite_file(path)
    if integrity_problems(path, full):
        raise DatabaseDamaged.coded("database_damaged", path=path)


def stored_revision(path: Path) -> str | None:
    """The Alembic revision a database file carries; ``None`` when it has none (new or foreign)."""
    try:
        con = read_only_connection(path)
        try:
            has = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has:
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        _not_damage(exc, path)
        raise DatabaseDamaged.coded("database_damaged_unreadable", path=path) from None
    return str(row[0]) if row else None


def _not_damage(exc: sqlite3.Error, path: Path) -> None:
    """A busy or read-only file is not damage: raise what it is (the user's line) instead."""
    known = explain_sqlite(exc, path)
    if isinstance(known, EnvironmentFailure):
        raise known from None
