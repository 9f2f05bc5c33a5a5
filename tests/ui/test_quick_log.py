"""The quick log (Ctrl+L): today, the current step, Enter saves, the next action moves the card."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from projdesk.ui.app import build_app
from projdesk.ui.common.runner import Runner
from projdesk.ui.quick_log import QuickLogDialog


@pytest.fixture
def opp(services):
    return services.opportunities.add("江南银行", "数据中台", amount="800000", industry="金融")


def test_enter_saves_an_activity_and_the_next_action_becomes_the_cards_next_step(qtbot, services, opp):
    dialog = QuickLogDialog(services, Runner())
    qtbot.addWidget(dialog)
    dialog.open_for(opp)
    assert dialog.date.date().toPython() == dt.date.today()
    assert dialog.step.currentData() == "A"  # the step to work on now
    dialog.type.setCurrentIndex(1)  # 电话
    dialog.content.setPlainText("电话约见信息中心王主任")
    dialog.next_action.setText("周三上门拜访王主任")
    dialog.next_date.setText("+3")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.next_date.line, Qt.Key.Key_Return)
    [activity] = services.activities.list(opportunity_id=opp)
    assert (activity.type, activity.step, activity.content) == ("电话", "A", "电话约见信息中心王主任")
    card = services.opportunities.summary(opp)
    assert card.next_step == "周三上门拜访王主任"
    assert card.next_date == dt.date.today() + dt.timedelta(days=3)
    assert not dialog.isVisible()


def test_empty_content_is_refused_in_place_and_nothing_is_logged(qtbot, services, opp):
    dialog = QuickLogDialog(services, Runner())
    qtbot.addWidget(dialog)
    dialog.open_for(opp)
    qtbot.keyClick(dialog.content, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.runner.busy)  # refused on the write worker, in place
    assert dialog.isVisible() and "内容" in dialog.message.text()
    assert services.activities.list(opportunity_id=opp) == []


def test_ctrl_l_in_the_workspace_logs_for_the_open_opportunity(qtbot, services, opp):
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    parts.workspace.open(opp)
    window.activateWindow()
    parts.workspace.workspace.step_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is parts.workspace.workspace.step_list)
    qtbot.keyClick(parts.workspace.workspace.step_list, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = parts.actions.log_dialog
    assert dialog.isVisible() and dialog.current_opportunity() == opp
    dialog.content.setPlainText("拜访信息中心")
    dialog.next_action.setText("送调研提纲")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.content, Qt.Key.Key_Return)
    assert (
        parts.workspace.workspace.facts.text().count("送调研提纲") == 1
    )  # the workspace header shows the new next step
    assert services.opportunities.summary(opp).next_step == "送调研提纲"


def test_follow_up_shorthands_go_through_the_one_date_parser(qtbot, services):
    dialog = QuickLogDialog(services, Runner())
    qtbot.addWidget(dialog)
    today = dt.date.today()
    for typed, meant in (("明天", today + dt.timedelta(days=1)), ("+7", today + dt.timedelta(days=7))):
        dialog.next_date.setText(typed)
        assert dialog.next_date.value() == meant.isoformat()
    dialog.next_date.setText("下周一")
    assert dt.date.fromisoformat(dialog.next_date.value()).weekday() == 0


def test_a_second_enter_while_the_entry_is_written_adds_no_second_entry(qtbot, services, opp):
    dialog = QuickLogDialog(services, Runner())
    qtbot.addWidget(dialog)
    dialog.open_for(opp)
    dialog.content.setPlainText("电话沟通")
    assert dialog.save()
    assert not dialog.save()  # still being written
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(services.activities.list(opportunity_id=opp)) == 1
