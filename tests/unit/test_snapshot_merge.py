"""What colleagues notice when they merge: deletes, revivals, step fields, clocks, duplicates, selections."""

from __future__ import annotations

import datetime as dt
import json
import time
import zlib
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from projdesk.domain.clock import HybridClock
from projdesk.domain.errors import InvalidInput, NotFound
from projdesk.storage.models import Contact, Customer, Opportunity, Quote, QuoteLine, StepRecord, Synced
from projdesk.storage.services import Services
from projdesk.sync import columns
from projdesk.sync import format as fmt
from projdesk.sync.duplicates import normalise_name
from projdesk.sync.export import Selection
from projdesk.sync.reachable import PARENT_DELETED
from projdesk.sync.reader import read_manifest
from projdesk.sync.service import SyncService
from tests.unit.reachability_helpers import unreachable
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
    from projdesk.demo.generate import generate_demo

    generate_demo(pair.a, count=12, seed=5)
    pair.send(pair.sa, pair.sb)
    card = pair.b.opportunities.list()[0]
    pair.b.opportunities.update(card.id, {"name": "改过的名称", "next_step": "复核"})
    result = pair.send(pair.sb, pair.sa)
    assert result["conflicts"] == 0 and pair.sa.conflicts() == []
    assert pair.a.opportunities.summary(card.id).name == "改过的名称"
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)


# -- no silent loss: edit against delete, add under a deleted parent, customer merge race -------


def _raw_delete(services: Services, model: type[Synced], record_id: str) -> None:
    """A tombstone through the Writer, for records the app deletes only as part of something else."""
    with services.ctx.write() as w:
        record = w.session.get(model, record_id)
        assert record is not None
        w.delete(record, reason="测试")


def _exchange(pair: Pair) -> None:
    pair.send(pair.sa, pair.sb)
    pair.send(pair.sb, pair.sa)
    pair.send(pair.sa, pair.sb)


def _open_conflicts(sync: SyncService, field: str) -> list[Any]:
    return [c for c in sync.conflicts() if c.field == field]


def test_edit_against_delete_is_listed_on_both_sides_and_mine_restores_it(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.b.opportunities.update(opp, {"next_step": "约客户交流"})  # A deletes without having seen it
    time.sleep(0.002)
    pair.a.opportunities.delete(opp, reason="客户取消")
    _exchange(pair)
    for s in (pair.a, pair.b):
        with pytest.raises(NotFound):
            s.opportunities.summary(opp)  # the later delete holds …
    on_a, on_b = _open_conflicts(pair.sa, "deleted"), _open_conflicts(pair.sb, "deleted")
    assert [(c.entity_id, c.kept, c.lost) for c in on_a] == [(opp, True, False)]  # … and is listed
    assert [(c.mine, c.theirs) for c in on_b] == [(False, True)]  # on B its own edit is "mine"
    assert on_a[0].lost_by == "李娜"
    assert unreachable(pair.a) == unreachable(pair.b) == []
    pair.sb.resolve(on_b[0].id, "mine")
    pair.send(pair.sb, pair.sa)
    for s in (pair.a, pair.b):
        assert s.opportunities.summary(opp).next_step == "约客户交流"
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)


