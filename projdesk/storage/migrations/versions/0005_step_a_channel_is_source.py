"""Step A's source channel is the opportunity's source: one value, one place

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 14:05:00

The step field now binds ``opportunities.source`` (catalog: ``binds="source"``), so the initiation
form's 线索来源, the board and the step show one value. A channel entered in step A before this
revision is carried over when it is the later of the two writes (or the source is empty), with
the stamp it was written with: every device upgrading the same data computes the same value
and stamp, so the carry-over itself never shows up as a merge conflict. The step's own copy is
left in place, unread (nothing is thrown away).
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FIELD = "source_channel"
LIMIT = 40  # opportunities.source is String(40); every choice of the field fits


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else (value or {})


def _compact(value: Any) -> str:
    # As the app's engine writes JSON (storage.db): a migration keeps no module of the app.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def upgrade() -> None:
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            'SELECT o.id, o.source, o.stamps, s."values", s.stamps FROM step_records s '
            "JOIN opportunities o ON o.id = s.opportunity_id WHERE s.letter = 'A'"
        )
    ).all()
    for opp_id, source, opp_stamps_raw, values_raw, step_stamps_raw in rows:
        channel = _json(values_raw).get(FIELD)
        if not isinstance(channel, str) or not channel.strip() or len(channel.strip()) > LIMIT:
            continue
        opp_stamps = _json(opp_stamps_raw)
        step_stamp = _json(step_stamps_raw).get("values." + FIELD) or ["", ""]
        source_stamp = opp_stamps.get("source") or ["", ""]
        if (source or "").strip() and step_stamp[0] <= source_stamp[0]:
            continue  # the source was written later (or the same): it stands
        opp_stamps["source"] = [step_stamp[0], source_stamp[0]]
        bind.execute(
            sa.text("UPDATE opportunities SET source = :source, stamps = :stamps WHERE id = :id"),
            {"source": channel.strip(), "stamps": _compact(opp_stamps), "id": opp_id},
        )


def downgrade() -> None:
    pass  # the step's own copy was never removed: nothing to restore
