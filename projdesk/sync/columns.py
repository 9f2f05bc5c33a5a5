"""How each exported column is written in a snapshot, read back, checked and stored.

Snapshot values are plain JSON: text, integers, booleans, money as decimal text ("1234.50",
stored as integer fen: see ``money_text`` and ``money_fen``),
dates as "YYYY-MM-DD", times as "YYYY-MM-DD HH:MM:SS.ffffff", JSON columns as objects, field
stamps as their compact text (``projdesk.domain.stamps``, the same text the database keeps).
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import orjson
from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, Text
from sqlalchemy.schema import Table

from projdesk.domain import limits, slices
from projdesk.domain import stamps as field_stamps
from projdesk.domain.catalog import STEPS
from projdesk.domain.clock import STAMP_PATTERN
from projdesk.domain.errors import Problem, RuleRefused
from projdesk.domain.money import MAX_AMOUNT, amount_text, from_fen, legacy_hundredths
from projdesk.storage.models import SYNCED_MODELS, FieldStamps, HistoryEntry, Hundredths, Synced

# ASCII digits only (see projdesk.domain.clock); \Z, not $, which also matches before a newline.
STAMP_RE = re.compile(STAMP_PATTERN + r"\Z")
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# Money and quantities in a snapshot (format 2): ASCII digits, exactly two places, and no more
# integer digits than MAX_AMOUNT has; the value itself is then checked against the bound.
MONEY_RE = re.compile(f"[0-9]{{1,{len(str(int(MAX_AMOUNT)))}}}\\.[0-9]{{2}}", re.ASCII)
TEXT_LIMIT = limits.LONG_TEXT  # characters in a text without a rule of its own (stamps)

# Nullable columns added after the first schema revision, by table: older snapshots lack them.
ADDED_LATER: dict[str, tuple[str, ...]] = {
    "customers": ("merged_into",),
    "quote_lines": ("lineage",),
    "payments": ("write_off_reason",),
}

Check = Callable[[Any], bool]
# Ids without a foreign key, checked as UUIDs: history points at records of any table, and a
# merged-away customer names the one it went into (see reachable.py), a quote line the line of
# an earlier round it continues.
PLAIN_ID_COLUMNS = frozenset(
    {
        ("history", "entity_id"),
        ("history", "opportunity_id"),
        ("customers", "merged_into"),
        ("quote_lines", "lineage"),
    }
)
META_FIELDS = Synced.META_FIELDS


class BadValue(ValueError):
    """A value that does not fit its column."""


def _is_text(v: Any) -> bool:
    return type(v) is str


def _is_int(v: Any) -> bool:
    return type(v) is int and -(2**63) <= v < 2**63


def _is_bool(v: Any) -> bool:
    return type(v) is bool


def _is_money(v: Any, bound: Decimal = MAX_AMOUNT) -> bool:
    return type(v) is str and MONEY_RE.fullmatch(v) is not None and Decimal(v) <= bound


def is_date(v: Any) -> bool:
    """An ISO date of ASCII digits (``fromisoformat`` alone would take other scripts' digits)."""
    if type(v) is not str or DATE_RE.fullmatch(v) is None:
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


DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATETIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")
_NOT_NONE = functools.partial(operator.is_not, None)


_HEX_AND_DASHES = re.compile("[0-9a-f-]*")
_UUID_DASHES = (8, 13, 18, 23)


def _all_uuids(values: Sequence[str]) -> bool:
    """``all(map(UUID_RE.fullmatch, values))`` in a third of the time: a slice at a time, joined,
    with C-level passes: every value 36 long, its four dashes at their places (read by stepped
    slices) and no dash elsewhere (counted), and one regex of the allowed characters."""
    for part in slices.slices(values):
        n = len(part)
        if set(map(len, part)) != {36}:
            return False
        joined = "".join(part)
        if joined.count("-") != 4 * n or any(joined[p::36] != "-" * n for p in _UUID_DASHES):
            return False
        if _HEX_AND_DASHES.fullmatch(joined) is None:
            return False
    return True


def _all_parse(parse: Callable[[str], Any], values: Sequence[Any]) -> bool:
    try:
        for part in slices.slices(values):
            collections.deque(map(parse, part), maxlen=0)
    except ValueError:
        return False
    return True


def column_ok(col: ColumnSpec, values: list[Any]) -> bool:
    """A whole column at once, with C-level loops (map, set, regex): the per-value checks cost 10×."""
    # Without None allowed, a None shows up as NoneType among the types: no filtering pass.
    present = list(filter(_NOT_NONE, values)) if col.nullable else values
    if not present:
        return True
    types = slices.types_of(present)
    kind = col.kind
    if kind in ("text", "stamps"):
        return types == {str} and _texts_ok(col, present)
    if kind == "int":
        low, high = col.span or (-(2**63), 2**63 - 1)
        return types == {int} and min(present) >= low and max(present) <= high
    if kind == "bool":
        return types == {bool}
    if kind == "json":
        return types == {dict}
    if types != {str}:
        return False
    if kind == "money":
        bound = col.bound if col.bound is not None else MAX_AMOUNT
        return slices.all_pass(MONEY_RE.fullmatch, present) and max(map(Decimal, present)) <= bound
    if kind in ("id", "ref"):
        return _all_uuids(present)
    if kind == "date":
        days = list(set(present))  # a column of dates holds a few hundred distinct days
        return slices.all_pass(DATE_RE.fullmatch, days) and _all_parse(dt.date.fromisoformat, days)
    if kind == "datetime":
        return slices.all_pass(DATETIME_RE.fullmatch, present) and _all_parse(
            dt.datetime.fromisoformat, present
        )
    return False


def _texts_ok(col: ColumnSpec, texts: list[str]) -> bool:
    """The domain's text rule and choices over a whole column: one length pass, one regex search."""
    rule = col.text
    if rule is None:  # a text without a rule of its own (stamps): only its length
        if slices.longest(texts) > TEXT_LIMIT:
            return False
    elif not limits.texts_pass(texts, rule):
        return False
    if col.pattern is not None and not slices.all_pass(col.pattern.fullmatch, texts):
        return False
    return col.choices is None or set(texts) <= col.choices


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
    table: str = ""
    text: limits.TextRule | None = None  # the domain's rule for a text column
    choices: frozenset[str] | None = None
    span: tuple[int, int] | None = None  # an integer column's range
    pattern: re.Pattern[str] | None = None  # a text column's fixed form
    bound: Decimal | None = None  # money and quantities: the largest value the column takes

    def valid(self, value: Any) -> bool:
        return self.problem(value) is None

    def problem(self, value: Any) -> Problem | None:
        """What is wrong with one value, for the error line (``None``: fine)."""
        if value is None:
            return None if self.nullable else Problem("missing")
        if not self.check(value) or (self.kind == "stamps" and len(value) > TEXT_LIMIT):
            return Problem("wrong_type")
        return limits.field_problem(self.table, self.name, value)


_CHECKS: dict[str, Check] = {
    "text": _is_text,
    "int": _is_int,
    "bool": _is_bool,
    "money": _is_money,
    "date": is_date,
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
    if isinstance(t, FieldStamps):
        return "stamps"
    if isinstance(t, Boolean):
        return "bool"
    if isinstance(t, Hundredths):
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
    fields: tuple[str, ...]  # the stamped columns (the row's pair in a stamps text stands for them)
    json_positions: tuple[int, ...]
    max_row_bytes: int  # the longest JSON line a record of this table can be
    money_positions: tuple[int, ...] = ()  # decimal text in the snapshot, integer hundredths stored

    def index(self, name: str) -> int:
        return self.positions[name]


# -- how large a table member can be, from the field limits -------------------------------
# A member's inflated size is capped by what its records could weigh at most: any real data
# fits (a note of LONG_TEXT characters included), while a member claiming more is refused
# before it is inflated, whatever its compression ratio.

MAX_RAW = 2 * 2**30  # one table's JSON lines, whatever the row count claims
HEADER_BYTES = 2**16
CHAR_BYTES = 12  # the longest JSON spelling of one character: an escaped surrogate pair
_VALUE_BYTES = {"int": 20, "bool": 5, "money": 48, "date": 12, "datetime": 28, "id": 38, "ref": 38}
_STAMP_PAIR_BYTES = 256  # ';values.<60>=<stamp>><stamp>' (a format 2 JSON pair with its quotes escaped)


def _text_bytes(limit: int) -> int:
    return 2 + limit * CHAR_BYTES


def _step_values_bytes() -> int:
    """The largest ``values`` object any step's fields can make."""
    return max(
        2
        + sum(
            len(f.key) + 4 + (_text_bytes(limits.LONG_TEXT) if f.kind in limits.TEXT_KINDS else 64)
            for f in step.fields
        )
        for step in STEPS.values()
    )


def _max_row_bytes(columns: list[ColumnSpec], fields: list[str], step_keys: int) -> int:
    total = 2  # the brackets
    for col in columns:
        if col.kind == "text":
            assert col.text is not None
            size = _text_bytes(col.text.limit)
        elif col.kind == "stamps":
            size = 4 + _STAMP_PAIR_BYTES * (len(fields) + step_keys)
        elif col.kind == "json":
            size = _step_values_bytes()
        else:
            size = _VALUE_BYTES[col.kind]
        total += size + 2  # ", " between values
    return total


def max_payload(spec: TableSpec, rows: int) -> int:
    """The most bytes ``rows`` records of this table can take as JSON lines (with the header)."""
    return min(MAX_RAW, HEADER_BYTES + rows * (spec.max_row_bytes + 1))


def _json_stamps_pattern(fields: list[str]) -> re.Pattern[str]:
    """Format 1 and 2 stamps: JSON text exactly as ``json.dumps`` writes it, keys limited to the
    table's fields. One regular expression is several times faster than parsing the text."""
    st = STAMP_PATTERN
    key = "(?:" + "|".join(re.escape(f) for f in fields) + r"|values\.[A-Za-z0-9_]{1,60})"
    pair = f'"{key}": \\["{st}", "(?:{st})?"\\]'
    return re.compile(f"\\{{(?:{pair}(?:, {pair})*)?\\}}")


def _column(table: str, name: str, kind: str, nullable: bool, bound: Decimal | None = None) -> ColumnSpec:
    text = limits.text_rule(table, name) if kind == "text" else None
    if kind == "text" and text is None:  # every text column needs a rule in the domain
        raise TypeError(f"no text rule for {table}.{name} in projdesk.domain.limits")
    return ColumnSpec(
        name,
        kind,
        nullable,
        functools.partial(_is_money, bound=bound) if bound is not None else _CHECKS[kind],
        table,
        text,
        limits.CHOICES.get(table, {}).get(name),
        limits.RANGES.get(table, {}).get(name),
        limits.PATTERNS.get(table, {}).get(name, (None, ""))[0],
        bound,
    )


def _spec(table: Table, synced: bool) -> TableSpec:
    columns = []
    refs = {}
    # The id first (row[0] is the id) and JSON objects last (the export copies their text).
    for col in sorted(table.columns, key=lambda c: (c.name != "id", _kind(c) == "json")):
        kind = _kind(col)
        if (table.name, col.name) in PLAIN_ID_COLUMNS:
            kind = "id"
        bound = col.type.bound if isinstance(col.type, Hundredths) else None
        columns.append(_column(table.name, col.name, kind, bool(col.nullable), bound))
        for fk in col.foreign_keys:
            refs[col.name] = fk.column.table.name
    names = tuple(c.name for c in columns)
    fields = [n for n in names if n not in META_FIELDS]
    step_keys = max(len(s.fields) for s in STEPS.values()) if "values" in names else 0
    return TableSpec(
        table.name,
        table,
        tuple(columns),
        synced,
        refs,
        names,
        {n: i for i, n in enumerate(names)},
        field_stamps.pattern(fields) if synced else None,
        tuple(fields) if synced else (),
        tuple(i for i, c in enumerate(columns) if c.kind in ("json", "stamps")),
        _max_row_bytes(columns, fields, step_keys),
        tuple(i for i, c in enumerate(columns) if c.kind == "money"),
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


def money_text(value: int | None) -> str | None:
    """A stored two-place value (integer hundredths) as snapshot text: ``150`` → ``"1.50"``."""
    if value is None:
        return None
    if type(value) is not int:
        raise BadValue(f"not an amount in hundredths: {value!r}")
    return amount_text(from_fen(value))


def money_fen(text: str | None) -> int | None:
    """Snapshot text (already checked against MONEY_RE and the bound) as integer hundredths."""
    if text is None:
        return None
    if MONEY_RE.fullmatch(text):  # exactly two places: the digits are the hundredths (no Decimal)
        return int(text.replace(".", ""))
    return int(Decimal(text).scaleb(2))


def money_limits(spec: TableSpec, names: list[str]) -> list[tuple[int, int]]:
    """(position in ``names``, largest stored hundredths) of the table's money columns."""
    by_name = {c.name: c for c in spec.columns}
    return [
        (i, int(bound.scaleb(2)))
        for i, n in enumerate(names)
        if by_name[n].kind == "money" and (bound := by_name[n].bound) is not None
    ]


def over_bound(spec: TableSpec, record_id: str, column: str) -> RuleRefused:
    """The export's refusal of a value no colleague could import (left by the first version,
    whose REAL columns took amounts above today's bound): the user corrects it first."""
    bound = next(c.bound for c in spec.columns if c.name == column)
    return RuleRefused.coded(
        "export_value_over_limit",
        table_name=spec.name,
        record=record_id,
        column_name=column,
        limit=f"{bound:,}",
    )


def legacy_money(value: Any) -> Any:
    """A v1 snapshot's money value (text or a JSON number, as the first version wrote it) in the
    format 2 form; a value that is no amount at all is left for the column check to refuse."""
    if value is None or type(value) not in (str, int, float):
        return value
    try:
        return amount_text(from_fen(legacy_hundredths(value)))
    except (ValueError, ArithmeticError):
        return value


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
    if kind == "stamps":  # kept as its text: compared and stored as text
        return None
    return None


def db_converters(spec: TableSpec) -> list[tuple[int, Callable[[Any], Any]]]:
    out = []
    for i, col in enumerate(spec.columns):
        conv = from_db(col.kind)
        if conv is not None:
            out.append((i, conv))
    return out


# JSON columns as the app's engine writes them (storage.db): readable Chinese, no padding.
_engine_json_text = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json_text(value: Any) -> str:
    """``_engine_json_text``'s text at twice its speed (a step record's values: texts, yes/no,
    null, where orjson writes the very same text); what orjson refuses (an integer beyond 64
    bits) goes through json."""
    try:
        return orjson.dumps(value).decode("utf-8")
    except orjson.JSONEncodeError:
        return _engine_json_text(value)


def to_db(spec: TableSpec, row: list[Any]) -> list[Any]:
    """A snapshot row (validated) as values to bind: JSON columns as text, money as hundredths."""
    out = list(row)
    for i in spec.json_positions:
        if out[i] is not None and not isinstance(out[i], str):
            out[i] = _json_text(out[i])
    for i in spec.money_positions:
        out[i] = money_fen(out[i])
    return out


def parse_stamps(spec: TableSpec, text: str) -> dict[str, list[str]]:
    """A row's stamps text as ``{field: [stamp, base]}``."""
    return field_stamps.decode(text, spec.fields)


def stamps_text(spec: TableSpec, stamps: dict[str, list[str]]) -> str:
    """``{field: [stamp, base]}`` as the row's canonical stamps text."""
    return field_stamps.encode(stamps, spec.fields)


def canonical_stamps(spec: TableSpec, text: str) -> str | None:
    """The stamps text if well formed, else None. Writers write the canonical text; a reader
    takes any well-formed one (the merge compares stamps, texts only to skip unchanged rows)."""
    assert spec.stamps_re is not None
    return text if type(text) is str and spec.stamps_re.fullmatch(text) else None


_JSON_STAMPS_RE: dict[str, re.Pattern[str]] = {}


def stamps_from_json(spec: TableSpec, text: Any) -> str | None:
    """A format 1 or 2 snapshot's stamps (JSON text) as the compact text, None if malformed."""
    if type(text) is not str:
        return None
    known = _JSON_STAMPS_RE.get(spec.name)
    if known is None:
        known = _JSON_STAMPS_RE[spec.name] = _json_stamps_pattern(list(spec.fields))
    if not known.fullmatch(text):
        try:
            value = json.loads(text)
        except ValueError:
            return None
        if type(value) is not dict or not valid_stamps(value, frozenset(spec.fields)):
            return None
    else:
        value = json.loads(text)
    return field_stamps.encode(value, spec.fields)


def write_stamps(texts: Sequence[str]) -> list[str]:
    """The write stamps (not the bases) in these stamps texts (one scan, no parsing)."""
    return slices.find_all(field_stamps.WRITE_STAMP.findall, texts, "\x00")


_LISTS_A_PAIR = re.compile("=").search
_WALL_AND_COUNTER = 20  # "<wall ms:13>.<counter:05>.": fixed width, then the device


def max_stamp(texts: Sequence[str]) -> str:
    """The newest write stamp in these stamps texts: ``max(write_stamps(texts))``, scanning few.

    A text starts with its row's write stamp, and stamps compare as texts (fixed widths), so
    the greatest text starts with the greatest wall ms and counter; only the texts sharing those
    (their devices decide), and the texts listing a pair of their own ("="), can hold the newest.
    A text with no row stamp sorts above every stamp (";" follows the digits): then all are read.
    """
    top = max(texts, default="")
    if not top[:1].isdigit():
        return max(write_stamps(texts), default="")
    prefix = top[:_WALL_AND_COUNTER]
    # Joined slices are searched and counted in C: most tables have no tie and list no pair.
    seen = sum("\x00".join(part).count(prefix) for part in slices.slices(texts))
    candidates = [top] if seen == 1 else list(filter(operator.methodcaller("startswith", prefix), texts))
    if slices.search_any(_LISTS_A_PAIR, texts, "\x00"):
        candidates += filter(_LISTS_A_PAIR, texts)
    return max(write_stamps(candidates), default="")


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
