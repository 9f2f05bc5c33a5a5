"""The workspace's 风险 and 变更 tabs: add, edit, close and decide through the one runner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from projdesk.ui.common.runner import Runner
from projdesk.ui.workspace.workspace import TABS, OpportunityWorkspace
from tests.unit.snapshot_helpers import new_device, template_db


@pytest.fixture
def opp(services: Any) -> str:
    opp_id: str = services.opportunities.add("青岛港集团", "码头数据中台", amount="800000", owner="张伟")
    services.commercial.save_contract(opp_id, {"amount": "800000", "signed_date": "2026-11-20"})
    return opp_id


def open_workspace(qtbot: Any, services: Any, opp: str) -> OpportunityWorkspace:
    runner = Runner()
    ws = OpportunityWorkspace(services, runner)
    qtbot.addWidget(ws)
    ws.resize(1500, 900)
    ws.show()
    qtbot.waitExposed(ws)
    ws.open(opp)
    return ws


def cells(table: Any) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_risk_added_in_the_risks_tab_is_stored_and_listed(qtbot: Any, services: Any, opp: str) -> None:
    ws = open_workspace(qtbot, services, opp)
    ws.show_tab("risks")
    tab = ws.risks
    tab.description.setText("竞争对手与客户领导关系较深")
    tab.probability.setCurrentIndex(tab.probability.findData("high"))
    tab.impact.setCurrentIndex(tab.impact.findData("high"))
    tab.response.setText("请公司领导拜访")
    tab.add_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    [risk] = services.risks.list(opp)
    assert (risk.description, risk.level, risk.owner) == ("竞争对手与客户领导关系较深", "high", "张伟")
    assert cells(tab.table)[0][:2] == ["高", "竞争对手与客户领导关系较深"]
    assert tab.table.item(0, 0).foreground().color().name() == "#b3261e"  # an open high risk in red
    assert "高风险 1 条" in tab.summary.text() and "高风险 1 条" in ws.facts.text()
    assert tab.description.text() == ""  # the form is ready for the next one


def test_risk_without_description_is_refused_in_the_tab_line(qtbot: Any, services: Any, opp: str) -> None:
    ws = open_workspace(qtbot, services, opp)
    ws.show_tab("risks")
    ws.risks.add_button.click()
    qtbot.waitUntil(lambda: ws.risks.message.isVisible())
    assert "风险描述不能为空" in ws.risks.message.text()
    assert services.risks.list(opp) == []


def test_risk_edited_and_closed_in_the_tab(qtbot: Any, services: Any, opp: str) -> None:
    services.risks.add(opp, "招标时间不确定")
    ws = open_workspace(qtbot, services, opp)
    tab = ws.risks
    tab.table.selectRow(0)
    assert tab.description.text() == "招标时间不确定"  # selecting fills the form
    tab.impact.setCurrentIndex(tab.impact.findData("high"))
    tab.save_button.click()
    qtbot.waitUntil(lambda: services.risks.list(opp)[0].impact == "high")
    tab.table.selectRow(0)
    tab.close_button.click()  # no note yet
    qtbot.waitUntil(lambda: "处理结果" in tab.message.text())
    assert services.risks.list(opp)[0].status == "open"
    tab.close_note.setText("已确认招标时间")
    tab.close_button.click()
    qtbot.waitUntil(lambda: services.risks.list(opp)[0].status == "closed")
    qtbot.waitUntil(lambda: cells(tab.table)[0][7] == "已关闭")


def test_change_requested_assessed_and_approved_amends_the_contract_in_the_gui(
    qtbot: Any, services: Any, opp: str, scripted_dialogs: Any
) -> None:
    ws = open_workspace(qtbot, services, opp)
    ws.show_tab("changes")
    tab = ws.changes
    tab.reason.setText("增加堆场接口")
    tab.impact.setText("工期延长两周")
    tab.request_button.click()
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    tab.table.selectRow(0)
    tab.cost.setText("50000")
    tab.days.setText("14")
    tab.assess_button.click()
    qtbot.waitUntil(lambda: services.changes.list(opp)[0].status == "assessed")
    qtbot.waitUntil(lambda: cells(tab.table)[0][3] == "已评估")
    tab.table.selectRow(0)
    scripted_dialogs.answer(True)
    tab.approve_button.click()
    qtbot.waitUntil(lambda: services.changes.list(opp)[0].status == "approved")
    assert "800,000.00" in scripted_dialogs.asked[-1][1] and "850,000.00" in scripted_dialogs.asked[-1][1]
    qtbot.waitUntil(lambda: "850,000.00" in tab.amounts.text())
    assert cells(ws.contract.changes)[0][3] == "已批准"  # listed in the contract tab too
    assert "850,000.00" in ws.contract.change_amounts.text()


def test_declining_the_confirmation_leaves_the_change_undecided(
    qtbot: Any, services: Any, opp: str, scripted_dialogs: Any
) -> None:
    change = services.changes.add(opp, "增加堆场接口")
    services.changes.assess(change, cost="50000")
    ws = open_workspace(qtbot, services, opp)
    ws.changes.table.selectRow(0)
    scripted_dialogs.answer(False)
    ws.changes.approve_button.click()
    qtbot.wait(100)
    assert services.changes.get(change).status == "assessed"


def test_change_before_the_contract_is_refused_in_the_tab_line(qtbot: Any, services: Any) -> None:
    bare = services.opportunities.add("甲公司", "项目")
    ws = open_workspace(qtbot, services, bare)
    ws.show_tab("changes")
    ws.changes.reason.setText("增加模块")
    ws.changes.request_button.click()
    qtbot.waitUntil(lambda: ws.changes.message.isVisible())
    assert "合同签订后" in ws.changes.message.text()
    assert services.changes.list(bare) == []


def test_risks_and_changes_from_a_colleagues_snapshot_show_in_the_workspace(
    qtbot: Any, tmp_path: Path
) -> None:
    a, sync_a = new_device(tmp_path / "a", "a", "张伟", template_db())
    b, sync_b = new_device(tmp_path / "b", "b", "李娜", template_db())
    try:
        opp = a.opportunities.add("华东电力有限公司", "调度系统", amount="800000")
        a.commercial.save_contract(opp, {"amount": "800000", "signed_date": "2026-11-20"})
        a.risks.add(opp, "接口文档不全", probability="high", impact="high")
        change = a.changes.add(opp, "增加堆场接口")
        a.changes.assess(change, cost="-20000")
        a.changes.decide(change, "approved")
        sync_a.export(tmp_path / "a.pdsnap")
        sync_b.import_snapshot(tmp_path / "a.pdsnap")
        ws = open_workspace(qtbot, b, opp)
        assert cells(ws.risks.table)[0][:2] == ["高", "接口文档不全"]
        assert cells(ws.changes.table)[0][:5] == ["#1", "增加堆场接口", "", "已批准", "-¥20,000.00"]
        assert "780,000.00" in ws.changes.amounts.text()
    finally:
        a.close()
        b.close()


def test_workspace_tabs_include_risks_and_changes(qtbot: Any, services: Any, opp: str) -> None:
    ws = open_workspace(qtbot, services, opp)
    assert ws.tabs.tabText(TABS.index("risks")) == "风险"
    assert ws.tabs.tabText(TABS.index("changes")) == "变更"
