"""The clock in a merge: far-future stamps, counters at their end, the skew rule, the sender's clock."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from projdesk.domain.clock import MAX_SKEW_MS, HybridClock, Stamp
from projdesk.storage.models import Conflict, HistoryEntry, Setting
from projdesk.storage.services import Services
from projdesk.sync import columns, skew
from projdesk.sync.reachable import PARENT_DELETED
from projdesk.sync.service import SyncService
from tests.unit.snapshot_helpers import canonical_dump
from tests.unit.test_snapshot_merge import Pair, shared_opportunity

YEAR_2100_MS = 4_102_444_800_000
YEAR_MS = 365 * 86_400_000


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    p = Pair(tmp_path)
    yield p
    p.close()


def set_wall(services: Services, wall_ms: int, last: str | None = None) -> None:
    """Give a device a wall clock standing at ``wall_ms`` (and optionally a persisted stamp)."""
    ctx = services.ctx
    ctx.clock = HybridClock(ctx.device, ctx.clock.last if last is None else last, wall=lambda: wall_ms)


def wall_ahead(services: Services, ahead_ms: int) -> None:
    """A device whose wall clock runs ``ahead_ms`` fast (and keeps running)."""
    ctx = services.ctx
    ctx.clock = HybridClock(ctx.device, ctx.clock.last, wall=lambda: int(time.time() * 1000) + ahead_ms)


def reopen(services: Services) -> tuple[Services, SyncService]:
    path = services.db.path
    services.close()
    again = Services.open(path)
    return again, SyncService(again)


def clock_wall(services: Services) -> int:
    return Stamp.parse(services.ctx.clock.last).wall_ms


def assert_all_three_converged_on(pair: Pair, read: Callable[[Services], str], expected: str) -> None:
    """Every device reads ``expected`` and holds the same data."""
    for services in (pair.a, pair.b, pair.c):
        assert read(services) == expected
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path) == canonical_dump(pair.c.db.path)


def field_stamp(services: Services, opp: str, field: str) -> str:
    con = sqlite3.connect(services.db.path)
    try:
        (text,) = con.execute("SELECT stamps FROM opportunities WHERE id = ?", (opp,)).fetchone()
    finally:
        con.close()
    return str(columns.parse_stamps(columns.BY_NAME["opportunities"], text)[field][0])


def test_snapshot_stamped_in_2100_then_ten_local_edits_still_opens_and_the_local_edit_wins(
    pair: Pair,
) -> None:
    opp = shared_opportunity(pair)
    set_wall(pair.a, YEAR_2100_MS, last=f"{YEAR_2100_MS}.99990.{pair.a.ctx.device}")
    pair.a.opportunities.update(opp, {"name": "来自 2100 年"})
    pair.n += 1
    future = pair.folder / "future.pdsnap"
    pair.sa.export(future)
    result = pair.sb.import_snapshot(future)
    assert result["restamped"] > 0
    assert pair.b.opportunities.summary(opp).name == "来自 2100 年"  # the value is accepted
    for i in range(10):
        pair.b.opportunities.update(opp, {"name": f"本地修改 {i}"})
    assert clock_wall(pair.b) <= int(time.time() * 1000) + MAX_SKEW_MS
    pair.b, pair.sb = reopen(pair.b)  # the database still opens
    pair.b.opportunities.update(opp, {"next_step": "再约一次"})  # and still writes
    assert pair.b.opportunities.summary(opp).name == "本地修改 9"
    # The same file again, and the sender's next snapshot carrying the same write: the edit holds.
    pair.sb.import_snapshot(future, recheck=True)
    pair.send(pair.sa, pair.sb)
    assert pair.b.opportunities.summary(opp).name == "本地修改 9"


def test_value_that_won_only_by_a_restamp_and_overwrote_a_local_value_is_listed(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.b.opportunities.update(opp, {"notes": "B 的备注"})
    set_wall(pair.a, YEAR_2100_MS)
    pair.a.opportunities.update(opp, {"notes": "A 在 2100 年的备注"})
    pair.send(pair.sa, pair.sb)
    listed = [c for c in pair.sb.conflicts() if c.field == "notes"]
    assert [(c.kept, c.lost) for c in listed] == [("A 在 2100 年的备注", "B 的备注")]
    assert Stamp.parse(field_stamp(pair.b, opp, "notes")).device == pair.b.ctx.device  # restamped here
    # Taking mine back is an ordinary later edit: it sticks, here and at the sender.
    pair.sb.resolve(listed[0].id, "mine")
    assert pair.b.opportunities.detail(opp).notes == "B 的备注"
    pair.send(pair.sa, pair.sb)
    assert pair.b.opportunities.detail(opp).notes == "B 的备注"


def test_far_future_history_stamp_does_not_move_the_importers_clock(pair: Pair) -> None:
    shared_opportunity(pair)
    set_wall(pair.a, YEAR_2100_MS)
    pair.a.opportunities.add("未来客户有限公司", "未来项目")
    pair.send(pair.sa, pair.sb)
    assert clock_wall(pair.b) <= int(time.time() * 1000) + MAX_SKEW_MS
    with pair.b.ctx.read() as session:
        saved = session.get(Setting, "clock.last")
        assert saved is not None and Stamp.parse(saved.value).wall_ms < YEAR_2100_MS


def test_sender_with_a_clock_a_year_ahead_and_ordinary_work_bricks_nothing(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    wall_ahead(pair.a, YEAR_MS)
    for round_no in range(3):
        pair.a.opportunities.update(opp, {"next_step": f"A 第 {round_no} 轮"})
        pair.a.steps.update(opp, "A", {"referrer": f"推荐人 {round_no}"})
        pair.a.activities.add(opp, type="拜访", content=f"拜访 {round_no}")
        pair.send(pair.sa, pair.sb)
        pair.b.opportunities.update(opp, {"notes": f"B 第 {round_no} 轮"})
        pair.send(pair.sb, pair.sa)
    for services in (pair.a, pair.b):
        again = Services.open(services.db.path)  # both still open
        again.close()
    assert pair.b.opportunities.summary(opp).next_step == "A 第 2 轮"
    assert pair.a.opportunities.detail(opp).notes == "B 第 2 轮"
    assert canonical_dump(pair.a.db.path) == canonical_dump(pair.b.db.path)
    assert clock_wall(pair.b) <= int(time.time() * 1000) + MAX_SKEW_MS


def test_sender_one_day_ahead_or_less_is_merged_as_is(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    wall_ahead(pair.a, MAX_SKEW_MS // 2)
    pair.a.opportunities.update(opp, {"notes": "快半天的时钟"})
    stamp = field_stamp(pair.a, opp, "notes")
    result = pair.send(pair.sa, pair.sb)
    assert result["restamped"] == 0 and field_stamp(pair.b, opp, "notes") == stamp


def test_dry_run_of_a_far_future_snapshot_writes_no_restamp(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    set_wall(pair.a, YEAR_2100_MS)
    pair.a.opportunities.update(opp, {"name": "来自 2100 年"})
    path = pair.folder / "future.pdsnap"
    pair.sa.export(path)
    result = pair.sb.import_snapshot(path, dry_run=True)
    assert result["restamped"] > 0 and result["updated"] == 1
    with pair.b.ctx.read() as session:
        assert list(session.scalars(select(HistoryEntry).where(HistoryEntry.kind == skew.RESTAMP_KIND))) == []
        assert list(session.scalars(select(Conflict))) == []
    assert pair.b.opportunities.summary(opp).name == "调度系统"


def test_counter_at_99999_and_one_more_write_keeps_the_database_usable(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "d.db")
    opp = services.opportunities.add("华东电力有限公司", "调度系统")
    wall = int(time.time() * 1000) + 3_600_000  # an hour ahead: within the skew bound
    set_wall(services, wall, last=f"{wall}.99999.{services.ctx.device}")
    services.opportunities.update(opp, {"name": "调度系统二期"})
    assert Stamp.parse(field_stamp(services, opp, "name")) == Stamp(wall + 1, 0, services.ctx.device)
    services, _ = reopen(services)
    services.opportunities.update(opp, {"notes": "还能写"})
    assert services.opportunities.detail(opp).notes == "还能写"
    services.close()


def test_database_whose_history_holds_9999999999999_99999_still_opens_and_writes(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "d.db")
    opp = services.opportunities.add("华东电力有限公司", "调度系统")
    path = services.db.path
    services.close()
    top = "9999999999999.99999.x"  # what an older version let in
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE history SET stamp = ? WHERE entity_id = ?", (top, opp))
        con.execute("UPDATE settings SET value = ? WHERE key = 'clock.last'", (json.dumps(top),))
    con.close()
    services = Services.open(path)
    services.opportunities.update(opp, {"name": "调度系统二期"})
    assert services.opportunities.summary(opp).name == "调度系统二期"
    assert Stamp.parse(field_stamp(services, opp, "name")).wall_ms <= int(time.time() * 1000) + MAX_SKEW_MS
    services.close()


def test_inspect_and_import_say_how_far_ahead_the_senders_clock_is(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    wall_ahead(pair.a, 3 * 86_400_000 + 2 * 3_600_000)
    pair.a.opportunities.update(opp, {"notes": "快三天"})
    path = pair.folder / "ahead.pdsnap"
    pair.sa.export(path)
    info = pair.sb.inspect(path)
    assert 3 * 86_400 + 2 * 3_600 - 60 <= info["clock_skew_seconds"] <= 3 * 86_400 + 2 * 3_600
    assert info["clock_note"].startswith("发送方的时钟比本机快 3 天 2 小时")
    result = pair.sb.import_snapshot(path)
    assert result["from"]["clock_skew_seconds"] >= 3 * 86_400


def test_inspect_of_a_sender_with_a_right_clock_reports_no_skew(pair: Pair) -> None:
    path = pair.folder / "fine.pdsnap"
    pair.sa.export(path)
    info = pair.sb.inspect(path)
    assert info["clock_skew_seconds"] == 0 and info["clock_note"] == ""


def test_far_future_write_reaching_a_third_device_directly_does_not_undo_a_later_edit(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.send(pair.sa, pair.sc)
    set_wall(pair.a, YEAR_2100_MS)
    pair.a.opportunities.update(opp, {"notes": "A 在 2100 年的备注"})
    pair.send(pair.sa, pair.sb)  # B restamps it
    pair.b.opportunities.update(opp, {"notes": "B 看过之后改的"})
    pair.send(pair.sb, pair.sc)  # C learns B's edit and B's restamp
    pair.send(pair.sa, pair.sc)  # then A's write arrives at C straight from A
    assert pair.c.opportunities.detail(opp).notes == "B 看过之后改的"
    pair.send(pair.sb, pair.sa)  # the sender too takes the later edit: its stamp maps to B's restamp
    pair.send(pair.sc, pair.sa)
    assert_all_three_converged_on(pair, lambda s: s.opportunities.detail(opp).notes, "B 看过之后改的")


def test_two_devices_restamping_one_write_separately_end_with_the_same_stamp(pair: Pair) -> None:
    opp = shared_opportunity(pair)
    pair.send(pair.sa, pair.sc)
    set_wall(pair.a, YEAR_2100_MS)
    pair.a.opportunities.update(opp, {"notes": "来自 2100 年"})
    path = pair.folder / "future.pdsnap"
    pair.sa.export(path)
    pair.sb.import_snapshot(path)
    pair.sc.import_snapshot(path)
    assert field_stamp(pair.b, opp, "notes") != field_stamp(pair.c, opp, "notes")
    pair.send(pair.sb, pair.sc)
    pair.send(pair.sc, pair.sb)
    assert field_stamp(pair.b, opp, "notes") == field_stamp(pair.c, opp, "notes")


def test_restamp_row_that_did_not_replace_a_far_ahead_stamp_is_not_honoured() -> None:
    rows = [
        ("1700000000000.00003.other", "1699999000000.00000.evil"),  # an ordinary write, demoted
        ("4102444800000.00000.other", "١٧٠٠٠٠٠٠٠٠٠٠٠.00001.me"),  # not a stamp
        ("4102444800000.00000.other", "1700000000000.00001.me"),  # a real restamp
    ]
    restamper = skew.Restamper(HybridClock("me"), filter(skew.plausible, rows), "我")
    assert restamper.known == {"4102444800000.00000.other": "1700000000000.00001.me"}


def test_fast_deleter_learning_the_restamp_of_its_delete_revives_the_record_as_the_others_did(
    pair: Pair,
) -> None:
    # Shrunk from the three-device property test: the fast device kept its own tombstone, and
    # with the row's stamps now equal to the others' it skipped the revival they had made.
    opp = shared_opportunity(pair)
    pair.send(pair.sa, pair.sc)
    wall_ahead(pair.a, YEAR_MS)
    pair.a.opportunities.delete(opp, reason="测试")
    pair.send(pair.sa, pair.sb)  # B restamps the tombstone at its clock
    time.sleep(0.002)
    pair.c.opportunities.update(opp, {"name": "C 没看到删除"})  # later than B's restamp
    pair.send(pair.sc, pair.sa)  # A: C's edit is older than A's year-ahead tombstone
    pair.send(pair.sa, pair.sb)  # B: later than the restamped tombstone, so revived
    pair.send(pair.sb, pair.sc)
    pair.send(pair.sb, pair.sa)  # A learns the restamp: its row now reads as B's
    assert_all_three_converged_on(pair, lambda s: s.opportunities.summary(opp).name, "C 没看到删除")


def test_activity_hidden_by_a_restamped_delete_that_had_not_seen_it_is_listed(pair: Pair) -> None:
    # Shrunk from the three-device property test: the tombstone, restamped, matched neither
    # side's stamp, so nobody was found to hold it and the hidden activity went unlisted.
    opp = shared_opportunity(pair)
    pair.send(pair.sa, pair.sc)
    pair.a.activities.add(opp, type="拜访", content="删除前的拜访")
    pair.a.opportunities.delete(opp, reason="A 看过拜访后删除")
    wall_ahead(pair.c, YEAR_MS)
    pair.c.opportunities.delete(opp, reason="C 没看到拜访")
    result = pair.send(pair.sc, pair.sa)  # C's tombstone, restamped at A's clock, wins
    assert result["restamped"] == 1
    with pair.a.ctx.read() as session:
        listed = session.execute(select(Conflict.entity, Conflict.field)).all()
    assert ("activities", PARENT_DELETED) in listed
