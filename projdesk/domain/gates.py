"""Stage gates and step rules: the method's conditions, evaluated over plain facts.

Each unmet rule is a code and its parameters (the words are the front ends' job, see
projdesk.labels) and, where one field would satisfy it, the name of that field so a prompt can
offer it right there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from projdesk import labels
from projdesk.domain.catalog import STAGES
from projdesk.domain.errors import RuleRefused

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
    unanswered_starred: tuple[str, ...] = ()  # ★ tender clauses without our answer (step Q)


@dataclass(frozen=True)
class UnmetRule:
    code: str
    fix_field: str | None = None  # an opportunity attribute that would satisfy the rule
    params: Mapping[str, str] = field(default_factory=dict)  # the values the rule's text names


class GateRefused(RuleRefused):
    """A move or a step refused by the method's rules: a code, its parameters and the rules unmet.

    ``str()`` reads in Chinese (the CLI's line); the GUI words the codes through its translator.
    """

    def __init__(self, code: str, params: Mapping[str, str], rules: list[UnmetRule]) -> None:
        super().__init__(labels.refusal_text(code, params), labels.rule_texts(rules))
        self.code = code
        self.params = dict(params)
        self.rules = list(rules)


def required_fields_unmet(labels_missing: list[str]) -> list[UnmetRule]:
    """One rule per required field left empty (by its label, a method term)."""
    return [UnmetRule("required_field", params={"field": label}) for label in labels_missing]


def _key_decision_maker(ctx: GateContext) -> str | None:
    for c in ctx.contacts:
        if c.role == KEY_DECISION_MAKER and c.name:
            return c.name
    named = ctx.step_values.get("E", {}).get("key_decision_maker")
    return str(named) if named else None


def _entering_initiation(ctx: GateContext) -> list[UnmetRule]:
    unmet = []
    if ctx.budget is None:
        unmet.append(UnmetRule("budget", "budget"))
    if _key_decision_maker(ctx) is None:
        unmet.append(UnmetRule("key_decision_maker"))
    return unmet


def _leaving_initiation(ctx: GateContext) -> list[UnmetRule]:
    unmet = []
    lead = (ctx.project_lead or "").strip()
    if not lead:
        unmet.append(UnmetRule("project_lead", "project_lead"))
    elif ctx.certified_leads and lead not in ctx.certified_leads:
        unmet.append(UnmetRule("lead_not_listed", "project_lead", {"lead": lead}))
    elif not ctx.lead_certified:
        unmet.append(UnmetRule("lead_certified", "lead_certified", {"lead": lead}))
    if ctx.step_status.get("J") != "done":
        unmet.append(UnmetRule("initiation"))
    return unmet


def _entering_research(ctx: GateContext) -> list[UnmetRule]:
    for c in ctx.contacts:
        if c.role == KEY_DECISION_MAKER and c.attitude == SUPPORTIVE:
            return []
    return [UnmetRule("kdm_support")]


def _entering_handover(ctx: GateContext) -> list[UnmetRule]:
    if ctx.step_values.get("Y", {}).get("implementation_manager"):
        return []
    return [UnmetRule("implementation_manager")]


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
    if letter == "S":
        unmet = [] if ctx.bid_review_passed else [UnmetRule("bid_review")]
        # A bid that leaves a ★ clause unanswered is usually rejected outright: name each one.
        unmet += [UnmetRule("starred_unanswered", params={"clause": c}) for c in ctx.unanswered_starred]
        return unmet
    if letter == "W" and not ctx.contract_review_passed:
        return [UnmetRule("contract_review")]
    if letter == "X" and not ctx.first_payment_received:
        return [UnmetRule("first_payment")]
    return []


def default_probability(stage: int) -> int:
    return STAGES[stage - 1].default_probability
