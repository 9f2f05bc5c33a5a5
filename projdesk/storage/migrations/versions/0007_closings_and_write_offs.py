"""closings (won/lost/on hold/reopened, with the 项目总结) and payments.write_off_reason

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 14:30:00

A new synced table and one nullable column: no existing row changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "closings",
        sa.Column("opportunity_id", sa.String(length=36), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=False),
        sa.Column("reason_code", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("winner", sa.String(length=120), nullable=False),
        sa.Column("look_again", sa.Date(), nullable=True),
        sa.Column("overridden", sa.Text(), nullable=False),
        sa.Column("industry", sa.String(length=40), nullable=False),
        sa.Column("products", sa.Text(), nullable=False),
        sa.Column("worked", sa.Text(), nullable=False),
        sa.Column("not_worked", sa.Text(), nullable=False),
        sa.Column("lessons", sa.Text(), nullable=False),
        sa.Column("tags", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("stamps", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"], ["opportunities.id"], name=op.f("fk_closings_opportunity_id_opportunities")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closings")),
    )
    with op.batch_alter_table("closings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_closings_opportunity_id"), ["opportunity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_closings_updated_at"), ["updated_at"], unique=False)
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("write_off_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_column("write_off_reason")
    with op.batch_alter_table("closings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_closings_updated_at"))
        batch_op.drop_index(batch_op.f("ix_closings_opportunity_id"))
    op.drop_table("closings")
