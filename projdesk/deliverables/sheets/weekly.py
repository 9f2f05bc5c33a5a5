"""项目运作周进度总结表: the weekly progress summary a salesperson or team lead sends.

Sheet 1 is the summary (title, the week's counts, one row per open opportunity from stage 3
on unless every stage is asked for, key accounts and overdue next steps highlighted); sheet 2
totals by stage with a bar chart; sheet 3 the key accounts; sheet 4 the deals on hold, with
why and when to look again; in the team view, sheet 5 the subtotals per owner. ``projdesk sheet import`` reads sheet 1's columns back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.data_source import NumFmt
from openpyxl.chart.label import DataLabelList
from openpyxl.worksheet.worksheet import Worksheet

from projdesk.deliverables.sheets import styles
from projdesk.domain.errors import InvalidInput
from projdesk.domain.money import yuan_to_wan
from projdesk.storage.services.reports import WeeklyReport, WeeklyRow

Progress = Callable[[int, int, str], None]
TITLE = "项目运作周进度总结表"
CHART_LABEL_FORMAT = "#,##0.0"  # 万元 to one decimal: 253.5, never 253.46 nor 253.456789
SHEET_SUMMARY = "周进度总结"
SHEET_STAGES = "阶段汇总"
SHEET_KEYS = "重点客户"
SHEET_ON_HOLD = "暂停商机"
SHEET_OWNERS = "按负责人小计"
ON_HOLD_HEADERS = (
    "序号",
    "客户名称",
    "项目名称",
    "当前阶段",
    "暂停原因",
    "重新评估日期",
    "预计签单额(万元)",
    "负责人",
)
ON_HOLD_KINDS = ("int", "text", "wrap", "center", "wrap", "date", "money", "center")
OWNER_HEADERS = ("负责人", "商机数", "预计签单额(万元)", "重点客户商机")
HEADER_ROW = 7  # title, subtitle, blank, summary labels, figures, legend, header
PROGRESS_EVERY = 500


@dataclass(frozen=True)
class Column:
    header: str
    kind: str  # named-style suffix: text, wrap, center, date, money, int
    max_width: int = 30


COLUMNS: tuple[Column, ...] = (
    Column("序号", "int", 6),
    Column("客户名称", "text", 28),
    Column("项目名称", "wrap", 28),
    Column("行业", "center", 8),
    Column("地区", "center", 8),
    Column("重点客户", "center", 8),
    Column("当前阶段", "center", 10),
    Column("当前步骤", "text", 16),
    Column("本周进展", "wrap", 40),
    Column("下周计划", "wrap", 28),
    Column("计划日期", "date", 11),
    Column("预计签单额(万元)", "money", 12),
    Column("预计签约日期", "date", 12),
    Column("项目主管", "center", 8),
    Column("负责人", "center", 8),
    Column("需要的支持", "wrap", 24),
    Column("风险与问题", "wrap", 24),
    Column("最后更新", "date", 11),
)
HEADERS: tuple[str, ...] = tuple(c.header for c in COLUMNS)
_LATE = frozenset({"下周计划", "计划日期"})
RISKS_HEADER = "风险与问题"  # the register's open risks, red when one is high


def cells(row: WeeklyRow) -> list[Any]:
    """The row's values in COLUMNS order, as the sheet (and the GUI preview) shows them."""
    return [
        row.number,
        row.customer,
        row.project,
        row.industry,
        row.region,
        "是" if row.key_account else "否",
        row.stage_name,
        row.step,
        row.progress,
        row.plan,
        row.plan_date,
        yuan_to_wan(row.amount) if row.amount is not None else None,
        row.sign_date,
        row.lead,
        row.owner,
        row.support,
        row.risks,
        row.updated,
    ]


def scope_label(report: WeeklyReport) -> str:
    """``全部`` or the owner's name: the file name carries it, so two scopes never share a file."""
    return "全部" if report.owner is None else styles.safe_file_part(report.owner)


def file_name(report: WeeklyReport) -> str:
    return f"{TITLE}_{report.week.label}_{scope_label(report)}.xlsx"


