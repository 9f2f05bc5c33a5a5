"""The one date editor (ui/common/date_edit.py) in a step field: typed short forms, the
meaning shown while typing, the calendar, and bad input refused with one line."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWidget

from projdesk.ui.common.date_edit import DateEdit
from projdesk.ui.common.runner import Runner
from projdesk.ui.workspace.workspace import OpportunityWorkspace
from tests.ui.conftest import settle


@pytest.fixture
def opp(services):
    return services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000", industry="电力")


@pytest.fixture
def workspace(qtbot, services, opp):
    holder = QWidget()
    qtbot.addWidget(holder)
    ws = OpportunityWorkspace(services, Runner(holder))
    qtbot.addWidget(ws)
    ws.resize(1500, 850)
    ws.show()
    qtbot.waitExposed(ws)
    ws.open(opp)
    return ws


def found_on(workspace) -> DateEdit:
    editor = workspace.step_pane.editors["found_on"].input
    assert isinstance(editor, DateEdit)
    return editor


def test_date_editor_accepts_12_05_in_a_step_field_and_saves_it(qtbot, workspace, services, opp):
    editor = found_on(workspace)
    editor.line.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(editor.line, "12-05")
    workspace.step_pane.editors["referrer"].input.setFocus(Qt.FocusReason.TabFocusReason)
    settle(qtbot, workspace.runner)
    year = dt.date.today().year
    assert services.steps.get(opp, "A").fields["found_on"] == dt.date(year, 12, 5)
    assert editor.text() == f"{year}-12-05"  # what is shown is what was saved


def test_date_editor_shows_the_meaning_with_the_weekday_while_typing(qtbot):
    today = dt.date(2026, 12, 1)  # a Tuesday
    editor = DateEdit(today=lambda: today)
    qtbot.addWidget(editor)
    editor.setText("下周一")
    assert editor.meaning.text() == "= 12月7日 周一"
    editor.setText("+1")
    assert editor.meaning.text() == "= 明天 周三"
    assert editor.value() == "2026-12-02"


def test_date_editor_refuses_unreadable_text_with_one_line_and_saves_nothing(qtbot, workspace, services, opp):
    editor = found_on(workspace)
    editor.setText("下周八")
    assert "发现日期" in editor.meaning.text() and "下周八" in editor.meaning.text()
    assert "\n" not in editor.meaning.text() and not editor.is_valid()
    workspace.step_pane.save_pending()
    settle(qtbot, workspace.runner)
    assert services.steps.get(opp, "A").fields.get("found_on") is None
    assert workspace.step_pane.editors["found_on"].has_error()


def test_date_picked_from_the_calendar_is_saved(qtbot, workspace, services, opp):
    editor = found_on(workspace)
    qtbot.mouseClick(editor.pick, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.popup.isVisible)
    assert editor.calendar.selectedDate() == QDate.currentDate()  # opens on today when empty
    editor.calendar.clicked.emit(QDate(2026, 11, 20))
    assert not editor.popup.isVisible()
    settle(qtbot, workspace.runner)
    assert services.steps.get(opp, "A").fields["found_on"] == dt.date(2026, 11, 20)


def test_record_dialog_date_field_takes_12_slash_5_as_its_iso_date(qtbot):
    from projdesk.storage.services.commercial import parse_payment_changes
    from projdesk.ui.workspace.record_dialog import RecordDialog
    from projdesk.ui.workspace.record_edit import PAYMENT_FORM

    dialog = RecordDialog("修改付款节点", PAYMENT_FORM, {"due_date": "2026-01-15"}, parse_payment_changes)
    qtbot.addWidget(dialog)
    due = dialog.inputs["due_date"]
    assert isinstance(due, DateEdit)
    due.setText("12/5")
    dialog.accept()
    assert dialog.changes() == {"due_date": f"{dt.date.today().year}-12-05"}


def test_on_hold_look_again_refuses_an_unreadable_date_in_the_dialog(qtbot):
    from projdesk.ui.close_dialog import CloseDialog

    dialog = CloseDialog([], "on_hold")
    qtbot.addWidget(dialog)
    dialog.reason.setText("客户预算冻结")
    dialog.look_again.setText("下周八")
    dialog._accept()
    assert "下周八" in dialog.message.text() and dialog.result() == 0
    dialog.look_again.setText("下周一")
    assert dialog.request().look_again is not None and dialog.request().look_again.weekday() == 0


def test_new_opportunity_expected_close_takes_a_short_date(qtbot, services):
    from PySide6.QtWidgets import QDialog

    from projdesk.ui.board.new_opportunity import NewOpportunityDialog

    dialog = NewOpportunityDialog(services, Runner())
    qtbot.addWidget(dialog)
    dialog.customer.setText("烟台供电公司")
    dialog.project.setText("配网监控平台")
    dialog.expected_close.setText("3/31")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    card = services.opportunities.summary(dialog.created_id)
    assert card.expected_sign_date == dt.date(dt.date.today().year, 3, 31)
