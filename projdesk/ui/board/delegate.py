"""The one delegate that paints every card; every size comes from the font."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from projdesk.domain.catalog import STATUSES
from projdesk.storage.summary import OpportunitySummary
from projdesk.ui.board.column_model import CARD_ROLE
from projdesk.ui.common import icons
from projdesk.ui.labels import amount_text, day_words

OVERDUE = QColor("#c62828")
IDLE = QColor("#b26a00")
STATUS_COLORS = {"won": QColor("#2e7d32"), "lost": QColor("#757575"), "on_hold": QColor("#1565c0")}
# Two densities (a setting, and a 视图 toggle): 舒适 has five lines and the stage's step dots;
# 紧凑 four lines, an idle card's days in the stage beside the next step, tighter padding.
COMFORTABLE, COMPACT = "comfortable", "compact"
DENSITIES = (COMFORTABLE, COMPACT)
LINES = {COMFORTABLE: 5, COMPACT: 4}
# A card is never so narrow that its customer (after a ★) or its project shows fewer characters
# than this: at 1024 px the board scrolls sideways instead (issue 16: cards showed about four).
READABLE_CHARS = 8
CACHE_SIZE = 250  # card pictures kept (about 60 KB each): more than the cards on screen
SHAPES_SIZE = 64  # card frames and progress dots: a handful of sizes and states
SELECTED, FOCUSED = 1, 2  # CardKey.state


class CardKey(NamedTuple):
    """Everything a card's picture depends on, but the palette and the language (a change of
    either clears the cache)."""

    card: OpportunitySummary
    width: int
    height: int
    state: int  # SELECTED | FOCUSED
    today: dt.date
    idle: bool
    ratio: float
    font: str


class CardLayout(NamedTuple):
    """Where a card's parts go inside its item rectangle."""

    box: QRect  # the rounded frame
    inner: QRect  # inside the padding: where the text goes
    rows: list[QRect]  # one per line


