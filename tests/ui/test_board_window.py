"""The board inside the main window: search box, status counts, 新建商机 (Ctrl+N)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog

from projdesk.storage.services import Services
from projdesk.ui.app import build_app
from projdesk.ui.board.new_opportunity import NewOpportunityDialog
from projdesk.ui.board.view import BoardWidget


def make_window(qtbot, services: Services):
    parts = build_app(services)
    qtbot.addWidget(parts.window)
    parts.window.resize(1400, 800)
    parts.window.show()
    return parts


def test_board_is_the_first_page_and_follows_the_search_box(qtbot, services):
    services.opportunities.add("济南第一中学", "智慧校园一期", amount="120万")
    services.opportunities.add("青岛港集团", "码头调度系统", amount="300万", stage_number=2)
    parts = make_window(qtbot, services)
    window = parts.window
    assert isinstance(parts.board, BoardWidget)
    assert window.page("board") is parts.board
    assert window.status_counts.text() == "看板 2 / 2 个商机"
    window.search.setText("码头")
    assert [m.ids() for m in parts.board.models if m.rowCount()] == [[services.opportunities.list()[-1].id]]
    assert window.status_counts.text() == "看板 1 / 2 个商机"


def test_new_opportunity_action_creates_a_card(qtbot, services, scripted_dialogs):
    parts = make_window(qtbot, services)
    window = parts.window

    def fill(dialog: NewOpportunityDialog) -> int:
        dialog.customer.setText("烟台供电公司")
        dialog.project.setText("配网监控平台")
        dialog.amount.setText("abc")
        dialog.accept()  # a bad amount: one line in the dialog, nothing written
        qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog))
        assert "金额" in dialog.error.text()
        assert services.opportunities.list() == []
        dialog.amount.setText("56万")
        dialog.industry.setCurrentText("电力")
        dialog.region.setCurrentText("烟台")
        dialog.accept()  # closes once the write worker has created it
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    scripted_dialogs.answer(fill)
    window.ui.actionNewOpportunity.trigger()
    [card] = services.opportunities.list()
    assert (card.customer, card.name, card.amount, card.industry, card.region) == (
        "烟台供电公司",
        "配网监控平台",
        Decimal("560000.00"),
        "电力",
        "烟台",
    )
    assert parts.board.models[0].ids() == [card.id]
    assert parts.board.current_id() == card.id


def test_cancelled_new_opportunity_writes_nothing(qtbot, services, scripted_dialogs):
    parts = make_window(qtbot, services)
    window = parts.window
    scripted_dialogs.answer(QDialog.DialogCode.Rejected)
    window.ui.actionNewOpportunity.trigger()
    assert services.opportunities.list() == []
    assert ("dialog", "NewOpportunityDialog") in scripted_dialogs.asked
