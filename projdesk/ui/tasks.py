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
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]  # done, total, message


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskRunner(QObject):
    """Runs one task at a time; ``busy`` tells whether one is running."""

    def __init__(self, parent: QWidget | None = None, show_after_ms: int = 500, poll_ms: int = 40) -> None:
        super().__init__(parent)
        self._parent = parent
        self._show_after = show_after_ms / 1000
        self._poll_ms = poll_ms
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="projdesk-task")
        self._future: Future[Any] | None = None
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
        self.busy = True
        started = time.monotonic()
        dialog: list[QProgressDialog] = []
        timer = QTimer(self)
        timer.setInterval(self._poll_ms)

        def tick() -> None:
            if future.done():
                timer.stop()
                timer.deleteLater()
                for d in dialog:
                    d.hide()
                    d.deleteLater()
                self.busy = False
                error = future.exception()
                if error is not None:
                    on_error(error)
                else:
                    on_done(future.result())
                return
            if not dialog and time.monotonic() - started >= self._show_after:
                d = QProgressDialog(title, self.tr("取消"), 0, 0, self._parent)
                d.setWindowModality(Qt.WindowModality.NonModal)  # a modal one re-enters the event loop
                d.setAutoClose(False)
                d.setAutoReset(False)
                d.setMinimumDuration(0)
                d.canceled.connect(cancel.set)
                d.show()
                dialog.append(d)
            if dialog:
                with lock:
                    done, total, message = latest[0]
                dialog[0].setMaximum(max(total, 0))
                dialog[0].setValue(min(done, total) if total else 0)
                dialog[0].setLabelText(message)

        timer.timeout.connect(tick)
        timer.start()
        return cancel

    def wait(self, seconds: float = 30) -> bool:
        """Block until the current task's work has finished (its callbacks come on the next tick)."""
        if self._future is None:
            return True
        try:
            self._future.exception(timeout=seconds)
        except TimeoutError:
            return False
        return True
