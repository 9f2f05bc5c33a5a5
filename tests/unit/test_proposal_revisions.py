"""The proposal's 修订说明: each suggestion the customer made beside how this version answers it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from projdesk.deliverables.gaps import placeholder
from projdesk.deliverables.service import check, generate
from tests.unit.documents_helpers import docx_text


def proposal_with_feedback(services: Any, answers: str) -> str:
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统", amount="1200000")
    services.steps.update(
        opp,
        "M",
        {
            "version": "V1.1",
            "feedback": "增加与 HIS 的接口说明\n存储扩容按五年测算\n补充等保三级措施",
            "feedback_answers": answers,
        },
    )
    return str(opp)


def revision_rows(path: Path) -> list[list[str]]:
    from docx import Document

    for table in Document(str(path)).tables:
        rows = [[c.text for c in row.cells] for row in table.rows]
        if rows and rows[0] == ["序号", "客户意见", "本版的修改"]:
            return rows[1:]
    raise AssertionError("no 修订说明 table")


def test_proposal_revision_notes_pair_each_request_with_its_answer_and_mark_unanswered_ones(
    services: Any, tmp_path: Path
) -> None:
    opp = proposal_with_feedback(
        services, "第 4.2 节新增 HIS/PACS 接口清单\n存储按五年数据增量重新测算为 480 TB"
    )
    gaps = check(services, opp, "proposal").gaps
    assert [g.line for g in gaps if g.code == "change_answer"] == ["第 3 条修改意见的答复（步骤 M 方案完善）"]
    made = generate(services, opp, "proposal", tmp_path / "p.docx", allow_gaps=True)
    assert revision_rows(made.path) == [
        ["1", "增加与 HIS 的接口说明", "第 4.2 节新增 HIS/PACS 接口清单"],
        ["2", "存储扩容按五年测算", "存储按五年数据增量重新测算为 480 TB"],
        ["3", "补充等保三级措施", placeholder("第 3 条修改意见的答复")],
    ]


def test_proposal_with_every_request_answered_has_no_revision_gap(services: Any, tmp_path: Path) -> None:
    opp = proposal_with_feedback(services, "接口清单见附件一\n按五年测算\n新增安全章节")
    assert not [g for g in check(services, opp, "proposal").gaps if g.code == "change_answer"]


def test_first_proposal_without_feedback_says_so_and_has_no_revision_table(
    services: Any, tmp_path: Path
) -> None:
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统")
    made = generate(services, opp, "proposal", tmp_path / "p.docx", allow_gaps=True)
    text = docx_text(made.path)
    assert "本版为首次提交，暂无客户意见。" in text and "本版的修改" not in text


def test_typed_numbering_of_the_suggestions_is_not_printed_twice(services: Any) -> None:
    from projdesk.deliverables.context import revisions

    rows = revisions(
        {"feedback": "1. 增加数据迁移方案\n2、细化培训计划", "feedback_answers": "4.2 节新增迁移方案"}
    )
    assert [(r["request"], r["answer"]) for r in rows] == [
        ("增加数据迁移方案", "4.2 节新增迁移方案"),
        ("细化培训计划", ""),
    ]
