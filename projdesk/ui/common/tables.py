"""A read-only table filled from rows of text, with column widths that follow the font."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole
SLICE_ROWS = 100  # rows per event-loop turn in fill_in_slices: 10-20 ms of items
Rows = Sequence[tuple[str, Sequence[str]]]


class RecordTable(QTableWidget):
    def __init__(
        self, headers: Sequence[str], parent: QWidget | None = None, numeric: Sequence[int] = ()
    ) -> None:
        super().__init__(0, len(headers), parent)
        self.numeric = set(numeric)  # columns of amounts, aligned right
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Column widths follow the first rows (a sliced fill has only those when it sizes them;
        # measuring thousands of rows would cost more than the fill).
        header.setResizeContentsPrecision(SLICE_ROWS)
        self._filling = 0  # names the newest fill: a slice of an older one is dropped

    def fill(self, rows: Rows, tips: Sequence[Sequence[str]] | None = None) -> None:
        """``rows``: (record id, cell texts). Keeps the selection on the same record if still there."""
        self._filling += 1
        selected = self.selected_id()
        self.setRowCount(len(rows))
        self._set_rows(rows, 0, len(rows), tips)
        self._fit_columns()
        if selected:
            self.select_id(selected)

    def fill_in_slices(self, rows: Rows, done: Callable[[], None] | None = None) -> None:
        """Like :meth:`fill`, SLICE_ROWS rows per event-loop turn, so that thousands of rows
        never freeze the window; the columns fit the first slice. ``done`` after the last."""
        self._filling += 1
        filling, selected = self._filling, self.selected_id()
        self.setRowCount(len(rows))

        def step(start: int) -> None:
            if filling != self._filling:
                return  # a newer fill took over
            end = min(start + SLICE_ROWS, len(rows))
            self._set_rows(rows, start, end, None)
            if start == 0:
                self._fit_columns()
            if end < len(rows):
                QTimer.singleShot(0, self, lambda: step(end))
                return
            if selected:
                self.select_id(selected)
            if done is not None:
                done()

        step(0)

    def _set_rows(self, rows: Rows, start: int, end: int, tips: Sequence[Sequence[str]] | None) -> None:
        for r in range(start, end):
            record_id, cells = rows[r]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, record_id)
                if c in self.numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if tips is not None and tips[r][c]:
                    item.setToolTip(tips[r][c])
                self.setItem(r, c, item)

    def _fit_columns(self) -> None:
        self.resizeColumnsToContents()
        cap = self.fontMetrics().horizontalAdvance("中") * 16
        for c in range(self.columnCount() - 1):
            if self.columnWidth(c) > cap:
                self.setColumnWidth(c, cap)

    def selected_id(self) -> str | None:
        items = self.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def select_id(self, record_id: str) -> None:
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if item is not None and item.data(ID_ROLE) == record_id:
                self.selectRow(r)
                return
