"""Cards stay readable on a laptop (issue 16): at 1024 px every card shows 8 characters or more
of its customer and project, with the amount, the next step and the owner; stage 10 is
reachable and the column headers fit, also in English; two densities, 舒适 and 紧凑."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from projdesk.domain.catalog import STAGES
from projdesk.domain.money import format_wan
from projdesk.storage.services import Services
from projdesk.ui.board.delegate import COMFORTABLE, COMPACT, READABLE_CHARS
from projdesk.ui.board.density import DENSITY_KEY
from projdesk.ui.board.view import BoardWidget
from projdesk.ui.common.runner import Runner
from tests.ui.conftest import settle

BOARD_AT_1024 = 1024 - 90  # the window less the navigation list


@pytest.fixture
def deals(services: Services) -> list[str]:
    """A key-account deal with long names in every stage."""
    ids = []
    for spec in STAGES:
        opp = services.opportunities.add(
            "国网华东电力设计研究院有限公司",
            "调度自动化平台二期扩容改造工程",
            amount="1200万",
            stage_number=spec.number,
        )
        services.opportunities.update(opp, {"next_step": "递交技术方案并约见信息中心主任"})
        ids.append(opp)
    customer = services.opportunities.summary(ids[0]).customer_id
    services.people.set_key_account(customer, True, ["行业重点"])
    return ids


def _board(qtbot, services: Services) -> BoardWidget:
    board = BoardWidget(services, runner=Runner())
    qtbot.addWidget(board)
    board.resize(BOARD_AT_1024, 600)
    board.show()
    qtbot.waitExposed(board)
    return board


def chars_shown(board: BoardWidget, number: int) -> tuple[int, int]:
    """How many CJK characters of the customer (bold, after the ★) and of the project fit in
    column ``number``'s first card, by the delegate's own layout."""
    column = board.columns[number - 1]
    view = column.view
    rect = view.visualRect(column.model.index(0, 0))
    font = view.font()
    layout = board.delegate.card_layout(rect, font)
    bold = QFont(font)
    bold.setBold(True)
    star = QFontMetrics(font).horizontalAdvance("★") + 2
    customer_room = layout.rows[0].width() - star
    return (
        customer_room // QFontMetrics(bold).horizontalAdvance("字"),
        layout.rows[1].width() // QFontMetrics(font).horizontalAdvance("字"),
    )


@pytest.mark.parametrize("density", [COMFORTABLE, COMPACT])
def test_cards_at_1024_px_show_8_characters_of_customer_and_project(qtbot, services, deals, density):
    services.prefs.extra[DENSITY_KEY] = density
    board = _board(qtbot, services)
    assert board.delegate.density == density
    for spec in STAGES:
        customer, project = chars_shown(board, spec.number)
        assert customer >= READABLE_CHARS and project >= READABLE_CHARS, (spec.number, customer, project)


def test_stage_10_is_reachable_by_scrolling_the_board_at_1024_px(qtbot, services, deals):
    board = _board(qtbot, services)
    scroll = board.splitter.parentWidget().parentWidget()
    last = board.columns[-1]
    scroll.ensureWidgetVisible(last)
    qtbot.waitUntil(lambda: last.visibleRegion().boundingRect().width() == last.width())
    assert last.model.rowCount() == 1


def test_column_headers_fit_in_english_at_1024_px(english, qtbot, services, deals):
    board = _board(qtbot, services)
    for column in board.columns:
        header = column.header
        bold = QFont(header.font())
        bold.setBold(True)
        room = header.add_button.x() - 2
        assert QFontMetrics(bold).horizontalAdvance(header.title) <= room, header.title


def test_the_compact_toggle_shortens_the_cards_and_is_kept(qtbot, services, deals):
    board = _board(qtbot, services)
    view = board.columns[0].view
    comfortable = view.visualRect(board.models[0].index(0, 0)).height()
    assert not board.density_action.isChecked()
    board.density_action.trigger()
    qtbot.waitUntil(lambda: view.visualRect(board.models[0].index(0, 0)).height() < comfortable)
    assert services.prefs.extra[DENSITY_KEY] == COMPACT
    again = _board(qtbot, services)  # the next start
    assert again.density_action.isChecked() and again.delegate.density == COMPACT


@pytest.mark.parametrize("density", [COMFORTABLE, COMPACT])
def test_cards_at_1024_px_keep_room_for_the_owner_beside_the_amount_and_for_the_next_step(
    qtbot, services, deals, density
):
    """By the delegate's layout: the owner's two characters fit beside a 1200.00 万 amount,
    and five characters of the next step beside its date (three beside an idle card's days, 紧凑)."""
    services.prefs.extra[DENSITY_KEY] = density
    board = _board(qtbot, services)
    view = board.columns[0].view
    font = view.font()
    bold = QFont(font)
    bold.setBold(True)
    fm, fmb = QFontMetrics(font), QFontMetrics(bold)
    layout = board.delegate.card_layout(view.visualRect(board.models[0].index(0, 0)), font)
    _line, pad, _gap = board.delegate.metrics(font)
    card = board.store.get(deals[0])
    assert card is not None
    amount = format_wan(card.amount) + " 万"
    assert layout.rows[2].width() - fmb.horizontalAdvance(amount) - pad >= fm.horizontalAdvance("张伟")
    beside = fm.horizontalAdvance("12-05") + pad // 2
    assert layout.rows[3].width() - beside >= fm.horizontalAdvance("字" * 5)
    if density == COMPACT:  # an idle card's days beside it leave three characters at least
        beside += fmb.horizontalAdvance("123天") + pad // 2
        assert layout.rows[3].width() - beside >= fm.horizontalAdvance("字" * 3)
    assert not board.grab().isNull()  # and it paints


def test_the_density_chosen_in_settings_reaches_the_board(qtbot, services, deals, scripted_dialogs):
    from projdesk.ui.app import build_app
    from projdesk.ui.settings_dialog import SettingsDialog

    parts = build_app(services)
    qtbot.addWidget(parts.window)

    def choose_compact(dialog: SettingsDialog) -> int:
        dialog.density.setCurrentIndex(dialog.density.findData(COMPACT))
        dialog.save()
        return dialog.result()

    scripted_dialogs.answer(choose_compact)
    parts.actions.settings()
    settle(qtbot, parts.runner)
    assert parts.board.delegate.density == COMPACT and parts.board.density_action.isChecked()


def test_arrowing_to_a_column_off_the_screen_scrolls_it_into_view(qtbot, services, deals):
    from PySide6.QtCore import Qt

    board = _board(qtbot, services)
    with qtbot.waitActive(board):  # focus lives in the active window
        board.activateWindow()
    last = board.columns[-1]
    assert last.visibleRegion().isEmpty()  # stage 10 is past the right edge at 1024 px
    assert board.select(deals[-2])  # a card of stage 9
    qtbot.keyClick(board.columns[8].view, Qt.Key.Key_Right)
    assert last.view.hasFocus()
    qtbot.waitUntil(lambda: last.visibleRegion().boundingRect().width() == last.width())
