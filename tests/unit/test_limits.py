"""The domain's value rules: one set for typing a value in and for reading it from a snapshot."""

from __future__ import annotations

import pytest
from sqlalchemy import String, Text

from projdesk.domain import limits
from projdesk.domain.errors import InvalidInput
from projdesk.storage.models import SYNCED_MODELS, HistoryEntry, Synced
from projdesk.sync.columns import PLAIN_ID_COLUMNS

CONTROL_CHARACTERS = [
    ("nul", "\x00"),
    ("x01", "\x01"),
    ("vertical_tab", "\x0b"),
    ("esc", "\x1b"),
    ("del", "\x7f"),
    ("c1_control", "\x85"),
]
INVALID_CHARACTERS = [("lone_surrogate", "\ud800"), ("xml_noncharacter", "\uffff")]


def _text_columns() -> list[tuple[str, str, object]]:
    found: list[tuple[str, str, object]] = []
    for model in (*SYNCED_MODELS, HistoryEntry):
        table = model.__table__  # type: ignore[attr-defined]
        for column in table.columns:
            if isinstance(column.type, String | Text) and not column.primary_key:
                if column.foreign_keys or (table.name, column.name) in PLAIN_ID_COLUMNS:
                    continue  # ids, checked as UUIDs
                if column.name == "stamps" or (column.name in Synced.META_FIELDS - {"device"}):
                    continue
                found.append((table.name, column.name, column.type))
    return found


def test_every_text_column_has_a_rule_matching_its_database_length() -> None:
    for table, name, kind in _text_columns():
        rule = limits.text_rule(table, name)
        assert rule is not None, f"{table}.{name}"
        if isinstance(kind, Text):
            assert rule == limits.LONG, f"{table}.{name}"
        else:
            assert isinstance(kind, String)
            assert (rule.limit, rule.multiline) == (kind.length, False), f"{table}.{name}"


@pytest.mark.parametrize(("name", "char"), CONTROL_CHARACTERS)
def test_control_character_in_text_is_refused(name: str, char: str) -> None:
    for rule in (limits.LONG, limits.TextRule(200)):
        problem = limits.text_problem(f"会议纪要{char}结束", rule)
        assert problem is not None and "控制字符" in str(problem), name


@pytest.mark.parametrize(("name", "char"), INVALID_CHARACTERS)
def test_lone_surrogate_or_noncharacter_in_text_is_refused(name: str, char: str) -> None:
    problem = limits.text_problem(f"备注{char}", limits.LONG)
    assert str(problem) == f"含有无效的字符（U+{ord(char):04X}）", name


def test_tab_is_allowed_everywhere_and_newline_only_in_multiline_text() -> None:
    assert limits.text_problem("甲\t乙", limits.TextRule(200)) is None
    assert limits.text_problem("甲\t乙\n丙", limits.LONG) is None
    assert str(limits.text_problem("甲\n乙", limits.TextRule(200))) == "不能换行"


def test_text_longer_than_its_field_is_refused_and_a_million_characters_fit_a_note() -> None:
    assert str(limits.text_problem("字" * 201, limits.TextRule(200))) == "过长（最多 200 字，实有 201 字）"
    assert limits.text_problem("纪" * limits.LONG_TEXT, limits.LONG) is None
    assert limits.text_problem("纪" * (limits.LONG_TEXT + 1), limits.LONG) is not None


@pytest.mark.parametrize("stage", [99, 0, -3])
def test_stage_99_0_and_minus_3_are_out_of_range(stage: int) -> None:
    assert str(limits.field_problem("opportunities", "stage", stage)) == "超出范围（应为 1–10 的整数）"
    with pytest.raises(InvalidInput):
        limits.checked("opportunities", "stage", stage)


def test_stages_1_to_10_are_in_range() -> None:
    assert all(limits.field_problem("opportunities", "stage", s) is None for s in range(1, 11))


def test_status_outside_the_domain_set_is_refused() -> None:
    assert limits.field_problem("opportunities", "status", "won") is None
    assert "不是允许的值" in str(limits.field_problem("opportunities", "status", "archived"))


def test_step_letter_outside_a_to_z_is_refused() -> None:
    assert limits.field_problem("step_records", "letter", "Q") is None
    assert limits.field_problem("step_records", "letter", "a") is not None
    assert limits.field_problem("activities", "step", "") is None
    assert limits.field_problem("activities", "step", "!") is not None