class CardDelegate(QStyledItemDelegate):
    """Customer, project, amount, owner, next-step date, days in stage and step progress."""

    def __init__(self, is_idle: Callable[[OpportunitySummary], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_idle = is_idle
        self.today = dt.date.today()
        self._cache: OrderedDict[CardKey, QPixmap] = OrderedDict()
        self._seen: OrderedDict[CardKey, None] = OrderedDict()
        self._shapes: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()  # frames and dots
        self.density = COMFORTABLE

    def set_density(self, density: str) -> None:
        """紧凑 or 舒适 (COMPACT, COMFORTABLE); the views lay their cards out again after this."""
        self.density = density if density in DENSITIES else COMFORTABLE
        self.clear_cache()

    @property
    def lines(self) -> int:
        return LINES[self.density]

    def metrics(self, font: QFont) -> tuple[int, int, int]:
        """(line height, inner padding, gap between cards) for ``font`` at this density."""
        line = QFontMetrics(font).lineSpacing()
        if self.density == COMPACT:
            return line, max(2, line // 5), max(2, line // 6)
        return line, max(4, line // 3), max(3, line // 4)

    def card_width(self, font: QFont) -> int:
        """The narrowest card that still shows READABLE_CHARS of its customer (bold, after the
        key-account ★) and of its project, at either density."""
        bold = QFont(font)
        bold.setBold(True)
        text = QFontMetrics(bold).horizontalAdvance("字" * READABLE_CHARS)  # notr: a width
        star = QFontMetrics(font).horizontalAdvance("★") + 2
        _line, pad, gap = self.metrics(font)
        margins = 2 * (gap // 2 + 1) + 2 * pad
        return text + star + margins + 1

    def card_layout(self, rect: QRect, font: QFont) -> CardLayout:
        line, pad, gap = self.metrics(font)
        box = rect.adjusted(gap // 2 + 1, gap // 2, -(gap // 2) - 1, -(gap - gap // 2))
        inner = box.adjusted(pad, pad // 2 + 1, -pad, -(pad // 2))
        rows = [QRect(inner.left(), inner.top() + i * line, inner.width(), line) for i in range(self.lines)]
        return CardLayout(box, inner, rows)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line, pad, gap = self.metrics(option.font)
        return QSize(self.card_width(option.font), self.lines * line + 2 * pad + gap)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, OpportunitySummary):
            return
        # Drawing a card's Chinese text costs about 0.5 ms; a cached picture of it, a few µs.
        # Cards are immutable, so the card itself (with size, state and today) is the key.
        ratio = _device_ratio(painter)
        state = self.state_of(option, index)
        key = self.card_key(card, option, ratio, state)
        picture = self._cache.get(key)
        if picture is None and key not in self._seen:
            # First sight: drawing straight on the view costs ~40 % less than making a picture
            # (the first painted board at start-up); a card painted again gets one.
            self._seen[key] = None
            if len(self._seen) > CACHE_SIZE:
                self._seen.popitem(last=False)
            self._draw(painter, option, card, state)
            return
        if picture is None:
            picture = self.picture(card, option, ratio, state)
            self.remember(key, picture)
        else:
            self._cache.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), picture)

    @staticmethod
    def state_of(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        """SELECTED and FOCUSED, asked of the view as Qt decides them for ``option.state``: reading
        that would make PySide build QStyle's Python type first (~5 ms of the first paint)."""
        view = option.widget
        if not isinstance(view, QAbstractItemView):
            return 0
        selection = view.selectionModel()
        state = SELECTED if selection is not None and selection.isSelected(index) else 0
        if view.hasFocus() and view.currentIndex() == index:
            state |= FOCUSED
        return state

    def card_key(
        self, card: OpportunitySummary, option: QStyleOptionViewItem, ratio: float, state: int = 0
    ) -> CardKey:
        rect = option.rect
        return CardKey(
            card,
            rect.width(),
            rect.height(),
            state,
            self.today,
            self._is_idle(card),
            ratio,
            option.font.key(),
        )

    def picture(
        self, card: OpportunitySummary, option: QStyleOptionViewItem, ratio: float, state: int = 0
    ) -> QPixmap:
        """The card drawn on a transparent picture of ``option.rect``'s size."""
        local = QStyleOptionViewItem(option)
        local.rect = QRect(0, 0, option.rect.width(), option.rect.height())
        return _transparent_picture(local.rect.size(), ratio, lambda p: self._draw(p, local, card, state))

    def remember(self, key: CardKey, picture: QPixmap) -> None:
        self._cache[key] = picture
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def clear_cache(self) -> None:
        self._cache.clear()
        self._seen.clear()
        self._shapes.clear()

    def _draw(
        self, painter: QPainter, option: QStyleOptionViewItem, card: OpportunitySummary, state: int
    ) -> None:
        line, pad, _gap = self.metrics(option.font)
        palette = option.palette
        selected, focused = bool(state & SELECTED), bool(state & FOCUSED)
        box, inner, rows = self.card_layout(option.rect, option.font)
        painter.save()
        border = palette.highlight().color() if selected else palette.mid().color()
        ratio = _device_ratio(painter)
        frame = self._frame(box.size(), max(3.0, line / 4), border, palette.base().color(), selected, ratio)
        painter.drawPixmap(box.topLeft(), frame)
        if card.status != "open":  # closed cards: a coloured stripe down the left edge
            painter.fillRect(
                QRect(box.left() + 1, box.top() + 2, max(3, pad // 2), box.height() - 4),
                STATUS_COLORS.get(card.status, palette.mid().color()),
            )
        text_color = palette.text().color()
        muted = palette.placeholderText().color()
        font = QFont(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        fm, fmb = QFontMetrics(font), QFontMetrics(bold)
        left_mid = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right_mid = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

        # 1: key-account mark, high-risk mark, customer; a status word on closed cards
        r = QRect(rows[0])
        if card.status != "open":
            word = STATUSES.get(card.status, card.status)
            painter.setFont(bold)
            painter.setPen(STATUS_COLORS.get(card.status, muted))
            painter.drawText(r, right_mid, word)
            r.setRight(r.right() - fmb.horizontalAdvance(word) - pad // 2)
        # The marks are icons in the room a ★ takes, so card_width's sums hold.
        mark = fm.horizontalAdvance("★")
        if card.key_account:
            painter.drawPixmap(_mark_rect(r, mark), _mark_pixmap("key_account", mark))
            r.setLeft(r.left() + mark + 2)
        if card.high_risks:  # an open high risk of the register (风险管理)
            painter.drawPixmap(_mark_rect(r, mark), _mark_pixmap("high_risk", mark))
            r.setLeft(r.left() + mark + 2)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(r, left_mid, fmb.elidedText(card.customer, Qt.TextElideMode.ElideRight, r.width()))

        # 2: project
        painter.setFont(font)
        painter.drawText(
            rows[1], left_mid, fm.elidedText(card.name, Qt.TextElideMode.ElideRight, inner.width())
        )

        # 3: expected amount (in its unit: 82.00 万, 1.20 亿) and owner
        amount = (
            amount_text(card.amount)
            if card.amount is not None
            else QCoreApplication.translate("CardDelegate", "金额未定")
        )
        painter.setFont(bold)
        painter.setPen(text_color if card.amount is not None else muted)
        painter.drawText(rows[2], left_mid, amount)
        owner_room = inner.width() - fmb.horizontalAdvance(amount) - pad
        painter.setFont(font)
        painter.setPen(muted)
        painter.drawText(
            rows[2], right_mid, fm.elidedText(card.owner, Qt.TextElideMode.ElideRight, owner_room)
        )

        # 4: next-step date (red when overdue) and what the next step is; 紧凑: an idle card's
        # days in the stage at the right of it (no fifth line; a card moving on needs no count,
        # and the next step keeps the room)
        r = QRect(rows[3])
        idle = self._is_idle(card)
        days_text = QCoreApplication.translate("CardDelegate", "%1天").replace(
            "%1", str(card.days_in_stage(self.today))
        )
        days_font = bold if idle else font
        if self.density == COMPACT and idle:
            painter.setFont(days_font)
            painter.setPen(IDLE)
            painter.drawText(r, right_mid, days_text)
            r.setRight(r.right() - QFontMetrics(days_font).horizontalAdvance(days_text) - pad // 2)
        if idle:
            days_text += " ⚠"
        if card.next_date is not None:
            overdue = card.status == "open" and card.next_date < self.today
            date_text = day_words(card.next_date, self.today)
            painter.setFont(bold if overdue else font)
            painter.setPen(OVERDUE if overdue else text_color)
            painter.drawText(r, left_mid, date_text)
            r.setLeft(r.left() + QFontMetrics(painter.font()).horizontalAdvance(date_text) + pad // 2)
        painter.setFont(font)
        painter.setPen(muted)
        next_step = card.next_step or (
            QCoreApplication.translate("CardDelegate", "未定下一步") if card.next_date is None else ""
        )
        painter.drawText(r, left_mid, fm.elidedText(next_step, Qt.TextElideMode.ElideRight, r.width()))

        # 5 (舒适): days in this stage (marked when idle too long) and the stage's step progress
        if self.density == COMFORTABLE:
            r = QRect(rows[4])
            progress_width = self._progress_width(r.height(), card.steps_total)
            if card.steps_total > 0:
                dots = self._dots(r.height(), card.steps_done, card.steps_total, palette, ratio)
                painter.drawPixmap(r.right() + 1 - progress_width, r.top(), dots)
            painter.setFont(days_font)
            painter.setPen(IDLE if idle else muted)
            room = r.width() - progress_width - pad // 2
            painter.drawText(
                r, left_mid, QFontMetrics(days_font).elidedText(days_text, Qt.TextElideMode.ElideRight, room)
            )

        if focused and selected:
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box.adjusted(3, 3, -4, -4))  # inside the frame's 2-pixel border
        painter.restore()

    @staticmethod
    def _progress_width(height: int, total: int) -> int:
        diameter = max(4, height * 2 // 5)
        return total * diameter + max(0, total - 1) * max(2, diameter // 2)

    def _frame(
        self, size: QSize, radius: float, border: QColor, fill: QColor, selected: bool, ratio: float
    ) -> QPixmap:
        """The card's rounded box; cards of a column share one picture (antialiased curves are
        the dearest part of a card to draw)."""
        key = ("frame", size.width(), size.height(), radius, border.rgba(), fill.rgba(), selected, ratio)
        return self._shape(
            key, size, ratio, lambda p: self._paint_frame(p, size, radius, border, fill, selected)
        )

    @staticmethod
    def _paint_frame(
        painter: QPainter, size: QSize, radius: float, border: QColor, fill: QColor, selected: bool
    ) -> None:
        width = 2 if selected else 1
        painter.setPen(QPen(border, width))
        painter.setBrush(fill)
        half = width / 2
        painter.drawRoundedRect(
            QRectF(half, half, size.width() - width, size.height() - width), radius, radius
        )

    def _dots(self, height: int, done: int, total: int, palette: QPalette, ratio: float) -> QPixmap:
        """The stage's steps as a row of dots, filled for done or skipped."""
        on, off = palette.highlight().color(), palette.mid().color()
        size = QSize(self._progress_width(height, total) + 1, height)  # + the pen's last column
        key = ("dots", height, done, total, on.rgba(), off.rgba(), ratio)
        return self._shape(key, size, ratio, lambda p: self._paint_dots(p, height, done, total, on, off))

    @staticmethod
    def _paint_dots(painter: QPainter, height: int, done: int, total: int, on: QColor, off: QColor) -> None:
        diameter = max(4, height * 2 // 5)
        step = diameter + max(2, diameter // 2)
        y = (height - diameter) // 2
        for i in range(total):
            painter.setPen(QPen(on if i < done else off, 1))
            painter.setBrush(on if i < done else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRect(i * step, y, diameter, diameter))

    def _shape(
        self, key: tuple[object, ...], size: QSize, ratio: float, paint: Callable[[QPainter], None]
    ) -> QPixmap:
        picture = self._shapes.get(key)
        if picture is None:

            def antialiased(painter: QPainter) -> None:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                paint(painter)

            picture = _transparent_picture(size, ratio, antialiased)
            self._shapes[key] = picture
            if len(self._shapes) > SHAPES_SIZE:
                self._shapes.popitem(last=False)
        return picture


def _transparent_picture(size: QSize, ratio: float, paint: Callable[[QPainter], None]) -> QPixmap:
    """A transparent picture of ``size`` (device-independent pixels) with ``paint`` run on it."""
    picture = QPixmap(QSize(round(size.width() * ratio), round(size.height() * ratio)))
    picture.setDevicePixelRatio(ratio)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    paint(painter)
    painter.end()
    return picture


def _device_ratio(painter: QPainter) -> float:
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0


def _mark_rect(row: QRect, size: int) -> QRect:
    """A ``size`` square at the left of ``row``, centred on its height."""
    return QRect(row.left(), row.top() + (row.height() - size) // 2, size, size)


@cache
def _mark_pixmap(name: str, size: int) -> QPixmap:
    """A card mark, drawn once per size (every visible card paints its marks on each repaint)."""
    return icons.pixmap(name, size)
