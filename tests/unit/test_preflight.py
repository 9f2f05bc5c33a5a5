"""Pre-flight: a customer document lists what it lacks; made anyway, each gap is one styled placeholder."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from projdesk.cli import main
from projdesk.deliverables.gaps import OPEN, STYLE_NAME, placeholder
from projdesk.deliverables.preflight import CUSTOMER_KINDS, GapsFound
from projdesk.deliverables.service import check, generate
from projdesk.domain.tender import parse_pasted
from tests.unit.documents_helpers import docx_text


def early_bid(services: Any) -> str:
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统", amount="1200000")
    services.tender.import_requirements(opp, parse_pasted("★1 支持 DICOM 3.0\n2 质保三年"))
    return str(opp)


def placeholder_runs(path: Path) -> Iterator[tuple[str, str]]:
    """(text, character style name) of every run holding a placeholder, tables and all."""
    from docx import Document

    doc = Document(str(path))

    def paragraphs(container: Any) -> Iterator[Any]:
        yield from container.paragraphs
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    yield from paragraphs(cell)

    seen = set()  # the elements (kept alive), not their ids: lxml reuses a freed proxy's id
    for p in paragraphs(doc):
        if p._p in seen:
            continue
        seen.add(p._p)
        for run in p.runs:
            if OPEN in run.text:
                yield run.text, run.style.name if run.style is not None else ""


def test_an_early_stage_bid_lists_its_gaps_and_where_to_fill_them(services: Any) -> None:
    lines = check(services, early_bid(services), "bid").lines
    for expected in (
        "我方公司名称（资料库 › 公司信息）",
        "法定代表人（资料库 › 公司信息）",
        "开户银行（资料库 › 公司信息）",
        "招标编号（步骤 Q 方案定稿）",
        "投标截止日期（步骤 Q 方案定稿）",
        "投标总价（步骤 P 报价体系）",
        "资格证明文件（资料库 › 资质）",
        "第1条应答（步骤 Q 方案定稿 › 招标要求）",
    ):
        assert expected in lines, expected


def test_without_allow_gaps_the_cli_lists_the_gaps_exits_3_and_writes_nothing(
    services: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opp = early_bid(services)
    out = tmp_path / "投标书.docx"
    assert main(["--db", str(db_path), "doc", opp, "bid", "-o", str(out)]) == 3
    err = capsys.readouterr().err
    assert "--allow-gaps" in err
    assert "  - 招标编号（步骤 Q 方案定稿）" in err
    assert not out.exists()
    assert services.documents.of(opp) == []


def test_with_allow_gaps_every_gap_is_one_placeholder_style_and_every_listed_gap_appears(
    services: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opp = early_bid(services)
    out = tmp_path / "投标书.docx"
    assert main(["--db", str(db_path), "doc", opp, "bid", "--allow-gaps", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    gaps = check(services, opp, "bid").gaps
    assert f"缺项 {len(check(services, opp, 'bid').lines)} 处" in err
    text = docx_text(out)
    for gap in gaps:
        assert placeholder(gap.label) in text, gap.label
    runs = list(placeholder_runs(out))
    assert runs
    for run_text, style in runs:
        assert style == STYLE_NAME
        assert re.fullmatch(r"【待填：[^】]+】", run_text), run_text  # the run is the placeholder only
    # No other gap styles are left: no blank amount, no "（待填）", no "（我方公司）".
    assert "（小写：￥）" not in text
    assert "（待填）" not in text
    assert "（我方公司）" not in text


@pytest.mark.parametrize("kind", [k for k in CUSTOMER_KINDS if k != "slides"])
def test_every_customer_document_of_a_bare_opportunity_is_refused_then_made_with_placeholders(
    services: Any, tmp_path: Path, kind: str
) -> None:
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统")
    with pytest.raises(GapsFound) as refused:
        generate(services, opp, kind, tmp_path / f"{kind}.docx")
    assert refused.value.exit_code == 3
    result = generate(services, opp, kind, tmp_path / f"{kind}.docx", allow_gaps=True)
    text = docx_text(result.path)
    for gap in result.check.gaps:
        assert placeholder(gap.label) in text, (kind, gap.label)


def test_internal_documents_are_made_without_pre_flight(services: Any, tmp_path: Path) -> None:
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统")
    for kind in ("initiation", "handover"):
        assert check(services, opp, kind).gaps == []
        assert generate(services, opp, kind, tmp_path / f"{kind}.docx").path.is_file()


def test_a_demo_bid_with_the_demo_library_has_no_gaps(tmp_path: Path) -> None:
    from projdesk.demo.generate import generate_demo
    from projdesk.storage.services import Services

    services = Services.open(tmp_path / "demo.db")
    try:
        generate_demo(services, count=120, seed=3, today=dt.date(2026, 12, 1))
        bids = [c for c in services.opportunities.list() if c.stage == 9]
        detail = services.opportunities.detail(bids[0].id)
        assert detail.requirements and all(r.response for r in detail.requirements)
        result = check(services, bids[0].id, "bid", today=dt.date(2026, 12, 1))
        assert result.gaps == []
        assert len(result.warnings) == 1  # the demo library's lapsed ISO 20000 certificate
    finally:
        services.close()


def test_gap_texts_are_coded_and_worded_through_labels(services: Any) -> None:
    from projdesk import labels
    from projdesk.deliverables.preflight import LIBRARY_TARGETS, NEEDS

    # Every value a document needs is named by a code of the one table; every place too.
    for needs in NEEDS.values():
        for need in needs:
            assert need.label_code in labels.GAP_TEXTS, need
            assert need.target.startswith("step:") or need.target in LIBRARY_TARGETS
    assert set(LIBRARY_TARGETS) <= set(labels.GAP_WHERE_TEXTS)
    gaps = check(services, early_bid(services), "bid").gaps
    tender = next(g for g in gaps if g.code == "bid.tender_number")
    clause = next(g for g in gaps if g.code == "clause_answer")
    assert (tender.label, tender.where_text()) == ("招标编号", "步骤 Q 方案定稿")
    assert clause.params == {"clause": "1"} and clause.line == "第1条应答（步骤 Q 方案定稿 › 招标要求）"
    english = {
        "招标编号": "Tender number",
        "步骤 {letter} {title}": "Step {letter}: {title}",
        "方案定稿": "Final",
    }
    assert tender.line_text(lambda text: english.get(text, text)) == "Tender number（Step Q: Final）"
