"""Closing a deal: won needs the signed contract, lost asks why and who won, on hold asks when to
look again, reopening asks why; retrospectives become the cases step D offers."""

from __future__ import annotations

import datetime as dt

import pytest

from projdesk.domain.errors import InvalidInput, RuleRefused
from projdesk.storage.dto import Retrospective
from tests.method_helpers import carry_to_stage, sign_contract

RETRO = Retrospective(
    worked="早期拿到了信息中心的支持",
    not_worked="报价偏高，未及时回应竞品的低价策略",
    lessons="电力行业客户更看重本地化服务团队",
    tags=("电力", "调度"),
)


@pytest.fixture
def opp(services):
    return services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000", industry="电力")


def test_won_without_a_signed_contract_is_refused(services, opp):
    with pytest.raises(RuleRefused) as refused:
        services.closing.win(opp)
    assert [r.code for r in refused.value.rules] == ["contract_signed"]
    assert services.opportunities.summary(opp).status == "open"
    assert services.closing.latest(opp) is None


def test_won_with_the_contract_signed_sets_status_and_probability(services, opp):
    sign_contract(services, opp)
    closed = services.closing.win(opp, retrospective=RETRO)
    card = services.opportunities.summary(opp)
    assert (card.status, card.probability, closed.overridden) == ("won", 100, [])
    close = services.opportunities.detail(opp).close
    assert close is not None and close.outcome == "won" and close.retrospective == RETRO


def test_won_override_needs_a_reason_and_is_logged_with_the_rules_it_passed(services, opp):
    with pytest.raises(InvalidInput):
        services.closing.win(opp, force=True)
    closed = services.closing.win(opp, force=True, reason="客户已盖章，纸质合同在途")
    assert closed.overridden == ["合同尚未签定（步骤 W 合同签定）"]
    [entry] = [h for h in services.history.of(opp) if h.field == "status"]
    assert entry.kind == "override" and "客户已盖章" in entry.reason and "合同尚未签定" in entry.reason
    close = services.closing.latest(opp)
    assert close is not None and "合同尚未签定" in close.overridden


def test_lost_without_a_reason_is_refused(services, opp):
    with pytest.raises(RuleRefused, match="丢单需要说明原因"):
        services.closing.lose(opp, reason_code="", winner="南瑞")
    with pytest.raises(InvalidInput):
        services.closing.lose(opp, reason_code="运气不好")
    assert services.opportunities.summary(opp).status == "open"


def test_lost_records_reason_and_winner_and_sets_probability_0(services, opp):
    services.people.add_competitor(opp, "南瑞集团")
    services.closing.lose(
        opp, reason_code="价格", reason="对手报价低 15%", winner="南瑞集团", retrospective=RETRO
    )
    card = services.opportunities.summary(opp)
    assert (card.status, card.probability) == ("lost", 0)
    close = services.opportunities.detail(opp).close
    assert close is not None
    assert (close.outcome, close.reason_code, close.reason, close.winner) == (
        "lost",
        "价格",
        "对手报价低 15%",
        "南瑞集团",
    )
    assert [c.name for c in services.opportunities.detail(opp).competitors] == ["南瑞集团"]


def test_lost_to_a_new_name_adds_it_to_the_competitors(services, opp):
    services.closing.lose(opp, reason_code="客户关系", winner="许继电气")
    assert [c.name for c in services.opportunities.detail(opp).competitors] == ["许继电气"]


def test_a_closed_deal_is_reopened_before_it_is_closed_again(services, opp):
    services.closing.lose(opp, reason_code="价格")
    with pytest.raises(InvalidInput):
        services.closing.lose(opp, reason_code="价格")
    with pytest.raises(RuleRefused, match="重新打开需要说明原因"):
        services.closing.reopen(opp, reason="")
    services.closing.reopen(opp, reason="客户重新招标")
    card = services.opportunities.summary(opp)
    assert card.status == "open" and card.probability == 5  # the stage's default again
    assert services.closing.latest(opp).reason == "客户重新招标"


def test_on_hold_asks_for_a_reason_and_a_date_that_becomes_a_reminder(services, opp):
    with pytest.raises(RuleRefused):
        services.closing.hold(opp, reason="", look_again="2026-03-01")
    with pytest.raises(RuleRefused):
        services.closing.hold(opp, reason="客户预算冻结", look_again=None)
    services.closing.hold(opp, reason="客户预算冻结", look_again="2026-03-01")
    assert services.opportunities.summary(opp).status == "on_hold"
    assert services.reminders.due(dt.date(2026, 2, 28)).next_steps == []
    [due] = services.reminders.due(dt.date(2026, 3, 1)).next_steps
    assert due.opportunity_id == opp and "客户预算冻结" in due.what


def test_status_is_changed_only_by_closing(services, opp):
    with pytest.raises(InvalidInput, match="opp close"):
        services.opportunities.update(opp, {"status": "won"})


def test_a_lost_deals_retrospective_is_a_case_in_step_d_of_another_deal_of_the_same_industry(services, opp):
    carry_to_stage(services, opp, 8)  # a quote round: its items are the case's products
    services.closing.lose(opp, reason_code="价格", winner="南瑞集团", retrospective=RETRO)
    same = services.opportunities.add("江苏电力公司", "调度平台二期", industry="电力")
    other = services.opportunities.add("江南银行", "数据中台", industry="金融")
    [case] = services.closing.cases_for(same)
    assert (case.customer, case.opportunity, case.winner) == ("华东电力设计院", "调度自动化平台", "南瑞集团")
    assert case.products == "调度平台软件" and case.retrospective.lessons == RETRO.lessons
    assert services.closing.cases_for(other) == []
    assert services.closing.cases_for(opp) == []  # not its own
    assert [c.opportunity for c in services.closing.cases(search="本地化服务")] == ["调度自动化平台"]
    assert services.closing.cases(search="没有这样的词") == []
    assert [c.industry for c in services.closing.cases(industry="电力")] == ["电力"]


def test_a_close_without_a_retrospective_is_no_case(services, opp):
    services.closing.lose(opp, reason_code="预算取消")
    assert services.closing.cases() == []


def test_tags_split_on_commas_and_enumeration_marks_each_once():
    from projdesk.storage.services.closing import parse_tags

    assert parse_tags("电力，调度、电力, 大客户") == ("电力", "调度", "大客户")
    assert parse_tags(["电力", "调度"]) == ("电力", "调度")


def test_undo_of_a_close_reverts_the_status_and_the_closing_record_together(services, opp):
    services.closing.lose(opp, reason_code="价格", winner="许继电气", retrospective=RETRO)
    services.history.undo_last(opp)
    card = services.opportunities.summary(opp)
    assert (card.status, card.probability) == ("open", 5)
    assert services.closing.latest(opp) is None and services.closing.cases() == []
    assert services.opportunities.detail(opp).competitors == []  # the winner added with it goes too
