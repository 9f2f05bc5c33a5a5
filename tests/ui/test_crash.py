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