def week_caption(report: WeeklyReport) -> str:
    start, end = report.week.start, report.week.end
    return f"{report.week.label}（{start.month}月{start.day}日—{end.month}月{end.day}日）"


def scope_caption(report: WeeklyReport) -> str:
    who = "全部商机" if report.owner is None else f"{report.owner} 的商机"
    if report.first_stage > 1:  # the method keeps the summary from 申请立项 on
        return f"{who}（阶段 {report.first_stage} 起）"
    return f"{who}（全部阶段）"


def build_workbook(report: WeeklyReport, progress: Progress | None = None) -> Workbook:
    wb = styles.new_workbook()
    ws = wb.active
    ws.title = SHEET_SUMMARY
    _summary_sheet(ws, report, progress)
    _stage_sheet(wb.create_sheet(SHEET_STAGES), report)
    keys = wb.create_sheet(SHEET_KEYS)
    _table(keys, report.key_rows, header=4, progress=None)
    styles.title_block(
        keys,
        f"重点客户商机 {report.week.label}",
        f"{scope_caption(report)}　共 {len(report.key_rows)} 个　填报人：{report.author}",
        len(COLUMNS),
    )
    styles.print_setup(keys, header=4)
    _on_hold_sheet(wb.create_sheet(SHEET_ON_HOLD), report)
    if report.team_view:
        _owner_sheet(wb.create_sheet(SHEET_OWNERS), report)
    return wb


def write(
    report: WeeklyReport,
    path: Path | str,
    progress: Progress | None = None,
    *,
    replace_with_empty: bool = False,
) -> Path:
    """Write the summary atomically; ``progress(done, total, message)`` may raise to cancel.

    A report without a single open opportunity never replaces an existing file (a wrong scope or
    week would otherwise wipe last week's team file) unless ``replace_with_empty`` says so.
    """
    target = Path(path)
    if not report.rows and target.exists() and not replace_with_empty:
        raise InvalidInput.coded("weekly_empty_keeps_file", scope=scope_caption(report), file=target.name)
    wb = build_workbook(report, progress)
    if progress:
        progress(len(report.rows), len(report.rows), "正在保存文件…")
    return styles.save_atomic(wb, path)


def _summary_sheet(ws: Worksheet, report: WeeklyReport, progress: Progress | None) -> None:
    styles.title_block(
        ws,
        f"{TITLE}　{week_caption(report)}",
        f"填报人：{report.author or '—'}　　范围：{scope_caption(report)}　　"
        f"生成时间：{report.generated_at:%Y-%m-%d %H:%M}",
        len(COLUMNS),
    )
    counts = report.counts
    overdue = sum(r.overdue for r in report.rows)
    block: list[tuple[str, Any, str]] = [
        ("进行中商机", len(report.rows), "pd_figure"),
        ("预计签单额(万元)", yuan_to_wan(report.total_amount), "pd_figure_money"),
        ("重点客户商机", len(report.key_rows), "pd_figure"),
        ("本周新增商机", counts.new_opportunities, "pd_figure"),
        ("阶段变化", counts.stage_changes, "pd_figure"),
        ("拜访", counts.visits, "pd_figure"),
        ("新增日志", counts.new_activities, "pd_figure"),
        ("下一步逾期", overdue, "pd_figure"),
        ("有高风险商机", sum(r.high_risks > 0 for r in report.rows), "pd_figure"),
    ]
    # Label above figure, each item over two merged columns so the figures never show ###.
    for index, (label, value, style) in enumerate(block):
        first = 1 + 2 * index
        styles.put(ws, 4, first, label, "pd_block_label")
        styles.put(ws, 4, first + 1, None, "pd_block_label")
        styles.put(ws, 5, first, value, style)
        styles.put(ws, 5, first + 1, None, style)
        ws.merge_cells(start_row=4, start_column=first, end_row=4, end_column=first + 1)
        ws.merge_cells(start_row=5, start_column=first, end_row=5, end_column=first + 1)
    ws.row_dimensions[4].height = 18
    ws.row_dimensions[5].height = 26
    styles.put(
        ws,
        6,
        1,
        "浅黄底色：重点客户；红字：下一步已逾期，或风险与问题中有未关闭的高风险。金额单位：万元。",
        "pd_subtitle",
    )
    ws.merge_cells(start_row=6, start_column=1, end_row=6, end_column=len(COLUMNS))
    _table(ws, report.rows, header=HEADER_ROW, progress=progress)
    styles.print_setup(ws, header=HEADER_ROW)


