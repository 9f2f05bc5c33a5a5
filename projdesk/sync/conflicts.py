"""The conflict review list: concurrent edits that lost the merge, and their resolution.

"Mine" is the value written on this device when one of the two was; otherwise the value the
database holds now. A resolution is an ordinary edit through the Writer, so it gets a new
stamp, wins everywhere it travels, and is listed in the history.

A record deleted while a colleague edited it (field ``deleted``) or one added or edited under a
parent a colleague deleted (field ``parent.deleted``) is restored by choosing the side where it
is not deleted: the record and every deleted parent above it come back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from projdesk.domain.catalog import step
from projdesk.domain.clock import Stamp
from projdesk.domain.errors import InvalidInput, NotFound
from projdesk.labels import RecordName
from projdesk.storage.models import Conflict, Customer, HistoryEntry, Opportunity, StepRecord, Synced
from projdesk.storage.services.base import Context
from projdesk.storage.services.history import value_from_text
from projdesk.storage.writer import VALUES_PREFIX, Writer
from projdesk.sync import columns
from projdesk.sync.reachable import PARENT_DELETED

Choice = Literal["mine", "theirs", "edit"]


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str  # the table: its name is projdesk.labels' job, as are the field's and the record's
    entity_id: str
    opportunity_id: str | None
    record: RecordName  # what a user recognises the record by (in words: labels.conflict_record_text)
    field: str
    step_field: str  # a step's own value: its key (the field is "values.<key>"), else ""
    mine: Any
    theirs: Any
    kept: Any
    lost: Any
    mine_is_kept: bool
    lost_by: str  # who wrote the value that was overwritten
    kept_by: str  # who wrote the value that stands
    theirs_by: str  # the colleague on the other side
    lost_at: str  # when the losing value was written (from its stamp)
    kept_at: str
    detected_at: dt.datetime
    resolved: str


def stamp_time(stamp: str) -> str:
    if not stamp:
        return ""
    try:
        ms = Stamp.parse(stamp).wall_ms
    except ValueError:
        return ""
    return dt.datetime.fromtimestamp(ms / 1000).isoformat(sep=" ", timespec="minutes")


def _record_name(session: Any, entity: str, entity_id: str, opportunity_id: str | None) -> RecordName:
    opportunity = ""
    if opportunity_id:
        opp = session.get(Opportunity, opportunity_id)
        if opp is not None:
            cust = session.get(Customer, opp.customer_id)
            opportunity = f"{cust.name if cust else ''} · {opp.name}"
    model = columns.MODELS.get(entity)
    row = session.get(model, entity_id) if model is not None and entity != "opportunities" else None
    if isinstance(row, StepRecord):
        return RecordName(opportunity, row.letter, step(row.letter).title)
    text = ""
    if row is not None:
        names = (
            "name",
            "content",
            "item",
            "milestone",
            "description",
            "reason",
            "number",
            "kind",
            "file_name",
        )
        text = str(next((getattr(row, n) for n in names if getattr(row, n, "")), ""))[:40]
    return RecordName(opportunity, text=text)


def list_conflicts(ctx: Context, include_resolved: bool = False) -> list[ConflictView]:
    with ctx.read() as session:
        query = select(Conflict).order_by(Conflict.detected_at.desc(), Conflict.id)
        if not include_resolved:
            query = query.where(Conflict.resolved == "")
        rows = list(session.scalars(query))
        stamps = sorted({c.kept_stamp for c in rows if c.kept_stamp})
        actors: dict[str, str] = {}
        for i in range(0, len(stamps), 500):
            part = stamps[i : i + 500]
            found = session.execute(
                select(HistoryEntry.stamp, HistoryEntry.actor).where(HistoryEntry.stamp.in_(part))
            )
            actors.update({stamp: actor for stamp, actor in found})
        out = []
        for c in rows:
            mine_lost = c.lost_stamp.endswith("." + ctx.device)
            kept_by = actors.get(c.kept_stamp, "")
            out.append(
                ConflictView(
                    id=c.id,
                    entity=c.entity,
                    entity_id=c.entity_id,
                    opportunity_id=c.opportunity_id,
                    record=_record_name(session, c.entity, c.entity_id, c.opportunity_id),
                    field=c.field,
                    step_field=c.field[len(VALUES_PREFIX) :] if c.field.startswith(VALUES_PREFIX) else "",
                    mine=c.lost_value if mine_lost else c.kept_value,
                    theirs=c.kept_value if mine_lost else c.lost_value,
                    kept=c.kept_value,
                    lost=c.lost_value,
                    mine_is_kept=not mine_lost,
                    lost_by=c.lost_by,
                    kept_by=kept_by,
                    theirs_by=kept_by if mine_lost else c.lost_by,
                    lost_at=stamp_time(c.lost_stamp),
                    kept_at=stamp_time(c.kept_stamp),
                    detected_at=c.detected_at,
                    resolved=c.resolved,
                )
            )
        return out


def _typed(model: type[Synced], record: Synced, field: str, value: Any) -> Any:
    if field.startswith(VALUES_PREFIX):
        return value  # step values are stored in their JSON form already
    kind = next(c.kind for c in columns.BY_NAME[model.__tablename__].columns if c.name == field)  # type: ignore[attr-defined]
    return columns.to_python(kind, value)


def resolve(ctx: Context, conflict_id: str, choice: Choice, text: str | None = None) -> str:
    """Keep mine, take theirs, or enter a value; returns the resolution recorded."""
    views = {v.id: v for v in list_conflicts(ctx, include_resolved=True)}
    view = views.get(conflict_id) or next((v for v in views.values() if v.id.startswith(conflict_id)), None)
    if view is None or len(conflict_id) < 4:
        raise NotFound.coded("conflict_not_found", id=conflict_id)
    if choice not in ("mine", "theirs", "edit"):
        raise InvalidInput.coded("conflict_choice_invalid", value=choice)
    if choice == "edit" and view.field == PARENT_DELETED:
        raise InvalidInput.coded("conflict_choice_not_edit")
    with ctx.write() as w:
        conflict = w.session.get(Conflict, view.id)
        assert conflict is not None
        model = columns.MODELS.get(view.entity)
        record = w.session.get(model, view.entity_id) if model is not None else None
        if view.field in ("deleted", PARENT_DELETED) and record is not None and choice != "edit":
            deleted = view.mine if choice == "mine" else view.theirs
            if not deleted:
                _restore(w, record)
            elif view.field == "deleted" and not record.deleted:
                w.delete(record, opportunity_id=view.opportunity_id, reason="处理同步冲突")
        elif view.field != "*" and record is not None:
            assert model is not None
            if choice == "edit":
                if text is None:
                    raise InvalidInput.coded("conflict_value_missing")
                value = value_from_text(model, record, view.field, text)
            else:
                value = _typed(model, record, view.field, view.mine if choice == "mine" else view.theirs)
            w.update(
                record,
                {view.field: value},
                opportunity_id=view.opportunity_id,
                kind="delete" if view.field == "deleted" and value else "edit",
                reason="处理同步冲突",
            )
        conflict.resolved = {"mine": "mine", "theirs": "theirs", "edit": "edited"}[choice]
        return conflict.resolved


def _restore(w: Writer, record: Synced) -> None:
    """Bring a record back with every deleted parent above it (customer, opportunity, quote)."""
    at: Synced | None = record
    while at is not None:
        if at.deleted:
            opp = at.id if isinstance(at, Opportunity) else getattr(at, "opportunity_id", None)
            w.update(at, {"deleted": False}, opportunity_id=opp, reason="处理同步冲突：恢复")
        at = _parent(w.session, at)


def _parent(session: Any, record: Synced) -> Synced | None:
    refs = columns.BY_NAME[record.__tablename__].refs  # type: ignore[attr-defined]
    ref = next(iter(refs), None)  # every synced table has at most one parent
    if ref is None:
        return None
    return session.get(columns.MODELS[refs[ref]], getattr(record, ref))  # type: ignore[no-any-return]
