"""The one place where user edits touch rows: stamps each field, keeps the history.

Every service change goes through :class:`Writer`, so each field carries the hybrid-clock
stamp of its last write and the stamp that write replaced (the merge needs both), the
change history records who changed what, when and why, and :attr:`Writer.changes` names the
rows the transaction touched (kind → ids, with the opportunity or customer each belongs to), so
the views refresh just those.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from projdesk.domain import changes as kinds
from projdesk.domain import limits
from projdesk.domain.changes import Changes
from projdesk.domain.clock import HybridClock
from projdesk.domain.errors import InvalidInput
from projdesk.domain.values import to_json_value, to_text
from projdesk.storage.models import (
    Contact,
    HistoryEntry,
    Setting,
    StepRecord,
    Synced,
    new_id,
    user_fields,
    utcnow,
)

CLOCK_KEY = "clock.last"
VALUES_PREFIX = "values."  # step-record fields are stamped as "values.<key>"

M = TypeVar("M", bound=Synced)

# The kind of change a row of each table is (projdesk.domain.changes); a quote line is its quote's.
KIND_OF_TABLE = {
    "opportunities": kinds.OPPORTUNITY,
    "customers": kinds.CUSTOMER,
    "activities": kinds.ACTIVITY,
    "contacts": kinds.CONTACT,
    "competitors": kinds.COMPETITOR,
    "step_records": kinds.STEP,
    "quotes": kinds.QUOTE,
    "quote_lines": kinds.QUOTE,
    "reviews": kinds.REVIEW,
    "contracts": kinds.CONTRACT,
    "payments": kinds.PAYMENT,
    "documents": kinds.DOCUMENT,
    "risks": kinds.RISK,
    "change_requests": kinds.CHANGE_REQUEST,
    "closings": kinds.CLOSING,
    "attachments": kinds.ATTACHMENT,
}


@dataclass
class Author:
    """Who writes: the user's name, this device's id and its clock."""

    user: str
    device: str
    clock: HybridClock


class Writer:
    """Applies changes inside one session (one transaction)."""

    def __init__(self, session: Session, author: Author) -> None:
        self.session = session
        self.author = author
        self._stamp: str | None = None
        self.at = utcnow()  # one time for the whole action: undo reverts it as a unit
        self._touched: defaultdict[str, set[str]] = defaultdict(set)

    @property
    def changes(self) -> Changes:
        """The rows this transaction created, changed or deleted, and the opportunities (for a
        contact: the customer) they belong to. Every write files a history line, so the lines
        name them all."""
        return Changes({kind: frozenset(ids) for kind, ids in self._touched.items()})

    def stamp(self) -> str:
        """One stamp per field write; the clock is persisted with the transaction."""
        self._stamp = self.author.clock.now()
        self.session.merge(Setting(key=CLOCK_KEY, value=self._stamp))
        return self._stamp

    def create(self, model: type[M], /, *, for_opportunity: str | None = None, **values: Any) -> M:
        """Insert a row, every field stamped; ``for_opportunity`` files its history line."""
        table = model.__tablename__  # type: ignore[attr-defined]
        values = {name: limits.checked(table, name, value) for name, value in values.items()}
        for key, value in (values.get("values") or {}).items():
            _check_step_value(values.get("letter", ""), key, value)
        obj = model(**values)
        if obj.id is None:
            obj.id = values.get("id") or new_id()
        stamp = self.stamp()
        fields = user_fields(model)
        obj.deleted = False
        obj.stamps = {name: [stamp, ""] for name in fields}
        obj.device = self.author.device
        obj.created_at = obj.updated_at = self.at
        self.session.add(obj)
        self._history(obj, for_opportunity, "*", "", _describe(values), "create", "", stamp)
        return obj

    def update(
        self,
        obj: Synced,
        changes: dict[str, Any],
        *,
        opportunity_id: str | None = None,
        kind: str = "edit",
        reason: str = "",
    ) -> dict[str, tuple[Any, Any]]:
        """Set the fields that really change; returns ``{field: (old, new)}``."""
        changed: dict[str, tuple[Any, Any]] = {}
        table = obj.__tablename__  # type: ignore[attr-defined]
        stamps = dict(obj.stamps or {})
        values = dict(getattr(obj, "values", None) or {}) if _has_values(obj) else None
        for name, new in changes.items():
            if name.startswith(VALUES_PREFIX):
                assert values is not None
                key = name[len(VALUES_PREFIX) :]
                old = values.get(key)
                stored = to_json_value(limits.normalised(new))
                _check_step_value(obj.letter, key, stored)  # type: ignore[attr-defined]
                if old == stored:
                    continue
                if stored is None:
                    values.pop(key, None)
                else:
                    values[key] = stored
            else:
                new = limits.checked(table, name, new)
                old = getattr(obj, name)
                if _same(old, new):
                    continue
                setattr(obj, name, new)
                stored = new
            stamp = self.stamp()
            base = (stamps.get(name) or ["", ""])[0]
            stamps[name] = [stamp, base]
            changed[name] = (old, stored)
            self._history(obj, opportunity_id, name, to_text(old), to_text(stored), kind, reason, stamp)
        if changed:
            if values is not None:
                obj.values = values  # type: ignore[attr-defined]
            obj.stamps = stamps
            obj.device = self.author.device
            obj.updated_at = self.at
        return changed

    def delete(self, obj: Synced, *, opportunity_id: str | None = None, reason: str = "") -> None:
        """A stamped tombstone: the row stays so the delete can travel in snapshots."""
        self.update(obj, {"deleted": True}, opportunity_id=opportunity_id, kind="delete", reason=reason)

    def note(
        self,
        opportunity_id: str,
        entity: str,
        entity_id: str,
        field: str,
        old: str,
        new: str,
        kind: str,
        reason: str,
    ) -> None:
        """A history line that is not a field write (e.g. a gate override)."""
        self._history_raw(opportunity_id, entity, entity_id, field, old, new, kind, reason, self._stamp or "")

    def _history(
        self,
        obj: Synced,
        opportunity_id: str | None,
        field: str,
        old: str,
        new: str,
        kind: str,
        reason: str,
        stamp: str,
    ) -> None:
        opp = opportunity_id or getattr(obj, "opportunity_id", None)
        if opp is None and obj.__tablename__ == "opportunities":  # type: ignore[attr-defined]
            opp = obj.id
        if opp is None and isinstance(obj, Contact):  # a contact shows on its customer's cards
            self._touched[kinds.CUSTOMER].add(obj.customer_id)
        self._history_raw(opp, obj.__tablename__, obj.id, field, old, new, kind, reason, stamp)  # type: ignore[attr-defined]

    def _history_raw(
        self,
        opportunity_id: str | None,
        entity: str,
        entity_id: str,
        field: str,
        old: str,
        new: str,
        kind: str,
        reason: str,
        stamp: str,
    ) -> None:
        reason = limits.checked("history", "reason", reason)  # the one history text a user types
        self._touched[KIND_OF_TABLE.get(entity, entity)].add(entity_id)
        if opportunity_id is not None:
            self._touched[kinds.OPPORTUNITY].add(opportunity_id)
        self.session.add(
            HistoryEntry(
                id=new_id(),
                opportunity_id=opportunity_id,
                entity=entity,
                entity_id=entity_id,
                field=field,
                old=old,
                new=new,
                kind=kind,
                reason=reason,
                actor=self.author.user,
                device=self.author.device,
                stamp=stamp,
                at=self.at,
            )
        )


def _check_step_value(letter: str, key: str, stored: Any) -> None:
    problem = limits.step_value_problem(letter, key, stored)
    if problem is not None:
        raise InvalidInput.coded("step_value_refused", letter=letter, key=key, problem=problem)


def _has_values(obj: Synced) -> bool:
    return isinstance(obj, StepRecord)


def _same(old: Any, new: Any) -> bool:
    # Type matters: a bool True and an int 1 are different field values.
    return type(old) is type(new) and bool(old == new)


def _describe(values: dict[str, Any]) -> str:
    name = values.get("name") or values.get("content") or values.get("item") or values.get("file_name") or ""
    return to_text(name)[:200]
