"""The clock-skew rule of an import (docs/snapshot-format.md, 时钟偏差 / clock skew).

A write stamped more than MAX_SKEW_MS ahead of the importing device's clock keeps its value but
not its stamp: it is restamped with a fresh stamp of the importer's clock (its base kept), so it
cannot win against everything for years and the importer's clock never leaves the present. Each
foreign stamp's restamp is remembered on this device, so the same write arriving again (in the
next snapshot of the sender, or the same file twice) maps to the same stamp and a local edit made
after the first import keeps winning.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from projdesk.domain.clock import MAX_SKEW_MS, STAMP_PATTERN, HybridClock
from projdesk.storage.models import Setting
from projdesk.sync import columns

RESTAMPED_KEY = "clock.restamped"  # {foreign stamp: the local stamp that replaced it}
NOTICE_MS = 5 * 60 * 1000  # a sender's clock this much ahead is worth telling
ANY_STAMP = re.compile(STAMP_PATTERN)


class Restamper:
    """Rewrites the stamps of incoming rows by the skew rule; reads and writes nothing itself."""

    def __init__(self, clock: HybridClock, known: dict[str, str]) -> None:
        self.clock = clock
        self.known = dict(known)
        self.fresh: dict[str, str] = {}  # made by this import: saved with it
        self.used: set[str] = set()  # local stamps this import put in place of foreign ones
        self.fields = 0  # field stamps rewritten
        self._limit = f"{clock.horizon():013d}"  # wall parts compare as text: fixed width

    def beyond(self, stamp: str) -> bool:
        return stamp[:13] > self._limit

    def affected(self, stamp: str) -> bool:
        return stamp in self.known or self.beyond(stamp)

    def rows(self, rows: list[list[Any]], at: int) -> list[list[Any]]:
        """The rows with the rule applied to their stamps text (column ``at``); copies, because
        a preview and the import may plan the same snapshot."""
        if not any(map(self.affected, set(ANY_STAMP.findall("\x00".join(r[at] for r in rows))))):
            return rows  # the usual case: one scan, nothing to do
        out = []
        for row in rows:
            affected = any(map(self.affected, ANY_STAMP.findall(row[at])))
            text = self.stamps_text(row[at]) if affected else row[at]
            out.append(row if text is row[at] else [*row[:at], text, *row[at + 1 :]])
        return out

    def stamps_text(self, text: str) -> str:
        """The row's stamps text with the skew rule applied (the same text when nothing moves)."""
        stamps = columns.parse_stamps(text)
        changed = False
        for pair in stamps.values():
            if self.affected(pair[0]):
                pair[0] = self._local(pair[0])
                self.used.add(pair[0])
                self.fields += 1
                changed = True
        for pair in stamps.values():  # after the stamps: a base may name one of them
            if pair[1] and self.affected(pair[1]):
                # A base from the future would claim its writer had seen everything.
                pair[1] = self.known.get(pair[1], "")
                changed = True
        return json.dumps(stamps) if changed else text

    def _local(self, stamp: str) -> str:
        local = self.known.get(stamp)
        if local is None:
            local = self.known[stamp] = self.fresh[stamp] = self.clock.now()
        return local


def load(conn: Connection, clock: HybridClock) -> Restamper:
    known = conn.execute(select(Setting.value).where(Setting.key == RESTAMPED_KEY)).scalar()
    return Restamper(clock, known if isinstance(known, dict) else {})


def save(conn: Connection, restamper: Restamper) -> None:
    if not restamper.fresh:
        return
    conn.execute(delete(Setting).where(Setting.key == RESTAMPED_KEY))
    conn.execute(insert(Setting).values(key=RESTAMPED_KEY, value=restamper.known))


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


def describe_skew(seconds: int) -> str:
    """One Chinese line about the sender's clock, or "" when it is fine."""
    if seconds <= 0:
        return ""
    text = f"发送方的时钟比本机快 {_duration(seconds)}"
    if seconds * 1000 > MAX_SKEW_MS:
        return text + "：超过一天的修改会按本机时间重新记时，并列入冲突供核对"
    return text


def _duration(seconds: int) -> str:
    # To the nearest minute: created_at carries whole seconds, so the measure is a second short.
    days, rest = divmod(round(seconds / 60), 1_440)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} 天 {hours} 小时" if hours else f"{days} 天"
    if hours:
        return f"{hours} 小时 {minutes} 分钟" if minutes else f"{hours} 小时"
    return f"{minutes} 分钟"
