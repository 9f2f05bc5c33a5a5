"""The weekly summary sheet as a user opens it: headers, rows, 是/否, totals, text never formulas."""

from __future__ import annotations

import datetime as dt
import subprocess
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from projdesk.deliverables.sheets import weekly
from projdesk.deliverables.sheets.styles import safe_cell_value, text_width
from projdesk.domain.errors import InvalidInput
from projdesk.storage.services.reports import Week, stage_by_text, weekly_rows
from tests.unit.sheets_data import MONDAY, make_book


def _table(ws: Any, header: int) -> tuple[list[str], list[dict[str, Any]]]:
    headers = [c.value for c in ws[header]]
    rows = []
    for values in ws.iter_rows(min_row=header + 1, values_only=True):
        rows.append(dict(zip(headers, values, strict=True)))
    return headers, rows


@pytest.fixture
def summary(services: Any, tmp_path: Path) -> tuple[Path, Any]:
    book = make_book(services)
    report = weekly_rows(services, Week.of(MONDAY), None, first_stage=1)
    path = weekly.write(report, tmp_path / weekly.file_name(report))
    return path, book


def test_file_name_and_headers(summary: tuple[Path, Any]) -> None:
    path, _ = summary
    assert path.name == f"项目运作周进度总结表_{Week.of(MONDAY).label}_全部.xlsx"
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "周进度总结",
        "阶段汇总",
        "重点客户",
        "暂停商机",
        "按负责人小计",
    ]  # the team view
    ws = wb["周进度总结"]
    assert "项目运作周进度总结表" in ws["A1"].value and Week.of(MONDAY).label in ws["A1"].value
    assert "填报人：张伟" in ws["A2"].value
    headers, _ = _table(ws, weekly.HEADER_ROW)
    for name in ("序号", "客户名称", "项目名称", "行业", "地区", "重点客户", "当前阶段", "当前步骤", "本周进展",
                 "下周计划", "预计签单额(万元)", "预计签约日期", "项目主管", "需要的支持", "风险与问题", "最后更新"):  # fmt: skip
        assert name in headers
    assert ws.freeze_panes == f"D{weekly.HEADER_ROW + 1}"
    assert ws.auto_filter.ref.startswith(f"A{weekly.HEADER_ROW}:")
    assert ws.page_setup.orientation == "landscape"


def test_rows_hold_open_opportunities_with_their_values(summary: tuple[Path, Any]) -> None:
    path, _ = summary
    _, rows = _table(load_workbook(path)["周进度总结"], weekly.HEADER_ROW)
    assert [r["客户名称"] for r in rows] == [
        "青岛港集团",
        "济南市大数据局",
        "华东电力设计院",
    ]  # stage, then amount; won left out
    assert [r["序号"] for r in rows] == [1, 2, 3]
    key = rows[2]
    assert key["重点客户"] == "是" and rows[0]["重点客户"] == "否" and rows[1]["重点客户"] == "否"
    assert key["当前阶段"] == "申请立项" and key["当前步骤"].startswith("J ")
    assert key["预计签单额(万元)"] == pytest.approx(123.456789)
    assert (
        key["项目主管"] == "刘洋"
        and key["需要的支持"] == "需要售前演示环境"
        and key["风险与问题"] == "【高】竞品低价"
    )
    assert "拜访信息中心王主任" in key["本周进展"] and "@确认演示时间" in key["本周进展"]
    assert "上周的电话" not in key["本周进展"]  # only this week's activities
    assert key["下周计划"] == "发送方案"
    assert isinstance(key["最后更新"], dt.datetime)


def test_user_text_never_becomes_a_formula(summary: tuple[Path, Any]) -> None:
    path, _ = summary
    ws = load_workbook(path)["周进度总结"]
    headers = [c.value for c in ws[weekly.HEADER_ROW]]
    plan = ws.cell(row=weekly.HEADER_ROW + 1, column=headers.index("下周计划") + 1)
    assert plan.value == "=1+2"
    assert plan.data_type == "s"
    assert plan.quotePrefix


def test_key_accounts_and_overdue_steps_are_highlighted(summary: tuple[Path, Any]) -> None:
    path, _ = summary
    ws = load_workbook(path)["周进度总结"]
    headers = [c.value for c in ws[weekly.HEADER_ROW]]
    key_row = weekly.HEADER_ROW + 3
    plain_row = weekly.HEADER_ROW + 1
    customer = headers.index("客户名称") + 1
    assert ws.cell(key_row, customer).fill.fgColor.rgb.endswith("FFF2CC")
    assert (
        ws.cell(plain_row, customer).fill.fgColor.rgb in ("00000000", None)
        or ws.cell(plain_row, customer).fill.fill_type is None
    )
    plan = headers.index("下周计划") + 1
    assert ws.cell(key_row, plan).font.color.rgb.endswith("C00000")  # the next step was due 3 days ago
    assert not (
        ws.cell(plain_row, plan).font.color
        and str(ws.cell(plain_row, plan).font.color.rgb).endswith("C00000")
    )


