"""Import from a sheet: headers by name, bad rows reported and skipped, one transaction, dry run."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from projdesk.deliverables.sheet_import import import_sheet, read_sheet
from projdesk.deliverables.sheets import weekly
from projdesk.domain.errors import BadInputFile, InvalidInput
from projdesk.storage.services import Services
from projdesk.storage.services.reports import Week, weekly_rows
from tests.unit.sheets_data import MONDAY, make_book


def write_sheet(path: Path, rows: list[list[Any]], *, title_rows: int = 2) -> Path:
    wb = Workbook()
    ws = wb.active
    for i in range(title_rows):
        ws.append([f"我的商机跟踪表 第{i + 1}行"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def opp_key(o: Any) -> tuple[Any, ...]:
    return (o.customer, o.name, o.stage, o.amount, o.key_account)


def test_tracker_with_headers_in_any_order_and_extra_columns(services: Any, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "tracker.xlsx",
        [
            [
                "备注",
                "项目名称",
                "预计签单额（万元）",
                "客户名称",
                "当前阶段",
                "重点客户",
                "下周计划",
                "计划日期",
                "行业",
            ],
            ["随便写", "调度平台", 120, "华东电力", "3", "是", "发方案", dt.datetime(2026, 12, 5), "电力"],
            [None, "数据中台", "85.5", "青岛港", "方案准备", "否", "", None, None],
            [None, "小项目", "3000元", "青岛港", None, None, None, None, None],
        ],
    )
    result = import_sheet(services, path)
    assert (result.created, result.updated, result.errors) == (3, 0, [])
    cards = {c.name: c for c in services.opportunities.list()}
    assert cards["调度平台"].amount == Decimal("1200000.00") and cards["调度平台"].stage == 3
    assert cards["调度平台"].key_account and not cards["数据中台"].key_account
    assert cards["调度平台"].next_step == "发方案" and cards["调度平台"].next_date == dt.date(2026, 12, 5)
    assert cards["调度平台"].industry == "电力" and cards["调度平台"].owner == "张伟"
    assert cards["数据中台"].amount == Decimal("855000.00") and cards["数据中台"].stage == 5
    assert cards["小项目"].amount == Decimal("3000.00") and cards["小项目"].stage == 1


def test_bad_rows_are_reported_by_number_and_good_rows_go_in(services: Any, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "bad.xlsx",
        [
            ["客户名称", "项目名称", "当前阶段", "预计签单额(万元)"],
            ["甲公司", "好项目一", "1", 10],  # row 4
            ["乙公司", "金额写错", "2", "大约十万"],  # row 5
            ["丙公司", "阶段写错", "立项中", 10],  # row 6
            [None, "没有客户", "1", 10],  # row 7
            [None, None, None, None],  # row 8: blank, ignored
            ["丁公司", "好项目二", "交流公关", None],  # row 9
        ],
    )
    result = import_sheet(services, path)
    assert result.created == 2
    assert [row for row, _ in result.errors] == [5, 6, 7]
    messages = {row: str(error) for row, error in result.errors}
    assert "金额" in messages[5] and "阶段" in messages[6] and "客户名称" in messages[7]
    assert sorted(c.name for c in services.opportunities.list()) == ["好项目一", "好项目二"]


def test_dry_run_changes_nothing(services: Any, tmp_path: Path) -> None:
    services.opportunities.add("甲公司", "老项目", amount="100000")
    before = [opp_key(c) for c in services.opportunities.list()]
    history = services.history.of(services.opportunities.list()[0].id)
    path = write_sheet(
        tmp_path / "t.xlsx",
        [
            ["客户名称", "项目名称", "当前阶段", "预计签单额(万元)"],
            ["甲公司", "老项目", "4", 20],
            ["乙公司", "新项目", "1", 5],
        ],
    )
    result = import_sheet(services, path, dry_run=True)
    assert (result.created, result.updated, result.dry_run) == (1, 1, True)
    assert [opp_key(c) for c in services.opportunities.list()] == before
    assert services.history.of(services.opportunities.list()[0].id) == history


def test_updates_match_customer_and_project_and_note_the_import(services: Any, tmp_path: Path) -> None:
    opp = services.opportunities.add("甲公司", "老项目", amount="100000")
    services.risks.add(opp, "原有风险")
    path = write_sheet(
        tmp_path / "t.xlsx",
        [
            ["客户名称", "项目名称", "当前阶段", "预计签单额(万元)", "风险与问题"],
            ["甲公司", "老项目", "申请立项", 20, None],
        ],
    )
    result = import_sheet(services, path)
    assert (result.created, result.updated) == (0, 1)
    card = services.opportunities.summary(opp)
    assert card.stage == 3 and card.amount == Decimal("200000.00")
    assert [r.description for r in services.risks.list(opp)] == ["原有风险"]  # a blank cell adds none
    stage_lines = [h for h in services.history.of(opp) if h.field == "stage"]
    assert stage_lines and stage_lines[0].kind == "import"
    again = import_sheet(services, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)


def test_same_opportunity_twice_in_one_sheet_is_refused_once(services: Any, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "t.xlsx",
        [["客户名称", "项目名称"], ["甲公司", "项目"], ["甲公司", "项目"]],
    )
    result = import_sheet(services, path)
    assert result.created == 1 and [row for row, _ in result.errors] == [5]


def test_round_trip_weekly_summary_into_an_empty_database(services: Any, tmp_path: Path) -> None:
    make_book(services)
    report = weekly_rows(services, Week.of(MONDAY), None, first_stage=1)  # every deal of the book
    path = weekly.write(report, tmp_path / "weekly.xlsx")
    other = Services.open(tmp_path / "b.db")
    try:
        result = import_sheet(other, path)
        assert result.errors == [] and result.created == 3
        mine = sorted(opp_key(c) for c in services.opportunities.list(include_closed=False))
        theirs = sorted(opp_key(c) for c in other.opportunities.list(include_closed=False))
        assert theirs == mine
        assert any(k[4] for k in theirs)  # the key account came across
    finally:
        other.close()


def test_not_an_xlsx_is_a_bad_input_file(tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"not a spreadsheet at all")
    with pytest.raises(BadInputFile):
        read_sheet(junk)
    with pytest.raises(BadInputFile, match="表头"):
        read_sheet(write_sheet(tmp_path / "nohead.xlsx", [["a", "b"], [1, 2]]))


# -- which sheet, and amounts through the one parser (issue 11) ---------------------------------


def book_with_hidden_sheets(path: Path) -> Path:
    """A hidden and a very hidden sheet before the visible one, each with a valid header."""
    wb = Workbook()
    for title, state, project in (("旧版", "hidden", "隐藏项目"), ("底稿", "veryHidden", "极隐藏项目")):
        ws = wb.create_sheet(title)
        ws.append(["客户名称", "项目名称"])
        ws.append(["甲公司", project])
        ws.sheet_state = state
    visible = wb.create_sheet("本周")
    visible.append(["客户名称", "项目名称", "预计签单额(万元)"])
    visible.append(["甲公司", "可见项目", 10])
    wb.remove(wb.worksheets[0])  # the default empty sheet
    wb.save(path)
    return path


def test_hidden_and_very_hidden_sheets_are_skipped_for_the_first_visible(tmp_path: Path) -> None:
    rows = read_sheet(book_with_hidden_sheets(tmp_path / "book.xlsx"))
    assert rows.sheet == "本周"
    assert [r.project for r in rows.rows] == ["可见项目"]


def test_sheet_named_by_the_user_is_the_one_read_even_if_hidden(services: Any, tmp_path: Path) -> None:
    result = import_sheet(services, book_with_hidden_sheets(tmp_path / "book.xlsx"), sheet="底稿")
    assert (result.created, result.errors) == (1, [])
    assert [c.name for c in services.opportunities.list()] == ["极隐藏项目"]


def test_unknown_sheet_name_is_one_line_and_nothing_written(services: Any, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"^book\.xlsx 中没有名为“周报”的工作表（有：旧版、底稿、本周）$"):
        import_sheet(services, book_with_hidden_sheets(tmp_path / "book.xlsx"), sheet="周报")
    assert services.opportunities.list() == []


def test_workbook_with_only_hidden_sheets_has_no_header_to_import(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["说明"])
    hidden = wb.create_sheet("数据")
    hidden.append(["客户名称", "项目名称"])
    hidden.sheet_state = "hidden"
    wb.save(tmp_path / "hidden.xlsx")
    with pytest.raises(BadInputFile, match="可见的工作表"):
        read_sheet(tmp_path / "hidden.xlsx")


def test_amount_with_thousands_separators_in_invalid_groups_is_refused(services: Any, tmp_path: Path) -> None:
    path = write_sheet(
        tmp_path / "groups.xlsx",
        [
            ["客户名称", "项目名称", "预计签单额(万元)"],
            ["甲公司", "逗号乱写", "1,2,3"],  # row 4: not 123万
            ["乙公司", "千分位", "1,234.5"],  # row 5: 1234.5万
            ["丙公司", "阿拉伯数字", "١٢٣"],  # row 6
            ["丁公司", "太大", 1_000_000_000],  # row 7: 10^13 yuan, above the bound
        ],
    )
    result = import_sheet(services, path)
    assert [row for row, _ in result.errors] == [4, 6, 7]
    messages = {row: str(error) for row, error in result.errors}
    assert "不是有效的金额：1,2,3" in messages[4] and "超出上限" in messages[7]
    assert [(c.name, c.amount) for c in services.opportunities.list()] == [("千分位", Decimal("12345000.00"))]


def test_sheet_risks_and_problems_become_risk_records_once(services: Any, tmp_path: Path) -> None:
    opp = services.opportunities.add("甲公司", "老项目", amount="100000")
    services.risks.add(opp, "原有风险", probability="high", impact="high")
    path = write_sheet(
        tmp_path / "t.xlsx",
        [
            ["客户名称", "项目名称", "风险与问题"],
            ["甲公司", "老项目", "【高】原有风险\n【低】新的风险"],
            ["乙公司", "新项目", "预算可能压缩"],
        ],
    )
    import_sheet(services, path)
    risks = {r.description: r.level for r in services.risks.list(opp)}
    assert risks == {"原有风险": "high", "新的风险": "low"}  # the weekly summary's own line adds nothing
    new = next(c for c in services.opportunities.list() if c.name == "新项目")
    assert [(r.description, r.level) for r in services.risks.list(new.id)] == [("预算可能压缩", "medium")]
    again = import_sheet(services, path)
    assert (again.updated, again.created) == (0, 0)
    assert len(services.risks.list(opp)) == 2
