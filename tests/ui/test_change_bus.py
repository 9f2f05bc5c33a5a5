"""The change bus: a write on the runner publishes what it changed on ``changes_made``, and the
board repaints just those cards (calibre's refresh_ids), never a whole reload."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from projdesk.domain.changes import OPPORTUNITY, Changes
from projdesk.ui.board.view import BoardWidget
from projdesk.ui.common.runner import Progress
from tests.ui.conftest import shown_board


@pytest.fixture
def board(qtbot: Any, services: Any) -> BoardWidget:
    for number in range(12):
        services.opportunities.add(f"客户{number}", f"项目{number}", stage_number=1 + number % 3)
    board_widget: BoardWidget = shown_board(qtbot, services)
    return board_widget


def watch_repaints(board: BoardWidget) -> tuple[list[tuple[int, int]], list[int]]:
    """Rows whose dataChanged fired (stage, row) and columns that were reset."""
    rows: list[tuple[int, int]] = []
    resets: list[int] = []
    for model in board.models:
        model.dataChanged.connect(
            lambda top, bottom, *_a, m=model: rows.extend(
                (m.stage, r) for r in range(top.row(), bottom.row() + 1)
            )
        )
        model.modelReset.connect(lambda m=model: resets.append(m.stage))
    return rows, resets


def test_a_service_write_on_the_runner_repaints_only_the_changed_card(
    qtbot: Any, board: BoardWidget, services: Any
):
    column = board.models[1]
    card_id = column.ids()[0]  # the newest: an edit keeps it in its place, so only its row repaints
    rows, resets = watch_repaints(board)
    published: list[Changes] = []
    board.runner.changes_made.connect(published.append)

    def work(_progress: Progress, _cancel: threading.Event) -> None:
        services.opportunities.update(card_id, {"next_step": "递交方案"})

    board.runner.write("保存", work, lambda _r: None)  # what changed: the writer's own record
    qtbot.waitUntil(lambda: bool(published))
    assert published == [Changes.of(OPPORTUNITY, [card_id])]
    assert rows == [(2, 0)] and resets == []
    card = board.store.get(card_id)
    assert card is not None and card.next_step == "递交方案"


def test_a_move_on_the_runner_repaints_only_the_two_columns_it_touches(
    qtbot: Any, board: BoardWidget, services: Any
):
    services.prefs.gates_block = False
    card_id = board.models[0].ids()[0]
    rows, resets = watch_repaints(board)
    moved_in = []
    for model in board.models:
        model.rowsInserted.connect(lambda *_a, m=model: moved_in.append(m.stage))
    board.move_card(card_id, 2)
    qtbot.waitUntil(lambda: not board.runner.busy)
    assert card_id in board.models[1].ids() and card_id not in board.models[0].ids()
    assert moved_in == [2] and resets == []
    assert {stage for stage, _row in rows} <= {1, 2}


def test_a_whole_kind_changed_reloads_every_card(qtbot: Any, board: BoardWidget, services: Any):
    outside = services.opportunities.add("新客户", "导入来的项目", stage_number=3)
    assert board.store.get(outside) is None
    board.runner.write(
        "导入", lambda _p, _c: None, lambda _r: None, changes=lambda _r: Changes.all_of(OPPORTUNITY)
    )
    qtbot.waitUntil(lambda: board.store.get(outside) is not None)
    assert outside in board.models[2].ids()


def test_a_write_that_changed_nothing_publishes_nothing(qtbot: Any, board: BoardWidget):
    published: list[Changes] = []
    board.runner.changes_made.connect(published.append)
    done: list[object] = []
    board.runner.write("无", lambda _p, _c: None, done.append, changes=lambda _r: Changes())
    qtbot.waitUntil(lambda: bool(done))
    assert published == []


def test_a_customer_flag_set_on_the_runner_repaints_only_that_customers_cards(
    qtbot: Any, board: BoardWidget, services: Any
):
    card_id = board.models[0].ids()[0]
    card = board.store.get(card_id)
    assert card is not None and not card.key_account
    rows, resets = watch_repaints(board)

    def work(_progress: Progress, _cancel: threading.Event) -> None:
        services.people.set_key_account(card.customer_id, True, ["战略客户"])

    board.runner.write("标记", work, lambda _r: None)
    qtbot.waitUntil(lambda: bool(rows))
    changed = board.store.get(card_id)
    assert changed is not None and changed.key_account
    assert rows == [(1, 0)] and resets == []


def test_a_sheet_import_on_the_runner_reaches_the_board_through_the_bus(
    qtbot: Any, board: BoardWidget, services: Any, tmp_path: Any
):
    from openpyxl import Workbook

    from projdesk.deliverables.sheet_import import import_sheet

    book = Workbook()
    sheet = book.active
    sheet.append(["客户名称", "项目名称", "当前阶段", "预计签单额（万元）"])
    sheet.append(["潍坊学院", "智慧图书馆", "3", 80])
    path = tmp_path / "tracker.xlsx"
    book.save(path)
    published: list[Changes] = []
    board.runner.changes_made.connect(published.append)
    board.runner.write("导入", lambda _p, _c: import_sheet(services, path), lambda _r: None)
    qtbot.waitUntil(lambda: bool(published))
    [card] = [c for c in services.opportunities.list() if c.name == "智慧图书馆"]
    assert published[0].ids(OPPORTUNITY) == {card.id}  # named by the writer, not reloaded whole
    assert card.id in board.models[2].ids()


def test_a_write_failing_after_a_commit_still_tells_the_board_what_was_committed(
    qtbot: Any, board: BoardWidget, services: Any
):
    card_id = board.models[0].ids()[0]
    failures: list[BaseException] = []

    def work(_progress: Progress, _cancel: threading.Event) -> None:
        services.opportunities.update(card_id, {"next_step": "已保存的一步"})
        services.opportunities.update(card_id, {"next_date": "2026-13-45"})  # refused: one line

    board.runner.write("两步", work, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    card = board.store.get(card_id)
    assert card is not None and card.next_step == "已保存的一步"