def test_summary_block_counts_the_week(services: Any) -> None:
    make_book(services)
    report = weekly_rows(services, Week.of(MONDAY), None, first_stage=1)
    assert report.counts.visits == 1
    assert report.counts.new_activities == 2
    assert report.counts.new_opportunities == 4
    assert report.counts.stage_changes == 1
    last_week = weekly_rows(services, Week.of(MONDAY).shifted(-1), None, first_stage=1)
    assert last_week.counts.new_activities == 1 and last_week.counts.visits == 0


def test_scope_is_the_owner_unless_all(services: Any) -> None:
    book = make_book(services)
    mine = weekly_rows(services, Week.of(MONDAY), "张伟", first_stage=1)
    assert book.other_owner_opp not in {r.opportunity_id for r in mine.rows}
    assert len(mine.rows) == 2
    theirs = weekly_rows(services, Week.of(MONDAY), "李娜", first_stage=1)
    assert [r.customer for r in theirs.rows] == ["济南市大数据局"]


def test_totals_sheet_and_chart(summary: tuple[Path, Any]) -> None:
    path, _ = summary
    ws = load_workbook(path)["阶段汇总"]
    headers, rows = _table(ws, 3)
    assert headers == ["阶段", "阶段名称", "商机数", "预计签单额(万元)", "重点客户商机"]
    by_stage = {r["阶段名称"]: r for r in rows if r["阶段"] != "合计"}
    assert len(by_stage) == 10
    assert by_stage["获取信息"]["商机数"] == 2
    assert by_stage["获取信息"]["预计签单额(万元)"] == pytest.approx(130)
    assert by_stage["申请立项"]["商机数"] == 1 and by_stage["申请立项"]["重点客户商机"] == 1
    total = next(r for r in rows if r["阶段"] == "合计")
    assert total["商机数"] == 3
    assert total["预计签单额(万元)"] == pytest.approx(253.456789)
    # openpyxl does not read charts back: check the chart XML in the file instead.
    import zipfile

    with zipfile.ZipFile(path) as z:
        xml = next(z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart"))
    assert "<barChart>" in xml and '<min val="0"/>' in xml  # bars start at zero


def test_weekly_chart_labels_show_values_in_wan_to_one_decimal(summary: tuple[Path, Any]) -> None:
    import zipfile

    path, _ = summary
    with zipfile.ZipFile(path) as z:
        xml = next(z.read(n).decode() for n in z.namelist() if n.startswith("xl/charts/chart"))
    labels = xml[xml.index("<dLbls>") : xml.index("</dLbls>")]
    # Its own format (not the cells' two decimals): LibreOffice honours it only when unlinked.
    assert '<numFmt formatCode="#,##0.0" sourceLinked="0"/>' in labels
    assert '<showVal val="1"/>' in labels
    for part in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
        assert f'<{part} val="0"/>' in labels
    assert '<numFmt formatCode="#,##0" sourceLinked="0"/>' in xml  # the axis: 140, not 140.00


def test_key_account_sheet_lists_only_key_accounts(summary: tuple[Path, Any]) -> None:
    path, _ = summary
    _, rows = _table(load_workbook(path)["重点客户"], 4)
    assert [(r["客户名称"], r["重点客户"]) for r in rows] == [("华东电力设计院", "是")]


def test_converts_with_libreoffice(summary: tuple[Path, Any], tmp_path: Path) -> None:
    path, _ = summary
    out = tmp_path / "pdf"
    profile = f"file:///tmp/lo-{uuid.uuid4().hex}"
    proc = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", str(out), str(path)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    pdf = out / (path.stem + ".pdf")
    assert pdf.exists() and pdf.stat().st_size > 5000


def test_safe_cell_value_keeps_formula_like_text(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row, text in enumerate(("=1+2", "+86 138", "-折扣", "@张伟", "正常", "=SUM(A1:A2)"), start=1):
        safe_cell_value(ws.cell(row=row, column=1), text)
    safe_cell_value(ws.cell(row=7, column=1), Decimal("12.5"))
    safe_cell_value(ws.cell(row=8, column=1), "坏\x07字符")
    wb.save(tmp_path / "x.xlsx")
    back = load_workbook(tmp_path / "x.xlsx").active
    assert [back.cell(r, 1).value for r in range(1, 7)] == [
        "=1+2",
        "+86 138",
        "-折扣",
        "@张伟",
        "正常",
        "=SUM(A1:A2)",
    ]
    assert all(back.cell(r, 1).data_type == "s" for r in range(1, 7))
    assert back.cell(7, 1).value == 12.5
    assert back.cell(8, 1).value == "坏字符"


def test_text_width_counts_wide_characters_twice() -> None:
    assert text_width("abc") == 3
    assert text_width("客户名称") == 8
    assert text_width("Ａ1") == 3  # full-width letter
    assert text_width("第一行\n更长的第二行") == 12


def test_week_parsing() -> None:
    week = Week.parse("2026-W48")
    assert (week.start, week.end) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29))
    assert Week.parse("2026w5").label == "2026-W05"
    with pytest.raises(InvalidInput):
        Week.parse("2026-W60")
    with pytest.raises(InvalidInput):
        Week.parse("下周")


