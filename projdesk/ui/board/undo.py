"""The board's undo and redo of moves: what was moved where, newest last.

The stack holds only what a move needs to be taken back or made again; the undo itself is the
history service's (the stage and its entry time go back as history lines marked as undoing the
move), and the redo is the same move through the same gates, with the reason given the first time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

LIMIT = 50  # moves kept for undo: more than anyone takes back by hand


@dataclass(frozen=True)
class Move:
    card_id: str
    origin: int  # the stage it left
    target: int  # the stage it entered
    force: bool = False  # moved past unmet gates (with ``reason``)
    reason: str = ""  # why it moved back, or why the gates were overridden


class MoveHistory(QObject):
    """Moves done and undone; its two actions are enabled while there is something to take."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._done: list[Move] = []
        self._undone: list[Move] = []
        self.undo_action = QAction(self.tr("撤销移动"), parent)
        self.undo_action.setObjectName("actionUndoMove")
        self.redo_action = QAction(self.tr("重做移动"), parent)
        self.redo_action.setObjectName("actionRedoMove")
        self._update()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def last_done(self) -> Move | None:
        return self._done[-1] if self._done else None

    def last_undone(self) -> Move | None:
        return self._undone[-1] if self._undone else None

    def record(self, move: Move) -> None:
        """A new move by hand: what was undone before can no longer be redone."""
        self._done = [*self._done, move][-LIMIT:]
        self._undone = []
        self._update()

    def undone(self, move: Move) -> None:
        """``move`` (the last done) was taken back."""
        self._done.remove(move)
        self._undone.append(move)
        self._update()

    def redone(self, move: Move) -> None:
        """``move`` (the last undone) was made again."""
        self._undone.remove(move)
        self._done.append(move)
        self._update()

    def forget(self, move: Move) -> None:
        """``move`` can be neither undone nor redone any more (changed since, or deleted)."""
        for stack in (self._done, self._undone):
            if move in stack:
                stack.remove(move)
        self._update()

    def _update(self) -> None:
        self.undo_action.setEnabled(self.can_undo())
        self.redo_action.setEnabled(self.can_redo())
        last, next_ = self.last_done(), self.last_undone()
        self.undo_action.setStatusTip(self.tr("撤销看板上的上一次移动") if last else "")
        self.redo_action.setStatusTip(self.tr("重做刚撤销的移动") if next_ else "")
