"""How each exported column is written in a snapshot, read back, checked and stored.

Snapshot values are plain JSON: text, integers, booleans, money as decimal text ("1234.50"),
dates as "YYYY-MM-DD", times as "YYYY-MM-DD HH:MM:SS.ffffff", JSON columns as objects.
Rows are read and written as raw column values (no ORM objects): the merge touches hundreds
of thousands of rows and per-row type processing would dominate its time.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import json
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Numeric, String, Text
from sqlalchemy.schema import Table

from projdesk.storage.models import SYNCED_MODELS, HistoryEntry, Synced

STAMP_RE = re.compile(r"^\d{13}\.\d{5}\.[^.\s]{1,40}$")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MONEY_RE = re.compile(r"^-?\d{1,16}(\.\d{1,6})?$")
CENT = Decimal("0.01")
TEXT_LIMIT = 1_000_000  # characters in one text value: far above any real note

# Nullable columns added after the first schema revision, by table: older snapshots lack them.
ADDED_LATER: dict[str, tuple[str, ...]] = {"customers": ("merged_into",)}

Check = Callable[[Any], bool]
META_FIELDS = Synced.META_FIELDS


class BadValue(ValueError):
    """A value that does not fit its column."""


def _is_text(v: Any) -> bool:
    return type(v) is str and len(v) <= TEXT_LIMIT


def _is_int(v: Any) -> bool:
    return type(v) is int and -(2**63) <= v < 2**63


def _is_bool(v: Any) -> bool:
    return type(v) is bool


def _is_money(v: Any) -> bool:
    return type(v) is str and MONEY_RE.match(v) is not None


def _is_date(v: Any) -> bool:
    if type(v) is not str or len(v) != 10:
        return False
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _is_datetime(v: Any) -> bool:
    if type(v) is not str or len(v) != 26 or v[10] != " ":
        return False
    try:
        dt.datetime.fromisoformat(v)
    except ValueError:
        return False
    return True


DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{6}")
_NOT_NONE = functools.partial(operator.is_not, None)


def _all_parse(parse: Callable[[str], Any], values: list[Any]) -> bool:
    try:
        collections.deque(map(parse, values), maxlen=0)
    except ValueError:
        return False
    return True


def column_ok(col: ColumnSpec, values: list[Any]) -> bool:
    """A whole column at once, with C-level loops (map, set, regex): the per-value checks cost 10×."""
    # Without None allowed, a None shows up as NoneType among the types: no filtering pass.
    present = list(filter(_NOT_NONE, values)) if col.nullable else values
    if not present:
        return True
    types = set(map(type, present))
    kind = col.kind
    if kind in ("text", "stamps"):
        return types == {str} and max(map(len, present)) <= TEXT_LIMIT
    if kind == "int":
        return types == {int} and min(present) >= -(2**63) and max(present) < 2**63
    if kind == "bool":
        return types == {bool}
    if kind == "json":
        return types == {dict}
    if types != {str}:
        return False
    if kind == "money":
        return all(map(MONEY_RE.fullmatch, present))
    if kind in ("id", "ref"):
        return all(map(UUID_RE.fullmatch, present))
    if kind == "date":
        return all(map(DATE_RE.fullmatch, present)) and _all_parse(dt.date.fromisoformat, present)
    if kind == "datetime":
        return all(map(DATETIME_RE.fullmatch, present)) and _all_parse(dt.datetime.fromisoformat, present)
    return False


def _is_object(v: Any) -> bool:
    return type(v) is dict


def _is_uuid(v: Any) -> bool:
    return type(v) is str and UUID_RE.match(v) is not None


@dataclass(frozen=True)
class ColumnSpec:
    name: str
    kind: str  # text, int, bool, money, date, datetime, json, id, ref
    nullable: bool
    check: Check

    def valid(self, value: Any) -> bool:
        if value is None:
            return self.nullable
        return self.check(value)


_CHECKS: dict[str, Check] = {
    "text": _is_text,
    "int": _is_int,
    "bool": _is_bool,
    "money": _is_money,
    "date": _is_date,
    "datetime": _is_datetime,
    "json": _is_object,
    "stamps": _is_text,
    "id": _is_uuid,
    "ref": _is_uuid,
}


def _kind(column: Any) -> str:
    t = column.type
    if column.primary_key:
        return "id"
    if column.foreign_keys:
        return "ref"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Numeric):
        return "money"
    if isinstance(t, Integer):
        return "int"
    if isinstance(t, DateTime):
        return "datetime"
    if isinstance(t, Date):
        return "date"
    if isinstance(t, JSON):
        return "json"
    if isinstance(t, String | Text):
        return "text"
    raise TypeError(f"no snapshot form for {column.name}: {t!r}")


@dataclass(frozen=True)
class TableSpec:
    name: str
    table: Table
    columns: tuple[ColumnSpec, ...]
    synced: bool
    refs: dict[str, str]  # column -> referenced table
    names: tuple[str, ...]
    positions: dict[str, int]
    stamps_re: re.Pattern[str] | None
    json_positions: tuple[int, ...]

    def index(self, name: str) -> int:
        return self.positions[name]


def _stamps_pattern(fields: list[str]) -> re.Pattern[str]:
    """The stamps JSON text exactly as ``json.dumps`` writes it, keys limited to the table's fields.

    Checking the text with one regular expression is several times faster than parsing it,
    and lets unchanged rows be compared (and new rows stored) as text.
    """
    st = r"\d{13}\.\d{5}\.[0-9A-Za-z_-]{1,40}"
    key = "(?:" + "|".join(re.escape(f) for f in fields) + r"|values\.[A-Za-z0-9_]{1,60})"
    pair = f'"{key}": \\["{st}", "(?:{st})?"\\]'
    return re.compile(f"\\{{(?:{pair}(?:, {pair})*)?\\}}")


def _spec(table: Table, synced: bool) -> TableSpec:
    columns = []
    refs = {}
    # The id first (row[0] is the id) and JSON objects last (the export copies their text).
    for col in sorted(table.columns, key=lambda c: (c.name != "id", _kind(c) == "json")):
        kind = _kind(col)
        # History points at records of any table by plain id columns: check them as ids.
        if table.name == "history" and col.name in ("entity_id", "opportunity_id"):
            kind = "id"
        if synced and col.name == "stamps":
            kind = "stamps"
        columns.append(ColumnSpec(col.name, kind, bool(col.nullable), _CHECKS[kind]))
        for fk in col.foreign_keys:
            refs[col.name] = fk.column.table.name
    names = tuple(c.name for c in columns)
    fields = [n for n in names if n not in META_FIELDS]
    return TableSpec(
        table.name,
        table,
        tuple(columns),
        synced,
        refs,
        names,
        {n: i for i, n in enumerate(names)},
        _stamps_pattern(fields) if synced else None,
        tuple(i for i, c in enumerate(columns) if c.kind in ("json", "stamps")),
    )


SYNCED_TABLES: tuple[TableSpec, ...] = tuple(
    _spec(m.__table__, True)  # type: ignore[attr-defined]
    for m in SYNCED_MODELS
)
HISTORY = _spec(HistoryEntry.__table__, False)  # type: ignore[arg-type]
TABLES: tuple[TableSpec, ...] = (*SYNCED_TABLES, HISTORY)  # foreign-key order
BY_NAME: dict[str, TableSpec] = {t.name: t for t in TABLES}
MODELS: dict[str, type[Synced]] = {m.__tablename__: m for m in SYNCED_MODELS}  # type: ignore[attr-defined]


# -- database value <-> snapshot value ---------------------------------------------------


def money_text(value: Any) -> str | None:
    if value is None:
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        raise BadValue(f"not an amount: {value!r}") from None
    return str(number.quantize(CENT))


def from_db(kind: str) -> Callable[[Any], Any] | None:
    """Converter from what the driver returns to the snapshot form (None: as it is)."""
    if kind == "bool":
        return lambda v: None if v is None else bool(v)
    if kind == "money":
        return money_text
    if kind == "date":
        return lambda v: v.isoformat() if isinstance(v, dt.date) else v
    if kind == "datetime":
        return lambda v: v.isoformat(sep=" ", timespec="microseconds") if isinstance(v, dt.datetime) else v
    if kind == "json":
        return lambda v: json.loads(v) if isinstance(v, str | bytes) else v
    if kind == "stamps":  # kept as its JSON text: compared and stored as text
        return lambda v: v if isinstance(v, str) else json.dumps(v)
    return None


def db_converters(spec: TableSpec) -> list[tuple[int, Callable[[Any], Any]]]:
    out = []
    for i, col in enumerate(spec.columns):
        conv = from_db(col.kind)
        if conv is not None:
            out.append((i, conv))
    return out


def to_db(spec: TableSpec, row: list[Any]) -> list[Any]:
    """A snapshot row (validated) as values to bind: JSON columns as text."""
    out = list(row)
    for i in spec.json_positions:
        if out[i] is not None and not isinstance(out[i], str):
            out[i] = json.dumps(out[i])
    return out


def parse_stamps(value: str | dict[str, list[str]]) -> dict[str, list[str]]:
    return json.loads(value) if isinstance(value, str) else value


def canonical_stamps(spec: TableSpec, text: str) -> str | None:
    """The stamps text if well formed (re-written as ``json.dumps`` would), else None."""
    assert spec.stamps_re is not None
    if spec.stamps_re.fullmatch(text):
        return text
    try:
        value = json.loads(text)
    except ValueError:
        return None
    fields = frozenset(n for n in spec.names if n not in META_FIELDS)
    if type(value) is not dict or not valid_stamps(value, fields):
        return None
    return json.dumps(value)


PRIMARY_STAMP = re.compile(r'\["(\d{13}\.\d{5}\.[0-9A-Za-z_-]{1,40})"')


def max_stamp(texts: list[str]) -> str:
    """The newest write stamp in these stamps texts (one scan, no parsing)."""
    found = PRIMARY_STAMP.findall("\x00".join(texts))
    return max(found) if found else ""


def to_python(kind: str, value: Any) -> Any:
    """A snapshot value as the typed value the services use (conflict resolution)."""
    if value is None:
        return None
    if kind == "money":
        return Decimal(value)
    if kind == "date":
        return dt.date.fromisoformat(value)
    if kind == "datetime":
        return dt.datetime.fromisoformat(value)
    return value


def valid_stamps(stamps: dict[str, Any], fields: frozenset[str]) -> bool:
    for key, pair in stamps.items():
        if type(key) is not str or type(pair) is not list or len(pair) != 2:
            return False
        if key not in fields and not key.startswith("values."):
            return False
        stamp, base = pair
        if type(stamp) is not str or STAMP_RE.match(stamp) is None:
            return False
        if type(base) is not str or (base and STAMP_RE.match(base) is None):
            return False
    return True
