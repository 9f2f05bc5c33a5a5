"""Stage gates and step rules: the method's conditions, evaluated over plain facts.

Each unmet rule is a code and its parameters (the words are the front ends' job, see
projdesk.labels) and, where one field would satisfy it, the name of that field so a prompt can
offer it right there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from projdesk import labels
from projdesk.domain.catalog import FIRST_PAYMENT_MILESTONE, STAGE_GATES, STAGES, STEP_RULES
from projdesk.domain.errors import RuleRefused

KEY_DECISION_MAKER = "关键决策人"
SUPPORTIVE = "支持"
SKIP_REASON_KEY = "skip_reason"  # a skipped step's reason, kept with the step's values


@dataclass(frozen=True)
class ContactFact:
    name: str
    role: str
    attitude: str


@dataclass(frozen=True)
class MilestoneFact:
    """One payment milestone of the contract, as the rules see it."""

    name: str
    amount: Decimal
    received: Decimal | None = None
    written_off: bool = False

    @property
    def settled(self) -> bool:
        """Received in full, or written off (the reason is kept on the milestone)."""
        return self.written_off or (self.received is not None and self.received >= self.amount)


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
    customer_industry: str = ""
    key_account: bool = False
    activities: int = 0  # entries in the progress log
    documents: frozenset[str] = frozenset()  # kinds of document generated (catalog.DOCUMENT_KINDS)
    quote_rounds: int = 0  # rounds in the quote log that have at least one line
    latest_bid_review: str | None = None  # the outcome of the latest bid review (limits.REVIEW_OUTCOMES)
    latest_contract_review: str | None = None
    has_contract: bool = False
    milestones: tuple[MilestoneFact, ...] = ()
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


def _done(ctx: GateContext, letter: str) -> bool:
    return ctx.step_status.get(letter) == "done"


def _key_decision_maker(ctx: GateContext) -> str | None:
    for c in ctx.contacts:
        if c.role == KEY_DECISION_MAKER and c.name:
            return c.name
    named = ctx.step_values.get("E", {}).get("key_decision_maker")
    return str(named) if named else None


def _customer_basics(ctx: GateContext) -> list[UnmetRule]:
    return [] if ctx.customer_industry.strip() else [UnmetRule("customer_industry")]


def _progress_log(ctx: GateContext) -> list[UnmetRule]:
    return [] if ctx.activities > 0 else [UnmetRule("progress_log")]


def _budget(ctx: GateContext) -> list[UnmetRule]:
    return [] if ctx.budget is not None else [UnmetRule("budget", "budget")]


def _key_decision_maker_known(ctx: GateContext) -> list[UnmetRule]:
    return [] if _key_decision_maker(ctx) is not None else [UnmetRule("key_decision_maker")]


def _project_lead(ctx: GateContext) -> list[UnmetRule]:
    lead = (ctx.project_lead or "").strip()
    if not lead:
        return [UnmetRule("project_lead", "project_lead")]
    if ctx.certified_leads and lead not in ctx.certified_leads:
        return [UnmetRule("lead_not_listed", "project_lead", {"lead": lead})]
    if not ctx.lead_certified:
        return [UnmetRule("lead_certified", "lead_certified", {"lead": lead})]
    return []


def _initiation(ctx: GateContext) -> list[UnmetRule]:
    return [] if _done(ctx, "J") else [UnmetRule("initiation")]


def _kdm_support(ctx: GateContext) -> list[UnmetRule]:
    for c in ctx.contacts:
        if c.role == KEY_DECISION_MAKER and c.attitude == SUPPORTIVE:
            return []
    return [UnmetRule("kdm_support")]


def skip_reason(ctx: GateContext, letter: str) -> str:
    return str(ctx.step_values.get(letter, {}).get(SKIP_REASON_KEY) or "").strip()


def _research(ctx: GateContext) -> list[UnmetRule]:
    status = ctx.step_status.get("K")
    if status == "done":
        return [] if "research" in ctx.documents else [UnmetRule("research_report")]
    if status == "skipped":
        if ctx.key_account:  # the method sends researchers mainly to key accounts: they get one
            return [UnmetRule("research_key_account")]
        return [] if skip_reason(ctx, "K") else [UnmetRule("research_skip_reason")]
    return [UnmetRule("research")]


def _proposal_version(ctx: GateContext) -> list[UnmetRule]:
    unmet = []
    if not (_done(ctx, "L") or _done(ctx, "M")):
        unmet.append(UnmetRule("proposal_draft"))
    if "proposal" not in ctx.documents:
        unmet.append(UnmetRule("proposal_document"))
    return unmet


def _demo_held(ctx: GateContext) -> list[UnmetRule]:
    unmet = []
    if not _done(ctx, "N"):
        unmet.append(UnmetRule("demo_held"))
    if ctx.step_status.get("O") not in ("done", "skipped"):
        unmet.append(UnmetRule("solution_explained"))
    return unmet


def _quote_sent(ctx: GateContext) -> list[UnmetRule]:
    unmet = []
    if ctx.quote_rounds == 0:
        unmet.append(UnmetRule("quote_round"))
    if not _done(ctx, "P"):
        unmet.append(UnmetRule("pricing"))
    return unmet


def _latest_review(outcome: str | None, pending: UnmetRule, rejected: UnmetRule) -> list[UnmetRule]:
    """The latest review decides: passed, nothing unmet; rejected, blocked again; else not yet."""
    if outcome == "passed":
        return []
    return [rejected if outcome == "rejected" else pending]


def _bid_review(ctx: GateContext) -> list[UnmetRule]:
    return _latest_review(ctx.latest_bid_review, UnmetRule("bid_review"), UnmetRule("bid_review_rejected"))


def _contract_review(ctx: GateContext) -> list[UnmetRule]:
    return _latest_review(
        ctx.latest_contract_review, UnmetRule("contract_review"), UnmetRule("contract_review_rejected")
    )


def _starred_answered(ctx: GateContext) -> list[UnmetRule]:
    # A bid that leaves a ★ clause unanswered is usually rejected outright: name each one.
    return [UnmetRule("starred_unanswered", params={"clause": c}) for c in ctx.unanswered_starred]


def _bid_submitted(ctx: GateContext) -> list[UnmetRule]:
    return [] if _done(ctx, "S") else [UnmetRule("bid_submitted")]


def _contract_signed(ctx: GateContext) -> list[UnmetRule]:
    return [] if _done(ctx, "W") else [UnmetRule("contract_signed")]


def _contract_effective(ctx: GateContext) -> list[UnmetRule]:
    return [] if _done(ctx, "X") else [UnmetRule("contract_effective")]


def _first_payment(ctx: GateContext) -> list[UnmetRule]:
    if not ctx.has_contract:
        return [UnmetRule("contract_missing")]
    first = [m for m in ctx.milestones if m.name.strip() == FIRST_PAYMENT_MILESTONE]
    if any(m.received is not None and 0 < m.received <= m.amount for m in first):
        return []
    if any(m.received is not None and m.received > m.amount for m in first):
        return [UnmetRule("first_payment_over")]
    return [UnmetRule("first_payment", params={"milestone": FIRST_PAYMENT_MILESTONE})]


def _milestones_settled(ctx: GateContext) -> list[UnmetRule]:
    if not ctx.milestones:
        return [UnmetRule("milestones_none")]
    open_ones = [m.name for m in ctx.milestones if not m.settled]
    if open_ones:
        return [UnmetRule("milestones_open", params={"milestones": "、".join(open_ones)})]
    return []


def _implementation_manager(ctx: GateContext) -> list[UnmetRule]:
    if ctx.step_values.get("Y", {}).get("implementation_manager"):
        return []
    return [UnmetRule("implementation_manager")]


# The checks the catalog's gates name (catalog.STAGE_GATES, catalog.STEP_RULES).
_CHECKS: dict[str, Callable[[GateContext], list[UnmetRule]]] = {
    "customer_basics": _customer_basics,
    "progress_log": _progress_log,
    "budget": _budget,
    "key_decision_maker": _key_decision_maker_known,
    "project_lead": _project_lead,
    "initiation": _initiation,
    "kdm_support": _kdm_support,
    "research": _research,
    "proposal_version": _proposal_version,
    "demo_held": _demo_held,
    "quote_sent": _quote_sent,
    "bid_review": _bid_review,
    "starred_answered": _starred_answered,
    "bid_submitted": _bid_submitted,
    "contract_review": _contract_review,
    "contract_signed": _contract_signed,
    "contract_effective": _contract_effective,
    "first_payment": _first_payment,
    "milestones_settled": _milestones_settled,
    "implementation_manager": _implementation_manager,
}


def _checked(ctx: GateContext, checks: tuple[str, ...]) -> list[UnmetRule]:
    unmet: list[UnmetRule] = []
    for name in checks:
        unmet.extend(_CHECKS[name](ctx))
    return unmet


def unmet_for_stage(ctx: GateContext, entering: int) -> list[UnmetRule]:
    """The rules entering stage ``entering`` (from the one before it) would break."""
    return _checked(ctx, STAGE_GATES.get(entering, ()))


def unmet_for_move(ctx: GateContext, target: int) -> list[UnmetRule]:
    """Every rule a forward move from ``ctx.stage`` to ``target`` would break (empty: allowed).

    Each gate crossed is checked, so a jump from 1 to 9 answers for every stage on the way.
    """
    if target <= ctx.stage:
        return []
    unmet: list[UnmetRule] = []
    for crossed in range(ctx.stage + 1, target + 1):
        for rule in unmet_for_stage(ctx, crossed):
            if rule not in unmet:
                unmet.append(rule)
    return unmet


def unmet_for_step(ctx: GateContext, letter: str) -> list[UnmetRule]:
    """Rules beyond required fields that completing a step must satisfy."""
    return _checked(ctx, STEP_RULES.get(letter, ()))


def unmet_for_win(ctx: GateContext) -> list[UnmetRule]:
    """Closing as won needs the signed contract (W)."""
    return _contract_signed(ctx)


def default_probability(stage: int) -> int:
    return STAGES[stage - 1].default_probability
