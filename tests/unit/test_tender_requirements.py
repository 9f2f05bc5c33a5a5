"""Step Q's tender requirements and our answers: import, answer, the deviation tables, the ★ gate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from projdesk.cli import main
from projdesk.deliverables.service import generate
from projdesk.deliverables.tender_docx import read_tender_docx
from projdesk.domain.errors import BadInputFile, InvalidInput, RuleRefused
from projdesk.domain.tender import parse_pasted
from tests.unit.snapshot_helpers import new_device, template_db

PASTED = """一、技术要求
★1 系统支持不少于 2000 路并发影像调阅
1.2 ▲ 支持 DICOM 3.0 标准
 支持国产操作系统
二、商务要求
★1 实施周期不超过 90 天
2 质保期不少于三年
"""


def tender_docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph("第三章 技术要求")
    table = doc.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ("序号", "技术参数及要求", "备注"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("3.1", "★存储容量不少于 200TB", ""), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[2].cells, ("3.2", "支持双活部署", ""), strict=True):
        cell.text = text
    doc.add_paragraph("第四章 商务要求")
    table = doc.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("条款号", "条款内容", "重要性"), strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("4.1", "付款方式：验收合格后付 95%", "▲"), strict=True):
        cell.text = text
    doc.save(str(path))
    return path


def bid_opportunity(services: Any) -> str:
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统", amount="1200000")
    services.tender.import_requirements(opp, parse_pasted(PASTED))
    return str(opp)


def test_pasted_lines_become_requirements_with_clause_mark_and_category() -> None:
    drafts = parse_pasted(PASTED)
    assert [(d.clause, d.mark, d.category) for d in drafts] == [
        ("1", "★", "技术"),
        ("1.2", "▲", "技术"),
        ("3", "", "技术"),  # no number: its place in the list
        ("商务1", "★", "商务"),  # 1 is taken by a technical clause
        ("2", "", "商务"),
    ]
    assert drafts[0].text == "系统支持不少于 2000 路并发影像调阅"


def test_pasted_text_without_requirements_is_refused() -> None:
    with pytest.raises(InvalidInput, match="没有找到招标要求"):
        parse_pasted("\n二、商务要求\n\n")


def test_tender_docx_tables_give_clauses_marks_and_categories(tmp_path: Path) -> None:
    drafts = read_tender_docx(tender_docx(tmp_path / "招标文件.docx"))
    assert [(d.clause, d.text, d.mark, d.category) for d in drafts] == [
        ("3.1", "存储容量不少于 200TB", "★", "技术"),
        ("3.2", "支持双活部署", "", "技术"),
        ("4.1", "付款方式：验收合格后付 95%", "▲", "商务"),
    ]


def test_a_file_that_is_not_a_word_document_is_a_bad_input_file(tmp_path: Path) -> None:
    bad = tmp_path / "招标文件.docx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(BadInputFile):
        read_tender_docx(bad)


def test_reimporting_an_amended_tender_keeps_our_answers(services: Any) -> None:
    opp = bid_opportunity(services)
    services.tender.answer(opp, "1", response="正偏离", explanation="支持 3000 路", answered_in="5.2")
    amended = PASTED.replace("2000 路", "2500 路")
    result = services.tender.import_requirements(opp, parse_pasted(amended))
    assert (result.added, result.updated, result.unchanged) == (0, 1, 4)
    first = services.tender.requirements(opp)[0]
    assert (first.text, first.response, first.explanation) == (
        "系统支持不少于 2500 路并发影像调阅",
        "正偏离",
        "支持 3000 路",
    )


def test_an_answer_outside_the_four_responses_is_refused_and_nothing_changes(services: Any) -> None:
    opp = bid_opportunity(services)
    with pytest.raises(InvalidInput, match="应答只能是"):
        services.tender.answer(opp, "1", response="完全响应", explanation="x")
    assert services.tender.requirements(opp)[0].response == ""
    with pytest.raises(InvalidInput, match=r"没有第 9\.9 条"):
        services.tender.answer(opp, "9.9", response="响应")


def test_an_unanswered_starred_clause_blocks_step_s_naming_the_clause(services: Any) -> None:
    opp = bid_opportunity(services)
    services.commercial.add_review(opp, "bid", outcome="passed")
    with pytest.raises(RuleRefused) as refused:
        services.steps.update(opp, "S", {"submitted_on": "2026-12-20"}, "done")
    reasons = refused.value.reasons
    assert "招标要求第 1 条（★）尚未答复（步骤 Q：招标要求）" in reasons
    assert "招标要求第 商务1 条（★）尚未答复（步骤 Q：招标要求）" in reasons
    services.tender.answer(opp, "1", response="无偏离", explanation="支持 2000 路")
    services.tender.answer(opp, "商务1", response="响应", explanation="60 天完成")
    assert services.steps.update(opp, "S", {"submitted_on": "2026-12-20"}, "done").status == "done"


def test_the_tech_deviation_table_rows_equal_the_recorded_responses(services: Any, tmp_path: Path) -> None:
    from docx import Document

    opp = bid_opportunity(services)
    services.tender.answer(
        opp, "1", response="正偏离", explanation="支持 3000 路并发", answered_in="第五章 5.2"
    )
    services.tender.answer(opp, "1.2", response="无偏离", explanation="通过 DICOM 3.0 一致性认证")
    path = generate(
        services, opp, "bid", tmp_path / "bid.docx", today=dt.date(2026, 12, 1), allow_gaps=True
    ).path
    tables = Document(str(path)).tables
    tech = next(t for t in tables if t.rows[0].cells[1].text == "条款号" and "1.2" in t.rows[2].cells[1].text)
    rows = [[c.text for c in row.cells] for row in tech.rows[1:]]
    recorded = [r for r in services.tender.requirements(opp) if r.category == "技术"]
    assert len(rows) == len(recorded) == 3
    assert rows[0] == [
        "1",
        "1",
        "★系统支持不少于 2000 路并发影像调阅",
        "支持 3000 路并发",
        "正偏离",
        "第五章 5.2",
    ]
    assert rows[1][3:5] == ["通过 DICOM 3.0 一致性认证", "无偏离"]
    # The clause nobody answered is a gap, never "无偏离".
    assert rows[2][3:5] == ["【待填：第3条应答】", "【待填：第3条偏离情况】"]


def test_no_hard_coded_compliance_is_left_in_the_bid(services: Any, tmp_path: Path) -> None:
    from tests.unit.documents_helpers import docx_text

    opp = bid_opportunity(services)
    text = docx_text(generate(services, opp, "bid", tmp_path / "bid.docx", allow_gaps=True).path)
    assert "完全响应" not in text
    assert "无偏离" not in text  # nothing was answered 无偏离
    assert "【待填：第商务1条偏离情况】" in text  # the business table carries its own clauses


def test_requirement_cli_imports_lists_and_answers(
    services: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    opp = services.opportunities.add("华东人民医院", "PACS 影像系统")
    tender = tender_docx(tmp_path / "招标文件.docx")
    assert main(["--db", str(db_path), "requirement", "import", opp, str(tender)]) == 0
    assert "招标要求 3 条（★ 1 条）：新增 3" in capsys.readouterr().out
    assert main(["--db", str(db_path), "requirement", "answer", opp, "3.1", "--response", "正偏离",
                 "--explain", "提供 240TB", "--where", "第五章"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["--db", str(db_path), "requirement", "list", opp, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["clause"], r["response"], r["explanation"], r["answered_in"]) for r in rows] == [
        ("3.1", "正偏离", "提供 240TB", "第五章"),
        ("3.2", "", "", ""),
        ("4.1", "", "", ""),
    ]
    assert main(["--db", str(db_path), "requirement", "answer", opp, "3.2", "--response", "大概"]) == 2
    assert "应答只能是" in capsys.readouterr().err


def test_requirement_cli_refuses_a_bad_file_with_exit_4_and_changes_nothing(
    services: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统")
    bad = tmp_path / "招标文件.docx"
    bad.write_bytes(b"PK\x03\x04 damaged")
    assert main(["--db", str(db_path), "requirement", "import", opp, str(bad)]) == 4
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    text = tmp_path / "要求.txt"
    text.write_bytes("★ 要求".encode("gbk"))
    assert main(["--db", str(db_path), "requirement", "import", opp, "--text", str(text)]) == 4
    assert services.tender.requirements(opp) == []


def test_requirements_and_answers_travel_in_a_snapshot(tmp_path: Path) -> None:
    a, sync_a = new_device(tmp_path / "a", "a", "张伟", template_db())
    b, sync_b = new_device(tmp_path / "b", "b", "李娜", template_db())
    try:
        opp = bid_opportunity(a)
        a.tender.answer(opp, "1", response="正偏离", explanation="支持 3000 路")
        sync_a.export(tmp_path / "a.pdsnap")
        sync_b.import_snapshot(tmp_path / "a.pdsnap")
        b.tender.answer(opp, "2", response="响应", explanation="质保五年")
        sync_b.export(tmp_path / "b.pdsnap")
        sync_a.import_snapshot(tmp_path / "b.pdsnap")
        answers = {r.clause: (r.response, r.explanation) for r in a.tender.requirements(opp)}
        assert answers["1"] == ("正偏离", "支持 3000 路")
        assert answers["2"] == ("响应", "质保五年")
    finally:
        a.close()
        b.close()
