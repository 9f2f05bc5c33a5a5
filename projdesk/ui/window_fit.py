"""The main window fits the screen it is on: it opens at a size and place that fit, remembered
per screen, and is pulled back inside the screen whenever it would grow past it.

A laptop is docked to a large monitor at the office and used alone on the road; a place saved
on one screen is kept for that screen (keyed by its name and size) and restored only while it
still fits. The file lives beside the database, like the start-up cache: per machine, and a
test's temporary database brings its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize, QTimer
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

SUFFIX = ".window.ini"
# What a first start aims at: room for the ten board columns, never more than the screen.
PREFERRED = QSize(1400, 860)
SHARE_OF_SCREEN = 0.92


def settings_path(db: Path) -> Path:
    return db.with_name(db.name + SUFFIX)


def screen_key(screen: QScreen) -> str:
    """One group per screen: its name and size (a screen at another resolution is another place)."""
    size = screen.size()
    name = "".join(c if c.isalnum() else "_" for c in screen.name()) or "screen"  # notr: a key
    return f"{name}_{size.width()}x{size.height()}"


def fit_inside(frame: QRect, available: QRect) -> QRect:
    """``frame`` shrunk to ``available`` where larger and moved inside it where it sticks out."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    x = min(max(frame.x(), available.x()), available.x() + available.width() - width)
    y = min(max(frame.y(), available.y()), available.y() + available.height() - height)
    return QRect(x, y, width, height)


def first_frame(available: QRect) -> QRect:
    """Where a window with no remembered place opens: centred, most of the screen at most."""
    width = min(PREFERRED.width(), int(available.width() * SHARE_OF_SCREEN))
    height = min(PREFERRED.height(), int(available.height() * SHARE_OF_SCREEN))
    x = available.x() + (available.width() - width) // 2
    y = available.y() + (available.height() - height) // 2
    return QRect(x, y, width, height)


class WindowFitter(QObject):
    """Watches one top-level window: places it on its first show, keeps it inside the
    available screen area (a page whose layout asks for more is clamped, and reflows), and
    saves the place when the window is hidden or closed."""

    def __init__(self, window: QWidget, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._placed = False
        self._watched: QScreen | None = None  # the screen whose free area is followed
        self._clamp_later = QTimer(self)
        self._clamp_later.setSingleShot(True)
        self._clamp_later.setInterval(0)
        self._clamp_later.timeout.connect(self.keep_inside)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Show and not self._placed:
                self._placed = True
                self.place()
                self._follow_screens()
            elif kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
                # After the layout has settled. Not on a move: the user may drag the window
                # part-way off the screen, or over to another one.
                self._clamp_later.start()
            elif kind in (QEvent.Type.Hide, QEvent.Type.Close) and self._placed:
                self.save()
        return False

    def _follow_screens(self) -> None:
        """Unplugging the office monitor moves the window to the laptop's screen, and a taskbar
        may take room: check again then (the window exists once shown)."""
        handle = self.window.windowHandle()
        if handle is None:
            return
        handle.screenChanged.connect(self._screen_changed)
        self._screen_changed(handle.screen())

    def _screen_changed(self, screen: QScreen | None) -> None:
        if self._watched is not None:
            self._watched.availableGeometryChanged.disconnect(self._clamp_later.start)
        self._watched = screen
        if screen is not None:
            screen.availableGeometryChanged.connect(self._clamp_later.start)
        self._clamp_later.start()

    def available(self) -> QRect:
        screen = self.window.screen()
        return screen.availableGeometry()

    def _frame_extra(self) -> QSize:
        """The title bar and borders around the client area (zero before the first show)."""
        frame, client = self.window.frameGeometry(), self.window.geometry()
        return QSize(frame.width() - client.width(), frame.height() - client.height())

    def place(self) -> None:
        """The remembered place for this screen when it still fits, else a first place."""
        available = self.available()
        saved = self._saved_frame()
        frame = saved if saved is not None and available.contains(saved) else first_frame(available)
        extra = self._frame_extra()
        self.window.resize(frame.width() - extra.width(), frame.height() - extra.height())
        self.window.move(frame.topLeft())
        if saved is not None and self.settings.value(self._key("maximized"), False, bool):
            self.window.showMaximized()
        self._clamp_later.start()

    def keep_inside(self) -> None:
        """Pull the window back inside the available area (a maximized window already is)."""
        if not self.window.isVisible() or self.window.isMaximized() or self.window.isFullScreen():
            return
        available = self.available()
        frame = self.window.frameGeometry()
        if available.contains(frame):
            return
        inside = fit_inside(frame, available)
        extra = self._frame_extra()
        if inside.size() != frame.size():
            self.window.resize(inside.width() - extra.width(), inside.height() - extra.height())
        if inside.topLeft() != frame.topLeft():
            self.window.move(inside.topLeft())

    def save(self) -> None:
        maximized = self.window.isMaximized()
        if not maximized:  # a maximized window keeps the place it came back to last
            frame = self.window.frameGeometry()
            self.settings.setValue(self._key("x"), frame.x())
            self.settings.setValue(self._key("y"), frame.y())
            self.settings.setValue(self._key("width"), frame.width())
            self.settings.setValue(self._key("height"), frame.height())
        self.settings.setValue(self._key("maximized"), maximized)
        self.settings.sync()

    def _saved_frame(self) -> QRect | None:
        values = [self.settings.value(self._key(k), None) for k in ("x", "y", "width", "height")]
        try:
            x, y, width, height = (int(str(v)) for v in values)
        except ValueError:  # nothing saved for this screen (or a hand-edited file)
            return None
        return QRect(QPoint(x, y), QSize(width, height)) if width > 0 and height > 0 else None

    def _key(self, name: str) -> str:
        return f"{screen_key(self.window.screen())}/{name}"
