"""Whole-column passes a slice at a time (so an import gives the GUI thread its turns) answer
exactly as the single C-level pass did."""

from __future__ import annotations

import random
import re

import pytest

from projdesk.domain import slices
from projdesk.sync import reader

DIGITS = re.compile(r"[0-9]+")


def test_a_bad_value_in_the_last_slice_is_still_found() -> None:
    values = ["1"] * (slices.SLICE * 2) + ["x"]
    assert not slices.all_pass(DIGITS.fullmatch, values)
    assert slices.all_pass(DIGITS.fullmatch, values[:-1])
    assert slices.types_of([*values, 3]) == {str, int}
    assert slices.longest([*values, "12345"]) == 5 and slices.longest([]) == 0


def test_a_search_and_a_findall_over_slices_find_what_the_whole_join_finds() -> None:
    texts = [f"a{i}" for i in range(slices.SLICE * 3)]
    assert slices.find_all(DIGITS.findall, texts, "\x00") == DIGITS.findall("\x00".join(texts))
    assert not slices.search_any(re.compile("\x01").search, texts, "\t")
    assert slices.search_any(re.compile("a12287").search, texts, "\t")


@pytest.mark.parametrize("seed", range(30))
def test_a_payload_split_a_megabyte_at_a_time_has_the_lines_of_one_split(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "SPLIT_BYTES", 7)  # many cuts in a small payload
    rng = random.Random(seed)
    payload = b"".join(rng.choice([b"\n", b"a", b"bc", b"{}"]) for _ in range(rng.randrange(0, 80)))
    expected = payload.split(b"\n")
    if len(expected) > 1 and expected[-1] == b"":
        expected.pop()  # what parse_rows dropped after a final newline
    assert reader._split_lines(payload) == expected
