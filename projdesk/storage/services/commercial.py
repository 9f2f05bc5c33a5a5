"""Quotes (rounds and lines), reviews, the contract and its payment milestones.

Every record here can be added, read, changed and deleted (a stamped tombstone); each change
goes through the one writer, so it is stamped, kept in the history and undone like any other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from projdesk import labels
from projdesk.domain.errors import InvalidInput, RuleRefused
from projdesk.domain.limits import REVIEW_KINDS, REVIEW_OUTCOMES
from projdesk.domain.money import parse_money, parse_quantity
from projdesk.domain.values import parse_date
from projdesk.storage import dto
from projdesk.storage.models import Contract, Opportunity, Payment, Quote, QuoteLine, Review, new_id
from projdesk.storage.services import views
from projdesk.storage.services.base import Context, get_live
from projdesk.storage.services.lookup import resolve_record

# What a quote line is made of; any other key (a typo like ``unitprice``) is refused, naming it.
QUOTE_LINE_KEYS = ("item", "brand", "model", "quantity", "unit", "unit_price")
QUOTE_FIELDS = ("date", "note")
REVIEW_FIELDS = ("kind", "outcome", "reviewer", "submitted", "comments")
CONTRACT_FIELDS = ("number", "amount", "signed_date", "effective_date", "party_a", "party_b", "terms")
PAYMENT_FIELDS = ("milestone", "amount", "due_date", "received_amount", "received_date")


def _blank(raw: Any) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _text(raw: Any) -> str:
    return "" if raw is None else str(raw).strip()


def _only_known(changes: Mapping[str, Any], known: Sequence[str], record: str) -> None:
    unknown = sorted(set(changes) - set(known))
    if unknown:
        raise InvalidInput.coded(
            "unknown_fields", record=record, keys="、".join(unknown), known="、".join(known)
        )


def parse_quote_line(position: int, line: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """A quote line's values; ``partial`` parses only the keys given (an edit of one line).

    Quantity and unit price are required and positive: a line without a price used to be saved
    at 0.00 and a quote that looked complete was not.
    """
    unknown = sorted(set(line) - set(QUOTE_LINE_KEYS))
    if unknown:
        raise InvalidInput.coded(
            "quote_line_unknown_key",
            position=position,
            key="、".join(unknown),
            known="、".join(QUOTE_LINE_KEYS),
        )
    parsed: dict[str, Any] = {}
    if not partial or "item" in line:
        item = _text(line.get("item"))
        if not item:
            raise InvalidInput.coded("quote_line_unnamed", position=position)
        parsed["item"] = item
    for key in ("brand", "model", "unit"):
        if not partial or key in line:
            parsed[key] = _text(line.get(key))
    if not partial or "quantity" in line:
        raw = line.get("quantity")
        if _blank(raw):
            raise InvalidInput.coded("quote_line_quantity_missing", position=position)
        try:
            parsed["quantity"] = parse_quantity(
                raw if isinstance(raw, str | int | Decimal) and not isinstance(raw, bool) else str(raw),
                label=labels.field_text("quote_lines", "quantity"),
            )
        except InvalidInput as refused:
            raise InvalidInput.coded("quote_line_refused", position=position, error=refused) from None
    if not partial or "unit_price" in line:
        try:
            price = parse_money(line.get("unit_price"), label=labels.field_text("quote_lines", "unit_price"))
        except InvalidInput as refused:
            raise InvalidInput.coded("quote_line_refused", position=position, error=refused) from None
        if price is None:
            raise InvalidInput.coded("quote_line_price_missing", position=position)
        if price <= 0:
            raise InvalidInput.coded("quote_line_price_not_positive", position=position)
        parsed["unit_price"] = price
    return parsed


def parse_quote_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """A round's own fields: its date (required) and its note."""
    _only_known(changes, QUOTE_FIELDS, "报价")
    parsed: dict[str, Any] = {}
    if "date" in changes:
        day = parse_date(changes["date"], label="报价日期")
        if day is None:
            raise InvalidInput.coded("quote_date_missing")
        parsed["date"] = day
    if "note" in changes:
        parsed["note"] = _text(changes["note"])
    return parsed


