"""Turning rows into the plain data services return."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from projdesk.domain.catalog import FieldSpec, step
from projdesk.domain.values import from_json_value
from projdesk.storage import dto
from projdesk.storage.models import (
    Activity,
    ChangeRequest,
    Closing,
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
)

T = TypeVar("T")


def from_row(view: type[T], row: Any, **given: Any) -> T:
    """A view dataclass filled from the row's attributes of the same names (``given`` wins)."""
    names = (f.name for f in dataclasses.fields(view) if f.name not in given)  # type: ignore[arg-type]
    return view(**{name: getattr(row, name) for name in names}, **given)


def split_reasons(text: str) -> list[str]:
    return [r for r in (text or "").split("；") if r]


def customer_view(c: Customer) -> dto.CustomerView:
    return from_row(dto.CustomerView, c, key_reasons=split_reasons(c.key_reasons))


def contact_view(c: Contact) -> dto.ContactView:
    return from_row(dto.ContactView, c)


def competitor_view(c: Competitor) -> dto.CompetitorView:
    return from_row(dto.CompetitorView, c)


def activity_view(a: Activity, customer: str = "", opportunity: str = "") -> dto.ActivityView:
    return from_row(dto.ActivityView, a, customer=customer, opportunity=opportunity)


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
                lineage=ln.lineage or ln.id,
            )
            for ln in sorted(lines, key=lambda ln: ln.position)
        ],
    )


def review_view(r: Review) -> dto.ReviewView:
    return from_row(dto.ReviewView, r)


def contract_view(c: Contract) -> dto.ContractView:
    return from_row(dto.ContractView, c)


def risk_view(r: Risk) -> dto.RiskView:
    return from_row(dto.RiskView, r)


def change_view(c: ChangeRequest) -> dto.ChangeView:
    return from_row(dto.ChangeView, c)


def payment_view(p: Payment) -> dto.PaymentView:
    return from_row(dto.PaymentView, p)


def document_view(d: Document) -> dto.DocumentView:
    return from_row(dto.DocumentView, d)


def history_view(h: HistoryEntry) -> dto.HistoryView:
    return from_row(dto.HistoryView, h)


TAG_SEPARATOR = "、"  # how a retrospective's tags are kept in one column


def retrospective_view(row: Closing) -> dto.Retrospective:
    tags = tuple(t for t in row.tags.split(TAG_SEPARATOR) if t)
    return dto.Retrospective(row.worked, row.not_worked, row.lessons, tags)


def closing_view(row: Closing) -> dto.ClosingView:
    return from_row(dto.ClosingView, row, retrospective=retrospective_view(row))


def latest_closing(session: Session, opportunity_id: str) -> Closing | None:
    """The latest close or reopening: it explains the opportunity's status."""
    return session.scalars(
        select(Closing)
        .where(Closing.opportunity_id == opportunity_id, Closing.deleted.is_(False))
        .order_by(Closing.created_at.desc(), Closing.id.desc())
    ).first()


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
