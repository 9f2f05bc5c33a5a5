"""Word-native files: numbering, TOC field, styles not run fonts, properties, permissions; the bid."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from projdesk.deliverables.service import generate
from tests.unit.documents_helpers import docx_text, needs_office, pdf_text, to_pdf

DOCX_KINDS = ("initiation", "research", "proposal", "solution", "bid", "contract", "handover")


def stage8_bid(services: Any) -> str:
    for card in services.opportunities.list():
        detail = services.opportunities.detail(card.id)
        q = next(s for s in detail.steps if s.letter == "Q")
        if card.stage == 8 and detail.quotes and q.fields.get("bid_deadline"):
            return str(card.id)
    raise AssertionError("no stage-8 demo opportunity with a quote and a deadline")


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str, dict[str, Path]]]:
    from projdesk.demo.generate import generate_demo
    from projdesk.storage.services import Services

    services = Services.open(tmp_path_factory.mktemp("db") / "demo.db")
    generate_demo(services, count=150, seed=7)
    services.prefs.user_name = "王晓"
    services.prefs.materials = {"company_name": "海岱数智科技股份有限公司"}
    opp_id = stage8_bid(services)
    folder = tmp_path_factory.mktemp("docs")
    yield (
        services,
        opp_id,
        {k: generate(services, opp_id, k, folder=folder, allow_gaps=True).path for k in DOCX_KINDS},
    )
    services.close()


def test_headings_are_numbered_by_one_abstract_numbering_bound_to_the_heading_styles(
    docs: tuple[Any, str, dict[str, Path]],
) -> None:
    for kind, path in docs[2].items():
        doc = Document(str(path))
        ids = set()
        for level in (1, 2):
            num_pr = doc.styles[f"Heading {level}"].element.pPr.find(qn("w:numPr"))
            ids.add(num_pr.find(qn("w:numId")).get(qn("w:val")))
        assert len(ids) == 1, kind
        numbering = doc.part.numbering_part.element
        num = next(n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) in ids)
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        abstract = next(
            a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id
        )
        texts = [lvl.find(qn("w:lvlText")).get(qn("w:val")) for lvl in abstract.findall(qn("w:lvl"))]
        assert texts[:3] == ["%1、", "（%2）", "%3. "]
        headings = [p for p in doc.paragraphs if p.style.name.startswith("Heading")]
        assert headings and not any(
            re.match(r"^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）", p.text) for p in headings
        ), kind


def test_bid_has_a_toc_field(docs: tuple[Any, str, dict[str, Path]]) -> None:
    xml = Document(str(docs[2]["bid"])).element.xml
    assert re.search(r"<w:instrText[^>]*> TOC \\o", xml)


def test_fewer_than_a_tenth_of_body_runs_carry_direct_fonts(docs: tuple[Any, str, dict[str, Path]]) -> None:
    for kind, path in docs[2].items():
        runs = list(Document(str(path)).element.body.iter(qn("w:r")))
        direct = [
            r
            for r in runs
            if r.rPr is not None
            and (r.rPr.find(qn("w:rFonts")) is not None or r.rPr.find(qn("w:sz")) is not None)
        ]
        assert runs and len(direct) < 0.1 * len(runs), (kind, len(direct), len(runs))


def test_data_tables_use_the_table_style(docs: tuple[Any, str, dict[str, Path]]) -> None:
    doc = Document(str(docs[2]["bid"]))
    assert {t.style.name for t in doc.tables} <= {"ProjDesk Table", "ProjDesk Form"}


def test_core_properties_name_the_user_the_company_and_the_real_date(
    docs: tuple[Any, str, dict[str, Path]],
) -> None:
    services, opp_id, paths = docs
    detail = services.opportunities.detail(opp_id)
    props = Document(str(paths["bid"])).core_properties
    assert props.author == props.last_modified_by == "王晓"
    assert detail.summary.name in props.title and props.category == "投标书"
    assert props.created is not None and abs(props.created - dt.datetime.now(dt.UTC)) < dt.timedelta(days=1)
    assert "python-docx" not in (props.comments or "") and props.created.year >= 2026
    import zipfile

    with zipfile.ZipFile(paths["bid"]) as zf:
        app = zf.read("docProps/app.xml").decode()
    assert "<Company>海岱数智科技股份有限公司</Company>" in app and "Steve Canny" not in app


def test_files_are_created_with_the_users_umask(
    docs: tuple[Any, str, dict[str, Path]], tmp_path: Path
) -> None:
    services, opp_id, _ = docs
    old = os.umask(0o022)
    try:
        path = generate(services, opp_id, "contract", folder=tmp_path, allow_gaps=True).path
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_capitals_name_the_currency_once(docs: tuple[Any, str, dict[str, Path]]) -> None:
    for kind, path in docs[2].items():
        text = docx_text(path)
        assert "人民币（大写）人民币" not in text and "（大写）：人民币" not in text, kind
    assert "人民币（大写）：" in docx_text(docs[2]["bid"])


def test_bid_is_dated_by_its_submission_never_after_its_deadline(
    docs: tuple[Any, str, dict[str, Path]],
) -> None:
    services, opp_id, paths = docs
    detail = services.opportunities.detail(opp_id)
    deadline = next(s for s in detail.steps if s.letter == "Q").fields["bid_deadline"]
    text = docx_text(paths["bid"])
    for y, mo, d in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text):
        assert dt.date(int(y), int(mo), int(d)) <= deadline, (y, mo, d)
    assert f"{deadline.year}年{deadline.month}月{deadline.day}日" in text


def test_contract_milestone_triggers_agree_with_their_names(docs: tuple[Any, str, dict[str, Path]]) -> None:
    text = docx_text(docs[2]["contract"])
    for line in text.splitlines():
        if "初验款：" in line:
            assert "初步验收" in line and "终验" not in line.split("，")[0]
    assert "付款 30/40" not in text  # step U's shorthand is no clause
    assert "首付款后生效" not in text and "签字并加盖公章之日起生效" in text


@needs_office
@pytest.mark.slow
def test_stage_8_bid_converts_and_holds_every_part_with_the_letter_on_its_own_page(
    docs: tuple[Any, str, dict[str, Path]], tmp_path: Path
) -> None:
    pdf = to_pdf(docs[2]["bid"], tmp_path / "pdf", tmp_path / "lo")
    pages = pdf_text(pdf).split("\f")
    flat = "".join("".join(pages).split())
    for part in (
        "投标文件",
        "目录",
        "投标函",
        "法定代表人或授权代表（签字）",
        "法定代表人授权书",
        "开标一览表",
        "投标有效期",
        "税费说明",
        "分项报价表",
        "技术偏离表",
        "商务偏离表",
        "资格证明文件",
        "类似项目业绩",
        "项目团队",
        "项目实施方案",
        "网络技术方案",
        "售后服务承诺",
    ):
        assert part in flat, part
    pages = [p for p in pages if "目 录" not in p]  # the table of contents lists every title
    letter = next(p for p in pages if "（一）投标函" in p)
    body = [line.strip() for line in letter.splitlines() if line.strip()][1:]  # after the header line
    assert body[0] in ("一、商务部分", "（一）投标函"), body[:2]
    for form in ("（二）法定代表人授权书", "（三）开标一览表", "（四）分项报价表", "（五）技术偏离表"):
        page = next(p for p in pages if form in p)
        assert [line.strip() for line in page.splitlines() if line.strip()][1] == form


def test_slides_properties_name_the_user_and_the_company(
    docs: tuple[Any, str, dict[str, Path]], tmp_path: Path
) -> None:
    import zipfile

    from pptx import Presentation

    services, opp_id, _ = docs
    path = generate(services, opp_id, "slides", folder=tmp_path, allow_gaps=True).path
    props = Presentation(str(path)).core_properties
    assert props.author == props.last_modified_by == "王晓" and props.category == "解决方案讲解"
    assert props.created is not None and props.created.year >= 2026
    with zipfile.ZipFile(path) as zf:
        assert "<Company>海岱数智科技股份有限公司</Company>" in zf.read("docProps/app.xml").decode()


def test_early_stage_contract_marks_its_missing_payments_instead_of_an_empty_table(
    services: Any, tmp_path: Path
) -> None:
    opp_id = str(services.opportunities.add("甲公司", "早期项目", amount="820000"))
    text = docx_text(generate(services, opp_id, "contract", folder=tmp_path, allow_gaps=True).path)
    assert "【待填：付款节点（合同与收款）】" in text
    assert "【待填：乙方地址】" in text and "【待填：合同编号】" in text
    assert "（我方公司）" not in text and "（小写：￥）" not in text
    assert "820,000.00" not in text  # the expected amount is an estimate, no contract price
    assert "【待填：合同总价】" in text


def test_early_stage_bid_marks_every_gap_in_one_style(services: Any, tmp_path: Path) -> None:
    opp_id = str(services.opportunities.add("甲公司", "早期项目", amount="820000"))
    text = docx_text(generate(services, opp_id, "bid", folder=tmp_path, allow_gaps=True).path)
    for gap in ("【待填：招标编号】", "【待填：投标日期】", "【待填：法定代表人】", "【待填：公司地址】"):
        assert gap in text, gap
    assert "第 轮" not in text and "（待填）" not in text and "（待补充）" not in text
    assert "【待填：投标总价】" in text and "（小写：￥）" not in text and "（小写：￥，" not in text


def test_every_gap_is_one_highlighted_placeholder_on_a_run_of_its_own(services: Any, tmp_path: Path) -> None:
    from projdesk.deliverables.gaps import GAP_PATTERN

    opp_id = str(services.opportunities.add("甲公司", "早期项目", amount="820000"))
    doc = Document(str(generate(services, opp_id, "bid", folder=tmp_path, allow_gaps=True).path))
    runs = list(doc.element.body.iter(qn("w:r")))
    gaps = [r for r in runs if GAP_PATTERN.search("".join(t.text or "" for t in r.iter(qn("w:t"))))]
    assert gaps
    for run in gaps:
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        assert GAP_PATTERN.fullmatch(text), text  # the placeholder alone on its run
        assert run.find(qn("w:rPr")).find(qn("w:highlight")).get(qn("w:val")) == "yellow"


def test_bid_toc_cached_result_lists_the_numbered_headings_without_invented_page_numbers(
    services: Any, tmp_path: Path
) -> None:
    # LibreOffice prints a TOC field's cached result as stored (docs/toc-in-libreoffice.md):
    # the headings, never an empty PAGEREF after dot leaders nor a guessed page number.
    import docx

    opp = services.opportunities.add("华东人民医院", "PACS 影像系统", amount="1200000")
    made = generate(services, opp, "bid", tmp_path / "bid.docx", allow_gaps=True)
    document = docx.Document(str(made.path))
    lines = [
        p.text for p in document.paragraphs if p.style is not None and p.style.name in ("TOC 1", "TOC 2")
    ]
    assert lines[:3] == ["一、商务部分", "（一）投标函", "（二）法定代表人授权书"]
    assert "四、网络技术方案" in lines
    assert "PAGEREF" not in document.element.body.xml
    assert "<w:updateFields" in document.settings.element.xml
