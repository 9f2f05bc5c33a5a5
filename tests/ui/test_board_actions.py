"""The board in a salesperson's day: the card menu, undo and redo of moves, one selection across
columns, batch actions on a multi-selection, sorting, saved filters, pinyin search, and clicks
on the start-up picture of the board."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from projdesk.storage.services import Services
from projdesk.ui import documents as doc_actions
from projdesk.ui.board.column_model import encode_ids
from projdesk.ui.board.view import BoardWidget
from projdesk.ui.close_dialog import CloseDialog
from tests.ui.conftest import settle, shown_board


@pytest.fixture
def cards(services: Services) -> dict[str, str]:
    opp = services.opportunities
    ids = {
        "grid": opp.add("华东电力设计院", "调度自动化平台", amount="120万", owner="李娜", industry="电力"),
        "port": opp.add("青岛港集团", "码头调度系统", amount="300万", owner="王强", industry="交通"),
        "school": opp.add("济南第一中学", "智慧校园一期", amount="50万", owner="李娜", industry="教育"),
        "bank": opp.add(
            "潍坊银行", "核心系统改造", amount="80万", stage_number=2, owner="王强", industry="金融"
        ),
    }
    for card_id in ids.values():  # stage 1's product: the way into stage 2 is open
        services.activities.add(card_id, type="拜访", content="初次拜访信息中心")
    today = dt.date.today()
    opp.update(ids["port"], {"next_date": (today + dt.timedelta(days=9)).isoformat(), "next_step": "交流"})
    opp.update(ids["school"], {"next_date": (today + dt.timedelta(days=2)).isoformat(), "next_step": "拜访"})
    return ids


@pytest.fixture
def board(qtbot: QtBot, services: Services, cards: dict[str, str]) -> BoardWidget:
    widget: BoardWidget = shown_board(qtbot, services)
    return widget


def action(menu: QMenu, name: str) -> QAction:
    found = menu.findChild(QAction, name)
    assert found is not None, f"no action {name!r} in the menu"
    return found


def click(
    qtbot: QtBot, board: BoardWidget, card_id: str, modifier: Any = Qt.KeyboardModifier.NoModifier
) -> None:
    column = board.columns[board.column_of(card_id) - 1]
    rect = column.view.visualRect(column.model.index(column.model.row_of(card_id), 0))
    qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


# -- the card menu ---------------------------------------------------------------------------


def test_card_menu_open_asks_the_workspace_to_open_the_card(qtbot, board, cards):
    with qtbot.waitSignal(board.open_requested) as opened:
        action(board.card_menu(cards["grid"]), "openCard").trigger()
    assert opened.args == [cards["grid"]]


def test_card_menu_move_to_moves_through_the_gates_like_a_drop(qtbot, board, cards, services):
    menu = board.card_menu(cards["port"])
    assert not action(menu, "moveTo1").isEnabled()  # where it is now
    action(menu, "moveTo2").trigger()
    settle(qtbot, board.runner)
    assert services.opportunities.summary(cards["port"]).stage == 2
    assert board.selected_ids() == [cards["port"]]  # moved, selected in its new column


def test_card_menu_move_past_an_unmet_gate_opens_the_same_prompt_as_a_drop(
    qtbot, board, cards, services, scripted_dialogs
):
    action(board.card_menu(cards["port"]), "moveTo6").trigger()
    settle(qtbot, board.runner)
    assert ("dialog", "MovePromptDialog") in scripted_dialogs.asked
    assert services.opportunities.summary(cards["port"]).stage == 1  # cancelled: unchanged


def test_card_menu_close_won_and_lost_use_the_close_dialog(qtbot, board, cards, services, scripted_dialogs):
    def lose(dialog: CloseDialog) -> int:
        dialog.loss_reason.setCurrentIndex(dialog.loss_reason.findData("价格"))
        dialog._accept()
        return int(dialog.result())

    menu = board.card_menu(cards["port"])
    assert action(menu, "close_won").isEnabled()
    scripted_dialogs.answer(lose)
    action(menu, "close_lost").trigger()
    settle(qtbot, board.runner)
    assert services.opportunities.summary(cards["port"]).status == "lost"
    assert services.closing.latest(cards["port"]).reason_code == "价格"


def test_card_menu_close_won_records_a_win_past_the_missing_contract_with_a_reason(
    qtbot, board, cards, services, scripted_dialogs
):
    def win(dialog: CloseDialog) -> int:
        assert dialog.chosen == "won"  # the menu's choice is the dialog's
        dialog.force.setChecked(True)
        dialog.reason.setText("合同纸面下周补录")
        dialog._accept()
        return int(dialog.result())

    scripted_dialogs.answer(win)
    action(board.card_menu(cards["grid"]), "close_won").trigger()
    settle(qtbot, board.runner)
    assert services.opportunities.summary(cards["grid"]).status == "won"
    assert board.column_of(cards["grid"]) == 0  # won cards are hidden by default


def test_card_menu_log_an_activity_opens_the_quick_log_for_that_card(qtbot, services, cards):
    from projdesk.ui.app import build_app

    parts = build_app(services)
    qtbot.addWidget(parts.window)
    action(parts.board.card_menu(cards["school"]), "logCard").trigger()
    dialog = parts.actions.log_dialog
    assert dialog.isVisible() and dialog.current_opportunity() == cards["school"]
    dialog.hide()


def test_card_menu_generate_a_document_makes_the_file_for_that_card(
    qtbot, services, cards, tmp_path: Path, monkeypatch, scripted_dialogs
):
    monkeypatch.setenv("PROJDESK_NO_OPEN", "1")
    services.prefs.extra[doc_actions.FOLDER_KEY] = str(tmp_path / "docs")
    services.ctx.save_preferences(services.prefs)
    from projdesk.ui.app import build_app

    parts = build_app(services)
    qtbot.addWidget(parts.window)
    scripted_dialogs.answer(1)  # the pre-flight list of gaps: generate anyway
    action(parts.board.card_menu(cards["grid"]), "document_research").trigger()
    settle(qtbot, parts.runner, 30000)
    assert [d.kind for d in services.documents.of(cards["grid"])] == ["research"]
    assert [f.name for f in (tmp_path / "docs").glob("*.docx")] == [
        "华东电力设计院_调度自动化平台_调研报告_v1.docx"
    ]


def test_card_menu_copy_name_puts_customer_and_project_on_the_clipboard(board, cards):
    action(board.card_menu(cards["grid"]), "copyName").trigger()
    assert QGuiApplication.clipboard().text() == "华东电力设计院 调度自动化平台"


def test_card_menu_of_a_closed_card_offers_reopen_not_close(qtbot, board, cards, services):
    services.closing.lose(cards["bank"], reason_code="价格")
    board.refresh([cards["bank"]])
    menu = board.card_menu(cards["bank"])
    assert menu.findChild(QAction, "reopenCard") is not None
    assert menu.findChild(QMenu, "closeMenu") is None


def test_card_menu_on_the_start_up_picture_offers_only_what_needs_no_database(qtbot, services, cards):
    from projdesk.ui.common.runner import Runner

    cached = BoardWidget(None, runner=Runner())
    qtbot.addWidget(cached)
    cached.store.replace(services.opportunities.list())
    menu = cached.card_menu(cards["grid"])
    assert action(menu, "openCard").isEnabled() and action(menu, "copyName").isEnabled()
    assert not action(menu, "logCard").isEnabled()
    assert not menu.findChild(QMenu, "moveMenu").isEnabled()


# -- one selection, multi-select and batch actions ----------------------------------------------


def test_one_selection_across_columns_a_plain_click_lets_the_other_column_go(qtbot, board, cards):
    click(qtbot, board, cards["grid"])
    click(qtbot, board, cards["bank"])
    assert board.selected_ids() == [cards["bank"]]
    framed = [c.spec.number for c in board.columns if c.view.selectionModel().hasSelection()]
    assert framed == [2]


def test_ctrl_click_selects_cards_in_several_columns(qtbot, board, cards):
    click(qtbot, board, cards["grid"])
    click(qtbot, board, cards["bank"], Qt.KeyboardModifier.ControlModifier)
    click(qtbot, board, cards["school"], Qt.KeyboardModifier.ControlModifier)
    assert set(board.selected_ids()) == {cards["grid"], cards["bank"], cards["school"]}


def test_shift_click_selects_a_run_of_cards_in_a_column(qtbot, board, cards):
    column = board.columns[0].model.ids()
    click(qtbot, board, column[0])
    click(qtbot, board, column[-1], Qt.KeyboardModifier.ShiftModifier)
    assert board.selected_ids() == column


def test_multi_select_batch_generate_takes_all_selected(qtbot, services, cards, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PROJDESK_NO_OPEN", "1")
    services.prefs.extra[doc_actions.FOLDER_KEY] = str(tmp_path / "docs")
    services.ctx.save_preferences(services.prefs)
    from projdesk.ui.app import build_app

    parts = build_app(services)
    qtbot.addWidget(parts.window)
    parts.window.resize(1400, 800)
    parts.window.show()
    qtbot.waitExposed(parts.window)
    board = parts.board
    for card_id in (cards["grid"], cards["school"], cards["bank"]):  # two in stage 1, one in 2
        click(qtbot, board, card_id, Qt.KeyboardModifier.ControlModifier)
    assert parts.documents.chosen() == board.selected_ids()
    action(board.card_menu(cards["bank"]), "document_initiation").trigger()
    settle(qtbot, parts.runner, 60000)
    made = {opp for opp in cards.values() if services.documents.of(opp)}
    assert made == {cards["grid"], cards["school"], cards["bank"]}


def test_multi_select_move_to_moves_every_selected_card(qtbot, board, cards, services):
    assert board.select_many([cards["grid"], cards["school"]]) == 2
    menu = board.card_menu(cards["school"])
    action(menu, "moveTo2").trigger()
    settle(qtbot, board.runner)
    assert {services.opportunities.summary(cards[k]).stage for k in ("grid", "school")} == {2}
    assert set(board.selected_ids()) == {cards["grid"], cards["school"]}  # both followed


def test_multi_select_close_asks_once_and_closes_every_selected_card(
    qtbot, board, cards, services, scripted_dialogs
):
    def hold(dialog: CloseDialog) -> int:
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("on_hold"))
        dialog.reason.setText("客户预算冻结")
        dialog._accept()
        return int(dialog.result())

    board.select_many([cards["grid"], cards["port"]])
    scripted_dialogs.answer(hold)
    action(board.card_menu(cards["grid"]), "close_on_hold").trigger()
    settle(qtbot, board.runner)
    assert [k for k, a in scripted_dialogs.asked if a == "CloseDialog"] == ["dialog"]
    assert {services.opportunities.summary(cards[k]).status for k in ("grid", "port")} == {"on_hold"}


def test_a_right_click_on_a_card_outside_the_selection_acts_on_that_card_only(board, cards):
    board.select_many([cards["grid"], cards["port"]])
    menu = board.card_menu(cards["bank"])
    assert action(menu, "moveTo3").text().startswith("3")
    assert menu.findChild(QAction, "batchDocuments") is None


# -- undo and redo of moves ----------------------------------------------------------------------


def drop(qtbot: QtBot, board: BoardWidget, card_id: str, stage: int) -> None:
    """Synthetic drag events on the column's viewport, as a mouse drag ends there."""
    viewport = board.columns[stage - 1].view.viewport()
    pos = QPoint(viewport.width() // 2, viewport.height() - 5)
    mime = encode_ids([card_id])
    action, buttons, mods = (
        Qt.DropAction.MoveAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(pos, action, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, action, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDropEvent(pos.toPointF(), action, mime, buttons, mods))
    settle(qtbot, board.runner)


def test_undo_of_a_board_move_puts_the_card_back_and_keeps_the_history_consistent(
    qtbot, board, cards, services
):
    drop(qtbot, board, cards["port"], 2)
    assert services.opportunities.summary(cards["port"]).stage == 2
    assert board.undo_move_action.isEnabled()
    board.undo_move_action.trigger()
    settle(qtbot, board.runner)
    card = services.opportunities.summary(cards["port"])
    assert card.stage == 1 and board.column_of(cards["port"]) == 1
    stage_lines = [h for h in services.history.of(cards["port"]) if h.field == "stage"]
    assert [(h.kind, h.old, h.new) for h in stage_lines][:2] == [("undo", "2", "1"), ("stage", "1", "2")]
    assert board.redo_move_action.isEnabled() and not board.undo_move_action.isEnabled()


def test_redo_of_an_undone_board_move_moves_it_again(qtbot, board, cards, services):
    drop(qtbot, board, cards["port"], 2)
    board.undo_move()
    settle(qtbot, board.runner)
    board.redo_move_action.trigger()
    settle(qtbot, board.runner)
    assert services.opportunities.summary(cards["port"]).stage == 2
    assert board.selected_ids() == [cards["port"]]
    board.undo_move()  # and it can be undone again
    settle(qtbot, board.runner)
    assert services.opportunities.summary(cards["port"]).stage == 1


def test_redo_of_a_move_back_gives_the_reason_again(qtbot, board, cards, services, scripted_dialogs):
    scripted_dialogs.answer("客户要求重新调研")
    board.move_card(cards["bank"], 1)
    settle(qtbot, board.runner)
    board.undo_move()
    settle(qtbot, board.runner)
    assert services.opportunities.summary(cards["bank"]).stage == 2
    board.redo_move()
    settle(qtbot, board.runner)
    assert services.opportunities.summary(cards["bank"]).stage == 1
    reasons = [h.reason for h in services.history.of(cards["bank"]) if h.kind == "stage"]
    assert reasons[:2] == ["客户要求重新调研", "客户要求重新调研"]


def test_undo_of_a_move_is_refused_once_the_card_was_changed_after_it(qtbot, board, cards, services):
    drop(qtbot, board, cards["port"], 2)
    services.opportunities.update(cards["port"], {"next_step": "催款"})
    board.undo_move()
    settle(qtbot, board.runner)
    assert services.opportunities.summary(cards["port"]).stage == 2  # the edit is not reverted
    assert services.opportunities.summary(cards["port"]).next_step == "催款"
    assert not board.moves.can_undo() and not board.moves.can_redo()


def test_window_ctrl_z_undoes_the_last_board_move_first_and_ctrl_y_redoes_it(qtbot, services, cards):
    from projdesk.ui.app import build_app

    parts = build_app(services)
    qtbot.addWidget(parts.window)
    parts.window.show()
    qtbot.waitExposed(parts.window)
    drop(qtbot, parts.board, cards["port"], 2)
    parts.window.ui.actionUndo.trigger()
    settle(qtbot, parts.runner)
    assert services.opportunities.summary(cards["port"]).stage == 1
    assert "已撤销移动" in parts.window.statusBar().currentMessage()
    keys = {k.toString() for k in parts.actions.redo_action.shortcuts()}
    assert {"Ctrl+Shift+Z", "Ctrl+Y"} <= keys  # the platform's redo keys, both conventions here
    parts.actions.redo_action.trigger()
    settle(qtbot, parts.runner)
    assert services.opportunities.summary(cards["port"]).stage == 2


# -- moved and new cards in view -----------------------------------------------------------------


def test_a_dropped_card_is_selected_and_scrolled_into_view_in_its_new_column(qtbot, services):
    for number in range(60):
        services.opportunities.add(f"客户{number:02d}", "项目", stage_number=2)
    late = services.opportunities.add("末尾客户", "迟到项目", industry="制造")
    services.activities.add(late, type="电话", content="约了下周交流")
    board = shown_board(qtbot, services)
    board.resize(1400, 500)
    board.sort_column(2, "amount")  # no amounts: the new card goes by id among the others
    drop(qtbot, board, late, 2)
    view = board.columns[1].view
    index = board.columns[1].model.index(board.columns[1].model.row_of(late), 0)
    assert board.selected_ids() == [late]
    assert view.viewport().rect().intersects(view.visualRect(index))


# -- sorting and saved filters -------------------------------------------------------------------


def test_sort_by_amount_orders_a_column(qtbot, board, cards, services):
    board.columns[0].sort_menu().findChild(QAction, "sort_amount").trigger()
    assert board.columns[0].model.ids() == [cards["port"], cards["grid"], cards["school"]]
    assert services.prefs.extra["board"]["sorts"] == {"1": "amount"}
    assert "排序：按金额" in board.columns[0].header.toolTip()  # the header says how it is sorted


def test_sort_by_next_date_puts_the_nearest_first_and_undated_last(board, cards):
    board.sort_column(1, "next_date")
    assert board.columns[0].model.ids() == [cards["school"], cards["port"], cards["grid"]]


def test_sort_by_idle_days_puts_the_longest_in_stage_first(board, cards, services):
    services.opportunities.move(cards["school"], 2)
    services.opportunities.move(cards["school"], 1, reason="回头再看")  # entered stage 1 last
    board.refresh()
    board.sort_column(1, "idle")
    assert board.columns[0].model.ids()[-1] == cards["school"]


def test_column_sorting_persists_and_survives_a_moved_card(qtbot, board, cards, services):
    board.sort_column(1, "amount")
    services.opportunities.update(cards["school"], {"amount": "500万"})
    board.refresh([cards["school"]])  # one card patched in, at its place in the order
    assert board.columns[0].model.ids() == [cards["school"], cards["port"], cards["grid"]]
    again = shown_board(qtbot, services)
    assert again.filter.sorts == {1: "amount"} and again.columns[0].sort == "amount"


def test_saved_filter_is_named_kept_and_applied_again(qtbot, board, cards, services):
    board.filters.owner.setCurrentIndex(board.filters.owner.findData("李娜"))
    board.set_search("校园")
    assert board.save_current_filter("李娜的校园") == "李娜的校园"
    board.filters.owner.setCurrentIndex(0)
    board.set_search("")
    assert len(board.columns[0].model.ids()) == 3
    again = shown_board(qtbot, services)  # kept with the database
    again.filters.saved_menu.aboutToShow.emit()
    with qtbot.waitSignal(again.search_requested) as searched:
        again.filters.saved_menu.findChild(QAction, "savedFilter:李娜的校园").trigger()
    assert searched.args == ["校园"]
    assert again.columns[0].model.ids() == [cards["school"]]
    assert again.filters.owner.currentData() == "李娜"


# -- search --------------------------------------------------------------------------------------


def test_pinyin_initials_hddl_find_huadong_dianli(board, cards):
    board.set_search("hddl")
    assert [i for m in board.models for i in m.ids()] == [cards["grid"]]


def test_full_pinyin_huadong_finds_huadong_dianli(board, cards):
    board.set_search("huadong")
    assert [i for m in board.models for i in m.ids()] == [cards["grid"]]


def test_owner_names_are_searched_in_characters_and_pinyin(board, cards):
    board.set_search("wangqiang")
    assert {i for m in board.models for i in m.ids()} == {cards["port"], cards["bank"]}
    board.set_search("李娜")
    assert {i for m in board.models for i in m.ids()} == {cards["grid"], cards["school"]}


def test_nothing_matching_shows_the_no_match_hint(board, cards):
    board.set_search("xyzxyz")
    assert board.no_match.isVisible() and "没有匹配" in board.no_match.text()
    board.set_search("")
    assert not board.no_match.isVisible()


def test_pinyin_is_indexed_on_the_read_worker_once_the_app_is_ready(qtbot, services, cards):
    from projdesk.ui.common.runner import Runner

    board = BoardWidget(None, runner=Runner())
    qtbot.addWidget(board)
    board.attach(services)
    assert not board.store.pinyin_ready  # not while the first cards are shown
    board.ready()
    settle(qtbot, board.runner)
    assert board.store.pinyin_ready


def test_customer_page_search_finds_by_pinyin(services, cards):
    assert [c.name for c in services.people.customers("hddl")] == ["华东电力设计院"]
    assert [c.name for c in services.people.customers("qingdao")] == ["青岛港集团"]


# -- the start-up picture ------------------------------------------------------------------------


def test_a_double_click_on_the_start_up_picture_opens_the_card_once_live(qtbot, services, cards):
    from projdesk.ui.common.runner import Runner
    from projdesk.ui.startup.board_cache import take_snapshot

    snapshot = take_snapshot(shown_board(qtbot, services).store, services.prefs, {})
    board = BoardWidget(None, runner=Runner(), prefs=snapshot.prefs)
    qtbot.addWidget(board)
    board.resize(1400, 800)
    board.show()
    qtbot.waitExposed(board)
    board.show_snapshot(snapshot)
    column = board.columns[0]
    rect = column.view.visualRect(column.model.index(column.model.row_of(cards["grid"]), 0))
    opened: list[str] = []
    board.open_requested.connect(opened.append)
    messages: list[str] = []
    board.status_message.connect(messages.append)
    # Qt 6 item views take a double click as press, release, then the double-click event.
    qtbot.mouseClick(column.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(column.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [] and "载入" in messages[-1]  # kept, and the picture says it is loading
    board.attach(services)
    board.ready()
    qtbot.waitUntil(lambda: opened == [cards["grid"]])


def test_dragging_a_selected_card_drags_the_whole_multi_selection(qtbot, board, cards, services):
    services.prefs.gates_block = False  # entering 3 only warns here
    board.select_many([cards["grid"], cards["bank"]])  # stage 1 and stage 2
    source = board.columns[0].model
    mime = source.mimeData([source.index(source.row_of(cards["grid"]), 0)])
    target = board.columns[2].model
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target.index(-1, 0))
    settle(qtbot, board.runner)
    assert {services.opportunities.summary(cards[k]).stage for k in ("grid", "bank")} == {3}


def test_a_column_sorted_on_the_start_up_picture_is_saved_once_live(qtbot, services, cards):
    from projdesk.ui.common.runner import Runner

    board = BoardWidget(None, runner=Runner(), prefs=services.prefs)
    qtbot.addWidget(board)
    board.store.replace(services.opportunities.list())
    board.sort_column(1, "amount")
    board.attach(services)
    assert services.prefs.extra["board"]["sorts"] == {"1": "amount"}
    assert board.columns[0].model.ids() == [cards["port"], cards["grid"], cards["school"]]


def test_the_menu_key_opens_the_card_menu_of_the_current_card(qtbot, board, cards):
    board.select(cards["bank"])
    view = board.columns[1].view
    view.menu_requested.disconnect(board._show_card_menu)  # offscreen, a real popup only warns
    with qtbot.waitSignal(view.menu_requested) as asked:
        qtbot.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert asked.args[0] == cards["bank"]


def test_escape_lets_a_multi_selection_go(qtbot, board, cards):
    board.select_many([*board.columns[0].model.ids()[:2], cards["bank"]])
    qtbot.keyClick(board.columns[1].view, Qt.Key.Key_Escape)
    assert board.selected_ids() == []
