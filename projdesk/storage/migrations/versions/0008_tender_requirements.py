"""tender_requirements: the tender's clauses (step Q) and our answer to each

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 14:00:00

Only adds a synced table (an opportunity's child, like reviews).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tender_requirements",
        sa.Column("opportunity_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("clause", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("mark", sa.String(length=1), nullable=False),
        sa.Column("category", sa.String(length=2), nullable=False),
        sa.Column("response", sa.String(length=3), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("answered_in", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device", sa.String(length=40), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("stamps", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunities.id"],
            name=op.f("fk_tender_requirements_opportunity_id_opportunities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tender_requirements")),
    )
    with op.batch_alter_table("tender_requirements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tender_requirements_opportunity_id"), ["opportunity_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_tender_requirements_updated_at"), ["updated_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tender_requirements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tender_requirements_updated_at"))
        batch_op.drop_index(batch_op.f("ix_tender_requirements_opportunity_id"))
    op.drop_table("tender_requirements")