def test_stage_by_name_or_number() -> None:
    assert stage_by_text("申请立项") == 3
    assert stage_by_text(3) == 3
    assert stage_by_text("10 项目移交") == 10
    assert stage_by_text("4 申请立项") is None
    assert stage_by_text("立项") is None
    assert stage_by_text(11) is None


def test_open_high_risk_is_red_in_risks_and_problems_and_counted(summary: tuple[Path, Any]) -> None:
    path, _ = summary
    ws = load_workbook(path)["周进度总结"]
    headers = [c.value for c in ws[weekly.HEADER_ROW]]
    risks = headers.index("风险与问题") + 1
    key_row, plain_row = weekly.HEADER_ROW + 3, weekly.HEADER_ROW + 1
    assert ws.cell(key_row, risks).value == "【高】竞品低价"
    assert ws.cell(key_row, risks).font.color.rgb.endswith("C00000")
    assert not (
        ws.cell(plain_row, risks).font.color
        and str(ws.cell(plain_row, risks).font.color.rgb).endswith("C00000")
    )
    labels = [ws.cell(4, c).value for c in range(1, len(headers) + 1)]
    figure = labels.index("有高风险商机") + 1
    assert ws.cell(5, figure).value == 1


def test_weekly_summary_starts_at_stage_3_unless_every_stage_is_asked_for(services: Any) -> None:
    book = make_book(services)
    default = weekly_rows(services, Week.of(MONDAY), None)
    assert [r.opportunity_id for r in default.rows] == [book.key_opp]  # the others are at stage 1
    assert all(r.stage >= 3 for r in default.rows) and default.first_stage == 3
    every = weekly_rows(services, Week.of(MONDAY), None, first_stage=1)
    assert {book.plain_opp, book.other_owner_opp} < {r.opportunity_id for r in every.rows}


def test_on_hold_deals_get_a_section_of_their_own(services: Any, tmp_path: Path) -> None:
    book = make_book(services)
    services.closing.hold(book.key_opp, reason="客户预算冻结", look_again="2027-03-01")
    report = weekly_rows(services, Week.of(MONDAY), None)
    assert report.rows == []  # on hold: not among the open deals
    [held] = report.on_hold
    assert (held.customer, held.hold_reason, held.look_again) == (
        "华东电力设计院",
        "客户预算冻结",
        dt.date(2027, 3, 1),
    )
    ws = load_workbook(weekly.write(report, tmp_path / "w.xlsx"))["暂停商机"]
    headers, rows = _table(ws, 4)
    assert headers == list(weekly.ON_HOLD_HEADERS)
    assert [(r["客户名称"], r["暂停原因"]) for r in rows] == [("华东电力设计院", "客户预算冻结")]


def test_team_view_has_per_owner_subtotals(services: Any, tmp_path: Path) -> None:
    make_book(services)
    report = weekly_rows(services, Week.of(MONDAY), None, first_stage=1)
    totals = {t.owner: (t.count, t.amount) for t in report.owner_totals()}
    assert totals == {"张伟": (2, Decimal("2034567.89")), "李娜": (1, Decimal("500000.00"))}
    book = load_workbook(weekly.write(report, tmp_path / "team.xlsx"))
    headers, rows = _table(book["按负责人小计"], 3)
    assert headers == list(weekly.OWNER_HEADERS)
    assert [(r["负责人"], r["商机数"]) for r in rows] == [("张伟", 2), ("李娜", 1), ("合计", 3)]
    mine = weekly_rows(services, Week.of(MONDAY), "张伟", first_stage=1)
    assert "按负责人小计" not in load_workbook(weekly.write(mine, tmp_path / "mine.xlsx")).sheetnames
