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

NOT_WRITTEN = "没有做任何改动"
DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT}
READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def _where(place: Path | str | None) -> str:
    return f"：{place}" if place else ""


def busy(place: Path | str | None = None) -> DatabaseBusy:
    where = f"（{place}）" if place else ""
    return DatabaseBusy(f"数据库正忙{where}：另一个程序正在写入，请稍后再试，{NOT_WRITTEN}")


def read_only(place: Path | str | None = None) -> ReadOnlyPlace:
    return ReadOnlyPlace(
        f"只读：无法写入 {place or '文件'}（磁盘、文件夹或文件是只读的，或没有写入权限），{NOT_WRITTEN}"
    )


def disk_full(place: Path | str | None = None) -> DiskFull:
    return DiskFull(f"磁盘空间不足：无法写入 {place or '文件'}，{NOT_WRITTEN}，也没有留下不完整的文件")


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
        return InvalidInput(f"这是一个文件夹，不是数据库文件：{place}")  # `--db` given a folder
    if primary in (SQLITE_BUSY, SQLITE_LOCKED):
        return busy(place)
    if primary in (SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN):
        return read_only(place)
    if primary == SQLITE_FULL:
        return disk_full(place)
    if primary in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return BadInputFile(f"数据库文件已损坏或不是 ProjDesk 数据库{_where(place)}（{NOT_WRITTEN}）")
    if primary == SQLITE_IOERR:
        return EnvironmentFailure(f"读写磁盘出错{_where(place)}，{NOT_WRITTEN}（请检查磁盘或网络文件夹）")
    if primary == SQLITE_CONSTRAINT:
        return WriteRejected(f"数据库拒绝了这次写入（数据之间的约束不成立），{NOT_WRITTEN}")
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
        return InvalidInput(f"找不到文件或文件夹{_where(place)}")
    if isinstance(exc, IsADirectoryError):
        return InvalidInput(f"这是一个文件夹，不是文件{_where(place)}")
    name = errno.errorcode.get(exc.errno or 0, "")
    return EnvironmentFailure(f"无法读写文件{_where(place)}（系统错误 {name or exc.errno}），{NOT_WRITTEN}")


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
            return InvalidInput(
                f"输入中有无法识别的字符（不是有效的 UTF-8 文字，可能是终端的编码设置不对），{NOT_WRITTEN}"
            )
    return None
