"""Snapshot money text becomes integer hundredths exactly, on the fast path and off it."""

from __future__ import annotations

from decimal import Decimal

from projdesk.domain.money import MAX_AMOUNT
from projdesk.sync.columns import money_fen


def test_two_place_money_text_becomes_its_digits_as_hundredths() -> None:
    assert money_fen("0.00") == 0
    assert money_fen("1234.50") == 123450
    assert money_fen(f"{MAX_AMOUNT:.2f}") == int(MAX_AMOUNT * 100) == 999999999999999


def test_money_text_of_another_form_still_becomes_exact_hundredths() -> None:
    assert money_fen("12.5") == 1250
    assert money_fen("7") == 700
    assert money_fen(None) is None
    assert all(money_fen(f"{Decimal(n) / 100:.2f}") == n for n in (1, 99, 100, 10**15 - 1))
