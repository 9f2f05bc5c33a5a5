"""Opportunities: create, change, move through the stages, list and show."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from projdesk.domain import gates, limits
from projdesk.domain.catalog import STAGES, STATUSES, STEPS, stage, steps_of_stage
from projdesk.domain.errors import InvalidInput, NotFound, RuleRefused
from projdesk.domain.money import parse_money
from projdesk.domain.registers import HIGH_PAIRS
from projdesk.domain.tender import unanswered_starred
from projdesk.domain.values import parse_bool, parse_date, parse_int
from projdesk.labels import field_text, rule_texts
from projdesk.storage import dto
from projdesk.storage.models import (
    Activity,
    Competitor,
    Contact,
    Contract,
    Customer,
    Document,
    HistoryEntry,
    Opportunity,
    Payment,
    Quote,
    QuoteLine,
    Review,
    Risk,
    StepRecord,
    utcnow,
)
from projdesk.storage.services import tender, views
from projdesk.storage.services.base import Context, get_live
from projdesk.storage.services.changes import changes_of
from projdesk.storage.services.lookup import resolve_record
from projdesk.storage.services.risks import risks_of


def _text(field: str, table: str = "opportunities") -> Callable[[Any], str]:
    """Trimmed text under the domain's rule for the field (length, characters, line breaks)."""

    def parse(value: Any) -> str:
        text = "" if value is None else str(value).strip()
        return str(limits.checked(table, field, text))

    return parse


def _status(value: Any) -> str:
    text = str(value).strip()
    for key, label in STATUSES.items():
        if text in (key, label):
            return key
    allowed = "、".join(f"{k}（{v}）" for k, v in STATUSES.items())
    raise InvalidInput.coded("status_invalid", allowed=allowed, value=text)


# Editable opportunity fields and how user input becomes their value.
OPPORTUNITY_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: _required(_text("name")(v), field_text("opportunities", "name")),
    "status": _status,
    "amount": lambda v: parse_money(v, label=field_text("opportunities", "amount")),
    "budget": lambda v: parse_money(v, label=field_text("opportunities", "budget")),
    "probability": lambda v: parse_int(v, label=field_text("opportunities", "probability"), low=0, high=100),
    "expected_sign_date": lambda v: parse_date(v, label=field_text("opportunities", "expected_sign_date")),
    "owner": _text("owner"),
    "project_lead": _text("project_lead"),
    "lead_certified": lambda v: bool(parse_bool(v, label=field_text("opportunities", "lead_certified"))),
    "business_contact": _text("business_contact"),
    "next_step": _text("next_step"),
    "next_date": lambda v: parse_date(v, label=field_text("opportunities", "next_date")),
    "source": _text("source"),
    "support_needed": _text("support_needed"),
    "procurement_method": _text("procurement_method"),
    "notes": _text("notes"),
}


def _required(text: str, label: str) -> str:
    if not text:
        raise InvalidInput.coded("required_empty", field=label)
    return text


def parse_opportunity_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    parsed = {}
    for name, raw in changes.items():
        if name == "stage":
            raise InvalidInput.coded("stage_edited_directly")
        if name == "status":  # won, lost, on hold and reopened each ask for their reasons
            raise InvalidInput.coded("status_by_close")
        parser = OPPORTUNITY_FIELDS.get(name)
        if parser is None:
            raise InvalidInput.coded(
                "opportunity_field_unknown", key=name, allowed=", ".join(OPPORTUNITY_FIELDS)
            )
        parsed[name] = parser(raw)
    return parsed


