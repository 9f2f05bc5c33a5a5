"""Closing a deal (won, lost, on hold), reopening it, and the cases its 项目总结 becomes.

One service for the GUI's close dialog and ``projdesk opp close|reopen``. Each close writes a
closing record (a synced row) beside the status change, so the why travels with the what.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from projdesk.domain import gates
from projdesk.domain.catalog import LOSS_REASONS, STATUSES
from projdesk.domain.errors import InvalidInput, RuleRefused
from projdesk.domain.values import parse_date
from projdesk.labels import rule_texts
from projdesk.storage import dto
from projdesk.storage.models import Closing, Competitor, Customer, Opportunity, Quote, QuoteLine
from projdesk.storage.services import views
from projdesk.storage.services.base import Context, get_live
from projdesk.storage.services.opportunities import OpportunityService
from projdesk.storage.writer import Writer

TAG_SEPARATOR = views.TAG_SEPARATOR
WON_PROBABILITY = 100
LOST_PROBABILITY = 0


@dataclass(frozen=True)
class Closed:
    """What a close did: the closing record and the rules a won close went past (if any)."""

    closing_id: str
    overridden: list[str]


def parse_tags(text: str | list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Tags as typed (comma, 、 or blank separated), trimmed, each once, in order."""
    words = list(text) if isinstance(text, list | tuple) else [str(text or "")]
    separated = (str(w).replace("，", ",").replace("、", ",").replace(" ", ",") for w in words)
    parts = (p.strip() for w in separated for p in w.split(","))
    return tuple(dict.fromkeys(p for p in parts if p))


def _retro_columns(retro: dto.Retrospective | None) -> dict[str, str]:
    retro = retro or dto.Retrospective()
    return {
        "worked": retro.worked.strip(),
        "not_worked": retro.not_worked.strip(),
        "lessons": retro.lessons.strip(),
        "tags": TAG_SEPARATOR.join(parse_tags(list(retro.tags))),
    }


def offered_products(session: Any, opportunity_id: str) -> str:
    """What was offered: the items of the accepted quote round, else of the latest one."""
    quotes = session.scalars(
        select(Quote).where(Quote.opportunity_id == opportunity_id, Quote.deleted.is_(False))
    ).all()
    if not quotes:
        return ""
    chosen = max(quotes, key=lambda q: (q.accepted, q.round))
    items = session.scalars(
        select(QuoteLine.item)
        .where(QuoteLine.quote_id == chosen.id, QuoteLine.deleted.is_(False))
        .order_by(QuoteLine.position)
    ).all()
    return TAG_SEPARATOR.join(dict.fromkeys(items))


