"""The clock-skew rule of an import (docs/snapshot-format.md, 时钟偏差 / clock skew).

A write stamped more than MAX_SKEW_MS ahead of the importing device's clock keeps its value but
not its stamp: it is restamped with a fresh stamp of the importer's clock (its base kept), so it
cannot win against everything for years and the importer's clock never leaves the present.

Each restamp is a history row (kind ``restamp``: ``old`` the foreign stamp, ``stamp`` the new
one), so it travels with snapshots like any history. Every device maps a foreign stamp, and any
other restamp of it, to the lowest restamp it knows of, on both sides of every comparison: the
same write arriving again keeps the same stamp (a local edit made after the first import keeps
winning), and devices that restamped it separately, the sender included, end with one stamp.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, column, select, table

from projdesk import labels
from projdesk.domain.clock import MAX_SKEW_MS, HybridClock
from projdesk.storage.models import new_id, utcnow
from projdesk.sync import columns

RESTAMP_KIND = "restamp"
RESTAMP_REASON = "发送方时钟超前，按本机时间重新记时"
NOTICE_MS = 5 * 60 * 1000  # a sender's clock this much ahead is worth telling
_KIND, _OLD, _STAMP = (columns.HISTORY.index(n) for n in ("kind", "old", "stamp"))

Stamps = dict[str, list[str]]


def canonical(restamps: Iterable[tuple[str, str]]) -> dict[str, str]:
    """{foreign stamp or a higher restamp of it: the lowest restamp of that foreign stamp}."""
    lowest: dict[str, str] = {}
    alias: dict[str, set[str]] = {}
    for foreign, local in restamps:
        lowest[foreign] = min(local, lowest.get(foreign, local))
        alias.setdefault(foreign, set()).add(local)
    out = {foreign: low for foreign, low in lowest.items()}
    for foreign, locals_ in alias.items():
        out.update({local: lowest[foreign] for local in locals_ if local != lowest[foreign]})
    return out


class Restamper:
    """Rewrites stamps by the skew rule; the restamps it makes are history rows for the plan."""

    def __init__(self, clock: HybridClock, restamps: Iterable[tuple[str, str]], actor: str) -> None:
        self.clock = clock
        self.actor = actor
        self.known = canonical(restamps)
        self.history: list[list[Any]] = []  # rows recording the restamps made by this import
        self.used: set[str] = set()  # local stamps this import put in place of foreign ones
        self.fields = 0  # field stamps moved by the rule
        self._limit = f"{clock.horizon():013d}"  # wall parts compare as text: fixed width

    def beyond(self, stamp: str) -> bool:
        return stamp[:13] > self._limit

    def affected(self, stamp: str) -> bool:
        return stamp in self.known or self.beyond(stamp)

    def rows(self, spec: columns.TableSpec, rows: list[list[Any]]) -> tuple[list[list[Any]], str]:
        """Incoming rows with the rule applied, and the newest write stamp they then carry (for
        the clock). Copies, because a preview and the import may plan the same snapshot."""
        at = spec.index("stamps")
        texts = [r[at] for r in rows]
        newest = columns.max_stamp(texts)
        if not self.beyond(newest) and not self.known:
            return rows, newest  # the usual case: no stamp to rewrite, none read in full
        found = columns.write_stamps(texts)
        if not self.beyond(newest) and self.known.keys().isdisjoint(found):
            return rows, newest
        out = []
        for row in rows:
            if not any(map(self.affected, columns.write_stamps([row[at]]))):
                out.append(row)
                continue
            stamps = self.incoming(columns.parse_stamps(spec, row[at]), spec.name, row[0])
            out.append([*row[:at], columns.stamps_text(spec, stamps), *row[at + 1 :]])
        kept = (s for s in found if not self.affected(s))
        return out, max(max(kept, default=""), max(self.used, default=""))

    def incoming(self, stamps: Stamps, entity: str, entity_id: str) -> Stamps:
        out = {k: list(pair) for k, pair in stamps.items()}
        for pair in out.values():
            if self.affected(pair[0]):
                pair[0] = self._local(pair[0], entity, entity_id)
                self.used.add(pair[0])
                self.fields += 1
        return self._bases(out)

    def ours(self, stamps: Stamps) -> Stamps:
        """A local row's stamps seen through the known restamps (no new restamp is made)."""
        if not any(p[0] in self.known or p[1] in self.known for p in stamps.values()):
            return stamps
        out = {k: [self.known.get(p[0], p[0]), p[1]] for k, p in stamps.items()}
        return self._bases(out)

    def _bases(self, stamps: Stamps) -> Stamps:
        for pair in stamps.values():
            if pair[1] and self.affected(pair[1]):
                # A base from the future would claim its writer had seen everything.
                pair[1] = self.known.get(pair[1], "")
        return stamps

    def _local(self, stamp: str, entity: str, entity_id: str) -> str:
        local = self.known.get(stamp)
        if local is None:
            local = self.known[stamp] = self.clock.now()
            self.history.append(self._history_row(stamp, local, entity, entity_id))
        return local

    def _history_row(self, foreign: str, local: str, entity: str, entity_id: str) -> list[Any]:
        values = {
            "id": new_id(),
            "opportunity_id": None,  # not a user's change: no opportunity's history shows it
            "entity": entity,
            "entity_id": entity_id,
            "field": "*",
            "old": foreign,
            "new": "",
            "kind": RESTAMP_KIND,
            "reason": RESTAMP_REASON,
            "actor": self.actor,
            "device": self.clock.device,
            "stamp": local,
            "at": utcnow().isoformat(sep=" ", timespec="microseconds"),
            "undoes": "",
        }
        return [values[n] for n in columns.HISTORY.names]


