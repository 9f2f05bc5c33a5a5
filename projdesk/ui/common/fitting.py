"""Widgets that give up room instead of pushing the window past the screen.

A layout's minimum is the sum of its parts' minimums, and a top-level window never shrinks
below its layout's: one long label or a tall form in a hidden page is enough to make the
window grow past a 1024×700 laptop screen. These let such parts shrink and show the rest on
demand (an ellipsis with the whole text as tooltip, a scroll bar).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

MIN_CHARS = 3


class ElidedLabel(QLabel):
    """A one-line label that shows as much of its text as fits, ending in "…" when cut.

    ``text()`` stays the whole text (what the label says); only the painting is shortened,
    and a cut text is shown whole in the tooltip, unless the label has a tooltip of its own."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._own_tooltip = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def text(self) -> str:
        return self._full

    def setToolTip(self, text: str) -> None:
        self._own_tooltip = text
        super().setToolTip(text)

    def is_cut(self) -> bool:
        return super().text() != self._full

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("中") * MIN_CHARS, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self._full
        if width > 0 and self.fontMetrics().horizontalAdvance(self._full) > width:
            shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != super().text():
            super().setText(shown)
        cut = shown != self._full
        super().setToolTip(self._own_tooltip or (self._full if cut else ""))


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area that resizes it: it fills the room it is given and
    scrolls when that is less than it needs, instead of demanding the room."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class SidewaysRow(QScrollArea):
    """A row of controls (a filter bar) that scrolls sideways when the window is narrower than
    the row, instead of widening the window; the controls keep their preferred widths (never
    squeezed to unreadable combo boxes). As tall as the row, plus a scroll bar only when one
    is shown."""

    def __init__(self, row: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setWidget(row)
        self._scrolls = False
        row.installEventFilter(self)
        self._keep_preferred_width()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._keep_preferred_width()  # a label in the row changed its text
        return super().eventFilter(watched, event)

    def _keep_preferred_width(self) -> None:
        row = self.widget()
        if row is not None:
            row.setMinimumWidth(row.sizeHint().width())
            self._rescroll()

    def _needs_scrolling(self) -> bool:
        row = self.widget()
        return row is not None and row.minimumWidth() > self.viewport().width()

    def sizeHint(self) -> QSize:
        row = self.widget()
        if row is None:
            return super().sizeHint()
        height = row.sizeHint().height()
        if self._needs_scrolling():
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(row.sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("中") * 8, self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rescroll()

    def _rescroll(self) -> None:
        scrolls = self._needs_scrolling()
        if scrolls != self._scrolls:  # room for the scroll bar, or no more
            self._scrolls = scrolls
            self.updateGeometry()
