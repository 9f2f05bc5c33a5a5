"""Long work off the GUI thread: a function, a progress callback and a cancel flag in;
success or failure back on the GUI thread. The progress dialog appears only after about half
a second, so quick work never flashes a window. One write task runs at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int, str], None]  # done, total, message


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(
        self, work: Callable[[Progress, threading.Event], Any], signals: _Signals, cancel: threading.Event
    ) -> None:
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel

    def run(self) -> None:
        def report(done: int, total: int, message: str = "") -> None:
            if self.cancel.is_set():
                raise Cancelled()
            self.signals.progress.emit(done, total, message)

        try:
            result = self.work(report, self.cancel)
        except BaseException as exc:  # delivered to the GUI thread, shown there
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs one task at a time; ``busy`` tells whether one is running."""

    def __init__(self, parent: QWidget | None = None, show_after_ms: int = 500) -> None:
        super().__init__(parent)
        self._parent = parent
        self._show_after_ms = show_after_ms
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.busy = False
        self._keep: list[Any] = []

    def start(
        self,
        title: str,
        work: Callable[[Progress, threading.Event], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> threading.Event:
        """Start ``work(progress, cancel_event)``; returns the cancel flag."""
        cancel = threading.Event()
        signals = _Signals()
        shown: list[QProgressDialog] = []
        last: list[tuple[int, int, str]] = [(0, 0, title)]

        def apply(dialog: QProgressDialog, done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(message)

        def show_dialog() -> None:
            # Created only when the work outlasts the delay, and never modal: a modal
            # QProgressDialog re-enters the event loop in setValue() and in its own show timer,
            # which let a task's completion run inside another task's progress update.
            if not self.busy or shown:
                return
            dialog = QProgressDialog(title, self.tr("取消"), 0, 0, self._parent)
            dialog.setWindowModality(Qt.WindowModality.NonModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(0)
            dialog.canceled.connect(cancel.set)
            apply(dialog, *last[0])
            dialog.show()
            shown.append(dialog)

        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(show_dialog)

        def progress(done: int, total: int, message: str) -> None:
            last[0] = (done, total, message or last[0][2])
            if shown:
                apply(shown[0], done, total, message)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self.busy = False
            timer.stop()
            timer.deleteLater()
            for dialog in shown:
                dialog.hide()
                dialog.deleteLater()
            self._keep.remove(signals)
            callback(value)

        signals.progress.connect(progress)
        signals.finished.connect(lambda value: finish(on_done, value))
        signals.failed.connect(lambda exc: finish(on_error, exc))
        self._keep.append(signals)
        self.busy = True
        timer.start(self._show_after_ms)
        self._pool.start(_Job(work, signals, cancel))
        return cancel

    def wait(self, msecs: int = 30000) -> bool:
        return bool(self._pool.waitForDone(msecs))
