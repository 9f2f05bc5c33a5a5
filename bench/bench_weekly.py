"""The weekly summary (项目运作周进度总结表) at team-lead scale: 10,000 opportunities.

Measures, in one run, ProjDesk's weekly summary (query + build + atomic save) against a bare
openpyxl script that writes the same cells with the same named styles, widths, row heights,
frozen header, filter, totals sheet with its chart and key-account sheet, from values already
in memory. Each is run ``--rounds`` times alternately and the best time is kept.

Run: ``python bench/bench_weekly.py [--count N] [--rounds R]``. Budget: ProjDesk ≤ 1.2 × bare (issue #17).
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from pathlib import Path
from typing import Any

BUDGET = 1.2


def bare_openpyxl(plan: dict[str, Any], path: Path) -> None:
    """What a hand-written script would do with the values and styles already decided."""
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    from projdesk.deliverables.sheets.styles import register_styles

    wb = Workbook()
    register_styles(wb)  # the same named styles (defining them costs microseconds)
    for index, sheet in enumerate(plan["sheets"]):
        ws = wb.active if index == 0 else wb.create_sheet()
        ws.title = sheet["title"]
        for (row, column), (value, style) in sheet["cells"].items():
            cell = ws.cell(row=row, column=column, value=value)
            cell.style = style
        for merged in sheet["merged"]:
            ws.merge_cells(merged)
        for letter, width in sheet["widths"].items():
            ws.column_dimensions[letter].width = width
        for row, height in sheet["heights"].items():
            ws.row_dimensions[row].height = height
        if sheet["freeze"]:
            ws.freeze_panes = sheet["freeze"]
        if sheet["filter"]:
            ws.auto_filter.ref = sheet["filter"]
        if sheet["title"] == "阶段汇总":
            chart = BarChart()
            chart.y_axis.scaling.min = 0
            chart.add_data(Reference(ws, min_col=4, min_row=3, max_row=13), titles_from_data=True)
            chart.set_categories(Reference(ws, min_col=2, min_row=4, max_row=13))
            ws.add_chart(chart, "G3")
    wb.save(path)


def plan_of(path: Path) -> dict[str, Any]:
    """Every cell's value and style, merges, widths and heights of a written summary."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    sheets = []
    for ws in wb.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None or cell.style != "Normal":
                    value = cell.value.date() if isinstance(cell.value, dt.datetime) else cell.value
                    cells[(cell.row, cell.column)] = (value, cell.style)
        sheets.append(
            {
                "title": ws.title,
                "cells": cells,
                "merged": [str(m) for m in ws.merged_cells.ranges],
                "widths": {k: d.width for k, d in ws.column_dimensions.items() if d.width},
                "heights": {k: d.height for k, d in ws.row_dimensions.items() if d.height},
                "freeze": ws.freeze_panes,
                "filter": ws.auto_filter.ref,
            }
        )
    return {"sheets": sheets}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    from projdesk.deliverables.sheets import weekly
    from projdesk.demo.generate import generate_demo
    from projdesk.storage.services import Services
    from projdesk.storage.services.reports import Week, weekly_rows

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        services = Services.open(base / "bench.db")
        started = time.perf_counter()
        generate_demo(services, count=args.count, seed=1)
        print(f"demo data: {args.count} opportunities in {time.perf_counter() - started:.1f} s")
        week = Week.of(dt.date.today())
        ours: list[float] = []
        query: list[float] = []
        bare: list[float] = []
        plan: dict[str, Any] | None = None
        rows = 0
        for round_number in range(args.rounds):
            t0 = time.perf_counter()
            report = weekly_rows(services, week, None)
            t1 = time.perf_counter()
            weekly.write(report, base / f"ours{round_number}.xlsx")
            t2 = time.perf_counter()
            query.append(t1 - t0)
            ours.append(t2 - t0)
            rows = len(report.rows)
            if plan is None:
                plan = plan_of(base / "ours0.xlsx")
            t3 = time.perf_counter()
            bare_openpyxl(plan, base / f"bare{round_number}.xlsx")
            bare.append(time.perf_counter() - t3)
        services.close()
    best_ours, best_bare = min(ours), min(bare)
    ratio = best_ours / best_bare
    print(f"weekly summary rows: {rows} open opportunities (3 sheets, chart)")
    print(
        f"ProjDesk weekly summary (query + build + save): {best_ours:.2f} s   (query alone {min(query):.2f} s)"
    )
    print(f"bare openpyxl, same cells and styles:            {best_bare:.2f} s")
    print(f"ratio: {ratio:.2f}×   budget: ≤ {BUDGET}×   {'OK' if ratio <= BUDGET else 'OVER BUDGET'}")
    return 0 if ratio <= BUDGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
