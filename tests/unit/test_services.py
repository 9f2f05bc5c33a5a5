"""The services: every change validated, transactional, stamped and in the history."""

from decimal import Decimal

import pytest

from projdesk.domain.errors import InvalidInput, NotFound, RuleRefused
from tests.method_helpers import carry_to_stage, produce_stage_products, sign_contract


def make_ready_for_initiation(services, opp_id):
    customer_id = services.opportunities.summary(opp_id).customer_id
    services.people.add_contact(
        customer_id, "王建国", role="关键决策人", attitude="支持", title="信息中心主任"
    )
    services.steps.update(opp_id, "E", {"budget": "80万", "key_decision_maker": "王建国"})


@pytest.fixture
def opp(services):
    return services.opportunities.add(
        "华东电力设计院", "调度自动化平台", amount="1200000", industry="电力", region="杭州"
    )


def test_add_creates_customer_and_opportunity_in_stage_one(services, opp):
    card = services.opportunities.summary(opp)
    assert (card.customer, card.name, card.stage, card.status) == (
        "华东电力设计院",
        "调度自动化平台",
        1,
        "open",
    )
    assert card.amount == Decimal("1200000.00") and card.owner == "张伟"
    again = services.opportunities.add("华东电力设计院", "二期", amount=None)
    assert services.opportunities.summary(again).customer_id == card.customer_id


def test_move_refused_past_unmet_gate_changes_nothing(services, opp):
    with pytest.raises(RuleRefused) as refused:
        services.opportunities.move(opp, 3)
    assert any("预算" in r for r in refused.value.reasons)
    assert services.opportunities.summary(opp).stage == 1


def test_forced_move_needs_a_reason_and_is_in_history(services, opp):
    with pytest.raises(InvalidInput):
        services.opportunities.move(opp, 3, force=True)
    services.opportunities.move(opp, 3, force=True, reason="客户领导直接推动")
    [entry] = [h for h in services.history.of(opp) if h.field == "stage"]
    assert entry.kind == "override" and "客户领导直接推动" in entry.reason and entry.new == "3"


def test_move_through_gates_when_conditions_are_met(services, opp):
    carry_to_stage(services, opp, 3)
    produce_stage_products(services, opp, 3)
    services.opportunities.move(opp, 4)
    assert services.opportunities.summary(opp).stage == 4


def test_moving_back_needs_a_reason(services, opp):
    carry_to_stage(services, opp, 2)
    with pytest.raises(RuleRefused):
        services.opportunities.move(opp, 1)
    services.opportunities.move(opp, 1, reason="客户项目暂缓")
    assert services.opportunities.summary(opp).stage == 1


def test_gates_can_be_set_to_warn_only(services, opp):
    services.ctx.prefs.gates_block = False
    warned = services.opportunities.move(opp, 3)
    assert warned and services.opportunities.summary(opp).stage == 3


def test_step_done_names_the_missing_required_field_and_writes_nothing(services, opp):
    with pytest.raises(RuleRefused, match="调研发现"):
        services.steps.update(opp, "K", {"recommendations": "先做等保"}, "done")
    step = services.steps.get(opp, "K")
    assert step.status == "not_started" and step.fields["recommendations"] is None


def test_step_fields_are_typed_and_bound_fields_live_on_the_opportunity(services, opp):
    services.steps.update(opp, "E", {"budget": "1,000,000", "department": "信息中心"})
    step = services.steps.get(opp, "E")
    assert step.fields["budget"] == Decimal("1000000.00") and step.status == "in_progress"
    assert services.opportunities.detail(opp).budget == Decimal("1000000.00")
    with pytest.raises(InvalidInput):
        services.steps.update(opp, "E", {"budget": "很多"})
    with pytest.raises(InvalidInput):
        services.steps.update(opp, "E", {"no_such_field": "x"})


