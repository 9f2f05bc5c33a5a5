"""The template context: an opportunity's data as plain dicts of display text.

Templates only print text, so every value here is already formatted the way a Chinese business
document writes it (dates 2026年11月27日, amounts 1,202,470.00 and 人民币…元整, booleans 是/否).
Totals are computed from the stored Decimals, never typed. Every key is listed in
``projdesk.deliverables.fields`` (and so in ``docs/templates.md``).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from projdesk.deliverables.assembly import Assembly
from projdesk.deliverables.audience import CUSTOMER_KINDS, customer_view
from projdesk.deliverables.contract_clauses import payment_clause, payment_trigger
from projdesk.deliverables.deviations import deviation_context, deviation_rows
from projdesk.deliverables.library_context import library_context
from projdesk.domain.catalog import DOCUMENT_TITLES, STATUSES, STEPS
from projdesk.domain.library import Library
from projdesk.domain.money import capitals_phrase, format_wan, format_yuan, to_capitals
from projdesk.labels import (
    change_status_text,
    review_outcome_text,
    risk_level_text,
    risk_status_text,
    step_status_text,
)
from projdesk.storage import dto

__all__ = ["KIND_TITLES", "build_context", "cn_date", "text"]

# The Word and slide documents (the Excel ones live in deliverables.sheets).
KIND_TITLES: dict[str, str] = {
    kind: DOCUMENT_TITLES[kind]
    for kind in ("initiation", "research", "proposal", "solution", "bid", "contract", "handover", "slides")
}


def cn_date(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return f"{value.year}年{value.month}月{value.day}日"


def text(value: Any) -> str:
    """One value as document text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return format_yuan(value)
    if isinstance(value, dt.date):
        return cn_date(value)
    return str(value)


def _quantity(q: Decimal) -> str:
    """12.00 → 12, 1.50 → 1.5."""
    return format(q.normalize(), "f")


def _money(amount: Decimal | None, prefix: str) -> dict[str, str]:
    """``{prefix}``, ``{prefix}_capitals`` (人民币…元整), ``{prefix}_words`` (人民币（大写）：…元整),
    ``{prefix}_wan``: blank when unknown."""
    if amount is None:
        return {prefix: "", f"{prefix}_capitals": "", f"{prefix}_words": "", f"{prefix}_wan": ""}
    return {
        prefix: format_yuan(amount),
        f"{prefix}_capitals": to_capitals(amount),
        f"{prefix}_words": capitals_phrase(amount),
        f"{prefix}_wan": format_wan(amount),
    }


def _lines(value: Any) -> list[str]:
    return [line.strip() for line in text(value).splitlines() if line.strip()]


def chosen_quote(quotes: list[dto.QuoteView]) -> dto.QuoteView | None:
    """The accepted round, else the latest."""
    accepted = [q for q in quotes if q.accepted]
    pool = accepted or quotes
    return max(pool, key=lambda q: (q.round, q.date)) if pool else None


def _quote(quotes: list[dto.QuoteView]) -> dict[str, Any]:
    q = chosen_quote(quotes)
    if q is None:
        return {
            "exists": False,
            "round": "",
            "date": "",
            "note": "",
            "status": "尚无报价",
            "lines": [],
            "count": 0,
            **_money(None, "total"),
        }
    lines = [
        {
            "no": str(i),
            "item": line.item,
            "brand": line.brand,
            "model": line.model,
            "quantity": _quantity(line.quantity),
            "unit": line.unit,
            "unit_price": format_yuan(line.unit_price),
            "total": format_yuan(line.total),
        }
        for i, line in enumerate(sorted(q.lines, key=lambda x: x.position), start=1)
    ]
    return {
        "exists": True,
        "round": str(q.round),
        "date": cn_date(q.date),
        "note": q.note,
        "status": "已确认报价" if q.accepted else "最新一轮报价",
        "lines": lines,
        "count": len(lines),
        **_money(q.total, "total"),
    }


def _steps(detail: dto.OpportunityDetail) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    views = {s.letter: s for s in detail.steps}
    for letter, spec in STEPS.items():
        view = views.get(letter)
        values = view.fields if view else {}
        entry = {f.key: text(values.get(f.key)) for f in spec.fields}
        entry["title"] = spec.title
        entry["status"] = step_status_text(view.status if view else "not_started")
        entry["completed"] = cn_date(view.completed_at) if view else ""
        out[letter] = entry
    return out


def contract_amount(detail: dto.OpportunityDetail) -> Decimal | None:
    """The price a contract states: the contract record's, else the chosen quote's total; never
    the expected amount (a salesperson's estimate is no price to sign)."""
    if detail.contract and detail.contract.amount:
        return detail.contract.amount
    quote = chosen_quote(detail.quotes)
    return quote.total if quote else None


