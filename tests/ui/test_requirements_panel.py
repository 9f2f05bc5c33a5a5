"""Step Q's requirements table: import, answer in place through the runner, the ★ count."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from projdesk.domain.tender import parse_pasted
from projdesk.ui.app import build_app
from projdesk.ui.workspace.requirements_panel import EXPLANATION_COLUMN, RequirementsPanel


@pytest.fixture
def shown(services: Any, qtbot: Any) -> tuple[Any, Any, str]:
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统", amount="1200000")
    parts = build_app(services)
    qtbot.addWidget(parts.window)
    parts.workspace.open(opp, "Q")
    return services, parts, opp


def panel_of(parts: Any) -> RequirementsPanel:
    """The panel of the step shown now (a rebuilt pane's old one waits for deleteLater)."""
    panel = parts.workspace.workspace.step_pane.requirements
    assert isinstance(panel, RequirementsPanel)
    return panel


def wait_idle(qtbot: Any, parts: Any) -> None:
    qtbot.waitUntil(lambda: parts.runner.idle, timeout=20000)


def test_pasted_lines_in_step_q_become_requirement_rows(shown: tuple[Any, Any, str], qtbot: Any) -> None:
    services, parts, opp = shown
    services.steps.update(opp, "Q", {"requirements": "★1 支持 DICOM 3.0\n2 质保三年"})
    parts.workspace.workspace.open(opp, "Q")
    panel = panel_of(parts)
    assert panel.from_text.isEnabled()
    panel.from_text.click()
    wait_idle(qtbot, parts)
    qtbot.waitUntil(lambda: panel_of(parts).table.rowCount() == 2)
    assert [r.clause for r in services.tender.requirements(opp)] == ["1", "2"]
    assert "其中 ★ 1 条" in panel_of(parts).summary.text()


def test_choosing_a_response_in_its_cell_saves_it_and_updates_the_count(
    shown: tuple[Any, Any, str], qtbot: Any
) -> None:
    services, parts, opp = shown
    services.tender.import_requirements(opp, parse_pasted("★1 支持 DICOM 3.0\n2 质保三年"))
    parts.workspace.workspace.open(opp, "Q")
    panel = panel_of(parts)
    combo = panel.table.cellWidget(0, 4)
    combo.setCurrentIndex(combo.findData("正偏离"))
    wait_idle(qtbot, parts)
    qtbot.waitUntil(lambda: services.tender.requirements(opp)[0].response == "正偏离")
    assert "其中 ★ 0 条" in panel.summary.text()
    panel.table.item(0, EXPLANATION_COLUMN).setText("支持 3000 路并发")
    wait_idle(qtbot, parts)
    qtbot.waitUntil(lambda: services.tender.requirements(opp)[0].explanation == "支持 3000 路并发")


def test_importing_a_tender_docx_fills_the_table(
    shown: tuple[Any, Any, str], qtbot: Any, scripted_dialogs: Any, tmp_path: Path
) -> None:
    from tests.unit.test_tender_requirements import tender_docx

    services, parts, opp = shown
    scripted_dialogs.answer(str(tender_docx(tmp_path / "招标文件.docx")))
    panel_of(parts).from_docx.click()
    wait_idle(qtbot, parts)
    qtbot.waitUntil(lambda: len(services.tender.requirements(opp)) == 3)
    qtbot.waitUntil(lambda: panel_of(parts).table.rowCount() == 3)


def test_a_file_that_is_not_a_tender_is_one_line_in_place(
    shown: tuple[Any, Any, str], qtbot: Any, scripted_dialogs: Any, tmp_path: Path
) -> None:
    services, parts, opp = shown
    bad = tmp_path / "招标文件.docx"
    bad.write_bytes(b"not a zip")
    scripted_dialogs.answer(str(bad))
    panel = panel_of(parts)
    panel.from_docx.click()
    wait_idle(qtbot, parts)
    qtbot.waitUntil(lambda: "不是有效的 Word 文件" in panel.message.text())
    assert services.tender.requirements(opp) == []


def test_where_it_is_answered_is_picked_from_the_bids_own_numbered_headings(
    shown: tuple[Any, Any, str], qtbot: Any
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from projdesk.ui.workspace.requirements_panel import WHERE_COLUMN

    services, parts, opp = shown
    services.tender.import_requirements(opp, parse_pasted("★1 支持 DICOM 3.0\n2 质保三年"))
    parts.workspace.workspace.open(opp, "Q")
    panel = panel_of(parts)
    delegate = panel.table.itemDelegateForColumn(WHERE_COLUMN)
    index = panel.table.model().index(0, WHERE_COLUMN)
    editor = delegate.createEditor(panel.table.viewport(), QStyleOptionViewItem(), index)
    offered = [editor.itemText(i) for i in range(editor.count())]
    assert "四（三）产品与技术方案" in offered and "一（五）技术偏离表" in offered
    assert not any("第四章" in s for s in offered)
    editor.setCurrentText("四（三）产品与技术方案")
    delegate.setModelData(editor, panel.table.model(), index)
    editor.deleteLater()
    wait_idle(qtbot, parts)
    qtbot.waitUntil(lambda: services.tender.requirements(opp)[0].answered_in == "四（三）产品与技术方案")
