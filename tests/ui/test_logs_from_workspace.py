"""The quote log and progress log are exported from the opportunity's documents list and step P."""

from __future__ import annotations

import openpyxl

from projdesk.ui.app import build_app


def workbook_text(path) -> str:
    book = openpyxl.load_workbook(path)
    return " ".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row if c.value)


def test_documents_tab_exports_both_logs_and_lists_them(qtbot, services, scripted_dialogs, tmp_path):
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    services.commercial.add_quote(opp, [{"item": "服务器", "quantity": 2, "unit_price": "56000"}])
    services.activities.add(opp, type="拜访", content="拜访信息中心王主任")
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    parts.board.open_requested.emit(opp)
    workspace = parts.workspace.workspace
    assert workspace.opp_id == opp

    scripted_dialogs.answer(str(tmp_path / "报价日志.xlsx"))
    workspace.documents.quote_log_button.click()
    scripted_dialogs.answer(str(tmp_path / "进展日志.xlsx"))
    workspace.documents.progress_log_button.click()

    assert "服务器" in workbook_text(tmp_path / "报价日志.xlsx")
    assert "拜访信息中心王主任" in workbook_text(tmp_path / "进展日志.xlsx")
    assert {d.kind for d in services.documents.of(opp)} == {"quotes", "log"}
    assert workspace.documents.table.model().rowCount() == 2


def test_step_p_button_exports_the_quote_log(qtbot, services, scripted_dialogs, tmp_path):
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    services.commercial.add_quote(opp, [{"item": "存储", "quantity": 1, "unit_price": "90000"}])
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    parts.board.open_requested.emit(opp)
    parts.workspace.workspace.open(opp, "P")
    scripted_dialogs.answer(str(tmp_path / "p.xlsx"))
    parts.workspace.workspace.step_pane.findChild(
        type(parts.workspace.workspace.documents.quote_log_button), "deliverable_quotes"
    ).click()
    assert (tmp_path / "p.xlsx").exists()
