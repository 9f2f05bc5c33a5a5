"""Telling the user that a write is waiting for another program's lock on the database.

In WAL mode reads never wait; only a transaction's first write can, for the write lock another
connection holds (a GUI's snapshot merge), up to the busy timeout. SQLite gives no callback while
it waits, so the first write of each transaction arms a timer: if the statement is still running
after ``after`` seconds, ``notice`` is called once (from the timer's thread) with the wait so far.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event

__all__ = ["watch_lock_waits"]

WRITE_WORDS = ("INSERT", "UPDATE", "DELETE", "REPLACE")
HOLDS_LOCK = "projdesk_holds_write_lock"  # in the DBAPI connection's info: set after its first write


def _is_write(statement: str) -> bool:
    return statement.lstrip()[:7].upper().startswith(WRITE_WORDS)


def watch_lock_waits(engine: Engine, notice: Callable[[float], None], after: float = 1.0) -> None:
    """Call ``notice(after)`` when a first write has waited ``after`` seconds for the lock."""
    pending: dict[int, threading.Timer] = {}

    def before(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        if conn.info.get(HOLDS_LOCK) or not _is_write(statement):
            return
        timer = threading.Timer(after, notice, args=(after,))
        timer.daemon = True
        pending[id(conn)] = timer  # one statement at a time per connection
        timer.start()

    def done(conn: Any, cursor: Any, statement: str, *_: Any) -> None:
        timer = pending.pop(id(conn), None)
        if timer is not None:
            timer.cancel()
            conn.info[HOLDS_LOCK] = True

    def failed(context: Any) -> None:
        timer = pending.pop(id(context.connection), None)
        if timer is not None:
            timer.cancel()

    def released(conn: Any) -> None:
        conn.info.pop(HOLDS_LOCK, None)

    event.listen(engine, "before_cursor_execute", before)
    event.listen(engine, "after_cursor_execute", done)
    event.listen(engine, "handle_error", failed)
    for name in ("begin", "commit", "rollback"):  # a new transaction has not written yet
        event.listen(engine, name, released)
