"""risk register and change requests; the free-text risks become risk records

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 14:00:00

Two synced tables: ``risks`` (风险管理) and ``change_requests`` (变更管理). Each opportunity's
old free-text ``risks`` becomes one open risk record, so nothing typed there is lost, and the
text field is cleared (the bid used to print it to the customer). The moved rows are stamped
like any write of this device: the risk's id is derived from the opportunity's, so two
colleagues who both upgrade make the same record and their snapshots merge it as one.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from alembic import op

from projdesk.domain.clock import HybridClock

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# uuid5(namespace, opportunity id): the risk record made from an opportunity's free text.
LEGACY_RISK_NAMESPACE = uuid.UUID("5a0d2f4e-6c1b-4f7e-9a35-0b6f1c2d9e41")
RISK_FIELDS = (
    "opportunity_id", "description", "probability", "impact", "response", "owner", "due_date",
    "status", "close_note", "closed_on", "deleted",
)  # fmt: skip


def _synced_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("stamps", sa.JSON(), nullable=False),
    ]


def _create(name: str, *columns: sa.Column[Any]) -> None:
    op.create_table(
        name,
        sa.Column("opportunity_id", sa.String(length=36), nullable=False),
        *columns,
        *_synced_columns(),
        sa.ForeignKeyConstraint(
            ["opportunity_id"], ["opportunities.id"], name=op.f(f"fk_{name}_opportunity_id_opportunities")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_opportunity_id"), ["opportunity_id"], unique=False)
        batch_op.create_index(batch_op.f(f"ix_{name}_updated_at"), ["updated_at"], unique=False)


def upgrade() -> None:
    _create(
        "risks",
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("probability", sa.String(length=10), nullable=False),
        sa.Column("impact", sa.String(length=10), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("close_note", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
    )
    _create(
        "change_requests",
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("impact", sa.Text(), nullable=False),
        sa.Column("requested_by", sa.String(length=80), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("cost", sa.BigInteger(), nullable=True),
        sa.Column("cost_direction", sa.String(length=10), nullable=False),
        sa.Column("schedule_days", sa.Integer(), nullable=True),
        sa.Column("risk_note", sa.Text(), nullable=False),
        sa.Column("assessed_by", sa.String(length=80), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
    )
    _move_free_text_risks()


def _move_free_text_risks() -> None:
    conn = op.get_bind()
    opps = sa.table(
        "opportunities",
        sa.column("id"), sa.column("owner"), sa.column("risks"), sa.column("deleted"),
        sa.column("stamps", sa.JSON), sa.column("device"), sa.column("updated_at"),
    )  # fmt: skip
    rows = conn.execute(
        sa.select(opps.c.id, opps.c.owner, opps.c.risks, opps.c.stamps).where(
            opps.c.risks != "", opps.c.deleted.is_(False)
        )
    ).all()
    if not rows:
        return
    settings = sa.table("settings", sa.column("key"), sa.column("value", sa.JSON))
    stored = dict(conn.execute(sa.select(settings.c.key, settings.c.value)).all())
    device = stored.get("device.id")
    if not device:
        device = uuid.uuid4().hex[:12]  # as projdesk.storage.settings.device_id makes it
        conn.execute(sa.insert(settings).values(key="device.id", value=device))
    clock = HybridClock(str(device), str(stored.get("clock.last") or ""))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    risks = sa.table("risks", *[sa.column(n) for n in ("id", "created_at", "updated_at", "device")],
                     *[sa.column(n) for n in RISK_FIELDS], sa.column("stamps", sa.JSON))  # fmt: skip
    history = sa.table("history", *[sa.column(n) for n in (
        "id", "opportunity_id", "entity", "entity_id", "field", "old", "new", "kind", "reason", "actor",
        "device", "stamp", "at", "undoes")])  # fmt: skip
    for opp_id, owner, text, stamps in rows:
        stamp = clock.now()
        risk_id = str(uuid.uuid5(LEGACY_RISK_NAMESPACE, opp_id))
        conn.execute(
            sa.insert(risks).values(
                id=risk_id, created_at=now, updated_at=now, device=device, opportunity_id=opp_id,
                description=text, probability="medium", impact="medium", response="", owner=owner or "",
                due_date=None, status="open", close_note="", closed_on=None, deleted=False,
                stamps={name: [stamp, ""] for name in RISK_FIELDS},
            )
        )  # fmt: skip
        cleared = clock.now()
        new_stamps = dict(stamps or {})
        new_stamps["risks"] = [cleared, (new_stamps.get("risks") or ["", ""])[0]]
        conn.execute(
            sa.update(opps)
            .where(opps.c.id == opp_id)
            .values(risks="", stamps=new_stamps, device=device, updated_at=now)
        )
        # Kind "migrate": undo (which reverts this device's latest action) never takes it back.
        for entity, entity_id, field, old, new, kind, at_stamp in (
            ("risks", risk_id, "*", "", text[:200], "migrate", stamp),
            ("opportunities", opp_id, "risks", text, "", "migrate", cleared),
        ):
            conn.execute(
                sa.insert(history).values(
                    id=str(uuid.uuid4()), opportunity_id=opp_id, entity=entity, entity_id=entity_id,
                    field=field, old=old, new=new, kind=kind, reason="风险文字移入风险登记",
                    actor="", device=device, stamp=at_stamp, at=now, undoes="",
                )
            )  # fmt: skip
    conn.execute(
        sa.update(settings).where(settings.c.key == "clock.last").values(value=clock.last)
        if "clock.last" in stored
        else sa.insert(settings).values(key="clock.last", value=clock.last)
    )


def downgrade() -> None:
    op.drop_table("change_requests")
    op.drop_table("risks")
