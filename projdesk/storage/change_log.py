"""What a block of service calls changed, collected from every transaction the writer commits.

A caller that wants to hear of its changes (the GUI's runner, around each write operation)
opens ``recording()``; each ``Context.write()`` transaction that commits inside it adds the rows
its :class:`~projdesk.storage.writer.Writer` touched. So no service computes its changes by hand,
and a write that failed (rolled back) reports nothing. Without a recording nothing is kept (the
command line). The recording is per thread (a context variable): the runner's write worker and
the GUI thread never see each other's.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from projdesk.domain.changes import Changes


class Recording:
    """The changes committed while it was open."""

    def __init__(self) -> None:
        self.changes = Changes()

    def add(self, changes: Changes) -> None:
        self.changes = self.changes | changes


_current: ContextVar[Recording | None] = ContextVar("projdesk_change_recording", default=None)


@contextmanager
def recording() -> Iterator[Recording]:
    """Collect the changes of every transaction committed in this block (on this thread)."""
    log = Recording()
    token = _current.set(log)
    try:
        yield log
    finally:
        _current.reset(token)


def committed(changes: Changes) -> None:
    """A transaction committed ``changes``: tell the open recording, if there is one."""
    log = _current.get()
    if log is not None and changes:
        log.add(changes)
