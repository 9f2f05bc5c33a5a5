"""One small form to edit any record of an opportunity (a quote line, a milestone, a review…).

The dialog is made from a list of fields and checked with the service's own parser before it
closes: a wrong value is told in place, in the dialog, and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.errors import ProjDeskError
from projdesk.ui.common.date_edit import DateEdit
from projdesk.ui.common.prompt import PromptDialog
from projdesk.ui.common.widgets import InlineMessage, em, tr


@dataclass(frozen=True)
class FormField:
    key: str
    label: str  # marked with QT_TR_NOOP where the fields are listed
    choices: Mapping[str, str] = field(default_factory=dict)  # stored value → label
    placeholder: str = ""
    date: bool = False  # entered with the one date editor (12-05, 下周一, a calendar)


class RecordDialog(PromptDialog):
    """``changes()`` holds the fields the user changed, once they passed ``check``."""

    def __init__(
        self,
        title: str,
        fields: Sequence[FormField],
        values: Mapping[str, str],
        check: Callable[[dict[str, str]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.before = {f.key: values.get(f.key, "") for f in fields}
        self.check = check
        self.inputs: dict[str, QLineEdit | QComboBox | DateEdit] = {}
        form = QFormLayout()
        for spec in fields:
            widget: QLineEdit | QComboBox | DateEdit
            if spec.date:
                widget = DateEdit(self, label=tr(spec.label))
                widget.setText(self.before[spec.key])
            elif spec.choices:
                widget = QComboBox()
                for value, label in spec.choices.items():
                    widget.addItem(tr(label), value)
                widget.setCurrentIndex(max(0, widget.findData(self.before[spec.key])))
            else:
                widget = QLineEdit(self.before[spec.key])
                widget.setPlaceholderText(spec.placeholder)
            widget.setObjectName(f"record_{spec.key}")
            self.inputs[spec.key] = widget
            form.addRow(tr(spec.label), widget)
        self.message = InlineMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(tr("保存"))
        self.set_primary(save)  # Enter in a line edit saves
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        self.setMinimumWidth(em(self, 26))
        self._changes: dict[str, str] = {}

    def value(self, key: str) -> str:
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            return str(widget.currentData())
        if isinstance(widget, DateEdit):
            return widget.value()  # 12-05 is saved as its ISO date
        return widget.text()

    def set_value(self, key: str, text: str) -> None:
        widget = self.inputs[key]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(text))
        else:
            widget.setText(text)

    def changes(self) -> dict[str, str]:
        return dict(self._changes)

    def accept(self) -> None:
        changed = {k: self.value(k) for k in self.inputs if self.value(k).strip() != self.before[k].strip()}
        try:
            self.check(changed)
        except ProjDeskError as exc:
            self.message.error(exc)
            return
        self._changes = changed
        super().accept()
