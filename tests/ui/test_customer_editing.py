"""The customers page edits a customer and merges two (#14)."""

from __future__ import annotations

from typing import Any

import pytest

from projdesk.ui.app import build_app
from projdesk.ui.workspace.record_dialog import RecordDialog


@pytest.fixture
def window(qtbot: Any, services: Any) -> Any:
    parts = build_app(services)
    win = parts.window
    qtbot.addWidget(win)
    win.resize(1500, 850)
    win.show()
    qtbot.waitExposed(win)
    return parts


def _customers(window: Any) -> Any:
    page = window.customers
    page.refresh()
    return page


def test_customer_edited_on_the_customers_page(
    qtbot: Any, window: Any, services: Any, scripted_dialogs: Any
) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    customer_id = services.opportunities.summary(opp).customer_id
    page = _customers(window)
    page.show_customer(customer_id)

    def answer(dialog: RecordDialog) -> int:
        dialog.set_value("industry", "电力")
        dialog.set_value("address", "杭州市西湖区")
        dialog.set_value("listed", "是")
        dialog.accept()
        return dialog.result()

    scripted_dialogs.answer(answer)
    with qtbot.waitSignal(window.customers.editor.saved, timeout=10000):
        page.edit_button.click()
    c = services.people.customer(customer_id)
    assert (c.industry, c.address, c.listed) == ("电力", "杭州市西湖区", True)
    assert "电力" in page.facts.text() and "上市公司" in page.facts.text()


def test_a_bad_credit_code_is_told_in_the_customer_dialog(
    window: Any, services: Any, scripted_dialogs: Any
) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    customer_id = services.opportunities.summary(opp).customer_id
    page = _customers(window)
    page.show_customer(customer_id)
    told: list[str] = []

    def answer(dialog: RecordDialog) -> int:
        dialog.set_value("credit_code", "123")
        dialog.accept()
        told.append(dialog.message.text())
        return dialog.result()

    scripted_dialogs.answer(answer)
    page.edit_button.click()
    assert told and told[0]
    assert services.people.customer(customer_id).credit_code is None


def test_two_customers_merged_on_the_customers_page(
    qtbot: Any, window: Any, services: Any, scripted_dialogs: Any
) -> None:
    kept_opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    other_opp = services.opportunities.add("华东电力设计院有限公司", "配网项目")
    keep = services.opportunities.summary(kept_opp).customer_id
    other = services.opportunities.summary(other_opp).customer_id
    services.people.add_contact(other, "赵工")
    page = _customers(window)
    page.show_customer(keep)

    def choose(dialog: RecordDialog) -> int:
        dialog.set_value("other", other)
        dialog.accept()
        return dialog.result()

    scripted_dialogs.answer(choose, True)
    with qtbot.waitSignal(window.customers.editor.saved, timeout=10000):
        page.merge_button.click()
    assert [c.name for c in services.people.customers()] == ["华东电力设计院"]
    assert {o.customer_id for o in services.opportunities.list()} == {keep}
    assert [c.name for c in services.people.contacts(keep)] == ["赵工"]
    qtbot.waitUntil(lambda: page.list.count() == 1, timeout=10000)  # the list is read as a query
