"""The agenda (日程): what is due by day and week, overdue first, with quick 完成 and 改期.

Four kinds of dated items, one plain query each (columns only, never whole rows: a row's stamps
JSON costs more than the rest), all bounded by the horizon:

- ``next_step``: an open opportunity's next step and its date (the card's 下一步; a logged
  activity's next action and date become it, ActivityService.add, so follow-ups land here);
- ``look_again``: an on-hold opportunity's day to look again (ClosingService.hold makes it the
  card's next date);
- ``payment``: a contract payment milestone not yet fully received nor written off;
- ``risk``: an open risk's deadline for its response (应对措施).

完成 and 改期 go through the services the workspace uses (the opportunity's fields, the
payment's receipt, the risk's closing), so the history, undo and snapshots treat them alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import groupby
from typing import Any

from sqlalchemy import or_, select

from projdesk.domain.agenda import SECTIONS, section_of, week_start
from projdesk.domain.errors import InvalidInput
from projdesk.domain.values import parse_date
from projdesk.storage.models import Customer, Opportunity, Payment, Risk
from projdesk.storage.services.base import Context
from projdesk.storage.services.commercial import CommercialService
from projdesk.storage.services.opportunities import OpportunityService
from projdesk.storage.services.risks import RiskService

KINDS = ("next_step", "look_again", "payment", "risk")
DEFAULT_DAYS = 14  # two weeks ahead: this week and the next, whatever the weekday
MAX_DAYS = 366


@dataclass(frozen=True)
class AgendaItem:
    kind: str  # one of KINDS
    record_id: str  # the opportunity (next_step, look_again), the payment or the risk
    opportunity_id: str
    customer: str
    opportunity: str
    owner: str
    what: str  # the next step, the milestone, the risk's description
    date: dt.date
    amount: Decimal | None = None  # payment: what is still to come

    @property
    def can_complete(self) -> bool:
        """A look-again day needs a decision (reopen or hold on), not a tick."""
        return self.kind != "look_again"


@dataclass(frozen=True)
class Agenda:
    today: dt.date
    until: dt.date  # the last day shown; overdue items have no lower bound
    items: list[AgendaItem] = field(default_factory=list)  # by date (so overdue first), then kind

    def section(self, item: AgendaItem) -> str:
        return section_of(item.date, self.today)

    def sections(self) -> list[tuple[str, list[AgendaItem]]]:
        """(section code, its items) in SECTIONS order, the empty ones left out."""
        found: dict[str, list[AgendaItem]] = {}
        for item in self.items:
            found.setdefault(self.section(item), []).append(item)
        return [(code, found[code]) for code in SECTIONS if code in found]

    def by_day(self) -> list[tuple[dt.date, list[AgendaItem]]]:
        return [(day, list(items)) for day, items in groupby(self.items, key=lambda i: i.date)]

    def by_week(self) -> list[tuple[dt.date, list[AgendaItem]]]:
        """(the Monday of the ISO week, its items); all overdue items under the first week they
        fall in, so the earliest week is where the backlog is."""
        return [
            (monday, list(items)) for monday, items in groupby(self.items, key=lambda i: week_start(i.date))
        ]

    def due_today(self) -> list[AgendaItem]:
        """Today's and the overdue items: what a start-of-day notification tells."""
        return [i for i in self.items if i.date <= self.today]


def _order(item: AgendaItem) -> tuple[dt.date, int, str, str]:
    return (item.date, KINDS.index(item.kind), item.customer, item.opportunity)


