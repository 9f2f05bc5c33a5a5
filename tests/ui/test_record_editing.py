"""Every record of the workspace tabs: add, edit, delete and Ctrl+Z undo, in the GUI (#14)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from projdesk.ui.app import build_app
from projdesk.ui.workspace.record_dialog import RecordDialog
from tests.ui.conftest import settle

LINE = [{"item": "服务器", "brand": "浪潮", "quantity": 2, "unit": "台", "unit_price": "56000"}]


@pytest.fixture
def opp(services: Any) -> str:
    return str(services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000"))


class App:
    """The app's parts, and a wait for what its one runner has queued (every write is off the
    GUI thread: a test looks at the database once the runner is idle)."""

    def __init__(self, parts: Any, qtbot: Any) -> None:
        self.parts, self.qtbot = parts, qtbot

    def __getattr__(self, name: str) -> Any:
        return getattr(self.parts, name)

    def settle(self) -> None:
        settle(self.qtbot, self.parts.runner)


@pytest.fixture
def app(qtbot: Any, services: Any, opp: str) -> Any:
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    window.resize(1500, 850)
    window.show()
    qtbot.waitExposed(window)
    parts.workspace.open(opp)
    return App(parts, qtbot)


def saved(qtbot: Any, app: Any) -> Any:
    """Wait for the record editor's write to land (it runs on the one runner)."""
    return qtbot.waitSignal(app.workspace.records.saved, timeout=10000)


def form(values: dict[str, str]) -> Any:
    def answer(dialog: RecordDialog) -> int:
        for key, text in values.items():
            dialog.set_value(key, text)
        dialog.accept()
        return dialog.result()

    return answer


def undo(app: Any) -> None:
    app.actions.undo()
    app.settle()


def test_contact_added_edited_deleted_and_each_undone(app: Any, services: Any, opp: str) -> None:
    tab = app.workspace.workspace.contacts
    tab.name.setText("王建国")
    tab.attitude.setCurrentText("中立")
    tab.email.setText("wang@example.cn")
    tab.add_button.click()
    app.settle()
    [added] = services.opportunities.detail(opp).contacts
    tab.table.selectRow(0)
    tab.attitude.setCurrentText("支持")
    tab.save_button.click()
    app.settle()
    assert services.people.contact(added.id).attitude == "支持"
    undo(app)
    assert services.people.contact(added.id).attitude == "中立"
    app.workspace.workspace.contacts.table.selectRow(0)
    app.workspace.workspace.contacts.delete_button.click()
    app.settle()
    assert services.opportunities.detail(opp).contacts == []
    undo(app)
    assert [c.name for c in services.opportunities.detail(opp).contacts] == ["王建国"]
    undo(app)  # the add itself
    assert services.opportunities.detail(opp).contacts == []


def test_competitor_added_edited_deleted_and_undone(app: Any, services: Any, opp: str) -> None:
    tab = app.workspace.workspace.competitors
    tab.name.setText("东方软件")
    tab.price.setText("98万")
    tab.add_button.click()
    app.settle()
    tab.table.selectRow(0)
    tab.strengths.setPlainText("本地团队")
    tab.our_answer.setPlainText("强调平台成熟度")
    tab.save_button.click()
    app.settle()
    [rival] = services.opportunities.detail(opp).competitors
    assert (rival.strengths, rival.our_answer) == ("本地团队", "强调平台成熟度")
    app.workspace.workspace.competitors.table.selectRow(0)
    app.workspace.workspace.competitors.delete_button.click()
    app.settle()
    assert services.opportunities.detail(opp).competitors == []
    undo(app)
    assert [c.name for c in services.opportunities.detail(opp).competitors] == ["东方软件"]


def test_quote_line_edited_in_place_then_undone(
    qtbot: Any, app: Any, services: Any, opp: str, scripted_dialogs: Any
) -> None:
    services.commercial.add_quote(opp, LINE)
    app.workspace.workspace.reload()
    quotes = app.workspace.workspace.quotes
    round_item = quotes.rounds.topLevelItem(0)
    quotes.rounds.setCurrentItem(round_item.child(0))
    scripted_dialogs.answer(form({"brand": "华为", "unit_price": "52000"}))
    with saved(qtbot, app):
        quotes.edit_button.click()
    [line] = services.commercial.quotes(opp)[0].lines
    assert (line.brand, line.unit_price) == ("华为", Decimal("52000.00"))
    undo(app)
    [line] = services.commercial.quotes(opp)[0].lines
    assert (line.brand, line.unit_price) == ("浪潮", Decimal("56000.00"))


