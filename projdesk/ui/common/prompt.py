"""The rules every dialog with typed input follows (issue 16):

- Enter confirms the primary action when its input is valid, and does nothing otherwise: never
  the 取消 button (a QDialog gives Enter to whichever button has the focus or autoDefault, and
  in the stage-gate prompt that was 取消, throwing away the reason and the budget typed).
- Nothing typed is thrown away without asking: 取消, Esc or closing the window with changed
  input asks first (through ui/common/dialogs, so tests answer it).
"""

from __future__ import annotations

from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from projdesk.ui.common import dialogs
from projdesk.ui.common.widgets import tr


class PromptDialog(QDialog):
    """A dialog with typed input. Subclasses name their primary button with ``set_primary``
    (again whenever another button becomes the primary one) and enable it only while the
    input is valid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clean: list[object] = []
        self._primary: QPushButton | None = None

    def set_primary(self, button: QPushButton | None) -> None:
        """``button`` takes Enter; no other button does (none at all with ``None``)."""
        self._primary = button
        for other in self.findChildren(QPushButton):
            other.setAutoDefault(False)
            other.setDefault(other is button)

    def primary(self) -> QPushButton | None:
        return self._primary

    def mark_clean(self) -> None:
        """What the inputs hold now is not "typed": closing with just this asks nothing."""
        self._clean = self._inputs()

    def has_typed(self) -> bool:
        return self._inputs() != self._clean

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown by the app (with its prefilled values), not restored
            self.mark_clean()
            self.set_primary(self._primary)  # buttons added since are not autoDefault either

    def reject(self) -> None:
        """取消 and Esc: with typed input, only once the user agrees to lose it."""
        if self.has_typed() and not dialogs.ask_yes_no(
            self, tr("放弃填写的内容"), tr("刚才填写的内容还没有保存，确定放弃吗？")
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_typed() and not dialogs.ask_yes_no(
            self, tr("放弃填写的内容"), tr("刚才填写的内容还没有保存，确定放弃吗？")
        ):
            event.ignore()
            return
        self.mark_clean()  # asked once: QDialog's close ends in reject(), which must not ask again
        super().closeEvent(event)

    def accept(self) -> None:
        self.mark_clean()
        super().accept()

    def _inputs(self) -> list[object]:
        """Every value the user can type or pick, in widget order (a spin box's or an editable
        combo's text is its QLineEdit's)."""
        values: list[object] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit) and not widget.isReadOnly():
                values.append(widget.text())
            elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
                values.append(widget.toPlainText())
            elif isinstance(widget, QComboBox) and not widget.isEditable():
                values.append(widget.currentIndex())
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                values.append(widget.isChecked())
        return values
