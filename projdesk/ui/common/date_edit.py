"""The one date editor: a line for what the salesperson types (12-05, 下周一, +3: the one parser,
domain.day_entry), a calendar to pick from, and beside them what the text means or, when it
means nothing, one red line saying what can be typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from projdesk import labels
from projdesk.domain.day_entry import parse_day
from projdesk.domain.errors import InvalidInput
from projdesk.ui.common.widgets import ERROR_STYLE, date_text, em, tr
from projdesk.ui.labels import chinese_dates, error_text
from projdesk.ui.translatable import QT_TR_NOOP

WEEKDAYS = (  # also the 日程's dates (ui/pages/agenda.py)
    QT_TR_NOOP("周一"),
    QT_TR_NOOP("周二"),
    QT_TR_NOOP("周三"),
    QT_TR_NOOP("周四"),
    QT_TR_NOOP("周五"),
    QT_TR_NOOP("周六"),
    QT_TR_NOOP("周日"),
)


def weekday_text(day: dt.date) -> str:
    """周一 … 周日 (Mon … Sun) in the chosen language."""
    return tr(WEEKDAYS[day.weekday()])


class DateEdit(QWidget):
    """Drop-in for the QLineEdit a date field had: ``text()``/``setText()``/``editingFinished``,
    plus ``date()`` and ``value()`` (the ISO text the services take). Leaving the line rewrites
    a readable entry as its ISO date, so what is shown is what is saved."""

    editingFinished = Signal()
    returnPressed = Signal()  # Enter in the line: a dialog saves on it, as from its other fields

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        label: str = labels.FIELD_TEXTS["date"],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.label = label
        self._today = today
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(tr("如 12-05、下周一、+3"))
        self.line.setMinimumWidth(em(self, 7))
        self.line.textChanged.connect(self._show_meaning)
        self.line.editingFinished.connect(self._finished)
        self.line.returnPressed.connect(self.returnPressed)
        self.pick = QToolButton(self)
        self.pick.setObjectName("datePick")
        self.pick.setArrowType(Qt.ArrowType.DownArrow)
        self.pick.setToolTip(tr("从日历中选择日期"))
        self.pick.clicked.connect(self.open_calendar)
        self.meaning = QLabel(self)  # under the line, shown only while it has something to say
        self.meaning.setObjectName("dateMeaning")
        self.meaning.setWordWrap(True)
        self.meaning.hide()
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.line, 1)
        row.addWidget(self.pick)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.meaning)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self.popup)
        self.calendar.setGridVisible(True)
        # Month and weekday names as the rest of the GUI writes dates (十二月 / December).
        chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        self.calendar.setLocale(chinese if chinese_dates() else QLocale(QLocale.Language.English))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        box = QVBoxLayout(self.popup)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.calendar)
        self.setFocusProxy(self.line)

    # -- the QLineEdit part the date fields used ----------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def setText(self, text: str) -> None:
        self.line.setText(text)

    def setPlaceholderText(self, text: str) -> None:
        self.line.setPlaceholderText(text)

    def clear(self) -> None:
        self.line.clear()

    # -- dates -----------------------------------------------------------------------------

    def date(self) -> dt.date | None:
        """The date typed (``None`` when blank); raises InvalidInput naming the field."""
        return parse_day(self.line.text(), self._today(), label=self.label)

    def set_date(self, day: dt.date | None) -> None:
        self.line.setText(day.isoformat() if day else "")

    def value(self) -> str:
        """What the services take: the ISO date, ``""`` when blank, the text as typed when it is
        no date (so the service refuses it with its own one line and nothing is saved)."""
        try:
            day = self.date()
        except InvalidInput:
            return self.line.text()
        return day.isoformat() if day else ""

    def is_valid(self) -> bool:
        try:
            self.date()
        except InvalidInput:
            return False
        return True

    def _show_meaning(self) -> None:
        try:
            day = self.date()
        except InvalidInput as refused:
            self.meaning.setStyleSheet(ERROR_STYLE)
            self.meaning.setText(error_text(refused))
            self.meaning.setVisible(True)
            return
        self.meaning.setStyleSheet("color: palette(mid);")
        # An ISO date says what it means already; the short forms get their meaning shown.
        self.meaning.setVisible(day is not None and self.line.text().strip() != day.isoformat())
        if day is None:
            self.meaning.clear()
            return
        # What the text means, always with the weekday: 12月5日 周六 (today's, tomorrow's too).
        self.meaning.setText(f"= {date_text(day)} {weekday_text(day)}")

    def _finished(self) -> None:
        """A readable entry becomes its ISO date on leaving; then the owner hears of it."""
        try:
            day = self.date()
        except InvalidInput:
            day = None
        if day is not None and self.line.text() != day.isoformat():
            self.line.setText(day.isoformat())
        self.editingFinished.emit()

    # -- the calendar --------------------------------------------------------------------------

    def open_calendar(self) -> None:
        """The calendar under the field, on the typed date (or today); not modal: a click elsewhere closes it."""
        try:
            day = self.date() or self._today()
        except InvalidInput:
            day = self._today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.adjustSize()
        # Below the editor (the meaning line stays in sight), above it near the screen's bottom.
        place = self.mapToGlobal(QPoint(0, self.height()))
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(place.x(), screen.right() - self.popup.width()))
        y = (
            place.y()
            if place.y() + self.popup.height() <= screen.bottom()
            else place.y() - self.height() - self.popup.height()
        )
        self.popup.move(x, max(screen.top(), y))
        self.popup.show()
        self.calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.popup.hide()
        self.line.setText(dt.date(picked.year(), picked.month(), picked.day()).isoformat())
        self.line.setFocus()
        self.editingFinished.emit()
