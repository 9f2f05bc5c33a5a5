"""Unexpected exceptions in the GUI reach the crash dialog and the log; the app keeps running."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton

from projdesk import logs
from projdesk.ui.crash import CrashReporter, install_crash_handler, uninstall
from projdesk.ui.crash_dialog import CrashDialog


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    logs.setup_logging()
    return tmp_path / "logs"


@pytest.fixture
def reporter() -> Any:
    installed = install_crash_handler(lambda: None)
    yield installed
    uninstall(installed)


def crashes(script: Any) -> list[str]:
    return [text for kind, text in script.asked if kind == "crash"]


@pytest.mark.qt_no_exception_capture
def test_exception_raised_in_a_slot_reaches_the_crash_dialog_and_the_log(
    qtbot: Any, scripted_dialogs: Any, log_dir: Path, reporter: CrashReporter
) -> None:
    button = QPushButton("保存")
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise KeyError("不存在的商机")

    button.clicked.connect(broken_slot)
    button.click()
    assert len(crashes(scripted_dialogs)) == 1
    assert "KeyError" in crashes(scripted_dialogs)[0] and "可以继续工作" in crashes(scripted_dialogs)[0]
    log = (log_dir / "projdesk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "broken_slot" in log and "不存在的商机" in log


@pytest.mark.qt_no_exception_capture
def test_app_keeps_running_after_an_exception_in_a_timer_slot(
    qtbot: Any, scripted_dialogs: Any, log_dir: Path, reporter: CrashReporter
) -> None:
    ran: list[str] = []

    def broken() -> None:
        raise RuntimeError("定时器里的错误")

    QTimer.singleShot(0, broken)
    QTimer.singleShot(20, lambda: ran.append("后面的工作"))
    qtbot.waitUntil(lambda: ran == ["后面的工作"], timeout=5000)
    assert len(crashes(scripted_dialogs)) == 1


def test_exception_while_the_crash_dialog_is_open_only_goes_to_the_log(
    scripted_dialogs: Any, log_dir: Path, reporter: CrashReporter
) -> None:
    reporter.showing = True  # the dialog of an earlier exception is open
    try:
        raise ValueError("第二个错误")
    except ValueError:
        reporter(*sys.exc_info())  # type: ignore[arg-type]
    assert crashes(scripted_dialogs) == []
    assert "第二个错误" in (log_dir / "projdesk.log").read_text(encoding="utf-8")


def test_crash_dialog_says_where_the_log_is_and_its_button_copies_the_details(
    qtbot: Any, tmp_path: Path
) -> None:
    details = "Traceback (most recent call last):\n  File 'x.py', line 1\nKeyError: 'x'"
    dialog = CrashDialog(None, "程序遇到了一个意外错误（KeyError）。", details, tmp_path / "projdesk.log")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(tmp_path / "projdesk.log") in shown and "意外错误" in shown
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == details
    assert dialog.isVisible()  # copying does not close it: the user may still read it
    dialog.accept()


def test_second_gui_in_process_is_refused_with_a_dialog(
    qtbot: Any, scripted_dialogs: Any, tmp_path: Path
) -> None:
    from projdesk.ui.app import run
    from projdesk.ui.single_instance import claim_database

    path = tmp_path / "work.db"
    held = claim_database(path)
    try:
        assert run(db=path) == 4
    finally:
        held.unlock()
    warned = [text for kind, text in scripted_dialogs.asked if kind == "warn"]
    assert len(warned) == 1 and "已在另一个 ProjDesk 窗口中打开" in warned[0]
    assert not path.exists()  # refused before the database was opened


@pytest.fixture
def app_with_documents(services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> Any:
    from projdesk.ui import documents as doc_actions
    from projdesk.ui.app import build_app

    monkeypatch.setenv("PROJDESK_NO_OPEN", "1")
    services.prefs.extra[doc_actions.FOLDER_KEY] = str(tmp_path / "docs")
    services.ctx.save_preferences(services.prefs)
    parts = build_app(services)
    qtbot.addWidget(parts.window)
    return parts, str(services.opportunities.add("华东电力设计院", "调度自动化平台"))


def generate_failing_with(error: BaseException, parts: Any, opp: str, qtbot: Any, monkeypatch: Any) -> None:
    from projdesk.ui import documents as doc_actions

    def fails(*args: Any, **kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(doc_actions, "generate", fails)
    parts.documents.generate_and_open(parts.window, opp, "research")
    qtbot.waitUntil(lambda: parts.runner.idle, timeout=30000)


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_in_a_background_task_reaches_the_crash_dialog_not_a_warning(
    app_with_documents: Any,
    qtbot: Any,
    scripted_dialogs: Any,
    log_dir: Path,
    reporter: CrashReporter,
    monkeypatch: Any,
) -> None:
    parts, opp = app_with_documents
    generate_failing_with(ZeroDivisionError("生成时的程序错误"), parts, opp, qtbot, monkeypatch)
    assert len(crashes(scripted_dialogs)) == 1 and "ZeroDivisionError" in crashes(scripted_dialogs)[0]
    assert [kind for kind, _ in scripted_dialogs.asked] == ["crash"]  # no second, raw warning
    assert "生成时的程序错误" in (log_dir / "projdesk.log").read_text(encoding="utf-8")


def test_disk_full_in_a_background_task_is_one_plain_warning(
    app_with_documents: Any, qtbot: Any, scripted_dialogs: Any, monkeypatch: Any
) -> None:
    import errno

    parts, opp = app_with_documents
    full = OSError(errno.ENOSPC, "No space left on device", "/docs/调研报告.docx")
    generate_failing_with(full, parts, opp, qtbot, monkeypatch)
    assert scripted_dialogs.asked == [("warn", scripted_dialogs.asked[0][1])]
    assert (
        scripted_dialogs.asked[0][1].startswith("磁盘空间不足")
        and "Errno" not in scripted_dialogs.asked[0][1]
    )


def test_exception_ending_a_plain_thread_goes_to_the_log_without_a_dialog(
    scripted_dialogs: Any, log_dir: Path, reporter: CrashReporter
) -> None:
    import threading

    def background() -> None:
        raise OSError("线程里的错误")

    thread = threading.Thread(target=background, name="projdesk-test-thread")
    thread.start()
    thread.join()
    assert crashes(scripted_dialogs) == []  # no Qt call off the GUI thread
    log = (log_dir / "projdesk.log").read_text(encoding="utf-8")
    assert "projdesk-test-thread" in log and "线程里的错误" in log and "Traceback" in log


@pytest.mark.qt_no_exception_capture
def test_busy_database_met_in_a_slot_is_a_plain_warning_not_a_crash(
    qtbot: Any, scripted_dialogs: Any, log_dir: Path, reporter: CrashReporter, tmp_path: Path
) -> None:
    import sqlite3

    holder = sqlite3.connect(tmp_path / "a.db", isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    writer = sqlite3.connect(tmp_path / "a.db", timeout=0)

    def write_in_slot() -> None:
        writer.execute("INSERT INTO t VALUES (1)")

    QTimer.singleShot(0, write_in_slot)
    qtbot.waitUntil(lambda: bool(scripted_dialogs.asked), timeout=5000)
    holder.rollback()
    assert crashes(scripted_dialogs) == []
    assert [kind for kind, _ in scripted_dialogs.asked] == ["warn"]
    assert scripted_dialogs.asked[0][1].startswith("数据库正忙")


def test_cancelled_task_is_neither_a_crash_nor_a_warning(
    app_with_documents: Any, qtbot: Any, scripted_dialogs: Any, monkeypatch: Any
) -> None:
    from projdesk.ui.common.runner import Cancelled
    from projdesk.ui.crash import failure_text

    parts, opp = app_with_documents
    generate_failing_with(Cancelled(), parts, opp, qtbot, monkeypatch)
    assert scripted_dialogs.asked == []
    assert failure_text(Cancelled()) == "已取消，未写入任何文件。"
