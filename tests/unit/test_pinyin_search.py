"""Pinyin keys for search: words read as words, initials, Latin names left alone."""

from __future__ import annotations

from projdesk.domain.pinyin import pinyin_keys, pinyin_line


def test_full_pinyin_and_initials_of_huadong_dianli():
    assert pinyin_keys("华东电力") == "huadongdianli hddl"


def test_a_word_with_a_polyphonic_character_is_read_as_the_word():
    assert pinyin_keys("潍坊银行").split() == ["weifangyinhang", "wfyh"]


def test_a_name_without_chinese_has_no_pinyin_keys():
    assert pinyin_keys("ACME Ltd") == ""


def test_each_name_keeps_its_own_line_so_a_term_never_spans_two_names():
    line = pinyin_line(("华东", "电力"))
    assert "hddl" not in line and line.split("\n") == ["huadong hd", "dianli dl"]


def test_u_with_umlaut_is_typed_v_as_on_a_pinyin_keyboard():
    assert pinyin_keys("吕强") == "lvqiang lq"


def test_latin_words_inside_a_chinese_name_stay_as_words():
    assert pinyin_keys("ERP 升级") == "erpshengji esj"
