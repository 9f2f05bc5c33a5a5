"""The workspace header and the reminders strip (issue 16): the stage advances from inside an
opportunity with the board's gates and prompt; the reminders start folded to a count."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from projdesk.ui.app import build_app
from projdesk.ui.board.move_prompt import MovePromptDialog
from tests.ui.conftest import settle


@pytest.fixture
def parts(qtbot, services):
    built = build_app(services)
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitExposed(built.window)
    return built


def test_advance_from_the_workspace_moves_the_deal_to_the_next_stage(
    qtbot, parts, services, scripted_dialogs
):
    opp = services.opportunities.add("济南第一中学", "智慧校园一期", amount="120万", industry="教育")
    services.activities.add(opp, type="拜访", content="初次拜访信息中心")  # what stage 1 asks for
    parts.board.refresh([opp])
    settle(qtbot, parts.runner)
    parts.workspace.open(opp)
    workspace = parts.workspace.workspace
    assert workspace.advance_button.isEnabled()
    workspace.advance_button.click()
    settle(qtbot, parts.runner)
    assert scripted_dialogs.asked == []  # stage 1's gate is met: no prompt
    assert services.opportunities.summary(opp).stage == 2
    qtbot.waitUntil(lambda: workspace.stage_path.labels[1].property("state") == "current")
    assert opp in parts.board.models[1].ids()


def test_advance_from_the_workspace_asks_the_gate_prompt_like_a_board_move(
    qtbot, parts, services, scripted_dialogs
):
    opp = services.opportunities.add("青岛港集团", "码头调度系统", amount="300万", stage_number=2)
    parts.board.refresh([opp])
    settle(qtbot, parts.runner)
    asked: list[str] = []

    def override(dialog: MovePromptDialog) -> int:
        asked.append(dialog.rules.text())
        dialog.reason_edit.setText("客户领导已口头确认预算")
        dialog.override_button.click()
        return dialog.result()

    scripted_dialogs.answer(override)
    parts.workspace.open(opp)
    parts.workspace.workspace.advance_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    settle(qtbot, parts.runner)
    assert "预算" in asked[0]
    assert services.opportunities.summary(opp).stage == 3


def test_advance_is_off_for_a_closed_deal_and_at_the_last_stage(qtbot, parts, services):
    last = services.opportunities.add("潍坊银行", "核心系统改造", stage_number=10)
    parts.board.refresh([last])
    settle(qtbot, parts.runner)
    parts.workspace.open(last)
    assert not parts.workspace.workspace.advance_button.isEnabled()


def test_cancelling_the_prompt_opened_from_the_workspace_leaves_the_stage(
    qtbot, parts, services, scripted_dialogs
):
    opp = services.opportunities.add("青岛港集团", "码头调度系统", stage_number=2)
    parts.board.refresh([opp])
    settle(qtbot, parts.runner)
    scripted_dialogs.answer(QDialog.DialogCode.Rejected)
    parts.workspace.open(opp)
    parts.workspace.workspace.advance_button.click()
    qtbot.waitUntil(lambda: any(kind == "dialog" for kind, _ in scripted_dialogs.asked), timeout=10000)
    settle(qtbot, parts.runner)
    assert services.opportunities.summary(opp).stage == 2


def test_reminders_start_folded_to_a_count_and_unfold_on_ctrl_r(qtbot, services):
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    yesterday = dt.date.today() - dt.timedelta(days=1)
    services.opportunities.update(opp, {"next_step": "回访信息中心", "next_date": yesterday.isoformat()})
    built = build_app(services)
    window = built.window
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    panel = built.actions.reminders
    qtbot.waitUntil(lambda: panel.reminders is not None and panel.isVisible())
    qtbot.waitUntil(lambda: panel.height() < window.height() // 8)  # a strip, not a third
    assert not panel.expanded() and not panel.body.isVisible()
    assert panel.toggle.text() == f"提醒（{panel.reminders.count}）"
    window.ui.actionReminders.trigger()
    qtbot.waitUntil(panel.body.isVisible)
    assert panel.expanded()
    assert any("回访信息中心" in line for line in panel.texts())
    panel.toggle.click()
    assert not panel.body.isVisible()