def test_edit_against_delete_theirs_restores_it_on_the_deleting_side(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.b.opportunities.update(opp, {"next_step": "B 的下一步"})
    time.sleep(0.002)
    pair.a.opportunities.delete(opp, reason="客户取消")
    pair.send(pair.sb, pair.sa)
    (conflict,) = _open_conflicts(pair.sa, "deleted")
    assert (conflict.mine, conflict.theirs) == (True, False)
    pair.sa.resolve(conflict.id, "theirs")
    assert pair.a.opportunities.summary(opp).next_step == "B 的下一步"
    assert pair.sa.conflicts() == []


def test_edit_against_delete_of_a_seen_edit_is_not_listed(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.b.opportunities.update(opp, {"notes": "B 的备注"})
    pair.send(pair.sb, pair.sa)
    pair.a.opportunities.delete(opp, reason="看过 B 的备注后删除")
    _exchange(pair)
    assert pair.sa.conflicts() == [] and pair.sb.conflicts() == []
    assert unreachable(pair.a) == []


def test_edit_against_delete_of_the_parent_lists_the_edited_child(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    rival = pair.a.people.add_competitor(opp, "某友商")
    pair.send(pair.sa, pair.sb)
    pair.b.people.update_competitor(rival, {"offer": "低价策略"})
    time.sleep(0.002)
    pair.a.opportunities.delete(opp, reason="客户取消")
    _exchange(pair)
    for sync in (pair.sa, pair.sb):
        assert [c.entity_id for c in _open_conflicts(sync, PARENT_DELETED)] == [rival]
    assert unreachable(pair.a) == unreachable(pair.b) == []


def _customer_of(pair: Pair, opp: str) -> str:
    return pair.a.opportunities.summary(opp).customer_id


def _add_contact(s: Services, opp: str, customer: str) -> str:
    return s.people.add_contact(customer, "赵敏", role="关键决策人")


def _add_opportunity(s: Services, opp: str, customer: str) -> str:
    return s.opportunities.add("华东电力有限公司", "调度系统二期")


def _add_step(s: Services, opp: str, customer: str) -> str:
    s.steps.update(opp, "A", {"referrer": "刘总"})
    with s.ctx.read() as session:
        return str(session.scalars(select(StepRecord.id).where(StepRecord.opportunity_id == opp)).one())


def _add_activity(s: Services, opp: str, customer: str) -> str:
    return s.activities.add(opp, type="拜访", content="见了刘总")


def _add_competitor(s: Services, opp: str, customer: str) -> str:
    return s.people.add_competitor(opp, "某友商")


def _add_quote(s: Services, opp: str, customer: str) -> str:
    return s.commercial.add_quote(opp, [{"item": "服务器", "quantity": 2, "unit_price": "5万"}])


def _add_review(s: Services, opp: str, customer: str) -> str:
    return s.commercial.add_review(opp, "proposal", reviewer="王总")


def _add_contract(s: Services, opp: str, customer: str) -> str:
    return s.commercial.save_contract(opp, {"number": "HT-9"})


def _add_payment(s: Services, opp: str, customer: str) -> str:
    return s.commercial.add_payment(opp, "首付款", "10万")


def _add_document(s: Services, opp: str, customer: str) -> str:
    return s.documents.record(opp, "proposal", "方案.docx", 1)


# Every parent → child foreign key in storage/models.py: (child, parent deleted, how B adds it).
CHILDREN_OF_DELETED_PARENTS = [
    ("contacts", "customers", _add_contact),
    ("opportunities", "customers", _add_opportunity),
    ("step_records", "opportunities", _add_step),
    ("activities", "opportunities", _add_activity),
    ("competitors", "opportunities", _add_competitor),
    ("quotes", "opportunities", _add_quote),
    ("reviews", "opportunities", _add_review),
    ("contracts", "opportunities", _add_contract),
    ("payments", "opportunities", _add_payment),
    ("documents", "opportunities", _add_document),
]


@pytest.mark.parametrize(("child", "parent", "add"), CHILDREN_OF_DELETED_PARENTS)
def test_add_under_deleted_parent_is_listed_and_restorable(
    pair: Pair, child: str, parent: str, add: Callable[[Services, str, str], str]
) -> None:
    opp = shared_opportunity(pair)
    customer = _customer_of(pair, opp)
    added = add(pair.b, opp, customer)
    if parent == "customers":
        pair.a.opportunities.delete(opp, reason="客户取消")  # what A had under it goes first
        _raw_delete(pair.a, Customer, customer)
    else:
        pair.a.opportunities.delete(opp, reason="客户取消")
    _exchange(pair)
    for sync in (pair.sa, pair.sb):
        listed = _open_conflicts(sync, PARENT_DELETED)
        assert [(c.entity, c.entity_id) for c in listed] == [(child, added)]
    assert unreachable(pair.a) == unreachable(pair.b) == []
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)
    (on_b,) = _open_conflicts(pair.sb, PARENT_DELETED)
    pair.sb.resolve(on_b.id, "mine")  # B keeps what it added: the parent comes back
    pair.send(pair.sb, pair.sa)
    parent_id = customer if parent == "customers" else opp
    for s in (pair.a, pair.b):
        with s.ctx.read() as session:
            assert session.get(columns.MODELS[parent], parent_id).deleted is False  # type: ignore[union-attr]
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)


def test_add_under_deleted_parent_quote_line_under_a_deleted_quote(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    quote = pair.a.commercial.add_quote(opp, [{"item": "服务器", "quantity": 1, "unit_price": "5万"}])
    pair.send(pair.sa, pair.sb)
    with pair.b.ctx.write() as w:  # the app adds lines with their quote: a colleague's tool might not
        line = w.create(QuoteLine, quote_id=quote, position=2, item="存储", unit_price=Decimal(1)).id
    with pair.a.ctx.read() as session:
        lines = list(session.scalars(select(QuoteLine.id).where(QuoteLine.quote_id == quote)))
    for known in lines:  # what A had under it goes first
        _raw_delete(pair.a, QuoteLine, known)
    _raw_delete(pair.a, Quote, quote)
    _exchange(pair)
    for sync in (pair.sa, pair.sb):
        assert [c.entity_id for c in _open_conflicts(sync, PARENT_DELETED)] == [line]
    assert unreachable(pair.a) == unreachable(pair.b) == []


def test_add_under_deleted_parent_lists_only_the_top_of_what_was_added(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    quote = _add_quote(pair.b, opp, "")  # a quote with its line: one story, one entry
    pair.a.opportunities.delete(opp, reason="客户取消")
    _exchange(pair)
    assert [c.entity_id for c in _open_conflicts(pair.sa, PARENT_DELETED)] == [quote]
    assert unreachable(pair.a) == []


def test_add_under_deleted_parent_seen_by_the_deleter_is_not_listed(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.b.activities.add(opp, type="拜访", content="见了刘总")
    pair.send(pair.sb, pair.sa)
    pair.a.opportunities.delete(opp, reason="看过日志后删除")
    _exchange(pair)
    assert pair.sa.conflicts() == [] and pair.sb.conflicts() == []


def _merge_race(pair: Pair) -> tuple[str, str, str, str]:
    """A merges customer X into Y while B adds an opportunity and a contact under X."""
    x_opp = pair.a.opportunities.add("星河科技有限公司", "项目甲")
    y_opp = pair.a.opportunities.add("星河科技股份有限公司", "项目乙")
    pair.send(pair.sa, pair.sb)
    x, y = _customer_of(pair, x_opp), _customer_of(pair, y_opp)
    new_opp = pair.b.opportunities.add("星河科技有限公司", "项目丙")
    new_contact = pair.b.people.add_contact(x, "赵敏")
    pair.sa.merge_customers(y, x)
    return x, y, new_opp, new_contact


def _customer_ids(s: Services, opp: str, contact: str) -> tuple[str, str]:
    with s.ctx.read() as session:
        o, c = session.get(Opportunity, opp), session.get(Contact, contact)
        assert o is not None and c is not None
        return o.customer_id, c.customer_id


def test_customer_merge_race_new_children_follow_the_merge_on_both_sides(pair: Pair) -> None:
    _, y, new_opp, new_contact = _merge_race(pair)
    pair.send(pair.sb, pair.sa)  # A, who merged, receives B's new children under X
    assert _customer_ids(pair.a, new_opp, new_contact) == (y, y)
    pair.send(pair.sa, pair.sb)  # B receives the merge after having added under X
    assert _customer_ids(pair.b, new_opp, new_contact) == (y, y)
    for s, sync in ((pair.a, pair.sa), (pair.b, pair.sb)):
        assert unreachable(s) == [] and sync.conflicts() == []
        assert {c.id for c in s.people.customers()} == {y}
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)


def test_customer_merge_race_through_a_third_device_in_any_order(pair: Pair) -> None:
    _, y, new_opp, new_contact = _merge_race(pair)
    pair.send(pair.sb, pair.sc)  # C has B's children first, then A's merge
    pair.send(pair.sa, pair.sc)
    assert _customer_ids(pair.c, new_opp, new_contact) == (y, y)
    pair.send(pair.sc, pair.sa)
    pair.send(pair.sc, pair.sb)
    dumps = [canonical_dump(s.db.path) for s in (pair.a, pair.b, pair.c)]
    assert dumps[0] == dumps[1] == dumps[2]
    assert all(unreachable(s) == [] for s in (pair.a, pair.b, pair.c))
    again = pair.sc.import_snapshot(pair.folder / f"{pair.n}.pdsnap", recheck=True)
    assert again["updated"] == again["added"] == again["conflicts"] == 0


def test_customer_merge_race_merged_into_each_other_keeps_one(pair: Pair) -> None:
    x_opp = pair.a.opportunities.add("星河科技有限公司", "项目甲")
    y_opp = pair.a.opportunities.add("星河科技股份有限公司", "项目乙")
    pair.send(pair.sa, pair.sb)
    x, y = _customer_of(pair, x_opp), _customer_of(pair, y_opp)
    pair.sa.merge_customers(y, x)
    time.sleep(0.002)
    pair.sb.merge_customers(x, y)  # the later merge: X stays
    _exchange(pair)
    for s in (pair.a, pair.b):
        assert [c.id for c in s.people.customers()] == [x]
        assert {o.customer_id for o in s.opportunities.list()} == {x}
        assert unreachable(s) == []
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)


def test_customer_merge_travels_as_merged_into_on_the_tombstone(pair: Pair) -> None:
    x, y, _, _ = _merge_race(pair)
    with pair.a.ctx.read() as session:
        other = session.get(Customer, x)
        assert other is not None and other.deleted and other.merged_into == y
        assert other.stamps["merged_into"][0] < other.stamps["deleted"][0]  # no self-revival


def test_customer_merge_snapshot_from_before_merged_into_still_imports(pair: Pair) -> None:
    opp = pair.a.opportunities.add("华东电力有限公司", "调度系统", amount="80万")
    current = pair.folder / "current.pdsnap"
    pair.sa.export(current)
    zf, manifest = read_manifest(current)
    with zf:
        payloads = {m["table"]: zlib.decompress(zf.read(name)) for name, m in manifest["members"].items()}
    head, *rows = payloads["customers"].decode().splitlines()
    header = json.loads(head)
    at = header["columns"].index("merged_into")
    header["columns"].pop(at)
    old_rows = [json.dumps(r[:at] + r[at + 1 :], ensure_ascii=False) for r in map(json.loads, rows)]
    payloads["customers"] = "\n".join([json.dumps(header), *old_rows, ""]).encode()
    older = pair.folder / "older.pdsnap"
    with fmt.SnapshotWriter(older) as writer:
        for name, payload in payloads.items():
            writer.add_table(name, payload.count(b"\n") - 1, payload)
        writer.finish(
            {
                **{k: manifest[k] for k in ("app_version", "device", "author", "created_at")},
                "schema_revision": "0001",
            }
        )
    assert pair.sb.import_snapshot(older)["added"] >= 2
    assert pair.b.opportunities.summary(opp).name == "调度系统"
    with pair.b.ctx.read() as session:
        assert [c.merged_into for c in session.scalars(select(Customer))] == [None]


def test_customer_merge_race_both_merged_the_same_pair_lists_nothing(pair: Pair) -> None:
    x_opp = pair.a.opportunities.add("星河科技有限公司", "项目甲")
    y_opp = pair.a.opportunities.add("星河科技股份有限公司", "项目乙")
    pair.send(pair.sa, pair.sb)
    x, y = _customer_of(pair, x_opp), _customer_of(pair, y_opp)
    pair.sa.merge_customers(y, x)
    pair.sb.merge_customers(y, x)  # both saw the duplicate suggestion
    _exchange(pair)
    for s, sync in ((pair.a, pair.sa), (pair.b, pair.sb)):
        assert [c.id for c in s.people.customers()] == [y]
        assert sync.conflicts() == [] and unreachable(s) == []
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)


def test_add_under_deleted_parent_cannot_be_resolved_by_editing_a_value(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.b.activities.add(opp, type="拜访", content="见了刘总")
    pair.a.opportunities.delete(opp, reason="客户取消")
    pair.send(pair.sb, pair.sa)
    (conflict,) = _open_conflicts(pair.sa, PARENT_DELETED)
    with pytest.raises(InvalidInput):
        pair.sa.resolve(conflict.id, "edit", "是")
    assert _open_conflicts(pair.sa, PARENT_DELETED) != []
    pair.sa.resolve(conflict.id, "mine")  # keep the delete: the log stays with the deleted opportunity
    assert pair.sa.conflicts() == []
    with pytest.raises(NotFound):
        pair.a.opportunities.summary(opp)


def test_customer_merge_race_a_later_edit_of_the_merged_customer_keeps_children_with_the_merge(
    pair: Pair,
) -> None:
    x, y, new_opp, new_contact = _merge_race(pair)
    time.sleep(0.002)
    pair.b.people.update_customer(x, {"notes": "B 不知道已合并"})  # later than A's tombstone: revives X
    pair.send(pair.sb, pair.sc)  # C sees B's side first, A's merge after
    pair.send(pair.sa, pair.sc)
    pair.send(pair.sa, pair.sb)
    pair.send(pair.sb, pair.sa)
    pair.send(pair.sc, pair.sa)
    pair.send(pair.sa, pair.sb)
    pair.send(pair.sa, pair.sc)
    dumps = [canonical_dump(s.db.path) for s in (pair.a, pair.b, pair.c)]
    assert dumps[0] == dumps[1] == dumps[2]
    for s in (pair.a, pair.b, pair.c):
        assert _customer_ids(s, new_opp, new_contact) == (y, y)
        assert unreachable(s) == []


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


def test_closing_records_and_write_offs_round_trip_through_a_snapshot(pair: Pair) -> None:
    from projdesk.storage.dto import Retrospective

    opp = shared_opportunity(pair)
    pay = pair.a.commercial.add_payment(opp, "质保金", "5000", due_date="2027-12-01")
    pair.a.commercial.write_off_payment(pay, "客户破产清算")
    retro = Retrospective("拿到了信息中心支持", "报价偏高", "电力客户看重本地服务", ("电力",))
    pair.a.closing.lose(opp, reason_code="价格", reason="低 15%", winner="南瑞集团", retrospective=retro)
    pair.send(pair.sa, pair.sb)
    close = pair.b.opportunities.detail(opp).close
    assert close is not None
    assert (close.outcome, close.reason_code, close.winner, close.retrospective) == (
        "lost",
        "价格",
        "南瑞集团",
        retro,
    )
    [payment] = pair.b.opportunities.detail(opp).payments
    assert payment.write_off_reason == "客户破产清算"
    pair.b.closing.reopen(opp, reason="客户重新招标")
    pair.send(pair.sb, pair.sa)
    assert pair.a.opportunities.summary(opp).status == "open"
    assert pair.a.closing.latest(opp).reason == "客户重新招标"
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)


def test_a_merge_leaves_the_callers_snapshot_whole_to_merge_again(pair: Pair) -> None:
    shared_opportunity(pair)
    path = pair.folder / "whole.pdsnap"
    pair.sa.export(path)
    snap = pair.sc.read(path)
    rows = {name: len(found) for name, found in snap.tables.items()}
    assert pair.sc.merge(snap)["added"] > 0
    assert {name: len(found) for name, found in snap.tables.items()} == rows  # still the caller's
    again = pair.sb.merge(snap)  # the same rows merge again, elsewhere
    assert again["added"] == 0 and again["unchanged"] > 0
