"""The one place icons come from: ``icon("board")`` and ``pixmap("done", size)``.

The SVGs are Lucide's (projdesk/resources/icons/README.md says which version and licence),
package data so an installed wheel and the frozen build carry them. They draw with
``currentColor``; the colour is filled in here: the palette's text colour, or the colour a
state or mark stands for, so one drawing serves the toolbar and a red overdue mark alike.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "icons"

# name used in the code → (file, colour; "" is the palette's text colour)
ICONS: dict[str, tuple[str, str]] = {
    # application and navigation
    "app": ("projdesk", ""),
    "board": ("square-kanban", ""),
    "customers": ("building-2", ""),
    "activities": ("notebook-pen", ""),
    "reports": ("chart-column", ""),
    "sync": ("arrow-left-right", ""),
    "agenda": ("calendar-days", ""),
    # actions
    "new": ("plus", ""),
    "open": ("folder-open", ""),
    "edit": ("square-pen", ""),
    "close_deal": ("trophy", ""),
    "delete": ("trash-2", ""),
    "close": ("x", ""),
    "log": ("notebook-pen", ""),
    "import_snapshot": ("file-down", ""),
    "export_snapshot": ("file-up", ""),
    "weekly": ("file-spreadsheet", ""),
    "sheet": ("sheet", ""),
    "reminders": ("bell", ""),
    "undo": ("undo-2", ""),
    "redo": ("redo-2", ""),
    "settings": ("settings", ""),
    "backups": ("database-backup", ""),
    "library": ("library", ""),
    "import": ("file-input", ""),
    "export": ("file-output", ""),
    "quit": ("log-out", ""),
    "search": ("search", ""),
    "documents": ("files", ""),
    "document": ("briefcase-business", ""),
    "shortcuts": ("keyboard", ""),
    "about": ("info", ""),
    "copy": ("copy", ""),
    "print": ("printer", ""),
    "move": ("circle-arrow-right", ""),
    "attachment": ("paperclip", ""),
    # step states (projdesk.domain.catalog's step statuses)
    "done": ("circle-check", "#1b7a3d"),
    "in_progress": ("circle-dot", "#c77700"),
    "not_started": ("circle", "#8a8f98"),
    "skipped": ("circle-slash", "#8a8f98"),
    "blocked": ("ban", "#b3261e"),
    # card marks
    "key_account": ("star", "#c77700"),
    "high_risk": ("triangle-alert", "#b3261e"),
    "overdue": ("alarm-clock", "#b3261e"),
    "on_hold": ("circle-pause", "#8a6d00"),
    "won": ("trophy", "#1b6e3a"),
}


@cache
def _svg(name: str, color: str) -> QByteArray:
    """The drawing with its colour filled in; a missing name or file raises (a typo is a bug)."""
    file, own = ICONS[name]
    text = (FOLDER / f"{file}.svg").read_text(encoding="utf-8")
    return QByteArray(text.replace("currentColor", color or own or _text_color()).encode())


def _text_color() -> str:
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return str(app.palette().windowText().color().name())
    return "#202020"


def pixmap(name: str, size: int, color: str = "") -> QPixmap:
    """``name`` drawn at ``size`` logical pixels, sharp at the screen's scaling."""
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    image = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(_svg(name, color))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.setDevicePixelRatio(ratio)
    return image


class _SvgEngine(QIconEngine):
    """Draws the SVG at whatever size a button asks (a QIcon of one pixmap would blur at 150 %)."""

    def __init__(self, name: str, color: str) -> None:
        super().__init__()
        self.name = name
        self.color = color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = QSvgRenderer(_svg(self.name, self.color))
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.4)
        renderer.render(painter, QRectF(rect))
        painter.setOpacity(1.0)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        image = QPixmap(size)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return image

    def clone(self) -> QIconEngine:
        return _SvgEngine(self.name, self.color)


def icon(name: str, color: str = "") -> QIcon:
    """The icon ``name`` (a key of ICONS), in the palette's text colour unless it has its own."""
    if name not in ICONS:
        raise KeyError(f"no icon named {name!r}")  # notr: a programming error
    return QIcon(_SvgEngine(name, color))
