"""售前项目进展日志: every activity of an opportunity in date order."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook

from projdesk.deliverables.sheets import styles
from projdesk.domain.catalog import STEPS
from projdesk.domain.money import format_wan
from projdesk.storage.dto import ActivityView, OpportunityDetail

TITLE = "售前项目进展日志"
SHORT_TITLE = "进展日志"
COLUMNS: tuple[tuple[str, str, int], ...] = (  # header, style kind, widest
    ("序号", "int", 6),
    ("日期", "date", 11),
    ("步骤", "text", 16),
    ("类型", "center", 6),
    ("参与人员", "wrap", 20),
    ("内容", "wrap", 44),
    ("结果", "wrap", 30),
    ("下一步", "wrap", 24),
    ("下一步日期", "date", 11),
    ("记录人", "center", 8),
)


def file_name(detail: OpportunityDetail) -> str:
    s = detail.summary
    return f"{styles.safe_file_part(s.customer)}_{styles.safe_file_part(s.name)}_{SHORT_TITLE}.xlsx"


def step_label(letter: str) -> str:
    spec = STEPS.get(letter)
    return f"{letter} {spec.title}" if spec else letter


def cells(number: int, a: ActivityView) -> list[Any]:
    return [
        number,
        a.date,
        step_label(a.step),
        a.type,
        a.people,
        a.content,
        a.result,
        a.next_action,
        a.next_date,
        a.owner,
    ]


def build_workbook(detail: OpportunityDetail) -> Workbook:
    wb = styles.new_workbook()
    ws = wb.active
    ws.title = SHORT_TITLE
    s = detail.summary
    amount = format_wan(s.amount)
    styles.title_block(
        ws,
        f"{TITLE}　{s.customer}　{s.name}",
        f"当前阶段：{s.stage} {s.stage_name}　　预计签单额：{amount + ' 万元' if amount else '—'}　　"
        f"项目主管：{s.project_lead or '—'}　　负责人：{s.owner or '—'}　　共 {len(detail.activities)} 条",
        len(COLUMNS),
    )
    header = 4
    styles.header_row(ws, header, [c[0] for c in COLUMNS], height_lines=1)
    activities = sorted(detail.activities, key=lambda a: a.date)  # stable: same-day entries keep their order
    rows = [cells(i, a) for i, a in enumerate(activities, start=1)]
    widths = [
        styles.column_width([name, *(r[i] for r in rows)], maximum=widest)
        for i, (name, _k, widest) in enumerate(COLUMNS)
    ]
    styles.set_widths(ws, widths)
    wrapped = [(i, widths[i] + 2) for i, c in enumerate(COLUMNS) if c[1] == "wrap"]  # + the padding
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            styles.put(ws, header + offset, column, value, "pd_" + COLUMNS[column - 1][1])
        lines = max(styles.line_count(values[i], width, most=30) for i, width in wrapped)
        if lines > 1:
            ws.row_dimensions[header + offset].height = styles.row_height(lines)
    if not rows:
        styles.put(ws, header + 1, 1, "还没有进展记录", "pd_text")
    styles.freeze_and_filter(ws, header, header + len(rows), len(COLUMNS), frozen_columns=2)
    styles.print_setup(ws, header=header)
    return wb


def write(detail: OpportunityDetail, path: Path | str) -> Path:
    return styles.save_atomic(build_workbook(detail), path)