class ClosingService:
    def __init__(self, ctx: Context, opportunities: OpportunityService) -> None:
        self.ctx = ctx
        self.opportunities = opportunities

    # -- closing ----------------------------------------------------------------------

    def win(
        self,
        opportunity_id: str,
        *,
        retrospective: dto.Retrospective | None = None,
        force: bool = False,
        reason: str = "",
        today: dt.date | None = None,
    ) -> Closed:
        """Won needs the signed contract (W), or ``force`` with a reason (logged with the rules passed)."""
        reason = (reason or "").strip()
        with self.ctx.write() as w:
            opp = self._closable(w, opportunity_id)
            unmet = gates.unmet_for_win(self.opportunities.gate_context(w.session, opp))
            messages = rule_texts(unmet)
            if unmet and not force:
                raise gates.GateRefused("win_blocked", {}, unmet)
            if unmet and not reason:
                raise InvalidInput.coded("override_reason_missing")
            note = f"{reason}（未满足：{'；'.join(messages)}）" if unmet else reason
            w.update(
                opp,
                {"status": "won", "probability": WON_PROBABILITY},
                kind="override" if unmet else "close",
                reason=note,
            )
            row = self._record(
                w, opp, "won", today, reason=reason, overridden="；".join(messages), retro=retrospective
            )
            return Closed(row.id, messages)

    def lose(
        self,
        opportunity_id: str,
        *,
        reason_code: str,
        reason: str = "",
        winner: str = "",
        retrospective: dto.Retrospective | None = None,
        today: dt.date | None = None,
    ) -> Closed:
        """Lost asks why (one of LOSS_REASONS, plus text) and who won; the probability becomes 0.

        A winner not yet among the opportunity's competitors is added to them.
        """
        code = (reason_code or "").strip()
        if not code:
            raise RuleRefused.coded("loss_reason_missing", reasons="、".join(LOSS_REASONS))
        if code not in LOSS_REASONS:
            raise InvalidInput.coded("loss_reason_unknown", reason=code, reasons="、".join(LOSS_REASONS))
        winner = (winner or "").strip()
        with self.ctx.write() as w:
            opp = self._closable(w, opportunity_id)
            if winner:
                self._winner_among_competitors(w, opp, winner)
            note = "：".join(p for p in (code, (reason or "").strip()) if p)
            w.update(opp, {"status": "lost", "probability": LOST_PROBABILITY}, kind="close", reason=note)
            row = self._record(
                w, opp, "lost", today, reason_code=code, reason=reason, winner=winner, retro=retrospective
            )
            return Closed(row.id, [])

    def hold(
        self, opportunity_id: str, *, reason: str, look_again: Any, today: dt.date | None = None
    ) -> Closed:
        """On hold asks why and when to look again; that day becomes the card's next step (a reminder)."""
        reason = (reason or "").strip()
        if not reason:
            raise RuleRefused.coded("hold_reason_missing")
        day = parse_date(look_again, label="重新评估日期")
        if day is None:
            raise RuleRefused.coded("look_again_missing")
        with self.ctx.write() as w:
            opp = self._closable(w, opportunity_id)
            next_step = f"重新评估（暂停：{reason}）"[:200]
            w.update(
                opp,
                {"status": "on_hold", "next_step": next_step, "next_date": day},
                kind="close",
                reason=reason,
            )
            row = self._record(w, opp, "on_hold", today, reason=reason, look_again=day)
            return Closed(row.id, [])

    def reopen(self, opportunity_id: str, *, reason: str, today: dt.date | None = None) -> Closed:
        """Back to open, with a reason; the stage's default probability applies again."""
        reason = (reason or "").strip()
        if not reason:
            raise RuleRefused.coded("reopen_reason_missing")
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            if opp.status == "open":
                raise InvalidInput.coded("already_open")
            w.update(opp, {"status": "open", "probability": None}, kind="reopen", reason=reason)
            row = self._record(w, opp, "open", today, reason=reason)
            return Closed(row.id, [])

    def _closable(self, w: Writer, opportunity_id: str) -> Opportunity:
        opp = get_live(w.session, Opportunity, opportunity_id)
        if opp.status in ("won", "lost"):
            raise InvalidInput.coded("already_closed", status=STATUSES[opp.status])
        return opp

    def _winner_among_competitors(self, w: Writer, opp: Opportunity, winner: str) -> None:
        names = w.session.scalars(
            select(Competitor.name).where(Competitor.opportunity_id == opp.id, Competitor.deleted.is_(False))
        ).all()
        if winner not in names:
            w.create(Competitor, opportunity_id=opp.id, name=winner)

    def _record(
        self,
        w: Writer,
        opp: Opportunity,
        outcome: str,
        today: dt.date | None,
        *,
        reason: str = "",
        reason_code: str = "",
        winner: str = "",
        look_again: dt.date | None = None,
        overridden: str = "",
        retro: dto.Retrospective | None = None,
    ) -> Closing:
        customer = w.session.get(Customer, opp.customer_id)
        return w.create(
            Closing,
            opportunity_id=opp.id,
            outcome=outcome,
            closed_on=today or dt.date.today(),
            reason_code=reason_code,
            reason=(reason or "").strip(),
            winner=winner,
            look_again=look_again,
            overridden=overridden,
            industry=customer.industry if customer is not None else "",
            products=offered_products(w.session, opp.id),
            **_retro_columns(retro),
        )

    # -- reads --------------------------------------------------------------------------

    def latest(self, opportunity_id: str) -> dto.ClosingView | None:
        with self.ctx.read() as session:
            row = views.latest_closing(session, opportunity_id)
            return views.closing_view(row) if row is not None else None

    def cases(self, *, industry: str | None = None, search: str = "") -> list[dto.CaseView]:
        """Closed deals with a retrospective, newest first; ``search`` looks in every word of them."""
        query = (
            select(Closing, Opportunity.name, Customer.name)
            .join(Opportunity, Opportunity.id == Closing.opportunity_id)
            .join(Customer, Customer.id == Opportunity.customer_id)
            .where(Closing.deleted.is_(False), Opportunity.deleted.is_(False))
            .where((Closing.worked != "") | (Closing.not_worked != "") | (Closing.lessons != ""))
            .order_by(Closing.closed_on.desc(), Closing.created_at.desc())
        )
        if industry:
            query = query.where(Closing.industry == industry.strip())
        with self.ctx.read() as session:
            found = [_case(row, opp_name, customer) for row, opp_name, customer in session.execute(query)]
        needle = (search or "").strip().lower()
        return [c for c in found if not needle or needle in _case_words(c)]

    def cases_for(self, opportunity_id: str, search: str = "") -> list[dto.CaseView]:
        """The cases step D (借鉴资料) offers: other deals of the same industry, those offering the
        same products first."""
        with self.ctx.read() as session:
            opp = get_live(session, Opportunity, opportunity_id)
            customer = session.get(Customer, opp.customer_id)
            industry = customer.industry if customer is not None else ""
            own = f"{opp.name}{TAG_SEPARATOR}{offered_products(session, opp.id)}"
        if not industry:
            return []
        cases = [
            c for c in self.cases(industry=industry, search=search) if c.opportunity_id != opportunity_id
        ]

        def shared_products(case: dto.CaseView) -> int:
            return sum(1 for item in case.products.split(TAG_SEPARATOR) if item and item in own)

        return sorted(cases, key=shared_products, reverse=True)  # stable: newest first among equals


def _case(row: Closing, opportunity: str, customer: str) -> dto.CaseView:
    return dto.CaseView(
        closing_id=row.id,
        opportunity_id=row.opportunity_id,
        customer=customer,
        opportunity=opportunity,
        industry=row.industry,
        products=row.products,
        outcome=row.outcome,
        closed_on=row.closed_on,
        reason="：".join(p for p in (row.reason_code, row.reason) if p),
        winner=row.winner,
        retrospective=views.retrospective_view(row),
    )


def _case_words(case: dto.CaseView) -> str:
    r = case.retrospective
    parts = (case.customer, case.opportunity, case.products, case.reason, case.winner, r.worked, r.not_worked)
    return " ".join((*parts, r.lessons, *r.tags)).lower()
