"""The start-of-day notice: once a day, how many agenda items are due today or overdue.

A desktop notification (QSystemTrayIcon.showMessage) where the desktop has a tray, else the
status bar. The day it last told is kept in the preferences (``extra``), so a second start on
the same day stays quiet; 设置 → 常规 turns it off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar, QStyle, QSystemTrayIcon, QWidget

from projdesk.storage.services import Services
from projdesk.storage.services.agenda import Agenda
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import tr

ENABLED_KEY = "agenda_notice"  # prefs.extra: False turns the notice off
TOLD_ON_KEY = "agenda_notice_day"  # prefs.extra: the ISO date it last told
SHOWN_MS = 10000


def notice_enabled(extra: dict[str, object]) -> bool:
    return extra.get(ENABLED_KEY, True) is not False


class Tray(Protocol):
    """What the notice needs of a tray icon (tests hand in a fake one)."""

    def showMessage(
        self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int = ...
    ) -> None: ...


def system_tray(window: QWidget) -> QSystemTrayIcon | None:
    """A tray icon with the window's icon, when the desktop has a tray that shows messages."""
    if not (QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()):
        return None
    icon = window.windowIcon()
    if icon.isNull():
        icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    tray = QSystemTrayIcon(icon, window)
    tray.setToolTip("ProjDesk")
    tray.show()
    return tray


class TodayNotice(QObject):
    told = Signal(str)  # the text, once it has been shown
    clicked = Signal()  # the notification was clicked: show the agenda

    def __init__(
        self,
        services: Services,
        runner: Runner,
        window: QWidget,
        status_bar: QStatusBar,
        tray: Callable[[QWidget], Tray | None] = system_tray,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(window)
        self.services = services
        self.runner = runner
        self.window = window
        self.status_bar = status_bar
        self.make_tray = tray
        self.today = today
        self._tray: Tray | None = None

    def check(self) -> None:
        """At start: read today's items (on the read worker) unless told already today or off."""
        prefs = self.services.prefs
        today = self.today()
        if not notice_enabled(prefs.extra) or prefs.extra.get(TOLD_ON_KEY) == today.isoformat():
            return
        agenda = self.services.agenda
        owner = prefs.user_name
        self.runner.query("agenda-notice", lambda: agenda.items(owner=owner, days=0, today=today), self._tell)

    def _tell(self, agenda: Agenda) -> None:
        due = agenda.due_today()
        overdue = sum(1 for i in due if i.date < agenda.today)
        if not due:
            return  # nothing to say; a later start today asks again (items may have come in)
        text = tr("今天和逾期的日程共 %d 项（其中逾期 %d 项）。") % (len(due), overdue)
        first = due[0]
        text += tr("最早的：%s · %s") % (first.customer, first.what)
        if self._tray is None:
            self._tray = self.make_tray(self.window)
            if isinstance(self._tray, QSystemTrayIcon):
                self._tray.messageClicked.connect(self.clicked)
        if self._tray is not None:
            self._tray.showMessage(
                tr("ProjDesk 日程"), text, QSystemTrayIcon.MessageIcon.Information, SHOWN_MS
            )
        else:
            self.status_bar.showMessage(text, SHOWN_MS * 3)
        self._remember(agenda.today)
        self.told.emit(text)

    def _remember(self, day: dt.date) -> None:
        """Keep the day told, on the write worker (behind any write the user started)."""
        ctx = self.services.ctx
        ctx.prefs.extra[TOLD_ON_KEY] = day.isoformat()
        prefs = ctx.prefs
        self.runner.write(tr("记下今天已提醒"), lambda _p, _c: ctx.save_preferences(prefs), lambda _r: None)
