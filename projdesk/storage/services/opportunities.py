"""Opportunities: create, change, move through the stages, list and show."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from projdesk.domain import gates, limits
from projdesk.domain.catalog import STAGES, STATUSES, STEPS, stage, steps_of_stage
from projdesk.domain.errors import InvalidInput, NotFound, RuleRefused
from projdesk.domain.money import parse_money
from projdesk.domain.tender import unanswered_starred
from projdesk.domain.values import parse_bool, parse_date, parse_int
from projdesk.labels import rule_texts
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
    StepRecord,
    utcnow,
)
from projdesk.storage.services import tender, views
from projdesk.storage.services.base import Context, get_live


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
    raise InvalidInput(f"状态只能是：{'、'.join(f'{k}（{v}）' for k, v in STATUSES.items())}；收到：{text}")


# Editable opportunity fields and how user input becomes their value.
OPPORTUNITY_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: _required(_text("name")(v), "项目名称"),
    "status": _status,
    "amount": lambda v: parse_money(v, label="预计签单额"),
    "budget": lambda v: parse_money(v, label="预算"),
    "probability": lambda v: parse_int(v, label="赢单概率", low=0, high=100),
    "expected_sign_date": lambda v: parse_date(v, label="预计签约日期"),
    "owner": _text("owner"),
    "project_lead": _text("project_lead"),
    "lead_certified": lambda v: bool(parse_bool(v, label="项目主管已认证")),
    "business_contact": _text("business_contact"),
    "next_step": _text("next_step"),
    "next_date": lambda v: parse_date(v, label="下一步日期"),
    "source": _text("source"),
    "support_needed": _text("support_needed"),
    "risks": _text("risks"),
    "procurement_method": _text("procurement_method"),
    "notes": _text("notes"),
}


def _required(text: str, label: str) -> str:
    if not text:
        raise InvalidInput(f"{label}不能为空")
    return text


def parse_opportunity_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    parsed = {}
    for name, raw in changes.items():
        if name == "stage":
            raise InvalidInput("阶段请用“推进/退回”（opp move）修改，以便检查阶段门槛")
        parser = OPPORTUNITY_FIELDS.get(name)
        if parser is None:
            raise InvalidInput(f"未知字段：{name}（可用：{', '.join(OPPORTUNITY_FIELDS)}）")
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
        customer = _required(_text("name", "customers")(customer), "客户名称")
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
        parsed = parse_opportunity_changes(changes)
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id, "商机")
            return w.update(opp, parsed)

    def move(self, opportunity_id: str, target: int, *, force: bool = False, reason: str = "") -> list[str]:
        """Move to another stage through the gates; returns the rules overridden (if any).

        Refused (RuleRefused) past unmet gates unless ``force`` with a reason, or when the
        user's settings make gates only warn. Moving back always needs a reason.
        """
        if not isinstance(target, int) or not 1 <= target <= len(STAGES):
            raise InvalidInput(f"阶段必须在 1–10 之间：{target}")
        reason = (reason or "").strip()
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id, "商机")
            current = opp.stage
            if target == current:
                return []
            if target < current and not reason:
                raise RuleRefused(f"退回到“{stage(target).name}”需要说明原因", ["请填写退回原因（--reason）"])
            unmet = gates.unmet_for_move(self.gate_context(w.session, opp), target)
            messages = rule_texts(unmet)  # Chinese: the history note and the rules overridden
            if unmet and self.ctx.prefs.gates_block and not force:
                raise gates.GateRefused("move_blocked", {"stage": stage(target).name}, unmet)
            if unmet and force and not reason:
                raise InvalidInput("越过阶段门槛需要说明理由（--reason）")
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
            opp = get_live(w.session, Opportunity, opportunity_id, "商机")
            w.delete(opp, reason=reason)

    # -- reads ---------------------------------------------------------------------------

    def resolve(self, reference: str) -> str:
        """An opportunity id from a full id or a unique prefix of at least 4 characters."""
        ref = (reference or "").strip()
        with self.ctx.read() as session:
            if session.get(Opportunity, ref) is not None:
                return ref
            if len(ref) >= 4:
                found = session.scalars(
                    select(Opportunity.id)
                    .where(Opportunity.id.startswith(ref), Opportunity.deleted.is_(False))
                    .limit(2)
                ).all()
                if len(found) == 1:
                    return found[0]
                if len(found) > 1:
                    raise InvalidInput(f"ID 前缀“{ref}”对应多个商机，请写得更长")
        raise NotFound(f"找不到商机：{ref}")

    def gate_context(self, session: Session, opp: Opportunity) -> gates.GateContext:
        contacts = session.scalars(
            select(Contact).where(Contact.customer_id == opp.customer_id, Contact.deleted.is_(False))
        ).all()
        records = session.scalars(
            select(StepRecord).where(StepRecord.opportunity_id == opp.id, StepRecord.deleted.is_(False))
        ).all()
        reviews = session.scalars(
            select(Review).where(Review.opportunity_id == opp.id, Review.deleted.is_(False))
        ).all()
        paid = session.scalars(
            select(Payment).where(
                Payment.opportunity_id == opp.id,
                Payment.deleted.is_(False),
                Payment.received_amount > 0,
            )
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
            bid_review_passed=_review_passed(reviews, records, "bid", "R"),
            contract_review_passed=_review_passed(reviews, records, "contract", "V"),
            first_payment_received=paid is not None,
            unanswered_starred=tuple(unanswered_starred(tender.live_requirements(session, opp.id))),
        )

    def unmet_gates(self, opportunity_id: str, target: int) -> list[gates.UnmetRule]:
        with self.ctx.read() as session:
            opp = get_live(session, Opportunity, opportunity_id, "商机")
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
            raise NotFound(f"找不到商机：{opportunity_id}")
        return found[0]

    def detail(self, opportunity_id: str) -> dto.OpportunityDetail:
        with self.ctx.read() as session:
            return load_detail(session, opportunity_id)


PASSED_OUTCOMES = ("通过", "修改后通过")


def _review_passed(reviews: Any, records: Any, kind: str, letter: str) -> bool:
    """A review passes when recorded as passed, or when its step's outcome says so."""
    if any(r.kind == kind and r.outcome == "passed" for r in reviews):
        return True
    return any(r.letter == letter and (r.values or {}).get("outcome") in PASSED_OUTCOMES for r in records)


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
    if not include_closed:
        query = query.where(Opportunity.status == "open")
    if ids is not None:
        query = query.where(Opportunity.id.in_(ids))
        done_query = done_query.where(Opportunity.id.in_(ids))
    rows = session.execute(query).all()
    done: dict[str, int] = {opp_id: count for opp_id, count in session.execute(done_query)}
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
            )
        )
    return result


def _live(session: Session, model: Any, *criteria: Any) -> list[Any]:
    return list(session.scalars(select(model).where(model.deleted.is_(False), *criteria)))


def load_detail(session: Session, opportunity_id: str) -> dto.OpportunityDetail:
    opp = get_live(session, Opportunity, opportunity_id, "商机")
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
        risks=opp.risks,
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
        requirements=[tender.requirement_view(r) for r in tender.live_requirements(session, opp.id)],
    )


def total_amount(cards: list[dto.OpportunitySummary]) -> Decimal:
    return sum((c.amount or Decimal(0) for c in cards), Decimal(0))
