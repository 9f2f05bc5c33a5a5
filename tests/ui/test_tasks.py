"""The task runner: work off the GUI thread, progress only for long work, cancel, results back."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from projdesk.ui.tasks import Cancelled, TaskRunner


def progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_quick_work_returns_on_the_gui_thread_without_a_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent, show_after_ms=500)
    results = []
    gui = QThread.currentThread()
    runner.start(
        "计算",
        lambda progress, cancel: 6 * 7,
        lambda value: results.append((value, QThread.currentThread() is gui)),
        results.append,
    )
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(42, True)] and not runner.busy
    assert progress_dialogs() == []


def test_long_work_shows_progress_and_can_be_cancelled(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner(parent, show_after_ms=50)
    release = threading.Event()
    errors: list[BaseException] = []

    def work(progress, cancel):
        for i in range(1000):
            progress(i, 1000, f"第 {i} 项")
            release.wait(0.01)
        return "done"

    cancel = runner.start("导出", work, lambda value: errors.append(AssertionError(value)), errors.append)
    qtbot.waitUntil(lambda: progress_dialogs() != [])
    assert progress_dialogs()[0].labelText().startswith("第")
    cancel.set()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Cancelled) and not runner.busy
    qtbot.waitUntil(lambda: progress_dialogs() == [])


def test_failure_is_delivered_not_raised(qtbot):
    runner = TaskRunner(None, show_after_ms=500)
    errors: list[BaseException] = []

    def work(progress, cancel):
        time.sleep(0.01)
        raise ValueError("模板损坏")

    runner.start("生成", work, lambda value: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "模板损坏"
