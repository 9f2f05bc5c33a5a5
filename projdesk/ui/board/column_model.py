"""A small list model per stage column, holding only the ids the store filtered into it.

Drag and drop carries card ids in our own MIME type; a drop asks the board to move the
cards through the service and never moves rows itself (see FIELD-NOTES.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from projdesk.storage.summary import OpportunitySummary
from projdesk.ui.board.store import BoardStore

MIME_TYPE = "application/x-projdesk-opportunity-ids"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1  # the OpportunitySummary
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SMALL_CHANGE = 20  # rows in + out handled as inserts/removals rather than a reset

Index = QModelIndex | QPersistentModelIndex
# (card ids, target stage) -> True when the cards moved now.
DropHandler = Callable[[list[str], int], bool]


def encode_ids(ids: Sequence[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(json.dumps(list(ids)).encode("utf-8")))
    return mime


def decode_ids(mime: QMimeData | None) -> list[str]:
    """The card ids in ``mime``, or [] for anything that is not our payload."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return []
    try:
        ids = json.loads(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(ids, list):
        return []
    return [i for i in ids if isinstance(i, str)]


class ColumnModel(QAbstractListModel):
    """The cards of one stage column, in the order the store gives them."""

    def __init__(
        self,
        stage: int,
        store: BoardStore,
        on_drop: DropHandler,
        parent: Any = None,
        *,
        selected: Callable[[], list[str]] = list,
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self._store = store
        self._on_drop = on_drop
        self._selected = selected  # the board's selection, across every column
        self._ids: list[str] = []

    # -- contents ------------------------------------------------------------------------

    def set_ids(self, ids: list[str]) -> bool:
        """Show ``ids``; returns whether anything changed (no reset when nothing did)."""
        old = self._ids
        if ids == old:
            return False
        # A few cards in or out (a drop, a new card): row inserts/removals keep the scroll
        # position and selection; anything larger (a new filter) resets the column.
        shortest = min(len(old), len(ids))
        start = 0
        while start < shortest and old[start] == ids[start]:
            start += 1
        tail = 0
        while tail < shortest - start and old[-1 - tail] == ids[-1 - tail]:
            tail += 1
        gone, added = len(old) - start - tail, len(ids) - start - tail
        if gone + added > SMALL_CHANGE:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
            return True
        if gone:
            self.beginRemoveRows(QModelIndex(), start, start + gone - 1)
            self._ids = old[:start] + old[start + gone :]
            self.endRemoveRows()
        if added:
            self.beginInsertRows(QModelIndex(), start, start + added - 1)
            self._ids = ids
            self.endInsertRows()
        self._ids = ids
        return True

    def cards_changed(self, ids: set[str]) -> None:
        """Repaint the rows of cards whose contents changed but not their place."""
        for card_id in ids:
            card = self._store.get(card_id)
            if card is None or card.stage != self.stage:
                continue
            row = self.row_of(card_id)
            if row >= 0:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, card_id: str) -> int:
        try:
            return self._ids.index(card_id)
        except ValueError:
            return -1

    def card(self, row: int) -> OpportunitySummary | None:
        if 0 <= row < len(self._ids):
            return self._store.get(self._ids[row])
        return None

    # -- QAbstractListModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        card_id = self._ids[index.row()]
        if role == CARD_ROLE:
            return self._store.get(card_id)
        if role == ID_ROLE:
            return card_id
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            card = self._store.get(card_id)
            if card is None:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{card.customer}\n{card.name}\n{card.next_step}" if card.next_step else None
            return f"{card.customer} {card.name}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops on empty column space
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # -- drag and drop --------------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid() and i.row() < len(self._ids)})
        dragged = [self._ids[r] for r in rows]
        selected = self._selected()
        # Dragging a selected card drags the board's whole selection (Ctrl+click across columns).
        return encode_ids(selected if any(i in selected for i in dragged) else dragged)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction:  # a card is moved, never copied
            return False
        ids = decode_ids(data)
        # Only cards we know, and not a drop back into their own column.
        return any((card := self._store.get(i)) is not None and card.stage != self.stage for i in ids)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [i for i in decode_ids(data) if (c := self._store.get(i)) is not None and c.stage != self.stage]
        return self._on_drop(ids, self.stage)

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # Qt calls this on the source after a MoveAction drop: the store already moved the card.
        return False
