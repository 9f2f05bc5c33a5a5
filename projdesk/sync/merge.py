"""The field-level merge of a snapshot into the database (DESIGN.md, Snapshots and merge).

Per field (value, stamp, base): equal stamps change nothing; the higher stamp wins. The pair was
concurrent, and the losing value goes to the conflict list, when the winner's writer had not
seen the losing write: its base is older than the loser's stamp, or (for snapshots that carry
their whole history) the loser's write is missing from the winner's side's history. A
tombstone is the stamped field ``deleted``; an edit stamped later than the tombstone revives the
record and is listed for review; an edit the deleter had not seen stays under the tombstone and
is listed, so that the record can be restored. Children of merged or deleted parents are kept
reachable by ``reachable``. History entries are a union by id.

Everything is a pure function of the two rows' stamps, so any import order converges and a
second import of the same snapshot finds nothing to do. ``plan`` only reads; ``apply`` writes
the plan inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, bindparam, column, delete, insert, select, table, update

from projdesk.domain.errors import BadInputFile
from projdesk.storage.models import new_id, utcnow
from projdesk.sync import columns
from projdesk.sync.progress import Progress
from projdesk.sync.reachable import Reachability
from projdesk.sync.reader import Snapshot
from projdesk.sync.skew import Restamper

CHUNK = 500
SCAN_ABOVE = 2000  # incoming rows above which the local table is read in one scan
# Rows into an empty table above which its lookup indexes are built after the rows: one sort
# per index instead of an insert at a random place of each index for every row.
REBUILD_ABOVE = 5000
NO_STAMP = ("", "")
VALUES = "values"
VALUES_PREFIX = "values."


@dataclass
class TableCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class MergePlan:
    inserts: dict[str, list[list[Any]]] = field(default_factory=dict)
    updates: dict[str, list[list[Any]]] = field(default_factory=dict)
    removals: dict[str, list[str]] = field(default_factory=dict)
    history: list[list[Any]] = field(default_factory=list)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    counts: dict[str, TableCounts] = field(default_factory=dict)
    revived: int = 0
    restamped: int = 0  # field stamps moved to this device's clock by the skew rule
    reparented: int = 0
    max_stamp: str = ""

    def summary(self) -> dict[str, Any]:
        added = sum(c.added for c in self.counts.values())
        updated = sum(c.updated for c in self.counts.values())
        unchanged = sum(c.unchanged for c in self.counts.values())
        return {
            "added": added,
            "updated": updated,
            "unchanged": unchanged,
            "conflicts": len(self.conflicts),
            "revived": self.revived,
            "restamped": self.restamped,
            "reparented": self.reparented,
            "history_added": len(self.history),
            "tables": {
                name: {"added": c.added, "updated": c.updated, "unchanged": c.unchanged}
                for name, c in self.counts.items()
            },
        }

    @property
    def changes_anything(self) -> bool:
        return bool(
            any(self.inserts.values())
            or any(self.updates.values())
            or any(self.removals.values())
            or self.history
            or self.conflicts
        )


def _raw_table(spec: columns.TableSpec) -> Any:
    # Untyped columns: values pass as stored, no per-row type processing.
    return table(spec.name, *[column(n) for n in spec.names])


def _chunks(items: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def load_local(
    conn: Connection, spec: columns.TableSpec, ids: list[str], convert: bool = True
) -> dict[str, list[Any]]:
    """Local rows with these ids: as stored (``convert=False``) or in snapshot form."""
    t = _raw_table(spec)
    found: dict[str, list[Any]] = {}
    if len(ids) > SCAN_ABOVE:
        wanted = set(ids)
        results: Iterator[Any] = (r for r in scan(conn, select(t)) if r[0] in wanted)
    else:
        results = (r for part in _chunks(ids) for r in conn.execute(select(t).where(t.c.id.in_(part))))
    for raw in results:
        found[raw[0]] = to_snapshot_form(spec, raw) if convert else list(raw)
    return found


def load_versions(conn: Connection, spec: columns.TableSpec, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    """(stamps text, created_at, updated_at) of the local rows with these ids."""
    t = table(spec.name, column("id"), column("stamps"), column("created_at"), column("updated_at"))
    if len(ids) > SCAN_ABOVE:
        wanted = set(ids)
        return {r[0]: tuple(r[1:]) for r in scan(conn, select(t)) if r[0] in wanted}
    found: dict[str, tuple[Any, ...]] = {}
    for part in _chunks(ids):
        found.update({r[0]: tuple(r[1:]) for r in conn.execute(select(t).where(t.c.id.in_(part)))})
    return found


def scan(conn: Connection, stmt: Any) -> list[tuple[Any, ...]]:
    """All rows of a query as plain tuples from the driver (no per-row result objects)."""
    sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def to_snapshot_form(spec: columns.TableSpec, raw: Any) -> list[Any]:
    row = list(raw)
    for i, conv in columns.db_converters(spec):
        row[i] = conv(row[i])
    return row


def check_references(conn: Connection, snap: Snapshot) -> None:
    """Every reference points at a record in the snapshot or in the database (read only)."""
    carried: dict[str, set[str]] = {}  # each parent table's ids in the snapshot, gathered once
    for spec in columns.SYNCED_TABLES:
        rows = snap.tables.get(spec.name) or []
        for col, parent in spec.refs.items():
            at = spec.index(col)
            wanted = set(map(itemgetter(at), rows))
            wanted.discard(None)
            if parent not in carried:
                carried[parent] = set(map(itemgetter(0), snap.tables.get(parent) or []))
            missing = wanted - carried[parent]
            if not missing:
                continue
            t = table(parent, column("id"))
            known: set[str] = set()
            for part in _chunks(sorted(missing)):
                known.update(conn.execute(select(t.c.id).where(t.c.id.in_(part))).scalars())
            if missing - known:
                raise BadInputFile.coded(
                    "snapshot_incomplete",
                    table_name=spec.name,
                    count=len(missing - known),
                    parent=parent,
                    name=snap.path.name,
                )


class _Planner:
    def __init__(self, conn: Connection, snap: Snapshot, restamper: Restamper | None = None) -> None:
        self.conn = conn
        self.snap = snap
        self.restamper = restamper
        self.plan = MergePlan()
        self.incoming: dict[str, list[list[Any]]] = {}  # the snapshot's rows, the skew rule applied
        hist = columns.HISTORY
        rows = snap.tables.get("history") or []
        s_at, a_at = hist.index("stamp"), hist.index("actor")
        self.their_history = {r[s_at] for r in rows if r[s_at]}
        self.actors = {r[s_at]: r[a_at] for r in rows if r[s_at]}
        # A selection by date leaves older history out: its history cannot prove who saw what.
        self.history_complete = (snap.manifest.get("selection") or {}).get("kind") != "since"
        self._our_history: set[str] | None = None
        self.now = utcnow().isoformat(sep=" ", timespec="microseconds")
        self.max_stamp = ""

    def our_history(self) -> set[str]:
        if self._our_history is None:
            h = table("history", column("stamp"))
            self._our_history = set(self.conn.execute(select(h.c.stamp)).scalars())
        return self._our_history

    def run(self, progress: Progress | None) -> MergePlan:
        specs = [s for s in columns.SYNCED_TABLES if s.name in self.snap.tables]
        total = len(specs) + 1
        for done, spec in enumerate(specs):
            if progress:
                progress(done, total, "merge", spec.name)
            self.table(spec)
        # Reachability compares tombstones by stamp: it sees both sides through the restamps,
        # as the field merge did, or a restamped tombstone would match neither side's.
        reach = Reachability(
            self.conn,
            self.incoming,
            self.plan.inserts,
            self.plan.updates,
            (self.snap.manifest.get("selection") or {}).get("kind", "all") == "all",
            self.add_conflict,
            self.load_local_restamped,
        )
        reach.follow_customer_merges()
        reach.list_hidden_children()
        self.plan.reparented = reach.reparented
        self.history()
        self.plan.max_stamp = self.max_stamp
        if self.restamper is not None:
            self.plan.restamped = self.restamper.fields
        return self.plan

    def table(self, spec: columns.TableSpec) -> None:
        counts = self.plan.counts.setdefault(spec.name, TableCounts())
        inserts = self.plan.inserts.setdefault(spec.name, [])
        updates = self.plan.updates.setdefault(spec.name, [])
        st_at, c_at, u_at = spec.index("stamps"), spec.index("created_at"), spec.index("updated_at")
        rows = self.snap.tables[spec.name]
        newest = ""
        if self.restamper is not None:  # the skew rule first: the merge only sees restamped rows
            rows, newest = self.restamper.rows(spec, rows)
        self.incoming[spec.name] = rows
        # First only what tells whether a row changed: id, stamps text, created, updated.
        local = load_versions(self.conn, spec, [r[0] for r in rows])
        differ: list[list[Any]] = []
        arrived: list[str] = []  # stamps texts that reach this database
        if not local:  # none of them here yet (an import into an empty table): all are added
            inserts.extend(rows)
            arrived.extend(map(itemgetter(st_at), rows))
            counts.added += len(rows)
            rows = []
        for row in rows:
            stored = local.get(row[0])
            if stored is None:
                inserts.append(row)
                arrived.append(row[st_at])
                counts.added += 1
            elif stored == (row[st_at], row[c_at], row[u_at]):
                counts.unchanged += 1  # same stamps text: same values (a stamp names one write)
            else:
                differ.append(row)
        full = load_local(self.conn, spec, [r[0] for r in differ]) if differ else {}
        for row in differ:
            stored_row = full[row[0]]
            merged = self.row(spec, stored_row, row)
            if merged is None:
                counts.unchanged += 1
            else:
                updates.append(merged)
                arrived.append(row[st_at])
                counts.updated += 1
        # The clock observes what arrives; the restamper's scan already knows the newest stamp
        # (of every incoming row: the unchanged ones are here already, observing them is a no-op).
        self.max_stamp = max(self.max_stamp, newest or columns.max_stamp(arrived))
        if spec.name == "contracts":
            self.one_contract_per_opportunity(spec, inserts)

    def load_local_restamped(
        self, conn: Connection, spec: columns.TableSpec, ids: list[str]
    ) -> dict[str, list[Any]]:
        """Local rows in snapshot form, their stamps seen through the known restamps."""
        found = load_local(conn, spec, ids)
        if self.restamper is None:
            return found
        st_at = spec.index("stamps")
        for row in found.values():
            stamps = columns.parse_stamps(spec, row[st_at])
            seen = self.restamper.ours(stamps)
            if seen != stamps:
                row[st_at] = columns.stamps_text(spec, seen)
        return found

    # -- one record ----------------------------------------------------------------------

    def row(self, spec: columns.TableSpec, mine: list[Any], theirs: list[Any]) -> list[Any] | None:
        names = spec.names
        st_at = spec.index("stamps")
        stored_st: dict[str, list[str]] = columns.parse_stamps(spec, mine[st_at])
        their_st: dict[str, list[str]] = columns.parse_stamps(spec, theirs[st_at])
        # Our side through the known restamps too, so that every device compares the same stamps.
        ours_st = self.restamper.ours(stored_st) if self.restamper is not None else stored_st
        merged = list(mine)
        stamps = dict(ours_st)
        if ours_st != their_st:
            for i, name in enumerate(names):
                if name in columns.META_FIELDS:
                    continue
                if name == VALUES and spec.name == "step_records":
                    merged[i] = self.values(spec, mine, theirs, ours_st, their_st, stamps, i)
                    continue
                ours = ours_st.get(name) or NO_STAMP
                their = their_st.get(name) or NO_STAMP
                if their[0] > ours[0]:
                    merged[i] = theirs[i]
                    stamps[name] = list(their)
                    self.maybe_conflict(spec, mine, name, theirs[i], their, mine[i], ours, self.their_seen)
                elif their[0] < ours[0]:
                    self.maybe_conflict(spec, mine, name, mine[i], ours, theirs[i], their, self.our_seen)
        # Even with equal stamps: the stored row may only now read as theirs (a restamp of its
        # tombstone just learnt), and whether it stands revived follows from the stamps alone.
        self.revive(spec, merged, stamps)
        self.hidden_by_tomb(spec, merged, mine, theirs, ours_st, their_st, stamps)
        merged[st_at] = mine[st_at] if stamps == stored_st else columns.stamps_text(spec, stamps)
        c_at, u_at, d_at = spec.index("created_at"), spec.index("updated_at"), spec.index("device")
        merged[c_at] = min(mine[c_at], theirs[c_at])
        merged[u_at] = max(mine[u_at], theirs[u_at])
        if merged == mine:
            return None
        if stamps != stored_st:
            top = max((p[0] for p in stamps.values()), default="")
            merged[d_at] = top.split(".", 2)[2] if top else merged[d_at]
        return merged

    def values(
        self,
        spec: columns.TableSpec,
        mine: list[Any],
        theirs: list[Any],
        ours_st: dict[str, list[str]],
        their_st: dict[str, list[str]],
        stamps: dict[str, list[str]],
        at: int,
    ) -> dict[str, Any]:
        """Step-record fields merge key by key ("values.<key>" stamps).

        The ``values`` stamp itself (the record's creation) merges like any field, the higher one
        kept, so both sides end with the same stamps; keys it stood for keep their own stamp.
        """
        ours_v: dict[str, Any] = mine[at] or {}
        their_v: dict[str, Any] = theirs[at] or {}
        keys = set(ours_v) | set(their_v)
        keys |= {k[len(VALUES_PREFIX) :] for k in (*ours_st, *their_st) if k.startswith(VALUES_PREFIX)}
        result = dict(ours_v)
        for key in sorted(keys):
            ours = _key_stamp(ours_st, ours_v, key)
            their = _key_stamp(their_st, their_v, key)
            name = VALUES_PREFIX + key
            if their[0] > ours[0]:
                if their_v.get(key) is None:
                    result.pop(key, None)
                else:
                    result[key] = their_v[key]
                stamps[name] = list(their)
                self.maybe_conflict(
                    spec, mine, name, their_v.get(key), their, ours_v.get(key), ours, self.their_seen
                )
            elif their[0] < ours[0]:
                self.maybe_conflict(
                    spec, mine, name, ours_v.get(key), ours, their_v.get(key), their, self.our_seen
                )
        ours_whole = ours_st.get(VALUES) or NO_STAMP
        their_whole = their_st.get(VALUES) or NO_STAMP
        if their_whole[0] > ours_whole[0]:
            for key in result:
                stamps.setdefault(VALUES_PREFIX + key, list(ours_whole))  # no longer implied by it
            stamps[VALUES] = list(their_whole)
        return result

    # Had the winner's side seen the losing write? Its history says so when the write is one
    # the history tracks (bulk-generated rows carry none: for them only the base rule speaks).
    def their_seen(self, stamp: str) -> bool:
        return not self.history_complete or stamp in self.their_history or stamp not in self.our_history()

    def our_seen(self, stamp: str) -> bool:
        return stamp in self.our_history() or stamp not in self.their_history

    def maybe_conflict(
        self,
        spec: columns.TableSpec,
        row: list[Any],
        name: str,
        kept: Any,
        kept_st: Any,
        lost: Any,
        lost_st: Any,
        winner_saw: Callable[[str], bool],
    ) -> None:
        lost_stamp = lost_st[0]
        if not lost_stamp or kept == lost:
            return
        restamped = self.restamper is not None and kept_st[0] in self.restamper.used
        # A value that won only by a restamp is always listed: its sender's clock was wrong.
        if not restamped and kept_st[1] >= lost_stamp and winner_saw(lost_stamp):
            return  # the winner's writer had seen the losing value: an ordinary overwrite
        self.add_conflict(spec, row, name, kept, kept_st[0], lost, lost_stamp)

    def add_conflict(
        self,
        spec: columns.TableSpec,
        row: list[Any],
        name: str,
        kept: Any,
        kept_stamp: str,
        lost: Any,
        lost_stamp: str,
    ) -> None:
        opp = row[0] if spec.name == "opportunities" else None
        if "opportunity_id" in spec.names:
            opp = row[spec.index("opportunity_id")]
        self.plan.conflicts.append(
            {
                "id": new_id(),
                "entity": spec.name,
                "entity_id": row[0],
                "opportunity_id": opp,
                "field": name,
                "kept_value": kept,
                "kept_stamp": kept_stamp,
                "lost_value": lost,
                "lost_stamp": lost_stamp,
                "lost_by": self.actors.get(lost_stamp, ""),
                "detected_at": self.now,
                "resolved": "",
            }
        )

    def revive(self, spec: columns.TableSpec, merged: list[Any], stamps: dict[str, list[str]]) -> None:
        """A tombstone older than an edit does not hold: the record comes back, for review."""
        d_at = spec.index("deleted")
        if not merged[d_at]:
            return
        tomb = (stamps.get("deleted") or NO_STAMP)[0]
        later = [(p[0], k) for k, p in stamps.items() if k != "deleted" and p[0] > tomb]
        if not later:
            return
        merged[d_at] = False
        self.plan.revived += 1
        self.add_conflict(spec, merged, "deleted", False, max(later)[0], True, tomb)

    def hidden_by_tomb(
        self,
        spec: columns.TableSpec,
        merged: list[Any],
        mine: list[Any],
        theirs: list[Any],
        ours_st: dict[str, list[str]],
        their_st: dict[str, list[str]],
        stamps: dict[str, list[str]],
    ) -> None:
        """An edit the deleter had not seen, older than the tombstone: the delete holds, listed."""
        d_at = spec.index("deleted")
        if not merged[d_at]:
            return
        tomb = (stamps.get("deleted") or NO_STAMP)[0]
        ours_tomb = (ours_st.get("deleted") or NO_STAMP)[0]
        their_tomb = (their_st.get("deleted") or NO_STAMP)[0]
        if mine[d_at] and theirs[d_at] and ours_tomb != their_tomb:
            # Deleted on both sides, by two deletes: each side's edits were seen by its own
            # delete, or listed where they first met a tombstone.
            return
        unseen = []  # writes a holder of the tombstone lacked: its deleter had not seen them
        if mine[d_at] and ours_tomb == tomb:
            unseen += [p[0] for k, p in their_st.items() if p[0] > (ours_st.get(k) or NO_STAMP)[0]]
        if theirs[d_at] and their_tomb == tomb:
            unseen += [p[0] for k, p in ours_st.items() if p[0] > (their_st.get(k) or NO_STAMP)[0]]
        if unseen:
            self.add_conflict(spec, merged, "deleted", True, tomb, False, max(unseen))

    def one_contract_per_opportunity(self, spec: columns.TableSpec, inserts: list[list[Any]]) -> None:
        """Two colleagues each entered the contract of one opportunity: the lower id stays."""
        if not inserts:
            return
        opp_at = spec.index("opportunity_id")
        t = table("contracts", column("id"), column("opportunity_id"))
        opps = [r[opp_at] for r in inserts]
        existing: dict[str, str] = {}
        for part in _chunks(sorted(set(opps))):
            existing.update(
                {
                    o: i
                    for i, o in self.conn.execute(
                        select(t.c.id, t.c.opportunity_id).where(t.c.opportunity_id.in_(part))
                    )
                }
            )
        keep: list[list[Any]] = []
        removals = self.plan.removals.setdefault("contracts", [])
        for row in inserts:
            other = existing.get(row[opp_at])
            if other is None:
                keep.append(row)
                continue
            loser_id = max(other, row[0])
            if loser_id == row[0]:
                self.add_conflict(spec, row, "*", other, "", _fields(spec, row), _top(spec, row))
            else:
                local = load_local(self.conn, spec, [other])[other]
                removals.append(other)
                keep.append(row)
                self.add_conflict(
                    spec, local, "*", row[0], _top(spec, row), _fields(spec, local), _top(spec, local)
                )
        self.plan.counts["contracts"].added -= len(inserts) - len(keep)
        inserts[:] = keep

    # -- history: a union ----------------------------------------------------------------

    def history(self) -> None:
        if self.restamper is not None:
            self.plan.history = list(self.restamper.history)  # this import's restamps travel on
        rows = self.snap.tables.get("history") or []
        if not rows:
            return
        s_at = columns.HISTORY.index("stamp")
        beyond = self.restamper.beyond if self.restamper is not None else _never
        for r in rows:
            # History keeps its stamps (a log), but the clock observes none beyond the skew bound.
            if r[s_at] > self.max_stamp and not beyond(r[s_at]):
                self.max_stamp = r[s_at]
        h = table("history", column("id"))
        ids = [r[0] for r in rows]
        if len(ids) > SCAN_ABOVE:
            known = set(self.conn.execute(select(h.c.id)).scalars())
        else:
            known = set()
            for part in _chunks(ids):
                known.update(self.conn.execute(select(h.c.id).where(h.c.id.in_(part))).scalars())
        self.plan.history += [r for r in rows if r[0] not in known]


def _key_stamp(stamps: dict[str, list[str]], values: dict[str, Any], key: str) -> tuple[str, str] | list[str]:
    explicit = stamps.get(VALUES_PREFIX + key)
    if explicit:
        return explicit
    if key in values:  # written when the record was created
        return stamps.get(VALUES) or NO_STAMP
    return NO_STAMP


def _fields(spec: columns.TableSpec, row: list[Any]) -> dict[str, Any]:
    return {n: row[i] for i, n in enumerate(spec.names) if n not in columns.META_FIELDS}


def _top(spec: columns.TableSpec, row: list[Any]) -> str:
    return max((p[0] for p in columns.parse_stamps(spec, row[spec.index("stamps")]).values()), default="")


def _never(stamp: str) -> bool:
    return False


def plan(
    conn: Connection,
    snap: Snapshot,
    progress: Progress | None = None,
    check: bool = True,
    restamper: Restamper | None = None,
) -> MergePlan:
    """What the merge would do; reads only. With a ``restamper`` the skew rule applies."""
    if check:
        check_references(conn, snap)
    return _Planner(conn, snap, restamper).run(progress)


def known_conflicts(conn: Connection, conflicts: list[dict[str, Any]]) -> set[tuple[str, str, str, str]]:
    t = table("conflicts", column("entity_id"), column("field"), column("lost_stamp"), column("kept_stamp"))
    ids = sorted({c["entity_id"] for c in conflicts})
    out: set[tuple[str, str, str, str]] = set()
    for part in _chunks(ids):
        out.update(tuple(r) for r in conn.execute(select(t).where(t.c.entity_id.in_(part))))
    return out


def dedupe_conflicts(conn: Connection, plan_: MergePlan) -> None:
    """The same lost write is listed once, however often the snapshot is imported."""
    seen = known_conflicts(conn, plan_.conflicts) if plan_.conflicts else set()
    unique = []
    for c in plan_.conflicts:
        key = (c["entity_id"], c["field"], c["lost_stamp"], c["kept_stamp"])
        if key in seen:
            continue
        seen.add(key)
        unique.append(c)
    plan_.conflicts = unique


def fill_actors(conn: Connection, plan_: MergePlan) -> None:
    """Who wrote each losing value, from the local history when the snapshot did not say."""
    wanted = sorted({c["lost_stamp"] for c in plan_.conflicts if not c["lost_by"]})
    if not wanted:
        return
    h = table("history", column("stamp"), column("actor"))
    actors: dict[str, str] = {}
    for part in _chunks(wanted):
        actors.update(
            {s: a for s, a in conn.execute(select(h.c.stamp, h.c.actor).where(h.c.stamp.in_(part)))}
        )
    for c in plan_.conflicts:
        if not c["lost_by"]:
            c["lost_by"] = actors.get(c["lost_stamp"]) or c["lost_stamp"].split(".", 2)[-1][:8]


def apply(conn: Connection, plan_: MergePlan, progress: Progress | None = None) -> None:
    """Write the plan: parents before children, all inside the caller's transaction."""
    specs = [s for s in columns.SYNCED_TABLES if s.name in plan_.counts]
    total = len(specs) + 1
    for done, spec in enumerate(specs):
        if progress:
            progress(done, total, "write", spec.name)
        t = _raw_table(spec)
        removals = plan_.removals.get(spec.name)
        if removals:
            conn.execute(delete(t).where(t.c.id.in_(removals)))
        rows = plan_.inserts.get(spec.name)
        if rows:
            _insert_rows(conn, spec, rows)
        changed = plan_.updates.get(spec.name)
        if changed:
            names = spec.names
            stmt = (
                update(t)
                .where(t.c.id == bindparam("_id"))
                .values({n: bindparam(n) for n in names if n != "id"})
            )
            params = []
            for r in changed:
                values = dict(zip(names, columns.to_db(spec, r), strict=True))
                values["_id"] = values.pop("id")
                params.append(values)
            conn.execute(stmt, params)
    if plan_.history:
        _insert_rows(conn, columns.HISTORY, plan_.history)
    if plan_.conflicts:
        c = table("conflicts", *[column(n) for n in plan_.conflicts[0]])
        conn.execute(insert(c), [{**x, **_json_values(x)} for x in plan_.conflicts])
    if progress:
        progress(total, total, "done", "")


def _insert_rows(conn: Connection, spec: columns.TableSpec, rows: list[list[Any]]) -> None:
    """One ``executemany``; positional parameters straight to the driver when it takes them."""
    objects = [i for i in spec.json_positions if spec.columns[i].kind == "json"]
    prepared = [columns.to_db(spec, r) for r in rows] if objects or spec.money_positions else rows
    if conn.dialect.paramstyle == "qmark":
        quote = conn.dialect.identifier_preparer.quote
        names = ", ".join(quote(n) for n in spec.names)
        marks = ", ".join("?" for _ in spec.names)
        sql = f"INSERT INTO {quote(spec.name)} ({names}) VALUES ({marks})"
        dbapi = conn.connection.dbapi_connection
        cursor = dbapi.cursor()  # type: ignore[union-attr]
        try:
            rebuilt = (
                _lookup_indexes(cursor, spec.name) if _bulk_into_empty(dbapi, cursor, spec, rows) else []
            )
            for name, _ in rebuilt:
                cursor.execute(f"DROP INDEX {quote(name)}")
            cursor.executemany(sql, prepared)  # rows are lists: the driver takes any sequence
            for _, create in rebuilt:
                cursor.execute(create)
        finally:
            cursor.close()
    else:
        conn.execute(insert(_raw_table(spec)), [dict(zip(spec.names, r, strict=True)) for r in prepared])


def _json_values(conflict: dict[str, Any]) -> dict[str, Any]:
    return {
        "kept_value": json.dumps(conflict["kept_value"]),
        "lost_value": json.dumps(conflict["lost_value"]),
    }


def _bulk_into_empty(dbapi: Any, cursor: Any, spec: columns.TableSpec, rows: list[list[Any]]) -> bool:
    """Many rows into an empty table, inside the open transaction (so that dropping and building
    its indexes commits or rolls back with the rows: a crash leaves the indexes as they were)."""
    if len(rows) < REBUILD_ABOVE or not dbapi.in_transaction:
        return False
    quoted = '"' + spec.name.replace('"', '""') + '"'
    return cursor.execute(f"SELECT 1 FROM {quoted} LIMIT 1").fetchone() is None


def _lookup_indexes(cursor: Any, table_name: str) -> list[tuple[str, str]]:
    """(name, CREATE INDEX text) of the table's indexes that only speed up reads: made by
    CREATE INDEX and not UNIQUE. Keys and UNIQUE constraints stay and check every row."""
    listed = cursor.execute('SELECT name, "unique", origin FROM pragma_index_list(?)', (table_name,))
    names = [name for name, unique, origin in listed.fetchall() if origin == "c" and not unique]
    found = []
    for name in names:
        (create,) = cursor.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).fetchone()
        found.append((name, create))
    return found
