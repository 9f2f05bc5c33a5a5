"""The one formatter of amounts and dates (projdesk.domain.display)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from projdesk.domain.display import day_text, moment_text, money_full, money_parts, money_short

TODAY = dt.date(2026, 12, 1)


def test_team_total_in_yi_not_ten_thousands_of_wan() -> None:
    assert money_short(Decimal("14367617900.00")) == "143.68 亿"


def test_amount_between_wan_and_yi_reads_in_wan_with_two_decimals() -> None:
    assert money_short(Decimal("820000")) == "82.00 万"


def test_large_wan_amount_has_thousands_separators() -> None:
    assert money_short(Decimal("12345678.00")) == "1,234.57 万"


def test_large_yi_amount_has_thousands_separators() -> None:
    assert money_short(Decimal("123456789012.34")) == "1,234.57 亿"


def test_amount_below_wan_reads_in_yuan_with_separators_and_no_empty_cents() -> None:
    assert money_short(Decimal("8600")) == "8,600 元"
    assert money_short(Decimal("8600.50")) == "8,600.50 元"


def test_zero_reads_zero_yuan() -> None:
    assert money_short(Decimal("0")) == "0 元"
    assert money_full(Decimal("0")) == "¥0.00"


def test_negative_amount_keeps_its_sign() -> None:
    assert money_short(Decimal("-820000")) == "-82.00 万"
    assert money_short(Decimal("-35.5")) == "-35.50 元"
    assert money_full(Decimal("-1234.5")) == "-¥1,234.50"


def test_unit_is_chosen_after_rounding() -> None:
    assert money_short(Decimal("99999999.99")) == "1.00 亿"
    assert money_short(Decimal("9999.99")) == "9,999.99 元"
    assert money_short(Decimal("10000")) == "1.00 万"


def test_wan_rounds_half_up_exactly_from_fen() -> None:
    assert money_parts(Decimal("12345.00")) == ("1.23", "万")
    assert money_parts(Decimal("12350.00")) == ("1.24", "万")  # 1.235 万: half-up, not half-even


def test_full_form_has_yuan_sign_separators_and_cents() -> None:
    assert money_full(Decimal("1234567.89")) == "¥1,234,567.89"


def test_no_amount_reads_empty() -> None:
    assert money_short(None) == ""
    assert money_full(None) == ""


def test_date_this_year_in_chinese_form() -> None:
    assert day_text(dt.date(2026, 12, 5), TODAY) == "12月5日"


def test_date_of_another_year_carries_the_year() -> None:
    assert day_text(dt.date(2025, 3, 9), TODAY) == "2025年3月9日"


def test_today_tomorrow_yesterday_read_as_words() -> None:
    assert [day_text(TODAY + dt.timedelta(days=d), TODAY) for d in (-1, 0, 1)] == ["昨天", "今天", "明天"]
    assert day_text(TODAY, TODAY, relative=False) == "12月1日"


ENGLISH = {
    "{month}月{day}日": "{mon} {day}",
    "{year}年{month}月{day}日": "{mon} {day}, {year}",
    "今天": "Today",
}


def test_english_date_reads_month_abbreviation() -> None:
    english = ENGLISH.__getitem__
    assert day_text(dt.date(2026, 12, 5), TODAY, english) == "Dec 5"
    assert day_text(dt.date(2025, 12, 5), TODAY, english) == "Dec 5, 2025"
    assert day_text(TODAY, TODAY, english) == "Today"


def test_stored_utc_moment_shown_in_local_time() -> None:
    stored = dt.datetime(2026, 12, 5, 6, 30)  # naive UTC, as storage keeps it
    local = stored.replace(tzinfo=dt.UTC).astimezone()
    expected = f"{local.month}月{local.day}日 {local:%H:%M}"
    assert moment_text(stored, TODAY) == expected
