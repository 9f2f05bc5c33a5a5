"""Plain data the services return (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from projdesk.domain import registers
from projdesk.storage.summary import OpportunitySummary as OpportunitySummary  # re-exported


@dataclass(frozen=True)
class StepView:
    letter: str
    stage: int
    title: str
    status: str
    fields: dict[str, Any]  # typed values by field key, bound fields included
    completed_at: dt.datetime | None = None


@dataclass(frozen=True)
class CustomerView:
    id: str
    name: str
    credit_code: str | None
    industry: str
    region: str
    listed: bool
    industry_key: bool
    regional_influence: bool
    key_account: bool
    key_reasons: list[str]
    address: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ContactView:
    id: str
    customer_id: str
    name: str
    title: str
    role: str
    attitude: str
    background: str
    phone: str
    email: str


@dataclass(frozen=True)
class CompetitorView:
    id: str
    name: str
    offer: str
    price: Decimal | None
    strengths: str
    our_answer: str


@dataclass(frozen=True)
class ActivityView:
    id: str
    opportunity_id: str
    date: dt.date
    type: str
    step: str
    people: str
    content: str
    result: str
    next_action: str
    next_date: dt.date | None
    owner: str
    customer: str = ""
    opportunity: str = ""


@dataclass(frozen=True)
class QuoteLineView:
    id: str
    position: int
    item: str
    brand: str
    model: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    lineage: str = ""  # the same line across rounds (see models.QuoteLine.lineage)

    @property
    def total(self) -> Decimal:
        return (self.quantity * self.unit_price).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class QuoteView:
    id: str
    round: int
    date: dt.date
    note: str
    accepted: bool
    lines: list[QuoteLineView]

    @property
    def total(self) -> Decimal:
        return sum((line.total for line in self.lines), Decimal("0.00"))


@dataclass(frozen=True)
class ReviewView:
    id: str
    kind: str
    submitted: dt.date | None
    reviewer: str
    outcome: str
    comments: str


@dataclass(frozen=True)
class RequirementView:
    """One clause of the tender and our answer (see projdesk.domain.tender)."""

    id: str
    position: int
    clause: str
    text: str
    mark: str
    category: str
    response: str
    explanation: str
    answered_in: str


@dataclass(frozen=True)
class ContractView:
    id: str
    number: str
    amount: Decimal | None
    signed_date: dt.date | None
    effective_date: dt.date | None
    party_a: str
    party_b: str
    terms: str


@dataclass(frozen=True)
class PaymentView:
    id: str
    milestone: str
    due_date: dt.date | None
    amount: Decimal
    received_date: dt.date | None
    received_amount: Decimal | None
    write_off_reason: str | None = None  # set: written off, not to be collected


@dataclass(frozen=True)
class DocumentView:
    id: str
    kind: str
    version: int
    file_path: str
    generated_at: dt.datetime
    note: str


@dataclass(frozen=True)
class AttachmentView:
    """An attached file; ``held`` says whether its bytes are on this computer (a file over a
    snapshot's size limit travels as its description only: ``added_by`` still has it)."""

    id: str
    opportunity_id: str
    step: str  # "" the opportunity's, else the step's letter
    file_name: str
    size: int
    sha256: str
    mime: str
    note: str
    added_at: dt.datetime  # UTC, as every stored time
    added_by: str
    held: bool

    @property
    def added_at_local(self) -> dt.datetime:
        """When it was added, in this computer's time zone."""
        return self.added_at.replace(tzinfo=dt.UTC).astimezone()


@dataclass(frozen=True)
class HistoryView:
    id: str
    entity: str
    entity_id: str
    field: str
    old: str
    new: str
    kind: str
    reason: str
    actor: str
    at: dt.datetime


@dataclass(frozen=True)
class RiskView:
    """One risk of the register (internal only)."""

    id: str
    opportunity_id: str
    description: str
    probability: str  # registers.LEVELS
    impact: str
    response: str
    owner: str
    due_date: dt.date | None
    status: str  # open / closed
    close_note: str
    closed_on: dt.date | None

    @property
    def level(self) -> str:
        return registers.risk_level(self.probability, self.impact)

    @property
    def open_high(self) -> bool:
        return registers.is_open_high(self.status, self.probability, self.impact)


@dataclass(frozen=True)
class ChangeView:
    """A change request after the contract; an approved one amends the contract amount."""

    id: str
    opportunity_id: str
    number: int
    reason: str
    impact: str
    requested_by: str
    requested_on: dt.date | None
    status: str  # registers.CHANGE_STATUSES
    cost: Decimal | None
    cost_direction: str
    schedule_days: int | None
    risk_note: str
    assessed_by: str
    assessed_on: dt.date | None
    decided_by: str
    decided_on: dt.date | None
    decision_note: str

    @property
    def amount_change(self) -> Decimal:
        """What this change does to the contract amount (negative for a decrease)."""
        return registers.signed_cost(self.cost, self.cost_direction)


def amended_amount(original: Decimal | None, changes: list[ChangeView]) -> Decimal | None:
    """The contract's current amount: the signed amount plus every approved change."""
    approved = [c.amount_change for c in changes if c.status == "approved"]
    if original is None and not approved:
        return None
    return sum(approved, original or Decimal("0.00"))


@dataclass(frozen=True)
class Retrospective:
    """项目总结: what a closed deal teaches the next one."""

    worked: str = ""
    not_worked: str = ""
    lessons: str = ""
    tags: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.worked or self.not_worked or self.lessons or self.tags)


@dataclass(frozen=True)
class ClosingView:
    """The latest close (won, lost, on hold) or reopening of an opportunity."""

    id: str
    opportunity_id: str
    outcome: str  # won / lost / on_hold / open (reopened)
    closed_on: dt.date
    reason_code: str
    reason: str
    winner: str
    look_again: dt.date | None
    overridden: str
    retrospective: Retrospective


@dataclass(frozen=True)
class CaseView:
    """A closed deal's retrospective, offered in step D (借鉴资料) of later deals."""

    closing_id: str
    opportunity_id: str
    customer: str
    opportunity: str
    industry: str
    products: str
    outcome: str
    closed_on: dt.date
    reason: str
    winner: str
    retrospective: Retrospective


@dataclass(frozen=True)
class OpportunityDetail:
    summary: OpportunitySummary
    customer: CustomerView
    budget: Decimal | None
    lead_certified: bool
    business_contact: str
    source: str
    support_needed: str
    risks: list[RiskView]
    procurement_method: str
    notes: str
    steps: list[StepView]
    contacts: list[ContactView]
    competitors: list[CompetitorView]
    activities: list[ActivityView]
    quotes: list[QuoteView]
    reviews: list[ReviewView]
    contract: ContractView | None
    payments: list[PaymentView]
    documents: list[DocumentView]
    history: list[HistoryView]
    handover: dict[str, Any] = field(default_factory=dict)
    changes: list[ChangeView] = field(default_factory=list)
    close: ClosingView | None = None  # the latest close or reopening
    requirements: list[RequirementView] = field(default_factory=list)  # the tender's, in order

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def contract_amount(self) -> Decimal | None:
        """The contract's current amount (its original amount plus the approved changes)."""
        return amended_amount(self.contract.amount if self.contract else None, self.changes)
