"""The compact text of a row's field stamps (projdesk.domain.stamps)."""

from __future__ import annotations

import random

from projdesk.domain import stamps
from projdesk.storage.models import Activity, StepRecord, user_fields

FIELDS = ["name", "stage", "amount", "deleted"]
S1 = "1796144084903.00002.3dfbb6deed5a"
S2 = "1796144090000.00000.4eb3af9f992e"
S3 = "1796144095000.00007.dev-b"


def test_a_row_written_once_keeps_one_stamp_for_all_its_fields() -> None:
    written = {f: [S1, ""] for f in FIELDS}
    assert stamps.encode(written, FIELDS) == S1
    assert stamps.decode(S1, FIELDS) == written


def test_a_field_edited_later_is_listed_with_its_stamp_and_base() -> None:
    edited = {**{f: [S1, ""] for f in FIELDS}, "stage": [S2, S1]}
    text = stamps.encode(edited, FIELDS)
    assert text == f"{S1};stage={S2}>{S1}"
    assert stamps.decode(text, FIELDS) == edited


def test_a_field_without_a_stamp_is_listed_empty() -> None:
    partial = {"name": [S1, ""], "stage": [S1, ""], "deleted": [S1, ""]}
    text = stamps.encode(partial, FIELDS)
    assert text == f"{S1};amount="
    assert stamps.decode(text, FIELDS) == partial


def test_no_stamps_at_all_is_the_empty_text() -> None:
    assert stamps.encode({}, FIELDS) == ""
    assert stamps.decode("", FIELDS) == {}


def test_step_value_keys_are_listed_by_name_when_they_share_the_rows_stamp() -> None:
    fields = user_fields(StepRecord)
    record = {**{f: [S1, ""] for f in fields}, "values.referrer": [S1, ""], "values.budget": [S2, S1]}
    text = stamps.encode(record, fields)
    assert text == f"{S1};values.budget={S2}>{S1};values.referrer"
    assert stamps.decode(text, fields) == record


def test_the_text_is_the_same_whatever_the_order_of_the_stamps() -> None:
    record = {"deleted": [S2, S1], "name": [S3, ""], "values.x": [S2, ""], "stage": [S3, ""]}
    reordered = dict(reversed(list(record.items())))
    assert stamps.encode(record, FIELDS) == stamps.encode(reordered, FIELDS)


def test_random_stamps_read_back_exactly_and_every_text_is_well_formed() -> None:
    rng = random.Random(17)
    fields = user_fields(Activity)
    pattern = stamps.pattern(fields)
    pairs = [[S1, ""], [S2, S1], [S3, S2], [S3, ""]]
    for _ in range(500):
        record = {f: list(rng.choice(pairs)) for f in fields if rng.random() < 0.8}
        for key in rng.sample(["values.a", "values.b_2", "values.c"], rng.randint(0, 2)):
            record[key] = list(rng.choice(pairs))
        text = stamps.encode(record, fields)
        assert pattern.fullmatch(text), text
        assert stamps.decode(text, fields) == record
        assert stamps.encode(stamps.decode(text, fields), fields) == text


def test_write_stamps_are_found_and_bases_are_not() -> None:
    texts = [f"{S1};stage={S2}>{S1}", S3, "", f"{S1};values.a"]
    assert stamps.WRITE_STAMP.findall("\x00".join(texts)) == [S1, S2, S3, S1]


def test_a_text_naming_a_column_the_table_lacks_is_not_well_formed() -> None:
    pattern = stamps.pattern(FIELDS)
    assert pattern.fullmatch(f"{S1};owner={S2}") is None
    assert pattern.fullmatch(f"{S1};stage={S2}>") is None
    assert pattern.fullmatch('{"name": ["' + S1 + '", ""]}') is None


def test_the_newest_write_stamp_is_found_among_many_texts_as_a_full_scan_finds_it() -> None:
    from projdesk.sync import columns

    rng = random.Random(7)
    devices = ["a", "ab", "ab_", "abc", "Z-9", "dev-b"]

    def stamp() -> str:
        return f"17961440{rng.randrange(3):05d}.{rng.randrange(3):05d}.{rng.choice(devices)}"

    for _ in range(300):
        texts = []
        for _ in range(rng.randrange(1, 8)):
            head = rng.choice(["", stamp(), f"{stamp()}>{stamp()}"])
            listed = [f"stage={stamp()}" for _ in range(rng.randrange(2))]
            texts.append(";".join([head, *listed]) if listed or head else "")
        assert columns.max_stamp(texts) == max(columns.write_stamps(texts), default="")
