"""Turning rows into the plain data services return."""

from __future__ import annotations

from typing import Any

from projdesk.domain.catalog import FieldSpec, step
from projdesk.domain.values import from_json_value
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
)


def split_reasons(text: str) -> list[str]:
    return [r for r in (text or "").split("；") if r]


def customer_view(c: Customer) -> dto.CustomerView:
    return dto.CustomerView(
        id=c.id,
        name=c.name,
        credit_code=c.credit_code,
        industry=c.industry,
        region=c.region,
        listed=c.listed,
        industry_key=c.industry_key,
        regional_influence=c.regional_influence,
        key_account=c.key_account,
        key_reasons=split_reasons(c.key_reasons),
        address=c.address,
        notes=c.notes,
    )


def contact_view(c: Contact) -> dto.ContactView:
    return dto.ContactView(
        id=c.id,
        customer_id=c.customer_id,
        name=c.name,
        title=c.title,
        role=c.role,
        attitude=c.attitude,
        background=c.background,
        phone=c.phone,
        email=c.email,
    )


def competitor_view(c: Competitor) -> dto.CompetitorView:
    return dto.CompetitorView(
        id=c.id, name=c.name, offer=c.offer, price=c.price, strengths=c.strengths, our_answer=c.our_answer
    )


def activity_view(a: Activity, customer: str = "", opportunity: str = "") -> dto.ActivityView:
    return dto.ActivityView(
        id=a.id,
        opportunity_id=a.opportunity_id,
        date=a.date,
        type=a.type,
        step=a.step,
        people=a.people,
        content=a.content,
        result=a.result,
        next_action=a.next_action,
        next_date=a.next_date,
        owner=a.owner,
        customer=customer,
        opportunity=opportunity,
    )


def quote_view(q: Quote, lines: list[QuoteLine]) -> dto.QuoteView:
    return dto.QuoteView(
        id=q.id,
        round=q.round,
        date=q.date,
        note=q.note,
        accepted=q.accepted,
        lines=[
            dto.QuoteLineView(
                id=ln.id,
                position=ln.position,
                item=ln.item,
                brand=ln.brand,
                model=ln.model,
                quantity=ln.quantity,
                unit=ln.unit,
                unit_price=ln.unit_price,
            )
            for ln in sorted(lines, key=lambda ln: ln.position)
        ],
    )


def review_view(r: Review) -> dto.ReviewView:
    return dto.ReviewView(
        id=r.id,
        kind=r.kind,
        submitted=r.submitted,
        reviewer=r.reviewer,
        outcome=r.outcome,
        comments=r.comments,
    )


def contract_view(c: Contract) -> dto.ContractView:
    return dto.ContractView(
        id=c.id,
        number=c.number,
        amount=c.amount,
        signed_date=c.signed_date,
        effective_date=c.effective_date,
        party_a=c.party_a,
        party_b=c.party_b,
        terms=c.terms,
    )


def payment_view(p: Payment) -> dto.PaymentView:
    return dto.PaymentView(
        id=p.id,
        milestone=p.milestone,
        due_date=p.due_date,
        amount=p.amount,
        received_date=p.received_date,
        received_amount=p.received_amount,
    )


def document_view(d: Document) -> dto.DocumentView:
    return dto.DocumentView(
        id=d.id,
        kind=d.kind,
        version=d.version,
        file_path=d.file_path,
        generated_at=d.generated_at,
        note=d.note,
    )


def history_view(h: HistoryEntry) -> dto.HistoryView:
    return dto.HistoryView(
        id=h.id,
        entity=h.entity,
        entity_id=h.entity_id,
        field=h.field,
        old=h.old,
        new=h.new,
        kind=h.kind,
        reason=h.reason,
        actor=h.actor,
        at=h.at,
    )


def field_value(spec: FieldSpec, opp: Opportunity, record: StepRecord | None) -> Any:
    if spec.binds:
        value = getattr(opp, spec.binds)
        return value if value != "" else None
    if record is None:
        return None
    return from_json_value(spec, (record.values or {}).get(spec.key))


def step_view(letter: str, opp: Opportunity, record: StepRecord | None) -> dto.StepView:
    spec = step(letter)
    return dto.StepView(
        letter=spec.letter,
        stage=spec.stage,
        title=spec.title,
        status=record.status if record else "not_started",
        fields={f.key: field_value(f, opp, record) for f in spec.fields},
        completed_at=record.completed_at if record else None,
    )
