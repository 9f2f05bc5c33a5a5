"""Opening the database: pragmas, backup, migrations, and refusing a database that is too new."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from projdesk.domain.errors import DatabaseTooNew, EnvironmentFailure, InvalidInput
from projdesk.failures import explain_sqlite
from projdesk.storage.paths import default_db_path
from projdesk.storage.schema import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only to migrate or to tell an older database from a newer one
# (~120 ms at start otherwise); a database at HEAD_REVISION opens without it.

MIGRATIONS = Path(__file__).with_name("migrations")
BACKUPS_KEPT = 5


__all__ = ["Database", "backup_sqlite", "default_db_path", "head_revision"]


def _alembic_config(connection: Any = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The schema revision this app writes (kept in step with Alembic's head by a test)."""
    return HEAD_REVISION


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {r.revision for r in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live (WAL) database through SQLite's backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, target)
    return target


def backup_database(path: Path, reason: str) -> Path:
    """Back the database up into ``backups/`` beside it, keeping the newest few."""
    folder = path.parent / "backups"
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_sqlite(path, folder / f"{path.stem}-{stamp}-{reason}.db")
    old = sorted(folder.glob(f"{path.stem}-*.db"))[:-BACKUPS_KEPT]
    for stale in old:
        stale.unlink(missing_ok=True)
    return target


def _compact_json(value: Any) -> str:
    # Readable Chinese and no padding: stamps and step values are a large share of the file.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _stored_revision(path: Path) -> str | None:
    """Read the revision without writing anything (no WAL switch, no journal)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        has = con.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has:
            return None
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.DatabaseError as exc:
        # A read-only folder or a busy file is not damage: say what it is.
        known = explain_sqlite(exc, path)
        if isinstance(known, EnvironmentFailure):
            raise known from None
        raise InvalidInput(f"不是 ProjDesk 数据库或文件已损坏：{path}（{exc}）") from None
    finally:
        con.close()


class Database:
    """One SQLite file, migrated to the app's schema; hands out short sessions."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.last_backup: Path | None = None

    @classmethod
    def open(cls, path: Path | str | None = None) -> Database:
        path = Path(path) if path else default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        exists = path.exists() and path.stat().st_size > 0
        stored = _stored_revision(path) if exists else None
        if stored is not None and stored != HEAD_REVISION and stored not in known_revisions():
            raise DatabaseTooNew(f"数据库由更新版本的 ProjDesk 写入（版本 {stored}），本程序不能打开：{path}")
        head = head_revision()
        backup = backup_database(path, "before-migration") if exists and stored != head else None
        engine = create_engine(f"sqlite:///{path}", json_serializer=_compact_json)
        event.listen(engine, "connect", _set_pragmas)
        if stored != head:
            _migrate(engine)
        db = cls(path, engine)
        db.last_backup = backup
        return db

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._sessions.begin() as session:
            yield session

    def read(self) -> Session:
        return self._sessions()

    def backup(self, reason: str) -> Path:
        self.last_backup = backup_database(self.path, reason)
        return self.last_backup

    def close(self) -> None:
        self.engine.dispose()


def _migrate(engine: Engine) -> None:
    # Foreign keys off around migrations: a batch rebuild of a parent table would
    # otherwise cascade-delete its children (FIELD-NOTES.md).
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        from alembic import command

        with conn.begin():
            command.upgrade(_alembic_config(conn), "head")
        problems = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        conn.commit()
    if problems:
        raise RuntimeError(f"migration left {len(problems)} dangling references")


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
