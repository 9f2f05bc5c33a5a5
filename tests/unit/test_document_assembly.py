"""文档组装: the library's parts a document carries are the user's pick, in the user's order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from projdesk.cli import main
from projdesk.deliverables.assembly import Assembly, split_names
from projdesk.deliverables.service import assembly_candidates, generate
from projdesk.demo.library import demo_library
from projdesk.domain.errors import InvalidInput
from tests.unit.documents_helpers import docx_paragraphs, docx_text

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def hospital(services: Any) -> str:
    services.library.save(demo_library(TODAY))
    return str(services.opportunities.add("华东人民医院", "PACS 影像系统", amount="1200000"))


def test_chapter_pick_and_order_reach_the_bid_docx(services: Any, hospital: str, tmp_path: Path) -> None:
    chosen = Assembly(chapters=("网络与安全", "总体架构", "运维服务"), cases=(), team=("赵明",))
    made = generate(services, hospital, "bid", tmp_path / "bid.docx", allow_gaps=True, assembly=chosen)
    paragraphs = docx_paragraphs(made.path)
    positions = [paragraphs.index(title) for title in ("网络与安全", "总体架构")]
    assert positions == sorted(positions)  # the order chosen, not the library's
    text = docx_text(made.path)
    for left_out in ("服务器与计算资源", "存储与数据保护", "虚拟化平台", "实施方案"):
        assert left_out not in paragraphs, left_out  # a deselected chapter is absent
    assert "每月一次巡检" in text  # the chosen service chapter
    assert "调度数据网安全防护改造" not in text  # no case chosen


def test_deselected_chapter_absent_from_the_solution_and_order_kept(
    services: Any, hospital: str, tmp_path: Path
) -> None:
    chosen = Assembly(chapters=("存储与数据保护", "总体架构"))
    made = generate(services, hospital, "solution", tmp_path / "s.docx", allow_gaps=True, assembly=chosen)
    paragraphs = docx_paragraphs(made.path)
    assert paragraphs.index("存储与数据保护") < paragraphs.index("总体架构")
    assert "网络与安全" not in paragraphs


def test_doc_chapters_option_on_the_command_line_reaches_the_docx(
    services: Any, hospital: str, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bid.docx"
    code = main(
        ["--db", str(db_path), "doc", hospital, "bid", "--allow-gaps", "-o", str(out),
         "--chapters", "虚拟化平台，总体架构", "--cases", ""]
    )  # fmt: skip
    assert code == 0
    paragraphs = docx_paragraphs(out)
    assert paragraphs.index("虚拟化平台") < paragraphs.index("总体架构")
    assert "网络与安全" not in paragraphs


def test_an_unknown_chapter_name_is_refused_with_exit_2_and_no_file(
    services: Any, hospital: str, db_path: Path, tmp_path: Path, capsys: Any
) -> None:
    out = tmp_path / "bid.docx"
    code = main(
        ["--db", str(db_path), "doc", hospital, "bid", "--allow-gaps", "-o", str(out), "--chapters", "区块链"]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "资料库的产品与服务章节中没有“区块链”" in err and "Traceback" not in err
    assert not out.exists() and services.documents.of(hospital) == []


def test_an_expired_qualification_is_never_printed_even_when_chosen(
    services: Any, hospital: str, tmp_path: Path
) -> None:
    library = services.library.load()
    expired = next(q for q in library.qualifications if q.expired(TODAY))
    unknown = Assembly(qualifications=("不存在的证书",))
    with pytest.raises(InvalidInput, match="资料库的资质中没有“不存在的证书”"):
        generate(services, hospital, "bid", folder=tmp_path, allow_gaps=True, assembly=unknown)
    made = generate(
        services,
        hospital,
        "bid",
        folder=tmp_path,
        allow_gaps=True,
        today=TODAY,
        assembly=Assembly(qualifications=(expired.name,)),
    )
    assert expired.number not in docx_text(made.path)


def test_the_assembly_view_lists_the_default_choice_first_and_checked(services: Any, hospital: str) -> None:
    listed = assembly_candidates(services, hospital, "bid", today=TODAY)
    chapters = [c for c in listed if c.group == "chapters"]
    chosen = [c.name for c in chapters if c.chosen]
    # No quote yet: only the chapters that name no product are chosen by default.
    assert chosen == ["总体架构", "实施方案"]
    assert [c.chosen for c in chapters] == sorted((c.chosen for c in chapters), reverse=True)
    assert {c.group for c in listed} == {"chapters", "cases", "qualifications", "team"}
    assert assembly_candidates(services, hospital, "contract") == []  # no library parts to pick


def test_names_split_on_ascii_and_full_width_commas() -> None:
    assert split_names("总体架构, 网络与安全，运维服务") == ("总体架构", "网络与安全", "运维服务")
    assert split_names("") == ()
