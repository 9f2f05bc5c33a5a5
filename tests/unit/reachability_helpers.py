"""The reachability check the merge tests end with: no live record hidden without a conflict listed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from projdesk.storage.models import SYNCED_MODELS, Conflict
from projdesk.storage.services import Services
from projdesk.sync import columns


def unreachable(services: Services) -> list[tuple[str, str]]:
    """Live records under a missing or deleted parent, with no open conflict on the way up to it.

    Walks each live record's parents (quote line → quote → opportunity → customer); the first
    missing or deleted one hides it, unless an unresolved conflict names the record or a record
    between it and that parent (restoring that one brings it back).
    """
    with services.ctx.read() as session:
        listed = set(session.scalars(select(Conflict.entity_id).where(Conflict.resolved == "")))
        rows: dict[str, dict[str, Any]] = {}
        for model in SYNCED_MODELS:
            name = model.__tablename__  # type: ignore[attr-defined]
            refs = columns.BY_NAME[name].refs
            for row in session.scalars(select(model)):
                ref = next(iter(refs), None)
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
                if not listed & set(chain):
                    hidden.append((info["table"], rid))
                break
            at = parent["parent"]
    return hidden