def _table(ws: Worksheet, rows: Sequence[WeeklyRow], *, header: int, progress: Progress | None) -> None:
    styles.header_row(ws, header, HEADERS)
    values = [cells(r) for r in rows]
    total = len(rows)
    widths = [
        styles.column_width([c.header, *(v[i] for v in values)], maximum=c.max_width)
        for i, c in enumerate(COLUMNS)
    ]
    styles.set_widths(ws, widths)
    kinds = [c.kind for c in COLUMNS]
    wrapped = [(i, widths[i] + 2) for i, c in enumerate(COLUMNS) if c.kind == "wrap"]  # + the padding
    late_columns = {i for i, c in enumerate(COLUMNS) if c.header in _LATE}
    risk_column = HEADERS.index(RISKS_HEADER)
    for offset, (row, data) in enumerate(zip(rows, values, strict=True)):
        r = header + 1 + offset
        prefix = "pd_key_" if row.key_account else "pd_"
        for i, value in enumerate(data):
            late = (row.overdue and i in late_columns) or (row.high_risks > 0 and i == risk_column)
            style = ("pd_late_" if late else prefix) + kinds[i]
            styles.put(ws, r, i + 1, value, style)
        lines = max(styles.line_count(data[i], width) for i, width in wrapped)
        if lines > 1:  # LibreOffice does not grow rows for wrapped text on its own
            ws.row_dimensions[r].height = styles.row_height(lines)
        if progress and offset % PROGRESS_EVERY == 0:
            progress(offset, total, f"正在写入第 {offset + 1} / {total} 行…")
    styles.freeze_and_filter(ws, header, header + total, len(COLUMNS), frozen_columns=3)


def _stage_sheet(ws: Worksheet, report: WeeklyReport) -> None:
    headers = ("阶段", "阶段名称", "商机数", "预计签单额(万元)", "重点客户商机")
    styles.title_block(
        ws, f"按阶段汇总　{report.week.label}", f"{scope_caption(report)}（进行中）", len(headers)
    )
    header = 3
    styles.header_row(ws, header, headers)
    totals = report.stage_totals()
    for offset, t in enumerate(totals, start=1):
        r = header + offset
        styles.put(ws, r, 1, t.stage, "pd_int")
        styles.put(ws, r, 2, t.name, "pd_text")
        styles.put(ws, r, 3, t.count, "pd_int")
        styles.put(ws, r, 4, yuan_to_wan(t.amount), "pd_money")
        styles.put(ws, r, 5, t.key_accounts, "pd_int")
    last = header + len(totals)
    styles.put(ws, last + 1, 1, "合计", "pd_total")
    styles.put(ws, last + 1, 2, "", "pd_total")
    styles.put(ws, last + 1, 3, sum(t.count for t in totals), "pd_total_int")
    styles.put(ws, last + 1, 4, yuan_to_wan(sum((t.amount for t in totals), Decimal(0))), "pd_total_money")
    styles.put(ws, last + 1, 5, sum(t.key_accounts for t in totals), "pd_total_int")
    styles.fit_columns(
        ws,
        (
            (i + 1, [h, *(ws.cell(r, i + 1).value for r in range(header, last + 2))])
            for i, h in enumerate(headers)
        ),
    )
    ws.freeze_panes = ws.cell(row=header + 1, column=1)

    chart = BarChart()
    chart.type = "col"
    chart.title = "各阶段预计签单额（万元）"
    chart.style = 10
    chart.legend = None
    chart.y_axis.title = "万元"
    chart.y_axis.scaling.min = 0  # bars measured from zero, never from an auto minimum
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.numFmt = NumFmt(formatCode="#,##0", sourceLinked=False)  # 140, not 140.00
    chart.add_data(Reference(ws, min_col=4, min_row=header, max_row=last), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=header + 1, max_row=last))
    # Values only, above the bars: LibreOffice shows every label part not switched off
    # explicitly (series, category, legend key), which piled up into an unreadable cluster.
    chart.dataLabels = _ValueLabels(
        showVal=True,
        showSerName=False,
        showCatName=False,
        showLegendKey=False,
        showPercent=False,
        showLeaderLines=False,
        dLblPos="outEnd",
    )
    chart.dataLabels.numFmt = CHART_LABEL_FORMAT
    chart.height = 9
    chart.width = 18
    ws.add_chart(chart, f"A{last + 3}")  # below the table: inside the printed page width
    styles.print_setup(ws, header=None)


