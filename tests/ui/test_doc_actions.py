"""Generating documents from the window: a step's deliverable button, the batch action, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from projdesk.domain.library import CompanyProfile, Library
from projdesk.ui import documents as doc_actions


@pytest.fixture
def setup(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> tuple[Any, Any, str, Path]:
    monkeypatch.setenv("PROJDESK_NO_OPEN", "1")
    out = tmp_path / "docs"
    services.prefs.extra[doc_actions.FOLDER_KEY] = str(out)
    services.ctx.save_preferences(services.prefs)
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    services.steps.update(
        opp,
        "K",
        {
            "findings": "现有系统分散\n数据不通",
            "recommendations": "统一平台",
            "research_dates": "12月1日–3日",
        },
    )
    services.library.save(Library(company=CompanyProfile(name="海岱数智科技股份有限公司")))
    from projdesk.ui.app import build_app

    parts = build_app(services)
    qtbot.addWidget(parts.window)
    return services, parts, opp, out


def wait_idle(qtbot: Any, parts: Any) -> None:
    qtbot.waitUntil(lambda: parts.runner.idle, timeout=30000)


def test_deliverable_button_generates_records_and_refreshes_the_documents_tab(
    setup: tuple[Any, Any, str, Path], qtbot: Any
) -> None:
    services, parts, opp, out = setup
    window = parts.window
    parts.workspace.open(opp)
    parts.workspace.workspace.deliverable_requested.emit(opp, "research")
    wait_idle(qtbot, parts)
    files = list(out.glob("*.docx"))
    assert [f.name for f in files] == ["华东电力设计院_调度自动化平台_调研报告_v1.docx"]
    assert [d.kind for d in services.documents.of(opp)] == ["research"]
    qtbot.waitUntil(lambda: any(d.kind == "research" for d in parts.workspace.workspace.detail.documents))
    assert "调研报告_v1.docx" in window.statusBar().currentMessage()


def test_step_button_in_the_workspace_reaches_the_generator(
    setup: tuple[Any, Any, str, Path], qtbot: Any
) -> None:
    _services, parts, opp, out = setup
    parts.workspace.open(opp)
    parts.workspace.workspace.open(opp, "J")
    from PySide6.QtWidgets import QPushButton

    button = parts.workspace.workspace.findChild(QPushButton, "deliverable_initiation")
    assert button is not None
    button.click()
    wait_idle(qtbot, parts)
    assert [f.name for f in out.glob("*.docx")] == ["华东电力设计院_调度自动化平台_项目立项申请表_v1.docx"]


def test_generated_file_is_opened_unless_told_not_to(
    setup: tuple[Any, Any, str, Path], qtbot: Any, monkeypatch: pytest.MonkeyPatch, scripted_dialogs: Any
) -> None:
    _services, parts, opp, _out = setup
    window = parts.window
    scripted_dialogs.answer(1)  # the bid lacks data: 仍然生成
    opened: list[str] = []
    monkeypatch.setattr(doc_actions.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    parts.documents.generate_and_open(window, opp, "bid")
    wait_idle(qtbot, parts)
    assert opened == []  # PROJDESK_NO_OPEN is set
    monkeypatch.delenv("PROJDESK_NO_OPEN")
    parts.documents.generate_and_open(window, opp, "slides")
    wait_idle(qtbot, parts)
    assert len(opened) == 1 and opened[0].endswith("_解决方案讲解_v1.pptx")


def test_broken_company_template_is_one_warning_and_no_file(
    setup: tuple[Any, Any, str, Path], qtbot: Any, scripted_dialogs: Any, tmp_path: Path
) -> None:
    from docx import Document

    services, parts, opp, out = setup
    window = parts.window
    company = tmp_path / "company"
    company.mkdir()
    doc = Document()
    doc.add_paragraph("{{ customer.name }} {{ 未知字段 }}")
    doc.save(str(company / "合同.docx"))
    services.prefs.template_folder = str(company)
    services.ctx.save_preferences(services.prefs)
    scripted_dialogs.answer(1)  # the contract lacks data: 仍然生成
    parts.documents.generate_and_open(window, opp, "contract")
    wait_idle(qtbot, parts)
    assert [kind for kind, _ in scripted_dialogs.asked] == ["dialog", "warn"]
    kind, text = scripted_dialogs.asked[-1]
    assert kind == "warn" and "合同.docx" in text and "未知字段" in text
    assert not out.exists() or list(out.iterdir()) == []
    assert services.documents.of(opp) == []


def test_generate_many_in_the_background_and_cancel(setup: tuple[Any, Any, str, Path], qtbot: Any) -> None:
    services, parts, opp, out = setup
    window = parts.window
    other = services.opportunities.add("青岛港集团", "智慧港口网络", amount="800000")
    results: list[Any] = []
    parts.documents.generate_many(window, [opp, other], ["research", "bid"], results.append)
    wait_idle(qtbot, parts)
    assert len(results) == 1 and not results[0].cancelled and not results[0].failed
    assert len(list(out.iterdir())) == 4
    assert {d.kind for d in services.documents.of(other)} == {"research", "bid"}

    cancel = parts.documents.generate_many(window, [opp, other], ["research", "bid"], results.append)
    assert cancel is not None
    cancel.set()
    wait_idle(qtbot, parts)
    assert results[1].cancelled
    assert len(results[1].done) < 4


def test_batch_action_asks_which_kinds_for_the_open_opportunity(
    setup: tuple[Any, Any, str, Path], qtbot: Any, scripted_dialogs: Any
) -> None:
    _services, parts, opp, out = setup
    parts.workspace.open(opp)

    def choose(dialog: Any) -> int:
        dialog.boxes["handover"].setChecked(True)
        dialog.boxes["contract"].setChecked(True)
        return 1

    scripted_dialogs.answer(choose)
    parts.documents.batch_action.trigger()
    wait_idle(qtbot, parts)
    assert sorted(f.name.split("_")[2] for f in out.iterdir()) == ["合同", "项目移交单"]


def test_a_bid_lacking_data_lists_its_gaps_first_and_cancel_writes_nothing(
    setup: tuple[Any, Any, str, Path], qtbot: Any, scripted_dialogs: Any
) -> None:
    services, parts, opp, out = setup
    window = parts.window
    shown: list[list[str]] = []

    def look(dialog: Any) -> int:
        shown.append([dialog.gaps.item(i).text() for i in range(dialog.gaps.count())])
        return 0  # 取消

    scripted_dialogs.answer(look)
    parts.documents.generate_and_open(window, opp, "bid")
    wait_idle(qtbot, parts)
    assert "招标编号 — 步骤 Q 方案定稿" in shown[0]
    assert "法定代表人 — 资料库 › 公司信息" in shown[0]
    assert not out.exists() or list(out.iterdir()) == []
    assert services.documents.of(opp) == []


def test_generate_anyway_marks_every_gap_with_the_placeholder(
    setup: tuple[Any, Any, str, Path], qtbot: Any, scripted_dialogs: Any
) -> None:
    from tests.unit.documents_helpers import docx_text

    _services, parts, opp, out = setup
    window = parts.window
    scripted_dialogs.answer(1)
    parts.documents.generate_and_open(window, opp, "bid")
    wait_idle(qtbot, parts)
    [made] = list(out.glob("*.docx"))
    assert "【待填：招标编号】" in docx_text(made)


def test_double_clicking_a_gap_opens_the_step_where_it_is_filled(
    setup: tuple[Any, Any, str, Path], qtbot: Any, scripted_dialogs: Any
) -> None:
    from projdesk.ui.preflight_dialog import TARGET_ROLE

    services, parts, opp, _out = setup
    window = parts.window
    parts.workspace.open(opp)
    parts.workspace.workspace.open(opp, "A")

    def double_click_tender_number(dialog: Any) -> int:
        items = [dialog.gaps.item(i) for i in range(dialog.gaps.count())]
        item = next(i for i in items if i.data(TARGET_ROLE) == "step:Q")
        dialog.gaps.itemDoubleClicked.emit(item)
        return dialog.result()

    scripted_dialogs.answer(double_click_tender_number)
    parts.documents.generate_and_open(window, opp, "bid")
    wait_idle(qtbot, parts)
    assert parts.workspace.workspace.step_list.current_letter() == "Q"
    assert services.documents.of(opp) == []


def test_double_clicking_a_gap_in_the_company_data_opens_the_library_settings(
    setup: tuple[Any, Any, str, Path], qtbot: Any, scripted_dialogs: Any
) -> None:
    from projdesk.ui.preflight_dialog import TARGET_ROLE

    _services, parts, opp, _out = setup
    window = parts.window
    shown_tabs: list[str] = []

    def double_click_legal_rep(dialog: Any) -> int:
        items = [dialog.gaps.item(i) for i in range(dialog.gaps.count())]
        item = next(i for i in items if i.data(TARGET_ROLE) == "library:company")
        dialog.gaps.itemDoubleClicked.emit(item)
        return dialog.result()

    def settings_shown(dialog: Any) -> int:
        shown_tabs.append(dialog.tabs.currentWidget().objectName())
        return 0

    scripted_dialogs.answer(double_click_legal_rep, settings_shown)
    parts.documents.generate_and_open(window, opp, "bid")
    wait_idle(qtbot, parts)
    assert shown_tabs == ["libraryTab"]


def test_assembly_dialog_pick_and_order_reach_the_bid_docx(
    setup: tuple[Any, Any, str, Path], qtbot: Any, scripted_dialogs: Any
) -> None:
    import datetime as dt

    from PySide6.QtCore import Qt

    from projdesk.demo.library import demo_library
    from projdesk.ui.assembly_dialog import NAME_ROLE
    from tests.unit.documents_helpers import docx_paragraphs

    services, parts, opp, out = setup
    services.library.save(demo_library(dt.date.today()))
    offered: list[list[str]] = []

    def pick(dialog: Any) -> int:
        chapters = dialog.lists["chapters"]
        offered.append([chapters.item(i).data(NAME_ROLE) for i in range(chapters.count())])
        for i in range(chapters.count()):
            item = chapters.item(i)
            wanted = item.data(NAME_ROLE) in ("总体架构", "网络与安全")
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        names = [chapters.item(i).data(NAME_ROLE) for i in range(chapters.count())]
        chapters.setCurrentRow(names.index("网络与安全"))
        for _ in range(names.index("网络与安全")):
            dialog.move_part("chapters", -1)  # 上移 to the top
        return 1  # 生成

    scripted_dialogs.answer(pick, 1)  # 文档组装, then pre-flight: 仍然生成
    parts.documents.generate_and_open(parts.window, opp, "bid")
    wait_idle(qtbot, parts)
    assert [kind for kind, what in scripted_dialogs.asked] == ["dialog", "dialog"]
    assert offered[0][:2] == ["总体架构", "实施方案"]  # the default choice first
    [made] = list(out.glob("*.docx"))
    paragraphs = docx_paragraphs(made)
    assert paragraphs.index("网络与安全") < paragraphs.index("总体架构")
    assert "存储与数据保护" not in paragraphs and "实施方案" not in paragraphs


def test_cancelling_the_assembly_dialog_makes_no_document(
    setup: tuple[Any, Any, str, Path], qtbot: Any, scripted_dialogs: Any
) -> None:
    import datetime as dt

    from projdesk.demo.library import demo_library

    services, parts, opp, out = setup
    services.library.save(demo_library(dt.date.today()))
    scripted_dialogs.answer(0)
    parts.documents.generate_and_open(parts.window, opp, "proposal")
    wait_idle(qtbot, parts)
    assert [what for _kind, what in scripted_dialogs.asked] == ["AssemblyDialog"]
    assert services.documents.of(opp) == [] and not list(out.glob("*"))


def test_preflight_gaps_are_listed_in_the_chosen_language(services: Any, qtbot: Any, english: None) -> None:
    from projdesk.deliverables.service import check
    from projdesk.ui.preflight_dialog import PreflightDialog

    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    dialog = PreflightDialog(check(services, opp, "bid"), None)
    qtbot.addWidget(dialog)
    shown = [dialog.gaps.item(i).text() for i in range(dialog.gaps.count())]
    assert any(line.startswith("Legal representative — Library › Company") for line in shown), shown
    assert not any("资料库" in line for line in shown)


def test_double_clicking_a_qualifications_gap_opens_the_library_records_at_qualifications(
    setup: tuple[Any, Any, str, Path], qtbot: Any, scripted_dialogs: Any
) -> None:
    from projdesk.ui.preflight_dialog import TARGET_ROLE

    _services, parts, opp, _out = setup
    shown: list[tuple[str, str]] = []

    def double_click_qualifications(dialog: Any) -> int:
        items = [dialog.gaps.item(i) for i in range(dialog.gaps.count())]
        item = next(i for i in items if i.data(TARGET_ROLE) == "library:qualifications")
        dialog.gaps.itemDoubleClicked.emit(item)
        return dialog.result()

    def settings_shown(dialog: Any) -> int:
        shown.append(
            (dialog.tabs.currentWidget().objectName(), dialog.records.tabs.currentWidget().objectName())
        )
        return 0

    scripted_dialogs.answer(double_click_qualifications, settings_shown)
    parts.documents.generate_and_open(parts.window, opp, "bid")
    wait_idle(qtbot, parts)
    assert shown == [("libraryRecordsTab", "libraryRecords_qualifications")]
