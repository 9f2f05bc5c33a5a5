"""What colleagues notice when they merge: deletes, revivals, step fields, clocks, duplicates, selections."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from projdesk.domain.clock import HybridClock
from projdesk.domain.errors import NotFound
from projdesk.sync import columns
from projdesk.sync.duplicates import normalise_name
from projdesk.sync.export import Selection
from projdesk.sync.service import SyncService
from tests.unit.snapshot_helpers import canonical_dump, new_device, template_db


class Pair:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.n = 0
        template = template_db()
        self.a, self.sa = new_device(folder, "a", "张伟", template)
        self.b, self.sb = new_device(folder, "b", "李娜", template)
        self.c, self.sc = new_device(folder, "c", "王芳", template)

    def send(self, src: SyncService, dst: SyncService, **kw: object) -> dict[str, object]:
        self.n += 1
        path = self.folder / f"{self.n}.pdsnap"
        src.export(path, **kw)  # type: ignore[arg-type]
        return dst.import_snapshot(path)

    def close(self) -> None:
        for s in (self.a, self.b, self.c):
            s.close()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = Pair(tmp_path)
    yield p
    p.close()


def shared_opportunity(pair: Pair) -> str:
    opp = pair.a.opportunities.add("华东电力有限公司", "调度系统", amount="80万")
    pair.send(pair.sa, pair.sb)
    return opp


def test_an_edit_after_a_delete_revives_the_record_for_review(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.a.opportunities.delete(opp, reason="客户取消")
    time.sleep(0.002)
    pair.b.opportunities.update(opp, {"next_step": "约客户交流"})  # later than the delete
    pair.send(pair.sa, pair.sb)
    pair.send(pair.sb, pair.sa)
    for s in (pair.a, pair.b):
        assert s.opportunities.summary(opp).next_step == "约客户交流"
    revived = [c for c in pair.sa.conflicts() if c.field == "deleted"]
    assert revived and revived[0].lost is True and revived[0].kept is False
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)


def test_a_delete_after_the_edit_holds(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.b.opportunities.update(opp, {"next_step": "约客户交流"})
    time.sleep(0.002)
    pair.a.opportunities.delete(opp, reason="客户取消")
    pair.send(pair.sa, pair.sb)
    pair.send(pair.sb, pair.sa)
    for s in (pair.a, pair.b):
        with pytest.raises(NotFound):
            s.opportunities.summary(opp)
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)


def test_step_fields_merge_one_by_one(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.a.steps.update(opp, "A", {"referrer": "刘总"})
    pair.b.steps.update(opp, "A", {"why_pursue": "预算已批"})
    pair.send(pair.sa, pair.sb)
    pair.send(pair.sb, pair.sa)
    for s in (pair.a, pair.b):
        fields = s.steps.get(opp, "A").fields
        assert fields["referrer"] == "刘总" and fields["why_pursue"] == "预算已批"
    assert pair.sa.conflicts() == [] and pair.sb.conflicts() == []


def test_an_edit_made_after_an_import_wins_even_with_a_slow_clock(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    ahead = int(time.time() * 1000) + 86_400_000  # B's laptop clock runs a day fast
    pair.b.ctx.clock = HybridClock(pair.b.ctx.device, pair.b.ctx.clock.last, wall=lambda: ahead)
    pair.b.opportunities.update(opp, {"name": "调度系统（B）"})
    pair.send(pair.sb, pair.sa)
    pair.a.opportunities.update(opp, {"name": "调度系统二期"})  # made after seeing B's edit
    pair.send(pair.sa, pair.sb)
    assert pair.b.opportunities.summary(opp).name == "调度系统二期"
    assert pair.sa.conflicts() == [] and pair.sb.conflicts() == []


def test_overwritten_edit_is_listed_on_the_side_that_lost_even_through_a_third(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.send(pair.sa, pair.sc)
    pair.a.opportunities.update(opp, {"notes": "A 的备注"})
    time.sleep(0.002)
    pair.b.opportunities.update(opp, {"notes": "B 的备注"})
    pair.send(pair.sb, pair.sc)
    pair.c.opportunities.update(opp, {"notes": "C 在 B 之后的备注"})  # C saw B's, never A's
    pair.send(pair.sc, pair.sa)
    lost = [(c.field, c.mine, c.theirs) for c in pair.sa.conflicts()]
    assert lost == [("notes", "A 的备注", "C 在 B 之后的备注")]


def test_resolving_takes_their_value_and_travels(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.a.opportunities.update(opp, {"amount": "90万"})
    time.sleep(0.002)
    pair.b.opportunities.update(opp, {"amount": "85万"})
    pair.send(pair.sb, pair.sa)  # B's later edit wins on A; A's 90万 is listed
    (conflict,) = pair.sa.conflicts()
    assert conflict.mine == "900000.00" and conflict.theirs == "850000.00"
    pair.sa.resolve(conflict.id, "mine")
    assert pair.sa.conflicts() == []
    assert str(pair.a.opportunities.summary(opp).amount) == "900000.00"
    pair.send(pair.sa, pair.sb)
    assert str(pair.b.opportunities.summary(opp).amount) == "900000.00"
    assert pair.sb.conflicts() == []  # the resolution had seen B's value: an ordinary overwrite

    # Or enter a third value.
    pair.a.opportunities.update(opp, {"next_step": "发方案"})
    time.sleep(0.002)
    pair.b.opportunities.update(opp, {"next_step": "约交流"})
    pair.send(pair.sb, pair.sa)
    (conflict,) = pair.sa.conflicts()
    pair.sa.resolve(conflict.id, "edit", "先约交流再发方案")
    assert pair.a.opportunities.summary(opp).next_step == "先约交流再发方案"
    assert pair.sa.conflicts(include_resolved=True)[0].resolved == "edited"


def test_normalised_customer_names() -> None:
    assert normalise_name("华为技术有限公司") == normalise_name("华为技术 股份有限公司") == "华为技术"
    assert normalise_name("ＡＢＣ（中国）有限公司") == normalise_name("abc 中国")
    assert normalise_name("华为技术") != normalise_name("华为终端")


def test_duplicate_customers_found_after_import_and_merged_everywhere(pair: Pair) -> None:
    pair.a.opportunities.add("星河科技有限公司", "项目甲")
    pair.b.opportunities.add("星河科技 股份有限公司", "项目乙")
    b_customer = pair.b.people.customers()[0].id
    pair.b.people.add_contact(b_customer, "赵敏", role="关键决策人")
    pair.c.opportunities.add("银河数据", "项目丙")
    pair.c.people.update_customer(pair.c.people.customers()[0].id, {"credit_code": "91310000MA1FL4XX1A"})
    pair.a.opportunities.add("银河数据服务有限公司", "项目丁")
    pair.a.people.update_customer(
        next(c.id for c in pair.a.people.customers() if c.name.startswith("银河")),
        {"credit_code": "91310000ma1fl4xx1a"},
    )
    result = pair.send(pair.sb, pair.sa)
    pair.send(pair.sc, pair.sa)
    assert result["duplicates"] == 1
    groups = pair.sa.duplicates()
    assert sorted(g.reason for g in groups) == ["credit_code", "name"]
    by_name = next(g for g in groups if g.reason == "name")
    keep, other = by_name.customers[0].id, by_name.customers[1].id
    moved = pair.sa.merge_customers(keep, other)
    assert moved["opportunities"] == 1
    names = {o.name: o.customer_id for o in pair.a.opportunities.list()}
    assert names["项目甲"] == names["项目乙"] == keep
    assert len(pair.a.people.contacts(keep)) == 1
    assert [c.id for c in pair.a.people.customers() if c.id == other] == []
    # The merge is a set of ordinary edits: B receives it.
    pair.send(pair.sa, pair.sb)
    assert {o.customer_id for o in pair.b.opportunities.list() if o.name in ("项目甲", "项目乙")} == {keep}
    assert len(pair.sb.duplicates()) == 1  # only the credit-code pair is left, B has it now too


def test_selected_export_carries_what_its_opportunities_need(pair: Pair) -> None:
    mine = pair.a.opportunities.add("甲方集团", "我的项目")
    pair.a.people.add_contact(pair.a.opportunities.summary(mine).customer_id, "钱总")
    pair.a.activities.add(mine, type="拜访", content="见了钱总")
    pair.a.commercial.save_contract(mine, {"number": "HT-1", "amount": "50万"})
    other = pair.a.opportunities.add("乙方公司", "别人的项目", owner="李四")
    pair.send(pair.sa, pair.sb, selection=Selection(ids=[mine]))
    ids = [o.id for o in pair.b.opportunities.list()]
    assert ids == [mine] and other not in ids
    detail = pair.b.opportunities.detail(mine)
    assert [c.name for c in detail.contacts] == ["钱总"] and len(detail.activities) == 1
    assert detail.contract is not None
    # Changes since a date bring their parents along.
    pair.a.activities.add(other, type="电话", content="电话沟通")
    since = Selection(since=dt.date.today())
    pair.send(pair.sa, pair.sc, selection=since)
    assert {o.name for o in pair.c.opportunities.list()} == {"我的项目", "别人的项目"}


def test_one_contract_per_opportunity_when_both_entered_one(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.a.commercial.save_contract(opp, {"number": "HT-A"})
    pair.b.commercial.save_contract(opp, {"number": "HT-B"})
    pair.send(pair.sa, pair.sb)
    pair.send(pair.sb, pair.sa)
    numbers = [s.opportunities.detail(opp).contract.number for s in (pair.a, pair.b)]  # type: ignore[union-attr]
    assert numbers[0] == numbers[1] and numbers[0] in ("HT-A", "HT-B")
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)
    assert any(c.field == "*" for c in pair.sa.conflicts() + pair.sb.conflicts())


def test_interrupted_export_leaves_no_file(pair: Pair, tmp_path: Path) -> None:
    shared_opportunity(pair)
    target = tmp_path / "out" / "snap.pdsnap"

    def stop(done: int, total: int, stage: str, table: str) -> None:
        if done == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        pair.sa.export(target, progress=stop)
    assert list((tmp_path / "out").iterdir()) == []
    pair.sa.export(target)
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["snap.pdsnap"]
    assert pair.sa.events()[0].direction == "export"


def test_import_history_is_kept(pair: Pair) -> None:
    shared_opportunity(pair)
    events = pair.sb.events()
    assert events[0].direction == "import" and events[0].peer_author == "张伟"
    assert events[0].summary["added"] >= 2


def test_edits_of_bulk_generated_rows_are_ordinary_overwrites(pair: Pair) -> None:
    from projdesk.storage.demo import generate_demo

    generate_demo(pair.a, count=12, seed=5)
    pair.send(pair.sa, pair.sb)
    card = pair.b.opportunities.list()[0]
    pair.b.opportunities.update(card.id, {"name": "改过的名称", "next_step": "复核"})
    result = pair.send(pair.sb, pair.sa)
    assert result["conflicts"] == 0 and pair.sa.conflicts() == []
    assert pair.a.opportunities.summary(card.id).name == "改过的名称"
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)


def test_export_and_import_report_their_stages_as_codes_and_table_names(pair: Pair, tmp_path: Path) -> None:
    shared_opportunity(pair)
    pair.a.opportunities.add("华东电力有限公司", "配网自动化")  # something for B to write
    target = tmp_path / "codes.pdsnap"
    exported: list[tuple[str, str]] = []
    imported: list[tuple[str, str]] = []
    pair.sa.export(target, progress=lambda done, total, stage, table: exported.append((stage, table)))
    pair.sb.import_snapshot(
        target, progress=lambda done, total, stage, table: imported.append((stage, table))
    )
    assert ("export", "customers") in exported and exported[-1] == ("write_file", "")
    stages = [stage for stage, _ in imported]
    assert {"check", "merge", "write"} <= set(stages) and imported[-1] == ("done", "")
    assert {table for _, table in imported} <= {*columns.BY_NAME, ""}
