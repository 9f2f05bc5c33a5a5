"""The one delegate that paints every card; every size comes from the font."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from projdesk.domain.catalog import STATUSES
from projdesk.domain.money import format_wan
from projdesk.storage.summary import OpportunitySummary
from projdesk.ui.board.column_model import CARD_ROLE

OVERDUE = QColor("#c62828")
IDLE = QColor("#b26a00")
KEY_MARK = QColor("#d48806")
STATUS_COLORS = {"won": QColor("#2e7d32"), "lost": QColor("#757575"), "on_hold": QColor("#1565c0")}
LINES = 5
CACHE_SIZE = 250  # card pictures kept (about 60 KB each): more than the cards on screen


class CardDelegate(QStyledItemDelegate):
    """Customer, project, amount, owner, next-step date, days in stage and step progress."""

    def __init__(self, is_idle: Callable[[OpportunitySummary], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_idle = is_idle
        self.today = dt.date.today()
        self._cache: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()
        self._seen: OrderedDict[tuple[object, ...], None] = OrderedDict()

    @staticmethod
    def metrics(font: QFont) -> tuple[int, int, int]:
        """(line height, inner padding, gap between cards) for ``font``."""
        fm = QFontMetrics(font)
        line = fm.lineSpacing()
        return line, max(4, line // 3), max(3, line // 4)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        line, pad, gap = self.metrics(option.font)
        width = QFontMetrics(option.font).horizontalAdvance("字") * 8
        return QSize(width, LINES * line + 2 * pad + gap)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, OpportunitySummary):
            return
        # Drawing a card's Chinese text costs about 0.5 ms; a cached picture of it, a few µs.
        # Cards are immutable, so the card itself (with size, state and today) is the key.
        rect = option.rect
        state = option.state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key = (card, rect.width(), rect.height(), int(state.value), self.today, self._is_idle(card), ratio,
               option.font.key())  # fmt: skip
        picture = self._cache.get(key)
        if picture is None and key not in self._seen:
            # First sight: drawing straight on the view costs ~40 % less than making a picture
            # (the first painted board at start-up); a card painted again gets one.
            self._seen[key] = None
            if len(self._seen) > CACHE_SIZE:
                self._seen.popitem(last=False)
            self._draw(painter, option, card)
            return
        if picture is None:
            picture = QPixmap(QSize(round(rect.width() * ratio), round(rect.height() * ratio)))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            local = QStyleOptionViewItem(option)
            local.rect = QRect(0, 0, rect.width(), rect.height())
            pix_painter = QPainter(picture)
            self._draw(pix_painter, local, card)
            pix_painter.end()
            self._cache[key] = picture
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), picture)

    def clear_cache(self) -> None:
        self._cache.clear()
        self._seen.clear()

    def _draw(self, painter: QPainter, option: QStyleOptionViewItem, card: OpportunitySummary) -> None:
        line, pad, gap = self.metrics(option.font)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        box = option.rect.adjusted(gap // 2 + 1, gap // 2, -(gap // 2) - 1, -(gap - gap // 2))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        border = palette.highlight().color() if selected else palette.mid().color()
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.base())
        radius = max(3.0, line / 4)
        painter.drawRoundedRect(box, radius, radius)
        if card.status != "open":  # closed cards: a coloured stripe down the left edge
            painter.fillRect(
                QRect(box.left() + 1, box.top() + 2, max(3, pad // 2), box.height() - 4),
                STATUS_COLORS.get(card.status, palette.mid().color()),
            )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        inner = box.adjusted(pad, pad // 2 + 1, -pad, -(pad // 2))
        text_color = palette.text().color()
        muted = palette.placeholderText().color()
        font = QFont(option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        fm, fmb = QFontMetrics(font), QFontMetrics(bold)
        rows = [QRect(inner.left(), inner.top() + i * line, inner.width(), line) for i in range(LINES)]
        left_mid = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right_mid = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

        # 1: key-account mark, customer; a status word on closed cards
        r = QRect(rows[0])
        if card.status != "open":
            word = STATUSES.get(card.status, card.status)
            painter.setFont(bold)
            painter.setPen(STATUS_COLORS.get(card.status, muted))
            painter.drawText(r, right_mid, word)
            r.setRight(r.right() - fmb.horizontalAdvance(word) - pad // 2)
        if card.key_account:
            painter.setFont(font)
            painter.setPen(KEY_MARK)
            star = "★"
            painter.drawText(r, left_mid, star)
            r.setLeft(r.left() + fm.horizontalAdvance(star) + 2)
        painter.setFont(bold)
        painter.setPen(text_color)
        painter.drawText(r, left_mid, fmb.elidedText(card.customer, Qt.TextElideMode.ElideRight, r.width()))

        # 2: project
        painter.setFont(font)
        painter.drawText(
            rows[1], left_mid, fm.elidedText(card.name, Qt.TextElideMode.ElideRight, inner.width())
        )

        # 3: expected amount (万元) and owner
        amount = (
            # Not inside an f-string: lupdate does not see a call there.
            format_wan(card.amount) + " " + QCoreApplication.translate("CardDelegate", "万")
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

        # 4: next-step date (red when overdue) and what the next step is
        r = QRect(rows[3])
        if card.next_date is not None:
            overdue = card.status == "open" and card.next_date < self.today
            fmt = "%m-%d" if card.next_date.year == self.today.year else "%y-%m-%d"
            date_text = card.next_date.strftime(fmt)
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

        # 5: days in this stage (marked when idle too long) and the stage's step progress
        r = QRect(rows[4])
        self._paint_progress(painter, r, card.steps_done, card.steps_total, palette)
        idle = self._is_idle(card)
        days_text = QCoreApplication.translate("CardDelegate", "%1天").replace(
            "%1", str(card.days_in_stage(self.today))
        )
        if idle:
            days_text += " ⚠"
        painter.setFont(bold if idle else font)
        painter.setPen(IDLE if idle else muted)
        room = r.width() - self._progress_width(r.height(), card.steps_total) - pad // 2
        painter.drawText(
            r, left_mid, QFontMetrics(painter.font()).elidedText(days_text, Qt.TextElideMode.ElideRight, room)
        )

        if focused and selected:
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box.adjusted(2, 2, -2, -2))
        painter.restore()

    @staticmethod
    def _progress_width(height: int, total: int) -> int:
        diameter = max(4, height * 2 // 5)
        return total * diameter + max(0, total - 1) * max(2, diameter // 2)

    def _paint_progress(self, painter: QPainter, r: QRect, done: int, total: int, palette: QPalette) -> None:
        """The stage's steps as dots at the right: filled for done or skipped."""
        if total <= 0:
            return
        diameter = max(4, r.height() * 2 // 5)
        step = diameter + max(2, diameter // 2)
        x = r.right() - self._progress_width(r.height(), total) + 1
        y = r.top() + (r.height() - diameter) // 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        color = palette.highlight().color()
        for i in range(total):
            painter.setPen(QPen(color if i < done else palette.mid().color(), 1))
            painter.setBrush(color if i < done else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QRect(x + i * step, y, diameter, diameter))
        painter.restore()