def test_quote_line_added_to_a_round_then_deleted_and_undone(
    qtbot: Any, app: Any, services: Any, opp: str, scripted_dialogs: Any
) -> None:
    services.commercial.add_quote(opp, LINE)
    app.workspace.workspace.reload()
    quotes = app.workspace.workspace.quotes
    quotes.rounds.setCurrentItem(quotes.rounds.topLevelItem(0))
    values = {"item": "实施服务", "quantity": "10", "unit": "人天", "unit_price": "2000"}
    scripted_dialogs.answer(form(values))
    with saved(qtbot, app):
        quotes.add_line_button.click()
    [quote] = services.commercial.quotes(opp)
    assert [ln.item for ln in quote.lines] == ["服务器", "实施服务"] and quote.total == Decimal("132000.00")
    quotes = app.workspace.workspace.quotes
    quotes.rounds.setCurrentItem(quotes.rounds.topLevelItem(0).child(1))
    scripted_dialogs.answer(True)
    with saved(qtbot, app):
        quotes.delete_button.click()
    assert [ln.item for ln in services.commercial.quotes(opp)[0].lines] == ["服务器"]
    undo(app)
    assert len(services.commercial.quotes(opp)[0].lines) == 2


def test_quote_line_with_a_zero_price_is_refused_in_the_dialog(
    app: Any, services: Any, opp: str, scripted_dialogs: Any
) -> None:
    services.commercial.add_quote(opp, LINE)
    app.workspace.workspace.reload()
    quotes = app.workspace.workspace.quotes
    quotes.rounds.setCurrentItem(quotes.rounds.topLevelItem(0).child(0))
    told: list[str] = []

    def answer(dialog: RecordDialog) -> int:
        dialog.set_value("unit_price", "0")
        dialog.accept()
        told.append(dialog.message.text())
        return dialog.result()

    scripted_dialogs.answer(answer)
    quotes.edit_button.click()
    app.settle()
    assert told and "大于 0" in told[0]
    assert services.commercial.quotes(opp)[0].lines[0].unit_price == Decimal("56000.00")


def test_quote_round_edited_and_deleted_with_its_lines_then_undone(
    qtbot: Any, app: Any, services: Any, opp: str, scripted_dialogs: Any
) -> None:
    services.commercial.add_quote(opp, LINE, date="2026-10-01")
    app.workspace.workspace.reload()
    quotes = app.workspace.workspace.quotes
    quotes.rounds.setCurrentItem(quotes.rounds.topLevelItem(0))
    scripted_dialogs.answer(form({"note": "首轮（含三年质保）"}))
    with saved(qtbot, app):
        quotes.edit_button.click()
    assert services.commercial.quotes(opp)[0].note == "首轮（含三年质保）"
    quotes = app.workspace.workspace.quotes
    quotes.rounds.setCurrentItem(quotes.rounds.topLevelItem(0))
    scripted_dialogs.answer(True)
    with saved(qtbot, app):
        quotes.delete_button.click()
    assert services.commercial.quotes(opp) == []
    undo(app)
    [back] = services.commercial.quotes(opp)
    assert len(back.lines) == 1 and back.note == "首轮（含三年质保）"


def test_contract_saved_then_deleted_and_undone(
    qtbot: Any, app: Any, services: Any, opp: str, scripted_dialogs: Any
) -> None:
    tab = app.workspace.workspace.contract
    tab.contract["number"].setText("HT-001")
    tab.contract["amount"].setText("120万")
    tab.save_contract()
    app.settle()
    assert services.commercial.contract(opp).number == "HT-001"
    scripted_dialogs.answer(True)
    with saved(qtbot, app):
        app.workspace.workspace.contract.delete_contract_button.click()
    assert services.commercial.contract(opp) is None
    undo(app)
    assert services.commercial.contract(opp).number == "HT-001"


def test_payment_milestone_edited_and_deleted_then_undone(
    qtbot: Any, app: Any, services: Any, opp: str, scripted_dialogs: Any
) -> None:
    tab = app.workspace.workspace.contract
    tab.milestone.setText("首付款")
    tab.pay_amount.setText("36万")
    tab.add_payment()
    app.settle()
    app.workspace.workspace.contract.payments.selectRow(0)
    scripted_dialogs.answer(
        form({"due_date": "2027-01-15", "received_amount": "36万", "received_date": "2027-01-16"})
    )
    with saved(qtbot, app):
        _button(app, "editPayment").click()
    [payment] = services.commercial.payments(opp)
    assert payment.received_amount == Decimal("360000.00") and str(payment.due_date) == "2027-01-15"
    app.workspace.workspace.contract.payments.selectRow(0)
    scripted_dialogs.answer(True)
    with saved(qtbot, app):
        _button(app, "deletePayment").click()
    assert services.commercial.payments(opp) == []
    undo(app)
    assert [p.milestone for p in services.commercial.payments(opp)] == ["首付款"]


