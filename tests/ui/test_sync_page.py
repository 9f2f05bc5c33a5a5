"""The 同步 page: drop a colleague's snapshot, review conflicts and duplicates, export, history."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from projdesk.storage.services import Services
from projdesk.sync.reader import read_manifest
from projdesk.sync.service import SyncService
from projdesk.ui.app import build_app
from projdesk.ui.common.runner import Runner
from projdesk.ui.main_window import MainWindow
from projdesk.ui.pages.sync import ExportDialog, SyncPage
from tests.ui.conftest import settle
from tests.unit.snapshot_helpers import logical_dump


@pytest.fixture
def colleague_snapshot(services: Any, tmp_path: Path) -> tuple[str, Path]:
    """A shared opportunity both edited (a conflict) and a customer the colleague created again."""
    opp = services.opportunities.add("华东电力有限公司", "调度系统", amount="80万")
    first = tmp_path / "mine.pdsnap"
    SyncService(services).export(first)
    colleague = Services.open(tmp_path / "colleague.db")
    colleague.ctx.prefs.user_name = "李娜"
    SyncService(colleague).import_snapshot(first)
    services.opportunities.update(opp, {"next_step": "我的下一步"})
    time.sleep(0.002)
    colleague.opportunities.update(opp, {"next_step": "李娜的下一步"})
    colleague.opportunities.add("华东电力 股份有限公司", "配网自动化")
    snap = tmp_path / "李娜.pdsnap"
    SyncService(colleague).export(snap)
    colleague.close()
    return opp, snap


def drop(window: Any, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)


def test_drop_import_review_and_resolve(
    qtbot: Any, services: Any, colleague_snapshot: Any, scripted_dialogs: Any
) -> None:
    opp, snap = colleague_snapshot
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    page: SyncPage = parts.sync
    scripted_dialogs.answer(1)  # the preview: 导入
    drop(window, snap)
    settle(qtbot, page.runner, 30000)

    assert ("dialog", "PreviewDialog") in scripted_dialogs.asked
    assert "已导入 李娜 的快照" in page.message.text() and "冲突 1" in page.message.text()
    assert window.ui.pages.currentWidget().layout().itemAt(0).widget() is page
    table = page.conflict_table
    assert table.rowCount() == 1
    row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert row[2] == "我的下一步" and row[3] == "李娜的下一步" and row[4] == "李娜"
    assert page.duplicate_tree.topLevelItemCount() == 1
    assert page.history_table.item(0, 1).text() == "导入"
    assert "上次导入" in window.status_sync.text() and "李娜" in window.status_sync.text()
    page.tabs.setCurrentIndex(0)
    shot = window.grab()
    assert not shot.isNull()
    if os.environ.get("PROJDESK_UPDATE_DOCS"):  # the picture in docs/ and the README
        shot.save(str(Path(__file__).resolve().parents[2] / "docs" / "sync-page.png"))

    table.selectRow(0)
    page.keep_mine.click()
    settle(qtbot, page.runner)  # resolved on the write worker, the lists read again
    assert services.opportunities.summary(opp).next_step == "我的下一步"
    qtbot.waitUntil(lambda: page.conflict_table.rowCount() == 0)  # read again as a query

    group = page.duplicate_tree.topLevelItem(0)
    keep = group.child(0)
    page.duplicate_tree.setCurrentItem(keep)
    scripted_dialogs.answer(True)
    page.merge_selected()
    settle(qtbot, page.runner)
    assert page.duplicate_tree.topLevelItemCount() == 0
    assert len({c.customer_id for c in services.opportunities.list()}) == 1


def test_bad_file_dropped_is_refused_and_changes_nothing(
    qtbot: Any, services: Any, tmp_path: Path, scripted_dialogs: Any
) -> None:
    services.opportunities.add("本地客户", "本地项目")
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    bad = tmp_path / "坏的.pdsnap"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    before = logical_dump(services.db.path)
    drop(window, bad)
    settle(qtbot, parts.sync.runner)  # the file is read on the read worker
    assert scripted_dialogs.asked[-1][0] == "warn"
    assert "不是 ProjDesk 快照" in parts.sync.message.text()
    assert logical_dump(services.db.path) == before


def test_a_refused_snapshot_line_reads_in_english_and_changes_nothing(
    english: None, qtbot: Any, services: Any, tmp_path: Path, scripted_dialogs: Any
) -> None:
    from tests.e2e.test_snapshot_bad_input import rebuild, set_first

    colleague = Services.open(tmp_path / "colleague.db")
    colleague.opportunities.add("星河科技", "数据平台")
    good = tmp_path / "good.pdsnap"
    SyncService(colleague).export(good)
    colleague.close()
    bad = rebuild(good, tmp_path / "stage-99.pdsnap", set_first("opportunities", "stage", 99))
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    page: SyncPage = parts.sync
    before = logical_dump(services.db.path)
    scripted_dialogs.answer(1)  # the preview: import
    drop(window, bad)
    settle(qtbot, page.runner, 30000)  # read on the read worker, then refused

    assert page.message.text() == (
        "In the snapshot, record 1 of opportunities: stage is out of range "
        "(a whole number from 1 to 10): stage-99.pdsnap"
    )
    assert logical_dump(services.db.path) == before


def test_a_file_that_is_no_snapshot_is_refused_in_english(
    english: None, qtbot: Any, services: Any, tmp_path: Path, scripted_dialogs: Any
) -> None:
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    bad = tmp_path / "坏的.pdsnap"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    drop(window, bad)
    settle(qtbot, parts.sync.runner)
    assert scripted_dialogs.asked[-1] == (
        "warn",
        "Not a ProjDesk snapshot, or the file is damaged: 坏的.pdsnap",
    )
    assert parts.sync.message.text() == "Not a ProjDesk snapshot, or the file is damaged: 坏的.pdsnap"


def test_export_with_passphrase_from_the_toolbar(
    qtbot: Any, services: Any, tmp_path: Path, scripted_dialogs: Any
) -> None:
    services.opportunities.add("机密客户", "机密项目")
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    page: SyncPage = parts.sync

    def choose(dialog: ExportDialog) -> int:
        dialog.encrypt.setChecked(True)
        dialog.passphrase.setText("secret-123")
        dialog.repeat.setText("secret-123")
        assert dialog.check() == ""
        return 1

    target = tmp_path / "out.pdsnap"
    scripted_dialogs.answer(choose, str(target))
    window.ui.actionExportSnapshot.trigger()
    settle(qtbot, page.runner, 30000)
    assert target.exists() and "已导出" in page.message.text()
    zf, manifest = read_manifest(target)
    zf.close()
    assert manifest["encryption"]["kdf"] == "scrypt"
    assert "机密项目".encode() not in target.read_bytes()
    assert page.history_table.item(0, 1).text() == "导出"
    assert "上次导出" in window.status_sync.text()


def test_export_dialog_checks_the_passphrase(qtbot: Any) -> None:
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.encrypt.setChecked(True)
    dialog.passphrase.setText("secret-123")
    dialog.repeat.setText("secret-124")
    assert "不一致" in dialog.check()
    dialog.chosen.setChecked(True)
    dialog.encrypt.setChecked(False)
    assert "商机 ID" in dialog.check()
    dialog.ids.setText("a, b")
    assert dialog.selection("我").ids == ["a", "b"]


def test_conflict_labels_read_in_english_with_english_chosen(
    english: None, qtbot: Any, services: Any, colleague_snapshot: Any
) -> None:
    _, snap = colleague_snapshot
    SyncService(services).import_snapshot(snap)
    window = MainWindow(services.db.path)
    qtbot.addWidget(window)
    page = SyncPage(window, services, Runner(window))
    settle(qtbot, page.runner)  # the lists are read on the read worker
    row = [page.conflict_table.item(0, c).text() for c in range(page.conflict_table.columnCount())]
    assert row[0] == "华东电力有限公司 · 调度系统"
    assert row[1] == "Opportunity · Next step"


def hold_import_inside_its_transaction(
    page: SyncPage, order: list[str]
) -> tuple[threading.Event, threading.Event]:
    """Make the page's import stop once its merge is writing (SQLite's write lock taken) until
    ``release`` is set; ``in_write`` says it got there. "导入完成" goes to ``order`` at its end."""
    in_write, release = threading.Event(), threading.Event()
    original_import = page.sync.import_snapshot

    def held_import(path: Path, passphrase: Any = None, progress: Any = None) -> Any:
        def held(done: int, total: int, stage: str, table: str = "") -> None:
            if stage == "write" and not in_write.is_set():
                in_write.set()
                release.wait(10)
            if progress is not None:
                progress(done, total, stage, table)

        result = original_import(path, passphrase, progress=held)
        order.append("导入完成")
        return result

    page.sync.import_snapshot = held_import  # type: ignore[method-assign]
    return in_write, release


def start_held_import(
    qtbot: Any, page: SyncPage, snap: Path, db_path: Path, order: list[str], scripted_dialogs: Any
) -> threading.Event:
    """Import ``snap`` from the page and return once its merge holds SQLite's write lock (what
    made the old GUI-thread edit wait 5 s and raise); setting the returned event lets it end."""
    in_write, release = hold_import_inside_its_transaction(page, order)
    scripted_dialogs.answer(1)  # the preview: 导入
    assert page.import_file(snap)
    qtbot.waitUntil(in_write.is_set, timeout=10000)  # read, previewed, and now merging
    assert write_lock_taken(db_path)
    return release


def record_calls(service: Any, name: str, order: list[str], label: str) -> None:
    """``label`` goes to ``order`` each time the service method ``name`` has run."""
    original = getattr(service, name)

    def recorded(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        order.append(label)
        return result

    setattr(service, name, recorded)


def write_lock_taken(db_path: Path) -> bool:
    other = sqlite3.connect(db_path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        other.close()


# MUST-SHOW (#12): an edit made while a snapshot import holds the write lock neither raises nor
# blocks the GUI thread; it waits on the one write worker and is applied after the import.
def test_board_move_during_snapshot_import_waits_behind_it_and_applies_after(
    qtbot: Any,
    services: Any,
    db_path: Path,
    colleague_snapshot: Any,
    scripted_dialogs: Any,
) -> None:
    _shared, snap = colleague_snapshot
    mine = services.opportunities.add("本地客户", "本地项目", amount="10万")
    services.prefs.gates_block = False  # the move needs no prompt: this test is about the lock
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    window.show()
    board, page = parts.board, parts.sync
    assert board.runner is page.runner  # one runner, one write worker

    order: list[str] = []
    record_calls(services.opportunities, "move", order, "移动")
    release = start_held_import(qtbot, page, snap, db_path, order, scripted_dialogs)

    started = time.monotonic()
    assert board.move_card(mine, 2)  # neither raises nor waits for the lock
    assert time.monotonic() - started < 0.25
    qtbot.wait(150)  # the event loop keeps turning while the import holds the lock
    assert services.opportunities.summary(mine).stage == 1 and order == []

    release.set()
    settle(qtbot, page.runner, 30000)
    assert order == ["导入完成", "移动"]
    assert services.opportunities.summary(mine).stage == 2
    assert mine in board.models[1].ids()
    assert "已导入 李娜 的快照" in page.message.text()
    assert not [kind for kind, _ in scripted_dialogs.asked if kind in ("warn", "crash")]


# MUST-SHOW (#12), the workspace's way: a step field typed while the import holds the write lock.
def test_workspace_field_edit_during_snapshot_import_waits_behind_it_and_is_saved_after(
    qtbot: Any,
    services: Any,
    db_path: Path,
    colleague_snapshot: Any,
    scripted_dialogs: Any,
) -> None:
    _shared, snap = colleague_snapshot
    mine = services.opportunities.add("本地客户", "本地项目", amount="10万")
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    window.show()
    parts.workspace.open(mine)
    page, workspace = parts.sync, parts.workspace.workspace
    assert workspace.runner is page.runner  # one runner, one write worker
    settle(qtbot, page.runner)

    order: list[str] = []
    record_calls(services.steps, "update", order, "字段")
    release = start_held_import(qtbot, page, snap, db_path, order, scripted_dialogs)

    editor = workspace.step_pane.editors["referrer"]
    editor.input.setText("李明")
    started = time.monotonic()
    workspace.step_pane.save_pending()  # what leaving the field does: neither raises nor waits
    assert time.monotonic() - started < 0.25
    qtbot.wait(150)  # the event loop keeps turning while the import holds the lock
    assert services.steps.get(mine, "A").fields["referrer"] is None and order == []

    release.set()
    settle(qtbot, page.runner, 30000)
    assert order == ["导入完成", "字段"]
    assert services.steps.get(mine, "A").fields["referrer"] == "李明"
    assert editor.input.text() == "李明" and not editor.has_error()
    assert "已导入 李娜 的快照" in page.message.text()
    assert not [kind for kind, _ in scripted_dialogs.asked if kind in ("warn", "crash")]
