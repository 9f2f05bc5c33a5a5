"""The one runner: writes in order on one worker, reads beside them, progress only for long work,
cancel, results and failures back on the GUI thread."""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from projdesk.ui.common.runner import Cancelled, Runner


def progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def test_quick_work_returns_on_the_gui_thread_without_a_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = Runner(parent, show_after_ms=500)
    results = []
    gui = QThread.currentThread()
    runner.write(
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
    runner = Runner(parent, show_after_ms=50)
    release = threading.Event()
    errors: list[BaseException] = []

    def work(progress, cancel):
        for i in range(1000):
            progress(i, 1000, f"第 {i} 项")
            release.wait(0.01)
        return "done"

    cancel = runner.write("导出", work, lambda value: errors.append(AssertionError(value)), errors.append)
    qtbot.waitUntil(lambda: progress_dialogs() != [])
    assert progress_dialogs()[0].labelText().startswith("第")
    cancel.set()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Cancelled) and not runner.busy
    qtbot.waitUntil(lambda: progress_dialogs() == [])


def test_failure_is_delivered_not_raised(qtbot):
    runner = Runner(None, show_after_ms=500)
    errors: list[BaseException] = []

    def work(progress, cancel):
        time.sleep(0.01)
        raise ValueError("模板损坏")

    runner.write("生成", work, lambda value: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "模板损坏"


def test_writes_run_one_at_a_time_in_the_order_asked(qtbot):
    runner = Runner(None)
    order: list[str] = []
    threads: set[str] = set()
    first_may_end = threading.Event()

    def step(name: str, hold: threading.Event | None = None):
        def work(progress, cancel):
            threads.add(threading.current_thread().name)
            order.append(f"{name} 开始")
            if hold is not None:
                hold.wait(5)
            order.append(f"{name} 结束")
            return name

        return work

    done: list[str] = []
    runner.write("一", step("一", first_may_end), done.append)
    runner.write("二", step("二"), done.append)
    runner.write("三", step("三"), done.append)
    assert runner.busy
    first_may_end.set()
    qtbot.waitUntil(lambda: len(done) == 3)
    assert order == ["一 开始", "一 结束", "二 开始", "二 结束", "三 开始", "三 结束"]
    assert done == ["一", "二", "三"] and len(threads) == 1 and not runner.busy


def test_a_query_is_not_queued_behind_a_long_write(qtbot):
    runner = Runner(None)
    release = threading.Event()
    read: list[int] = []
    runner.write("导入", lambda progress, cancel: release.wait(5), lambda value: None)
    runner.query("预览", lambda: 7, read.append)
    qtbot.waitUntil(lambda: read == [7], timeout=2000)
    assert runner.busy  # the write is still running
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)


def test_only_the_newest_query_for_a_key_delivers(qtbot):
    runner = Runner(None)
    slow = threading.Event()
    shown: list[str] = []
    runner.query("周报", lambda: slow.wait(5) and "上一周", shown.append)
    runner.query("周报", lambda: "这一周", shown.append)
    slow.set()
    runner.wait()
    qtbot.waitUntil(lambda: shown == ["这一周"])
    qtbot.wait(100)
    assert shown == ["这一周"]


def test_a_known_failure_without_a_handler_is_one_warning_line(qtbot, scripted_dialogs):
    from projdesk.domain.errors import InvalidInput

    runner = Runner(None)
    lines: list[str] = []
    runner.failure_shown.connect(lines.append)

    def work(progress, cancel):
        raise InvalidInput("金额不是数字")

    runner.write("保存", work, lambda value: None)
    qtbot.waitUntil(lambda: bool(lines))
    assert lines == ["金额不是数字"] and ("warn", "金额不是数字") in scripted_dialogs.asked


def test_database_is_locked_becomes_one_readable_line(qtbot, scripted_dialogs):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    runner = Runner(None)
    lines: list[str] = []
    runner.failure_shown.connect(lines.append)

    def work(progress, cancel):
        raise OperationalError(
            "UPDATE opportunities SET ...", {}, sqlite3.OperationalError("database is locked")
        )

    runner.write("保存", work, lambda value: None)
    qtbot.waitUntil(lambda: bool(lines))
    assert len(lines) == 1 and "数据库正忙" in lines[0]
    assert "UPDATE" not in lines[0] and "locked" not in lines[0]
    assert not [kind for kind, _ in scripted_dialogs.asked if kind == "crash"]


def test_an_unexpected_failure_goes_to_the_crash_handling_not_a_warning(qtbot, scripted_dialogs):
    runner = Runner(None)
    lines: list[str] = []
    runner.failure_shown.connect(lines.append)
    finished = threading.Event()

    def work(progress, cancel):
        finished.set()
        raise KeyError("bug")

    runner.write("保存", work, lambda value: None)
    qtbot.waitUntil(lambda: finished.is_set() and not runner.busy)
    assert lines == [] and not [kind for kind, _ in scripted_dialogs.asked if kind == "warn"]


class _Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def show_report(self, report: str) -> None:
        self.shown.append(report)


def test_a_query_for_a_page_closed_meanwhile_is_not_delivered(qtbot):
    runner = Runner(None)
    release = threading.Event()
    page = _Page()
    delivered = page.shown
    runner.query("周报", lambda: release.wait(5) and "本周", page.show_report)
    page.deleteLater()  # the window closes while the read runs
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))
    release.set()
    runner.wait()
    qtbot.wait(100)  # the runner's timer has had its turn
    assert delivered == []  # no call into a deleted widget
