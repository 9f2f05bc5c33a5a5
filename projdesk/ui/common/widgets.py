"""Small helpers shared by the workspace panes: inline messages, money and date text, tree items."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QWidget

from projdesk.domain.display import money_full
from projdesk.ui.labels import amount_text, day_words, error_text, moment_words

if TYPE_CHECKING:
    from projdesk.ui.common.runner import Runner

T = TypeVar("T")

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1b6e3a;"


def tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


def shortcut_tip(text: str, keys: QKeySequence) -> str:
    """``text`` with its key, as every tooltip names it: "记录日志 (Ctrl+L)"; the key is written
    the platform's way (⌘ on a Mac). No key: the text alone."""
    key = keys.toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({key})" if key else text


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


def write_in_place(
    runner: Runner, message: InlineMessage, title: str, work: Callable[[], T], on_done: Callable[[T], None]
) -> None:
    """Queue a service call on the runner's write worker (behind an import, if one runs); a
    refusal, bad input or a busy database lands in ``message`` as its one line, an unexpected
    failure goes to the crash dialog. ``work`` runs off the GUI thread: it must not read a widget
    (take the values first). ``on_done`` runs on the GUI thread, after the bus told the views."""
    from projdesk.ui.crash import failure_text  # the crash module imports the runner, which uses this

    def run(_progress: object, _cancel: threading.Event) -> T:
        return work()

    def done(result: T) -> None:
        if shiboken6.isValid(message):  # the page may have closed meanwhile
            message.clear_message()
            on_done(result)

    def failed(error: BaseException) -> None:
        text = failure_text(error)
        if text is not None and shiboken6.isValid(message):
            message.error(text)

    runner.write(title, run, done, failed)


def money_text(amount: Decimal | None) -> str:
    """An amount in its unit (143.68 亿, 82.00 万, 8,600 元): the one formatter, domain.display."""
    return amount_text(amount)


def yuan_text(amount: Decimal | None) -> str:
    """The exact amount for a table's column: ¥1,234,567.89."""
    return money_full(amount)


def date_text(day: dt.date | dt.datetime | None) -> str:
    """A date in Chinese form (12月5日, 今天); a moment in local time (12月5日 14:30)."""
    if isinstance(day, dt.datetime):
        return moment_words(day)
    return day_words(day)


def em(widget: QWidget, count: float) -> int:
    """A width of ``count`` CJK characters in the widget's font (scales with display settings)."""
    return int(widget.fontMetrics().horizontalAdvance("中") * count)


def tree_children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The children of ``item`` (for the top-level items: of ``tree.invisibleRootItem()``).

    PySide types child() as optional, though within childCount() it never is None.
    """
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]
