"""The weekly summary prints legibly, its chart labels read, and no export silently empties a file."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from projdesk.deliverables.sheets import exports, weekly
from projdesk.deliverables.sheets.styles import MIN_PRINT_SCALE
from projdesk.domain.errors import InvalidInput
from projdesk.storage.services.reports import Week, weekly_rows
from tests.unit.sheets_data import MONDAY, make_book


def test_file_names_carry_the_scope_so_two_scopes_never_share_a_file(services: Any, tmp_path: Path) -> None:
    make_book(services)
    week = Week.of(MONDAY)
    everyone, _ = exports.export_weekly(services, week, None, tmp_path)
    mine, _ = exports.export_weekly(services, week, "张伟", tmp_path)
    assert everyone.name == f"项目运作周进度总结表_{week.label}_全部.xlsx"
    assert mine.name == f"项目运作周进度总结表_{week.label}_张伟.xlsx"
    assert everyone.exists() and mine.exists()


def test_empty_export_never_replaces_an_existing_file(services: Any, tmp_path: Path) -> None:
    make_book(services)
    week = Week.of(MONDAY)
    team, _ = exports.export_weekly(services, week, None, tmp_path)
    before = team.read_bytes()
    nobody = weekly_rows(services, week, "无此人")
    assert nobody.rows == []
    with pytest.raises(InvalidInput, match="未被空表覆盖"):
        weekly.write(nobody, team)
    assert team.read_bytes() == before
    weekly.write(nobody, team, replace_with_empty=True)  # asked for explicitly
    assert team.read_bytes() != before


def test_chart_labels_show_values_only(services: Any, tmp_path: Path) -> None:
    make_book(services)
    path, _ = exports.export_weekly(services, Week.of(MONDAY), None, tmp_path)
    with zipfile.ZipFile(path) as zf:
        chart = next(zf.read(n).decode() for n in zf.namelist() if n.startswith("xl/charts/chart"))
    for part in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
        assert f'<{part} val="0"/>' in chart, part
    assert '<showVal val="1"/>' in chart


def test_print_setup_keeps_text_at_8_pt_or_more(services: Any, tmp_path: Path) -> None:
    make_book(services)
    path, _ = exports.export_weekly(services, Week.of(MONDAY), None, tmp_path)
    wb = load_workbook(path)
    smallest = min(
        cell.font.sz
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.value is not None
    )
    for ws in wb.worksheets:
        assert not ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.scale >= MIN_PRINT_SCALE, ws.title
        assert smallest * ws.page_setup.scale / 100 >= 8, ws.title
    summary = wb[weekly.SHEET_SUMMARY]
    assert summary.print_title_cols == "$A:$C"  # the first columns repeat on the pages to the right
