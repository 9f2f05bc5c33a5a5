"""Field stamps as compact text: one pair for the row, only the fields that differ listed

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 17:30:00

Every synced row's ``stamps`` was JSON, ``{field: [stamp, base]}`` for every field: a third of
the database. It becomes the text of ``projdesk.domain.stamps`` (``<pair>[;<name>=<pair>]…``,
the row's pair standing for every stamped column not listed), every field's stamp and base
kept exactly. Indexes that cost space and serve no query go: ``ix_step_records_opportunity_id``
(the unique index on (opportunity_id, letter) serves the same look-ups) and every synced table's
``ix_<table>_updated_at`` (only a dated snapshot selection filters on it, reading every row
anyway). The runner backs the file up before, and compacts it after (storage.db).

The conversion is frozen here (a migration keeps no module of the app): the format as of this
revision. The stamped columns of a table are its columns but the row's own bookkeeping.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

META = frozenset({"id", "created_at", "updated_at", "device", "stamps"})
NO_PAIR = ("", "")
BATCH = 5000


def _pair_text(pair: tuple[str, ...]) -> str:
    return f"{pair[0]}>{pair[1]}" if pair[1] else pair[0]


def encode(stamps: dict[str, list[str]], fields: list[str]) -> str:
    if not stamps:
        return ""
    pairs = {f: tuple(stamps.get(f) or NO_PAIR) for f in fields}
    counts = Counter(pairs.values())
    row = max(counts, key=lambda p: (counts[p], p))
    listed = {f: p for f, p in pairs.items() if p != row}
    listed.update({k: tuple(p) for k, p in stamps.items() if k not in pairs})
    parts = [_pair_text(row)]
    for name in sorted(listed):
        pair = listed[name]
        parts.append(name if pair == row and name not in pairs else f"{name}={_pair_text(pair)}")
    return ";".join(parts)


def decode(text: str, fields: list[str]) -> dict[str, list[str]]:
    head, *listed = text.split(";")
    out = {f: list(head.partition(">")[::2]) for f in fields} if head else {}
    for item in listed:
        name, equals, pair = item.partition("=")
        if not equals:
            pair = head
        if pair:
            out[name] = list(pair.partition(">")[::2])
        else:
            out.pop(name, None)
    return out


def _synced_tables(bind: Any) -> dict[str, list[str]]:
    """Each table with field stamps, and its stamped columns."""
    out = {}
    for name in sa.inspect(bind).get_table_names():
        names = [c["name"] for c in sa.inspect(bind).get_columns(name)]
        if "stamps" in names:
            out[name] = [n for n in names if n not in META]
    return out


def _rewrite(convert: Any) -> None:
    bind = op.get_bind()
    for name, fields in _synced_tables(bind).items():
        rows = bind.exec_driver_sql(f'SELECT id, stamps FROM "{name}"').all()
        updates = [(convert(text, fields), row_id) for row_id, text in rows if text is not None]
        for start in range(0, len(updates), BATCH):
            bind.exec_driver_sql(
                f'UPDATE "{name}" SET stamps = ? WHERE id = ?', updates[start : start + BATCH]
            )


def _from_json(text: Any, fields: list[str]) -> str:
    value = json.loads(text) if isinstance(text, str) else (text or {})
    return encode(value, fields)


def _to_json(text: str, fields: list[str]) -> str:
    # As the app's engine wrote JSON before this revision (storage.db).
    return json.dumps(decode(text, fields), ensure_ascii=False, separators=(",", ":"))


def upgrade() -> None:
    _rewrite(_from_json)
    op.drop_index("ix_step_records_opportunity_id", table_name="step_records")
    for name in _synced_tables(op.get_bind()):
        op.drop_index(f"ix_{name}_updated_at", table_name=name, if_exists=True)


def downgrade() -> None:
    op.create_index("ix_step_records_opportunity_id", "step_records", ["opportunity_id"], unique=False)
    for name in _synced_tables(op.get_bind()):
        op.create_index(f"ix_{name}_updated_at", name, ["updated_at"], unique=False)
    _rewrite(_to_json)
