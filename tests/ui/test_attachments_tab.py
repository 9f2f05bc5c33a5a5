"""The workspace's 附件 tab: add through the file dialog or by dropping a file from the desktop,
open, save a copy, delete and undo, all on the one runner; the step pane names its step's files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from projdesk.ui.common.runner import Runner
from projdesk.ui.workspace import attachments_tab
from projdesk.ui.workspace.workspace import TABS, OpportunityWorkspace
from tests.ui.conftest import DialogScript, settle

TENDER = b"%PDF-1.7 tender " * 4000


@pytest.fixture
def opp(services: Any) -> str:
    opp_id: str = services.opportunities.add("华东电力有限公司", "调度自动化系统", amount="800000")
    return opp_id


@pytest.fixture
def tender(tmp_path: Path) -> Path:
    path = tmp_path / "招标文件.pdf"
    path.write_bytes(TENDER)
    return path


def open_workspace(
    qtbot: Any, services: Any, opp: str, letter: str | None = None
) -> tuple[OpportunityWorkspace, Runner]:
    runner = Runner()
    ws = OpportunityWorkspace(services, runner)
    qtbot.addWidget(ws)
    ws.resize(1500, 900)
    ws.show()
    qtbot.waitExposed(ws)
    ws.open(opp, letter)
    ws.show_tab("attachments")
    return ws, runner


def cells(table: Any) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def file_drag(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_a_file_dropped_from_the_desktop_onto_the_tab_is_attached(
    qtbot: Any, services: Any, opp: str, tender: Path
) -> None:
    ws, runner = open_workspace(qtbot, services, opp)
    tab = ws.attachments
    mime = file_drag(tender)
    point = QPointF(tab.width() / 2, tab.height() / 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        point.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(tab, drop)
    settle(qtbot, runner)

    assert drop.isAccepted()
    [attached] = services.attachments.list(opp)
    assert (
        attached.file_name == "招标文件.pdf" and services.attachments.path(attached.id).read_bytes() == TENDER
    )
    assert cells(tab.table) == [
        ["招标文件.pdf", "62.5 KB", "—", "", cells(tab.table)[0][4], attached.added_by]
    ]
    assert ws.tabs.tabText(TABS.index("attachments")) == "附件 (1)"
    assert "已附加：招标文件.pdf" in tab.message.text()


def test_a_drag_of_no_local_file_is_refused(qtbot: Any, services: Any, opp: str, tmp_path: Path) -> None:
    ws, _ = open_workspace(qtbot, services, opp)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.com/tender.pdf"), QUrl.fromLocalFile(str(tmp_path))])  # a folder
    enter = QDragEnterEvent(
        ws.attachments.rect().center(), Qt.DropAction.CopyAction, mime,
        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(ws.attachments, enter)
    assert not enter.isAccepted()


def test_a_file_chosen_in_the_dialog_is_attached_to_the_chosen_step_with_its_note(
    qtbot: Any, services: Any, opp: str, tender: Path, scripted_dialogs: DialogScript
) -> None:
    ws, runner = open_workspace(qtbot, services, opp)
    tab = ws.attachments
    tab.select_step("Q")
    tab.note.setText("第二版")
    scripted_dialogs.answer(str(tender))
    tab.add_button.click()
    settle(qtbot, runner)

    [attached] = services.attachments.list(opp)
    assert (attached.step, attached.note) == ("Q", "第二版")
    assert cells(tab.table)[0][2:4] == ["Q", "第二版"] and tab.note.text() == ""


def test_buttons_wait_for_a_selection_and_open_shows_a_copy_named_as_the_file(
    qtbot: Any, services: Any, opp: str, tender: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.attachments.add(opp, tender)
    opened: list[str] = []
    monkeypatch.setattr(
        attachments_tab.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    ws, _ = open_workspace(qtbot, services, opp)
    tab = ws.attachments
    assert not (tab.open_button.isEnabled() or tab.save_button.isEnabled() or tab.delete_button.isEnabled())

    tab.table.selectRow(0)
    tab.open_button.click()

    assert tab.open_button.isEnabled() and tab.delete_button.isEnabled()
    [path] = opened
    assert Path(path).name == "招标文件.pdf" and Path(path).read_bytes() == TENDER


def test_save_as_writes_a_copy_where_the_user_chose(
    qtbot: Any, services: Any, opp: str, tender: Path, tmp_path: Path, scripted_dialogs: DialogScript
) -> None:
    services.attachments.add(opp, tender)
    ws, runner = open_workspace(qtbot, services, opp)
    target = tmp_path / "out" / "给客户的招标文件.pdf"
    scripted_dialogs.answer(str(target))
    ws.attachments.table.selectRow(0)
    ws.attachments.save_button.click()
    settle(qtbot, runner)

    assert target.read_bytes() == TENDER
    assert scripted_dialogs.asked == [("save", "附件另存为")]


def test_delete_and_undo_bring_the_attachment_back(qtbot: Any, services: Any, opp: str, tender: Path) -> None:
    att = services.attachments.add(opp, tender)
    ws, runner = open_workspace(qtbot, services, opp)
    tab = ws.attachments
    tab.table.selectRow(0)

    tab.delete_button.click()
    settle(qtbot, runner)
    assert services.attachments.list(opp) == [] and tab.table.rowCount() == 0
    assert tab.undo_button.isVisible() and "Ctrl+Z" in tab.message.text()

    tab.undo_button.click()
    settle(qtbot, runner)
    assert [a.id for a in services.attachments.list(opp)] == [att]
    assert cells(tab.table)[0][0] == "招标文件.pdf" and not tab.undo_button.isVisible()
    assert services.attachments.path(att).read_bytes() == TENDER


def test_an_attachment_not_sent_with_a_snapshot_says_who_has_it(
    qtbot: Any, services: Any, opp: str, tender: Path
) -> None:
    att = services.attachments.add(opp, tender)
    services.attachments.path(att).unlink()  # as on a colleague's laptop: the description only
    ws, _ = open_workspace(qtbot, services, opp)
    tab = ws.attachments
    tab.table.selectRow(0)
    who = services.attachments.get(att).added_by
    assert cells(tab.table)[0][3] == f"未随快照传送（{who} 处有）"
    assert not tab.open_button.isEnabled() and tab.delete_button.isEnabled()


def shown_in_step_pane(qtbot: Any, ws: OpportunityWorkspace, kind: type, name: str) -> Any:
    """The step pane's widget of that name once it shows (a rebuilt pane shows its widgets on
    the next event-loop turn; the replaced ones are hidden, then deleted)."""

    def shown() -> list[Any]:
        return [w for w in ws.step_pane.findChildren(kind, name) if w.isVisibleTo(ws)]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def step_attachments(qtbot: Any, ws: OpportunityWorkspace) -> str:
    return str(shown_in_step_pane(qtbot, ws, attachments_tab.QLabel, "stepAttachments").text())


def test_the_step_pane_names_its_steps_attachments_and_adds_one(
    qtbot: Any, services: Any, opp: str, tender: Path, tmp_path: Path, scripted_dialogs: DialogScript
) -> None:
    services.attachments.add(opp, tender, step="Q")
    ws, runner = open_workspace(qtbot, services, opp, "Q")
    assert step_attachments(qtbot, ws) == "本步附件：招标文件.pdf"
    card = tmp_path / "名片.jpg"
    card.write_bytes(b"\xff\xd8 card")
    scripted_dialogs.answer(str(card))

    [button] = [
        b for b in ws.step_pane.findChildren(attachments_tab.QPushButton, "stepAttach") if b.isVisibleTo(ws)
    ]
    button.click()
    settle(qtbot, runner)

    assert {(a.file_name, a.step) for a in services.attachments.list(opp)} == {
        ("招标文件.pdf", "Q"),
        ("名片.jpg", "Q"),
    }
    assert ws.tabs.currentWidget().isAncestorOf(ws.attachments)  # the tab scrolls: its page holds the list
    qtbot.waitUntil(lambda: "名片.jpg" in step_attachments(qtbot, ws))


def test_an_import_in_the_sync_page_names_the_attachments_not_sent_and_fills_the_tab(
    qtbot: Any, services: Any, tmp_path: Path, tender: Path, scripted_dialogs: DialogScript
) -> None:
    from projdesk.storage.services import Services
    from projdesk.sync.service import SyncService
    from projdesk.ui.app import build_app

    colleague = Services.open(tmp_path / "colleague.db")
    colleague.ctx.prefs.user_name = "李娜"
    opp = colleague.opportunities.add("华东电力有限公司", "调度自动化系统")
    colleague.attachments.add(opp, tender, note="招标文件")
    colleague.ctx.prefs.snapshot_file_limit_mb = 0  # the tender is over her limit
    snap = tmp_path / "李娜.pdsnap"
    SyncService(colleague).export(snap)
    colleague.close()
    parts = build_app(services)
    qtbot.addWidget(parts.window)
    parts.window.show()
    scripted_dialogs.answer(1)  # the preview: 导入

    parts.sync.import_file(snap)
    settle(qtbot, parts.runner, 30000)

    assert "1 个附件未随快照传送（在 李娜 处）" in parts.sync.message.text()
    parts.workspace.open(opp)
    parts.workspace.show_tab("attachments")
    tab = parts.workspace.workspace.attachments
    assert cells(tab.table)[0][0] == "招标文件.pdf" and cells(tab.table)[0][3] == "未随快照传送（李娜 处有）"


def test_the_snapshot_limits_for_attachments_are_set_in_the_settings_dialog(
    qtbot: Any, services: Any, scripted_dialogs: DialogScript
) -> None:
    from projdesk.ui.app import build_app

    parts = build_app(services)
    qtbot.addWidget(parts.window)

    def fill(dialog: Any) -> int:
        assert (dialog.file_limit.value(), dialog.files_limit.value()) == (20, 200)  # the defaults
        assert dialog.file_limit.maximum() == 512
        dialog.file_limit.setValue(50)
        dialog.files_limit.setValue(1000)
        dialog.save()
        return int(dialog.result())

    scripted_dialogs.answer(fill)
    parts.window.ui.actionSettings.trigger()

    assert (services.prefs.snapshot_file_limit_mb, services.prefs.snapshot_files_limit_mb) == (50, 1000)


def test_the_note_is_changed_from_the_tab(
    qtbot: Any, services: Any, opp: str, tender: Path, scripted_dialogs: DialogScript
) -> None:
    att = services.attachments.add(opp, tender, note="第一版")
    ws, runner = open_workspace(qtbot, services, opp)
    ws.attachments.table.selectRow(0)
    scripted_dialogs.answer("第二版，已盖章")

    ws.attachments.note_button.click()
    settle(qtbot, runner)

    assert services.attachments.get(att).note == "第二版，已盖章"
    assert cells(ws.attachments.table)[0][3] == "第二版，已盖章"
