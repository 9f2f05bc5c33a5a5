"""Prompts with typed input (issue 16): Enter confirms the primary action when its input is
valid, and nothing typed is thrown away without asking."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton

from projdesk.storage.services import Services
from projdesk.ui.board.move_prompt import MovePromptDialog
from projdesk.ui.board.view import BoardWidget
from tests.ui.conftest import settle, shown_board


@pytest.fixture
def port(services: Services) -> str:
    """A stage-2 deal with neither a budget nor a key decision maker: moving it to stage 3 asks."""
    return services.opportunities.add("青岛港集团", "码头调度系统", amount="300万", stage_number=2)


@pytest.fixture
def board(qtbot, services: Services, port: str) -> BoardWidget:
    widget: BoardWidget = shown_board(qtbot, services)
    return widget


def _answer_by_typing(scripted_dialogs, qtbot, *, budget: str = "", reason: str = "", then=None):
    """Script the gate prompt: shown, typed into as a user would, then ``then(dialog)`` (Enter
    in the reason by default); the prompt's result is its answer. The list fills with the
    rules each prompt listed (read while open: the board deletes the dialog once answered)."""
    seen: list[str] = []

    def answer(dialog: MovePromptDialog) -> int:
        seen.append(dialog.rules.text())
        dialog.show()
        if budget:
            dialog.budget.insert(budget)  # as typed (QTest types ASCII only)
        if reason:
            dialog.reason_edit.insert(reason)
        (then or (lambda d: qtbot.keyClick(d.reason_edit, Qt.Key.Key_Return)))(dialog)
        result = dialog.result()
        dialog.hide()
        return result

    scripted_dialogs.answer(answer)
    return seen


def test_enter_in_the_gate_prompt_with_a_reason_moves_the_card_and_keeps_the_inline_budget(
    qtbot, board, port, services, scripted_dialogs
):
    _answer_by_typing(scripted_dialogs, qtbot, budget="280万", reason="客户领导已口头确认")
    assert board.move_card(port, 3)
    settle(qtbot, board.runner)
    detail = services.opportunities.detail(port)
    assert detail.summary.stage == 3
    assert detail.budget == Decimal("2800000.00")  # typed beside the reason, kept
    assert any(h.kind == "override" and "口头确认" in h.reason for h in detail.history)
    assert port in board.models[2].ids()


def test_enter_in_the_gate_prompt_with_a_valid_budget_saves_it_and_asks_again_for_the_rest(
    qtbot, board, port, services, scripted_dialogs
):
    asked = _answer_by_typing(
        scripted_dialogs, qtbot, budget="280万", then=lambda d: qtbot.keyClick(d.budget, Qt.Key.Key_Return)
    )
    second = _answer_by_typing(scripted_dialogs, qtbot, reason="决策人下周确认")
    assert board.move_card(port, 3)
    qtbot.waitUntil(lambda: len(asked) + len(second) == 2, timeout=10000)
    settle(qtbot, board.runner)
    assert services.opportunities.detail(port).budget == Decimal("2800000.00")
    assert (
        "预算" in asked[0] and "预算" not in second[0]
    )  # the budget rule is met now; the decision maker is not
    assert services.opportunities.summary(port).stage == 3


def test_enter_in_the_gate_prompt_with_an_invalid_budget_does_nothing_and_says_why(
    qtbot, board, port, services, scripted_dialogs
):
    states: list[tuple[bool, bool, bool]] = []

    def press_enter_then_give_up(dialog: MovePromptDialog) -> None:
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
        states.append(
            (dialog.isVisible(), dialog.budget_hint.isVisible(), dialog.override_button.isEnabled())
        )
        scripted_dialogs.answer(True)  # then 取消, agreeing to lose what was typed
        dialog.reject()

    _answer_by_typing(
        scripted_dialogs, qtbot, budget="很多", reason="客户说有钱", then=press_enter_then_give_up
    )
    assert board.move_card(port, 3)
    settle(qtbot, board.runner)
    assert states == [(True, True, False)]  # still open, the hint shown, no override on a bad budget
    assert services.opportunities.summary(port).stage == 2
    assert services.opportunities.detail(port).budget is None


def test_escape_in_the_gate_prompt_with_a_typed_reason_asks_before_throwing_it_away(
    qtbot, board, port, services, scripted_dialogs
):
    kept: list[str] = []

    def escape_twice(dialog: MovePromptDialog) -> None:
        scripted_dialogs.answer(False)  # "放弃？" — no
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)
        kept.append(dialog.reason_edit.text() if dialog.isVisible() else "")
        scripted_dialogs.answer(True)  # asked again — yes
        qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Escape)

    _answer_by_typing(scripted_dialogs, qtbot, reason="客户领导已口头确认", then=escape_twice)
    board.move_card(port, 3)
    settle(qtbot, board.runner)
    assert kept == ["客户领导已口头确认"]
    asked = [text for kind, text in scripted_dialogs.asked if kind == "yes_no"]
    assert len(asked) == 2 and all("放弃" in text for text in asked)
    assert services.opportunities.summary(port).stage == 2


def test_cancel_in_a_gate_prompt_with_nothing_typed_asks_nothing(
    qtbot, board, port, services, scripted_dialogs
):
    _answer_by_typing(scripted_dialogs, qtbot, then=lambda d: d.reject())
    board.move_card(port, 3)
    settle(qtbot, board.runner)
    assert [kind for kind, _ in scripted_dialogs.asked] == ["dialog"]
    assert services.opportunities.summary(port).stage == 2


def test_the_gate_prompt_gives_enter_to_no_button_without_a_valid_primary_action(qtbot):
    from projdesk.domain.gates import UnmetRule

    dialog = MovePromptDialog("青岛港集团 码头调度系统", "申请立项", [UnmetRule("initiation")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)  # no reason, no field to fill: nothing happens
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected.value
    cancel = [b for b in dialog.findChildren(type(dialog.override_button)) if b.isDefault()]
    assert cancel == []
    dialog.reason_edit.insert("客户要求")
    assert dialog.override_button.isDefault()
    dialog.mark_clean()
    dialog.close()


def _escape(qtbot, dialog) -> bool:
    """Esc in the dialog's focus widget; whether the dialog is still open after it."""
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
    return dialog.isVisible()


