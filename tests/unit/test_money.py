"""Money parsing, 万元 display and amounts in Chinese capitals (DOCUMENTS.md)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from projdesk.domain.errors import InvalidInput
from projdesk.domain.money import (
    MAX_AMOUNT,
    MAX_QUANTITY,
    amount_text,
    format_wan,
    format_yuan,
    from_fen,
    is_amount_text,
    legacy_hundredths,
    parse_money,
    parse_quantity,
    to_capitals,
    to_fen,
    wan_to_yuan,
    yuan_to_wan,
)

WORKED_EXAMPLES = [
    ("1,200,000.00", "人民币壹佰贰拾万元整"),
    ("1,005,000.50", "人民币壹佰万零伍仟元伍角整"),
    ("10,020.07", "人民币壹万零贰拾元零柒分"),
    ("16,409.02", "人民币壹万陆仟肆佰零玖元零贰分"),
    ("6,007.14", "人民币陆仟零柒元壹角肆分"),
    ("100,000.00", "人民币壹拾万元整"),
    ("0.35", "人民币叁角伍分"),
]


@pytest.mark.parametrize(("figures", "capitals"), WORKED_EXAMPLES)
def test_worked_examples(figures: str, capitals: str) -> None:
    amount = parse_money(figures)
    assert amount is not None
    assert to_capitals(amount) == capitals
    assert format_yuan(amount) == figures


@pytest.mark.parametrize(
    ("amount", "capitals"),
    [
        ("0", "人民币零元整"),
        ("0.00", "人民币零元整"),
        ("0.05", "人民币伍分"),
        ("0.30", "人民币叁角整"),
        ("1", "人民币壹元整"),
        ("10", "人民币壹拾元整"),
        ("110", "人民币壹佰壹拾元整"),
        ("100.05", "人民币壹佰元零伍分"),
        ("1680.32", "人民币壹仟陆佰捌拾元叁角贰分"),
        ("1010.10", "人民币壹仟零壹拾元壹角整"),
        ("1205000", "人民币壹佰贰拾万零伍仟元整"),  # 万 digit 0, next not: 零 written
        ("107000.53", "人民币壹拾万零柒仟元伍角叁分"),
        ("100000000", "人民币壹亿元整"),
        ("100050000", "人民币壹亿零伍万元整"),
        ("100000001", "人民币壹亿零壹元整"),
        ("1200000000.10", "人民币壹拾贰亿元壹角整"),
        ("123456789012.34", "人民币壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分"),
        ("999900000000", "人民币玖仟玖佰玖拾玖亿元整"),
        ("1000000000000", "人民币壹万亿元整"),
        (
            "9999999999999.99",
            "人民币玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
        ),
    ],
)
def test_zeros_and_large_amounts(amount: str, capitals: str) -> None:
    assert to_capitals(Decimal(amount)) == capitals


def test_capitals_round_half_up() -> None:
    assert to_capitals(Decimal("0.005")) == "人民币壹分"
    assert to_capitals(Decimal("1.994")) == "人民币壹元玖角玖分"
    assert to_capitals(Decimal("1.995")) == "人民币贰元整"


@pytest.mark.parametrize("bad", [Decimal("-0.01"), Decimal("-1"), Decimal("NaN"), Decimal("Infinity")])
def test_capitals_refuse_negative_and_non_finite(bad: Decimal) -> None:
    with pytest.raises(InvalidInput):
        to_capitals(bad)


def test_capitals_refuse_too_large() -> None:
    with pytest.raises(InvalidInput):
        to_capitals(MAX_AMOUNT + Decimal("0.01"))


FORBIDDEN = set("一二三四五六七八九十另毛")


@given(st.decimals(min_value=0, max_value=MAX_AMOUNT, places=2, allow_nan=False, allow_infinity=False))
def test_capitals_property(amount: Decimal) -> None:
    text = to_capitals(amount)
    assert text.startswith("人民币")
    assert not FORBIDDEN & set(text)
    assert "分整" not in text
    assert text.endswith(("整", "分"))
    assert "零零" not in text
    assert not text.endswith("零整")


@given(st.integers(min_value=0, max_value=int(MAX_AMOUNT)))
def test_capitals_integer_property(n: int) -> None:
    text = to_capitals(Decimal(n))
    assert text.endswith("元整")
    assert "零元" not in text or n == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1200000", Decimal("1200000.00")),
        ("1,200,000.50", Decimal("1200000.50")),
        ("120万", Decimal("1200000.00")),
        ("1.5万元", Decimal("15000.00")),
        ("１２０", Decimal("120.00")),
        ("￥１，０００", Decimal("1000.00")),
        ("¥1,000", Decimal("1000.00")),
        ("人民币 3000 元", Decimal("3000.00")),
        ("0", Decimal("0.00")),
        (".5", Decimal("0.50")),
        ("1.234", Decimal("1.23")),
        ("1.235", Decimal("1.24")),
        ("0.005", Decimal("0.01")),
        (1200, Decimal("1200.00")),
        (1.005, Decimal("1.01")),
        (Decimal("12.345"), Decimal("12.35")),
    ],
)
def test_parse_money(text: str | int | float | Decimal, expected: Decimal) -> None:
    result = parse_money(text)
    assert result == expected
    assert result is not None and result.as_tuple().exponent == -2


@pytest.mark.parametrize("blank", [None, "", "   ", "\u3000"])
def test_parse_blank_is_none(blank: str | None) -> None:
    assert parse_money(blank) is None


@pytest.mark.parametrize(
    "bad",
    [
        "abc",
        "-5",
        "1e5",
        "1,2,3",
        "12a",
        "万",
        "¥",
        "1.2.3",
        -1,
        float("nan"),
        float("inf"),
        True,
        Decimal("-0.01"),
    ],
)
def test_parse_rejects(bad: str | int | float | Decimal) -> None:
    with pytest.raises(InvalidInput, match="预算不是有效的金额"):
        parse_money(bad, label="预算")


def test_parse_default_label() -> None:
    with pytest.raises(InvalidInput, match=r"^金额不是有效的金额：abc$"):
        parse_money("abc")


def test_wan_conversions() -> None:
    assert format_wan(Decimal("1234567")) == "123.46"
    assert format_wan(Decimal("0")) == "0.00"
    assert format_wan(Decimal("50")) == "0.01"
    assert format_wan(None) == ""
    assert yuan_to_wan(Decimal("1234567")) == Decimal("123.4567")
    assert wan_to_yuan(Decimal("123.4567")) == Decimal("1234567.00")
    assert wan_to_yuan(Decimal("1.5")) == Decimal("15000.00")


def test_format_yuan() -> None:
    assert format_yuan(Decimal("1200000")) == "1,200,000.00"
    assert format_yuan(Decimal("0.355")) == "0.36"
    assert format_yuan(Decimal("999")) == "999.00"


@given(st.decimals(min_value=0, max_value=Decimal("1e12"), places=2, allow_nan=False, allow_infinity=False))
def test_parse_round_trips_formatting(amount: Decimal) -> None:
    assert parse_money(format_yuan(amount)) == amount
    assert parse_money(str(amount)) == amount


# -- the one bound, ASCII digits, thousands groups (issue 11) ----------------------------------


def test_max_amount_is_the_largest_amount_parsed() -> None:
    assert Decimal("9999999999999.99") == MAX_AMOUNT
    assert parse_money("9999999999999.99") == MAX_AMOUNT
    assert parse_money("9,999,999,999,999.99") == MAX_AMOUNT


@pytest.mark.parametrize(
    "too_large",
    ["1234567890123456.78", "9999999999999999.99", "10000000000000", "1000000000万", Decimal("1e16"), 10**14],
)
def test_amount_above_the_bound_is_refused_not_changed(too_large: str | Decimal | int) -> None:
    with pytest.raises(InvalidInput, match=r"^预算超出上限（最多 9,999,999,999,999\.99 元）："):
        parse_money(too_large, label="预算")


def test_hundreds_of_digits_are_refused_as_too_large() -> None:
    with pytest.raises(InvalidInput, match="超出上限"):
        parse_money("9" * 200)


@pytest.mark.parametrize("digits", ["٩٩٩", "۱۲۰", "१२०", "１２٣"])
def test_non_ascii_digits_are_refused(digits: str) -> None:
    with pytest.raises(InvalidInput, match="不是有效的金额"):
        parse_money(digits)


def test_full_width_digits_are_read_as_their_ascii_form() -> None:
    # NFKC maps full-width digits (what a Chinese IME types) to ASCII before the ASCII-only pattern.
    assert parse_money("１２０万") == Decimal("1200000.00")


def test_valid_thousands_groups_are_accepted() -> None:
    assert parse_money("1,234,567.8") == Decimal("1234567.80")
    assert parse_money("12,345") == Decimal("12345.00")


@pytest.mark.parametrize("bad_groups", ["1,2,3", "12,34", "1,2345", "1234,567", ",123", "1,,234"])
def test_thousands_separators_in_invalid_groups_are_refused(bad_groups: str) -> None:
    with pytest.raises(InvalidInput, match="不是有效的金额"):
        parse_money(bad_groups)


def test_bare_number_counts_in_the_given_unit() -> None:
    wan = Decimal(10000)
    assert parse_money("120", bare_unit=wan) == Decimal("1200000.00")
    assert parse_money("1,234.5", bare_unit=wan) == Decimal("12345000.00")
    assert parse_money("¥1,000", bare_unit=wan) == Decimal("1000.00")  # a prefix says yuan
    assert parse_money("3000元", bare_unit=wan) == Decimal("3000.00")


def test_fen_round_trip_is_exact_at_the_bound() -> None:
    assert to_fen(MAX_AMOUNT) == 999_999_999_999_999
    assert from_fen(999_999_999_999_999) == MAX_AMOUNT
    assert str(from_fen(100)) == "1.00"
    assert str(from_fen(0)) == "0.00"


def test_to_fen_refuses_what_would_need_rounding() -> None:
    with pytest.raises(ValueError):
        to_fen(Decimal("0.005"))
    with pytest.raises(ValueError):
        to_fen(MAX_AMOUNT + Decimal("0.01"))
    with pytest.raises(TypeError):
        to_fen(0.5)  # type: ignore[arg-type]


def test_amount_text_has_two_places() -> None:
    assert amount_text(Decimal("9999999999999.99")) == "9999999999999.99"
    assert amount_text(Decimal("1.5")) == "1.50"
    assert amount_text(Decimal("0")) == "0.00"


@pytest.mark.parametrize(
    ("stored", "fen"),
    [
        (820000.5, 82000050),
        (0.1 + 0.2, 30),
        (1.1 + 2.2, 330),
        (9999999999999.99, 999999999999999),
        (1e16, 10**18),
        (1200000, 120000000),
        (0.125, 12),  # half-even, as the old Numeric column rounded
        (0.135, 14),
        ("1234567.80", 123456780),
    ],
)
def test_legacy_values_convert_exactly_from_their_shortest_text(stored: float | int | str, fen: int) -> None:
    assert legacy_hundredths(stored) == fen


@pytest.mark.parametrize("bad", ["٩٩", "1e5", "nan", float("inf"), True, "12.3.4"])
def test_legacy_values_that_are_no_amount_are_refused(bad: float | str | bool) -> None:
    with pytest.raises(ValueError):
        legacy_hundredths(bad)


def test_quantity_parses_ascii_with_valid_groups_and_bound() -> None:
    assert parse_quantity("1,000.5") == Decimal("1000.50")
    assert parse_quantity(3) == Decimal("3.00")
    assert parse_quantity("9999999999.99") == MAX_QUANTITY


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("٣", "应为数字"),
        ("1,2,3", "应为数字"),
        ("NaN", "应为数字"),
        ("0", "大于 0"),
        ("10000000000", "超出上限"),
    ],
)
def test_quantity_refuses_bad_values_with_one_line(bad: str, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_quantity(bad)


@pytest.mark.parametrize("text", ["80万", "1,200,000", "¥3000", "1234567890123456.78"])
def test_text_written_as_an_amount_is_recognised_whatever_its_size(text: str) -> None:
    assert is_amount_text(text)


@pytest.mark.parametrize("text", ["智慧图书馆", "1,2,3", "٨٠", "", "二期"])
def test_text_not_written_as_an_amount_is_not_taken_for_one(text: str) -> None:
    assert not is_amount_text(text)
