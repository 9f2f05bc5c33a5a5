"""Data entered once flows: step A's channel is the opportunity's source and the form's 线索来源 (#14)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import create_engine

from projdesk.deliverables.service import generate
from projdesk.storage.db import _alembic_config
from projdesk.storage.services import Services
from tests.unit.documents_helpers import docx_text


def test_step_a_channel_is_the_opportunity_source_and_the_initiation_lead_source(
    services: Any, tmp_path: Path
) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    services.steps.update(opp, "A", {"source_channel": "行业会议"})
    detail = services.opportunities.detail(opp)
    assert detail.source == "行业会议"
    assert next(s for s in detail.steps if s.letter == "A").fields["source_channel"] == "行业会议"
    text = docx_text(generate(services, opp, "initiation", folder=tmp_path).path)
    assert "线索来源\n行业会议" in text


def test_the_opportunity_source_edited_shows_in_step_a(services: Any) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    services.steps.update(opp, "A", {"source_channel": "电话"})
    services.opportunities.update(opp, {"source": "老客户介绍"})
    assert services.steps.get(opp, "A").fields["source_channel"] == "老客户介绍"


def test_a_channel_entered_before_the_binding_is_carried_to_the_source_on_upgrade(db_path: Path) -> None:
    services = Services.open(db_path)
    services.ctx.prefs.user_name = "张伟"
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    kept = services.opportunities.add("华东电力设计院", "配网项目", source="同学朋友")
    services.steps.update(opp, "A", {"found_on": "2026-10-01"})
    services.steps.update(kept, "A", {"found_on": "2026-10-01"})
    services.close()
    # As revision 0004 left it: the channel only in the step's own values, the source empty.
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0004")
    engine.dispose()
    con = sqlite3.connect(db_path)
    for opp_id, stamp in ((opp, "1700000000000.00001.dev"), (kept, "1600000000000.00001.dev")):
        values, stamps = con.execute(
            'SELECT "values", stamps FROM step_records WHERE opportunity_id = ?', (opp_id,)
        ).fetchone()
        values, stamps = json.loads(values), json.loads(stamps)
        values["source_channel"] = "地区扫街"
        stamps["values.source_channel"] = [stamp, ""]
        con.execute(
            'UPDATE step_records SET "values" = ?, stamps = ? WHERE opportunity_id = ?',
            (json.dumps(values), json.dumps(stamps), opp_id),
        )
    con.commit()
    con.close()
    services = Services.open(db_path)  # migrates to the head
    try:
        assert services.opportunities.detail(opp).source == "地区扫街"
        with services.ctx.read() as session:
            from projdesk.storage.models import Opportunity

            row = session.get(Opportunity, opp)
            assert row is not None and row.stamps["source"][0] == "1700000000000.00001.dev"
        # A source written after the step's channel stands.
        assert services.opportunities.detail(kept).source == "同学朋友"
    finally:
        services.close()
