"""The one app-wide runner: every GUI write and every heavy page read runs off the GUI thread.

Writes are operations on a SINGLE write executor: one worker thread, one write at a time, in
the order they were asked for. An edit made while a snapshot import holds SQLite's write lock
therefore waits its turn behind the import instead of waiting ``busy_timeout`` on the GUI
thread and failing with "database is locked". Reads (query operations) run on their own worker,
so a page's preview never waits behind a long import (WAL readers do not block on the writer).

A progress dialog appears only after about half a second, so quick work never flashes a window.
Failures go to one handler: a known failure (a refused rule, a busy database, a bad file) is its
one line; anything else is a bug for the crash dialog (``projdesk.ui.crash.failure_text``).

The worker threads never touch Qt: they only write their progress into a shared slot, and a
timer on the GUI thread reads that slot and the result. Emitting Qt signals from a worker
deadlocked in practice (the worker waiting for the interpreter lock inside a queued emit while
the GUI thread, holding it, waited for Qt's event-queue lock).
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from projdesk.domain.changes import Changes
from projdesk.storage.change_log import recording
from projdesk.ui.common import dialogs

Progress = Callable[[int, int, str], None]  # done, total, message
Work = Callable[[Progress, threading.Event], Any]


class Cancelled(Exception):
    """Raised inside an operation when the user cancelled it."""


@dataclass
class _Operation:
    """One submitted operation as the GUI thread sees it."""

    title: str
    future: Future[Any]
    cancel: threading.Event
    lock: threading.Lock
    latest: list[tuple[int, int, str]]  # (done, total, message), written by the worker
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    started: float
    writes: bool
    changes: Callable[[Any], Changes] | None = None  # beyond what the writer recorded (an import)
    key: str = ""  # a query superseded by a newer one with the same key drops its result
    generation: int = 0
    committed: list[Changes] = dataclasses.field(default_factory=list)  # written by the write worker
    dialog: QProgressDialog | None = None


def _recorded(work: Work, committed: list[Changes]) -> Work:
    """``work``, leaving in ``committed`` what its committed transactions changed: also when it
    fails after some of them (a merge of three customers refused at the third)."""

    def run(progress: Progress, cancel: threading.Event) -> Any:
        with recording() as log:
            try:
                return work(progress, cancel)
            finally:
                committed.append(log.changes)

    return run


def _receiver_gone(callback: Callable[..., object]) -> bool:
    """A page closed while its operation ran: a slot of a deleted Qt object is not called."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class Runner(QObject):
    """``write`` queues an operation on the one write worker; ``query`` runs a read on the read
    worker. ``busy`` tells whether a write is queued or running.

    One timer, a bound-method slot and plain records: a per-operation timer whose slot closed
    over the runner made a reference cycle through Qt, and a runner without a parent was then
    destroyed from inside its own timer's destructor (a rare crash at exit)."""

    failure_shown = Signal(str)  # the one line of a known failure no caller took over
    changes_made = Signal(object)  # Changes: what a finished write changed, for every view

    def __init__(self, parent: QWidget | None = None, show_after_ms: int = 500, poll_ms: int = 40) -> None:
        super().__init__(parent)
        self._parent = parent
        self._show_after = show_after_ms / 1000
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="projdesk-write")
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="projdesk-read")
        self._last: dict[bool, Future[Any]] = {}  # writes?, the newest future of that executor
        self._operations: list[_Operation] = []
        self._generations: dict[str, int] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._tick)

    @property
    def busy(self) -> bool:
        return any(op.writes for op in self._operations)

    @property
    def idle(self) -> bool:
        """No write or query is queued, running or waiting for its result to be delivered."""
        return not self._operations

    def write(
        self,
        title: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        changes: Callable[[Any], Changes] | None = None,
    ) -> threading.Event:
        """Queue ``work(progress, cancel_event)`` behind the writes before it; returns the cancel
        flag. Without ``on_error`` a failure goes to :meth:`report_failure`. Before ``on_done``,
        what the work's service calls changed (the writer records it) is published on
        ``changes_made``, with ``changes(result)`` for what no writer saw (a snapshot merge)."""
        committed: list[Changes] = []
        return self._submit(
            title,
            _recorded(work, committed),
            on_done,
            on_error,
            writes=True,
            changes=changes,
            committed=committed,
        )

    def query(
        self,
        key: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a read off the GUI thread; only the newest query for ``key`` delivers its result
        (a change of week while the previous week is still being read shows the new week only)."""
        generation = self._generations.get(key, 0) + 1
        self._generations[key] = generation
        self._submit("", lambda _progress, _cancel: work(), on_done, on_error, writes=False, key=key)

    def _submit(
        self,
        title: str,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        *,
        writes: bool,
        key: str = "",
        changes: Callable[[Any], Changes] | None = None,
        committed: list[Changes] | None = None,
    ) -> threading.Event:
        cancel = threading.Event()
        lock = threading.Lock()
        latest = [(0, 0, title)]

        def report(done: int, total: int, message: str = "") -> None:
            if cancel.is_set():
                raise Cancelled()
            with lock:
                latest[0] = (done, total, message or latest[0][2])

        executor = self._writer if writes else self._reader
        future = executor.submit(work, report, cancel)  # the work decides what a cancel leaves
        self._last[writes] = future
        generation = self._generations.get(key, 0)
        operation = _Operation(
            title,
            future,
            cancel,
            lock,
            latest,
            on_done,
            on_error,
            time.monotonic(),
            writes,
            changes,
            key,
            generation,
            committed if committed is not None else [],  # the worker fills the very list
        )
        self._operations.append(operation)
        self._timer.start()
        return cancel

    def _tick(self) -> None:
        for operation in list(self._operations):
            if operation.future.done():
                self._finish(operation)
            elif operation.writes:
                self._show_progress(operation)
        if not self._operations:
            self._timer.stop()

    def _finish(self, operation: _Operation) -> None:
        self._operations.remove(operation)
        if operation.dialog is not None:
            operation.dialog.hide()
            operation.dialog.deleteLater()
            operation.dialog = None
        if operation.key and self._generations.get(operation.key) != operation.generation:
            return  # a newer query for the same thing is on its way
        error = operation.future.exception()
        # The views first (on_done or on_error then sees them fresh), even after a failure:
        # what committed before it is in the database.
        changed = operation.committed[0] if operation.committed else Changes()
        if error is None and operation.changes is not None:
            changed = changed | operation.changes(operation.future.result())
        if changed:
            self.changes_made.emit(changed)
        if error is None:
            result = operation.future.result()
            if not _receiver_gone(operation.on_done):
                operation.on_done(result)
        elif operation.on_error is not None and not _receiver_gone(operation.on_error):
            operation.on_error(error)
        elif operation.writes:  # a write's failure is told even when the page that asked is gone
            self.report_failure(error)

    def report_failure(self, error: BaseException, parent: QWidget | None = None) -> None:
        """The one failure handler: a known failure's line as a warning (and ``failure_shown``);
        an unexpected one goes to the crash dialog (``failure_text`` hands it over)."""
        from projdesk.ui.crash import failure_text  # the crash module imports this one

        text = failure_text(error)
        if text is None:
            return
        self.failure_shown.emit(text)
        dialogs.warn(parent or self._parent, self.tr("操作未完成"), text)

    def _show_progress(self, operation: _Operation) -> None:
        if operation.dialog is None:
            if not operation.title or time.monotonic() - operation.started < self._show_after:
                return
            dialog = QProgressDialog(operation.title, self.tr("取消"), 0, 0, self._parent)
            dialog.setWindowModality(Qt.WindowModality.NonModal)  # a modal one re-enters the event loop
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(0)
            dialog.canceled.connect(operation.cancel.set)
            dialog.show()
            operation.dialog = dialog
        with operation.lock:
            done, total, message = operation.latest[0]
        operation.dialog.setMaximum(max(total, 0))
        operation.dialog.setValue(min(done, total) if total else 0)
        operation.dialog.setLabelText(message)

    def wait(self, seconds: float = 30) -> bool:
        """Block until the queued work has finished (its callbacks come on the next tick).
        Each executor has one worker, so its newest future finishing means all of it has."""
        deadline = time.monotonic() + seconds
        for future in list(self._last.values()):
            try:
                future.exception(timeout=max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                return False
        return True
