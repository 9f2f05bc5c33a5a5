"""The opportunity workspace: step fields, completing steps, people, history and undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from projdesk.ui.app import build_app
from projdesk.ui.common.runner import Runner
from projdesk.ui.workspace.workspace import OpportunityWorkspace
from tests.ui.conftest import settle


@pytest.fixture
def opp(services):
    return services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000", industry="电力")


@pytest.fixture
def workspace(qtbot, services, opp):
    holder = QWidget()  # owns the runner, as the main window does
    qtbot.addWidget(holder)
    ws = OpportunityWorkspace(services, Runner(holder))
    qtbot.addWidget(ws)
    ws.resize(1500, 850)
    ws.show()
    qtbot.waitExposed(ws)
    ws.open(opp)
    return ws


def leave(qtbot, editor, other):
    """Type focus away from ``editor`` the way a user does: click or tab to another field."""
    other.input.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not editor.input.hasFocus())


def test_opens_at_the_current_step_with_stage_path_and_26_steps(workspace):
    assert workspace.step_pane.spec.letter == "A"
    assert len(workspace.step_list.items) == 26
    states = [label.property("state") for label in workspace.stage_path.labels]
    assert states == ["current"] + ["future"] * 9
    assert "华东电力设计院" in workspace.title.text()


def test_step_field_saves_on_leaving_and_is_there_after_reopening(qtbot, workspace, services, opp):
    workspace.activateWindow()
    editors = workspace.step_pane.editors
    editors["referrer"].input.setFocus()
    qtbot.waitUntil(editors["referrer"].input.hasFocus)
    qtbot.keyClicks(editors["referrer"].input, "Li Ming")  # QTest types Latin keys; an IME commits CJK
    leave(qtbot, editors["referrer"], editors["found_on"])
    settle(qtbot, workspace.runner)  # saved on the write worker
    assert services.steps.get(opp, "A").fields["referrer"] == "Li Ming"
    assert workspace.step_list.items["A"].data(0, Qt.ItemDataRole.AccessibleTextRole) == "in_progress"

    workspace.open(opp, "B")
    workspace.open(opp, "A")
    assert workspace.step_pane.editors["referrer"].input.text() == "Li Ming"


def test_money_typed_as_wan_is_saved_as_yuan(qtbot, workspace, services, opp):
    workspace.step_list.select("E")
    budget = workspace.step_pane.editors["budget"]
    budget.input.setText("80万")
    workspace.step_pane.save_pending()
    settle(qtbot, workspace.runner)
    assert services.opportunities.detail(opp).budget == 800000
    assert budget.input.text() == "800000.00"


def test_a_bad_date_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, workspace, services, opp):
    editor = workspace.step_pane.editors["found_on"]
    editor.input.setText("2026-13-45")
    workspace.step_pane.save_pending()
    settle(qtbot, workspace.runner)
    assert editor.note.isVisible() and "发现日期" in editor.note.text()
    assert services.steps.get(opp, "A").fields.get("found_on") is None


def test_a_bad_date_in_english_is_refused_next_to_the_field_in_english(
    english, qtbot, workspace, services, opp
):
    editor = workspace.step_pane.editors["found_on"]
    editor.input.setText("2026-13-45")
    workspace.step_pane.save_pending()  # queued on the write worker; refused there
    settle(qtbot, workspace.runner)
    assert editor.note.text() == "Found on is not a valid date (use YYYY-MM-DD): 2026-13-45"
    assert services.steps.get(opp, "A").fields.get("found_on") is None


def test_a_bad_amount_in_english_is_refused_next_to_the_field_in_english(
    english, qtbot, workspace, services, opp
):
    workspace.step_list.select("E")
    budget = workspace.step_pane.editors["budget"]
    budget.input.setText("八十万")
    workspace.step_pane.save_pending()
    settle(qtbot, workspace.runner)
    assert budget.note.text() == "Project budget is not a valid amount: 八十万"
    assert services.opportunities.detail(opp).budget is None


def test_completing_a_step_refused_in_english_names_the_step_and_the_field_in_english(
    qtbot, english, workspace, services, opp
):
    pane = workspace.step_pane
    pane.done_button.click()
    settle(qtbot, workspace.runner)
    head, *rules = pane.message.text().splitlines()
    assert head == "Step A Find customers (搜索客户) cannot be completed yet; required fields are missing:"
    assert rules == ["• Fill in: Lead source"]
    assert services.steps.get(opp, "A").status != "done"


def test_completing_with_a_required_field_empty_is_refused_and_names_it(qtbot, workspace, services, opp):
    pane = workspace.step_pane
    pane.done_button.click()
    settle(qtbot, workspace.runner)
    assert pane.message.isVisible() and "来源渠道" in pane.message.text()
    assert pane.editors["source_channel"].has_error()
    assert services.steps.get(opp, "A").status != "done"

    pane.editors["source_channel"].input.setCurrentText("行业会议")
    workspace.step_pane.done_button.click()
    settle(qtbot, workspace.runner)
    assert services.steps.get(opp, "A").status == "done"
    assert workspace.step_list.items["A"].data(0, Qt.ItemDataRole.AccessibleTextRole) == "done"
    assert workspace.step_pane.reopen_button.isVisibleTo(workspace)


def test_deliverable_buttons_ask_for_the_document(qtbot, workspace, opp):
    workspace.step_list.select("J")
    button = workspace.step_pane.findChild(type(workspace.back_button), "deliverable_initiation")
    with qtbot.waitSignal(workspace.deliverable_requested) as signal:
        button.click()
    assert signal.args == [opp, "initiation"]


def test_material_library_is_shown_in_step_f_and_copies(workspace, services, opp):
    from projdesk.domain.library import CompanyProfile, Library

    services.library.save(Library(company=CompanyProfile(intro="公司在全省 17 个地市设有分支机构。")))
    workspace.step_list.select("F")
    pane = workspace.step_pane
    text = pane.findChild(QPlainTextEdit, "materialText")
    assert text is not None and "17 个地市" in text.toPlainText()
    pane.findChild(type(workspace.back_button), "materialCopy").click()
    assert QApplication.clipboard().text() == "公司在全省 17 个地市设有分支机构。"


def test_a_supportive_key_decision_maker_added_in_the_contacts_tab_opens_the_research_gate(
    qtbot, workspace, services, opp
):
    def research_rules():
        return {rule.code for rule in services.opportunities.unmet_gates(opp, 4)}

    assert "kdm_support" in research_rules()
    tab = workspace.contacts
    tab.name.setText("王建国")
    tab.role.setCurrentText("关键决策人")
    assert "价值" in tab.hint.text()  # what to talk about with this role
    tab.attitude.setCurrentText("支持")
    tab.title.setText("信息中心主任")
    tab.add_button.click()
    settle(qtbot, workspace.runner)
    assert "kdm_support" not in research_rules()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "关键决策人"


def test_a_bad_contact_value_is_reported_in_place(qtbot, workspace, services, opp):
    workspace.contacts.add_button.click()  # no name
    settle(qtbot, workspace.runner)
    assert workspace.contacts.message.isVisible()
    assert services.opportunities.detail(opp).contacts == []


def test_competitor_and_quote_round_are_added_and_accepted(qtbot, workspace, services, opp):
    comp = workspace.competitors
    comp.name.setText("东软")
    comp.price.setText("95万")
    comp.add_button.click()
    settle(qtbot, workspace.runner)
    [competitor] = services.opportunities.detail(opp).competitors
    assert competitor.price == 950000

    quotes = workspace.quotes
    quotes.lines.item(0, 0).setText("调度平台软件")
    quotes.lines.item(0, 3).setText("2")
    quotes.lines.item(0, 5).setText("30万")
    quotes.save_button.click()
    settle(qtbot, workspace.runner)
    [quote] = services.opportunities.detail(opp).quotes
    assert quote.total == 600000
    quotes.rounds.setCurrentItem(quotes.rounds.topLevelItem(0))
    quotes.accept_button.click()
    settle(qtbot, workspace.runner)
    assert services.opportunities.detail(opp).quotes[0].accepted
    assert "已接受" in quotes.rounds.topLevelItem(0).text(0)


def test_contract_and_payment_are_saved_from_the_tab(qtbot, workspace, services, opp):
    tab = workspace.contract
    tab.contract["number"].setText("HT-001")
    tab.contract["amount"].setText("120万")
    tab.save_contract()
    settle(qtbot, workspace.runner)
    assert "壹佰贰拾万元整" in tab.capitals.text()
    tab.milestone.setText("首付款")
    tab.pay_amount.setText("36万")
    tab.pay_due.setText("2026-04-01")
    tab.add_payment()
    settle(qtbot, workspace.runner)
    tab.payments.selectRow(0)
    tab.receipt_amount.setText("36万")
    tab.record_receipt()
    settle(qtbot, workspace.runner)
    [payment] = services.opportunities.detail(opp).payments
    assert payment.received_amount == 360000 and payment.received_date == dt.date.today()


@pytest.fixture
def window(qtbot, services):
    parts = build_app(services)
    win = parts.window
    qtbot.addWidget(win)
    win.resize(1500, 850)
    win.show()
    qtbot.waitExposed(win)
    return parts


def test_history_records_an_edit_and_ctrl_z_restores_it(qtbot, window, services, opp):
    parts, window = window, window.window
    controller = parts.workspace
    controller.open(opp)
    ws = parts.workspace.workspace
    ws.step_list.select("E")
    ws.step_pane.editors["department"].input.setText("信息中心")
    ws.step_pane.save_pending()
    settle(qtbot, ws.runner)
    rows = [ws.history.table.item(r, 3).text() for r in range(ws.history.table.rowCount())]
    assert any("步骤 E" in r and "主管部门" in r for r in rows)

    ws.step_pane.editors["department"].input.setText("调度中心")
    ws.step_pane.save_pending()
    settle(qtbot, ws.runner)
    window.activateWindow()
    ws.step_list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.step_list)
    qtbot.keyClick(ws.step_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, ws.runner)
    assert services.steps.get(opp, "E").fields["department"] == "信息中心"
    assert ws.step_pane.editors["department"].input.text() == "信息中心"


def test_board_open_request_opens_and_escape_goes_back(qtbot, window, opp):
    parts, window = window, window.window
    parts.board.open_requested.emit(opp)
    assert window.ui.pages.currentWidget() is parts.workspace.workspace
    qtbot.keyClick(parts.workspace.workspace.step_list, Qt.Key.Key_Escape)
    assert window.ui.pages.currentIndex() == 0


def test_reminders_show_an_overdue_next_step_on_start(qtbot, services, opp):
    yesterday = dt.date.today() - dt.timedelta(days=1)
    services.opportunities.update(opp, {"next_step": "回访信息中心", "next_date": yesterday.isoformat()})
    parts = build_app(services)
    win = parts.window
    qtbot.addWidget(win)
    win.show()
    panel = parts.actions.reminders
    qtbot.waitUntil(panel.isVisible)  # a dock beside the board, not a dialog, once read
    assert any(
        "调度自动化平台" in line and "回访信息中心" in line and "逾期 1 天" in line for line in panel.texts()
    )


def test_a_review_in_the_contract_tab_reads_its_kind_and_outcome_in_english(
    english, workspace, services, opp
):
    services.commercial.add_review(opp, "bid", outcome="rejected", reviewer="总部业务营运部")
    workspace.open(opp)
    contract = workspace.contract
    row = [contract.reviews.item(0, c).text() for c in range(contract.reviews.columnCount())]
    assert row[0] == "Bid" and row[3] == "Rejected" and row[2] == "总部业务营运部"
    assert [contract.review_kind.itemText(i) for i in range(contract.review_kind.count())] == [
        "Proposal",
        "Bid",
        "Contract",
    ]
