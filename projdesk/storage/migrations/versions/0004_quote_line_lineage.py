"""quote_lines.lineage: a quote line keeps its identity across rounds

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 14:00:00

Only adds a nullable column. Existing lines keep NULL, which reads as the line's own id: each
was written fresh, so none is known to continue another, and no value changes that would need
a stamp to travel.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("lineage", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.drop_column("lineage")
