"""Typed editors generated from the catalog's FieldSpecs; each commits when the user leaves it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import FieldKind, FieldSpec
from projdesk.domain.errors import InvalidInput
from projdesk.domain.money import parse_money
from projdesk.ui.common.date_edit import DateEdit
from projdesk.ui.common.widgets import ERROR_STYLE, money_text, tr, yuan_text


class _LongText(QPlainTextEdit):
    """A text box that says when the user leaves it."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class FieldEditor(QWidget):
    """One field: the input, and under it the hint or an inline error."""

    commit = Signal(str)  # the field key, when the user leaves a changed field

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._saved: Any = None
        self.input = self._make_input()
        self.input.setObjectName(f"field_{spec.key}")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName(f"note_{spec.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.input)
        layout.addWidget(self.note)
        self._show_hint()

    # -- building ------------------------------------------------------------------------

    def _make_input(self) -> QWidget:
        kind = self.spec.kind
        if kind is FieldKind.LONG_TEXT:
            box = _LongText(self)
            box.setTabChangesFocus(True)
            box.setPlaceholderText(self.spec.hint)
            lines = 4
            box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
            box.left.connect(self._maybe_commit)
            return box
        if kind is FieldKind.CHOICE:
            combo = QComboBox(self)
            combo.addItem("")
            combo.addItems(list(self.spec.choices))
            combo.activated.connect(lambda _i: self._maybe_commit())
            return combo
        if kind is FieldKind.BOOL:
            check = QCheckBox(tr("是"), self)
            check.clicked.connect(lambda _c: self._maybe_commit())
            return check
        if kind is FieldKind.DATE:
            day = DateEdit(self, label=self.spec.label)
            day.editingFinished.connect(self._maybe_commit)
            return day
        edit = QLineEdit(self)
        edit.setClearButtonEnabled(True)
        placeholder = tr("元，可写“120万”") if kind is FieldKind.MONEY else self.spec.hint
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(self._maybe_commit)
        if kind is FieldKind.MONEY:
            edit.textEdited.connect(self._preview_money)
        return edit

    def set_people(self, names: list[str]) -> None:
        """Offer the customer's contacts while typing a person."""
        if self.spec.kind is FieldKind.PERSON and isinstance(self.input, QLineEdit):
            completer = QCompleter(names, self.input)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.input.setCompleter(completer)

    # -- values --------------------------------------------------------------------------

    def raw(self) -> Any:
        """What the user entered, as the service takes it (text, or True/False for yes/no)."""
        w = self.input
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentText()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, DateEdit):
            return w.value()  # 12-05 is saved as 2026-12-05
        assert isinstance(w, QLineEdit)
        return w.text()

    def set_value(self, value: Any) -> None:
        """Show the stored value (and remember it, so an unchanged field is not saved again)."""
        w = self.input
        w.blockSignals(True)
        if isinstance(w, QCheckBox):
            w.setChecked(value is True)
        elif isinstance(w, QComboBox):
            index = w.findText("" if value is None else str(value))
            w.setCurrentIndex(max(index, 0))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        else:
            assert isinstance(w, QLineEdit | DateEdit)
            w.setText(_display(value))
        w.blockSignals(False)
        self._saved = self.raw()
        self._show_hint()

    def is_dirty(self) -> bool:
        return bool(self.raw() != self._saved)

    def mark_saved(self) -> None:
        self._saved = self.raw()
        self._show_hint()

    def _maybe_commit(self) -> None:
        if self.is_dirty():
            self.commit.emit(self.spec.key)

    # -- notes under the field -----------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.note.setStyleSheet(ERROR_STYLE)
        self.note.setText(text)
        self.note.show()

    def has_error(self) -> bool:
        return self.note.isVisible() and self.note.styleSheet() == ERROR_STYLE

    def _show_hint(self) -> None:
        self.note.setStyleSheet("color: palette(mid);")
        hint = self.spec.hint if self.spec.kind in (FieldKind.MONEY, FieldKind.DATE, FieldKind.BOOL) else ""
        if self.spec.kind is FieldKind.MONEY:
            hint = self._money_hint(self.raw()) or hint
        self.note.setText(hint)
        self.note.setVisible(bool(hint))

    def _preview_money(self, text: str) -> None:
        """Say what the typed amount means (120万 → 1,200,000.00) before it is saved."""
        try:
            self.note.setStyleSheet("color: palette(mid);")
            self.note.setText(self._money_hint(text))
            self.note.setVisible(bool(text.strip()))
        except InvalidInput:
            pass

    def _money_hint(self, text: Any) -> str:
        try:
            amount = parse_money(str(text), label=self.spec.label)
        except InvalidInput:
            return tr("不是有效的金额")
        if amount is None:
            return ""
        return tr("%s（%s）") % (yuan_text(amount), money_text(amount))  # one string lupdate can see


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    return str(value)