def test_nested_object_in_a_step_value_is_refused() -> None:
    assert str(limits.step_value_problem("A", "why_pursue", {"x": {"y": 1}})) == "应为文字"
    assert str(limits.step_value_problem("A", "why_pursue", ["a"])) == "应为文字"


def test_step_values_of_the_catalog_kinds_are_accepted() -> None:
    assert limits.step_value_problem("A", "why_pursue", "第一行\n第二行") is None
    assert limits.step_value_problem("A", "found_on", "2026-11-30") is None
    assert limits.step_value_problem("E", "budget", "800000.00") is None


def test_step_values_of_the_wrong_kind_are_refused() -> None:
    assert str(limits.step_value_problem("A", "found_on", "٢٠٢٦-١١-٣٠")) == "应为日期（YYYY-MM-DD）"
    assert str(limits.step_value_problem("A", "found_on", 20261130)) == "应为日期（YYYY-MM-DD）"
    assert str(limits.step_value_problem("E", "budget", "NaN")) == "应为数字"
    assert str(limits.step_value_problem("E", "budget", 800000.0)) == "应为数字"
    assert str(limits.step_value_problem("A", "referrer", "张三\n李四")) == "不能换行"
    assert limits.step_value_problem("A", "source_channel", "乱写的渠道") is not None
    assert str(limits.step_value_problem("A", "no_such_field", "x")) == "步骤 A 没有字段“no_such_field”"
    assert str(limits.step_value_problem("?", "why_pursue", "x")) == "步骤字母无效"


def test_windows_line_breaks_are_kept_as_newlines_in_multiline_text() -> None:
    assert limits.checked("opportunities", "notes", "甲\r\n乙\r丙") == "甲\n乙\n丙"


def test_checked_names_the_record_and_field_in_one_line() -> None:
    with pytest.raises(InvalidInput) as refused:
        limits.checked("opportunities", "name", "项目\x1b[31m")
    assert str(refused.value) == "商机的 项目名称 含有不允许的控制字符（U+001B）"


STEP_SAMPLES = [
    ("A", "why_pursue", "第一行\n第二行"),
    ("A", "why_pursue", {"x": 1}),
    ("A", "why_pursue", "坏\x00字"),
    ("A", "referrer", "张三\n李四"),
    ("A", "source_channel", "乱写的渠道"),
    ("A", "found_on", "2026-11-30"),
    ("A", "found_on", "2026-02-30"),
    ("A", "found_on", "٢٠٢٦-١١-٣٠"),
    ("E", "budget", "800000.00"),
    ("E", "budget", "-1.00"),
    ("E", "budget", "1E+30"),
    ("E", "budget", "NaN"),
    ("E", "budget", 800000),
    ("A", "no_such_field", "x"),
]


@pytest.mark.parametrize(("letter", "key", "value"), STEP_SAMPLES)
def test_step_values_bulk_check_never_accepts_what_the_exact_check_refuses(
    letter: str, key: str, value: object
) -> None:
    good = limits.step_value_problem(letter, key, value) is None
    assert limits.step_values_ok(letter, key, [value]) is good


@pytest.mark.parametrize("code", ["91310000MA1FL4XX1A"])
def test_credit_code_of_18_ascii_digits_or_capitals_is_accepted(code: str) -> None:
    assert limits.field_problem("customers", "credit_code", code) is None


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("too_short", "91310000MA1"),
        ("lower_case", "91310000ma1fl4xx1a"),
        ("full_width", "９１３１００００ＭＡ１ＦＬ４ＸＸ１Ａ"),
    ],
)
def test_credit_code_not_of_18_ascii_digits_or_capitals_is_refused(case: str, code: str) -> None:
    assert str(limits.field_problem("customers", "credit_code", code)) == "应为 18 位数字或大写字母", case


def test_a_whole_column_is_refused_exactly_when_one_of_its_texts_is() -> None:
    """The column check (unprintable slices only searched) against each value's own check, for
    every character up to U+3000, the surrogates and the last noncharacters."""
    chars = [chr(c) for c in (*range(0x3001), *range(0xD800, 0xE000, 97), 0xFEFF, 0xFFFE, 0xFFFF)]
    for rule in (limits.TextRule(200), limits.LONG):
        for char in chars:
            texts = ["会议纪要"] * 5000 + [f"甲{char}乙"]
            refused = limits.text_problem(f"甲{char}乙", rule) is not None
            assert limits.any_bad_characters(texts, rule) is refused, (hex(ord(char)), rule)
