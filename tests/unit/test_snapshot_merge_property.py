"""Random edit histories on three devices, snapshots exchanged in random orders (hypothesis).

Checks the merge's promises: every device ends with identical data; importing a snapshot a
second time changes nothing; every edit that a concurrent edit overwrote is in a conflict list;
no record is left unreachable (under a deleted or merged-away parent) unless the delete had seen
it or a conflict lists it; every edit hidden by a delete that had not seen it is listed. Deletes,
additions under deleted parents and customer merges race each other. The last device's clock is
right, an hour fast, or a year ahead: then its writes reach the others restamped by the skew rule
(``projdesk.sync.skew``), and a restamped write counts as the write it replaced.

``PROJDESK_PROPERTY_EXAMPLES`` sets how many examples each clock gets (default 40).
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from projdesk.domain.clock import HybridClock
from projdesk.domain.errors import InvalidInput, NotFound
from projdesk.storage.models import Conflict, HistoryEntry
from projdesk.storage.services import Services
from projdesk.sync import skew
from projdesk.sync.service import SyncService
from tests.unit.reachability_helpers import hidden_records
from tests.unit.snapshot_helpers import canonical_dump, new_device, template_db

DEVICES = 3
EXAMPLES = int(os.environ.get("PROJDESK_PROPERTY_EXAMPLES", "40"))
# How far the last device's wall clock runs ahead: within the skew bound, or far beyond it.
CLOCKS = {"in_sync": 0, "an_hour_fast": 3_600_000, "a_year_ahead": 365 * 86_400_000}
TEXT_FIELDS = ("name", "next_step", "notes", "amount")
STEP_FIELDS = ("referrer", "why_pursue")

op = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 1), st.sampled_from(TEXT_FIELDS)),
    st.tuples(st.just("step"), st.integers(0, 2), st.integers(0, 1), st.sampled_from(STEP_FIELDS)),
    st.tuples(st.just("log"), st.integers(0, 2), st.integers(0, 1), st.just("")),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 1), st.just("")),
    st.tuples(st.just("customer"), st.integers(0, 2), st.integers(0, 1), st.just("")),
    st.tuples(st.just("contact"), st.integers(0, 2), st.integers(0, 1), st.just("")),
    st.tuples(st.just("merge"), st.integers(0, 2), st.integers(0, 1), st.just("")),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2), st.just("")),
)


@dataclass
class Device:
    services: Services
    sync: SyncService
    known: set[str] = field(default_factory=set)  # stamps of every write this device has seen


@dataclass
class Write:
    entity_id: str
    field: str
    stamp: str
    value: str
    knew: frozenset[str]


class World:
    def __init__(self, folder: Path, ahead_ms: int) -> None:
        self.folder = folder
        template = template_db()
        self.devices = []
        for i in range(DEVICES):
            services, sync = new_device(folder, f"d{i}", f"用户{i}", template)
            self.devices.append(Device(services, sync))
        fast = self.devices[-1].services.ctx
        fast.clock = HybridClock(
            fast.device, fast.clock.last, wall=lambda: int(time.time() * 1000) + ahead_ms
        )
        self.writes: list[Write] = []
        self.counter = itertools.count()
        self.snapshots = 0
        first = self.devices[0]
        self.opps = [
            first.services.opportunities.add(f"客户{i}有限公司", f"项目{i}", amount="10万") for i in range(2)
        ]
        self.record(first)
        for i in (1, 2):
            self.send(0, i)

    def record(self, dev: Device) -> None:
        """Note the writes just made on ``dev`` with what it knew when it made them."""
        with dev.services.ctx.read() as session:
            rows = session.execute(
                select(HistoryEntry.entity_id, HistoryEntry.field, HistoryEntry.stamp, HistoryEntry.new)
            ).all()
        # In stamp order: a write knew the earlier writes of the same action (a merge's moves).
        for entity_id, fld, stamp, new in sorted(rows, key=lambda r: r[2]):
            if stamp and stamp not in dev.known:
                if stamp.endswith(dev.services.ctx.device):  # creations ("*") and deletes too
                    self.writes.append(Write(entity_id, fld, stamp, new, frozenset(dev.known)))
                dev.known.add(stamp)

    def send(self, src: int, dst: int) -> dict[str, Any]:
        path = self.folder / f"s{self.snapshots}.pdsnap"
        self.snapshots += 1
        a, b = self.devices[src], self.devices[dst]
        a.sync.export(path)
        result = b.sync.import_snapshot(path)
        b.known |= a.known
        self.last = path
        return result

    def apply(self, kind: str, dev_no: int, target: int, what: str) -> None:
        if kind == "send":
            if dev_no != target:
                self.send(dev_no, target)
            return
        dev = self.devices[dev_no]
        value = f"值{next(self.counter)}"
        opp = self.opps[target]
        s = dev.services
        try:
            if kind == "edit":
                s.opportunities.update(
                    opp, {what: f"{next(self.counter) + 1}万" if what == "amount" else value}
                )
            elif kind == "step":
                s.steps.update(opp, "A", {what: value})
            elif kind == "log":
                s.activities.add(opp, type="拜访", content=value)
            elif kind == "delete":
                s.opportunities.delete(opp, reason="测试")
            elif kind == "customer":
                customer = s.opportunities.summary(opp).customer_id
                s.people.update_customer(customer, {"notes": value})
            elif kind == "contact":
                s.people.add_contact(s.opportunities.summary(opp).customer_id, value)
            elif kind == "merge":  # the target's customer into the other opportunity's
                keep = s.opportunities.summary(self.opps[1 - target]).customer_id
                dev.sync.merge_customers(keep, s.opportunities.summary(opp).customer_id)
        except (NotFound, InvalidInput):
            return  # deleted (or already one customer) on this device: the user could not do it either
        self.record(dev)

    def close(self) -> None:
        for d in self.devices:
            d.services.close()


def gossip(world: World, order: list[int]) -> None:
    """Snapshots in the given order of devices until everyone has seen everything."""
    a, b, c = order
    for src, dst in ((a, b), (b, c), (c, a), (c, b)):
        world.send(src, dst)


def restamps(world: World) -> dict[str, set[str]]:
    """Every write's stamp with the stamps any device gave it by the skew rule."""
    same: dict[str, set[str]] = {}
    for d in world.devices:
        with d.services.ctx.read() as session:
            rows = session.execute(
                select(HistoryEntry.old, HistoryEntry.stamp).where(HistoryEntry.kind == skew.RESTAMP_KIND)
            )
            for foreign, local in rows:
                same.setdefault(foreign, {foreign}).add(local)
    return same


