"""A read-only table filled from rows of text, with column widths that follow the font."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

ID_ROLE = Qt.ItemDataRole.UserRole


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

    def fill(
        self, rows: Sequence[tuple[str, Sequence[str]]], tips: Sequence[Sequence[str]] | None = None
    ) -> None:
        """``rows``: (record id, cell texts). Keeps the selection on the same record if still there."""
        selected = self.selected_id()
        self.setRowCount(len(rows))
        for r, (record_id, cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, record_id)
                if c in self.numeric:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if tips is not None and tips[r][c]:
                    item.setToolTip(tips[r][c])
                self.setItem(r, c, item)
        self.resizeColumnsToContents()
        cap = self.fontMetrics().horizontalAdvance("中") * 16
        for c in range(self.columnCount() - 1):
            if self.columnWidth(c) > cap:
                self.setColumnWidth(c, cap)
        if selected:
            self.select_id(selected)

    def selected_id(self) -> str | None:
        items = self.selectedItems()
        return str(items[0].data(ID_ROLE)) if items else None

    def select_id(self, record_id: str) -> None:
        for r in range(self.rowCount()):
            item = self.item(r, 0)
            if item is not None and item.data(ID_ROLE) == record_id:
                self.selectRow(r)
                return
