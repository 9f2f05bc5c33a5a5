"""结案 in the GUI: from a card's right-click menu and the workspace header, through the one
runner; and the retrospective a lost deal leaves, offered in step D of the next deal."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QListWidget, QPushButton

from projdesk.storage.dto import Retrospective
from projdesk.ui.close_dialog import CloseDialog
from projdesk.ui.common.runner import Runner
from projdesk.ui.workspace.workspace import OpportunityWorkspace
from tests.ui.conftest import shown_board


@pytest.fixture
def opp(services: Any) -> str:
    opp_id = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000", industry="电力")
    services.people.add_competitor(opp_id, "南瑞集团")
    return opp_id


@pytest.fixture
def workspace(qtbot, services: Any, opp: str) -> OpportunityWorkspace:
    ws = OpportunityWorkspace(services, runner=Runner())
    qtbot.addWidget(ws)
    ws.open(opp)
    return ws


def lose_to_nanrui(dialog: CloseDialog) -> int:
    """Fill the dialog as a salesperson would for a lost deal, then press 结案."""
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("lost"))
    dialog.loss_reason.setCurrentIndex(dialog.loss_reason.findData("价格"))
    dialog.reason.setText("对手低价 15%")
    dialog.winner.setCurrentText("南瑞集团")
    dialog.lessons.setPlainText("电力客户看重本地服务团队")
    dialog.tags.setText("电力, 调度")
    dialog._accept()
    return int(dialog.result())


def test_a_card_closed_as_lost_from_its_right_click_menu(qtbot, services, opp, scripted_dialogs):
    board = shown_board(qtbot, services)
    menu = board.card_menu(opp)
    close = menu.findChild(QAction, "close_lost")  # 结案 › 丢单…
    scripted_dialogs.answer(lose_to_nanrui)
    close.trigger()
    qtbot.waitUntil(lambda: not board.runner.busy, timeout=10000)
    card = services.opportunities.summary(opp)
    assert (card.status, card.probability) == ("lost", 0)
    closed = services.closing.latest(opp)
    assert (closed.reason_code, closed.reason, closed.winner) == ("价格", "对手低价 15%", "南瑞集团")
    assert closed.retrospective.tags == ("电力", "调度")
    assert board.card_menu(opp).findChild(QAction, "reopenCard") is not None


def test_the_dialog_stays_open_until_a_lost_deal_has_its_reason(qtbot, services, opp):
    dialog = CloseDialog(["南瑞集团"], "lost")
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "丢单原因" in dialog.message.text()


def test_won_without_the_contract_refused_from_the_workspace_header(
    qtbot, services, opp, workspace, scripted_dialogs
):
    ws = workspace

    def win(dialog: CloseDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("won"))
        dialog._accept()
        return int(dialog.result())

    scripted_dialogs.answer(win)
    ws.findChild(QPushButton, "closeOpportunity").click()
    qtbot.waitUntil(lambda: not ws.runner.busy, timeout=10000)
    assert services.opportunities.summary(opp).status == "open"
    assert any("合同尚未签定" in text for kind, text in scripted_dialogs.asked if kind == "warn")


def test_hold_then_reopen_from_the_workspace_header(qtbot, services, opp, workspace, scripted_dialogs):
    ws = workspace

    def hold(dialog: CloseDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("on_hold"))
        dialog.reason.setText("客户预算冻结")
        dialog._accept()
        return int(dialog.result())

    scripted_dialogs.answer(hold)
    ws.close_button.click()
    qtbot.waitUntil(lambda: services.opportunities.summary(opp).status == "on_hold", timeout=10000)
    qtbot.waitUntil(lambda: ws.close_button.text() == "重新打开…", timeout=10000)
    assert "客户预算冻结" in ws.facts.text() and "重新评估" in ws.facts.text()
    scripted_dialogs.answer("预算已批")
    ws.close_button.click()
    qtbot.waitUntil(lambda: services.opportunities.summary(opp).status == "open", timeout=10000)
    assert services.closing.latest(opp).reason == "预算已批"


def test_a_lost_deals_retrospective_appears_in_step_d_of_another_deal_of_the_same_industry(
    qtbot, services, opp
):
    retro = Retrospective(lessons="电力客户看重本地服务团队", tags=("电力",))
    services.closing.lose(opp, reason_code="价格", winner="南瑞集团", retrospective=retro)
    other = services.opportunities.add("江苏电力公司", "调度平台二期", industry="电力")
    ws = OpportunityWorkspace(services, runner=Runner())
    qtbot.addWidget(ws)
    ws.open(other)
    ws.step_list.select("D")
    cases = ws.step_pane.findChild(QListWidget, "caseList")
    texts = [cases.item(i).text() for i in range(cases.count())]
    assert len(texts) == 1
    assert "华东电力设计院 / 调度自动化平台" in texts[0] and "电力客户看重本地服务团队" in texts[0]
    assert "南瑞集团" in texts[0]
