"""The progress log (售前项目进展日志): log an activity, list and filter activities."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from projdesk import labels
from projdesk.domain.catalog import ACTIVITY_TYPES, STAGES, step
from projdesk.domain.errors import InvalidInput
from projdesk.domain.values import parse_date
from projdesk.storage import dto
from projdesk.storage.models import Activity, Customer, Opportunity, StepRecord
from projdesk.storage.services import views
from projdesk.storage.services.base import Context, get_live
from projdesk.storage.services.steps import current_letter


class ActivityService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def current_step(self, opportunity_id: str) -> str:
        """The step a new log entry defaults to."""
        with self.ctx.read() as session:
            opp = get_live(session, Opportunity, opportunity_id)
            rows = session.execute(
                select(StepRecord.letter, StepRecord.status).where(
                    StepRecord.opportunity_id == opp.id, StepRecord.deleted.is_(False)
                )
            )
            statuses = {letter: status for letter, status in rows}
            return current_letter(statuses, STAGES[opp.stage - 1].letters)

    def add(
        self,
        opportunity_id: str,
        *,
        type: str,
        content: str,
        date: Any = None,
        step_letter: str | None = None,
        people: str = "",
        result: str = "",
        next_action: str = "",
        next_date: Any = None,
    ) -> str:
        """Log an activity; its next action becomes the card's next step. Returns its id."""
        if type not in ACTIVITY_TYPES:
            raise InvalidInput.coded("activity_type_invalid", choices="、".join(ACTIVITY_TYPES), value=type)
        content = (content or "").strip()
        if not content:
            raise InvalidInput.coded("activity_content_empty")
        day = parse_date(date, label=labels.field_text("activities", "date")) or dt.date.today()
        follow = parse_date(next_date, label=labels.field_text("activities", "next_date"))
        letter = step(step_letter).letter if step_letter else self.current_step(opportunity_id)
        next_action = (next_action or "").strip()
        if follow and not next_action:
            raise InvalidInput.coded("next_date_without_next_step")
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            act = w.create(
                Activity,
                opportunity_id=opp.id,
                date=day,
                type=type,
                step=letter,
                people=people.strip(),
                content=content,
                result=(result or "").strip(),
                next_action=next_action,
                next_date=follow,
                owner=self.ctx.prefs.user_name,
            )
            if next_action:
                w.update(opp, {"next_step": next_action, "next_date": follow})
            opp.updated_at = act.created_at  # a logged visit counts as the card's last update
            return act.id

    def delete(self, activity_id: str) -> None:
        with self.ctx.write() as w:
            w.delete(get_live(w.session, Activity, activity_id))

    def list(
        self,
        *,
        opportunity_id: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        types: set[str] | None = None,
        owner: str | None = None,
        customer: str | None = None,
        limit: int | None = None,
    ) -> list[dto.ActivityView]:
        """Activities, newest first, filtered by what is given."""
        query = (
            select(Activity, Customer.name, Opportunity.name)
            .join(Opportunity, Opportunity.id == Activity.opportunity_id)
            .join(Customer, Customer.id == Opportunity.customer_id)
            .where(Activity.deleted.is_(False), Opportunity.deleted.is_(False))
            .order_by(Activity.date.desc(), Activity.created_at.desc())
        )
        if opportunity_id:
            query = query.where(Activity.opportunity_id == opportunity_id)
        if since:
            query = query.where(Activity.date >= since)
        if until:
            query = query.where(Activity.date <= until)
        if types:
            query = query.where(Activity.type.in_(sorted(types)))
        if owner:
            query = query.where(Activity.owner == owner)
        if customer:
            query = query.where(Customer.name.contains(customer))
        if limit:
            query = query.limit(limit)
        with self.ctx.read() as session:
            return [views.activity_view(a, c, o) for a, c, o in session.execute(query)]
