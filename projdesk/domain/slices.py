"""Whole-column passes a slice at a time, so that they give up the interpreter lock.

A check over a whole snapshot column (a regex, a type set, a join) runs fastest as one C-level
pass (``all(map(pattern.fullmatch, values))``), but one such pass over 100,000 values never
releases the interpreter lock: an import runs on the GUI's write worker, and the GUI thread
could not paint for up to a second. A slice of ``SLICE`` values takes about a millisecond;
between slices, in Python, the lock changes hands. The answers are those of the single pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

SLICE = 4096


def slices(values: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), SLICE):
        yield values[start : start + SLICE]


def all_pass(test: Callable[[T], object], values: Sequence[T]) -> bool:
    """``all(map(test, values))``."""
    return all(all(map(test, part)) for part in slices(values))


def types_of(values: Sequence[object]) -> set[type]:
    """``set(map(type, values))``."""
    found: set[type] = set()
    for part in slices(values):
        found.update(map(type, part))
    return found


def longest(values: Sequence[str]) -> int:
    """``max(map(len, values))`` (0 for none)."""
    return max((max(map(len, part)) for part in slices(values)), default=0)


def search_any(search: Callable[[str], Any], texts: Sequence[str], sep: str) -> bool:
    """Whether ``search`` finds something in the texts joined with ``sep`` (a separator the
    pattern cannot match, so that the slices find what the whole join would)."""
    return any(search(sep.join(part)) for part in slices(texts))


def find_all(findall: Callable[[str], list[str]], texts: Sequence[str], sep: str) -> list[str]:
    """``findall(sep.join(texts))``, for a pattern that never spans ``sep``."""
    found: list[str] = []
    for part in slices(texts):
        found.extend(findall(sep.join(part)))
    return found


def columns_of(rows: Sequence[Sequence[T]], width: int) -> list[list[T]]:
    """The rows' values column by column (rows of ``width`` values): ``zip(*rows)`` a slice at
    a time, a third of the time of picking each column out with ``itemgetter``."""
    out: list[list[T]] = [[] for _ in range(width)]
    for part in slices(rows):
        for column, values in zip(out, zip(*part, strict=True), strict=True):
            column.extend(values)
    return out


def release(*holders: dict[str, list[Any]] | list[Any]) -> None:
    """Empty big lists (or dicts of them) a slice at a time, from the end. Dropping 100,000
    records at once frees them in one C-level cascade that held the interpreter lock for two
    seconds after an import; this way the lock changes hands between slices."""
    for holder in holders:
        lists = list(holder.values()) if isinstance(holder, dict) else [holder]
        for items in lists:
            while items:
                del items[-SLICE:]
