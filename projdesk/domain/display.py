"""How amounts and dates read on screen and in the CLI's human output: one place for both.

Money (exact, from the integer fen the database keeps; rounded half-up only when shown):

* below 1 万 yuan: yuan with separators, cents only when there are any: ``8,600 元``,
  ``8,600.50 元``, ``0 元``;
* from 1 万 up to 1 亿: 万 with two decimals and separators: ``82.00 万``, ``1,234.57 万``;
* from 1 亿: 亿 with two decimals and separators: ``143.68 亿``;
* the unit is chosen after rounding, so 99,999,999.99 reads ``1.00 亿``, never ``10,000.00 万``;
* a negative amount (a change request's reduction) carries ``-`` before the number;
* :func:`money_full` is the exact form for tables and exports: ``¥1,234,567.89``.

Documents keep their own forms (大写, 万元 columns): they do not use this module.

Dates: ``12月5日`` this year, ``2025年12月5日`` another year, ``今天``/``明天``/``昨天`` when
relative reads better; a moment adds the local time, ``12月5日 14:30``. The words and patterns
are labels.DATE_TEXTS, passed through ``translate``: the English build reads ``Dec 5``,
``Dec 5, 2025``, ``Today``. Stored moments are naive UTC (storage.models.utcnow): they are shown
in the local time zone.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from projdesk import labels
from projdesk.domain.money import format_yuan

__all__ = ["day_text", "local_moment", "moment_text", "money_full", "money_parts", "money_short"]

_FEN_PER_WAN = 10_000 * 100
_FEN_PER_YI = 10**8 * 100
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_RELATIVE = {0: "today", 1: "tomorrow", -1: "yesterday"}


def _as_is(text: str) -> str:
    return text


def _fen(amount: Decimal) -> int:
    return int(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).scaleb(2))


def _in_unit(fen: int, fen_per_unit: int) -> tuple[int, int]:
    """``fen`` (not negative) in the unit, rounded half-up to hundredths: (whole, hundredths)."""
    hundredths = (fen * 100 * 2 + fen_per_unit) // (fen_per_unit * 2)
    return divmod(hundredths, 100)


def money_parts(amount: Decimal) -> tuple[str, str]:
    """The number and its unit (``元``, ``万`` or ``亿``), by the rules above: ``("82.00", "万")``."""
    fen = _fen(amount)
    sign = "-" if fen < 0 else ""
    fen = abs(fen)
    if fen < _FEN_PER_WAN:
        yuan, cents = divmod(fen, 100)
        return sign + (f"{yuan:,}" if cents == 0 else f"{yuan:,}.{cents:02d}"), "元"
    whole, hundredths = _in_unit(fen, _FEN_PER_WAN)
    if whole < 10_000:
        return f"{sign}{whole:,}.{hundredths:02d}", "万"
    whole, hundredths = _in_unit(fen, _FEN_PER_YI)
    return f"{sign}{whole:,}.{hundredths:02d}", "亿"


def money_short(amount: Decimal | None, translate: labels.Translate = _as_is) -> str:
    """``143.68 亿`` / ``82.00 万`` / ``8,600 元`` (the unit through ``translate``); ``""`` for none."""
    if amount is None:
        return ""
    number, unit = money_parts(amount)
    return f"{number} {translate(labels.MONEY_UNIT_TEXTS[unit])}"


def money_full(amount: Decimal | None) -> str:
    """The exact amount with separators, for tables and exports: ``¥1,234,567.89``."""
    if amount is None:
        return ""
    return ("-" if _fen(amount) < 0 else "") + "¥" + format_yuan(abs(amount))


def day_text(
    day: dt.date | None, today: dt.date, translate: labels.Translate = _as_is, *, relative: bool = True
) -> str:
    """A date in words: ``今天``, ``12月5日``, ``2025年12月5日`` (``Today``, ``Dec 5``, ``Dec 5, 2025``)."""
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = day.date()
    if relative and (word := _RELATIVE.get((day - today).days)) is not None:
        return translate(labels.DATE_TEXTS[word])
    pattern = labels.DATE_TEXTS["month_day" if day.year == today.year else "year_month_day"]
    return translate(pattern).format(year=day.year, month=day.month, day=day.day, mon=_MONTHS[day.month - 1])


def local_moment(at: dt.datetime) -> dt.datetime:
    """A stored moment (naive UTC, or aware) in the local time zone."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC)
    return aware.astimezone()


def moment_text(
    at: dt.datetime | None, today: dt.date, translate: labels.Translate = _as_is, *, relative: bool = False
) -> str:
    """A moment in local time: ``12月5日 14:30`` (``Dec 5 14:30``)."""
    if at is None:
        return ""
    local = local_moment(at)
    return f"{day_text(local.date(), today, translate, relative=relative)} {local:%H:%M}"
