"""With English chosen, the chrome (menus, toolbar, buttons, headers, page titles, tooltips) has
no Chinese; the method's own texts (guidance, stage goals, step field hints and choices) stay
Chinese by design, and the guidance header says so."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QListWidget, QTableView, QTabWidget, QTreeView, QTreeWidget, QWidget

from projdesk.domain.catalog import ROLE_TALKING_POINTS, STAGES, STEPS
from projdesk.ui.app import build_app
from tests.ui.conftest import settle

# CJK ideographs and full-width punctuation (the ideographic space U+3000 is a space: not counted).
CJK = re.compile(r"[\u3001-\u303f\u3400-\u9fff\uff00-\uffef]")
# "Initiation request (申请立项)": a method term after its English, kept so the handbook matches.
METHOD_TERM = re.compile(r"\s*[（(][^()（）]*[\u3400-\u9fff][^()（）]*[)）]")
# “120万”: an example of what may be typed.
TYPED_EXAMPLE = re.compile(r"“[^”]*”")


def method_texts() -> set[str]:
    texts = {st.goal for st in STAGES} | set(ROLE_TALKING_POINTS.values())
    for spec in STEPS.values():
        texts |= {spec.guidance, *spec.checklist}
        for field in spec.fields:
            texts |= {field.hint, *field.choices}
    return {text for text in texts if text}


def shown_texts(widget: QWidget) -> list[tuple[str, str]]:
    """What ``widget`` shows of its own: text, title, tooltip, placeholder, items and headers."""
    name = f"{type(widget).__name__}#{widget.objectName()}"
    texts = [(name, widget.toolTip()), (name, widget.windowTitle())]
    for attribute in ("text", "placeholderText", "title"):
        read = getattr(widget, attribute, None)
        if callable(read):
            try:
                value = read()
            except TypeError:
                continue
            if isinstance(value, str):
                texts.append((name, value))
    if isinstance(widget, QTabWidget):
        texts += [(name, widget.tabText(i)) for i in range(widget.count())]
    if isinstance(widget, QComboBox):
        texts += [(name, widget.itemText(i)) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        for i in range(widget.count()):
            texts += [(name, widget.item(i).text()), (name, widget.item(i).toolTip())]
    if isinstance(widget, QTreeWidget):
        header = widget.headerItem()
        texts += [(name, header.text(i)) for i in range(header.columnCount())]
    elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        model = widget.model()
        texts += [
            (name, str(model.headerData(i, Qt.Orientation.Horizontal) or "")) for i in range(header.count())
        ]
    return texts


def chinese_left(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The texts with Chinese left once the method's own texts (wherever quoted in them), method
    terms after their English and typed examples are taken out."""
    allowed = sorted(method_texts(), key=len, reverse=True)
    found = []
    for where, text in texts:
        bare = text
        for method_text in allowed:
            bare = bare.replace(method_text, "")
        bare = TYPED_EXAMPLE.sub("", METHOD_TERM.sub("", bare))
        if CJK.search(bare):
            found.append((where, text))
    return found


def test_english_chrome_has_no_chinese_outside_the_methods_guidance(
    english: None, qtbot: Any, services: Any
) -> None:
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    window.show()
    # Data is the user's (a customer's or the user's name is whatever was typed): English here.
    services.ctx.prefs.user_name = "Zhang Wei"
    opp_id = services.opportunities.add(customer="Acme Power", name="Dispatch system")
    customer_id = services.opportunities.detail(opp_id).customer.id
    services.people.add_contact(
        customer_id, "Li Ming", opportunity_id=opp_id, role="关键决策人", attitude="支持"
    )
    parts.board.refresh([opp_id])
    settle(qtbot, parts.runner)
    parts.workspace.open(opp_id)
    texts = [text for widget in window.findChildren(QWidget) for text in shown_texts(widget)]
    for action in window.findChildren(QAction):
        texts += [
            (f"QAction#{action.objectName()}", t)
            for t in (action.text(), action.toolTip(), action.statusTip())
        ]
    left = chinese_left(texts)
    assert left == [], "\n".join(map(str, left))
    # The contacts tab shows the stored Chinese role in English.
    table = parts.workspace.workspace.contacts.table
    table_texts = [table.item(0, column).text() for column in range(4)]
    assert "Key decision maker" in table_texts and "Supportive" in table_texts


def test_english_guidance_header_says_the_method_stays_chinese(
    english: None, qtbot: Any, services: Any
) -> None:
    parts = build_app(services)
    qtbot.addWidget(parts.window)
    opp_id = services.opportunities.add(customer="Acme Power", name="Dispatch system")
    parts.workspace.open(opp_id)
    button = parts.workspace.workspace.step_pane.guidance_button
    assert "in Chinese by design" in button.text()


def test_english_menus_read_english(english: None, qtbot: Any, services: Any) -> None:
    parts = build_app(services)
    qtbot.addWidget(parts.window)
    titles = [a.text() for a in parts.window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Opportunity", "&Documents", "&Reports", "&Sync", "&Help"]
    assert parts.window.ui.actionQuickLog.toolTip() == "Log activity (Ctrl+L)"
