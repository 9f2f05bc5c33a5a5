"""Parsing and printing typed values: dates, booleans, step fields by their catalog kind."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from typing import Any

from projdesk import labels
from projdesk.domain.catalog import FieldKind, FieldSpec
from projdesk.domain.errors import InvalidInput
from projdesk.domain.money import parse_money

_TRUE = {"1", "true", "yes", "y", "是", "有", "on", "t"}
_FALSE = {"0", "false", "no", "n", "否", "无", "off", "f"}


def parse_date(text: str | dt.date | None, *, label: str = labels.FIELD_TEXTS["date"]) -> dt.date | None:
    if text is None or isinstance(text, dt.date):
        return text
    # Full-width digits typed with an IME become ASCII; any other script's digits are refused.
    raw = unicodedata.normalize("NFKC", text).strip().replace("/", "-").replace(".", "-")
    if not raw:
        return None
    if not raw.isascii():
        raise InvalidInput.coded("date_invalid", field=label, value=text)
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        pass
    parts = raw.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        try:
            return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        except ValueError:
            pass
    raise InvalidInput.coded("date_invalid", field=label, value=text)


def parse_bool(text: str | bool | None, *, label: str = labels.YES_NO) -> bool | None:
    if text is None or isinstance(text, bool):
        return text
    raw = text.strip().lower()
    if not raw:
        return None
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    raise InvalidInput.coded("yes_no_invalid", field=label, value=text)


def parse_int(text: str | int | None, *, label: str, low: int, high: int) -> int | None:
    if text is None or isinstance(text, int):
        value = text
    else:
        raw = text.strip()
        if not raw:
            return None
        try:
            value = int(raw)
        except ValueError:
            raise InvalidInput.coded("integer_invalid", field=label, value=text) from None
    if value is not None and not low <= value <= high:
        raise InvalidInput.coded("integer_out_of_range", field=label, low=low, high=high, value=value)
    return value


def parse_field(spec: FieldSpec, raw: Any) -> Any:
    """Turn user input for a step field into its typed value (``None`` when blank)."""
    if isinstance(raw, str):
        raw = raw.strip()
        if raw == "":
            return None
    if raw is None:
        return None
    kind = spec.kind
    if kind is FieldKind.DATE:
        return parse_date(raw, label=spec.label)
    if kind is FieldKind.MONEY:
        return parse_money(raw, label=spec.label)
    if kind is FieldKind.BOOL:
        return parse_bool(raw, label=spec.label)
    if kind is FieldKind.NUMBER:
        try:
            number = Decimal(str(raw))
        except ArithmeticError:
            raise InvalidInput.coded("number_invalid", field=spec.label, value=raw) from None
        if not number.is_finite():  # NaN and Infinity are no quantity a sheet or document can show
            raise InvalidInput.coded("number_invalid", field=spec.label, value=raw)
        return number
    if kind is FieldKind.CHOICE and str(raw) not in spec.choices:
        raise InvalidInput.coded(
            "choice_invalid", field=spec.label, choices="、".join(spec.choices), value=raw
        )
    return str(raw)


def to_json_value(value: Any) -> Any:
    """The JSON form a typed value is stored in (dates and money as text)."""
    if isinstance(value, dt.date | Decimal):
        return value.isoformat() if isinstance(value, dt.date) else str(value)
    return value


def from_json_value(spec: FieldSpec, stored: Any) -> Any:
    if stored is None:
        return None
    if spec.kind is FieldKind.DATE:
        return dt.date.fromisoformat(stored)
    if spec.kind in (FieldKind.MONEY, FieldKind.NUMBER):
        return Decimal(stored)
    return stored


def to_text(value: Any) -> str:
    """A value as one line of text, for history and exports."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
