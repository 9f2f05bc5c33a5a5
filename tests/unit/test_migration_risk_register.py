"""Migration 0004: the free-text risks become risk records, so nothing typed there is lost."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from projdesk.storage.db import Database, _alembic_config
from projdesk.storage.services import Services
from projdesk.sync.service import SyncService
from tests.unit.snapshot_helpers import new_device, template_db


def database_at_0003_with_free_text_risks(path: Path) -> str:
    """A database as the previous version left it, with an opportunity whose risks is text."""
    services = Services.open(path)
    opp: str = services.opportunities.add("华东电力设计院", "调度平台", owner="张伟")
    other = services.opportunities.add("青岛港集团", "码头数据中台")
    services.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0003")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE opportunities SET risks = ? WHERE id = ?", ("竞争对手关系较深\n预算可能压缩", opp))
    con.commit()
    con.close()
    assert other != opp
    return opp


def test_free_text_risks_become_an_open_risk_record_and_the_text_is_cleared(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    opp = database_at_0003_with_free_text_risks(path)
    Database.open(path).close()
    services = Services.open(path)
    try:
        [risk] = services.risks.list(opp)
        assert (risk.description, risk.status, risk.owner) == (
            "竞争对手关系较深\n预算可能压缩",
            "open",
            "张伟",
        )
        assert sum(len(services.risks.list(c.id)) for c in services.opportunities.list()) == 1
        con = sqlite3.connect(path)
        (text,) = con.execute("SELECT risks FROM opportunities WHERE id = ?", (opp,)).fetchone()
        con.close()
        assert text == ""
        assert any(h.entity == "risks" and h.kind == "migrate" for h in services.history.of(opp))
        assert all(e.kind != "migrate" for e in services.history.undoable(opp))  # not an action to undo
    finally:
        services.close()


def test_moved_risk_has_a_derived_id_and_travels_in_a_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    opp = database_at_0003_with_free_text_risks(path)
    services = Services.open(path)
    other, other_sync = new_device(tmp_path / "b", "b", "李娜", template_db())
    try:
        [risk] = services.risks.list(opp)
        assert risk.id == str(uuid.uuid5(uuid.UUID("5a0d2f4e-6c1b-4f7e-9a35-0b6f1c2d9e41"), opp))
        SyncService(services).export(tmp_path / "s.pdsnap")
        other_sync.import_snapshot(tmp_path / "s.pdsnap")
        assert other.risks.list(opp) == [risk]
        services.risks.update(risk.id, {"response": "每周跟进"})  # the migrated stamps are real stamps
        assert services.risks.get(risk.id).response == "每周跟进"
    finally:
        services.close()
        other.close()
