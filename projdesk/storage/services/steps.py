"""Steps: fill a step's fields and change its state, with the method's checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any, Literal

from sqlalchemy import select

from projdesk.domain import gates
from projdesk.domain.catalog import FieldKind, StepSpec, step
from projdesk.domain.values import parse_field
from projdesk.storage import dto
from projdesk.storage.models import Opportunity, Review, StepRecord, utcnow
from projdesk.storage.services import views
from projdesk.storage.services.base import Context, get_live
from projdesk.storage.services.opportunities import OpportunityService, latest_review
from projdesk.storage.writer import VALUES_PREFIX, Writer

StepAction = Literal["done", "skip", "reopen"]
_STEP_NAMESPACE = uuid.UUID("5b0c3c1e-8a44-4c43-9d1e-6f1f1e0a7d21")


def step_record_id(opportunity_id: str, letter: str) -> str:
    """Deterministic, so two devices touching the same step write the same record."""
    return str(uuid.uuid5(_STEP_NAMESPACE, f"{opportunity_id}:{letter}"))


def missing_required(spec: StepSpec, values: Mapping[str, Any]) -> list[str]:
    missing = []
    for f in spec.fields:
        if not f.required:
            continue
        value = values.get(f.key)
        if value is None or value == "" or (f.kind is FieldKind.BOOL and value is not True):
            missing.append(f.label)
    return missing


class StepService:
    def __init__(self, ctx: Context, opportunities: OpportunityService) -> None:
        self.ctx = ctx
        self.opportunities = opportunities

    def get(self, opportunity_id: str, letter: str) -> dto.StepView:
        spec = step(letter)
        with self.ctx.read() as session:
            opp = get_live(session, Opportunity, opportunity_id)
            record = session.get(StepRecord, step_record_id(opp.id, spec.letter))
            return views.step_view(spec.letter, opp, record)

    def update(
        self,
        opportunity_id: str,
        letter: str,
        values: Mapping[str, Any] | None = None,
        action: StepAction | None = None,
    ) -> dto.StepView:
        """Save typed field values and/or change the state, all or nothing.

        With neither values nor an action it only reads: looking at a step writes nothing.
        """
        spec = step(letter)
        if not values and action is None:
            return self.get(opportunity_id, spec.letter)
        parsed = {key: parse_field(spec.field(key), raw) for key, raw in (values or {}).items()}
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            record = self._record(w, opp, spec)
            bound = {spec.field(k).binds: v for k, v in parsed.items() if spec.field(k).binds}
            own = {VALUES_PREFIX + k: v for k, v in parsed.items() if not spec.field(k).binds}
            if bound:
                w.update(opp, {k: (v if v is not None else _blank(opp, k)) for k, v in bound.items() if k})
            w.update(record, own, opportunity_id=opp.id)
            if spec.letter in REVIEW_STEPS and "outcome" in parsed:
                _record_review(w, opp, spec.letter, views.step_view(spec.letter, opp, record).fields)
            if action == "done":
                current = views.step_view(spec.letter, opp, record)
                missing = missing_required(spec, current.fields)
                if missing:
                    step_named = {"letter": spec.letter, "title": spec.title}
                    raise gates.GateRefused("step_missing", step_named, gates.required_fields_unmet(missing))
                w.session.flush()
                unmet = gates.unmet_for_step(self.opportunities.gate_context(w.session, opp), spec.letter)
                if unmet:
                    raise gates.GateRefused(
                        "step_blocked", {"letter": spec.letter, "title": spec.title}, unmet
                    )
                w.update(record, {"status": "done", "completed_at": utcnow()}, opportunity_id=opp.id)
            elif action == "skip":
                w.update(record, {"status": "skipped", "completed_at": None}, opportunity_id=opp.id)
            elif action == "reopen":
                w.update(record, {"status": "in_progress", "completed_at": None}, opportunity_id=opp.id)
            elif parsed and record.status == "not_started":
                w.update(record, {"status": "in_progress"}, opportunity_id=opp.id)
            return views.step_view(spec.letter, opp, record)

    def _record(self, w: Writer, opp: Opportunity, spec: StepSpec) -> StepRecord:
        record_id = step_record_id(opp.id, spec.letter)
        record = w.session.get(StepRecord, record_id)
        if record is None:
            record = w.create(
                StepRecord,
                id=record_id,
                opportunity_id=opp.id,
                letter=spec.letter,
                status="not_started",
                values={},
            )
            w.session.flush()
        elif record.deleted:
            w.update(record, {"deleted": False})
        return record


# The steps completed by a review record, and the kind of review each one is.
REVIEW_STEPS = {"R": "bid", "V": "contract"}
_STEP_OUTCOMES = {"通过": "passed", "修改后通过": "passed", "不通过": "rejected"}


def _record_review(w: Writer, opp: Opportunity, letter: str, fields: Mapping[str, Any]) -> None:
    """The step's conclusion becomes a review record, so the step and the reviews never disagree.

    The latest review decides whether S or W may go ahead; writing the same conclusion again
    adds nothing.
    """
    outcome = _STEP_OUTCOMES.get(str(fields.get("outcome") or ""))
    if outcome is None:
        return
    kind = REVIEW_STEPS[letter]
    reviews = w.session.scalars(
        select(Review).where(Review.opportunity_id == opp.id, Review.kind == kind, Review.deleted.is_(False))
    ).all()
    reviewer = str(fields.get("reviewer") or "")
    latest = latest_review(reviews, kind)
    if latest is not None and (latest.outcome, latest.reviewer) == (outcome, reviewer):
        return
    day = fields.get("review_date")
    w.create(
        Review,
        opportunity_id=opp.id,
        kind=kind,
        outcome=outcome,
        reviewer=reviewer,
        submitted=day if isinstance(day, dt.date) else dt.date.today(),
        comments=str(fields.get("comments") or ""),
    )
    w.session.flush()


def _blank(opp: Opportunity, attr: str) -> Any:
    """The empty value of a bound opportunity attribute (text columns are never NULL)."""
    current = getattr(opp, attr)
    if isinstance(current, str):
        return ""
    if isinstance(current, bool):
        return False
    return None


def current_letter(statuses: Mapping[str, str], stage_letters: tuple[str, ...]) -> str:
    """The step to work on: the first of the stage not done or skipped (else its last)."""
    for letter in stage_letters:
        if statuses.get(letter, "not_started") not in ("done", "skipped"):
            return letter
    return stage_letters[-1]
