from decimal import Decimal

from projdesk.domain.gates import ContactFact, GateContext, unmet_for_move, unmet_for_step

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
    assert codes(unmet_for_move(GateContext(stage=9), 10)) == ["implementation_manager"]
    ok = GateContext(stage=9, step_values={"Y": {"implementation_manager": "赵磊"}})
    assert unmet_for_move(ok, 10) == []


def test_step_rules():
    ctx = GateContext(stage=8)
    assert codes(unmet_for_step(ctx, "S")) == ["bid_review"]
    assert codes(unmet_for_step(ctx, "W")) == ["contract_review"]
    assert codes(unmet_for_step(ctx, "X")) == ["first_payment"]
    assert unmet_for_step(GateContext(stage=8, bid_review_passed=True), "S") == []
    assert unmet_for_step(ctx, "A") == []