class AgendaService:
    def __init__(
        self,
        ctx: Context,
        opportunities: OpportunityService,
        commercial: CommercialService,
        risks: RiskService,
    ) -> None:
        self.ctx = ctx
        self.opportunities = opportunities
        self.commercial = commercial
        self.risks = risks

    def items(
        self, *, owner: str | None = None, days: int = DEFAULT_DAYS, today: dt.date | None = None
    ) -> Agenda:
        """Everything due up to ``days`` days ahead, and everything overdue; ``owner`` None: everyone's."""
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_DAYS:
            raise InvalidInput.coded("agenda_days_invalid", value=days)
        today = today or dt.date.today()
        until = today + dt.timedelta(days=days)
        found: list[AgendaItem] = []
        with self.ctx.read() as session:
            for read in (_next_steps, _payments, _risks):
                found.extend(read(session, owner, until))
        return Agenda(today, until, sorted(found, key=_order))

    # -- quick actions (each one service write: undo takes it back) ------------------------
    def complete(self, kind: str, record_id: str, *, note: str = "", today: dt.date | None = None) -> str:
        """完成: the next step done (the card's next step cleared, kept in the history), the payment
        received in full today, the risk closed with ``note``. Returns the opportunity id."""
        today = today or dt.date.today()
        if kind == "next_step":
            self.opportunities.update(record_id, {"next_step": "", "next_date": None})
            return record_id
        if kind == "payment":
            opportunity_id, amount = self._payment(record_id)
            self.commercial.record_receipt(record_id, amount, today)
            return opportunity_id
        if kind == "risk":
            self.risks.close(record_id, note, on=today)
            return self.risks.get(record_id).opportunity_id
        if kind == "look_again":
            raise InvalidInput.coded("look_again_needs_decision")
        raise InvalidInput.coded("agenda_kind_unknown", value=kind)

    def reschedule(self, kind: str, record_id: str, day: Any) -> str:
        """改期: the item's date becomes ``day``; returns the opportunity id."""
        if kind not in KINDS:
            raise InvalidInput.coded("agenda_kind_unknown", value=kind)
        new = parse_date(day, label="日期")
        if new is None:
            raise InvalidInput.coded("agenda_date_missing")
        if kind in ("next_step", "look_again"):
            self.opportunities.update(record_id, {"next_date": new})
            return record_id
        if kind == "payment":
            self.commercial.update_payment(record_id, {"due_date": new})
            return self._payment(record_id)[0]
        self.risks.update(record_id, {"due_date": new})
        return self.risks.get(record_id).opportunity_id

    def _payment(self, payment_id: str) -> tuple[str, Decimal]:
        with self.ctx.read() as session:
            row = session.execute(
                select(Payment.opportunity_id, Payment.amount).where(
                    Payment.id == payment_id, Payment.deleted.is_(False)
                )
            ).one_or_none()
        if row is None:
            raise InvalidInput.coded("agenda_item_gone")
        return row[0], row[1]


LIVE_STATUSES = ("open", "on_hold")


def _owned(query: Any, owner: str | None) -> Any:
    return query.where(Opportunity.owner == owner) if owner else query


def _next_steps(session: Any, owner: str | None, until: dt.date) -> list[AgendaItem]:
    """Open cards' next steps and on-hold cards' look-again days: both are the card's next date."""
    query = (
        select(
            Opportunity.id,
            Opportunity.status,
            Opportunity.next_step,
            Opportunity.next_date,
            Opportunity.name,
            Opportunity.owner,
            Customer.name,
        )
        .join(Customer, Customer.id == Opportunity.customer_id)
        .where(
            Opportunity.deleted.is_(False),
            Opportunity.status.in_(LIVE_STATUSES),
            Opportunity.next_date.is_not(None),
            Opportunity.next_date <= until,
        )
    )
    return [
        AgendaItem(
            "next_step" if status == "open" else "look_again",
            opp_id,
            opp_id,
            customer,
            name,
            opp_owner,
            what,
            day,
        )
        for opp_id, status, what, day, name, opp_owner, customer in session.execute(_owned(query, owner))
    ]


def _due_rows(
    session: Any, model: Any, columns: tuple[Any, ...], owner: str | None, until: dt.date, *criteria: Any
) -> Any:
    """A dated child row of an opportunity (payment, risk) due by ``until``: its ``columns``, then
    the opportunity's id, name and owner and the customer's name."""
    query = (
        select(*columns, Opportunity.id, Opportunity.name, Opportunity.owner, Customer.name)
        .join(Opportunity, Opportunity.id == model.opportunity_id)
        .join(Customer, Customer.id == Opportunity.customer_id)
        .where(
            model.deleted.is_(False),
            model.due_date.is_not(None),
            model.due_date <= until,
            Opportunity.deleted.is_(False),
            *criteria,
        )
    )
    return session.execute(_owned(query, owner))


def _payments(session: Any, owner: str | None, until: dt.date) -> list[AgendaItem]:
    """Milestones with a due date still to be collected (won deals included: that is when they are)."""
    rows = _due_rows(
        session,
        Payment,
        (Payment.id, Payment.milestone, Payment.due_date, Payment.amount, Payment.received_amount),
        owner,
        until,
        Payment.write_off_reason.is_(None),
        or_(Payment.received_amount.is_(None), Payment.received_amount < Payment.amount),
        Opportunity.status != "lost",
    )
    return [
        AgendaItem(
            "payment",
            pid,
            opp_id,
            customer,
            name,
            opp_owner,
            milestone,
            due,
            amount - (received or Decimal(0)),
        )
        for pid, milestone, due, amount, received, opp_id, name, opp_owner, customer in rows
    ]


def _risks(session: Any, owner: str | None, until: dt.date) -> list[AgendaItem]:
    """Open risks whose response is due, on deals still being pursued."""
    rows = _due_rows(
        session,
        Risk,
        (Risk.id, Risk.description, Risk.due_date),
        owner,
        until,
        Risk.status == "open",
        Opportunity.status.in_(LIVE_STATUSES),
    )
    return [
        AgendaItem("risk", rid, opp_id, customer, name, opp_owner, description, due)
        for rid, description, due, opp_id, name, opp_owner, customer in rows
    ]
