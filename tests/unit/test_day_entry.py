"""The one date-entry parser (projdesk.domain.day_entry), relative to a fixed today."""

from __future__ import annotations

import datetime as dt

import pytest

from projdesk.domain.day_entry import parse_day
from projdesk.domain.errors import InvalidInput

TODAY = dt.date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2026-12-05", dt.date(2026, 12, 5)),
        ("2027/1/8", dt.date(2027, 1, 8)),
        ("12-05", dt.date(2026, 12, 5)),
        ("12/5", dt.date(2026, 12, 5)),
        ("12.5", dt.date(2026, 12, 5)),
        ("12月5日", dt.date(2026, 12, 5)),
        ("１２－０５", dt.date(2026, 12, 5)),
    ],
)
def test_full_and_month_day_forms(typed: str, meant: dt.date) -> None:
    assert parse_day(typed, TODAY) == meant


def test_day_of_this_month() -> None:
    assert parse_day("5日", TODAY) == dt.date(2026, 12, 5)
    assert parse_day("28号", TODAY) == dt.date(2026, 12, 28)


@pytest.mark.parametrize(
    ("typed", "days"), [("今天", 0), ("明天", 1), ("后天", 2), ("昨天", -1), ("下周", 7)]
)
def test_day_words(typed: str, days: int) -> None:
    assert parse_day(typed, TODAY) == TODAY + dt.timedelta(days=days)


def test_next_week_monday_to_sunday() -> None:
    days = [parse_day("下周" + w, TODAY) for w in "一二三四五六日"]
    assert days == [dt.date(2026, 12, 7) + dt.timedelta(days=i) for i in range(7)]


def test_weekday_is_the_coming_one() -> None:
    assert parse_day("周五", TODAY) == dt.date(2026, 12, 4)
    assert parse_day("星期二", TODAY) == TODAY  # today is a Tuesday
    assert parse_day("周一", TODAY) == dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("+3", dt.date(2026, 12, 4)),
        ("+3天", dt.date(2026, 12, 4)),
        ("+2周", dt.date(2026, 12, 15)),
        ("-1", dt.date(2026, 11, 30)),
        ("+ 30", dt.date(2026, 12, 31)),
    ],
)
def test_offsets_in_days_and_weeks(typed: str, meant: dt.date) -> None:
    assert parse_day(typed, TODAY) == meant


def test_blank_means_no_date() -> None:
    assert parse_day("  ", TODAY) is None
    assert parse_day(None, TODAY) is None


@pytest.mark.parametrize("typed", ["13-40", "2026-02-30", "32日", "下周八", "+", "abc", "12-05-", "+9999"])
def test_unreadable_date_refused_with_one_line_naming_the_field(typed: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        parse_day(typed, TODAY, label="下一步日期")
    text = str(refused.value)
    assert "下一步日期" in text and typed in text and "\n" not in text
