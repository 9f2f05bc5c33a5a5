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


def _one_split(payload: bytes) -> tuple[bytes, list[object] | None, int]:
    """What parse_rows read before: one split into lines, one parse of the lines joined."""
    head, *lines = payload.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()  # no line after a final newline
    try:
        return head, reader.loads(b"[" + b",".join(lines) + b"]"), len(lines)
    except ValueError:
        return head, None, len(lines)


@pytest.mark.parametrize("seed", range(60))
def test_a_payload_read_a_megabyte_at_a_time_reads_as_one_split_and_parse(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "SPLIT_BYTES", 7)  # many cuts in a small payload
    rng = random.Random(seed)
    pieces = [b"\n", b"1", b"[2]", b'"a"', b"{}", b",", b" ", b"[1,2]", b'"\xe4\xb8\xad"']
    payload = b"".join(rng.choice(pieces) for _ in range(rng.randrange(0, 80)))
    head, records, lines = _one_split(payload)
    if records is None:
        with pytest.raises(ValueError):
            reader._parse_body(payload)
    else:
        assert reader._parse_body(payload) == (head, records, lines)
