"""Named styles are registered once per workbook and applied by their registered arrays."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook

from projdesk.deliverables.sheets import styles


def test_a_cell_given_a_registered_style_reads_back_as_that_named_style_after_saving(tmp_path: Path) -> None:
    wb = styles.new_workbook()
    ws = wb.active
    styles.put(ws, 1, 1, "甲", "pd_header")
    styles.put(ws, 2, 1, 12.5, "pd_late_money")
    styles.put(ws, 3, 1, "=1+2", "pd_key_text")
    wb.save(tmp_path / "styled.xlsx")
    again = load_workbook(tmp_path / "styled.xlsx").active
    assert [again.cell(row=r, column=1).style for r in (1, 2, 3)] == [
        "pd_header",
        "pd_late_money",
        "pd_key_text",
    ]
    assert again.cell(row=1, column=1).font.bold and again.cell(row=1, column=1).fill.fgColor.rgb.endswith(
        "1F3864"
    )
    assert again.cell(row=2, column=1).number_format == styles.WAN_FORMAT
    assert again.cell(row=2, column=1).font.color.rgb.endswith(styles.OVERDUE_FONT)
    assert again.cell(row=3, column=1).value == "=1+2" and again.cell(row=3, column=1).data_type == "s"


def test_a_registered_style_applied_to_cells_is_what_openpyxl_gives_by_name() -> None:
    wb = styles.new_workbook()
    ws = wb.active
    for index, name in enumerate(("pd_text", "pd_key_date", "pd_total_int", "pd_title"), start=1):
        styles.apply_style(ws.cell(row=index, column=1), name)
        ws.cell(row=index, column=2).style = name
        assert ws.cell(row=index, column=1).style == name
        assert ws.cell(row=index, column=1)._style == ws.cell(row=index, column=2)._style


def test_a_workbook_without_the_registered_styles_gets_them_by_name() -> None:
    wb = Workbook()
    cell = wb.active.cell(row=1, column=1)
    styles.apply_style(cell, "Normal")
    assert cell.style == "Normal"
