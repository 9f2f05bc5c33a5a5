"""Generating documents from the window: a step's deliverable button, the batch action, errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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
    services.steps.update(opp, "K", {"findings": "现有系统分散\n数据不通"})
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
    setup: tuple[Any, Any, str, Path], qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _services, parts, opp, _out = setup
    window = parts.window
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
    parts.documents.generate_and_open(window, opp, "contract")
    wait_idle(qtbot, parts)
    assert len(scripted_dialogs.asked) == 1
    kind, text = scripted_dialogs.asked[0]
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