def test_review_added_edited_deleted_and_undone(
    qtbot: Any, app: Any, services: Any, opp: str, scripted_dialogs: Any
) -> None:
    tab = app.workspace.workspace.contract
    tab.reviewer.setText("陈总")
    tab.add_review()
    app.settle()
    [review] = services.commercial.reviews(opp)
    app.workspace.workspace.contract.reviews.selectRow(0)
    scripted_dialogs.answer(form({"outcome": "passed", "comments": "同意投标"}))
    with saved(qtbot, app):
        _button(app, "editReview").click()
    assert services.commercial.reviews(opp)[0].outcome == "passed"
    undo(app)
    assert services.commercial.reviews(opp)[0].outcome == "pending"
    app.workspace.workspace.contract.reviews.selectRow(0)
    scripted_dialogs.answer(True)
    with saved(qtbot, app):
        _button(app, "deleteReview").click()
    assert services.commercial.reviews(opp) == []
    undo(app)
    assert [r.id for r in services.commercial.reviews(opp)] == [review.id]


def test_document_taken_off_the_list_and_undone(
    qtbot: Any, app: Any, services: Any, opp: str, scripted_dialogs: Any, tmp_path: Any
) -> None:
    from projdesk.deliverables.service import generate

    made = generate(services, opp, "research", folder=tmp_path, allow_gaps=True)
    app.workspace.workspace.reload()
    app.workspace.workspace.documents.table.selectRow(0)
    scripted_dialogs.answer(True)
    with saved(qtbot, app):
        app.workspace.workspace.documents.delete_button.click()
    assert services.documents.of(opp) == [] and made.path.exists()  # the file itself stays
    undo(app)
    assert [d.kind for d in services.documents.of(opp)] == ["research"]


def test_delete_declined_leaves_the_record(app: Any, services: Any, opp: str, scripted_dialogs: Any) -> None:
    services.commercial.add_payment(opp, "首付款", "36万")
    app.workspace.workspace.reload()
    app.workspace.workspace.contract.payments.selectRow(0)
    scripted_dialogs.answer(False)
    _button(app, "deletePayment").click()
    app.settle()
    assert [p.milestone for p in services.commercial.payments(opp)] == ["首付款"]


def _button(app: Any, name: str) -> Any:
    from PySide6.QtWidgets import QPushButton

    found = app.workspace.workspace.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_a_milestone_written_off_in_the_contract_tab_keeps_its_reason_and_settles_step_z(
    app: Any, services: Any, opp: str, scripted_dialogs: Any
) -> None:
    tab = app.workspace.workspace.contract
    tab.milestone.setText("质保金")
    tab.pay_amount.setText("5000")
    tab.add_payment()
    app.settle()
    tab.payments.selectRow(0)
    scripted_dialogs.answer(None)  # cancelled: nothing written
    tab.findChild(QPushButton, "writeOffPayment").click()
    app.settle()
    [payment] = services.commercial.payments(opp)
    assert payment.write_off_reason is None
    scripted_dialogs.answer("客户破产清算")
    tab.findChild(QPushButton, "writeOffPayment").click()
    app.settle()
    [payment] = services.commercial.payments(opp)
    assert payment.write_off_reason == "客户破产清算"
    assert "已核销：客户破产清算" in tab.payments.item(0, 0).text()


def test_a_document_entry_note_edited_in_the_documents_tab_then_undone(
    app: Any, services: Any, opp: str, scripted_dialogs: Any, tmp_path: Any
) -> None:
    from projdesk.deliverables.service import generate

    generate(services, opp, "research", folder=tmp_path, allow_gaps=True)
    [made] = services.documents.of(opp)
    app.workspace.workspace.reload()
    tab = app.workspace.workspace.documents
    tab.table.selectRow(0)
    scripted_dialogs.answer(form({"note": "已发客户，待反馈"}))
    tab.findChild(QPushButton, "editDocument").click()
    app.settle()
    [entry] = services.documents.of(opp)
    assert entry.note == "已发客户，待反馈"
    assert tab.table.item(0, 4).text() == "已发客户，待反馈"  # the list heard of it on the bus
    undo(app)
    assert services.documents.of(opp)[0].note == made.note != "已发客户，待反馈"
