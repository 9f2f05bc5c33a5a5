"""The change history of an opportunity, and undo of the last edits through the same writer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from projdesk.domain.catalog import stage, step
from projdesk.domain.errors import InvalidInput, RuleRefused
from projdesk.domain.values import parse_bool, parse_field
from projdesk.storage import dto
from projdesk.storage.models import SYNCED_MODELS, HistoryEntry, StepRecord, Synced
from projdesk.storage.services import views
from projdesk.storage.services.base import Context
from projdesk.storage.writer import VALUES_PREFIX

MODELS_BY_TABLE: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]
UNDOABLE = ("edit", "stage", "override", "create", "delete", "close", "reopen")
MOVES = ("stage", "override")  # the history kinds a stage move writes


def value_from_text(model: type[Synced], record: Synced, field: str, text: str) -> Any:
    """The typed value a history text stood for, by the column's type."""
    if field.startswith(VALUES_PREFIX):
        assert isinstance(record, StepRecord)
        return parse_field(step(record.letter).field(field[len(VALUES_PREFIX) :]), text)
    column = model.__table__.columns[field]  # type: ignore[attr-defined]
    kind = column.type.python_type
    if text == "" and column.nullable:
        return None
    if kind is bool:
        return bool(parse_bool(text))
    if kind is int:
        return int(text)
    if kind is Decimal:
        return Decimal(text)
    if kind is dt.datetime:
        return dt.datetime.fromisoformat(text)
    if kind is dt.date:
        return dt.date.fromisoformat(text)
    return text


class HistoryService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def of(self, opportunity_id: str) -> list[dto.HistoryView]:
        with self.ctx.read() as session:
            rows = session.scalars(
                select(HistoryEntry)
                .where(HistoryEntry.opportunity_id == opportunity_id)
                .order_by(HistoryEntry.at.desc(), HistoryEntry.stamp.desc())
            )
            return [views.history_view(h) for h in rows]

    def undoable(self, opportunity_id: str) -> list[HistoryEntry]:
        """This device's latest action on the opportunity not yet undone (its history lines)."""
        with self.ctx.read() as session:
            undone = set(
                session.scalars(
                    select(HistoryEntry.undoes).where(
                        HistoryEntry.opportunity_id == opportunity_id, HistoryEntry.undoes != ""
                    )
                )
            )
            candidates = session.scalars(
                select(HistoryEntry)
                .where(
                    HistoryEntry.opportunity_id == opportunity_id,
                    HistoryEntry.device == self.ctx.device,
                    HistoryEntry.kind.in_(UNDOABLE),
                )
                .order_by(HistoryEntry.at.desc(), HistoryEntry.stamp.desc())
                .limit(500)
            ).all()
        pending = [e for e in candidates if e.id not in undone]
        if not pending:
            return []
        latest = pending[0].at
        return [e for e in pending if e.at == latest]

    def undo_move(self, opportunity_id: str, stage_number: int) -> list[dto.HistoryView]:
        """Revert the board's move of the opportunity into ``stage_number``: its stage and
        stage-entry time go back, as history lines marked as undoing the move. Refused when
        the move is no longer this device's latest action on it (edited, moved or closed since:
        undoing would silently revert that too)."""
        entries = self.undoable(opportunity_id)
        moved = [e for e in entries if e.kind in MOVES and e.field == "stage"]
        others = [e for e in entries if e.kind not in MOVES]
        if not moved or others or moved[0].new != str(stage_number):
            raise RuleRefused.coded("undo_move_superseded", stage=stage(stage_number).name)
        return self.undo_last(opportunity_id, entries)

    def undo_last(
        self, opportunity_id: str, entries: list[HistoryEntry] | None = None
    ) -> list[dto.HistoryView]:
        """Revert the latest action (``entries``: its lines, when already read); returns the
        lines reverted (empty when nothing is left)."""
        entries = self.undoable(opportunity_id) if entries is None else entries
        if not entries:
            return []
        with self.ctx.write() as w:
            for entry in entries:  # newest first, so a field changed twice ends at its oldest value
                model = MODELS_BY_TABLE.get(entry.entity)
                record = w.session.get(model, entry.entity_id) if model else None
                if model is None or record is None:
                    raise InvalidInput.coded(
                        "undo_impossible", table_name=entry.entity, column_name=entry.field
                    )
                if entry.kind == "create":
                    changes: dict[str, Any] = {"deleted": True}
                elif entry.kind == "delete":
                    changes = {"deleted": False}
                else:
                    changes = {entry.field: value_from_text(model, record, entry.field, entry.old)}
                before = set(w.session.new)
                reason = f"撤销：{entry.field} {entry.new} → {entry.old}"
                w.update(record, changes, opportunity_id=opportunity_id, kind="undo", reason=reason)
                for added in set(w.session.new) - before:
                    if isinstance(added, HistoryEntry):
                        added.undoes = entry.id
                if not any(isinstance(a, HistoryEntry) for a in set(w.session.new) - before):
                    # Nothing to change (already at the old value): still mark it as undone.
                    w.note(
                        opportunity_id,
                        entry.entity,
                        entry.entity_id,
                        entry.field,
                        entry.new,
                        entry.old,
                        "undo",
                        reason,
                    )
                    for added in set(w.session.new) - before:
                        if isinstance(added, HistoryEntry):
                            added.undoes = entry.id
        return [views.history_view(e) for e in entries]
