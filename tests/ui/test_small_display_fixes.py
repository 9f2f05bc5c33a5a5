"""Small things a salesperson tripped over (#16): an undo line following into another
opportunity, a stale user name, buttons with nothing chosen, a checklist that looked tickable,
an empty weekly report on first use."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from projdesk.ui.app import build_app
from projdesk.ui.common.runner import Runner
from projdesk.ui.pages.reports import ReportsPage
from projdesk.ui.workspace.workspace import OpportunityWorkspace
from tests.ui.conftest import settle


@pytest.fixture
def window(qtbot: Any, services: Any) -> Any:
    parts = build_app(services)
    qtbot.addWidget(parts.window)
    parts.window.resize(1500, 850)
    parts.window.show()
    qtbot.waitExposed(parts.window)
    return parts


@pytest.fixture
def workspace(qtbot: Any, services: Any) -> OpportunityWorkspace:
    holder = QWidget()
    qtbot.addWidget(holder)
    ws = OpportunityWorkspace(services, Runner(holder))
    qtbot.addWidget(ws)
    ws.resize(1500, 850)
    ws.show()
    qtbot.waitExposed(ws)
    return ws


def test_undo_message_does_not_follow_into_another_opportunitys_history(
    qtbot: Any, workspace: OpportunityWorkspace, services: Any
) -> None:
    first = services.opportunities.add("华东电力设计院", "调度自动化平台")
    second = services.opportunities.add("青岛港集团", "码头数据中台")
    services.opportunities.update(first, {"next_step": "递交方案"})
    workspace.open(first)
    workspace.undo()
    settle(qtbot, workspace.runner)
    assert workspace.history.message.text() == "已撤销 1 处修改"
    workspace.open(second)
    assert workspace.history.message.isHidden() and workspace.history.message.text() == ""


def test_undo_finishing_after_another_opportunity_opened_says_nothing_there(
    qtbot: Any, workspace: OpportunityWorkspace, services: Any
) -> None:
    first = services.opportunities.add("华东电力设计院", "调度自动化平台")
    second = services.opportunities.add("青岛港集团", "码头数据中台")
    services.opportunities.update(first, {"next_step": "递交方案"})
    workspace.open(first)
    workspace.undo()  # queued on the write worker
    workspace.open(second)  # before it is done
    settle(qtbot, workspace.runner)
    assert workspace.opp_id == second and workspace.history.message.isHidden()
    assert services.opportunities.summary(first).next_step == ""  # the undo itself was done


def test_reminders_show_the_new_user_name_after_a_rename(qtbot: Any, window: Any, services: Any) -> None:
    panel = window.actions.reminders
    assert "张伟" in panel.mine_only.text()
    services.prefs.user_name = "王芳"  # what 设置 → 我的姓名 writes
    window.actions.reload_reminders()  # what saving the settings does
    settle(qtbot, window.runner)
    assert panel.mine_only.text() == "只看我的（王芳）"


def test_customer_page_buttons_disabled_with_nothing_selected(window: Any, services: Any) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    page = window.customers
    page.refresh()
    assert page.customer is None
    assert [b.isEnabled() for b in page.customer_buttons] == [False] * 5
    page.show_customer(services.opportunities.summary(opp).customer_id)
    assert [b.isEnabled() for b in page.customer_buttons] == [True] * 5


def test_step_checklist_is_a_plain_list_with_required_fields_met_or_not(
    qtbot: Any, workspace: OpportunityWorkspace, services: Any
) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    workspace.open(opp, "B")  # 预约拜访: 联系人 and 预约结果 required
    text = workspace.step_pane.guidance.text()
    assert "☐" not in text
    assert "· 记录预约结果" in text  # the method's advice, nothing to tick
    assert "· 联系人" in text and "· 预约结果" in text  # required, not filled in yet
    editor = workspace.step_pane.editors["contact_person"]
    editor.input.setText("王主任")
    workspace.step_pane.save_pending()
    settle(qtbot, workspace.runner)
    text = workspace.step_pane.guidance.text()
    assert "✓ 联系人" in text and "· 预约结果" in text


def test_weekly_report_shows_everyone_with_a_note_when_the_user_owns_nothing(
    qtbot: Any, services: Any
) -> None:
    services.opportunities.add("青岛港集团", "码头数据中台", owner="李娜", stage_number=3)
    page = ReportsPage(services, Runner())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.reading and page.report is not None, timeout=10000)
    assert page.scope_box.currentData() == "mine" and page.model.rowCount() == 1
    assert page.summary.text().startswith("“张伟”名下还没有进行中的商机，这里显示全部商机")
    services.opportunities.add("华东电力设计院", "调度自动化平台", stage_number=3)  # 张伟's own
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading and page.report.owner == "张伟", timeout=10000)
    assert page.model.rowCount() == 1 and "名下还没有" not in page.summary.text()