def assert_second_import_changes_nothing(world: World) -> None:
    """The last snapshot imported again, fully merged, changes no data and lists no conflict."""
    for d in world.devices:
        before = canonical_dump(d.services.db.path)
        conflicts_before = len(d.sync.conflicts(include_resolved=True))
        again = d.sync.import_snapshot(world.last, recheck=True)  # the full merge, not the shortcut
        assert again["added"] == again["updated"] == again["conflicts"] == 0
        assert canonical_dump(d.services.db.path) == before
        assert len(d.sync.conflicts(include_resolved=True)) == conflicts_before


def assert_every_overwritten_edit_listed(world: World, same: dict[str, set[str]]) -> None:
    """Every value overwritten by an edit that had not seen it is in a conflict list."""
    lost = {stamp for _, _, stamp in listed_conflicts(world)}
    final_stamps = _final_stamps(world.devices[0].services)
    by_stamp = {
        (w.entity_id, w.field, name): w.value for w in world.writes for name in same.get(w.stamp, {w.stamp})
    }
    for w in world.writes:
        if w.field in ("*", "deleted"):
            continue  # creations and deletes: checked by assert_nothing_unreachable_unlisted
        names = same.get(w.stamp, {w.stamp})
        final_stamp = final_stamps.get((w.entity_id, w.field), "")
        if final_stamp in names or by_stamp.get((w.entity_id, w.field, final_stamp)) == w.value:
            continue  # it is the value everyone has (perhaps under its restamp)
        seen_later = any(
            o.entity_id == w.entity_id and o.field == w.field and w.stamp in o.knew for o in world.writes
        )
        if not seen_later:
            assert names & lost, f"overwritten concurrent edit not listed: {w}"