def test_step_s_needs_bid_review_passed(services, opp):
    with pytest.raises(RuleRefused, match="评审"):
        services.steps.update(opp, "S", {"submitted_on": "2026-11-01"}, "done")
    services.commercial.add_review(opp, "bid", outcome="passed", reviewer="总部业务营运部")
    assert services.steps.update(opp, "S", {"submitted_on": "2026-11-01"}, "done").status == "done"


def test_step_x_needs_first_payment(services, opp):
    sign_contract(services, opp)
    pay = services.commercial.add_payment(opp, "首付款", "360000", due_date="2026-12-01")
    with pytest.raises(RuleRefused, match="首付款"):
        services.steps.update(opp, "X", {"effective_on": "2026-12-02"}, "done")
    services.commercial.record_receipt(pay, "360000", "2026-12-02")
    assert services.steps.update(opp, "X", {"effective_on": "2026-12-02"}, "done").status == "done"


def test_activity_sets_next_step(services, opp):
    services.activities.add(
        opp, type="拜访", content="拜访信息中心王主任", next_action="发送公司介绍", next_date="2026-12-03"
    )
    card = services.opportunities.summary(opp)
    assert card.next_step == "发送公司介绍" and str(card.next_date) == "2026-12-03"
    [act] = services.activities.list(opportunity_id=opp)
    assert act.step == "A" and act.type == "拜访"
    with pytest.raises(InvalidInput):
        services.activities.add(opp, type="闲聊", content="x")


def test_update_validates_every_value_before_writing(services, opp):
    with pytest.raises(InvalidInput):
        services.opportunities.update(opp, {"next_step": "报价", "amount": "abc"})
    assert services.opportunities.summary(opp).next_step == ""
    with pytest.raises(NotFound):
        services.opportunities.update("missing", {"next_step": "x"})


def test_every_write_is_stamped_with_the_replaced_stamp(services, opp):
    from projdesk.storage.models import Opportunity

    services.opportunities.update(opp, {"next_step": "约见"})
    services.opportunities.update(opp, {"next_step": "演示"})
    with services.db.read() as session:
        row = session.get(Opportunity, opp)
        stamp, base = row.stamps["next_step"]
        assert base and stamp > base and stamp.endswith(services.ctx.device)


def test_undo_restores_the_last_action(services, opp):
    services.opportunities.update(opp, {"next_step": "约见", "amount": "900000"})
    services.opportunities.update(opp, {"next_step": "演示"})
    services.history.undo_last(opp)
    assert services.opportunities.summary(opp).next_step == "约见"
    services.history.undo_last(opp)
    card = services.opportunities.summary(opp)
    assert card.next_step == "" and card.amount == Decimal("1200000.00")


def test_key_account_suggestion_and_confirmation(services, opp):
    customer_id = services.opportunities.summary(opp).customer_id
    services.people.update_customer(customer_id, {"listed": "是"})
    services.ctx.prefs.key_account_threshold = "1000000"
    reasons = services.people.suggest_key_account(customer_id)
    assert "上市公司" in reasons and "预计签单额 120.00 万，达到门槛 100.00 万" in reasons
    services.people.set_key_account(customer_id, True)
    assert services.opportunities.summary(opp).key_account
    assert services.people.customer(customer_id).key_reasons == reasons


def test_quote_totals(services, opp):
    services.commercial.add_quote(
        opp,
        [
            {"item": "服务器", "quantity": 2, "unit_price": "56000"},
            {"item": "实施服务", "quantity": "1", "unit_price": "30000.50"},
        ],
    )
    [quote] = services.commercial.quotes(opp)
    assert quote.round == 1 and quote.total == Decimal("142000.50")
    with pytest.raises(InvalidInput):
        services.commercial.add_quote(opp, [{"item": "", "unit_price": "1"}])


def test_delete_is_a_tombstone(services, opp):
    services.opportunities.delete(opp)
    assert services.opportunities.list() == []
    with pytest.raises(NotFound):
        services.opportunities.detail(opp)
