"""The read-only record table: thousands of rows are filled a slice per event-loop turn."""

from __future__ import annotations

from typing import Any

from projdesk.ui.common.tables import SLICE_ROWS, RecordTable


def rows(count: int, text: str = "行") -> list[tuple[str, list[str]]]:
    return [(f"id{n}", [f"{text}{n}", str(n)]) for n in range(count)]


def test_a_long_table_is_filled_a_slice_per_event_loop_turn(qtbot: Any) -> None:
    table = RecordTable(["内容", "序号"])
    qtbot.addWidget(table)
    finished: list[bool] = []
    table.fill_in_slices(rows(SLICE_ROWS * 3 + 5), lambda: finished.append(True))
    assert table.rowCount() == SLICE_ROWS * 3 + 5
    assert table.item(SLICE_ROWS - 1, 0).text() == f"行{SLICE_ROWS - 1}"
    assert table.item(SLICE_ROWS, 0) is None  # the rest comes on the next turns
    qtbot.waitUntil(lambda: finished == [True])
    assert table.item(SLICE_ROWS * 3 + 4, 1).text() == str(SLICE_ROWS * 3 + 4)


def test_a_newer_fill_drops_the_slices_of_an_older_one(qtbot: Any) -> None:
    table = RecordTable(["内容", "序号"])
    qtbot.addWidget(table)
    older: list[bool] = []
    table.fill_in_slices(rows(SLICE_ROWS * 2, "旧"), lambda: older.append(True))
    table.fill(rows(3, "新"))
    qtbot.wait(50)
    assert older == [] and table.rowCount() == 3
    assert [table.item(r, 0).text() for r in range(3)] == ["新0", "新1", "新2"]


def test_the_selected_record_stays_selected_after_a_sliced_fill(qtbot: Any) -> None:
    table = RecordTable(["内容", "序号"])
    qtbot.addWidget(table)
    table.fill(rows(SLICE_ROWS * 2))
    table.select_id(f"id{SLICE_ROWS + 7}")
    finished: list[bool] = []
    table.fill_in_slices(rows(SLICE_ROWS * 2), lambda: finished.append(True))
    qtbot.waitUntil(lambda: finished == [True])
    assert table.selected_id() == f"id{SLICE_ROWS + 7}"
