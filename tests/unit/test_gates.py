import dataclasses
from decimal import Decimal

from projdesk.domain.catalog import STAGE_GATES
from projdesk.domain.gates import ContactFact, GateContext, MilestoneFact, unmet_for_move, unmet_for_step

KDM = ContactFact("王建国", "关键决策人", "支持")


def codes(rules):
    return [r.code for r in rules]


def test_entering_initiation_needs_budget_and_key_decision_maker():
    ctx = GateContext(stage=2)
    assert codes(unmet_for_move(ctx, 3)) == ["budget", "key_decision_maker"]
    ready = GateContext(stage=2, budget=Decimal("800000"), contacts=(KDM,))
    assert unmet_for_move(ready, 3) == []


def test_key_decision_maker_named_in_step_e_counts():
    ctx = GateContext(stage=2, budget=Decimal(1), step_values={"E": {"key_decision_maker": "李总"}})
    assert unmet_for_move(ctx, 3) == []


def test_leaving_initiation_needs_certified_lead_and_request():
    ctx = GateContext(stage=3, budget=Decimal(1), contacts=(KDM,), project_lead="刘洋")
    assert codes(unmet_for_move(ctx, 4)) == ["lead_certified", "initiation"]
    done = GateContext(
        stage=3,
        budget=Decimal(1),
        contacts=(KDM,),
        project_lead="刘洋",
        lead_certified=True,
        step_status={"J": "done"},
    )
    assert unmet_for_move(done, 4) == []


def test_certified_leads_list_overrides_the_flag():
    ctx = GateContext(
        stage=3,
        contacts=(KDM,),
        project_lead="刘洋",
        lead_certified=True,
        certified_leads=frozenset({"陈静"}),
        step_status={"J": "done"},
    )
    [rule] = unmet_for_move(ctx, 4)
    assert rule.code == "lead_not_listed" and rule.params == {"lead": "刘洋"}


def test_research_needs_supportive_key_decision_maker():
    neutral = ContactFact("王建国", "关键决策人", "中立")
    ctx = GateContext(
        stage=3, contacts=(neutral,), project_lead="刘洋", lead_certified=True, step_status={"J": "done"}
    )
    assert codes(unmet_for_move(ctx, 4)) == ["kdm_support"]


def test_jumping_several_stages_checks_every_gate_crossed():
    assert set(codes(unmet_for_move(GateContext(stage=1), 10))) >= {
        "budget",
        "project_lead",
        "initiation",
        "kdm_support",
        "implementation_manager",
    }


def test_moving_back_has_no_gate():
    assert unmet_for_move(GateContext(stage=5), 2) == []


def test_handover_needs_implementation_manager():
    signed = {"W": "done", "X": "done"}
    assert codes(unmet_for_move(GateContext(stage=9, step_status=signed), 10)) == ["implementation_manager"]
    ok = GateContext(stage=9, step_status=signed, step_values={"Y": {"implementation_manager": "赵磊"}})
    assert unmet_for_move(ok, 10) == []


def test_every_forward_transition_has_a_gate():
    assert sorted(STAGE_GATES) == list(range(2, 11))
    for entering in range(2, 11):
        assert unmet_for_move(GateContext(stage=entering - 1), entering), entering


def test_entering_information_exchange_needs_the_log_opened_and_the_customer_industry():
    assert codes(unmet_for_move(GateContext(stage=1), 2)) == ["customer_industry", "progress_log"]
    assert unmet_for_move(GateContext(stage=1, customer_industry="电力", activities=1), 2) == []


def test_entering_proposal_needs_research_with_its_report():
    assert codes(unmet_for_move(GateContext(stage=4), 5)) == ["research"]
    done = GateContext(stage=4, step_status={"K": "done"})
    assert codes(unmet_for_move(done, 5)) == ["research_report"]
    assert unmet_for_move(dataclasses.replace(done, documents=frozenset({"research"})), 5) == []


def test_research_skipped_needs_a_reason_and_is_not_for_key_accounts():
    skipped = GateContext(stage=4, step_status={"K": "skipped"})
    assert codes(unmet_for_move(skipped, 5)) == ["research_skip_reason"]
    reasoned = dataclasses.replace(skipped, step_values={"K": {"skip_reason": "需求已明确，客户规模小"}})
    assert unmet_for_move(reasoned, 5) == []
    assert codes(unmet_for_move(dataclasses.replace(reasoned, key_account=True), 5)) == [
        "research_key_account"
    ]


