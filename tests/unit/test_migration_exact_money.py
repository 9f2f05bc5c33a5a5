"""Migration 0002: the first schema's REAL money becomes integer fen, exactly (issue 11)."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from projdesk.storage.db import Database, _alembic_config
from projdesk.storage.services import Services

CUSTOMER = "11111111-1111-4111-8111-111111111111"
OPPORTUNITIES = {
    "22222222-2222-4222-8222-222222222201": (820000.5, 0.1 + 0.2),
    "22222222-2222-4222-8222-222222222202": (9999999999999.99, None),
    "22222222-2222-4222-8222-222222222203": (1.1 + 2.2, 0.125),
}
QUOTE = "33333333-3333-4333-8333-333333333333"
LINE = "44444444-4444-4444-8444-444444444444"
PAYMENT = "55555555-5555-4555-8555-555555555555"
META = "'2026-11-01 00:00:00.000000', '2026-11-01 00:00:00.000000', 'dev', 0, '{}'"


def database_at_revision_0001(path: Path) -> None:
    """A database as the first version left it: schema 0001 and amounts in REAL columns."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO customers (id, name, credit_code, industry, region, listed, industry_key, "
        "regional_influence, key_account, key_reasons, address, notes, created_at, updated_at, "
        f"device, deleted, stamps) VALUES ('{CUSTOMER}', '甲', NULL, '', '', 0, 0, 0, 0, '', '', '', {META})"
    )
    columns = {r[1] for r in con.execute("PRAGMA table_info(opportunities)")}
    for opp_id, (amount, budget) in OPPORTUNITIES.items():
        values = {"id": opp_id, "customer_id": CUSTOMER, "name": opp_id[-2:], "stage": 1, "status": "open"}
        values |= {"amount": amount, "budget": budget}
        _insert_defaults(con, "opportunities", columns, values)
    opp = next(iter(OPPORTUNITIES))
    _insert_defaults(
        con,
        "quotes",
        _columns(con, "quotes"),
        {"id": QUOTE, "opportunity_id": opp, "round": 1, "date": "2026-11-01"},
    )
    _insert_defaults(
        con,
        "quote_lines",
        _columns(con, "quote_lines"),
        {
            "id": LINE,
            "quote_id": QUOTE,
            "position": 1,
            "item": "服务器",
            "quantity": 2.675,
            "unit_price": 0.7,
        },
    )
    _insert_defaults(
        con,
        "payments",
        _columns(con, "payments"),
        {
            "id": PAYMENT,
            "opportunity_id": opp,
            "milestone": "首付",
            "amount": 1234567.89,
            "received_amount": None,
        },
    )
    con.commit()
    con.close()


def _columns(con: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in con.execute(f"PRAGMA table_info({table})")}


def _insert_defaults(
    con: sqlite3.Connection, table: str, columns: set[str], values: dict[str, object]
) -> None:
    """Insert ``values``, with a neutral value for every other NOT NULL column of the table."""
    info = {r[1]: (r[2], r[3]) for r in con.execute(f"PRAGMA table_info({table})")}
    row = dict(values)
    for name, (kind, notnull) in info.items():
        if name in row or not notnull:
            continue
        if name in ("created_at", "updated_at", "stage_entered_at"):
            row[name] = "2026-11-01 00:00:00.000000"
        elif name == "stamps":
            row[name] = "{}"
        elif kind.upper().startswith(("INTEGER", "BOOLEAN", "NUMERIC")):
            row[name] = 0
        else:
            row[name] = ""
    assert set(row) <= columns
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    con.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(row.values()))


def test_migration_converts_real_money_to_exact_fen(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    database_at_revision_0001(path)
    db = Database.open(path)
    assert db.last_backup is not None and db.last_backup.exists()  # backed up before migrating
    db.close()
    con = sqlite3.connect(path)
    fen = {r[0]: (r[1], r[2]) for r in con.execute("SELECT id, amount, budget FROM opportunities")}
    assert fen == {
        "22222222-2222-4222-8222-222222222201": (82000050, 30),
        "22222222-2222-4222-8222-222222222202": (999999999999999, None),
        "22222222-2222-4222-8222-222222222203": (330, 12),  # 0.125: half-even, as the old column read
    }
    kinds = set(con.execute("SELECT typeof(amount) FROM opportunities"))
    assert kinds == {("integer",)}
    assert con.execute("SELECT quantity, unit_price FROM quote_lines").fetchone() == (268, 70)
    assert con.execute("SELECT amount, received_amount FROM payments").fetchone() == (123456789, None)
    declared = {r[1]: r[2] for r in con.execute("PRAGMA table_info(opportunities)")}
    assert declared["amount"] == "BIGINT" and declared["budget"] == "BIGINT"
    indexes = {r[1] for r in con.execute("PRAGMA index_list(opportunities)")}
    con.close()
    assert "ix_opportunities_customer_id" in indexes  # the table rebuild kept its indexes


def test_migrated_amounts_read_back_as_exact_decimals(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    database_at_revision_0001(path)
    services = Services.open(path)
    cards = {c.id: c.amount for c in services.opportunities.list(include_closed=True)}
    assert cards["22222222-2222-4222-8222-222222222201"] == Decimal("820000.50")
    assert str(cards["22222222-2222-4222-8222-222222222202"]) == "9999999999999.99"
    detail = services.opportunities.detail("22222222-2222-4222-8222-222222222201")
    assert detail.summary.amount == Decimal("820000.50")
    assert str(detail.quotes[0].lines[0].quantity) == "2.68"
    assert str(detail.quotes[0].lines[0].unit_price) == "0.70"
    services.close()


def test_downgrade_writes_the_first_schema_form_back(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    database_at_revision_0001(path)
    Database.open(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # a bare engine: foreign keys off, as the app migrates
        command.downgrade(_alembic_config(conn), "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    amounts = dict(con.execute("SELECT id, amount FROM opportunities"))
    declared = {r[1]: r[2] for r in con.execute("PRAGMA table_info(opportunities)")}
    con.close()
    assert amounts["22222222-2222-4222-8222-222222222201"] == 820000.5
    assert amounts["22222222-2222-4222-8222-222222222202"] == 9999999999999.99
    assert declared["amount"] == "NUMERIC(16, 2)"
