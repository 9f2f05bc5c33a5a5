"""Stage gates and step rules: the method's conditions, evaluated over plain facts.

Each unmet rule carries a message a salesperson understands and, where one field would
satisfy it, the name of that field so a prompt can offer it right there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from projdesk.domain.catalog import STAGES

KEY_DECISION_MAKER = "关键决策人"
SUPPORTIVE = "支持"


@dataclass(frozen=True)
class ContactFact:
    name: str
    role: str
    attitude: str


@dataclass(frozen=True)
class GateContext:
    """What the rules need to know about one opportunity."""

    stage: int
    budget: Decimal | None = None
    project_lead: str | None = None
    lead_certified: bool = False
    certified_leads: frozenset[str] = frozenset()  # empty: trust the opportunity's own flag
    contacts: tuple[ContactFact, ...] = ()
    step_status: Mapping[str, str] = field(default_factory=dict)
    step_values: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    bid_review_passed: bool = False
    contract_review_passed: bool = False
    first_payment_received: bool = False


@dataclass(frozen=True)
class UnmetRule:
    code: str
    message: str
    fix_field: str | None = None  # an opportunity attribute that would satisfy the rule

    def __str__(self) -> str:
        return self.message


def _key_decision_maker(ctx: GateContext) -> str | None:
    for c in ctx.contacts:
        if c.role == KEY_DECISION_MAKER and c.name:
            return c.name
    named = ctx.step_values.get("E", {}).get("key_decision_maker")
    return str(named) if named else None


def _entering_initiation(ctx: GateContext) -> list[UnmetRule]:
    unmet = []
    if ctx.budget is None:
        unmet.append(UnmetRule("budget", "尚未了解客户预算（步骤 E：填写“预算”）", "budget"))
    if _key_decision_maker(ctx) is None:
        unmet.append(
            UnmetRule(
                "key_decision_maker", "尚未确定客户的关键决策人（步骤 E，或在联系人中标记“关键决策人”）"
            )
        )
    return unmet


def _leaving_initiation(ctx: GateContext) -> list[UnmetRule]:
    unmet = []
    lead = (ctx.project_lead or "").strip()
    if not lead:
        unmet.append(UnmetRule("project_lead", "尚未指定项目主管（步骤 J）", "project_lead"))
    elif ctx.certified_leads and lead not in ctx.certified_leads:
        unmet.append(UnmetRule("lead_certified", f"项目主管“{lead}”不在持证项目主管名单中", "project_lead"))
    elif not ctx.lead_certified:
        unmet.append(
            UnmetRule("lead_certified", f"项目主管“{lead}”尚未取得营销中心的项目主管认证", "lead_certified")
        )
    if ctx.step_status.get("J") != "done":
        unmet.append(UnmetRule("initiation", "项目立项申请尚未完成（步骤 J 申请立项）"))
    return unmet


def _entering_research(ctx: GateContext) -> list[UnmetRule]:
    for c in ctx.contacts:
        if c.role == KEY_DECISION_MAKER and c.attitude == SUPPORTIVE:
            return []
    return [UnmetRule("kdm_support", "调研咨询需要客户关键决策人的支持：请在联系人中记录其态度为“支持”")]


def _entering_handover(ctx: GateContext) -> list[UnmetRule]:
    if ctx.step_values.get("Y", {}).get("implementation_manager"):
        return []
    return [UnmetRule("implementation_manager", "项目移交需要技术支持部指定的项目实施经理（步骤 Y）")]


# Rules checked when a card crosses into the given stage (moving forward).
_ENTRY_RULES = {
    3: (_entering_initiation,),
    4: (_leaving_initiation, _entering_research),
    10: (_entering_handover,),
}


def unmet_for_move(ctx: GateContext, target: int) -> list[UnmetRule]:
    """Every rule a forward move from ``ctx.stage`` to ``target`` would break (empty: allowed)."""
    if target <= ctx.stage:
        return []
    unmet: list[UnmetRule] = []
    for crossed in range(ctx.stage + 1, target + 1):
        for rule in _ENTRY_RULES.get(crossed, ()):
            unmet.extend(rule(ctx))
    return unmet


def unmet_for_step(ctx: GateContext, letter: str) -> list[UnmetRule]:
    """Rules beyond required fields that completing a step must satisfy."""
    if letter == "S" and not ctx.bid_review_passed:
        return [UnmetRule("bid_review", "方案提交前，方案须通过总部业务营运部的评审（步骤 R）")]
    if letter == "W" and not ctx.contract_review_passed:
        return [UnmetRule("contract_review", "合同签定前，合同须通过总部评审（步骤 V）")]
    if letter == "X" and not ctx.first_payment_received:
        return [UnmetRule("first_payment", "合同生效需要首付款到账：请先登记收款")]
    return []


def default_probability(stage: int) -> int:
    return STAGES[stage - 1].default_probability
