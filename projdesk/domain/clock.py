"""Hybrid logical clock stamps for field-level merge (DESIGN.md, Snapshots and merge).

A stamp is a string ``"<wall ms:13>.<counter:05>.<device>"``; fixed widths make plain string
comparison equal to comparing (wall ms, counter, device) in that order. Digits are ASCII only:
``\\d`` would take Arabic-Indic or full-width digits, which sort above every real stamp.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

ZERO_STAMP = ""  # the base of a value nobody had written before

# The wall part starts with 0–6: at most 6999999999999 ms (year 2191). The bound leaves the
# clock room to carry a full counter into the wall part without leaving 13 digits.
MAX_WALL_MS = 6_999_999_999_999
MAX_COUNTER = 99_999
MAX_SKEW_MS = 86_400_000  # how far ahead of the wall clock a stamp may be and still count as is
DEVICE_PATTERN = r"[0-9A-Za-z_-]{1,40}"
STAMP_PATTERN = r"[0-6][0-9]{12}\.[0-9]{5}\." + DEVICE_PATTERN
_STAMP = re.compile(r"([0-9]{13})\.([0-9]{5})\.(" + DEVICE_PATTERN + ")")
_DEVICE = re.compile(DEVICE_PATTERN)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:05d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Exactly 13 and 5 ASCII digits and a device id; the wall part within MAX_WALL_MS."""
        stamp = _parse_any_wall(text)
        if stamp.wall_ms > MAX_WALL_MS:
            raise ValueError(f"not a clock stamp: {text!r}")
        return stamp


def _parse_any_wall(text: str) -> Stamp:
    match = _STAMP.fullmatch(text)
    if match is None:
        raise ValueError(f"not a clock stamp: {text!r}")
    wall, counter, device = match.groups()
    return Stamp(int(wall), int(counter), device)


class HybridClock:
    """Issues strictly increasing stamps for one device and observes foreign ones.

    ``observe`` guarantees that an edit made after importing a stamp is newer than it, as long as
    the stamp is at most MAX_SKEW_MS ahead of this device's wall clock. The clock never runs
    further ahead than that (imports restamp such stamps, see ``projdesk.sync.skew``): a stamp
    far in the future would otherwise drag every later stamp with it up to the format's end.
    """

    def __init__(self, device: str, last: str = ZERO_STAMP, wall: Callable[[], int] | None = None) -> None:
        if _DEVICE.fullmatch(device) is None:
            raise ValueError("device id must be 1–40 ASCII letters, digits, '-' or '_'")
        self.device = device
        self._wall = wall or wall_clock_ms
        self._lock = threading.Lock()
        self._wall_ms = 0
        self._counter = 0
        if last:
            # A persisted stamp beyond the bound (written by an older version) still opens.
            persisted = _parse_any_wall(last)
            self._adopt(persisted.wall_ms, persisted.counter)

    def wall(self) -> int:
        """This device's wall clock in ms (the reference for the skew rule)."""
        return self._wall()

    def horizon(self) -> int:
        """The latest wall time a stamp may carry and still be taken as it is."""
        return min(self._wall() + MAX_SKEW_MS, MAX_WALL_MS)

    def now(self) -> str:
        with self._lock:
            wall = self._wall()
            if wall > self._wall_ms:
                self._wall_ms, self._counter = wall, 0
            elif self._counter < MAX_COUNTER:
                self._counter += 1
            else:  # carry: the counter never leaves its five digits
                self._wall_ms, self._counter = self._wall_ms + 1, 0
            return str(Stamp(self._wall_ms, self._counter, self.device))

    def observe(self, stamp: str) -> None:
        if not stamp:
            return
        seen = Stamp.parse(stamp)
        with self._lock:
            self._adopt(seen.wall_ms, seen.counter)

    def _adopt(self, wall_ms: int, counter: int) -> None:
        limit = self.horizon()
        if wall_ms > limit:
            wall_ms, counter = limit, 0
        if (wall_ms, counter) > (self._wall_ms, self._counter):
            self._wall_ms, self._counter = wall_ms, counter

    @property
    def last(self) -> str:
        with self._lock:
            return str(Stamp(self._wall_ms, self._counter, self.device)) if self._wall_ms else ZERO_STAMP