def _contract(
    detail: dto.OpportunityDetail, steps: dict[str, dict[str, str]], company: str
) -> dict[str, Any]:
    c = detail.contract
    amount = contract_amount(detail)
    return {
        "number": (c.number if c else "") or steps["U"]["contract_number"],
        "party_a": (c.party_a if c else "") or detail.customer.name,
        "party_b": (c.party_b if c else "") or company,
        "terms": c.terms if c else "",
        "key_clauses": steps["U"]["key_clauses"],
        "drafted_on": steps["U"]["drafted_on"],
        "signed_date": cn_date(c.signed_date if c else None) or steps["W"]["signed_on"],
        "effective_date": cn_date(c.effective_date if c else None) or steps["X"]["effective_on"],
        "customer_signatory": steps["W"]["customer_signatory"],
        **_money(amount, "amount"),
        **_money(detail.contract_amount if c else amount, "current_amount"),
    }


def _payments(detail: dto.OpportunityDetail, contract_amount: Decimal | None) -> list[dict[str, str]]:
    rows = []
    for i, p in enumerate(detail.payments, start=1):
        ratio = ""
        if contract_amount:
            ratio = f"{(p.amount * 100 / contract_amount).quantize(Decimal('0.1')).normalize():f}%"
        rows.append(
            {
                "no": str(i),
                "milestone": p.milestone,
                "trigger": payment_trigger(p.milestone),
                "due_date": cn_date(p.due_date),
                "ratio": ratio,
                "amount": format_yuan(p.amount),
                "amount_capitals": to_capitals(p.amount),
                "amount_words": capitals_phrase(p.amount),
                "received_date": cn_date(p.received_date),
                "received_amount": format_yuan(p.received_amount) if p.received_amount is not None else "",
            }
        )
    return rows


def _payment_clauses(detail: dto.OpportunityDetail, payments: list[dict[str, str]]) -> list[dict[str, str]]:
    return [
        {
            "no": row["no"],
            "text": payment_clause(int(row["no"]), p.milestone, p.amount, row["ratio"], row["due_date"]),
        }
        for p, row in zip(detail.payments, payments, strict=True)
    ]


def _step_date(detail: dto.OpportunityDetail, letter: str, key: str) -> dt.date | None:
    view = next((s for s in detail.steps if s.letter == letter), None)
    value = view.fields.get(key) if view else None
    return value if isinstance(value, dt.date) else None


def bid_date(detail: dto.OpportunityDetail) -> dt.date | None:
    """The bid is dated by its submission (step S), never after its own deadline (step Q)."""
    submitted = _step_date(detail, "S", "submitted_on")
    deadline = _step_date(detail, "Q", "bid_deadline")
    if submitted and deadline:
        return min(submitted, deadline)
    return submitted or deadline


# Our company's particulars as the bid and the contract print them (设置 › 资料, one key each).
def _registers(detail: dto.OpportunityDetail) -> dict[str, Any]:
    """The risk register and the change requests, for internal documents only."""
    return {
        "risks": [
            {
                "description": r.description,
                "level": risk_level_text(r.level),
                "probability": risk_level_text(r.probability),
                "impact": risk_level_text(r.impact),
                "response": r.response,
                "owner": r.owner,
                "due_date": cn_date(r.due_date),
                "status": risk_status_text(r.status),
                "close_note": r.close_note,
            }
            for r in detail.risks
        ],
        "changes": [
            {
                "number": str(c.number),
                "reason": c.reason,
                "impact": c.impact,
                "requested_on": cn_date(c.requested_on),
                "status": change_status_text(c.status),
                "amount_change": signed_yuan(c.amount_change) if c.cost is not None else "",
                "schedule_days": "" if c.schedule_days is None else str(c.schedule_days),
                "risk": c.risk_note,
                "decided_by": c.decided_by,
                "decided_on": cn_date(c.decided_on),
            }
            for c in detail.changes
        ],
    }


def signed_yuan(amount: Decimal) -> str:
    """+20,000.00 / -5,000.00: which way a change moves the contract amount."""
    return ("-" if amount < 0 else "+") + format_yuan(abs(amount))


_NUMBERED = re.compile(r"^\s*[0-9]{1,3}\s*[.、．)）](?![0-9])\s*", re.ASCII)  # "1. " or "2、", never "4.2 节"


def _points(value: str) -> list[str]:
    """A line each, without the numbering a user typed (the table numbers them)."""
    return [point for line in _lines(value) if (point := _NUMBERED.sub("", line).strip())]


def revisions(step: dict[str, str]) -> list[dict[str, str]]:
    """修订说明: each suggestion the customer made (客户意见, a line each) beside how this version
    answers it (对意见的修改, the same line); an unanswered one has an empty answer (a gap)."""
    answers = _points(step.get("feedback_answers", ""))
    return [
        {"no": str(i), "request": request, "answer": answers[i - 1] if i <= len(answers) else ""}
        for i, request in enumerate(_points(step.get("feedback", "")), start=1)
    ]