class _ValueLabels(DataLabelList):  # type: ignore[misc]
    """Data labels in their own number format: openpyxl writes ``<c:numFmt>`` without
    ``sourceLinked="0"``, and LibreOffice then takes the cells' format (253.46 with two decimals)."""

    # openpyxl's metaclass lists a class's own descriptors only: a subclass names its parent's.
    __elements__ = DataLabelList.__elements__
    __attrs__ = DataLabelList.__attrs__
    __nested__ = DataLabelList.__nested__

    def to_tree(
        self, tagname: str | None = None, idx: int | None = None, namespace: str | None = None
    ) -> Any:
        tree = super().to_tree(tagname, idx, namespace)
        fmt = tree.find("numFmt")
        if fmt is not None:
            fmt.set("sourceLinked", "0")
        return tree


def _owner_sheet(ws: Worksheet, report: WeeklyReport) -> None:
    """The team view's per-owner subtotals of the open deals, with their total."""
    header = 3
    styles.title_block(ws, f"按负责人小计　{report.week.label}", scope_caption(report), len(OWNER_HEADERS))
    styles.header_row(ws, header, OWNER_HEADERS)
    totals = report.owner_totals()
    for offset, t in enumerate(totals, start=1):
        r = header + offset
        styles.put(ws, r, 1, t.owner or "—", "pd_text")
        styles.put(ws, r, 2, t.count, "pd_int")
        styles.put(ws, r, 3, yuan_to_wan(t.amount), "pd_money")
        styles.put(ws, r, 4, t.key_accounts, "pd_int")
    last = header + len(totals) + 1
    styles.put(ws, last, 1, "合计", "pd_total")
    styles.put(ws, last, 2, sum(t.count for t in totals), "pd_total_int")
    styles.put(ws, last, 3, yuan_to_wan(sum((t.amount for t in totals), Decimal(0))), "pd_total_money")
    styles.put(ws, last, 4, sum(t.key_accounts for t in totals), "pd_total_int")
    styles.fit_columns(
        ws,
        (
            (i + 1, [h, *(ws.cell(r, i + 1).value for r in range(header, last + 1))])
            for i, h in enumerate(OWNER_HEADERS)
        ),
    )
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    styles.print_setup(ws, header=header)


def on_hold_cells(row: WeeklyRow) -> list[Any]:
    return [
        row.number,
        row.customer,
        row.project,
        row.stage_name,
        row.hold_reason,
        row.look_again,
        yuan_to_wan(row.amount) if row.amount is not None else None,
        row.owner,
    ]


def _on_hold_sheet(ws: Worksheet, report: WeeklyReport) -> None:
    """On-hold deals in a section of their own: why, and when to look again."""
    header = 4
    styles.title_block(
        ws,
        f"暂停商机 {report.week.label}",
        f"{scope_caption(report)}　共 {len(report.on_hold)} 个　到期请重新评估",
        len(ON_HOLD_HEADERS),
    )
    styles.header_row(ws, header, ON_HOLD_HEADERS)
    values = [on_hold_cells(r) for r in report.on_hold]
    styles.set_widths(
        ws,
        [
            styles.column_width([h, *(v[i] for v in values)], maximum=30)
            for i, h in enumerate(ON_HOLD_HEADERS)
        ],
    )
    for offset, data in enumerate(values, start=1):
        for i, value in enumerate(data):
            styles.put(ws, header + offset, i + 1, value, "pd_" + ON_HOLD_KINDS[i])
    styles.freeze_and_filter(ws, header, header + len(values), len(ON_HOLD_HEADERS), frozen_columns=3)
    styles.print_setup(ws, header=header)
