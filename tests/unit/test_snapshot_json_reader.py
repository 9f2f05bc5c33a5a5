"""The snapshot reader's JSON (orjson, with json for what orjson refuses) reads as json does."""

from __future__ import annotations

import json

import pytest

from projdesk.sync.reader import loads

SAMPLES = [
    b'[["a", 1, true, null, {"k": "\\u4e2d"}]]',
    b'{"a": 1, "a": 2}',  # a repeated key: the last one, in both
    b'"\\ud800"',  # a lone surrogate: orjson refuses it, json reads it (the text check refuses it)
    b'"\xed\xa0\x80"',  # a surrogate encoded in UTF-8
    b"1e400",  # beyond a float: json's inf
    b"\xef\xbb\xbf[1]",  # a byte order mark
    b'["\xe4\xb8\xad\xe6\x96\x87", -0.0, 1E5, 9223372036854775807]',
]


@pytest.mark.parametrize("text", SAMPLES)
def test_snapshot_json_reads_as_the_standard_library_reads_it(text: bytes) -> None:
    assert repr(loads(text)) == repr(json.loads(text))


@pytest.mark.parametrize("text", [b"[1,]", b"[1] [2]", b'"\x01"', b"[NaN", b"\xff"])
def test_snapshot_json_refuses_what_the_standard_library_refuses(text: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        loads(text)


def test_an_integer_beyond_64_bits_is_refused_as_a_wrong_value_either_way() -> None:
    # orjson reads it as a float, json as an int: no column takes either.
    from projdesk.sync import columns

    col = next(c for c in columns.BY_NAME["opportunities"].columns if c.kind == "int")
    big = b"123456789012345678901234567890"
    assert col.problem(loads(big)) == col.problem(json.loads(big)) is not None


@pytest.mark.parametrize(
    "values",
    [
        {"a": "华东电力", "b": True, "c": None, "d": False},
        {"q": 'say "hi"\\ \n\t\r\x01\x1f\x7f\u2028 😀'},
        {"nested": ["x", 1, {"y": -5}], "": ""},
        {"big": 123456789012345678901234567890},  # beyond orjson: json writes it
    ],
)
def test_step_values_are_stored_in_the_engines_json_text(values: dict[str, object]) -> None:
    from projdesk.storage.db import _compact_json
    from projdesk.sync.columns import _json_text

    assert _json_text(values) == _compact_json(values)
