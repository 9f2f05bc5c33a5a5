"""Quotes (rounds and lines), reviews, the contract and its payments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from projdesk.domain.errors import InvalidInput, RuleRefused
from projdesk.domain.limits import REVIEW_KINDS, REVIEW_OUTCOMES
from projdesk.domain.money import parse_money, parse_quantity
from projdesk.domain.values import parse_date
from projdesk.storage import dto
from projdesk.storage.models import Contract, Opportunity, Payment, Quote, QuoteLine, Review
from projdesk.storage.services import views
from projdesk.storage.services.base import Context, get_live


def _quantity(raw: Any) -> Decimal:
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return Decimal("1.00")  # a line without a quantity is one of the item
    return parse_quantity(raw if isinstance(raw, str | int | Decimal) else str(raw))


def parse_quote_line(position: int, line: Mapping[str, Any]) -> dict[str, Any]:
    item = str(line.get("item", "")).strip()
    if not item:
        raise InvalidInput.coded("quote_line_unnamed", position=position)
    price = parse_money(line.get("unit_price"), label=f"第 {position} 行单价")
    return {
        "position": position,
        "item": item,
        "brand": str(line.get("brand", "")).strip(),
        "model": str(line.get("model", "")).strip(),
        "quantity": _quantity(line.get("quantity", 1)),
        "unit": str(line.get("unit", "")).strip(),
        "unit_price": price if price is not None else Decimal(0),
    }


class CommercialService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- quotes --------------------------------------------------------------------------

    def add_quote(
        self, opportunity_id: str, lines: Sequence[Mapping[str, Any]], *, date: Any = None, note: str = ""
    ) -> str:
        """A new quote round (numbered after the last one) with its itemised lines."""
        parsed = [parse_quote_line(i, line) for i, line in enumerate(lines, start=1)]
        if not parsed:
            raise InvalidInput.coded("quote_without_lines")
        day = parse_date(date, label="报价日期") or dt.date.today()
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id, "商机")
            last = w.session.scalar(
                select(func.max(Quote.round)).where(Quote.opportunity_id == opp.id, Quote.deleted.is_(False))
            )
            quote = w.create(Quote, opportunity_id=opp.id, round=(last or 0) + 1, date=day, note=note.strip())
            for values in parsed:
                w.create(QuoteLine, for_opportunity=opp.id, quote_id=quote.id, **values)
            return quote.id

    def accept_quote(self, quote_id: str) -> None:
        """Mark one round as the accepted one (the bid and contract use it)."""
        with self.ctx.write() as w:
            quote = get_live(w.session, Quote, quote_id, "报价")
            others = w.session.scalars(
                select(Quote).where(Quote.opportunity_id == quote.opportunity_id, Quote.deleted.is_(False))
            )
            for other in others:
                w.update(other, {"accepted": other.id == quote.id})

    def quotes(self, opportunity_id: str) -> list[dto.QuoteView]:
        with self.ctx.read() as session:
            quotes = session.scalars(
                select(Quote)
                .where(Quote.opportunity_id == opportunity_id, Quote.deleted.is_(False))
                .order_by(Quote.round)
            ).all()
            result = []
            for q in quotes:
                lines = session.scalars(
                    select(QuoteLine).where(QuoteLine.quote_id == q.id, QuoteLine.deleted.is_(False))
                ).all()
                result.append(views.quote_view(q, list(lines)))
            return result

    # -- reviews -------------------------------------------------------------------------

    def add_review(
        self,
        opportunity_id: str,
        kind: str,
        *,
        outcome: str = "pending",
        reviewer: str = "",
        submitted: Any = None,
        comments: str = "",
    ) -> str:
        if kind not in REVIEW_KINDS:
            raise InvalidInput(f"评审类型只能是：{', '.join(REVIEW_KINDS)}（收到：{kind}）")
        if outcome not in REVIEW_OUTCOMES:
            raise InvalidInput(f"评审结论只能是：{', '.join(REVIEW_OUTCOMES)}（收到：{outcome}）")
        day = parse_date(submitted, label="提交评审日期") or dt.date.today()
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id, "商机")
            return w.create(
                Review,
                opportunity_id=opp.id,
                kind=kind,
                outcome=outcome,
                reviewer=reviewer.strip(),
                submitted=day,
                comments=comments.strip(),
            ).id

    def update_review(self, review_id: str, *, outcome: str, comments: str | None = None) -> None:
        if outcome not in REVIEW_OUTCOMES:
            raise InvalidInput(f"评审结论只能是：{', '.join(REVIEW_OUTCOMES)}（收到：{outcome}）")
        changes: dict[str, Any] = {"outcome": outcome}
        if comments is not None:
            changes["comments"] = comments.strip()
        with self.ctx.write() as w:
            w.update(get_live(w.session, Review, review_id, "评审"), changes)

    # -- contract and payments -----------------------------------------------------------

    def save_contract(self, opportunity_id: str, changes: Mapping[str, Any]) -> str:
        """Create or update the opportunity's contract; returns its id."""
        parsed: dict[str, Any] = {}
        for key, raw in changes.items():
            if key == "amount":
                parsed[key] = parse_money(raw, label="合同金额")
            elif key in ("signed_date", "effective_date"):
                parsed[key] = parse_date(raw, label="签订日期" if key == "signed_date" else "生效日期")
            elif key in ("number", "party_a", "party_b", "terms"):
                parsed[key] = ("" if raw is None else str(raw)).strip()
            else:
                raise InvalidInput(f"未知的合同字段：{key}")
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id, "商机")
            contract = w.session.scalars(select(Contract).where(Contract.opportunity_id == opp.id)).first()
            if contract is None:
                return w.create(Contract, opportunity_id=opp.id, **parsed).id
            w.update(contract, {**parsed, "deleted": False})
            return contract.id

    def add_payment(
        self,
        opportunity_id: str,
        milestone: str,
        amount: Any,
        *,
        due_date: Any = None,
        received_date: Any = None,
        received_amount: Any = None,
    ) -> str:
        milestone = milestone.strip()
        if not milestone:
            raise InvalidInput("付款节点名称不能为空")
        value = parse_money(amount, label="应收金额")
        if value is None:
            raise InvalidInput("应收金额不能为空")
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id, "商机")
            return w.create(
                Payment,
                opportunity_id=opp.id,
                milestone=milestone,
                amount=value,
                due_date=parse_date(due_date, label="应收日期"),
                received_date=parse_date(received_date, label="到账日期"),
                received_amount=parse_money(received_amount, label="到账金额"),
            ).id

    def record_receipt(self, payment_id: str, received_amount: Any, received_date: Any = None) -> None:
        value = parse_money(received_amount, label="到账金额")
        day = parse_date(received_date, label="到账日期") or dt.date.today()
        with self.ctx.write() as w:
            payment = get_live(w.session, Payment, payment_id, "付款节点")
            w.update(payment, {"received_amount": value, "received_date": day})

    def write_off_payment(self, payment_id: str, reason: str) -> None:
        """What is still due on a milestone will not be collected: kept with the reason (步骤 Z)."""
        reason = (reason or "").strip()
        if not reason:
            raise RuleRefused.coded("write_off_reason_missing")
        with self.ctx.write() as w:
            w.update(get_live(w.session, Payment, payment_id, "付款节点"), {"write_off_reason": reason})
