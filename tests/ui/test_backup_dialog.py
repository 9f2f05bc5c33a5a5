"""文件 › 备份与恢复…, and the offer of the newest good backup when the database is damaged."""

from __future__ import annotations

import datetime as dt

import pytest

from projdesk.domain.errors import DatabaseDamaged
from projdesk.storage.backups import list_backups, make_backup
from projdesk.ui import backup_dialog
from projdesk.ui.backup_dialog import BackupDialog, install_backups, open_or_recover
from projdesk.ui.main_window import MainWindow
from tests.unit.database_helpers import corrupt_a_page
from tests.unit.database_helpers import opportunity_names as names


@pytest.fixture
def dialog(qtbot, services):
    services.opportunities.add("华东电力设计院", "调度自动化平台")
    shown = BackupDialog(None, services)
    qtbot.addWidget(shown)
    return shown


def finish(qtbot, dialog: BackupDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.runner.busy, timeout=30000)


def test_file_menu_holds_the_backup_entry_that_opens_the_dialog(qtbot, services, scripted_dialogs):
    window = MainWindow(services.db.path)
    qtbot.addWidget(window)
    install_backups(window, services)
    [entry] = [a for a in window.ui.menuFile.actions() if a.objectName() == "actionBackups"]
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert entry.text() == "备份与恢复…"
    entry.trigger()
    assert ("dialog", "BackupDialog") in scripted_dialogs.asked


def test_dialog_lists_backups_newest_first_with_time_reason_and_size(qtbot, services, db_path):
    clock = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    make_backup(db_path, "daily", lambda: clock)
    make_backup(db_path, "before-import", lambda: clock + dt.timedelta(hours=2))
    shown = BackupDialog(None, services)
    qtbot.addWidget(shown)
    rows = [[shown.table.item(r, c).text() for c in range(3)] for r in range(shown.table.rowCount())]
    local = (clock + dt.timedelta(hours=2)).astimezone()
    newest = f"{local.month}月{local.day}日 {local:%H:%M:%S}"
    if local.year != dt.date.today().year:
        newest = f"{local.year}年{newest}"
    assert [r[1] for r in rows] == ["导入前", "每日"]
    assert rows[0][0] == newest and rows[0][2].endswith("KB")


def test_back_up_now_adds_a_manual_backup_to_the_list(qtbot, dialog, db_path):
    dialog.backup_button.click()
    finish(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 1).text() == "手动"
    assert [b.reason for b in list_backups(db_path)] == ["manual"]
    assert "已备份" in dialog.status.text()


def test_restore_needs_a_selection(dialog):
    dialog.refresh()
    assert not dialog.restore_button.isEnabled()


def test_restore_declined_changes_nothing(qtbot, dialog, services, db_path, scripted_dialogs):
    make_backup(db_path, "manual")
    services.opportunities.add("国网浙江", "备份之后的项目")
    dialog.refresh()
    dialog.table.selectRow(0)
    scripted_dialogs.answer(False)
    dialog.restore_selected()
    assert not dialog.runner.busy
    assert "备份之后的项目" in names(db_path)
    assert [b.reason for b in list_backups(db_path)] == ["manual"]


def test_restore_confirmed_replaces_the_database_and_asks_for_a_restart(
    qtbot, dialog, services, db_path, scripted_dialogs
):
    make_backup(db_path, "manual")
    services.opportunities.add("国网浙江", "备份之后的项目")
    dialog.refresh()
    dialog.table.selectRow(0)
    scripted_dialogs.answer(True)
    with qtbot.waitSignal(dialog.restored, timeout=30000):
        dialog.restore_selected()
    assert names(db_path) == ["调度自动化平台"]
    assert any(kind == "inform" and "重新打开" in text for kind, text in scripted_dialogs.asked)
    assert "before-restore" in {b.reason for b in list_backups(db_path)}


def test_restore_in_the_window_closes_it_and_keeps_no_board_cache(qtbot, services, db_path, scripted_dialogs):
    window = MainWindow(services.db.path)
    qtbot.addWidget(window)
    window.show()
    make_backup(db_path, "manual")
    replaced = []
    window.database_replaced.connect(lambda: replaced.append(True))
    shown = BackupDialog(window, services)
    shown.restored.connect(lambda _done: backup_dialog._close_after_restore(window))
    shown.table.selectRow(0)
    scripted_dialogs.answer(True)
    with qtbot.waitSignal(shown.restored, timeout=30000):
        shown.restore_selected()
    assert replaced == [True] and not window.isVisible()


def test_a_failed_restore_is_shown_in_one_line_and_the_dialog_stays(qtbot, dialog, db_path, scripted_dialogs):
    backup = make_backup(db_path, "manual")
    corrupt_a_page(backup)
    dialog.refresh()
    dialog.table.selectRow(0)
    scripted_dialogs.answer(True)
    dialog.restore_selected()
    finish(qtbot, dialog)
    qtbot.waitUntil(lambda: "损坏" in dialog.status.text(), timeout=30000)
    assert "\n" not in dialog.status.text()
    assert names(db_path) == ["调度自动化平台"]


def test_every_backup_reason_reads_in_english(english):
    from projdesk.labels import BACKUP_REASON_TEXTS
    from projdesk.ui.labels import backup_reason_text

    shown = {reason: backup_reason_text(reason) for reason in BACKUP_REASON_TEXTS}
    assert shown["before-import"] == "Before import"
    assert all(text and text != BACKUP_REASON_TEXTS[reason] for reason, text in shown.items()), shown


# -- a damaged database at start --------------------------------------------------------------


def test_damaged_database_at_start_offers_the_newest_good_backup_and_restores_it(
    services, db_path, scripted_dialogs
):
    services.opportunities.add("华东电力设计院", "调度自动化平台")
    make_backup(db_path, "manual")
    services.close()
    corrupt_a_page(db_path)
    scripted_dialogs.answer(True)
    reopened = open_or_recover(db_path)
    try:
        assert [o.name for o in reopened.opportunities.list()] == ["调度自动化平台"]
    finally:
        reopened.close()
    [(kind, text)] = scripted_dialogs.asked
    assert kind == "yes_no" and "损坏" in text and "最新的完好备份" in text
    assert "damaged" in {b.reason for b in list_backups(db_path)}  # the damaged file kept aside


def test_damaged_database_declined_leaves_the_file_as_it_was(services, db_path, scripted_dialogs):
    make_backup(db_path, "manual")
    services.close()
    corrupt_a_page(db_path)
    before = db_path.read_bytes()
    scripted_dialogs.answer(False)
    with pytest.raises(DatabaseDamaged):
        open_or_recover(db_path)
    assert db_path.read_bytes() == before


def test_damaged_database_without_a_good_backup_says_so_plainly(services, db_path, scripted_dialogs):
    services.close()
    corrupt_a_page(db_path)
    with pytest.raises(DatabaseDamaged):
        open_or_recover(db_path)
    [(kind, text)] = scripted_dialogs.asked
    assert kind == "warn" and "没有可用的完好备份" in text


def test_damaged_database_is_not_offered_a_backup_when_no_answer_may_be_awaited(
    services, db_path, scripted_dialogs
):
    make_backup(db_path, "manual")
    services.close()
    corrupt_a_page(db_path)
    with pytest.raises(DatabaseDamaged):
        open_or_recover(db_path, offer=False)
    assert scripted_dialogs.asked == []
