"""Long work off the GUI thread: a function, a progress callback and a cancel flag in;
success or failure back on the GUI thread. The progress dialog appears only after about half
a second, so quick work never flashes a window. One task runs at a time per runner.

The worker thread never touches Qt: it only writes its progress into a shared slot, and a
timer on the GUI thread reads that slot and the task's result. Emitting Qt signals from the
worker deadlocked in practice (the worker waiting for the interpreter lock inside a queued
emit while the GUI thread, holding it, waited for Qt's event-queue lock).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]  # done, total, message


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


@dataclass
class _Task:
    """One started task as the GUI thread sees it."""

    title: str
    future: Future[Any]
    cancel: threading.Event
    lock: threading.Lock
    latest: list[tuple[int, int, str]]  # (done, total, message), written by the worker
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    started: float
    dialog: QProgressDialog | None = None


class TaskRunner(QObject):
    """Runs one task at a time; ``busy`` tells whether one is running.

    One timer, a bound-method slot and plain task records: a per-task timer whose slot closed
    over the runner made a reference cycle through Qt, and a runner without a parent was then
    destroyed from inside its own timer's destructor (a rare crash at exit)."""

    def __init__(self, parent: QWidget | None = None, show_after_ms: int = 500, poll_ms: int = 40) -> None:
        super().__init__(parent)
        self._parent = parent
        self._show_after = show_after_ms / 1000
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="projdesk-task")
        self._future: Future[Any] | None = None
        self._tasks: list[_Task] = []
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self._tick)
        self.busy = False

    def start(
        self,
        title: str,
        work: Callable[[Progress, threading.Event], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> threading.Event:
        """Start ``work(progress, cancel_event)``; returns the cancel flag."""
        cancel = threading.Event()
        lock = threading.Lock()
        latest = [(0, 0, title)]

        def report(done: int, total: int, message: str = "") -> None:
            if cancel.is_set():
                raise Cancelled()
            with lock:
                latest[0] = (done, total, message or latest[0][2])

        future = self._executor.submit(work, report, cancel)
        self._future = future
        self._tasks.append(_Task(title, future, cancel, lock, latest, on_done, on_error, time.monotonic()))
        self.busy = True
        self._timer.start()
        return cancel

    def _tick(self) -> None:
        for task in list(self._tasks):
            if task.future.done():
                self._finish(task)
            else:
                self._show_progress(task)
        if not self._tasks:
            self._timer.stop()

    def _finish(self, task: _Task) -> None:
        self._tasks.remove(task)
        if task.dialog is not None:
            task.dialog.hide()
            task.dialog.deleteLater()
            task.dialog = None
        self.busy = bool(self._tasks)
        error = task.future.exception()
        if error is not None:
            task.on_error(error)
        else:
            task.on_done(task.future.result())

    def _show_progress(self, task: _Task) -> None:
        if task.dialog is None:
            if time.monotonic() - task.started < self._show_after:
                return
            dialog = QProgressDialog(task.title, self.tr("取消"), 0, 0, self._parent)
            dialog.setWindowModality(Qt.WindowModality.NonModal)  # a modal one re-enters the event loop
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(0)
            dialog.canceled.connect(task.cancel.set)
            dialog.show()
            task.dialog = dialog
        with task.lock:
            done, total, message = task.latest[0]
        task.dialog.setMaximum(max(total, 0))
        task.dialog.setValue(min(done, total) if total else 0)
        task.dialog.setLabelText(message)

    def wait(self, seconds: float = 30) -> bool:
        """Block until the current task's work has finished (its callbacks come on the next tick)."""
        if self._future is None:
            return True
        try:
            self._future.exception(timeout=seconds)
        except TimeoutError:
            return False
        return True
