"""One record of the material library edited by hand (设置 › 资料库): typed texts in, a checked
record out, and the library with it added, replaced or removed.

A record typed in is checked by the same readers as a library file (projdesk.domain.library),
so the GUI and a file can never disagree on what a valid qualification is; a bad value is
``InvalidInput`` coded ``library_record_bad`` (its part, field and problem), not a file error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from projdesk.domain.errors import BadInputFile, InvalidInput
from projdesk.domain.library import (
    Case,
    Chapter,
    Library,
    Qualification,
    TeamMember,
    ValueReader,
    read_case,
    read_chapter,
    read_member,
    read_qualification,
)
from projdesk.domain.money import amount_text, parse_money

__all__ = ["RECORD_FIELDS", "Record", "put_record", "record_from_texts", "record_texts", "remove_record"]

Record = Qualification | Case | Chapter | TeamMember

# The fields of each part's records, in the order a table shows them and a form asks for them.
RECORD_FIELDS: dict[str, tuple[str, ...]] = {
    "qualifications": ("name", "number", "issuer", "valid_until"),
    "cases": ("customer", "project", "year", "amount", "industry", "summary"),
    "chapters": ("title", "kind", "products", "text"),
    "team": ("role", "name", "certificates"),
}
_READERS: dict[str, Callable[[Mapping[str, Any], ValueReader], Any]] = {
    "qualifications": read_qualification,
    "cases": read_case,
    "chapters": read_chapter,
    "team": read_member,
}
_LIST_SEPARATORS = ("，", ",", "、", "\n")


def _products(text: str) -> list[str]:
    for sep in _LIST_SEPARATORS[1:]:
        text = text.replace(sep, _LIST_SEPARATORS[0])
    return [p.strip() for p in text.split(_LIST_SEPARATORS[0]) if p.strip()]


def _json_values(part: str, texts: Mapping[str, str]) -> dict[str, Any]:
    """The typed texts as a library file holds them (a year a number, an amount exact text)."""
    values: dict[str, Any] = {key: texts.get(key, "").strip() for key in RECORD_FIELDS[part]}
    if part == "cases":
        year = values["year"]
        values["year"] = int(year) if year.isascii() and year.isdigit() else (year or None)
        amount = values["amount"]
        if amount:
            try:
                parsed = parse_money(amount)
            except InvalidInput:
                parsed = None
            values["amount"] = amount_text(parsed) if isinstance(parsed, Decimal) else amount
    if part == "chapters":
        values["products"] = _products(values["products"])
    return values


def record_from_texts(part: str, texts: Mapping[str, str]) -> Record:
    """The record of ``part`` the typed ``texts`` make, checked like a library file's."""
    try:
        record: Record = _READERS[part](_json_values(part, texts), ValueReader(part, 1))
    except BadInputFile as exc:
        params = {k: v for k, v in exc.params.items() if k != "item"}
        raise InvalidInput.coded("library_record_bad", **params) from None
    return record


def record_texts(record: Record) -> dict[str, str]:
    """A record as the texts a form shows for editing (and a table for reading)."""
    out: dict[str, str] = {}
    for key, value in vars(record).items():
        if isinstance(value, dt.date):
            out[key] = value.isoformat()
        elif isinstance(value, Decimal):
            out[key] = amount_text(value)
        elif isinstance(value, tuple):
            out[key] = "、".join(value)
        else:
            out[key] = "" if value is None else str(value)
    return out


def _records(library: Library, part: str) -> tuple[Any, ...]:
    records: tuple[Any, ...] = getattr(library, part)
    return records


def _with(library: Library, part: str, records: list[Any]) -> Library:
    changed: dict[str, Any] = {part: tuple(records)}
    return replace(library, **changed)


def put_record(library: Library, part: str, index: int | None, record: Record) -> Library:
    """The library with ``record`` added at the end (``index`` None) or in place of item ``index``."""
    records = list(_records(library, part))
    if index is None:
        records.append(record)
    elif 0 <= index < len(records):
        records[index] = record
    else:
        raise InvalidInput.coded("library_record_missing", part=part, item=index + 1)
    return _with(library, part, records)


def remove_record(library: Library, part: str, index: int) -> Library:
    records = list(_records(library, part))
    if not 0 <= index < len(records):
        raise InvalidInput.coded("library_record_missing", part=part, item=index + 1)
    del records[index]
    return _with(library, part, records)
