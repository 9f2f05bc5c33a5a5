"""exact money: amounts as integer fen, quantities as integer hundredths

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 11:00:00

The first schema kept money in ``Numeric`` columns, which SQLite stores as REAL. Each value
is converted from the shortest text of the stored number (what the user typed), rounded
half-even to the cent as the old column did, into an integer; then the column's declared type
becomes an integer. The app backs the database up before it runs any migration.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

from projdesk.domain.money import from_fen, legacy_hundredths

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# table -> its two-place columns, with the first schema's precision and nullability
COLUMNS: dict[str, tuple[tuple[str, int, bool], ...]] = {
    "opportunities": (("amount", 16, True), ("budget", 16, True)),
    "competitors": (("price", 16, True),),
    "contracts": (("amount", 16, True),),
    "payments": (("amount", 16, False), ("received_amount", 16, True)),
    "quote_lines": (("quantity", 12, False), ("unit_price", 16, False)),
}


def _rewrite(name: str, to_value: Callable[[Any], Any]) -> None:
    """Replace every non-null value of the table's two-place columns by ``to_value(value)``."""
    names = [c for c, _, _ in COLUMNS[name]]
    t = sa.table(name, sa.column("id"), *[sa.column(c) for c in names])
    conn = op.get_bind()
    rows = conn.execute(sa.select(t.c.id, *[t.c[c] for c in names])).all()
    changes = []
    for row in rows:
        values = {c: (None if v is None else to_value(v)) for c, v in zip(names, row[1:], strict=True)}
        changes.append({"_id": row[0], **values})
    if changes:
        conn.execute(
            sa.update(t).where(t.c.id == sa.bindparam("_id")).values({c: sa.bindparam(c) for c in names}),
            changes,
        )


def upgrade() -> None:
    for name, cols in COLUMNS.items():
        _rewrite(name, legacy_hundredths)
        with op.batch_alter_table(name, schema=None) as batch_op:
            for column, precision, nullable in cols:
                batch_op.alter_column(
                    column,
                    existing_type=sa.Numeric(precision=precision, scale=2),
                    type_=sa.BigInteger(),
                    existing_nullable=nullable,
                )


def _legacy_number(hundredths: int) -> float:
    # The first schema read its REAL columns back through float: the downgrade writes that form.
    return float(from_fen(hundredths))


def downgrade() -> None:
    for name, cols in COLUMNS.items():
        with op.batch_alter_table(name, schema=None) as batch_op:
            for column, precision, nullable in cols:
                batch_op.alter_column(
                    column,
                    existing_type=sa.BigInteger(),
                    type_=sa.Numeric(precision=precision, scale=2),
                    existing_nullable=nullable,
                )
        _rewrite(name, _legacy_number)
