"""设置 › 资料库记录: the library's qualifications, cases, chapters and team as tables to add to,
edit and delete from, each change written at once on the one runner, 撤销 (Ctrl+Z) taking the
last one back.

The library is a device setting without per-record history, so undo keeps the library as it
was before each change of this session and writes it back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import INDUSTRIES
from projdesk.domain.errors import ProjDeskError
from projdesk.domain.library import CHAPTER_KINDS, Library
from projdesk.domain.library_records import (
    RECORD_FIELDS,
    Record,
    put_record,
    record_from_texts,
    record_texts,
    remove_record,
)
from projdesk.storage.services import Services
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import InlineMessage, em
from projdesk.ui.labels import error_text, library_field_text, library_part_text

__all__ = ["LibraryRecords", "RecordDialog", "records_tab"]

_LONG_FIELDS = frozenset({"summary", "text", "certificates"})
_CHOICES: dict[str, tuple[str, ...]] = {"industry": ("", *INDUSTRIES), "kind": CHAPTER_KINDS}


def tr(text: str) -> str:
    return QCoreApplication.translate("LibraryRecords", text)


def records_tab(part: str) -> str:
    """The object name of the records page of ``part`` (qualifications, cases…)."""
    return f"libraryRecords_{part}"


def _kind_text(kind: str) -> str:
    return {"product": tr("产品"), "service": tr("服务")}.get(kind, kind)


class RecordDialog(QDialog):
    """One record's fields to fill in; :meth:`texts` the typed values (checked by the caller)."""

    def __init__(self, part: str, texts: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryRecordDialog")
        self.setWindowTitle(library_part_text(part))
        form = QFormLayout(self)
        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        for key in RECORD_FIELDS[part]:
            value = texts.get(key, "")
            widget: QLineEdit | QPlainTextEdit | QComboBox
            if key in _CHOICES:
                widget = QComboBox()
                for choice in _CHOICES[key]:
                    widget.addItem(_kind_text(choice) if key == "kind" else choice, choice)
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif key in _LONG_FIELDS:
                widget = QPlainTextEdit(value)
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * 5)
            else:
                widget = QLineEdit(value)
                if key == "valid_until":
                    widget.setPlaceholderText(tr("YYYY-MM-DD，留空为长期有效"))
                if key == "products":
                    widget.setPlaceholderText(tr("产品名称，用顿号分隔；留空则适用于所有商机"))
            widget.setObjectName(f"record_{key}")
            self.fields[key] = widget
            form.addRow(library_field_text(part, key), widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(em(self, 32), self.sizeHint().height())

    def texts(self) -> dict[str, str]:
        out = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[key] = str(widget.currentData() or "")
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            else:
                out[key] = widget.text()
        return out


class LibraryRecords(QWidget):
    """The four record parts of the library, one tab each, edited on the runner."""

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryRecords")
        self.services = services
        self.runner = runner
        self.library = services.library.load()
        self.undo_stack: list[Library] = []
        self.tabs = QTabWidget()
        self.tables: dict[str, RecordTable] = {}
        for part, fields in RECORD_FIELDS.items():
            table = RecordTable([library_field_text(part, key) for key in fields])
            table.setObjectName(f"library_{part}")
            table.doubleClicked.connect(lambda _index, p=part: self.edit(p))
            self.tables[part] = table
            page = QWidget()
            page.setObjectName(records_tab(part))  # where pre-flight sends a gap of this part
            column = QVBoxLayout(page)
            column.addWidget(table, 1)
            row = QHBoxLayout()
            for text, name, act in (
                (tr("新增…"), "add", self.add),
                (tr("修改…"), "edit", self.edit),
                (tr("删除"), "delete", self.delete),
            ):
                button = QPushButton(text)
                button.setObjectName(f"library_{part}_{name}")
                button.clicked.connect(lambda _c=False, p=part, a=act: a(p))
                row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
            self.tabs.addTab(page, library_part_text(part))
        self.undo_button = QPushButton(tr("撤销上一次修改"))
        self.undo_button.setObjectName("libraryUndo")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setEnabled(False)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.message = InlineMessage()
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.undo_button)
        lay.addLayout(bottom)
        self._fill()

    def _fill(self) -> None:
        for part, table in self.tables.items():
            records: tuple[Record, ...] = getattr(self.library, part)
            rows = []
            for i, record in enumerate(records):
                texts = record_texts(record)
                if part == "chapters":
                    texts["kind"] = _kind_text(texts["kind"])
                    texts["text"] = texts["text"].replace("\n", " ")[:60]
                rows.append((str(i), [texts.get(key, "") for key in RECORD_FIELDS[part]]))
            table.fill(rows)

    def _selected(self, part: str) -> int | None:
        chosen = self.tables[part].selected_id()
        return int(chosen) if chosen is not None else None

    def _ask(self, part: str, texts: Mapping[str, str]) -> Record | None:
        """The record the user types (asked again, with the refusal shown, until valid or cancelled)."""
        while True:
            dialog = RecordDialog(part, texts, self)
            accepted = dialogs.run_dialog(dialog)
            texts = dialog.texts()
            dialog.deleteLater()
            if not accepted:
                return None
            try:
                return record_from_texts(part, texts)
            except ProjDeskError as exc:  # a coded refusal: shown, and the form asked again
                dialogs.warn(self, library_part_text(part), error_text(exc))

    def add(self, part: str) -> None:
        record = self._ask(part, {})
        if record is not None:
            self._write(tr("新增资料库记录"), lambda lib: put_record(lib, part, None, record))

    def edit(self, part: str) -> None:
        index = self._selected(part)
        if index is None:
            self.message.error(tr("请先选中一行"))
            return
        current: Record = getattr(self.library, part)[index]
        record = self._ask(part, record_texts(current))
        if record is not None:
            self._write(tr("修改资料库记录"), lambda lib: put_record(lib, part, index, record))

    def delete(self, part: str) -> None:
        index = self._selected(part)
        if index is None:
            self.message.error(tr("请先选中一行"))
            return
        self._write(tr("删除资料库记录"), lambda lib: remove_record(lib, part, index))

    def _write(self, title: str, edit: Callable[[Library], Library], *, undoing: bool = False) -> None:
        def work(_progress: object, _cancel: object) -> tuple[Library, Library]:
            return self.services.library.change(edit)

        def done(result: tuple[Library, Library]) -> None:
            before, self.library = result
            if not undoing:
                self.undo_stack.append(before)
            self.undo_button.setEnabled(bool(self.undo_stack))
            self._fill()
            self.message.ok(tr("已撤销") if undoing else tr("已保存"))

        self.runner.write(title, work, done, lambda exc: self.message.error(exc))

    def undo(self) -> None:
        if not self.undo_stack:
            self.message.ok(tr("没有可撤销的修改了"))
            return
        previous = self.undo_stack.pop()
        self._write(tr("撤销资料库修改"), lambda _lib: previous, undoing=True)
