"""The three-device property test with one device's clock a year ahead (hypothesis).

Reuses the world of ``test_snapshot_merge_property``: random edits, step fields, logs, deletes
and snapshots on three devices, gossip in a random order. Device 2's wall clock runs a year
fast, so its writes reach the others restamped by the skew rule. The merge must still converge,
import the same snapshot a second time as a no-op, and list every value a concurrent edit
overwrote (a restamped write counts as the write it replaced).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from projdesk.domain.clock import HybridClock
from projdesk.storage.models import Conflict, HistoryEntry
from projdesk.sync import skew
from tests.unit.snapshot_helpers import canonical_dump
from tests.unit.test_snapshot_merge_property import DEVICES, World, _final_stamps, op

YEAR_MS = 365 * 86_400_000
FAST = 2  # the device whose clock runs a year ahead


def skewed_world(folder: Path) -> World:
    world = World(folder)
    ctx = world.devices[FAST].services.ctx
    ctx.clock = HybridClock(ctx.device, ctx.clock.last, wall=lambda: int(time.time() * 1000) + YEAR_MS)
    return world


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


def gossip(world: World, order: list[int]) -> None:
    """Snapshots in the given order of devices until everyone has seen everything."""
    a, b, c = order
    for src, dst in ((a, b), (b, c), (c, a), (c, b)):
        world.send(src, dst)


def assert_second_import_changes_nothing(world: World) -> None:
    """The last snapshot imported again, fully merged, changes no data and lists no conflict."""
    for d in world.devices:
        data = canonical_dump(d.services.db.path)
        listed = len(d.sync.conflicts(include_resolved=True))
        again = d.sync.import_snapshot(world.last, recheck=True)  # the full merge, not the shortcut
        assert (again["added"], again["updated"], again["conflicts"]) == (0, 0, 0)
        assert (canonical_dump(d.services.db.path), len(d.sync.conflicts(include_resolved=True))) == (
            data,
            listed,
        )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(ops=st.lists(op, min_size=1, max_size=14), final=st.permutations(range(DEVICES)))
def test_devices_with_a_clock_a_year_ahead_converge_and_lose_nothing(
    ops: list[tuple[str, int, int, str]], final: list[int]
) -> None:
    folder = Path(tempfile.mkdtemp(prefix="projdesk-skew-"))
    world = skewed_world(folder)
    try:
        for kind, dev_no, target, what in ops:
            world.apply(kind, dev_no, target, what)
        gossip(world, final)
        first, *others = (canonical_dump(d.services.db.path) for d in world.devices)
        assert all(other == first for other in others)
        assert_second_import_changes_nothing(world)

        same = restamps(world)
        lost: set[str] = set()
        for d in world.devices:
            with d.services.ctx.read() as session:
                lost |= set(session.scalars(select(Conflict.lost_stamp)))
        final_stamps = _final_stamps(world.devices[0].services)
        by_stamp = {
            (o.entity_id, o.field, name): o.value
            for o in world.writes
            for name in same.get(o.stamp, {o.stamp})
        }
        for w in world.writes:
            names = same.get(w.stamp, {w.stamp})
            final_stamp = final_stamps.get((w.entity_id, w.field), "")
            if final_stamp in names or by_stamp.get((w.entity_id, w.field, final_stamp)) == w.value:
                continue  # it is the value everyone has (perhaps under its restamp)
            seen_later = any(
                o.entity_id == w.entity_id and o.field == w.field and w.stamp in o.knew for o in world.writes
            )
            if not seen_later:
                assert names & lost, f"overwritten concurrent edit not listed: {w}"
    finally:
        world.close()
        shutil.rmtree(folder, ignore_errors=True)
