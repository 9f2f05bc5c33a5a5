"""The typed QT_TR_NOOP / QT_TRANSLATE_NOOP markers: text unchanged, still found by lupdate."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from projdesk.ui.common.widgets import tree_children
from projdesk.ui.translatable import QT_TR_NOOP, QT_TRANSLATE_NOOP


def test_markers_return_the_text_unchanged() -> None:
    assert QT_TR_NOOP("已完成") == "已完成"
    assert QT_TRANSLATE_NOOP("ColumnWidget", "获取信息") == "获取信息"


def test_lupdate_lists_texts_marked_with_markers_imported_from_projdesk(tmp_path: Path) -> None:
    source = tmp_path / "page.py"
    source.write_text(
        "from projdesk.ui.translatable import QT_TR_NOOP, QT_TRANSLATE_NOOP\n"
        'HEADERS = (QT_TR_NOOP("付款节点"),)\n'
        'FILTER = QT_TRANSLATE_NOOP("SyncPage", "ProjDesk 快照 (*.pdsnap)")\n',
        encoding="utf-8",
    )
    ts = tmp_path / "out.ts"
    subprocess.run(["pyside6-lupdate", "-silent", str(source), "-ts", str(ts)], check=True)
    found = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    assert found == {("", "付款节点"), ("SyncPage", "ProjDesk 快照 (*.pdsnap)")}


def test_tree_children_lists_top_level_items_and_their_children_in_order(qtbot: Any) -> None:
    tree = QTreeWidget()
    qtbot.addWidget(tree)
    first, second = QTreeWidgetItem(["名称相同"]), QTreeWidgetItem(["信用代码相同"])
    first.addChildren([QTreeWidgetItem(["甲"]), QTreeWidgetItem(["乙"])])
    tree.addTopLevelItems([first, second])
    assert [item.text(0) for item in tree_children(tree.invisibleRootItem())] == ["名称相同", "信用代码相同"]
    assert [item.text(0) for item in tree_children(first)] == ["甲", "乙"]
    assert tree_children(second) == []
