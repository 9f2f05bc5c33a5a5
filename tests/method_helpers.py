"""Carry an opportunity through the method the way a salesperson would: each stage's products
(阶段产品) made through the services, then the move. Tests that need a deal at stage N use this
instead of going past the gates."""

from __future__ import annotations

from typing import Any

STEP_FIELDS: dict[str, dict[str, str]] = {
    "E": {"budget": "80万", "key_decision_maker": "王建国"},
    "J": {
        "project_lead": "刘洋",
        "lead_certified": "是",
        "business_contact": "李娜",
        "push_plan": "下周拜访分管副总",
        "submitted_on": "2026-11-20",
    },
    "K": {"findings": "调度数据分散在三套系统", "debrief_date": "2026-11-25"},
    "L": {"version": "V0.1", "change_note": "初稿"},
    "N": {"demo_date": "2026-11-27"},
    "O": {"explained_on": "2026-11-28"},
    "P": {"price_manual_checked": "是"},
    "R": {"reviewer": "总部业务营运部 孙敏", "review_date": "2026-11-30", "outcome": "通过"},
    "S": {"submitted_on": "2026-12-01"},
    "V": {"reviewer": "总部法务 周强", "review_date": "2026-12-03", "outcome": "通过"},
    "W": {"signed_on": "2026-12-05"},
    "X": {"effective_on": "2026-12-08", "first_payment_on": "2026-12-08"},
}


def done(services: Any, opp_id: str, letter: str, **extra: str) -> None:
    services.steps.update(opp_id, letter, {**STEP_FIELDS.get(letter, {}), **extra}, "done")


def produce_stage_products(services: Any, opp_id: str, stage: int) -> None:
    """What leaving ``stage`` needs (so that entering the next one passes its gate)."""
    card = services.opportunities.summary(opp_id)
    if stage == 1:
        if not card.industry:
            services.people.update_customer(card.customer_id, {"industry": "电力"})
        services.activities.add(opp_id, type="拜访", content="初次拜访信息中心", step_letter="B")
    elif stage == 2:
        services.people.add_contact(
            card.customer_id, "王建国", role="关键决策人", attitude="支持", title="信息中心主任"
        )
        services.steps.update(opp_id, "E", STEP_FIELDS["E"])
    elif stage == 3:
        done(services, opp_id, "J")
    elif stage == 4:
        done(services, opp_id, "K")
        services.documents.record(opp_id, "research", "research.docx", 1)
    elif stage == 5:
        done(services, opp_id, "L")
        services.documents.record(opp_id, "proposal", "proposal.docx", 1)
    elif stage == 6:
        done(services, opp_id, "N")
        done(services, opp_id, "O")
    elif stage == 7:
        services.commercial.add_quote(
            opp_id, [{"item": "调度平台软件", "quantity": 1, "unit_price": "800000"}]
        )
        done(services, opp_id, "P")
    elif stage == 8:
        done(services, opp_id, "R")
        done(services, opp_id, "S")
    elif stage == 9:
        sign_contract(services, opp_id)
        effective(services, opp_id)
        services.steps.update(opp_id, "Y", {"implementation_manager": "赵磊", "handover_date": "2026-12-10"})


def sign_contract(services: Any, opp_id: str) -> None:
    """V passed, the contract recorded and W signed."""
    services.commercial.save_contract(opp_id, {"amount": "800000", "signed_date": "2026-12-05"})
    done(services, opp_id, "V")
    done(services, opp_id, "W")


def effective(services: Any, opp_id: str) -> None:
    """The 首付款 received, then X."""
    services.commercial.add_payment(
        opp_id,
        "首付款",
        "240000",
        due_date="2026-12-08",
        received_date="2026-12-08",
        received_amount="240000",
    )
    done(services, opp_id, "X")


def carry_to_stage(services: Any, opp_id: str, target: int) -> None:
    """Produce each stage's products and move on, one stage at a time, up to ``target``."""
    current = services.opportunities.summary(opp_id).stage
    for stage in range(current, target):
        produce_stage_products(services, opp_id, stage)
        services.opportunities.move(opp_id, stage + 1)
