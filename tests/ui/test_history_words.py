"""The workspace's history tab reads in words: no field or status code, no ISO timestamp."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from projdesk.demo.generate import generate_demo
from projdesk.storage.models import HistoryEntry
from projdesk.ui.workspace.records_tabs import HistoryTab

IDENTIFIER = re.compile(r"[a-z_]{4,}")
ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def cells(tab: HistoryTab) -> list[list[str]]:
    model = tab.table.model()
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def richest_history(services) -> str:
    """The demo opportunity whose history holds the most kinds of change (table, field, kind)."""
    with services.db.session() as session:
        rows = session.query(
            HistoryEntry.opportunity_id, HistoryEntry.entity, HistoryEntry.field, HistoryEntry.kind
        )
        kinds = Counter(opp for opp, *_ in set(rows))
    return kinds.most_common(1)[0][0]


def test_history_tab_for_a_demo_opportunity_shows_no_raw_field_or_status_names(qtbot, services):
    generate_demo(services, 40, seed=3, today=dt.date.today())
    demo_opp = richest_history(services)  # stage moves, contract changes, step fields
    opp = next(c.id for c in services.opportunities.list(include_closed=False) if c.stage <= 2)
    # The changes a salesperson makes by hand: dates, amounts, a forced stage move, a step's
    # status, a risk opened and closed, an undo.
    services.opportunities.update(
        opp, {"next_date": "2026-12-05", "amount": "1500000", "next_step": "递交方案"}
    )
    services.steps.update(opp, "A", {"found_on": "2026-11-20"})
    services.steps.update(opp, "A", action="skip")
    services.opportunities.move(opp, 5, force=True, reason="客户要求提前报价")
    risk = services.risks.add(opp, "接口文档不全", probability="high", impact="high", due_date="2026-12-20")
    services.risks.close(risk, "客户已提供文档")
    services.opportunities.update(opp, {"probability": "60"})
    services.history.undo_last(opp)
    shown = []
    for one in (demo_opp, opp):
        tab = HistoryTab()
        qtbot.addWidget(tab)
        tab.load(one, services.history.of(one))
        shown += cells(tab)
    assert len(shown) > 15
    for row in shown:
        for text in row:
            assert not IDENTIFIER.search(text), (text, row)
            assert not ISO.search(text), (text, row)
    words = {text for row in shown for text in row}
    assert {"已跳过", "越过门槛", "已关闭", "撤销"} <= words  # step status, kind, risk status in words
    assert "12月5日" in words and "¥1,500,000.00" in words


def test_every_synchronised_field_has_words_for_the_history_tab():
    from projdesk.sync.columns import META_FIELDS, SYNCED_TABLES
    from projdesk.ui.labels import history_field_text

    unnamed = [
        f"{spec.name}.{c.name}"
        for spec in SYNCED_TABLES
        for c in spec.columns
        if c.name not in META_FIELDS and IDENTIFIER.search(history_field_text(spec.name, c.name))
    ]
    assert unnamed == []
