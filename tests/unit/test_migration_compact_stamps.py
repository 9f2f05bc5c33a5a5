"""Migration 0010: field stamps become compact text; every field's stamp and base read the same."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import create_engine, select

from projdesk.storage.backups import backup_folder
from projdesk.storage.db import Database, _alembic_config
from projdesk.storage.models import SYNCED_MODELS
from projdesk.storage.services import Services
from projdesk.sync import columns

FOREIGN = "1700000000000.00003.laptop-b"
OLDER = "1600000000000.00000.laptop-c"


def database_at_0009_with_known_stamps(path: Path) -> dict[str, dict[str, Any]]:
    """A 0009 database (stamps as JSON) whose rows carry every shape of stamps; returns them."""
    services = Services.open(path)
    opp = services.opportunities.add("华东电力设计院", "调度平台", owner="张伟", amount="120000")
    services.opportunities.update(opp, {"next_step": "约技术交流"})  # a field with its own stamp and base
    services.steps.update(opp, "A", {"referrer": "刘总", "why_pursue": "预算已批"})
    services.activities.add(opp, type="拜访", content="见面")
    services.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0009")
    engine.dispose()
    con = sqlite3.connect(path)
    # A row stamped before a column existed (no stamp for it), and a step key from another device.
    (text,) = con.execute("SELECT stamps FROM customers").fetchone()
    stamps = json.loads(text)
    del stamps["merged_into"]
    stamps["notes"] = [FOREIGN, OLDER]
    con.execute("UPDATE customers SET stamps = ?", (json.dumps(stamps),))
    (text,) = con.execute("SELECT stamps FROM step_records").fetchone()
    stamps = json.loads(text)
    stamps["values.budget_known"] = [FOREIGN, ""]
    con.execute("UPDATE step_records SET stamps = ?", (json.dumps(stamps, separators=(",", ":")),))
    con.commit()
    known = {}
    for model in SYNCED_MODELS:
        name = model.__tablename__  # type: ignore[attr-defined]
        known[name] = {i: json.loads(s) for i, s in con.execute(f"SELECT id, stamps FROM {name}")}
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)
    con.close()
    return known


def test_migrating_a_0009_database_keeps_every_fields_stamp_and_base(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    known = database_at_0009_with_known_stamps(path)
    assert all(known[t] for t in ("customers", "opportunities", "step_records", "activities"))
    db = Database.open(path)
    try:
        assert db.last_backup is not None and db.last_backup.parent == backup_folder(path)
        with db.read() as session:
            for model in SYNCED_MODELS:
                name = model.__tablename__  # type: ignore[attr-defined]
                read = {row.id: row.stamps for row in session.scalars(select(model))}
                assert read == known[name], name
    finally:
        db.close()
    con = sqlite3.connect(path)
    try:
        for name, rows in known.items():
            spec = columns.BY_NAME[name]
            for row_id, text in con.execute(f"SELECT id, stamps FROM {name}"):
                assert spec.stamps_re is not None and spec.stamps_re.fullmatch(text), text
                assert columns.parse_stamps(spec, text) == rows[row_id]
    finally:
        con.close()


def test_a_migrated_customer_without_a_stamp_for_a_later_column_still_has_none(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    known = database_at_0009_with_known_stamps(path)
    Database.open(path).close()
    con = sqlite3.connect(path)
    (text,) = con.execute("SELECT stamps FROM customers").fetchone()
    con.close()
    assert "merged_into=" in text and f"notes={FOREIGN}>{OLDER}" in text
    [customer] = known["customers"].values()
    assert "merged_into" not in columns.parse_stamps(columns.BY_NAME["customers"], text) == customer


def test_the_migration_drops_the_indexes_no_query_uses(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    database_at_0009_with_known_stamps(path)
    con = sqlite3.connect(path)
    before = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    con.close()
    assert "ix_step_records_opportunity_id" in before and "ix_activities_updated_at" in before
    Database.open(path).close()
    con = sqlite3.connect(path)
    after = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    con.close()
    assert not {n for n in after if n.endswith("_updated_at")}
    assert "ix_step_records_opportunity_id" not in after
    assert "ix_activities_opp_date" in after and "ix_opportunities_stage" in after


def test_downgrading_0010_gives_the_stamps_back_as_json(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    known = database_at_0009_with_known_stamps(path)
    Database.open(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0009")
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        for name, rows in known.items():
            assert {i: json.loads(s) for i, s in con.execute(f"SELECT id, stamps FROM {name}")} == rows
    finally:
        con.close()