def load(conn: Connection, clock: HybridClock, actor: str, incoming_history: list[list[Any]]) -> Restamper:
    """The restamps known here and in the snapshot's history, for one import."""
    h = table("history", column("old"), column("stamp"), column("kind"))
    local = conn.execute(select(h.c.old, h.c.stamp).where(h.c.kind == RESTAMP_KIND)).all()
    carried = [(r[_OLD], r[_STAMP]) for r in incoming_history if r[_KIND] == RESTAMP_KIND]
    pairs = [(str(a), str(b)) for a, b in local] + carried
    return Restamper(clock, filter(plausible, pairs), actor)


def plausible(pair: tuple[str, str]) -> bool:
    """A restamp replaces a stamp far ahead of the restamp's own time, or it is not honoured:
    a crafted history row cannot demote an ordinary write."""
    foreign, local = pair
    if not (columns.STAMP_RE.match(foreign) and columns.STAMP_RE.match(local)):
        return False
    return int(foreign[:13]) - int(local[:13]) > MAX_SKEW_MS


# -- how far off the sender's clock is -------------------------------------------------------


def utc_text(ms: int) -> str:
    """A manifest's ``created_at``: UTC to the second, ``Z``-suffixed."""
    at = dt.datetime.fromtimestamp(ms / 1000, dt.UTC).replace(tzinfo=None)
    return at.isoformat(timespec="seconds") + "Z"


def sender_ahead_seconds(manifest: dict[str, Any], now_ms: int) -> int:
    """How many seconds the sender's clock ran ahead of ours when it wrote the file (0: not ahead).

    The manifest's ``created_at`` is the sender's wall clock at export: later than our clock
    means theirs is ahead. A clock that is behind cannot be told from an old file.
    """
    try:
        created = dt.datetime.fromisoformat(str(manifest["created_at"]).replace("Z", "+00:00"))
    except (KeyError, ValueError):
        return 0
    if created.tzinfo is None:
        created = created.replace(tzinfo=dt.UTC)
    ahead_ms = int(created.timestamp() * 1000) - now_ms
    return ahead_ms // 1000 if ahead_ms >= NOTICE_MS else 0


def skew_note(seconds: int) -> tuple[str, dict[str, str]] | None:
    """The note about the sender's clock (a code of labels.NOTE_TEXTS and its params), or None
    when it is fine; the front end words it in its language."""
    if seconds <= 0:
        return None
    code = "clock_ahead_restamped" if seconds * 1000 > MAX_SKEW_MS else "clock_ahead"
    return code, _duration(seconds)


def describe_skew(seconds: int) -> str:
    """The note in Chinese (the CLI's line), or "" when the clock is fine."""
    note = skew_note(seconds)
    return labels.note_text(*note) if note is not None else ""


def _duration(seconds: int) -> dict[str, str]:
    # To the nearest minute: created_at carries whole seconds, so the measure is a second short.
    days, rest = divmod(round(seconds / 60), 1_440)
    hours, minutes = divmod(rest, 60)
    if days:
        code = "days_hours" if hours else "days"
    else:
        code = ("hours_minutes" if minutes else "hours") if hours else "minutes"
    return {"duration": code, "days": str(days), "hours": str(hours), "minutes": str(minutes)}