def build_context(
    detail: dto.OpportunityDetail,
    *,
    kind: str,
    version: int = 1,
    note: str = "",
    library: Library | None = None,
    today: dt.date | None = None,
    assembly: Assembly | None = None,
) -> dict[str, Any]:
    """Everything a template may print, for one opportunity and one document kind; the library's
    parts as ``assembly`` chose them (None: the default choice)."""
    today = today or dt.date.today()
    s = detail.summary
    steps = _steps(detail)
    own = library_context(library or Library(), detail, today, assembly)  # company, library: the 资料库
    company = own["company"]["name"]
    contract = _contract(detail, steps, company)
    payments = _payments(detail, contract_amount(detail))
    contacts = [
        {
            "name": c.name,
            "title": c.title,
            "role": c.role,
            "attitude": c.attitude,
            "background": c.background,
            "phone": c.phone,
            "email": c.email,
        }
        for c in detail.contacts
    ]
    decision_maker = next(
        (c["name"] for c in contacts if c["role"] == "关键决策人"), steps["E"]["key_decision_maker"]
    )
    proposal_history = [
        {
            "version": steps[x]["version"],
            "change_note": steps[x]["change_note"],
            "feedback": steps[x]["feedback"],
        }
        for x in ("L", "M")
        if steps[x]["version"] or steps[x]["change_note"]
    ]
    handover = {**steps["Y"], **{k: text(v) for k, v in detail.handover.items() if v not in (None, "")}}
    contract["payment_clauses"] = _payment_clauses(detail, payments)
    # Only the documents that stay inside the company see the risk register and the change
    # requests: a customer document's context has no such key, so no template can print them.
    internal = {} if kind in CUSTOMER_KINDS else _registers(detail)
    context = {
        **internal,
        "doc": {
            "kind": kind,
            "title": KIND_TITLES.get(kind, kind),
            "version": str(version),
            "version_label": f"v{version}",
            "note": note or steps["M"]["change_note"] or steps["L"]["change_note"],
            "date": cn_date(today),
            "date_iso": today.isoformat(),
            "year": str(today.year),
        },
        **own,
        "customer": {
            "name": detail.customer.name,
            "industry": detail.customer.industry,
            "region": detail.customer.region,
            "address": detail.customer.address,
            "credit_code": detail.customer.credit_code or "",
            "listed": text(detail.customer.listed),
            "key_account": text(detail.customer.key_account),
            "key_reasons": "、".join(detail.customer.key_reasons),
            "notes": detail.customer.notes,
        },
        "project": {
            "name": s.name,
            "stage": str(s.stage),
            "stage_name": s.stage_name,
            "status": STATUSES.get(s.status, s.status),
            "owner": s.owner,
            "project_lead": s.project_lead,
            "lead_certified": text(detail.lead_certified),
            "business_contact": detail.business_contact,
            "source": detail.source,
            "procurement_method": detail.procurement_method or steps["Q"]["procurement_method"],
            "probability": f"{s.probability}%",
            "expected_sign_date": cn_date(s.expected_sign_date),
            "next_step": s.next_step,
            "next_date": cn_date(s.next_date),
            "support_needed": detail.support_needed,
            "notes": detail.notes,
            "key_decision_maker": decision_maker,
            "competitors": "、".join(c.name for c in detail.competitors),
        },
        "amounts": {**_money(s.amount, "expected"), **_money(detail.budget, "budget")},
        "quote": _quote(detail.quotes),
        "contacts": contacts,
        "competitors": [
            {
                "name": c.name,
                "offer": c.offer,
                "price": format_yuan(c.price) if c.price is not None else "",
                "strengths": c.strengths,
                "our_answer": c.our_answer,
            }
            for c in detail.competitors
        ],
        "activities": [
            {
                "date": cn_date(a.date),
                "type": a.type,
                "step": a.step,
                "people": a.people,
                "content": a.content,
                "result": a.result,
                "next_action": a.next_action,
                "next_date": cn_date(a.next_date),
                "owner": a.owner,
            }
            for a in detail.activities
        ],
        "reviews": [
            {
                "kind": r.kind,
                "submitted": cn_date(r.submitted),
                "reviewer": r.reviewer,
                "outcome": review_outcome_text(r.outcome),  # a Chinese document's word
                "comments": r.comments,
            }
            for r in detail.reviews
        ],
        "steps": steps,
        "initiation": steps["J"],
        "research": {
            **steps["K"],
            "people_met": steps["I"]["people_met"],
            "concerns": steps["I"]["concerns"],
        },
        "proposal": {
            "version": steps["M"]["version"] or steps["L"]["version"],
            "feedback": steps["M"]["feedback"] or steps["L"]["feedback"],
            "history": proposal_history,
            "revisions": revisions(steps["M"] if steps["M"]["feedback"] else steps["L"]),
        },
        "bid": {
            **steps["Q"],
            "procurement_method": steps["Q"]["procurement_method"] or detail.procurement_method,
            "requirements_list": deviation_rows(detail.requirements),
            "validity_days": "90",
            "date": cn_date(bid_date(detail)),
        },
        "contract": contract,
        "payments": payments,
        "handover": handover,
        **deviation_context(detail.requirements),
    }
    return customer_view(context) if kind in CUSTOMER_KINDS else context
