"""Writing a snapshot of the whole database or of a selection of opportunities.

A selection carries what its opportunities need to stand on their own on the other side: their
customers, those customers' contacts, every child record (steps, activities, quotes and their
lines, reviews, contracts, payments, documents, competitors, risks, change requests, tender
requirements) and their history. Tombstones travel too, so deletes reach the colleague.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, column, select, table

from projdesk import __version__
from projdesk.domain.errors import RuleRefused
from projdesk.sync import columns
from projdesk.sync.attachments import FileLimits, add_files
from projdesk.sync.format import SnapshotWriter
from projdesk.sync.merge import scan
from projdesk.sync.progress import Progress

CHUNK = 500
OPP_CHILDREN = (
    "step_records",
    "activities",
    "competitors",
    "quotes",
    "reviews",
    "contracts",
    "payments",
    "documents",
    "risks",
    "change_requests",
    "closings",
    "tender_requirements",
    "attachments",
)


@dataclass
class Selection:
    """What to export: everything (default), my opportunities, chosen ids, or changes since a day."""

    mine: str | None = None  # the owner name
    ids: list[str] = field(default_factory=list)
    since: dt.date | None = None

    @property
    def everything(self) -> bool:
        return self.mine is None and not self.ids and self.since is None

    def describe(self) -> dict[str, Any]:
        if self.mine is not None:
            return {"kind": "mine", "owner": self.mine}
        if self.ids:
            return {"kind": "ids", "count": len(self.ids)}
        if self.since is not None:
            return {"kind": "since", "since": self.since.isoformat()}
        return {"kind": "all"}


def _chunks(items: list[str], size: int = CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _ids_where(conn: Connection, name: str, col: str, values: Iterable[str]) -> set[str]:
    t = table(name, column("id"), column(col))
    out: set[str] = set()
    for part in _chunks(sorted(set(values))):
        out.update(conn.execute(select(t.c.id).where(t.c[col].in_(part))).scalars())
    return out


def _column_where(conn: Connection, name: str, want: str, col: str, values: Iterable[str]) -> set[str]:
    t = table(name, column(want), column(col))
    out: set[str] = set()
    for part in _chunks(sorted(set(values))):
        out.update(v for v in conn.execute(select(t.c[want]).where(t.c[col].in_(part))).scalars() if v)
    return out


def selected_ids(conn: Connection, sel: Selection) -> dict[str, set[str]] | None:
    """The ids to export per table (None: everything)."""
    if sel.everything:
        return None
    opps: set[str] = set()
    picked: dict[str, set[str]] = {t.name: set() for t in columns.TABLES}
    o = table("opportunities", column("id"), column("owner"), column("updated_at"))
    if sel.mine is not None:
        opps = set(conn.execute(select(o.c.id).where(o.c.owner == sel.mine)).scalars())
    elif sel.ids:
        opps = _ids_where(conn, "opportunities", "id", sel.ids)
    else:
        assert sel.since is not None
        since = sel.since.isoformat()
        for spec in columns.SYNCED_TABLES:
            t = table(spec.name, column("id"), column("updated_at"))
            picked[spec.name] |= set(conn.execute(select(t.c.id).where(t.c.updated_at >= since)).scalars())
        h = table("history", column("id"), column("at"))
        picked["history"] |= set(conn.execute(select(h.c.id).where(h.c.at >= since)).scalars())
        # Changed children bring their parents along (not the parents' other children).
        picked["quotes"] |= _column_where(conn, "quote_lines", "quote_id", "id", picked["quote_lines"])
        opps = set(picked["opportunities"])
        for child in OPP_CHILDREN:
            opps |= _column_where(conn, child, "opportunity_id", "id", picked[child])
        picked["opportunities"] = opps
        picked["customers"] |= _column_where(conn, "opportunities", "customer_id", "id", opps)
        picked["customers"] |= _column_where(conn, "contacts", "customer_id", "id", picked["contacts"])
        return picked
    picked["opportunities"] = opps
    for child in OPP_CHILDREN:
        picked[child] = _ids_where(conn, child, "opportunity_id", opps)
    picked["quote_lines"] = _ids_where(conn, "quote_lines", "quote_id", picked["quotes"])
    customers = _column_where(conn, "opportunities", "customer_id", "id", opps)
    picked["customers"] = customers
    picked["contacts"] = _ids_where(conn, "contacts", "customer_id", customers)
    about = opps | customers | picked["contacts"]
    picked["history"] = _ids_where(conn, "history", "opportunity_id", opps) | _ids_where(
        conn, "history", "entity_id", about
    )
    return picked


def _export_order(spec: columns.TableSpec) -> list[str]:
    """Column order in the file: JSON objects last, so their stored text can be copied in as is."""
    plain = [c.name for c in spec.columns if c.kind != "json"]
    return plain + [c.name for c in spec.columns if c.kind == "json"]


def table_lines(conn: Connection, spec: columns.TableSpec, ids: set[str] | None) -> tuple[int, bytes]:
    """One table as JSON lines: a header, then one array per record."""
    names = _export_order(spec)
    kinds = {c.name: c.kind for c in spec.columns}
    t = table(spec.name, *[column(n) for n in names])
    n_plain = sum(1 for n in names if kinds[n] != "json")
    convert = []
    for i, n in enumerate(names[:n_plain]):
        conv = columns.from_db(kinds[n])
        if conv is not None:
            convert.append((i, conv))
    header = json.dumps({"table": spec.name, "columns": names}, ensure_ascii=False)
    parts = [header]
    dumps = json.dumps
    encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every row
    results: Iterable[Any] = (
        scan(conn, select(t).order_by(t.c.id))
        if ids is None
        else (r for part in _chunks(sorted(ids)) for r in conn.execute(select(t).where(t.c.id.in_(part))))
    )
    limits = columns.money_limits(spec, names)
    count = 0
    for raw in results:
        row = list(raw)
        for i, most in limits:
            if row[i] is not None and row[i] > most:
                raise columns.over_bound(spec, row[0], names[i])
        for i, conv in convert:
            row[i] = conv(row[i])
        plain = row[:n_plain]
        tail = [v if isinstance(v, str) else dumps(v) for v in row[n_plain:]]
        if tail:
            parts.append(encode(plain)[:-1] + "," + ",".join(tail) + "]")
        else:
            parts.append(encode(plain))
        count += 1
    parts.append("")
    return count, "\n".join(parts).encode("utf-8")


def write_snapshot(
    conn: Connection,
    target: Path,
    meta: dict[str, Any],
    selection: Selection | None = None,
    passphrase: str | None = None,
    progress: Progress | None = None,
    files: tuple[Path, FileLimits] | None = None,
) -> dict[str, Any]:
    """Write the snapshot file atomically; returns its manifest. ``files``: the folder of the
    attachments' bytes and the limits within which they travel (None: descriptions only)."""
    selection = selection or Selection()
    ids = selected_ids(conn, selection)
    total = len(columns.TABLES) + 1
    with SnapshotWriter(target, passphrase) as writer:
        for done, spec in enumerate(columns.TABLES):
            if progress:
                progress(done, total, "export", spec.name)
            rows, payload = table_lines(conn, spec, None if ids is None else ids[spec.name])
            if len(payload) > columns.max_payload(spec, rows):
                # A reader would refuse this member: write no file rather than one nobody can import.
                raise RuleRefused.coded("export_table_over_limit", table_name=spec.name)
            writer.add_table(spec.name, rows, payload)
        if progress:
            progress(total - 1, total, "write_file", "")
        if files is not None:
            folder, limits = files
            sent = add_files(conn, writer, folder, limits, None if ids is None else ids["attachments"])
            meta = {**meta, "files_left_out": sent.left_out}
        manifest = writer.finish({"app_version": __version__, **meta, "selection": selection.describe()})
    return manifest
