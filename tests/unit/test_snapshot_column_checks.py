"""The whole-column checks of a snapshot's ids, dates and times answer as a check of each value."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from projdesk.sync import columns

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATETIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")

GOOD = {
    "id": "0f8c2a1e-3b4d-4c5e-8f90-a1b2c3d4e5f6",
    "date": "2026-11-30",
    "datetime": "2026-11-30 08:34:00.000000",
}
BAD = {
    "id": [
        "0F8C2A1E-3B4D-4C5E-8F90-A1B2C3D4E5F6",  # upper case
        "0f8c2a1e-3b4d-4c5e-8f90-a1b2c3d4e5f",  # one short
        "0f8c2a1e-3b4d-4c5e-8f90-a1b2c3d4e5f6\n",
        "0f8c2a1e3b4d-4c5e-8f90-a1b2c3d4e5f6-",  # a dash out of place
        "0f8c2a1e-3b4d-4c5e-8f90-a1b2c3d4e5f٦",  # an Arabic-Indic digit
        "0f8c2a1e-3b4d-4c5e",  # half of one: two halves joined would make a good id
        "-8f90-a1b2c3d4e5f6",
    ],
    "date": ["2026-02-30", "2026-13-01", "0000-01-01", "2026-1-01", "２０２６-11-30", "2026-11-3", "0-11-30"],
    "datetime": [
        "2026-11-30 24:00:00.000000",
        "2026-11-30 23:60:00.000000",
        "2026-11-30 23:59:60.000000",
        "2026-02-29 08:00:00.000000",  # not a leap year
        "2026-11-30T08:34:00.000000",
        "2026-11-30 08:34:00.00000",
        "2026-11-30 08:34:00.0000000",
        "2026-11-30 08:34:00+00:00",
    ],
}


def one_by_one(kind: str, values: list[str]) -> bool:
    """The plain check: each value's form, then the calendar's word on it."""
    if kind == "id":
        return all(UUID.fullmatch(v) for v in values)
    form, parse = (DATE, dt.date.fromisoformat) if kind == "date" else (DATETIME, dt.datetime.fromisoformat)
    for v in values:
        try:
            if not form.fullmatch(v):
                return False
            parse(v)
        except ValueError:
            return False
    return True


def column(kind: str) -> columns.ColumnSpec:
    table, name = {
        "id": ("activities", "id"),
        "date": ("activities", "date"),
        "datetime": ("activities", "created_at"),
    }[kind]
    col = columns.BY_NAME[table].columns[columns.BY_NAME[table].index(name)]
    assert col.kind == kind and not col.nullable
    return col


@pytest.mark.parametrize("kind", ["id", "date", "datetime"])
def test_a_column_passes_exactly_when_every_value_does(kind: str) -> None:
    col = column(kind)
    rng = random.Random(3)
    for bad in BAD[kind]:
        for size in (1, 2, 5000, 9000):  # across the slices the check reads at a time
            values = [GOOD[kind]] * size
            values[rng.randrange(size)] = bad
            assert columns.column_ok(col, values) is one_by_one(kind, values) is False, bad
    assert columns.column_ok(col, [GOOD[kind]] * 9000) is one_by_one(kind, [GOOD[kind]] * 9000) is True


def test_halves_of_ids_that_join_into_good_ids_are_refused() -> None:
    whole = GOOD["id"]
    halves = [whole[:18], whole[18:]] * 10
    assert not columns.column_ok(column("id"), halves)


def test_many_distinct_real_dates_and_times_pass() -> None:
    start = dt.datetime(2024, 1, 1)
    times = [start + dt.timedelta(minutes=97 * i, microseconds=i) for i in range(20_000)]
    texts = [t.isoformat(sep=" ", timespec="microseconds") for t in times]
    assert columns.column_ok(column("datetime"), texts)
    assert columns.column_ok(column("date"), [t[:10] for t in texts])
