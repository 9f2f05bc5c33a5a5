"""What a salesperson types for a date, read relative to a given today: the one date-entry parser.

Accepted (full-width forms are read as ASCII first):

* a full date, as :func:`projdesk.domain.values.parse_date` reads it: ``2026-12-05``,
  ``2026/12/5``, ``2026.12.5``;
* a month and day of today's year: ``12-05``, ``12/5``, ``12.5``, ``12月5日``;
* a day of today's month: ``5日`` (``5号``);
* words: ``今天``, ``明天``, ``后天``, ``昨天``, ``前天``, ``下周`` (a week on);
* weekdays: ``周五``/``星期五`` is the next Friday from today (today itself when it is one),
  ``下周一``..``下周日`` a day of the week after this one (weeks start on Monday);
* offsets: ``+3`` (``+3天``), ``+2周``, ``-1`` (days before today).

Anything else raises :class:`InvalidInput` with one line naming the field and the forms.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from projdesk import labels
from projdesk.domain.errors import InvalidInput
from projdesk.domain.values import parse_date

__all__ = ["parse_day"]

# notr: the module's patterns and words are what users type, not UI text
_WORDS = {"今天": 0, "明天": 1, "后天": 2, "昨天": -1, "前天": -2, "下周": 7}
_WEEKDAYS = "一二三四五六日"
_OFFSET = re.compile(r"([+-])([0-9]{1,3})(天|日|周|星期)?")
_MONTH_DAY = re.compile(r"([0-9]{1,2})[-/.]([0-9]{1,2})|([0-9]{1,2})月([0-9]{1,2})[日号]?")
_DAY_ONLY = re.compile(r"([0-9]{1,2})[日号]")
_WEEKDAY = re.compile(r"(下)?(?:周|星期|礼拜)([一二三四五六日天])")


def _refused(text: str, label: str) -> InvalidInput:
    return InvalidInput.coded("date_entry_invalid", field=label, value=text)


def parse_day(
    text: str | dt.date | None, today: dt.date, *, label: str = labels.FIELD_TEXTS["date"]
) -> dt.date | None:
    """The date ``text`` means on ``today``; ``None`` when blank."""
    if text is None or isinstance(text, dt.date):
        return text
    raw = "".join(unicodedata.normalize("NFKC", text).split())
    if not raw:
        return None
    if raw in _WORDS:
        return today + dt.timedelta(days=_WORDS[raw])
    try:
        return _short_form(raw, today) or parse_date(raw, label=label)
    except (InvalidInput, ValueError, OverflowError):
        raise _refused(text, label) from None


def _short_form(raw: str, today: dt.date) -> dt.date | None:
    """The forms that need today; ``None`` when ``raw`` is none of them (a full date, perhaps)."""
    if match := _OFFSET.fullmatch(raw):
        sign, count, unit = match.groups()
        days = int(count) * (7 if unit in ("周", "星期") else 1)
        return today + dt.timedelta(days=days if sign == "+" else -days)
    if match := _MONTH_DAY.fullmatch(raw):
        month, day = (int(g) for g in match.groups() if g is not None)
        return dt.date(today.year, month, day)
    if match := _DAY_ONLY.fullmatch(raw):
        return today.replace(day=int(match.group(1)))
    if match := _WEEKDAY.fullmatch(raw):
        weekday = _WEEKDAYS.index(match.group(2).replace("天", "日"))
        if match.group(1):
            next_monday = today + dt.timedelta(days=7 - today.weekday())
            return next_monday + dt.timedelta(days=weekday)
        return today + dt.timedelta(days=(weekday - today.weekday()) % 7)
    return None
