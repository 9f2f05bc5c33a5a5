"""The 报表 page: preview, week and scope, export with progress, import from Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt

from projdesk.storage.services.reports import Week
from projdesk.ui.app import build_app
from projdesk.ui.common.runner import Runner
from projdesk.ui.pages import reports as reports_page
from projdesk.ui.pages.reports import ReportsPage


@pytest.fixture
def book(services: Any) -> dict[str, str]:
    s = services
    # Stage 3 (申请立项): where the method's weekly summary starts.
    mine = s.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000", stage_number=3)
    s.people.set_key_account(s.opportunities.summary(mine).customer_id, True, ["上市公司"])
    s.activities.add(mine, type="拜访", content="拜访信息中心", date=dt.date.today().isoformat())
    theirs = s.opportunities.add("青岛港集团", "码头数据中台", amount="300000", owner="李娜", stage_number=3)
    return {"mine": mine, "theirs": theirs}


@pytest.fixture
def page(qtbot: Any, services: Any, book: dict[str, str]) -> ReportsPage:
    widget = ReportsPage(services, Runner())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    shown(qtbot, widget)
    return widget


def shown(qtbot: Any, page: ReportsPage) -> None:
    """The preview is read on the runner: wait until the newest one is on the page."""
    qtbot.waitUntil(lambda: not page.reading and page.report is not None, timeout=10000)


def cell(page: ReportsPage, row: int, header: str) -> Any:
    column = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    return page.model.index(row, column.index(header)).data()


def test_preview_shows_my_opportunities_then_everyone(qtbot: Any, page: ReportsPage) -> None:
    assert page.model.rowCount() == 1
    assert cell(page, 0, "客户名称") == "华东电力设计院"
    assert cell(page, 0, "重点客户") == "是"
    assert cell(page, 0, "预计签单额(万元)") == "120.00"
    assert "拜访信息中心" in cell(page, 0, "本周进展")
    assert "进行中商机 1 个" in page.summary.text() and "拜访 1" in page.summary.text()
    page.scope_box.setCurrentIndex(page.scope_box.findData("all"))
    shown(qtbot, page)
    assert page.model.rowCount() == 2
    assert "进行中商机 2 个" in page.summary.text()


def test_stages_1_and_2_only_when_asked_for(qtbot: Any, page: ReportsPage, services: Any) -> None:
    services.opportunities.add("烟台港务局", "智慧港口咨询", amount="200000", owner=services.prefs.user_name)
    page.mark_stale()
    shown(qtbot, page)
    assert page.model.rowCount() == 1
    page.all_stages.setChecked(True)
    shown(qtbot, page)
    assert page.model.rowCount() == 2 and page.report is not None and page.report.first_stage == 1


def test_choosing_last_week_shows_its_progress_only(qtbot: Any, page: ReportsPage) -> None:
    page.week_box.setCurrentIndex(1)
    shown(qtbot, page)
    assert page.week == Week.of(dt.date.today()).shifted(-1)
    assert cell(page, 0, "本周进展") == ""
    assert "拜访 0" in page.summary.text()


def test_export_writes_the_previewed_summary(
    qtbot: Any, page: ReportsPage, scripted_dialogs: Any, tmp_path: Path
) -> None:
    target = tmp_path / "weekly.xlsx"
    scripted_dialogs.answer(str(target))
    page.export_button.click()
    qtbot.waitUntil(lambda: "已导出" in page.message.text(), timeout=20000)
    assert ("save", "导出周进度总结表") in scripted_dialogs.asked
    ws = load_workbook(target)["周进度总结"]
    assert [c.value for c in ws[8]][1] == "华东电力设计院"
    assert page.export_button.isEnabled()


def test_export_cancelled_in_the_file_dialog_writes_nothing(page: ReportsPage, tmp_path: Path) -> None:
    page.export_button.click()  # the scripted save dialog answers None
    assert not page.tasks.busy and page.message.text() == ""


def test_import_checks_first_then_imports_and_lists_bad_rows(
    qtbot: Any, page: ReportsPage, services: Any, scripted_dialogs: Any, tmp_path: Path
) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["客户名称", "项目名称", "当前阶段", "预计签单额(万元)"])
    ws.append(["烟台银行", "核心系统", "申请立项", 300])
    ws.append(["威海港", "坏金额", "1", "很多"])
    path = tmp_path / "tracker.xlsx"
    wb.save(path)
    scripted_dialogs.answer(str(path), True)  # the file, then "import now?" yes
    page.import_button.click()
    qtbot.waitUntil(lambda: any(kind == "inform" for kind, _ in scripted_dialogs.asked), timeout=20000)
    question = next(text for kind, text in scripted_dialogs.asked if kind == "yes_no")
    assert "新建 1 个" in question and "第 3 行" in question
    done = next(text for kind, text in scripted_dialogs.asked if kind == "inform")
    assert "导入完成" in done and "第 3 行" in done
    assert "核心系统" in [c.name for c in services.opportunities.list()]
    assert page.import_button.isEnabled()


def test_import_declined_writes_nothing(
    qtbot: Any, page: ReportsPage, services: Any, scripted_dialogs: Any, tmp_path: Path
) -> None:
    wb = Workbook()
    wb.active.append(["客户名称", "项目名称"])
    wb.active.append(["烟台银行", "核心系统"])
    wb.save(tmp_path / "t.xlsx")
    scripted_dialogs.answer(str(tmp_path / "t.xlsx"), False)
    page.import_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "未导入。", timeout=20000)
    assert "核心系统" not in [c.name for c in services.opportunities.list()]


def test_weekly_report_action_opens_the_page(qtbot: Any, services: Any, book: dict[str, str]) -> None:
    parts = build_app(services)
    window, page = parts.window, parts.reports
    qtbot.addWidget(window)
    window.show()
    window.ui.actionWeeklyReport.trigger()
    assert window.ui.pages.currentWidget().isAncestorOf(page)
    shown(qtbot, page)
    assert page.model.rowCount() == 1


def test_quote_log_export_from_the_documents_list(
    qtbot: Any, services: Any, book: dict[str, str], scripted_dialogs: Any, tmp_path: Path
) -> None:
    services.commercial.add_quote(book["mine"], [{"item": "服务器", "quantity": 1, "unit_price": "9000"}])
    scripted_dialogs.answer(str(tmp_path))
    written = reports_page.export_quote_log(None, services, book["mine"])
    assert written is not None and written.name == "华东电力设计院_调度自动化平台_报价日志.xlsx"
    assert scripted_dialogs.asked[0][0] == "save"
    scripted_dialogs.answer(str(tmp_path / "log.xlsx"))
    assert reports_page.export_progress_log(None, services, book["mine"]) == tmp_path / "log.xlsx"
    assert reports_page.export_progress_log(None, services, book["mine"]) is None  # cancelled


def test_a_quick_second_change_of_week_shows_only_the_newest_week(qtbot: Any, page: ReportsPage) -> None:
    page.week_box.setCurrentIndex(2)
    page.week_box.setCurrentIndex(1)
    shown(qtbot, page)
    qtbot.wait(100)  # the superseded read, if it finished later, must not overwrite it
    assert page.report is not None and page.report.week == page.week == Week.of(dt.date.today()).shifted(-1)
