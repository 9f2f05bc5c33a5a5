"""The board as a salesperson uses it: columns, totals, drag and drop, gates, finding cards."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from projdesk.storage.services import Services
from projdesk.ui.board.column_model import MIME_TYPE, decode_ids, encode_ids
from projdesk.ui.board.move_prompt import MovePromptDialog
from projdesk.ui.board.view import BoardWidget
from projdesk.ui.common.runner import Runner
from tests.ui.conftest import shown_board


@pytest.fixture
def cards(services: Services) -> dict[str, str]:
    """Five opportunities across stages, owners, industries and regions."""
    opp = services.opportunities
    today = dt.date.today()
    ids = {
        "school": opp.add("济南第一中学", "智慧校园一期", amount="120万", industry="教育", region="济南"),
        "port": opp.add(
            "青岛港集团",
            "码头调度系统",
            amount="300万",
            industry="交通",
            region="青岛",
            owner="李娜",
            stage_number=2,
        ),
        "grid": opp.add(
            "烟台供电公司", "配网监控平台", amount="50万", industry="电力", region="烟台", stage_number=2
        ),
        "hospital": opp.add("威海市立医院", "HIS 升级", industry="医疗", region="威海", stage_number=5),
        "bank": opp.add(
            "潍坊银行", "核心系统改造", amount="80万", industry="金融", region="潍坊", stage_number=5
        ),
    }
    opp.update(
        ids["grid"], {"next_date": (today - dt.timedelta(days=3)).isoformat(), "next_step": "递交方案"}
    )
    opp.update(ids["school"], {"next_date": (today + dt.timedelta(days=5)).isoformat()})
    services.activities.add(ids["school"], type="拜访", content="初次拜访信息中心")  # stage 1's product
    services.closing.win(ids["bank"], force=True, reason="合同纸面稍后补录")
    grid = opp.summary(ids["grid"])
    services.people.set_key_account(grid.customer_id, True, ["行业重点"])
    school = opp.summary(ids["school"])
    services.people.add_contact(school.customer_id, "王主任", role="具体经办人")
    return ids


@pytest.fixture
def board(qtbot, services: Services, cards: dict[str, str]) -> BoardWidget:
    board_widget: BoardWidget = shown_board(qtbot, services)
    return board_widget


def settle(qtbot, board: BoardWidget) -> None:
    """Moves run on the runner's write worker: wait until they (and what their answers queue
    next) have been applied and shown."""
    qtbot.waitUntil(lambda: not board.runner.busy, timeout=10000)


def shown(board: BoardWidget) -> dict[int, list[str]]:
    return {m.stage: m.ids() for m in board.models if m.rowCount()}


def test_each_column_shows_its_cards_count_and_total(board, cards):
    assert shown(board) == {1: [cards["school"]], 2: [cards["grid"], cards["port"]], 5: [cards["hospital"]]}
    assert board.columns[1].header.figures == "2 个 · 350.00 万"
    assert board.columns[0].header.figures == "1 个 · 120.00 万"
    assert board.columns[4].header.figures == "1 个 · 0 元"  # the won bank card is hidden
    assert board.columns[1].header.flagged == 1  # the overdue grid card
    assert board.columns[1].header.title == "2 交流公关"


def test_closed_cards_come_back_with_the_toggle(board, cards):
    board.filters.statuses["won"].setChecked(True)
    assert cards["bank"] in board.models[4].ids()
    assert board.columns[4].header.figures == "2 个 · 80.00 万"
    board.filters.statuses["won"].setChecked(False)
    assert cards["bank"] not in board.models[4].ids()


def test_drop_through_the_model_moves_and_persists(qtbot, board, cards, services):
    source = board.models[0]
    mime = source.mimeData([source.index(0, 0)])
    assert decode_ids(mime) == [cards["school"]]
    target = board.models[1]
    assert not board.models[0].canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    settle(qtbot, board)
    assert services.opportunities.summary(cards["school"]).stage == 2
    assert cards["school"] in board.models[1].ids()
    assert board.models[0].rowCount() == 0
    assert board.columns[1].header.figures == "3 个 · 470.00 万"
    # Qt removes the dragged rows from the source after a move: that must not delete anything.
    assert not source.removeRows(0, 1)
    assert services.opportunities.summary(cards["school"]).stage == 2


def test_drop_through_drag_events_on_the_viewport_moves_and_persists(qtbot, board, cards, services):
    source = board.models[1]
    mime = source.mimeData([source.index(source.row_of(cards["port"]), 0)])
    viewport = board.columns[3].view.viewport()  # 调研咨询, empty column space
    pos = QPoint(viewport.width() // 2, viewport.height() // 2)
    action = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    services.prefs.gates_block = False  # entering 3 and 4 only warns here
    enter = QDragEnterEvent(pos, action, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, action, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(pos.toPointF(), action, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    settle(qtbot, board)
    assert services.opportunities.summary(cards["port"]).stage == 4
    assert board.models[3].ids() == [cards["port"]]
    history = services.opportunities.detail(cards["port"]).history
    assert any(h.kind == "override" for h in history)  # the unmet gates were recorded


def test_foreign_payload_is_refused(board):
    mime = encode_ids(["not-a-card"])
    assert not board.models[2].canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    mime.setData("text/plain", b"hello")
    mime.removeFormat(MIME_TYPE)
    assert not board.models[2].dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def _cancel_the_prompt(scripted_dialogs) -> list[tuple[str, bool, str]]:
    """Script the move prompt's cancel; the list fills with its rule lines, whether it offered a budget
    and its title (read while it is open: the board deletes the dialog once answered)."""
    seen: list[tuple[str, bool, str]] = []

    def cancel(dialog: MovePromptDialog) -> int:
        seen.append((dialog.rules.text(), dialog.budget is not None, dialog.windowTitle()))
        return QDialog.DialogCode.Rejected

    scripted_dialogs.answer(cancel)
    return seen


def _rules_of_a_cancelled_drop(qtbot, board, card_id: str, scripted_dialogs) -> tuple[str, bool, str]:
    """Drop the stage-2 card on stage 3 and cancel the prompt it opens."""
    seen = _cancel_the_prompt(scripted_dialogs)
    source = board.models[1]
    mime = source.mimeData([source.index(source.row_of(card_id), 0)])
    board.models[2].dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: bool(seen))  # the refusal comes back from the write worker
    settle(qtbot, board)
    return seen[0]


def test_drop_against_unmet_gate_opens_prompt_and_cancel_changes_nothing(
    qtbot, board, cards, services, scripted_dialogs
):
    rules, offers_budget, _ = _rules_of_a_cancelled_drop(qtbot, board, cards["port"], scripted_dialogs)
    assert "预算" in rules and "关键决策人" in rules
    assert offers_budget  # the budget can be filled right there
    assert services.opportunities.summary(cards["port"]).stage == 2
    assert cards["port"] in board.models[1].ids()
    assert not any(h.field == "stage" for h in services.opportunities.detail(cards["port"]).history)


def test_refused_drop_in_english_names_the_unmet_rules_in_english(
    english, qtbot, board, cards, services, scripted_dialogs
):
    rules, _, title = _rules_of_a_cancelled_drop(qtbot, board, cards["port"], scripted_dialogs)
    assert title == "Advance to “Initiation request (申请立项)”"
    assert rules.splitlines() == [
        "• The customer's budget is not known yet (step E: fill in “Budget”)",
        "• The customer's key decision maker is not identified yet "
        "(step E, or mark a contact as “Key decision maker”)",
    ]
    assert services.opportunities.summary(cards["port"]).stage == 2


def test_prompt_in_english_fills_the_lead_into_the_translated_rule(
    english, qtbot, board, cards, services, scripted_dialogs
):
    port = services.opportunities.summary(cards["port"])
    services.people.add_contact(port.customer_id, "赵总", role="关键决策人", attitude="支持")
    services.opportunities.update(cards["port"], {"budget": "280万", "project_lead": "刘洋"})
    assert services.opportunities.move(cards["port"], 3) == []
    seen = _cancel_the_prompt(scripted_dialogs)
    board.move_card(cards["port"], 4)  # queued: the refusal comes back from the write worker
    qtbot.waitUntil(lambda: bool(seen))
    settle(qtbot, board)
    rules, _, _ = seen[0]
    assert "• Project lead “刘洋” is not yet certified by the marketing center" in rules.splitlines()


def test_prompt_fills_the_missing_budget_then_moves(qtbot, board, cards, services, scripted_dialogs):
    port = services.opportunities.summary(cards["port"])
    services.people.add_contact(port.customer_id, "赵总", role="关键决策人", attitude="支持")

    def fill_budget(dialog: MovePromptDialog) -> int:
        assert dialog.budget is not None
        dialog.budget.setText("280万")
        dialog.fix_button.click()
        return dialog.result()

    scripted_dialogs.answer(fill_budget)
    assert board.move_card(cards["port"], 3)
    settle(qtbot, board)
    assert services.opportunities.summary(cards["port"]).stage == 3
    assert services.opportunities.detail(cards["port"]).budget == Decimal("2800000.00")
    assert cards["port"] in board.models[2].ids()


def test_prompt_override_needs_a_reason_and_is_logged(qtbot, board, cards, services, scripted_dialogs):
    def override(dialog: MovePromptDialog) -> int:
        assert not dialog.override_button.isEnabled()  # no reason yet
        dialog.reason_edit.setText("客户领导已口头确认预算")
        dialog.override_button.click()
        return dialog.result()

    scripted_dialogs.answer(override)
    assert board.move_card(cards["grid"], 3)
    settle(qtbot, board)
    assert services.opportunities.summary(cards["grid"]).stage == 3
    history = services.opportunities.detail(cards["grid"]).history
    assert any(h.kind == "override" and "口头确认" in h.reason for h in history)


def test_keyboard_moves_back_only_with_a_reason(qtbot, board, cards, services, scripted_dialogs):
    assert board.select(cards["port"])
    view = board.columns[1].view
    scripted_dialogs.answer(None)  # the reason question cancelled
    qtbot.keyClick(
        view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert services.opportunities.summary(cards["port"]).stage == 2
    scripted_dialogs.answer("客户预算冻结，重新了解需求")
    qtbot.keyClick(
        view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, board)
    assert services.opportunities.summary(cards["port"]).stage == 1
    assert board.current_id() == cards["port"]  # the card stays selected in its new column
    assert board.columns[0].view.hasFocus()


def test_keyboard_forward_move_succeeds_without_gates(qtbot, board, cards, services):
    assert board.select(cards["school"])
    view = board.columns[0].view
    qtbot.keyClick(
        view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, board)
    assert services.opportunities.summary(cards["school"]).stage == 2


def test_gates_that_only_warn_move_and_say_what_was_missing(qtbot, board, cards, services):
    services.prefs.gates_block = False
    with qtbot.waitSignal(board.status_message) as message:
        assert board.move_card(cards["port"], 3)
    assert "预算" in message.args[0]
    assert services.opportunities.summary(cards["port"]).stage == 3


def test_arrows_walk_between_cards_and_enter_opens(qtbot, board, cards):
    assert board.select(cards["school"])
    qtbot.keyClick(board.columns[0].view, Qt.Key.Key_Right)
    second = board.columns[1].view
    assert second.hasFocus() and second.current_id() == cards["grid"]
    qtbot.keyClick(second, Qt.Key.Key_Down)
    assert second.current_id() == cards["port"]
    qtbot.keyClick(second, Qt.Key.Key_Right)  # columns 3 and 4 are empty: on to 5
    assert board.columns[4].view.current_id() == cards["hospital"]
    with qtbot.waitSignal(board.open_requested) as opened:
        qtbot.keyClick(board.columns[4].view, Qt.Key.Key_Return)
    assert opened.args == [cards["hospital"]]


def test_double_click_opens(qtbot, board, cards):
    view = board.columns[0].view
    rect = view.visualRect(view.model().index(0, 0))
    with qtbot.waitSignal(board.open_requested) as opened:
        # Qt 6 item views take a double click as press, release, then the double-click event.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [cards["school"]]


def test_search_matches_customer_project_and_contact(board, cards):
    board.set_search("王主任")
    assert shown(board) == {1: [cards["school"]]}
    board.set_search("码头")
    assert shown(board) == {2: [cards["port"]]}
    board.set_search("烟台 监控")
    assert shown(board) == {2: [cards["grid"]]}
    board.set_search("")
    assert sum(len(v) for v in shown(board).values()) == 4


@pytest.mark.parametrize(
    ("widget", "value", "expected"),
    [
        ("owner", "李娜", {"port"}),
        ("industry", "电力", {"grid"}),
        ("region", "济南", {"school"}),
        ("key_only", True, {"grid"}),
        ("overdue_only", True, {"grid"}),
    ],
)
def test_each_filter_narrows_the_cards(board, cards, widget, value, expected):
    control = getattr(board.filters, widget)
    if isinstance(value, bool):
        control.setChecked(value)
    else:
        control.setCurrentIndex(control.findData(value))
    visible = {i for ids in shown(board).values() for i in ids}
    assert visible == {cards[k] for k in expected}
    assert board.filters.summary.text() == f"看板 {len(expected)} / 5 个商机"


def test_column_models_pass_the_model_tester(qtbot, qtmodeltester, board, cards, services):
    for model in board.models:
        qtmodeltester.check(model)
    # The testers stay attached: rows moving out/in on a drop and a reset on search must be consistent.
    source = board.models[1]
    mime = source.mimeData([source.index(source.row_of(cards["grid"]), 0)])
    assert board.models[0].dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, QModelIndex()) is False
    services.prefs.gates_block = False
    assert board.models[4].dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    settle(qtbot, board)
    board.set_search("港")
    board.set_search("")
    assert cards["grid"] in board.models[4].ids()


def test_filters_and_column_widths_persist_with_the_database(qtbot, board, services, db_path):
    board.filters.industry.setCurrentIndex(board.filters.industry.findData("交通"))
    board.filters.statuses["lost"].setChecked(True)
    sizes = board.splitter.sizes()
    sizes[0] += 40
    sizes[1] -= 40
    board.splitter.setSizes(sizes)
    board.save_state()
    saved = board.splitter.sizes()

    reopened = Services.open(db_path)
    try:
        state = reopened.prefs.extra["board"]
        assert state["industry"] == "交通" and state["shown_statuses"] == ["lost"]
        again = BoardWidget(reopened, runner=Runner())
        qtbot.addWidget(again)
        again.resize(board.size())
        again.show()
        assert again.filters.industry.currentData() == "交通"
        assert again.filters.statuses["lost"].isChecked()
        assert again.splitter.sizes() == saved
        assert {m.stage: m.ids() for m in again.models if m.rowCount()} == shown(board)
    finally:
        reopened.close()


def test_quick_create_in_a_column(qtbot, board, services):
    assert board.quick_create(3, "潍坊学院 智慧图书馆 80万")  # queued on the write worker
    qtbot.waitUntil(lambda: board.models[2].rowCount() == 1)
    [new_id] = board.models[2].ids()
    card = services.opportunities.summary(new_id)
    assert (card.customer, card.name, card.stage, card.amount) == (
        "潍坊学院",
        "智慧图书馆",
        3,
        Decimal("800000.00"),
    )
    assert board.models[2].ids() == [new_id]
    assert board.current_id() == new_id
    assert not board.quick_create(3, "只有客户")  # one clear message, nothing written
    assert len(services.opportunities.list()) == 6


def test_quick_create_with_an_amount_above_the_bound_is_refused_not_named(
    board: BoardWidget, services: Services, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(board.status_message) as said:
        board.quick_create(3, "潍坊学院 智慧图书馆 1234567890123456.78")
    assert "超出上限" in said.args[0]
    assert all(c.name != "智慧图书馆 1234567890123456.78" for c in services.opportunities.list())


def test_refresh_reloads_just_the_changed_cards(board, cards, services):
    services.opportunities.update(cards["school"], {"amount": "150万"})
    board.refresh([cards["school"]])
    assert board.columns[0].header.figures == "1 个 · 150.00 万"
    services.opportunities.delete(cards["school"], reason="重复录入")
    board.refresh([cards["school"]])
    assert board.models[0].rowCount() == 0


def test_cards_paint_offscreen(board):
    image = board.grab()
    assert not image.isNull() and image.width() > 0


def test_prompt_offers_the_certified_project_lead(qtbot):
    from projdesk.domain.gates import UnmetRule

    dialog = MovePromptDialog(
        "青岛港集团 码头调度系统",
        "调研咨询",
        [
            UnmetRule("project_lead", "project_lead"),
            UnmetRule("initiation"),
        ],
        certified_leads=["刘洋", "孙鹏"],
    )
    qtbot.addWidget(dialog)
    assert dialog.budget is None  # only the fields the unmet rules name
    assert [dialog.project_lead.itemText(i) for i in range(dialog.project_lead.count())] == ["刘洋", "孙鹏"]
    dialog.project_lead.setCurrentIndex(1)
    assert dialog.values() == {"project_lead": "孙鹏"}
    dialog.lead_certified.setChecked(True)
    assert dialog.values() == {"project_lead": "孙鹏", "lead_certified": True}
    assert "项目立项申请尚未完成（步骤 J 申请立项）" in dialog.rules.text()
