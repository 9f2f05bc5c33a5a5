"""The risk register (风险管理): add, list, update, close; levels; the weekly summary's 风险与问题."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from projdesk.domain.errors import InvalidInput
from projdesk.domain.registers import parse_risk_lines, risk_level
from projdesk.storage.services.reports import Week, weekly_rows


@pytest.fixture
def opp(services: Any) -> str:
    opp_id: str = services.opportunities.add("华东电力设计院", "调度平台", amount="500000", owner="张伟")
    return opp_id


def test_new_risk_is_open_owned_by_the_opportunity_owner_and_listed(services: Any, opp: str) -> None:
    risk_id = services.risks.add(
        opp, "竞争对手报价低 20%", probability="高", impact="high", response="强调服务", due_date="2026-12-20"
    )
    [risk] = services.risks.list(opp)
    assert risk.id == risk_id
    assert (risk.status, risk.owner, risk.level, risk.open_high) == ("open", "张伟", "high", True)
    assert risk.due_date == dt.date(2026, 12, 20) and risk.response == "强调服务"


def test_risk_level_follows_probability_times_impact() -> None:
    assert risk_level("high", "medium") == "high"
    assert risk_level("high", "low") == "medium"
    assert risk_level("medium", "medium") == "medium"
    assert risk_level("low", "medium") == "low"


def test_risk_without_description_is_refused_and_nothing_written(services: Any, opp: str) -> None:
    with pytest.raises(InvalidInput, match="风险描述不能为空"):
        services.risks.add(opp, "   ")
    assert services.risks.list(opp) == []


def test_risk_level_outside_high_medium_low_is_refused(services: Any, opp: str) -> None:
    with pytest.raises(InvalidInput, match="可能性只能是 高/中/低"):
        services.risks.add(opp, "预算压缩", probability="很高")
    assert services.risks.list(opp) == []


def test_risk_description_with_a_control_character_is_refused(services: Any, opp: str) -> None:
    with pytest.raises(InvalidInput):
        services.risks.add(opp, "预算\x00压缩")
    assert services.risks.list(opp) == []


def test_updating_a_risk_changes_its_fields_and_keeps_history(services: Any, opp: str) -> None:
    risk_id = services.risks.add(opp, "招标时间不确定")
    changed = services.risks.update(risk_id, {"impact": "高", "probability": "高", "owner": "李娜"})
    assert set(changed) == {"impact", "probability", "owner"}
    risk = services.risks.get(risk_id)
    assert (risk.level, risk.owner) == ("high", "李娜")
    fields = {h.field for h in services.history.of(opp) if h.entity == "risks"}
    assert {"*", "impact", "probability", "owner"} <= fields


def test_updating_an_unknown_risk_field_is_refused(services: Any, opp: str) -> None:
    risk_id = services.risks.add(opp, "招标时间不确定")
    with pytest.raises(InvalidInput, match="风险没有字段“status”"):
        services.risks.update(risk_id, {"status": "closed"})


def test_closing_a_risk_needs_a_note(services: Any, opp: str) -> None:
    risk_id = services.risks.add(opp, "客户领导可能调整")
    with pytest.raises(InvalidInput, match="关闭风险需要写明处理结果"):
        services.risks.close(risk_id, " ")
    assert services.risks.get(risk_id).status == "open"


def test_closed_risk_keeps_its_note_and_leaves_the_open_list(services: Any, opp: str) -> None:
    risk_id = services.risks.add(opp, "客户领导可能调整", probability="high", impact="high")
    services.risks.close(risk_id, "新领导已表态支持", on="2026-12-02")
    risk = services.risks.get(risk_id)
    assert (risk.status, risk.close_note, risk.closed_on) == (
        "closed",
        "新领导已表态支持",
        dt.date(2026, 12, 2),
    )
    assert not risk.open_high
    assert services.risks.list(opp, include_closed=False) == []
    with pytest.raises(InvalidInput, match="风险已关闭"):
        services.risks.update(risk_id, {"response": "再跟进"})


def test_risks_list_open_high_first(services: Any, opp: str) -> None:
    services.risks.add(opp, "低风险", probability="low", impact="low")
    services.risks.add(opp, "高风险", probability="high", impact="high")
    closed = services.risks.add(opp, "已处理", probability="high", impact="high")
    services.risks.close(closed, "已解决")
    assert [r.description for r in services.risks.list(opp)] == ["高风险", "低风险", "已处理"]


def test_open_risks_feed_the_weekly_summarys_risks_and_problems(services: Any, opp: str) -> None:
    services.opportunities.move(opp, 3, force=True, reason="测试：周报从阶段 3 起")
    services.risks.add(opp, "预算可能压缩", probability="medium", impact="medium")
    services.risks.add(opp, "竞争对手关系较深\n客户倾向对手", probability="high", impact="high")
    closed = services.risks.add(opp, "已经解决的事", probability="high", impact="high")
    services.risks.close(closed, "已解决")
    [row] = [r for r in weekly_rows(services, Week.of(dt.date.today())).rows if r.opportunity_id == opp]
    assert row.risks.splitlines() == ["【高】竞争对手关系较深 客户倾向对手", "【中】预算可能压缩"]
    assert row.high_risks == 1


def test_weekly_risk_lines_read_back_as_level_and_description() -> None:
    assert parse_risk_lines("【高】竞争对手低价\n\n预算压缩\n【低】 小事") == [
        ("high", "竞争对手低价"),
        ("medium", "预算压缩"),
        ("low", "小事"),
    ]


def test_risk_opportunity_card_counts_open_high_risks(services: Any, opp: str) -> None:
    services.risks.add(opp, "中风险")
    assert services.opportunities.summary(opp).high_risks == 0
    services.risks.add(opp, "高风险", probability="high", impact="high")
    assert services.opportunities.summary(opp).high_risks == 1
