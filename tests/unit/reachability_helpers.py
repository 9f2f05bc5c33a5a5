"""The reachability check the merge tests end with: no live record hidden without a conflict listed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from projdesk.storage.models import SYNCED_MODELS, Conflict
from projdesk.storage.services import Services
from projdesk.sync import columns


@dataclass(frozen=True)
class Hidden:
    table: str
    id: str
    chain: tuple[str, ...]  # the record, its parents up to and including ``dead``
    dead: str  # the missing or deleted parent that hides it


def unreachable(services: Services) -> list[tuple[str, str]]:
    """Live records hidden by a missing or deleted parent, with no open conflict on the way up to it.

    An unresolved conflict naming the record or a record between it and that parent lists it:
    restoring that one brings it back.
    """
    with services.ctx.read() as session:
        listed = set(session.scalars(select(Conflict.entity_id).where(Conflict.resolved == "")))
    return [(h.table, h.id) for h in hidden_records(services) if not listed & set(h.chain)]


def hidden_records(services: Services) -> list[Hidden]:
    """Live records under a missing or deleted parent (quote line → quote → opportunity → customer)."""
    with services.ctx.read() as session:
        rows: dict[str, dict[str, Any]] = {}
        for model in SYNCED_MODELS:
            name = model.__tablename__  # type: ignore[attr-defined]
            ref = next(iter(columns.BY_NAME[name].refs), None)
            for row in session.scalars(select(model)):
                rows[row.id] = {
                    "table": name,
                    "deleted": row.deleted,
                    "parent": getattr(row, ref) if ref else None,
                }
    hidden = []
    for rid, info in rows.items():
        if info["deleted"]:
            continue
        chain = [rid]
        at = info["parent"]
        while at is not None:
            parent = rows.get(at)
            chain.append(at)
            if parent is None or parent["deleted"]:
                hidden.append(Hidden(info["table"], rid, tuple(chain), at))
                break
            at = parent["parent"]
    return hidden
