"""Money parsing, 万元 display and amounts in Chinese capitals (DOCUMENTS.md)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from projdesk.domain.errors import InvalidInput
from projdesk.domain.money import (
    MAX_AMOUNT,
    format_wan,
    format_yuan,
    parse_money,
    to_capitals,
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
            "9999999999999999.99",
            "人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分",
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


@given(st.integers(min_value=0, max_value=10**16 - 1))
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
        "99999999999999999",
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
