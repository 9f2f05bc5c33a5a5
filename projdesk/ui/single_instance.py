"""One GUI per database: a lock file beside it, held while the window is open.

Two windows on one database would each keep their own view and start-up cache and overwrite
each other's board state; the command line is not affected (SQLite's own locking serves it).
QLockFile records the holder's process id: the lock of a process that died (a crash, a kill) is
stale and taken over, so it never blocks the next start.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from projdesk.domain.errors import DatabaseInUse

__all__ = ["claim_database", "lock_path"]


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".gui-lock")


def claim_database(database: Path) -> QLockFile:
    """The held lock (keep it for the window's life), or :class:`DatabaseInUse` naming the holder."""
    # Where no folder can be made no lock can be taken either; opening the database says why (只读).
    with contextlib.suppress(OSError):
        database.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(database)))
    lock.setStaleLockTime(0)  # never stale by age alone: only when its process is gone
    if lock.tryLock(0):
        return lock
    if lock.error() != QLockFile.LockError.LockFailedError:
        # The folder cannot hold a lock file (read-only): opening the database says why.
        return lock
    info = lock.getLockInfo()  # PySide: (pid, host, app), without C++'s bool
    pid = str(info[0]) if info and info[0] else "?"
    text = QCoreApplication.translate(
        "SingleInstance",
        "这个数据库已在另一个 ProjDesk 窗口中打开（进程 %s）：%s。请切换到那个窗口；命令行仍可同时使用",
    )
    raise DatabaseInUse(text % (pid, database))
