"""Damaged, foreign and too-new database files for the integrity, backup and restore tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def settle(path: Path) -> None:
    """Fold the -wal into the file and leave it in rollback mode, so its bytes are all there is."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


def corrupt_a_page(path: Path, table: str = "opportunities") -> None:
    """Overwrite the root page of ``table`` with garbage: SQLite's quick_check reports it."""
    settle(path)
    con = sqlite3.connect(path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    (root,) = con.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()
    con.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * page_size)


def make_newer(path: Path) -> None:
    """As if a newer ProjDesk had migrated it."""
    settle(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()


def make_foreign(path: Path) -> None:
    """A healthy SQLite database that is not ProjDesk's."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE songs (title TEXT)")
    con.execute("INSERT INTO songs VALUES ('月亮代表我的心')")
    con.commit()
    con.close()


def files_beside(path: Path) -> dict[str, bytes]:
    """The database and its -wal/-shm, byte for byte (to prove nothing was touched)."""
    found = {}
    for suffix in ("", "-wal", "-shm"):
        file = Path(f"{path}{suffix}")
        if file.exists():
            found[suffix] = file.read_bytes()
    return found


def opportunity_names(path: Path) -> list[str]:
    """The opportunities a database file holds, read straight from the file."""
    con = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in con.execute("SELECT name FROM opportunities"))
    finally:
        con.close()
