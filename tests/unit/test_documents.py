"""Documents from a stage-9 demo opportunity: every kind generates, opens and says the right things."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from projdesk.deliverables.context import build_context, chosen_quote
from projdesk.deliverables.naming import document_file_name
from projdesk.deliverables.service import generate
from projdesk.domain.money import capitals_phrase, format_yuan, to_capitals
from tests.unit.documents_helpers import (
    KINDS,
    docx_text,
    needs_office,
    pdf_text,
    pptx_text,
    stage9_with_quotes,
    to_pdf,
)


def path_version(path: Path) -> int:
    return int(path.stem.rsplit("_v", 1)[1])


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    from projdesk.demo.generate import generate_demo
    from projdesk.storage.services import Services

    services = Services.open(tmp_path_factory.mktemp("db") / "demo.db")
    generate_demo(services, count=300, seed=7)
    yield services, stage9_with_quotes(services)
    services.close()


@pytest.fixture(scope="module")
def generated(demo: tuple[Any, str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    services, opp_id = demo
    folder = tmp_path_factory.mktemp("docs")
    return {kind: generate(services, opp_id, kind, folder=folder).path for kind in KINDS}


def test_every_kind_generates_a_named_file_holding_customer_and_project(
    demo: tuple[Any, str], generated: dict[str, Path]
) -> None:
    services, opp_id = demo
    detail = services.opportunities.detail(opp_id)
    for kind, path in generated.items():
        assert path.is_file()
        assert path.name == document_file_name(
            detail.customer.name, detail.summary.name, kind, path_version(path)
        )
        assert path.suffix == (".pptx" if kind == "slides" else ".docx")
        text = pptx_text(path) if kind == "slides" else docx_text(path)
        assert detail.customer.name in text, kind
        assert detail.summary.name in text, kind


def test_generation_is_recorded_on_the_opportunity(demo: tuple[Any, str], generated: dict[str, Path]) -> None:
    services, opp_id = demo
    recorded = {(d.kind, d.file_path) for d in services.documents.of(opp_id)}
    for kind, path in generated.items():
        assert (kind, str(path)) in recorded
    before = services.documents.next_version(opp_id, "research")
    again = generate(services, opp_id, "research", folder=generated["research"].parent)
    assert again.version == before
    assert again.path.name.endswith(f"_调研报告_v{before}.docx")
    assert again.path != generated["research"]  # earlier versions are kept


def test_bid_holds_the_four_parts_and_the_itemised_quote_with_its_total(
    demo: tuple[Any, str], generated: dict[str, Path]
) -> None:
    services, opp_id = demo
    detail = services.opportunities.detail(opp_id)
    text = docx_text(generated["bid"])
    for part in (
        "商务部分",
        "投标函",
        "分项报价表",
        "售后服务承诺",
        "法定代表人授权书",
        "开标一览表",
        "商务偏离表",
        "资格证明文件",
        "类似项目业绩",
        "项目团队",
        "管理解决方案",
        "项目实施方案",
        "网络技术方案",
        "技术偏离表",
        "目  录",
    ):
        assert part in text, part
    quote = chosen_quote(detail.quotes)
    assert quote is not None
    for line in quote.lines:
        assert line.item in text
        assert format_yuan(line.total) in text
    assert format_yuan(quote.total) in text
    assert capitals_phrase(quote.total) in text
    assert detail.requirements
    for requirement in detail.requirements:
        assert requirement.text in text


def test_quote_is_the_accepted_round_else_the_latest(demo: tuple[Any, str]) -> None:
    services, opp_id = demo
    detail = services.opportunities.detail(opp_id)
    accepted = [q for q in detail.quotes if q.accepted]
    expected = accepted[0] if accepted else max(detail.quotes, key=lambda q: q.round)
    ctx = build_context(detail, kind="initiation")  # the round is internal: blank in a bid
    assert ctx["quote"]["round"] == str(expected.round)
    assert ctx["quote"]["total"] == format_yuan(expected.total)
    assert ctx["quote"]["total_capitals"] == to_capitals(expected.total)


def test_contract_states_amount_in_figures_and_capitals_and_the_payments(
    demo: tuple[Any, str], generated: dict[str, Path]
) -> None:
    services, opp_id = demo
    detail = services.opportunities.detail(opp_id)
    text = docx_text(generated["contract"])
    amount = (
        detail.contract.amount
        if detail.contract and detail.contract.amount
        else chosen_quote(detail.quotes).total
    )
    assert format_yuan(amount) in text
    assert capitals_phrase(amount) in text
    for payment in detail.payments:
        assert payment.milestone in text
        assert format_yuan(payment.amount) in text
    for chapter in (
        "交付",
        "实施进度与验收",
        "发票",
        "保密与数据保护",
        "通知",
        "权属与知识产权",
        "保密",
        "质保与维护",
        "违约责任",
        "不可抗力",
        "争议解决",
    ):
        assert chapter in text


def test_slides_are_16_9_with_an_east_asian_typeface_on_every_run(generated: dict[str, Path]) -> None:
    from pptx import Presentation
    from pptx.oxml.ns import qn

    prs = Presentation(str(generated["slides"]))
    assert abs(prs.slide_width / prs.slide_height - 16 / 9) < 0.01
    titles = pptx_text(generated["slides"])
    for title in ("客户现状", "需求分析", "方案概述", "实施计划", "报价概要", "为什么选择我们"):
        assert title in titles
    runs = [r for slide in prs.slides for r in slide.shapes._spTree.iter(qn("a:r"))]
    assert runs
    for run in runs:
        ea = run.find(qn("a:rPr")).find(qn("a:ea"))
        assert ea is not None and ea.get("typeface")


def test_documents_are_a4_with_east_asian_fonts_and_no_theme_fonts(generated: dict[str, Path]) -> None:
    from docx import Document
    from docx.oxml.ns import qn

    for kind, path in generated.items():
        if kind == "slides":
            continue
        doc = Document(str(path))
        section = doc.sections[0]
        assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297, kind
        styles = doc.styles.element
        assert not [a for f in styles.iter(qn("w:rFonts")) for a in f.attrib if a.lower().endswith("theme")]
        assert doc.styles["Normal"].element.rPr.rFonts.get(qn("w:eastAsia"))
        lang = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
        assert lang.get(qn("w:eastAsia")) == "zh-CN"
        assert doc.settings.element.find(qn("w:themeFontLang")).get(qn("w:eastAsia")) == "zh-CN"
        for table in doc.tables:  # borders from a table style, header row repeats
            assert table.style is not None, kind
            assert table.style.element.find(qn("w:tblPr")).find(qn("w:tblBorders")) is not None
            first = table.rows[0]._tr.trPr
            if len(table.columns) >= 2 and first is not None and first.find(qn("w:tblHeader")) is not None:
                break
        else:
            raise AssertionError(f"{kind}: no table with a repeating header row")
        footer_xml = section.footer._element.xml
        assert "PAGE" in footer_xml


@needs_office
@pytest.mark.slow
def test_every_document_converts_to_pdf_holding_customer_and_project(
    demo: tuple[Any, str], generated: dict[str, Path], tmp_path: Path
) -> None:
    services, opp_id = demo
    detail = services.opportunities.detail(opp_id)
    quote = chosen_quote(detail.quotes)
    assert quote is not None
    for kind, path in generated.items():
        text = pdf_text(to_pdf(path, tmp_path / "pdf", tmp_path / "lo-profile"))
        flat = "".join(text.split())
        assert "".join(detail.customer.name.split()) in flat, kind
        assert "".join(detail.summary.name.split()) in flat, kind
        if kind == "bid":
            for part in ("商务部分", "管理解决方案", "项目实施方案", "网络技术方案"):
                assert part in flat
            assert format_yuan(quote.total) in flat
            assert capitals_phrase(quote.total) in flat