def parse_review_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    _only_known(changes, REVIEW_FIELDS, "评审")
    parsed: dict[str, Any] = {}
    for key, raw in changes.items():
        if key == "kind":
            if raw not in REVIEW_KINDS:
                raise InvalidInput.coded("review_kind_invalid", choices=", ".join(REVIEW_KINDS), value=raw)
            parsed[key] = raw
        elif key == "outcome":
            if raw not in REVIEW_OUTCOMES:
                raise InvalidInput.coded(
                    "review_outcome_invalid", choices=", ".join(REVIEW_OUTCOMES), value=raw
                )
            parsed[key] = raw
        elif key == "submitted":
            parsed[key] = parse_date(raw, label="提交评审日期")
        else:
            parsed[key] = _text(raw)
    return parsed


def parse_contract_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    _only_known(changes, CONTRACT_FIELDS, "合同")
    parsed: dict[str, Any] = {}
    for key, raw in changes.items():
        if key == "amount":
            parsed[key] = parse_money(raw, label="合同金额")
        elif key in ("signed_date", "effective_date"):
            parsed[key] = parse_date(raw, label="签订日期" if key == "signed_date" else "生效日期")
        else:
            parsed[key] = _text(raw)
    return parsed


def parse_payment_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    _only_known(changes, PAYMENT_FIELDS, "付款节点")
    parsed: dict[str, Any] = {}
    for key, raw in changes.items():
        if key == "milestone":
            parsed[key] = _text(raw)
            if not parsed[key]:
                raise InvalidInput.coded("milestone_unnamed")
        elif key == "amount":
            parsed[key] = parse_money(raw, label="应收金额")
            if parsed[key] is None:
                raise InvalidInput.coded("milestone_amount_missing")
        elif key == "received_amount":
            parsed[key] = parse_money(raw, label="到账金额")
        else:
            parsed[key] = parse_date(raw, label="应收日期" if key == "due_date" else "到账日期")
    return parsed


def _opportunity_quotes(session: Session, opportunity_id: str) -> list[Quote]:
    return list(
        session.scalars(
            select(Quote)
            .where(Quote.opportunity_id == opportunity_id, Quote.deleted.is_(False))
            .order_by(Quote.round)
        )
    )


