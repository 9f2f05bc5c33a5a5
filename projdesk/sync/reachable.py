"""No merge leaves data unreachable (DESIGN.md, Snapshots and merge); runs on a plan before it is written.

- Children of a customer merged into another follow the merge: their ``customer_id`` becomes the
  surviving customer (the end of the chain of ``merged_into``). The value is derived from the
  merged rows alone (no new stamp), so every device holding both the child and the merge computes
  the same, in any order of imports.
- A live record under a deleted parent (or deeper: a quote line of a deleted opportunity's quote)
  that carries a write the tombstone's holder had not seen was added or edited concurrently with
  the delete. It is listed as a conflict on the record, field ``parent.deleted``, whose
  resolution restores the parents (``conflicts.resolve``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, column, select, table

from projdesk.sync import columns

PARENT_DELETED = "parent.deleted"
NO_STAMP = ("", "")
CHUNK = 500

# add_conflict(spec, row, field, kept, kept_stamp, lost, lost_stamp)
AddConflict = Callable[[columns.TableSpec, list[Any], str, Any, str, Any, str], None]
# load_rows(conn, spec, ids): local rows by id, in snapshot form (merge.load_local)
LoadRows = Callable[[Connection, columns.TableSpec, list[str]], dict[str, list[Any]]]


@dataclass(frozen=True)
class Tomb:
    """A deleted parent after the merge: its tombstone stamp and which side held that tombstone."""

    stamp: str
    local: bool
    theirs: bool


class Reachability:
    """The two passes over one merge plan; ``inserts`` and ``updates`` are the plan's, changed in place."""

    def __init__(
        self,
        conn: Connection,
        snapshot_tables: dict[str, list[list[Any]]],
        inserts: dict[str, list[list[Any]]],
        updates: dict[str, list[list[Any]]],
        complete: bool,
        add_conflict: AddConflict,
        load_rows: LoadRows,
    ) -> None:
        self.conn = conn
        self.load_rows = load_rows
        self.snapshot_tables = snapshot_tables
        self.inserts = inserts
        self.updates = updates
        self.complete = complete  # the snapshot holds every record its sender had
        self.add_conflict = add_conflict
        self._theirs: dict[str, dict[str, list[Any]]] = {}
        self._local: dict[str, dict[str, list[Any] | None]] = {}
        self._planned: dict[str, dict[str, list[Any]]] = {}
        self.reparented = 0

    # -- rows: theirs, local (before the merge), merged --------------------------------------

    def theirs(self, name: str) -> dict[str, list[Any]]:
        if name not in self._theirs:
            self._theirs[name] = {r[0]: r for r in self.snapshot_tables.get(name) or []}
        return self._theirs[name]

    def local(self, name: str, ids: Iterable[str]) -> dict[str, list[Any]]:
        cache = self._local.setdefault(name, {})
        missing = sorted({i for i in ids if i not in cache})
        if missing:
            found = self.load_rows(self.conn, columns.BY_NAME[name], missing)
            cache.update({i: found.get(i) for i in missing})
        return {i: row for i in ids if (row := cache.get(i)) is not None}

    def planned(self, name: str) -> dict[str, list[Any]]:
        """The rows this merge writes (new or changed), merged form, by id."""
        if name not in self._planned:
            rows = {r[0]: r for r in self.inserts.get(name) or []}
            rows.update({r[0]: r for r in self.updates.get(name) or []})
            self._planned[name] = rows
        return self._planned[name]

    def merged(self, name: str, ids: Iterable[str]) -> dict[str, list[Any]]:
        wanted = set(ids)
        planned = self.planned(name)
        out = {i: planned[i] for i in wanted if i in planned}
        out.update(self.local(name, wanted - set(out)))
        return out

    def local_ids(self, name: str, where: str, values: Iterable[Any] | None = None) -> list[str]:
        """Ids of local rows with ``where`` true (a boolean column) or in ``values``."""
        t = table(name, column("id"), column(where))
        if values is None:
            return list(self.conn.execute(select(t.c.id).where(t.c[where].is_(True))).scalars())
        wanted = sorted(set(values))
        found: list[str] = []
        for i in range(0, len(wanted), CHUNK):
            found += self.conn.execute(select(t.c.id).where(t.c[where].in_(wanted[i : i + CHUNK]))).scalars()
        return found

    def put(self, name: str, row: list[Any]) -> None:
        """Replace a planned row, or plan a local row's update."""
        planned = self.planned(name)
        if row[0] in planned:
            for rows in (self.inserts.get(name) or [], self.updates.get(name) or []):
                at = next((i for i, r in enumerate(rows) if r is planned[row[0]]), None)
                if at is not None:
                    rows[at] = row
        else:
            self.updates.setdefault(name, []).append(row)
        planned[row[0]] = row

    # -- customers merged into another ---------------------------------------------------------

    def follow_customer_merges(self) -> None:
        spec = columns.BY_NAME["customers"]
        d_at, m_at, st_at = spec.index("deleted"), spec.index("merged_into"), spec.index("stamps")
        t = table("customers", column("id"), column("merged_into"))
        known = self.conn.execute(select(t.c.id).where(t.c.merged_into.is_not(None))).scalars()
        merged = self.merged("customers", [*known, *self.planned("customers")])
        # A merge stays followed even if the customer comes back later (an edit stamped after its
        # tombstone): then every device ends its children at the same place, whatever it saw first.
        edges = {
            cid: (row[m_at], _stamp(spec, row[st_at], "merged_into"))
            for cid, row in merged.items()
            if row[m_at]
        }
        if not edges:
            return
        targets = {to for to, _ in edges.values()} - set(merged)
        existing = set(merged) | set(self.merged("customers", targets))
        survivors: dict[str, str | None] = {cid: _survivor(edges, cid) for cid in edges}
        for cid, keep in survivors.items():
            if keep not in existing:
                survivors[cid] = None  # the merge names a customer this database has never had
            elif keep is not None and keep in edges and merged[keep][d_at]:
                # Two colleagues merged the customers into each other: the one whose own merge is
                # the older stays (a later merge overrode it), derived like a re-parented child.
                revived = list(merged[keep])
                revived[d_at] = False
                merged[keep] = revived
                self.put("customers", revived)
        for name in ("contacts", "opportunities"):
            child = columns.BY_NAME[name]
            c_at = child.index("customer_id")
            rows = dict(self.planned(name))
            local = self.local_ids(name, "customer_id", edges)
            rows.update({i: r for i, r in self.local(name, local).items() if i not in rows})
            for row in rows.values():
                keep = survivors.get(row[c_at])
                if keep and keep != row[c_at]:
                    moved = list(row)
                    moved[c_at] = keep
                    self.put(name, moved)
                    self.reparented += 1

    # -- records hidden by a parent's tombstone ------------------------------------------------

    def list_hidden_children(self) -> None:
        tombs: dict[str, dict[str, Tomb]] = {}  # parent table -> id -> tombstone
        hidden: dict[str, dict[str, tuple[str, str]]] = {}  # table -> id -> the tombstone hiding it
        flagged: set[str] = set()
        for spec in columns.SYNCED_TABLES:
            if spec.name in PARENTS:
                tombs[spec.name] = self.tombs(spec)
                hidden[spec.name] = {i: (spec.name, i) for i in tombs[spec.name]}
            if not spec.refs:
                continue
            (ref, parent), *_ = spec.refs.items()
            above = hidden.get(parent) or {}
            if not above:
                continue
            at, d_at = spec.index(ref), spec.index("deleted")
            theirs_held = [p for p, (t, i) in above.items() if tombs[t][i].theirs and not tombs[t][i].local]
            rows = {r[0]: r for r in self.planned(spec.name).values() if r[at] in above}
            local = self.local_ids(spec.name, ref, theirs_held) if theirs_held else []
            rows.update(self.merged(spec.name, [i for i in local if i not in rows]))
            mine = self.local(spec.name, rows)
            for cid, row in rows.items():
                if row[d_at] or row[at] not in above:
                    continue  # deleted itself, or moved (e.g. to a merged customer's survivor)
                key = above[row[at]]
                if spec.name in PARENTS:
                    hidden[spec.name].setdefault(cid, key)
                if row[at] in flagged:
                    continue  # its parent is listed already: restoring that brings this back too
                tomb = tombs[key[0]][key[1]]
                lost = self.unseen(spec, tomb, mine.get(cid), self.theirs(spec.name).get(cid))
                if lost:
                    flagged.add(cid)
                    self.add_conflict(spec, row, PARENT_DELETED, True, tomb.stamp, False, lost)

    def tombs(self, spec: columns.TableSpec) -> dict[str, Tomb]:
        d_at, st_at = spec.index("deleted"), spec.index("stamps")
        merged = self.merged(spec.name, [*self.local_ids(spec.name, "deleted"), *self.planned(spec.name)])
        dead = {pid: row for pid, row in merged.items() if row[d_at]}
        out: dict[str, Tomb] = {}
        local = self.local(spec.name, dead)
        theirs = self.theirs(spec.name)
        for pid, row in dead.items():
            stamp = _stamp(spec, row[st_at], "deleted")
            out[pid] = Tomb(stamp, _holds(local.get(pid), spec, stamp), _holds(theirs.get(pid), spec, stamp))
        return out

    def unseen(
        self, spec: columns.TableSpec, tomb: Tomb, mine: list[Any] | None, theirs: list[Any] | None
    ) -> str:
        """The newest write of this record that a holder of the tombstone lacked ("" if none).

        Snapshots carry everything their sender had, so a side holding the tombstone without a
        write proves the deleter had not seen it either.
        """
        st_at = spec.index("stamps")
        mine_st = columns.parse_stamps(spec, mine[st_at]) if mine else {}
        their_st = columns.parse_stamps(spec, theirs[st_at]) if theirs else {}
        lost = []
        if tomb.local:
            lost.append(_newer(their_st, mine_st))
        if tomb.theirs and (theirs or self.complete or _newer(mine_st, {}) > tomb.stamp):
            lost.append(_newer(mine_st, their_st))  # a partial snapshot leaves records out
        return max(lost, default="")


def _newer(stamps: dict[str, list[str]], than: dict[str, list[str]]) -> str:
    return max((p[0] for k, p in stamps.items() if p[0] > (than.get(k) or NO_STAMP)[0]), default="")


PARENTS = frozenset(parent for spec in columns.SYNCED_TABLES for parent in spec.refs.values())


def _stamp(spec: columns.TableSpec, stamps_text: str, name: str) -> str:
    return str((columns.parse_stamps(spec, stamps_text).get(name) or NO_STAMP)[0])


def _holds(row: list[Any] | None, spec: columns.TableSpec, stamp: str) -> bool:
    return bool(
        row and row[spec.index("deleted")] and _stamp(spec, row[spec.index("stamps")], "deleted") == stamp
    )


def _survivor(edges: dict[str, tuple[str, str]], start: str) -> str:
    """Where a chain of merges ends; in a cycle, the member whose own merge is the oldest."""
    path: list[str] = []
    at = start
    while at in edges and at not in path:
        path.append(at)
        at = edges[at][0]
    if at not in path:
        return at
    cycle = path[path.index(at) :]
    return min(cycle, key=lambda c: (edges[c][1], c))
