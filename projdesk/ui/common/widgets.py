"""Small helpers shared by the workspace panes: inline messages, money and date text, tree items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QWidget

from projdesk.domain.errors import ProjDeskError
from projdesk.domain.money import format_wan, format_yuan
from projdesk.ui.labels import error_text

T = TypeVar("T")

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e3a;"


def tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


class InlineMessage(QLabel):
    """A message shown in place (never a modal box): red for refusals, green for success."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def error(self, exc: BaseException | str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(error_text(exc))
        self.show()

    def ok(self, text: str) -> None:
        self.setStyleSheet(OK_STYLE)
        self.setText(text)
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


def attempt(message: InlineMessage, work: Callable[[], T]) -> T | None:
    """Run a service call; a refusal or bad input lands in ``message``, nothing else happens."""
    try:
        result = work()
    except ProjDeskError as exc:
        message.error(exc)
        return None
    message.clear_message()
    return result


def money_text(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return tr("%s 万元") % format_wan(amount)


def yuan_text(amount: Decimal | None) -> str:
    return "" if amount is None else format_yuan(amount)


def date_text(day: dt.date | dt.datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        return day.strftime("%Y-%m-%d %H:%M")
    return day.isoformat()


def value_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return tr("是") if value else tr("否")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def em(widget: QWidget, count: float) -> int:
    """A width of ``count`` CJK characters in the widget's font (scales with display settings)."""
    return int(widget.fontMetrics().horizontalAdvance("中") * count)


def tree_children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The children of ``item`` (for the top-level items: of ``tree.invisibleRootItem()``).

    PySide types child() as optional, though within childCount() it never is None.
    """
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]
