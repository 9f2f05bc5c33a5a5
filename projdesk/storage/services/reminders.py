"""Reminders: what needs attention today (next steps due, collections due, idle opportunities)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select

from projdesk.domain.catalog import STAGES
from projdesk.storage.models import Customer, Opportunity, Payment
from projdesk.storage.services.base import Context

COLLECTION_WINDOW_DAYS = 7  # payments due within a week are worth a call now


@dataclass(frozen=True)
class Reminder:
    opportunity_id: str
    customer: str
    opportunity: str
    what: str  # the next step, the payment milestone, or the stage the card sits in
    date: dt.date | None  # due date; for idle cards, the day they entered the stage
    days: int  # days overdue (negative: due in that many days) or days idle
    amount: Decimal | None = None


@dataclass(frozen=True)
class Reminders:
    today: dt.date
    next_steps: list[Reminder] = field(default_factory=list)  # due today or overdue
    collections: list[Reminder] = field(default_factory=list)  # due within a week, not received
    idle: list[Reminder] = field(default_factory=list)  # longer in their stage than the settings allow

    @property
    def count(self) -> int:
        return len(self.next_steps) + len(self.collections) + len(self.idle)


class ReminderService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def due(self, today: dt.date | None = None, owner: str | None = None) -> Reminders:
        """Open opportunities needing attention on ``today`` (optionally only ``owner``'s)."""
        today = today or dt.date.today()
        # Plain columns, not whole rows: each row's stamps JSON would cost more than the rest.
        query = (
            select(
                Opportunity.id,
                Opportunity.name,
                Opportunity.status,
                Opportunity.stage,
                Opportunity.stage_entered_at,
                Opportunity.next_step,
                Opportunity.next_date,
                Opportunity.amount,
                Customer.name.label("customer"),
            )
            .join(Customer, Customer.id == Opportunity.customer_id)
            .where(Opportunity.deleted.is_(False), Opportunity.status.in_(("open", "won", "on_hold")))
        )
        if owner:
            query = query.where(Opportunity.owner == owner)
        prefs = self.ctx.prefs
        next_steps, idle = [], []
        names: dict[str, tuple[str, str]] = {}
        with self.ctx.read() as session:
            for opp in session.execute(query):
                customer = opp.customer
                names[opp.id] = (customer, opp.name)
                if opp.status == "won":  # won deals only matter for collections
                    continue
                # An on-hold deal's next date is the day to look at it again (ClosingService.hold).
                if opp.next_date is not None and opp.next_date <= today:
                    next_steps.append(
                        Reminder(
                            opp.id,
                            customer,
                            opp.name,
                            opp.next_step,
                            opp.next_date,
                            (today - opp.next_date).days,
                        )
                    )
                if opp.status == "on_hold":  # not idle: waiting on purpose
                    continue
                entered = opp.stage_entered_at.date()
                days = (today - entered).days
                if days > prefs.idle_days_for(opp.stage):
                    what = f"{opp.stage} {STAGES[opp.stage - 1].name}"
                    idle.append(Reminder(opp.id, customer, opp.name, what, entered, days, opp.amount))
            horizon = today + dt.timedelta(days=COLLECTION_WINDOW_DAYS)
            payments = session.scalars(
                select(Payment).where(
                    Payment.deleted.is_(False),
                    Payment.due_date.is_not(None),
                    Payment.due_date <= horizon,
                )
            ).all()
            collections = []
            for p in payments:
                fully_received = p.received_amount is not None and p.received_amount >= p.amount
                if p.opportunity_id not in names or fully_received or p.write_off_reason:
                    continue
                customer, name = names[p.opportunity_id]
                assert p.due_date is not None
                collections.append(
                    Reminder(
                        p.opportunity_id,
                        customer,
                        name,
                        p.milestone,
                        p.due_date,
                        (today - p.due_date).days,
                        p.amount,
                    )
                )
        return Reminders(
            today=today,
            next_steps=sorted(next_steps, key=lambda r: (-r.days, r.customer)),
            collections=sorted(collections, key=lambda r: (-r.days, r.customer)),
            idle=sorted(idle, key=lambda r: (-r.days, r.customer)),
        )
