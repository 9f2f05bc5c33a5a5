"""Risks and change requests travel in snapshots like every other record: stamped, merged, conflicts listed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from projdesk.labels import conflict_record_text
from projdesk.storage.services import Services
from projdesk.sync.export import Selection
from projdesk.sync.service import SyncService
from tests.unit.snapshot_helpers import canonical_dump, new_device, template_db


class Two:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.n = 0
        self.a, self.sa = new_device(folder, "a", "张伟", template_db())
        self.b, self.sb = new_device(folder, "b", "李娜", template_db())

    def send(self, src: SyncService, dst: SyncService, **kw: object) -> dict[str, object]:
        self.n += 1
        path = self.folder / f"{self.n}.pdsnap"
        src.export(path, **kw)  # type: ignore[arg-type]
        return dst.import_snapshot(path)


@pytest.fixture
def two(tmp_path: Path) -> Iterator[Two]:
    t = Two(tmp_path)
    yield t
    t.a.close()
    t.b.close()


def signed_deal(services: Services) -> str:
    opp = services.opportunities.add("华东电力有限公司", "调度系统", amount="800000")
    services.commercial.save_contract(opp, {"amount": "800000", "signed_date": "2026-11-20"})
    return opp


def test_risks_and_change_requests_round_trip_between_two_databases(two: Two) -> None:
    opp = signed_deal(two.a)
    risk = two.a.risks.add(opp, "竞争对手关系较深", probability="high", impact="high", due_date="2026-12-31")
    change = two.a.changes.add(opp, "增加堆场接口", impact="工期延长")
    two.a.changes.assess(change, cost="-20000", schedule_days="7", risk="低")
    two.a.changes.decide(change, "approved", by="刘总")
    two.send(two.sa, two.sb)
    assert two.b.risks.list(opp) == two.a.risks.list(opp)
    assert two.b.changes.list(opp) == two.a.changes.list(opp)
    assert two.b.opportunities.detail(opp).contract_amount == Decimal("780000.00")
    assert two.b.opportunities.summary(opp).high_risks == 1
    assert canonical_dump(two.a.db.path) == canonical_dump(two.b.db.path)
    assert two.b.risks.get(risk).due_date is not None


def test_a_selection_of_one_opportunity_carries_its_risks_and_changes(two: Two) -> None:
    opp = signed_deal(two.a)
    two.a.opportunities.add("别的客户", "别的项目")
    two.a.risks.add(opp, "预算可能压缩")
    two.a.changes.add(opp, "调整报表")
    two.send(two.sa, two.sb, selection=Selection(ids=[opp]))
    assert [r.description for r in two.b.risks.list(opp)] == ["预算可能压缩"]
    assert [c.reason for c in two.b.changes.list(opp)] == ["调整报表"]


def test_edits_of_different_risk_fields_on_two_devices_both_survive(two: Two) -> None:
    opp = signed_deal(two.a)
    risk = two.a.risks.add(opp, "招标时间不确定")
    two.send(two.sa, two.sb)
    two.a.risks.update(risk, {"response": "每周电话跟进"})
    two.b.risks.update(risk, {"impact": "high"})
    two.send(two.sa, two.sb)
    two.send(two.sb, two.sa)
    for services in (two.a, two.b):
        merged = services.risks.get(risk)
        assert (merged.response, merged.impact) == ("每周电话跟进", "high")
    assert canonical_dump(two.a.db.path) == canonical_dump(two.b.db.path)


def test_concurrent_edits_of_the_same_risk_field_are_listed_as_a_conflict(two: Two) -> None:
    opp = signed_deal(two.a)
    risk = two.a.risks.add(opp, "招标时间不确定")
    two.send(two.sa, two.sb)
    two.a.risks.update(risk, {"response": "找信息中心确认"})
    time.sleep(0.002)
    two.b.risks.update(risk, {"response": "找采购办确认"})
    two.send(two.sb, two.sa)
    assert two.a.risks.get(risk).response == "找采购办确认"
    conflicts = [c for c in two.sa.conflicts() if c.entity == "risks"]
    assert [(c.field, c.lost) for c in conflicts] == [("response", "找信息中心确认")]
    assert conflict_record_text(conflicts[0]) == "华东电力有限公司 · 调度系统 / 风险：招标时间不确定"