def test_entering_demo_needs_a_proposal_version():
    assert codes(unmet_for_move(GateContext(stage=5), 6)) == ["proposal_draft", "proposal_document"]
    ok = GateContext(stage=5, step_status={"M": "done"}, documents=frozenset({"proposal"}))
    assert unmet_for_move(ok, 6) == []


def test_entering_pricing_needs_the_demo_held():
    assert codes(unmet_for_move(GateContext(stage=6), 7)) == ["demo_held", "solution_explained"]
    assert unmet_for_move(GateContext(stage=6, step_status={"N": "done", "O": "skipped"}), 7) == []


def test_entering_bid_needs_a_quote_round_sent():
    assert codes(unmet_for_move(GateContext(stage=7), 8)) == ["quote_round", "pricing"]
    assert unmet_for_move(GateContext(stage=7, quote_rounds=1, step_status={"P": "done"}), 8) == []


def test_entering_contract_needs_the_bid_submitted_after_a_passing_review():
    assert codes(unmet_for_move(GateContext(stage=8), 9)) == ["bid_review", "bid_submitted"]
    rejected = GateContext(stage=8, latest_bid_review="rejected", step_status={"S": "done"})
    assert codes(unmet_for_move(rejected, 9)) == ["bid_review_rejected"]
    assert unmet_for_move(dataclasses.replace(rejected, latest_bid_review="passed"), 9) == []


def test_entering_handover_needs_the_contract_signed_and_effective():
    assert codes(unmet_for_move(GateContext(stage=9), 10)) == [
        "contract_signed",
        "contract_effective",
        "implementation_manager",
    ]


def test_a_jump_reports_each_rule_once():
    unmet = codes(unmet_for_move(GateContext(stage=7), 9))
    assert len(unmet) == len(set(unmet))


def test_step_rules():
    ctx = GateContext(stage=8)
    assert codes(unmet_for_step(ctx, "S")) == ["bid_review"]
    assert codes(unmet_for_step(ctx, "R")) == ["bid_review"]
    assert codes(unmet_for_step(ctx, "W")) == ["contract_review"]
    assert codes(unmet_for_step(ctx, "X")) == ["contract_signed", "contract_missing"]
    assert codes(unmet_for_step(ctx, "Z")) == ["milestones_none"]
    assert unmet_for_step(GateContext(stage=8, latest_bid_review="passed"), "S") == []
    assert codes(unmet_for_step(GateContext(stage=8, latest_bid_review="rejected"), "S")) == [
        "bid_review_rejected"
    ]
    assert unmet_for_step(ctx, "A") == []


def test_x_counts_only_the_first_payment_received_within_its_amount():
    signed = GateContext(stage=9, step_status={"W": "done"}, has_contract=True)
    warranty = MilestoneFact("质保金", Decimal(100), Decimal(100))
    assert codes(unmet_for_step(dataclasses.replace(signed, milestones=(warranty,)), "X")) == [
        "first_payment"
    ]
    over = MilestoneFact("首付款", Decimal(100), Decimal(1_000_000))
    assert codes(unmet_for_step(dataclasses.replace(signed, milestones=(over,)), "X")) == [
        "first_payment_over"
    ]
    first = MilestoneFact("首付款", Decimal(100), Decimal(100))
    assert unmet_for_step(dataclasses.replace(signed, milestones=(first,)), "X") == []


def test_z_needs_every_milestone_received_or_written_off():
    due = MilestoneFact("到货款", Decimal(400), Decimal(100))
    written_off = MilestoneFact("质保金", Decimal(50), None, written_off=True)
    paid = MilestoneFact("首付款", Decimal(300), Decimal(300))
    [rule] = unmet_for_step(GateContext(stage=10, milestones=(paid, due, written_off)), "Z")
    assert rule.code == "milestones_open" and rule.params == {"milestones": "到货款"}
    assert unmet_for_step(GateContext(stage=10, milestones=(paid, written_off)), "Z") == []
