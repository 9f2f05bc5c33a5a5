"""投标文件位置 names the bid's own headings, numbered as the bid numbers them."""

from __future__ import annotations

from typing import Any

from projdesk.deliverables.bid_sections import bid_sections, chinese_number
from projdesk.deliverables.templates import find_template
from projdesk.demo.generate import generate_demo


def test_the_builtin_bid_lists_its_numbered_sections() -> None:
    sections = bid_sections(find_template("bid").path)
    assert sections[:3] == ["一、商务部分", "一（一）投标函", "一（二）法定代表人授权书"]
    assert "一（五）技术偏离表" in sections and "四（三）产品与技术方案" in sections


def test_demo_answers_refer_to_the_bids_real_headings_not_a_chapter_the_bid_lacks(services: Any) -> None:
    generate_demo(services, count=40, seed=3)
    sections = set(bid_sections(find_template("bid").path))
    places = {
        r.answered_in
        for card in services.opportunities.list()
        for r in services.tender.requirements(card.id)
        if r.answered_in
    }
    assert places and places <= sections, places - sections


def test_chinese_numbers_of_the_headings() -> None:
    assert [chinese_number(n) for n in (1, 9, 10, 11, 20, 21)] == ["一", "九", "十", "十一", "二十", "二十一"]