class OpportunityService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- changes -------------------------------------------------------------------------

    def add(
        self,
        customer: str,
        name: str,
        *,
        amount: Any = None,
        industry: str = "",
        region: str = "",
        owner: str | None = None,
        stage_number: int = 1,
        **fields: Any,
    ) -> str:
        """Create an opportunity (and its customer when new); returns its id."""
        customer = _required(_text("name", "customers")(customer), field_text("customers", "name"))
        values = parse_opportunity_changes({"name": name, "amount": amount, **fields})
        stage(stage_number)
        with self.ctx.write() as w:
            cust = find_customer(w.session, customer)
            if cust is None:
                cust = w.create(Customer, name=customer, industry=industry.strip(), region=region.strip())
            else:
                fill = {k: v.strip() for k, v in (("industry", industry), ("region", region)) if v.strip()}
                w.update(cust, fill)
            opp = w.create(
                Opportunity,
                customer_id=cust.id,
                stage=stage_number,
                status="open",
                owner=owner if owner is not None else self.ctx.prefs.user_name,
                stage_entered_at=utcnow(),
                **values,
            )
            return opp.id

    def update(self, opportunity_id: str, changes: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        """Change fields; ``customer`` (a name) moves the opportunity to that customer, made if new."""
        changes = dict(changes)
        customer = changes.pop("customer", None)
        parsed = parse_opportunity_changes(changes)
        name = _required(_text("name", "customers")(customer), "客户名称") if customer is not None else None
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            if name is not None:
                cust = find_customer(w.session, name) or w.create(Customer, name=name)
                parsed["customer_id"] = cust.id
            return w.update(opp, parsed)

    def move(self, opportunity_id: str, target: int, *, force: bool = False, reason: str = "") -> list[str]:
        """Move to another stage through the gates; returns the rules overridden (if any).

        Refused (RuleRefused) past unmet gates unless ``force`` with a reason, or when the
        user's settings make gates only warn. Moving back always needs a reason.
        """
        if not isinstance(target, int) or not 1 <= target <= len(STAGES):
            raise InvalidInput.coded("stage_out_of_range", value=target)
        reason = (reason or "").strip()
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            current = opp.stage
            if target == current:
                return []
            if target < current and not reason:
                raise RuleRefused.coded("move_back_needs_reason", stage=stage(target).name)
            unmet = gates.unmet_for_move(self.gate_context(w.session, opp), target)
            messages = rule_texts(unmet)  # Chinese: the history note and the rules overridden
            if unmet and self.ctx.prefs.gates_block and not force:
                raise gates.GateRefused("move_blocked", {"stage": stage(target).name}, unmet)
            if unmet and force and not reason:
                raise InvalidInput.coded("override_needs_reason")
            kind = "override" if unmet else "stage"
            note = reason
            if unmet:
                note = (
                    f"{reason}（未满足：{'；'.join(messages)}）"
                    if reason
                    else f"未满足：{'；'.join(messages)}"
                )
            w.update(opp, {"stage": target, "stage_entered_at": utcnow()}, kind=kind, reason=note)
            return messages

    def delete(self, opportunity_id: str, reason: str = "") -> None:
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            w.delete(opp, reason=reason)

    # -- reads ---------------------------------------------------------------------------

    def resolve(self, reference: str) -> str:
        """An opportunity id from a full id or a unique prefix of at least 4 characters."""
        with self.ctx.read() as session:
            return resolve_record(session, Opportunity, reference).id

    def gate_context(self, session: Session, opp: Opportunity) -> gates.GateContext:
        """Everything the method's rules look at, read in one session."""
        customer = session.get(Customer, opp.customer_id)
        contacts = _live(session, Contact, Contact.customer_id == opp.customer_id)
        records = _live(session, StepRecord, StepRecord.opportunity_id == opp.id)
        reviews = _live(session, Review, Review.opportunity_id == opp.id)
        payments = _live(session, Payment, Payment.opportunity_id == opp.id)
        activities = session.scalar(
            select(func.count())
            .select_from(Activity)
            .where(Activity.opportunity_id == opp.id, Activity.deleted.is_(False))
        )
        kinds = session.scalars(
            select(Document.kind).where(Document.opportunity_id == opp.id, Document.deleted.is_(False))
        ).all()
        quoted_rounds = session.scalar(
            select(func.count(func.distinct(Quote.id)))
            .select_from(Quote)
            .join(QuoteLine, QuoteLine.quote_id == Quote.id)
            .where(Quote.opportunity_id == opp.id, Quote.deleted.is_(False), QuoteLine.deleted.is_(False))
        )
        contract = session.scalars(
            select(Contract.id).where(Contract.opportunity_id == opp.id, Contract.deleted.is_(False))
        ).first()
        return gates.GateContext(
            stage=opp.stage,
            budget=opp.budget,
            project_lead=opp.project_lead,
            lead_certified=opp.lead_certified,
            certified_leads=frozenset(self.ctx.prefs.certified_leads),
            contacts=tuple(gates.ContactFact(c.name, c.role, c.attitude) for c in contacts),
            step_status={r.letter: r.status for r in records},
            step_values={r.letter: dict(r.values or {}) for r in records},
            unanswered_starred=tuple(unanswered_starred(tender.live_requirements(session, opp.id))),
            customer_industry=customer.industry if customer is not None else "",
            key_account=bool(customer is not None and customer.key_account),
            activities=int(activities or 0),
            documents=frozenset(kinds),
            quote_rounds=int(quoted_rounds or 0),
            latest_bid_review=latest_review_outcome(reviews, "bid"),
            latest_contract_review=latest_review_outcome(reviews, "contract"),
            has_contract=contract is not None,
            milestones=tuple(
                gates.MilestoneFact(p.milestone, p.amount, p.received_amount, bool(p.write_off_reason))
                for p in payments
            ),
        )

    def unmet_gates(self, opportunity_id: str, target: int) -> list[gates.UnmetRule]:
        with self.ctx.read() as session:
            opp = get_live(session, Opportunity, opportunity_id)
            return gates.unmet_for_move(self.gate_context(session, opp), target)

    def list(
        self, *, include_closed: bool = True, ids: list[str] | None = None
    ) -> list[dto.OpportunitySummary]:
        """All live opportunities as cards, newest first within a stage."""
        with self.ctx.read() as session:
            return list_summaries(session, include_closed=include_closed, ids=ids)

    def count_open(self, owner: str | None = None) -> int:
        """How many open opportunities (of ``owner`` when given): a cheap question for start-up."""
        query = (
            select(func.count())
            .select_from(Opportunity)
            .where(Opportunity.deleted.is_(False), Opportunity.status == "open")
        )
        if owner is not None:
            query = query.where(Opportunity.owner == owner)
        with self.ctx.read() as session:
            return int(session.scalar(query) or 0)

    def summary(self, opportunity_id: str) -> dto.OpportunitySummary:
        found = self.list(ids=[opportunity_id])
        if not found:
            raise NotFound.coded("not_found", table="opportunities", id=opportunity_id)
        return found[0]

    def detail(self, opportunity_id: str) -> dto.OpportunityDetail:
        with self.ctx.read() as session:
            return load_detail(session, opportunity_id)


def latest_review(reviews: Sequence[Review], kind: str) -> Review | None:
    """The latest review of ``kind``: it alone decides (a rejection after a pass counts)."""
    of_kind = [r for r in reviews if r.kind == kind]
    return max(of_kind, key=lambda r: (r.submitted or dt.date.min, r.created_at, r.id), default=None)


def latest_review_outcome(reviews: Sequence[Review], kind: str) -> str | None:
    latest = latest_review(reviews, kind)
    return latest.outcome if latest is not None else None


def find_customer(session: Session, name: str) -> Customer | None:
    return session.scalars(
        select(Customer).where(Customer.name == name.strip(), Customer.deleted.is_(False))
    ).first()


_SUMMARY_OPP_COLUMNS = (
    "id",
    "customer_id",
    "name",
    "stage",
    "status",
    "amount",
    "owner",
    "next_step",
    "next_date",
    "updated_at",
    "stage_entered_at",
    "probability",
    "project_lead",
    "expected_sign_date",
)
_SUMMARY_CUSTOMER_COLUMNS = ("name", "key_account", "industry", "region")


def list_summaries(
    session: Session, *, include_closed: bool = True, ids: list[str] | None = None
) -> list[dto.OpportunitySummary]:
    # Plain columns, not ORM entities: loading 10,000 rows with their JSON stamps took ~1.5 s.
    opp_cols = [getattr(Opportunity, name) for name in _SUMMARY_OPP_COLUMNS]
    cust_cols = [getattr(Customer, name) for name in _SUMMARY_CUSTOMER_COLUMNS]
    query = (
        select(*opp_cols, *cust_cols)
        .join(Customer, Customer.id == Opportunity.customer_id)
        .where(Opportunity.deleted.is_(False))
        .order_by(Opportunity.stage, Opportunity.updated_at.desc(), Opportunity.id)
    )
    # Count only the current stage's finished steps, in SQL (not 100,000 rows into Python),
    # walking from each opportunity through the step index.
    step_stage = case({s.letter: s.stage for s in STEPS.values()}, value=StepRecord.letter)
    done_query = (
        select(Opportunity.id, func.count())
        .select_from(Opportunity)
        .join(
            StepRecord,
            and_(StepRecord.opportunity_id == Opportunity.id, step_stage == Opportunity.stage),
        )
        .where(StepRecord.status.in_(("done", "skipped")), StepRecord.deleted.is_(False))
        .group_by(Opportunity.id)
    )
    contacts_query = select(Contact.customer_id, Contact.name).where(Contact.deleted.is_(False))
    high_query = (
        select(Risk.opportunity_id, func.count())
        .where(
            Risk.deleted.is_(False),
            Risk.status == "open",
            or_(*(and_(Risk.probability == p, Risk.impact == i) for p, i in HIGH_PAIRS)),
        )
        .group_by(Risk.opportunity_id)
    )
    if not include_closed:
        query = query.where(Opportunity.status == "open")
    if ids is not None:
        query = query.where(Opportunity.id.in_(ids))
        done_query = done_query.where(Opportunity.id.in_(ids))
        high_query = high_query.where(Risk.opportunity_id.in_(ids))
    rows = session.execute(query).all()
    done: dict[str, int] = {opp_id: count for opp_id, count in session.execute(done_query)}
    high: dict[str, int] = {opp_id: count for opp_id, count in session.execute(high_query)}
    names: dict[str, list[str]] = defaultdict(list)
    customer_ids = {row[1] for row in rows}
    if ids is not None:  # a few cards (a refresh after a change): only their customers' contacts
        contacts_query = contacts_query.where(Contact.customer_id.in_(customer_ids))
    for customer_id, name in session.execute(contacts_query):
        if customer_id in customer_ids:
            names[customer_id].append(name)
    result = []
    for (
        opp_id, customer_id, name, stage_number, status, amount, owner, next_step, next_date, updated_at,
        stage_entered_at, probability, project_lead, expected_sign_date,
        customer, key_account, industry, region,
    ) in rows:  # fmt: skip
        spec = STAGES[stage_number - 1]
        result.append(
            dto.OpportunitySummary(
                id=opp_id,
                customer_id=customer_id,
                customer=customer,
                name=name,
                stage=stage_number,
                stage_name=spec.name,
                status=status,
                amount=amount,
                key_account=key_account,
                owner=owner,
                next_step=next_step,
                next_date=next_date,
                updated_at=updated_at,
                stage_entered_at=stage_entered_at,
                industry=industry,
                region=region,
                probability=probability if probability is not None else spec.default_probability,
                steps_done=done.get(opp_id, 0),
                steps_total=len(spec.letters),
                contacts=" ".join(names[customer_id]),
                project_lead=project_lead,
                expected_sign_date=expected_sign_date,
                high_risks=high.get(opp_id, 0),
            )
        )
    return result


def _live(session: Session, model: Any, *criteria: Any) -> list[Any]:
    return list(session.scalars(select(model).where(model.deleted.is_(False), *criteria)))


def load_detail(session: Session, opportunity_id: str) -> dto.OpportunityDetail:
    opp = get_live(session, Opportunity, opportunity_id)
    summary = list_summaries(session, ids=[opp.id])[0]
    cust = session.get(Customer, opp.customer_id)
    assert cust is not None
    records = {r.letter: r for r in _live(session, StepRecord, StepRecord.opportunity_id == opp.id)}
    steps = [
        views.step_view(s.letter, opp, records.get(s.letter))
        for st in STAGES
        for s in steps_of_stage(st.number)
    ]
    quotes = sorted(_live(session, Quote, Quote.opportunity_id == opp.id), key=lambda q: q.round)
    lines: dict[str, list[QuoteLine]] = defaultdict(list)
    if quotes:
        for line in _live(session, QuoteLine, QuoteLine.quote_id.in_([q.id for q in quotes])):
            lines[line.quote_id].append(line)
    activities = sorted(
        _live(session, Activity, Activity.opportunity_id == opp.id), key=lambda a: (a.date, a.created_at)
    )
    contracts = _live(session, Contract, Contract.opportunity_id == opp.id)
    history = session.scalars(
        select(HistoryEntry).where(HistoryEntry.opportunity_id == opp.id).order_by(HistoryEntry.at)
    ).all()
    handover_step = next(s for s in steps if s.letter == "Y")
    return dto.OpportunityDetail(
        summary=summary,
        customer=views.customer_view(cust),
        budget=opp.budget,
        lead_certified=opp.lead_certified,
        business_contact=opp.business_contact,
        source=opp.source,
        support_needed=opp.support_needed,
        risks=risks_of(session, opp.id),
        procurement_method=opp.procurement_method,
        notes=opp.notes,
        steps=steps,
        contacts=[views.contact_view(c) for c in _live(session, Contact, Contact.customer_id == cust.id)],
        competitors=[
            views.competitor_view(c) for c in _live(session, Competitor, Competitor.opportunity_id == opp.id)
        ],
        activities=[views.activity_view(a, cust.name, opp.name) for a in activities],
        quotes=[views.quote_view(q, lines[q.id]) for q in quotes],
        reviews=[views.review_view(r) for r in _live(session, Review, Review.opportunity_id == opp.id)],
        contract=views.contract_view(contracts[0]) if contracts else None,
        payments=sorted(
            (views.payment_view(p) for p in _live(session, Payment, Payment.opportunity_id == opp.id)),
            key=lambda p: (p.due_date or dt.date.max, p.milestone),
        ),
        documents=sorted(
            (views.document_view(d) for d in _live(session, Document, Document.opportunity_id == opp.id)),
            key=lambda d: d.generated_at,
        ),
        history=[views.history_view(h) for h in history],
        handover={k: v for k, v in handover_step.fields.items()},
        changes=changes_of(session, opp.id),
        close=views.closing_view(closing) if (closing := views.latest_closing(session, opp.id)) else None,
        requirements=[tender.requirement_view(r) for r in tender.live_requirements(session, opp.id)],
    )


def total_amount(cards: list[dto.OpportunitySummary]) -> Decimal:
    return sum((c.amount or Decimal(0) for c in cards), Decimal(0))
