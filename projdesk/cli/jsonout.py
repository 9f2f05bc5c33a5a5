"""Plain data to JSON for the command line (amounts as exact text, dates as ISO text).

Amounts are strings ("9999999999999.99"), never JSON numbers: a script reading them as floats
would lose cents above 2^53 fen, and the text is exactly what the database holds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from decimal import Decimal
from typing import Any


def jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def decimal_text(value: Decimal) -> str:
    """Plain positional text, never an exponent (``Decimal("1E+2")`` → ``"100"``)."""
    return format(value, "f")


def dumps(value: Any) -> str:
    return json.dumps(jsonable(value), ensure_ascii=False, indent=2)
