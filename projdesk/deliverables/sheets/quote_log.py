"""报价日志: every quote round of an opportunity with its lines, totals and the change from the round before."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from projdesk.deliverables.sheets import styles
from projdesk.storage.dto import OpportunityDetail, QuoteLineView, QuoteView

TITLE = "报价日志"
LINE_HEADERS = ("序号", "品名", "品牌", "型号", "数量", "单位", "单价(元)", "金额(元)", "较上轮")
ROUND_HEADERS = ("轮次", "报价日期", "行数", "合计(元)", "较上轮(元)", "变化率", "已采纳", "备注")


def file_name(detail: OpportunityDetail) -> str:
    s = detail.summary
    return f"{styles.safe_file_part(s.customer)}_{styles.safe_file_part(s.name)}_{TITLE}.xlsx"


def change(current: Decimal, previous: Decimal | None) -> tuple[Decimal | None, float | None]:
    """The change from the previous round's total, in yuan and as a ratio."""
    if previous is None:
        return None, None
    delta = current - previous
    return delta, float(delta / previous) if previous else None


def _line_key(line: QuoteLineView) -> str:
    """The line's identity across rounds (its lineage), not its words: a round that adds a brand
    or changes a model still continues the same line."""
    return line.lineage or line.id


def line_change(line: QuoteLineView, before: dict[str, QuoteLineView] | None) -> str:
    """How a line differs from the same line in the previous round."""
    if before is None:
        return ""
    old = before.get(_line_key(line))
    if old is None:
        return "新增"
    parts = []
    for label, was, now in (
        ("品名", old.item, line.item),
        ("品牌", old.brand, line.brand),
        ("型号", old.model, line.model),
    ):
        if was.strip() != now.strip():
            parts.append(f"{label} {was.strip() or '—'}→{now.strip() or '—'}")
    if old.quantity != line.quantity:
        parts.append(f"数量 {old.quantity:g}→{line.quantity:g}")
    if old.unit_price != line.unit_price:
        parts.append(f"单价 {old.unit_price:,.2f}→{line.unit_price:,.2f}")
    return "；".join(parts) or "不变"


def build_workbook(detail: OpportunityDetail) -> Workbook:
    wb = styles.new_workbook()
    ws = wb.active
    ws.title = "报价轮次"
    s = detail.summary
    subtitle = f"客户：{s.customer}　　项目：{s.name}　　阶段：{s.stage_name}　　负责人：{s.owner or '—'}"
    _rounds_sheet(ws, detail.quotes, subtitle)
    _lines_sheet(wb.create_sheet("报价明细"), detail.quotes, subtitle)
    return wb


def write(detail: OpportunityDetail, path: Path | str) -> Path:
    return styles.save_atomic(build_workbook(detail), path)


def _rounds_sheet(ws: Worksheet, quotes: Sequence[QuoteView], subtitle: str) -> None:
    styles.title_block(ws, f"{TITLE}　轮次汇总", subtitle, len(ROUND_HEADERS))
    header = 4
    styles.header_row(ws, header, ROUND_HEADERS)
    previous: Decimal | None = None
    r = header
    for q in quotes:
        r += 1
        delta, ratio = change(q.total, previous)
        style = "pd_key_" if q.accepted else "pd_"
        row: list[tuple[Any, str]] = [
            (f"第 {q.round} 轮", "center"),
            (q.date, "date"),
            (len(q.lines), "int"),
            (q.total, "money"),
            (delta, "money"),
            (ratio, "percent"),
            ("是" if q.accepted else "否", "center"),
            (q.note, "wrap"),
        ]
        for column, (value, kind) in enumerate(row, start=1):
            styles.put(ws, r, column, value, style + kind)
        previous = q.total
    if not quotes:
        r += 1
        styles.put(ws, r, 1, "还没有报价记录", "pd_text")
    _fit(ws, header, r, ROUND_HEADERS)
    styles.freeze_and_filter(ws, header, r, len(ROUND_HEADERS))
    styles.print_setup(ws, header=header)


def _lines_sheet(ws: Worksheet, quotes: Sequence[QuoteView], subtitle: str) -> None:
    styles.title_block(ws, f"{TITLE}　逐轮明细", subtitle, len(LINE_HEADERS))
    r = 3
    previous: QuoteView | None = None
    widths: list[list[Any]] = [[h] for h in LINE_HEADERS]
    for q in quotes:
        r += 1
        delta, ratio = change(q.total, previous.total if previous else None)
        heading = f"第 {q.round} 轮报价　{q.date.isoformat()}" + ("　（已采纳）" if q.accepted else "")
        if q.note:
            heading += f"　备注：{q.note}"
        styles.put(ws, r, 1, heading, "pd_label")
        for column in range(2, len(LINE_HEADERS) + 1):
            styles.put(ws, r, column, None, "pd_label")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(LINE_HEADERS))
        r += 1
        styles.header_row(ws, r, LINE_HEADERS, height_lines=1)
        before = {_line_key(ln): ln for ln in previous.lines} if previous else None
        for line in q.lines:
            r += 1
            values: list[tuple[Any, str]] = [
                (line.position, "int"),
                (line.item, "wrap"),
                (line.brand, "text"),
                (line.model, "text"),
                (line.quantity, "money"),
                (line.unit, "center"),
                (line.unit_price, "money"),
                (line.total, "money"),
                (line_change(line, before), "text"),
            ]
            for column, (value, kind) in enumerate(values, start=1):
                styles.put(ws, r, column, value, "pd_" + kind)
                widths[column - 1].append(value)
        if previous is not None:
            now = {_line_key(ln) for ln in q.lines}
            for gone in previous.lines:
                if _line_key(gone) not in now:
                    r += 1
                    styles.put(ws, r, 1, None, "pd_late_int")
                    styles.put(ws, r, 2, gone.item, "pd_late_wrap")
                    for column in range(3, len(LINE_HEADERS)):
                        styles.put(ws, r, column, None, "pd_late_text")
                    styles.put(ws, r, len(LINE_HEADERS), "本轮删除", "pd_late_text")
        r += 1
        summary = f"本轮合计　较上轮 {delta:+,.2f} 元" if delta is not None else "本轮合计"
        if ratio is not None:
            summary += f"（{ratio:+.1%}）"
        styles.put(ws, r, 1, summary, "pd_total")
        for column in range(2, len(LINE_HEADERS) + 1):
            styles.put(ws, r, column, None, "pd_total")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=len(LINE_HEADERS) - 2)
        styles.put(ws, r, len(LINE_HEADERS) - 1, q.total, "pd_total_money")
        r += 1  # a blank line between rounds
        previous = q
    if not quotes:
        styles.put(ws, r + 1, 1, "还没有报价记录", "pd_text")
    styles.fit_columns(ws, ((i + 1, w) for i, w in enumerate(widths)), maximum=36)
    styles.print_setup(ws, header=None)


def _fit(ws: Worksheet, header: int, last: int, headers: Sequence[str]) -> None:
    styles.fit_columns(
        ws,
        ((c, [ws.cell(r, c).value for r in range(header, last + 1)]) for c in range(1, len(headers) + 1)),
        maximum=40,
    )
