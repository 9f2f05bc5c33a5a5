"""Hybrid logical clock stamps for field-level merge (DESIGN.md, Snapshots and merge).

A stamp is a string ``"<wall ms:13>.<counter:05>.<device>"``; fixed widths make plain string
comparison equal to comparing (wall ms, counter, device) in that order.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

ZERO_STAMP = ""  # the base of a value nobody had written before


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}.{self.counter:05d}.{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        wall, counter, device = text.split(".", 2)
        if len(wall) != 13 or len(counter) != 5 or not device:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(wall), int(counter), device)


class HybridClock:
    """Issues strictly increasing stamps for one device and observes foreign ones.

    ``observe`` guarantees that an edit made after importing a stamp is newer than it,
    however wrong the local wall clock is.
    """

    def __init__(self, device: str, last: str = ZERO_STAMP, wall: Callable[[], int] | None = None) -> None:
        if "." in device or not device:
            raise ValueError("device id must be non-empty and contain no '.'")
        self.device = device
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._lock = threading.Lock()
        parsed = Stamp.parse(last) if last else None
        self._wall_ms = parsed.wall_ms if parsed else 0
        self._counter = parsed.counter if parsed else 0

    def now(self) -> str:
        with self._lock:
            wall = self._wall()
            if wall > self._wall_ms:
                self._wall_ms, self._counter = wall, 0
            else:
                self._counter += 1
            return str(Stamp(self._wall_ms, self._counter, self.device))

    def observe(self, stamp: str) -> None:
        if not stamp:
            return
        seen = Stamp.parse(stamp)
        with self._lock:
            if (seen.wall_ms, seen.counter) > (self._wall_ms, self._counter):
                self._wall_ms, self._counter = seen.wall_ms, seen.counter

    @property
    def last(self) -> str:
        with self._lock:
            return str(Stamp(self._wall_ms, self._counter, self.device)) if self._wall_ms else ZERO_STAMP
