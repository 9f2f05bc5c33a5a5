"""What a failure of the machine, not of the user's input, means: one Chinese line.

SQLite and the operating system report a busy database, a read-only place or a full disk as
codes; SQLAlchemy wraps SQLite's errors (the original is its ``orig``). :func:`explain` turns
any of them into a typed :class:`ProjDeskError` whose message names no SQL and no value, so the
CLI's one error handler and the GUI's failure handler say the same thing. Stdlib only: every
layer may use it, and SQLAlchemy is recognised by the SQLite error it carries.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import TypeVar

from projdesk.domain.errors import (
    BadInputFile,
    DatabaseBusy,
    DiskFull,
    EnvironmentFailure,
    InvalidInput,
    ProjDeskError,
    ReadOnlyPlace,
    WriteRejected,
)

__all__ = ["explain", "explain_sqlite"]

E = TypeVar("E", bound=ProjDeskError)

# SQLite's primary result codes; an extended code keeps its primary code in the low byte.
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_CONSTRAINT = 19
SQLITE_NOTADB = 26

DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def _coded(kind: type[E], code: str, place: Path | str | None) -> E:
    """The error ``code`` naming ``place``, or its ``_somewhere`` form when there is no place to name."""
    return kind.coded(code, place=place) if place else kind.coded(code + "_somewhere")


def busy(place: Path | str | None = None) -> DatabaseBusy:
    return _coded(DatabaseBusy, "database_busy", place)


def read_only(place: Path | str | None = None) -> ReadOnlyPlace:
    return _coded(ReadOnlyPlace, "read_only", place)


def disk_full(place: Path | str | None = None) -> DiskFull:
    return _coded(DiskFull, "disk_full", place)


def explain_sqlite(exc: sqlite3.Error, place: Path | str | None = None) -> ProjDeskError | None:
    """A SQLite error as the user's line, by its result code (Python 3.11 keeps it on the error)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        # A text-only error (a driver without codes): the two that happen in normal use.
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return busy(place)
        if "readonly" in text or "read-only" in text:
            return read_only(place)
        return None
    primary = code & 0xFF
    if primary in (SQLITE_CANTOPEN, SQLITE_IOERR) and place and Path(place).is_dir():
        return InvalidInput.coded("folder_not_database", place=place)  # `--db` given a folder
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return busy(place)
    if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
        return read_only(place)
    if primary == SQLITE_FULL:
        return disk_full(place)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return _coded(BadInputFile, "database_corrupt", place)
    if primary == SQLITE_IOERR:
        return _coded(EnvironmentFailure, "disk_error", place)
    if primary == SQLITE_CONSTRAINT:
        return WriteRejected.coded("write_rejected")
    return None


TEMP_SUFFIXES = (".part", ".tmp")  # the atomic writers' temporary files: ".name-XXXX.docx.tmp"


def _os_place(exc: OSError) -> str | None:
    """The path to name: a rename's target, and a temporary file's folder (the user chose that)."""
    place = exc.filename2 or exc.filename
    if place is None:
        return None
    path = Path(str(place))
    if path.name.startswith(".") and path.name.endswith(TEMP_SUFFIXES):
        return str(path.parent)
    return str(path)


def _explain_os(exc: OSError) -> ProjDeskError | None:
    place = _os_place(exc)
    if exc.errno in DISK_FULL_ERRNOS:
        return disk_full(place)
    if exc.errno in READ_ONLY_ERRNOS:
        return read_only(place)
    if isinstance(exc, FileNotFoundError):
        return _coded(InvalidInput, "path_not_found", place)
    if isinstance(exc, IsADirectoryError):
        return _coded(InvalidInput, "folder_not_file", place)
    name = errno.errorcode.get(exc.errno or 0, "")
    system = name or str(exc.errno)
    if place:
        return EnvironmentFailure.coded("file_error", place=place, system=system)
    return EnvironmentFailure.coded("file_error_somewhere", system=system)


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc``, then what it wraps: SQLAlchemy's ``orig``, then the chained causes."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and len(seen) < 8 and all(current is not s for s in seen):
        seen.append(current)
        orig = getattr(current, "orig", None)
        current = orig if isinstance(orig, BaseException) else (current.__cause__ or current.__context__)
    return seen


def explain(exc: BaseException, place: Path | str | None = None) -> ProjDeskError | None:
    """The typed error ``exc`` stands for, or None when it is a real surprise (a bug).

    ``place`` (the database) is named in SQLite's messages; an OS error names its own file.
    """
    for cause in _causes(exc):
        if isinstance(cause, ProjDeskError):
            return cause
        if isinstance(cause, sqlite3.Error):
            found = explain_sqlite(cause, place)
            if found is not None:
                return found
        elif isinstance(cause, OSError):
            return _explain_os(cause)
        elif isinstance(cause, UnicodeEncodeError) and "surrogate" in str(cause.reason):
            # Bytes that are not UTF-8 (a terminal in another encoding) reach Python as lone
            # surrogates; SQLite and the documents cannot store them.
            return InvalidInput.coded("input_not_utf8")
    return None
