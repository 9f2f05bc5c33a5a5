"""Opening the database: checks, pragmas, backups, migrations; a database that is damaged, not a
database or too new is refused and left untouched, one in a read-only place is opened read-only."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from projdesk.domain.errors import DatabaseTooNew, ReadOnlyPlace
from projdesk.storage.backups import Clock, daily_backup_due, make_backup, utc_now
from projdesk.storage.integrity import (
    location_writable,
    read_only_connection,
    require_intact,
    stored_revision,
)
from projdesk.storage.paths import default_db_path
from projdesk.storage.schema import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only to migrate or to tell an older database from a newer one
# (~120 ms at start otherwise); a database at HEAD_REVISION opens without it.

MIGRATIONS = Path(__file__).with_name("migrations")
log = logging.getLogger(__name__)


__all__ = ["Database", "default_db_path", "head_revision"]


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


def written_by_newer_app(revision: str | None) -> bool:
    """A schema revision this app does not know (Alembic is asked only when it is not ours)."""
    return revision is not None and revision != HEAD_REVISION and revision not in known_revisions()


# Pages of 8 KiB for a new file (set before WAL, which fixes the size; an existing file keeps
# its own): a step record or an activity is 400–600 bytes, and a 4 KiB page left a tenth of
# itself unfilled at its end. Measured at team-lead scale: 181 MB became 177 MB, with imports
# and the board's reads as fast (bench/bench_scale.py).
PAGE_SIZE = 8192


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute(f"PRAGMA page_size={PAGE_SIZE}")  # only a file still empty takes it
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA query_only=ON")  # a write fails before SQLite tries the file
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _compact_json(value: Any) -> str:
    # Readable Chinese and no padding: stamps and step values are a large share of the file.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Database:
    """One SQLite file, migrated to the app's schema; hands out short sessions."""

    def __init__(self, path: Path, engine: Engine, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.last_backup: Path | None = None

    @classmethod
    def open(
        cls, path: Path | str | None = None, now: Clock = utc_now, daily_backup: bool = True
    ) -> Database:
        """Check, back up (before a migration, or the first start of a day), migrate, open.

        Only a missing file is created; an empty or foreign file is refused, never recreated.
        ``daily_backup=False`` leaves the day's backup to :meth:`back_up_if_due` (the GUI runs it
        off its thread: a copy and a full check of the whole file)."""
        path = Path(path) if path else default_db_path()
        if not path.exists():
            return cls._create(path)
        require_intact(path, full=False)  # also refuses 0-byte and non-SQLite files
        stored = stored_revision(path)
        head = head_revision()
        if written_by_newer_app(stored):
            raise DatabaseTooNew.coded("database_too_new", revision=stored, path=path)
        if not location_writable(path):
            if stored != head:
                raise ReadOnlyPlace.coded("database_read_only_needs_upgrade", path=path)
            return cls._open_read_only(path)
        backup = None
        if stored != head:
            backup = make_backup(path, "before-migration", now)
        elif daily_backup and daily_backup_due(path, now()):
            backup = _daily_backup(path, now)
        engine = _engine(path)
        if stored != head:
            _migrate(engine, compact=True)
        db = cls(path, engine)
        db.last_backup = backup
        return db

    @classmethod
    def _create(cls, path: Path) -> Database:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            writable = location_writable(path)
        except OSError:
            writable = False
        if not writable:
            raise ReadOnlyPlace.coded("database_cannot_create", path=path.parent)
        engine = _engine(path)
        _migrate(engine)
        return cls(path, engine)

    @classmethod
    def _open_read_only(cls, path: Path) -> Database:
        # The same kind of connection the checks used: SQLite cannot write through it.
        engine = create_engine(
            "sqlite://", json_serializer=_compact_json, creator=lambda: read_only_connection(path)
        )
        event.listen(engine, "connect", _set_read_only_pragmas)
        return cls(path, engine, read_only=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as exc:
            code = getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF  # the primary result code
            if self.read_only and code == sqlite3.SQLITE_READONLY:
                raise ReadOnlyPlace.coded("database_read_only_write", path=self.path) from None
            raise

    def read(self) -> Session:
        return self._sessions()

    def back_up_if_due(self, now: Clock = utc_now) -> Path | None:
        """The first start of a day's backup, for a caller that opened without it."""
        if self.read_only or not daily_backup_due(self.path, now()):
            return None
        made = _daily_backup(self.path, now)
        if made is not None:
            self.last_backup = made
        return made

    def backup(self, reason: str, now: Clock = utc_now) -> Path:
        self.last_backup = make_backup(self.path, reason, now)
        return self.last_backup

    def close(self) -> None:
        self.engine.dispose()


def _daily_backup(path: Path, now: Clock) -> Path | None:
    """The first start of a day backs up; a disk that cannot take the copy must not keep anyone
    from their data (damage found by the check still refuses the start: DatabaseDamaged)."""
    try:
        return make_backup(path, "daily", now)
    except (OSError, sqlite3.Error) as exc:
        log.warning("daily backup of %s failed: %s", path, exc)
        return None


def _engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", json_serializer=_compact_json)
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _migrate(engine: Engine, compact: bool = False) -> None:
    """Upgrade to the head; ``compact``: an existing file, backed up just before, is compacted after."""
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
        if compact and not problems:
            # A migration may rewrite much of the file (0010 made the stamps a tenth of their size):
            # SQLite keeps the emptied pages until a VACUUM (outside any transaction).
            conn.exec_driver_sql("VACUUM")
    if problems:
        raise RuntimeError(f"migration left {len(problems)} dangling references")


@contextmanager
def bulk_write_cache(conn: Any, mib: int = 256) -> Iterator[None]:
    """A large page cache for one bulk write on ``conn`` (a snapshot import), then the default.

    SQLite's default cache is 2 MiB: rows arriving in id order (a snapshot's) update every other
    index (by opportunity, by date) at random places, and each such insert read its page back
    from the file. The cache only grows as far as the write needs.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = {-int(mib) * 1024}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def wal_kept_for_later(engine: Engine) -> Iterator[Connection]:
    """A connection whose commits leave their pages in the WAL for :func:`checkpoint_behind`.

    After a commit that grew the WAL past its limit, SQLite copies the WAL into the file inside
    that commit (the automatic checkpoint): a quarter of a second after a team-lead import,
    holding its caller. Copied on a worker thread instead, it runs while the caller goes on."""
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            yield conn
            return
        before = int(conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() or 0)
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint=0")
        conn.commit()
        try:
            yield conn
        finally:
            conn.rollback()  # nothing left open (the caller's transaction ended either way)
            conn.exec_driver_sql(f"PRAGMA wal_autocheckpoint={before}")
            conn.commit()


def checkpoint_behind(path: Path) -> threading.Thread:
    """A passive checkpoint of ``path`` on a worker thread, through a connection of its own
    (SQLite copies without the interpreter lock; readers and writers are not held up). One that
    cannot finish leaves the rest in the WAL for the next commit's automatic checkpoint."""

    def copy() -> None:
        try:
            con = sqlite3.connect(path)
            try:
                con.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                con.close()
        except sqlite3.Error as exc:
            log.warning("checkpoint of %s after a bulk write failed: %s", path, exc)

    worker = threading.Thread(target=copy, name="checkpoint")
    worker.start()
    return worker


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
