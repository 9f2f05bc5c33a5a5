"""Put a backup (or any ProjDesk database file) in place of the current database.

The file is checked first (SQLite, passes integrity_check, carries a ProjDesk schema revision
this app knows), then copied into a temporary file beside the database and checked again; the
current database is backed up; only then does ``os.replace`` swap the files. Anything refused
leaves the current database byte-identical.

The attachments' bytes the backup names come back first: the files folder only ever gains files
(it is content-addressed), so bringing back a backup's files can lose nothing.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from projdesk.domain.errors import BadInputFile, DatabaseTooNew, RuleRefused
from projdesk.storage.attachment_files import copy_missing, files_folder
from projdesk.storage.backups import (
    Clock,
    backup_files_folder,
    backup_folder,
    backup_name,
    copy_database,
    make_backup,
    utc_now,
)
from projdesk.storage.db import written_by_newer_app
from projdesk.storage.integrity import (
    integrity_problems,
    require_intact,
    require_sqlite_file,
    stored_revision,
)


@dataclass(frozen=True)
class Restored:
    source: Path
    database: Path
    previous: Path | None  # the backup of the database as it was (None when there was none)


def check_restorable(source: Path) -> str:
    """The schema revision of ``source`` when it may replace the database; else one clear refusal."""
    if not source.is_file():
        raise BadInputFile.coded("restore_source_missing", path=source)
    require_intact(source)
    revision = stored_revision(source)
    if revision is None:
        raise BadInputFile.coded("restore_not_projdesk", path=source)
    if written_by_newer_app(revision):
        raise DatabaseTooNew.coded("restore_too_new", revision=revision, path=source)
    return revision


def restore_database(db_path: Path, source: Path, now: Clock = utc_now) -> Restored:
    """Replace ``db_path`` with a checked copy of ``source``. Nobody may have the database open
    (another ProjDesk window or command): the swap would pull the file from under them."""
    source, db_path = source.resolve(), db_path.resolve()
    if source == db_path:
        raise BadInputFile.coded("restore_from_itself", path=source)
    check_restorable(source)
    staged = db_path.with_name(db_path.name + ".restoring")
    copy_database(source, staged)  # the backup API and a second integrity check, on our own copy
    bring_back_files(db_path, source)
    try:
        with _held_alone(db_path) as con:
            previous = _back_up_current(db_path, now, con)
            staged.replace(db_path)
            for suffix in ("-wal", "-shm"):
                # The old database's (checkpointed, so empty): SQLite must not replay them onto
                # the restored file.
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    finally:
        staged.unlink(missing_ok=True)
    return Restored(source, db_path, previous)


def bring_back_files(db_path: Path, source: Path) -> int:
    """Copy into ``db_path``'s files folder what it lacks of the files kept with ``source``: the
    folder beside it (a backup made with ``-o``) and its database's backups' shared folder."""
    here = files_folder(db_path)
    kept = (files_folder(source), backup_files_folder(db_path))
    return sum(copy_missing(folder, here) for folder in kept if folder != here)


@contextmanager
def _held_alone(db_path: Path) -> Iterator[sqlite3.Connection | None]:
    """The database held exclusively (in WAL mode even another idle connection prevents this)
    with its -wal checkpointed into the file; refused when someone else has it open. ``None``
    when there is nothing SQLite can lock (no file, or a damaged one)."""
    if not db_path.exists() or _unreadable(db_path):
        yield None
        return
    con = sqlite3.connect(db_path, timeout=1, isolation_level=None)
    try:
        try:
            con.execute("PRAGMA locking_mode=EXCLUSIVE")
            con.execute("BEGIN EXCLUSIVE")
            con.execute("COMMIT")  # the lock stays: exclusive locking mode keeps it until close
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.OperationalError:
            raise RuleRefused.coded("restore_database_in_use", path=db_path) from None
        yield con
    finally:
        con.close()


def _unreadable(db_path: Path) -> bool:
    try:
        require_sqlite_file(db_path)
    except BadInputFile:
        return True
    return bool(integrity_problems(db_path, full=False))


def _back_up_current(db_path: Path, now: Clock, con: sqlite3.Connection | None) -> Path | None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    if con is not None:
        return make_backup(db_path, "before-restore", now, connection=con)
    # A damaged or foreign file cannot go through the backup API: keep its raw bytes (and its
    # -wal) instead, so that restoring never destroys anything.
    target = backup_folder(db_path) / backup_name(db_path, now(), "damaged")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db_path, target)
    wal = Path(f"{db_path}-wal")
    if wal.exists():
        shutil.copy2(wal, Path(f"{target}-wal"))
    return target