def _live_lines(session: Session, quote_id: str) -> list[QuoteLine]:
    return list(
        session.scalars(
            select(QuoteLine)
            .where(QuoteLine.quote_id == quote_id, QuoteLine.deleted.is_(False))
            .order_by(QuoteLine.position)
        )
    )


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
        day = parse_date(date, label=labels.field_text("quotes", "date")) or dt.date.today()
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            rounds = _opportunity_quotes(w.session, opp.id)
            previous = _live_lines(w.session, rounds[-1].id) if rounds else []
            lineages = _continued_lineages(parsed, previous)
            quote = self._new_round(w.session, w, opp.id, day, note)
            for position, (values, lineage) in enumerate(zip(parsed, lineages, strict=True), start=1):
                line_id = new_id()
                w.create(
                    QuoteLine,
                    for_opportunity=opp.id,
                    id=line_id,
                    lineage=lineage or line_id,  # a line that continues none is its own lineage
                    quote_id=quote.id,
                    position=position,
                    **values,
                )
            return quote.id

    def _new_round(self, session: Session, w: Any, opportunity_id: str, day: dt.date, note: str) -> Quote:
        last = session.scalar(
            select(func.max(Quote.round)).where(
                Quote.opportunity_id == opportunity_id, Quote.deleted.is_(False)
            )
        )
        return w.create(  # type: ignore[no-any-return]
            Quote, opportunity_id=opportunity_id, round=(last or 0) + 1, date=day, note=_text(note)
        )

    def copy_quote(self, quote_id: str, *, date: Any = None, note: str = "") -> str:
        """The next round as a copy of this one: its lines keep their lineage, to be edited."""
        day = parse_date(date, label="报价日期") or dt.date.today()
        with self.ctx.write() as w:
            source = get_live(w.session, Quote, quote_id)
            quote = self._new_round(w.session, w, source.opportunity_id, day, note)
            for line in _live_lines(w.session, source.id):
                w.create(
                    QuoteLine,
                    for_opportunity=source.opportunity_id,
                    lineage=line.lineage or line.id,
                    quote_id=quote.id,
                    position=line.position,
                    item=line.item,
                    brand=line.brand,
                    model=line.model,
                    quantity=line.quantity,
                    unit=line.unit,
                    unit_price=line.unit_price,
                )
            return quote.id

    def update_quote(self, quote_id: str, changes: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        """A round's date or note."""
        parsed = parse_quote_changes(changes)
        with self.ctx.write() as w:
            return w.update(get_live(w.session, Quote, quote_id), parsed)

    def delete_quote(self, quote_id: str) -> None:
        """A round and its lines, as one action (one undo brings them back)."""
        with self.ctx.write() as w:
            quote = get_live(w.session, Quote, quote_id)
            for line in _live_lines(w.session, quote.id):
                w.delete(line, opportunity_id=quote.opportunity_id)
            w.delete(quote)

    def add_quote_line(self, quote_id: str, line: Mapping[str, Any]) -> str:
        with self.ctx.write() as w:
            quote = get_live(w.session, Quote, quote_id)
            lines = _live_lines(w.session, quote.id)
            position = max((ln.position for ln in lines), default=0) + 1
            values = parse_quote_line(position, line)
            line_id = new_id()
            w.create(
                QuoteLine,
                for_opportunity=quote.opportunity_id,
                id=line_id,
                lineage=line_id,
                quote_id=quote.id,
                position=position,
                **values,
            )
            return line_id

    def update_quote_line(self, line_id: str, changes: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        """Change a line of a round in place (it stays the same line of the quote log)."""
        with self.ctx.write() as w:
            line = get_live(w.session, QuoteLine, line_id)
            quote = get_live(w.session, Quote, line.quote_id)
            parsed = parse_quote_line(line.position, changes, partial=True)
            return w.update(line, parsed, opportunity_id=quote.opportunity_id)

    def delete_quote_line(self, line_id: str) -> None:
        with self.ctx.write() as w:
            line = get_live(w.session, QuoteLine, line_id)
            quote = get_live(w.session, Quote, line.quote_id)
            if len(_live_lines(w.session, quote.id)) <= 1:
                raise InvalidInput.coded("quote_last_line")
            w.delete(line, opportunity_id=quote.opportunity_id)

    def accept_quote(self, quote_id: str) -> None:
        """Mark one round as the accepted one (the bid and contract use it)."""
        with self.ctx.write() as w:
            quote = get_live(w.session, Quote, quote_id)
            for other in _opportunity_quotes(w.session, quote.opportunity_id):
                w.update(other, {"accepted": other.id == quote.id})

    def round_id(self, opportunity_id: str, round_number: int) -> str:
        """The id of an opportunity's quote round by its number."""
        with self.ctx.read() as session:
            for quote in _opportunity_quotes(session, opportunity_id):
                if quote.round == round_number:
                    return quote.id
        raise InvalidInput.coded("quote_round_not_found", round=round_number)

    def line_id(self, quote_id: str, reference: str) -> str:
        """A line of a round by its position (1, 2 …) or its id (or a unique prefix)."""
        ref = reference.strip()
        with self.ctx.read() as session:
            if ref.isascii() and ref.isdigit():
                for line in _live_lines(session, quote_id):
                    if line.position == int(ref):
                        return line.id
                raise InvalidInput.coded("quote_line_not_found", ref=ref)
            return resolve_record(session, QuoteLine, ref, QuoteLine.quote_id == quote_id).id

    def quotes(self, opportunity_id: str) -> list[dto.QuoteView]:
        with self.ctx.read() as session:
            return [
                views.quote_view(q, _live_lines(session, q.id))
                for q in _opportunity_quotes(session, opportunity_id)
            ]

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
        values = parse_review_changes(
            {
                "kind": kind,
                "outcome": outcome,
                "reviewer": reviewer,
                "submitted": submitted,
                "comments": comments,
            }
        )
        values["submitted"] = values["submitted"] or dt.date.today()
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            return w.create(Review, opportunity_id=opp.id, **values).id

    def update_review(self, review_id: str, changes: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        parsed = parse_review_changes(changes)
        with self.ctx.write() as w:
            return w.update(get_live(w.session, Review, review_id), parsed)

    def delete_review(self, review_id: str) -> None:
        with self.ctx.write() as w:
            w.delete(get_live(w.session, Review, review_id))

    def reviews(self, opportunity_id: str) -> list[dto.ReviewView]:
        with self.ctx.read() as session:
            rows = session.scalars(
                select(Review)
                .where(Review.opportunity_id == opportunity_id, Review.deleted.is_(False))
                .order_by(Review.submitted, Review.created_at)
            )
            return [views.review_view(r) for r in rows]

    def review_id(self, opportunity_id: str, reference: str) -> str:
        with self.ctx.read() as session:
            return resolve_record(session, Review, reference, Review.opportunity_id == opportunity_id).id

    # -- contract and payments -----------------------------------------------------------

    def save_contract(
        self,
        opportunity_id: str,
        changes: Mapping[str, Any],
        milestones: Sequence[Mapping[str, Any]] = (),
    ) -> str:
        """Create or update the opportunity's contract, and add ``milestones``, in one transaction.

        A milestone's ``amount`` may be a share of the contract amount (``"30%"``).
        """
        parsed = parse_contract_changes(changes)
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            contract = w.session.scalars(select(Contract).where(Contract.opportunity_id == opp.id)).first()
            if contract is None:
                contract = w.create(Contract, opportunity_id=opp.id, **parsed)
            else:
                w.update(contract, {**parsed, "deleted": False})
            for milestone in milestones:
                values = dict(milestone)
                values["amount"] = _share_of(values.get("amount"), contract.amount)
                w.create(Payment, opportunity_id=opp.id, **_payment_values(values))
            return contract.id

    def contract(self, opportunity_id: str) -> dto.ContractView | None:
        with self.ctx.read() as session:
            get_live(session, Opportunity, opportunity_id)
            row = session.scalars(
                select(Contract).where(Contract.opportunity_id == opportunity_id, Contract.deleted.is_(False))
            ).first()
            return views.contract_view(row) if row is not None else None

    def delete_contract(self, opportunity_id: str) -> None:
        """The contract's tombstone; its payment milestones stay (they may already be paid)."""
        with self.ctx.write() as w:
            row = w.session.scalars(
                select(Contract).where(Contract.opportunity_id == opportunity_id, Contract.deleted.is_(False))
            ).first()
            if row is None:
                raise InvalidInput.coded("contract_missing")
            w.delete(row)

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
        values = _payment_values(
            {
                "milestone": milestone,
                "amount": amount,
                "due_date": due_date,
                "received_date": received_date,
                "received_amount": received_amount,
            }
        )
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            return w.create(Payment, opportunity_id=opp.id, **values).id

    def update_payment(self, payment_id: str, changes: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        parsed = parse_payment_changes(changes)
        with self.ctx.write() as w:
            return w.update(get_live(w.session, Payment, payment_id), parsed)

    def record_receipt(self, payment_id: str, received_amount: Any, received_date: Any = None) -> None:
        """Mark a milestone received: the same row, never a second one."""
        day = parse_date(received_date, label="到账日期") or dt.date.today()
        value = parse_money(received_amount, label="到账金额")
        with self.ctx.write() as w:
            payment = get_live(w.session, Payment, payment_id)
            w.update(payment, {"received_amount": value, "received_date": day})

    def delete_payment(self, payment_id: str) -> None:
        with self.ctx.write() as w:
            w.delete(get_live(w.session, Payment, payment_id))

    def payments(self, opportunity_id: str) -> list[dto.PaymentView]:
        with self.ctx.read() as session:
            rows = session.scalars(
                select(Payment).where(Payment.opportunity_id == opportunity_id, Payment.deleted.is_(False))
            )
            return sorted(
                (views.payment_view(p) for p in rows), key=lambda p: (p.due_date or dt.date.max, p.milestone)
            )

    def payment_id(self, opportunity_id: str, reference: str) -> str:
        """A milestone of the opportunity by its name (首付款) or its id (or a unique prefix)."""
        ref = reference.strip()
        with self.ctx.read() as session:
            named = session.scalars(
                select(Payment.id).where(
                    Payment.opportunity_id == opportunity_id,
                    Payment.deleted.is_(False),
                    Payment.milestone == ref,
                )
            ).all()
            if len(named) == 1:
                return named[0]
            if len(named) > 1:
                raise InvalidInput.coded("milestone_ambiguous", milestone=ref)
            return resolve_record(session, Payment, ref, Payment.opportunity_id == opportunity_id).id

    def write_off_payment(self, payment_id: str, reason: str) -> None:
        """What is still due on a milestone will not be collected: kept with the reason (步骤 Z)."""
        reason = (reason or "").strip()
        if not reason:
            raise RuleRefused.coded("write_off_reason_missing")
        with self.ctx.write() as w:
            w.update(get_live(w.session, Payment, payment_id), {"write_off_reason": reason})


def _continued_lineages(
    lines: Sequence[Mapping[str, Any]], previous: Sequence[QuoteLine]
) -> list[str | None]:
    """For a round typed out afresh: which line of the round before each new line continues.

    The same item, brand and model first; then the same item alone (a round that adds a brand
    or a model to an item). Each earlier line is continued at most once.
    """
    claimed: set[str] = set()
    result: list[str | None] = [None] * len(lines)
    keys = (
        lambda v: (v["item"], v["brand"], v["model"]),
        lambda v: (v["item"],),
    )
    for key in keys:
        for index, values in enumerate(lines):
            if result[index] is not None:
                continue
            for old in previous:
                lineage = old.lineage or old.id
                old_values = {"item": old.item, "brand": old.brand, "model": old.model}
                if lineage not in claimed and key(old_values) == key(values):
                    result[index] = lineage
                    claimed.add(lineage)
                    break
    return result


def _payment_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """A new milestone: every field parsed, name and amount required."""
    parsed = parse_payment_changes({"milestone": values.get("milestone"), "amount": values.get("amount")})
    rest = {k: v for k, v in values.items() if k not in ("milestone", "amount")}
    return {**parsed, **parse_payment_changes(rest)}


def _share_of(raw: Any, contract_amount: Decimal | None) -> Any:
    """``"30%"`` of the contract amount, to the cent; any other amount as it was given."""
    text = _text(raw)
    if not text.endswith(("%", "％")):
        return raw
    if contract_amount is None:
        raise InvalidInput.coded("milestone_share_without_amount", share=text)
    number = text[:-1].strip()
    if not number.replace(".", "", 1).isascii() or not number.replace(".", "", 1).isdigit():
        raise InvalidInput.coded("milestone_share_invalid", share=text)
    share = Decimal(number)
    if not 0 < share <= 100:
        raise InvalidInput.coded("milestone_share_invalid", share=text)
    return (contract_amount * share / 100).quantize(Decimal("0.01"))
