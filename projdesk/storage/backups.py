"""Backups of one database in ``backups/`` beside it: made with SQLite's backup API, checked,
named unambiguously, listed and rotated.

A backup of ``work.db`` is ``backups/work.20261201T093012123456Z.before-import.db``: the stamp
has a fixed shape and the reason has no dots, so ``work-old.db``'s or ``work.old.db``'s backups
can never be taken for ``work.db``'s (an exact match, not a glob).

The attachments' bytes (``work.files/``) go to ``backups/work.files/``, one folder all of the
database's backups share: a content file never changes, so each is copied once, and rotation
never removes one (a kept backup may name it).

Rotation keeps the newest 10, plus the newest of each of the last 8 calendar weeks (ISO weeks,
UTC), and never the one just made: a backup is deleted only once a healthy newer one exists.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from projdesk.domain.errors import DatabaseDamaged
from projdesk.storage.attachment_files import FOLDER_SUFFIX, copy_missing, files_folder
from projdesk.storage.integrity import integrity_problems, read_only_connection

Clock = Callable[[], dt.datetime]

KEEP_LAST = 10
KEEP_WEEKS = 8
STALE_PARTIAL = dt.timedelta(hours=1)  # a copy unfinished this long was cut off by a crash
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<stamp>[0-9]{8}T[0-9]{12}Z)\.(?P<reason>[a-z]+(?:-[a-z]+)*)\.db$")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime  # aware, UTC
    reason: str
    size: int


def backup_folder(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_files_folder(db_path: Path) -> Path:
    """The attachments' bytes of every backup of ``db_path``."""
    return backup_folder(db_path) / f"{db_path.stem}{FOLDER_SUFFIX}"


def backup_name(db_path: Path, taken_at: dt.datetime, reason: str) -> str:
    return f"{db_path.stem}.{taken_at.astimezone(dt.UTC).strftime(STAMP_FORMAT)}.{reason}.db"


def parse_backup_name(db_path: Path, file: Path) -> tuple[dt.datetime, str] | None:
    """(time, reason) when ``file`` is one of ``db_path``'s backups, else ``None``."""
    match = _NAME.match(file.name)
    if match is None or match["stem"] != db_path.stem:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return taken, match["reason"]


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This database's backups, newest first (only its own: exact name match)."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    found = []
    for file in folder.iterdir():
        parsed = parse_backup_name(db_path, file)
        if parsed is not None and file.is_file():
            found.append(BackupInfo(file, parsed[0], parsed[1], file.stat().st_size))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    """The newest backup that passes a full integrity check (what to offer after damage)."""
    for backup in list_backups(db_path):
        if not integrity_problems(backup.path, full=True):
            return backup
    return None


def copy_database(source: Path, target: Path, connection: sqlite3.Connection | None = None) -> Path:
    """A consistent, checked copy of a live (WAL) database through SQLite's backup API.

    Written to ``target.partial`` and moved into place only when it passes integrity_check, so
    a damaged source or a full disk never leaves a file that looks like a backup. ``connection``:
    an open connection to ``source`` to copy through (one that holds it locked)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        src = connection or read_only_connection(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal
            finally:
                dst.close()
        finally:
            if connection is None:
                src.close()
        if integrity_problems(partial, full=True):
            raise DatabaseDamaged.coded("backup_of_damaged_database", path=source)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def make_backup(
    db_path: Path, reason: str, now: Clock = utc_now, connection: sqlite3.Connection | None = None
) -> Path:
    """Back ``db_path`` up into its backups folder, then rotate (the new one is never deleted)."""
    taken = now()
    target = backup_folder(db_path) / backup_name(db_path, taken, reason)
    while target.exists():  # two backups in one microsecond: the later one a microsecond on
        taken += dt.timedelta(microseconds=1)
        target = backup_folder(db_path) / backup_name(db_path, taken, reason)
    copy_database(db_path, target, connection)
    copy_missing(files_folder(db_path), backup_files_folder(db_path))
    rotate(db_path, keep=target, now=taken)
    return target


def copy_with_files(db_path: Path, target: Path) -> Path:
    """A backup at a place of the user's choosing: the database, and its attachments' bytes in
    the files folder beside ``target`` (``target``'s stem with ``.files``)."""
    copy_database(db_path, target)
    copy_missing(files_folder(db_path), files_folder(target))
    return target


def backups_to_keep(backups: list[BackupInfo], now: dt.datetime) -> set[Path]:
    """The newest KEEP_LAST, and the newest of each of the last KEEP_WEEKS ISO weeks."""
    newest_first = sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)
    keep = {b.path for b in newest_first[:KEEP_LAST]}
    this_monday = _monday(now)
    weeks_kept: set[dt.date] = set()
    for backup in newest_first:
        monday = _monday(backup.taken_at)
        weeks_back = (this_monday - monday).days // 7
        if 0 <= weeks_back < KEEP_WEEKS and monday not in weeks_kept:
            weeks_kept.add(monday)
            keep.add(backup.path)
    return keep


def _monday(moment: dt.datetime) -> dt.date:
    day = moment.astimezone(dt.UTC).date()
    return day - dt.timedelta(days=day.weekday())


def rotate(db_path: Path, keep: Path, now: dt.datetime) -> list[Path]:
    """Delete this database's backups that the rule does not keep; ``keep`` always stays."""
    backups = list_backups(db_path)
    kept = backups_to_keep(backups, now) | {keep}
    stale = [b.path for b in backups if b.path not in kept]
    for path in stale:
        path.unlink(missing_ok=True)
        Path(f"{path}-wal").unlink(missing_ok=True)  # a damaged original's, kept beside it
    return stale + _remove_abandoned_copies(db_path, now)


def _remove_abandoned_copies(db_path: Path, now: dt.datetime) -> list[Path]:
    """This database's ``.partial`` copies left by a crash mid-backup. Only old ones: another
    process (the CLI beside the GUI) may be writing a fresh one right now."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    removed = []
    for path in folder.iterdir():
        found = _NAME.match(path.name.removesuffix(".partial"))
        if not path.name.endswith(".partial") or found is None or found["stem"] != db_path.stem:
            continue
        modified = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        if now.astimezone(dt.UTC) - modified > STALE_PARTIAL:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def daily_backup_due(db_path: Path, now: dt.datetime) -> bool:
    """No backup yet on today's (local) calendar day: the first start of a day makes one."""
    today = now.astimezone().date()
    return not any(b.taken_at.astimezone().date() >= today for b in list_backups(db_path))


def size_text(size: int) -> str:
    """A file size as people read it (1 KB = 1024 bytes)."""
    if size < 1024:
        return f"{size} B"
    value = size / 1024
    for unit in ("KB", "MB"):
        if value < 1024:
            return f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