def assert_nothing_unreachable_unlisted(world: World, same: dict[str, set[str]]) -> None:
    """Nothing is unreachable unless the delete that hides it had seen all of it, or it is listed;
    every edit standing in a record that ends deleted, which no delete of it had seen, is listed."""
    final_stamps = _final_stamps(world.devices[0].services)
    # A tombstone ends under its own stamp or under a restamp of it.
    deletes = {name: w for w in world.writes if w.field == "deleted" for name in same.get(w.stamp, {w.stamp})}
    conflicts = listed_conflicts(world)
    listed = {entity_id for entity_id, _, _ in conflicts}
    for d in world.devices:
        for hidden in hidden_records(d.services):
            if listed & set(hidden.chain):
                continue
            tomb = deletes[final_stamps[(hidden.dead, "deleted")]]
            unseen = [w for w in world.writes if w.entity_id == hidden.id and w.stamp not in tomb.knew]
            assert not unseen, f"record hidden by a delete that had not seen it, not listed: {hidden}"

    for w in world.writes:
        names = same.get(w.stamp, {w.stamp})
        if w.field in ("*", "deleted") or final_stamps.get((w.entity_id, w.field)) not in names:
            continue  # overwritten values are checked by assert_every_overwritten_edit_listed
        if not _is_deleted(world.devices[0].services, w.entity_id):
            continue
        if any(d.entity_id == w.entity_id and w.stamp in d.knew for d in deletes.values()):
            continue
        # The conflict names the newest write the deleter lacked, under the stamp the listing
        # device knew it by: the write itself, a later one, or its (lower) restamp.
        assert any(
            c[0] == w.entity_id and c[1] in ("deleted", "parent.deleted") and c[2] >= min(names)
            for c in conflicts
        ), f"edit hidden by a concurrent delete not listed: {w}"


@pytest.mark.parametrize("ahead_ms", CLOCKS.values(), ids=CLOCKS.keys())
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(ops=st.lists(op, min_size=1, max_size=14), final=st.permutations(range(DEVICES)))
def test_devices_converge_and_lose_nothing(
    ahead_ms: int, ops: list[tuple[str, int, int, str]], final: list[int]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="projdesk-prop-"))
    world = World(folder, ahead_ms)
    try:
        for kind, dev_no, target, what in ops:
            world.apply(kind, dev_no, target, what)
        gossip(world, final)  # in a random order until everyone has seen everything
        dumps = [canonical_dump(d.services.db.path) for d in world.devices]
        assert dumps[0] == dumps[1] == dumps[2]
        assert_second_import_changes_nothing(world)
        same = restamps(world)
        assert_every_overwritten_edit_listed(world, same)
        assert_nothing_unreachable_unlisted(world, same)
    finally:
        world.close()
        shutil.rmtree(folder, ignore_errors=True)


def listed_conflicts(world: World) -> set[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    for d in world.devices:
        with d.services.ctx.read() as session:
            found = session.execute(select(Conflict.entity_id, Conflict.field, Conflict.lost_stamp))
            out |= {(entity_id, fld, stamp) for entity_id, fld, stamp in found}
    return out


def _is_deleted(services: Services, entity_id: str) -> bool:
    from projdesk.storage.models import SYNCED_MODELS

    with services.ctx.read() as session:
        for model in SYNCED_MODELS:
            row = session.get(model, entity_id)
            if row is not None:
                return bool(row.deleted)
    return False


def _final_stamps(services: Services) -> dict[tuple[str, str], str]:
    from projdesk.storage.models import SYNCED_MODELS

    out = {}
    with services.ctx.read() as session:
        for model in SYNCED_MODELS:
            for row in session.scalars(select(model)):
                for fld, (stamp, _base) in (row.stamps or {}).items():
                    out[(row.id, fld)] = stamp
    return out
