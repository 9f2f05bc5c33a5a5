"""An open high risk marks the opportunity's card on the board; closing it takes the mark away."""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import shown_board


def test_open_high_risk_marks_the_card_and_closing_it_removes_the_mark(qtbot: Any, services: Any) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    board = shown_board(qtbot, services)
    plain = board.grab().toImage()
    services.risks.add(opp, "中等风险")  # medium: no mark
    board.refresh([opp])
    assert board.grab().toImage() == plain
    risk = services.risks.add(opp, "竞争对手关系较深", probability="high", impact="high")
    board.refresh([opp])
    assert board.store.get(opp).high_risks == 1
    assert board.grab().toImage() != plain
    services.risks.close(risk, "对手已退出")
    board.refresh([opp])
    assert board.store.get(opp).high_risks == 0
    assert board.grab().toImage() == plain
