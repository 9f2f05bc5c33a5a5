import datetime as dt
from decimal import Decimal

import pytest

from projdesk.domain.catalog import step
from projdesk.domain.errors import InvalidInput
from projdesk.domain.values import parse_bool, parse_date, parse_field


def test_dates():
    assert parse_date("2026-11-27") == dt.date(2026, 11, 27)
    assert parse_date("2026/1/5") == dt.date(2026, 1, 5)
    assert parse_date("  ") is None
    with pytest.raises(InvalidInput, match="2026-13-40"):
        parse_date("2026-13-40")


def test_bools_accept_chinese():
    assert parse_bool("是") is True and parse_bool("否") is False
    with pytest.raises(InvalidInput):
        parse_bool("也许")


def test_fields_by_kind():
    e = step("E")
    assert parse_field(e.field("budget"), "120万") == Decimal("1200000.00")
    b = step("B")
    assert parse_field(b.field("outcome"), "同意") == "同意"
    with pytest.raises(InvalidInput, match="只能是"):
        parse_field(b.field("outcome"), "也许")
    with pytest.raises(InvalidInput):
        parse_field(step("J").field("submitted_on"), "明天")


def test_dates_take_ascii_or_full_width_digits_and_refuse_other_scripts() -> None:
    assert parse_date("２０２６-１２-０５") == dt.date(2026, 12, 5)
    with pytest.raises(InvalidInput):
        parse_date("٢٠٢٦-١٢-٠٥")