def test_escape_in_the_new_opportunity_dialog_with_a_typed_customer_asks_before_throwing_it_away(
    qtbot, services, scripted_dialogs
):
    from projdesk.ui.board.new_opportunity import NewOpportunityDialog
    from projdesk.ui.common.runner import Runner

    dialog = NewOpportunityDialog(services, Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.customer.setFocus()
    dialog.customer.insert("青岛港集团")
    scripted_dialogs.answer(False)
    assert _escape(qtbot, dialog) and dialog.customer.text() == "青岛港集团"  # kept on 不
    scripted_dialogs.answer(True)
    assert not _escape(qtbot, dialog)
    assert [kind for kind, _ in scripted_dialogs.asked] == ["yes_no", "yes_no"]


def test_escape_in_the_new_opportunity_dialog_with_nothing_typed_closes_without_asking(
    qtbot, services, scripted_dialogs
):
    from projdesk.ui.board.new_opportunity import NewOpportunityDialog
    from projdesk.ui.common.runner import Runner

    dialog = NewOpportunityDialog(services, Runner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not _escape(qtbot, dialog)
    assert scripted_dialogs.asked == []


def test_cancel_in_the_edit_dialog_with_nothing_changed_asks_nothing_and_with_a_change_asks(
    qtbot, services, port, scripted_dialogs
):
    from projdesk.ui.workspace.opportunity_edit import EditOpportunityDialog

    dialog = EditOpportunityDialog(services.opportunities.detail(port))
    qtbot.addWidget(dialog)
    dialog.show()  # prefilled: the prefilled values are not "typed"
    dialog.reject()
    assert not dialog.isVisible() and scripted_dialogs.asked == []
    dialog.show()
    name = dialog.inputs["name"]
    assert isinstance(name, QLineEdit)
    name.insert("（二期）")
    scripted_dialogs.answer(False)
    dialog.reject()
    assert dialog.isVisible() and "二期" in name.text()
    dialog.mark_clean()
    dialog.reject()


def test_enter_in_the_close_dialog_closes_the_deal_never_cancels(qtbot):
    from projdesk.ui.close_dialog import CloseDialog

    dialog = CloseDialog(["某竞争对手"])
    qtbot.addWidget(dialog)
    dialog.show()
    defaults = [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert defaults == ["结案"]
    assert not any(b.autoDefault() for b in dialog.findChildren(QPushButton))
    dialog.mark_clean()
    dialog.reject()


def test_closing_the_quick_log_with_typed_content_asks_before_throwing_it_away(
    qtbot, services, port, scripted_dialogs
):
    from projdesk.ui.common.runner import Runner
    from projdesk.ui.quick_log import QuickLogDialog

    dialog = QuickLogDialog(services, Runner())
    qtbot.addWidget(dialog)
    dialog.open_for(port)
    qtbot.waitExposed(dialog)
    dialog.content.insertPlainText("约了信息中心王主任下周演示")
    scripted_dialogs.answer(False)
    dialog.close()
    assert dialog.isVisible()
    assert dialog.content.toPlainText() == "约了信息中心王主任下周演示"
    scripted_dialogs.answer(True)
    dialog.close()
    assert not dialog.isVisible()
