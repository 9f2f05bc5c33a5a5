"""Step records: after an exchange both devices hold the same stamps, not only the same values."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from projdesk.sync.columns import BY_NAME, SYNCED_TABLES, parse_stamps
from tests.unit.test_snapshot_merge import Pair, shared_opportunity

TABLES = [t.name for t in SYNCED_TABLES]


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = Pair(tmp_path)
    yield p
    p.close()


def all_stamps(db: Path) -> dict[str, dict[str, dict[str, list[str]]]]:
    """Every synced row's stamps, parsed (key order does not matter), by table and id."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        out = {}
        for name in TABLES:
            spec = BY_NAME[name]
            out[name] = {i: parse_stamps(spec, s) for i, s in con.execute(f"SELECT id, stamps FROM {name}")}
        return out
    finally:
        con.close()


def test_two_devices_exchanging_step_edits_end_with_identical_stamps(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.a.steps.update(opp, "A", {"referrer": "刘总"})  # each side creates the step record itself
    pair.b.steps.update(opp, "A", {"why_pursue": "预算已批"})
    pair.send(pair.sa, pair.sb)
    pair.send(pair.sb, pair.sa)
    assert all_stamps(pair.a.db.path) == all_stamps(pair.b.db.path)
    pair.b.steps.update(opp, "A", {"referrer": "王总"})
    pair.a.steps.update(opp, "B", {"visit_purpose": "技术交流"})
    pair.send(pair.sb, pair.sa)
    pair.send(pair.sa, pair.sb)
    assert all_stamps(pair.a.db.path) == all_stamps(pair.b.db.path)
    for s in (pair.a, pair.b):
        assert s.steps.get(opp, "A").fields["referrer"] == "王总"
        assert s.steps.get(opp, "A").fields["why_pursue"] == "预算已批"
    # Converged rows are recognised as such: a further exchange changes nothing.
    again = pair.send(pair.sa, pair.sb)
    assert again["updated"] == again["added"] == again["conflicts"] == 0
