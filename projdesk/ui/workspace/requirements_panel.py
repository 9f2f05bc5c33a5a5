"""Step Q's tender requirements: import them, and answer each clause in place.

The response is chosen in its cell (响应/正偏离/负偏离/无偏离), the explanation and where it is
answered are typed in theirs; each change is one write on the app's runner. Unanswered ★ clauses
are counted above the table: step S cannot be completed while one is open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from projdesk.deliverables.bid_sections import bid_sections
from projdesk.deliverables.templates import find_template
from projdesk.domain.changes import OPPORTUNITY, Changes
from projdesk.domain.errors import ProjDeskError
from projdesk.domain.tender import RESPONSES, STAR, parse_pasted
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Progress, Runner
from projdesk.ui.common.widgets import InlineMessage
from projdesk.ui.translatable import QT_TRANSLATE_NOOP

__all__ = ["COLUMNS", "RequirementsPanel"]

ID_ROLE = int(Qt.ItemDataRole.UserRole)
RESPONSE_COLUMN, EXPLANATION_COLUMN, WHERE_COLUMN = 4, 5, 6
EDITED = {EXPLANATION_COLUMN: "explanation", WHERE_COLUMN: "answered_in"}


def tr(text: str) -> str:
    return QCoreApplication.translate("RequirementsPanel", text)


_C = "RequirementsPanel"
COLUMNS = (
    QT_TRANSLATE_NOOP(_C, "条款号"),
    QT_TRANSLATE_NOOP(_C, "标记"),
    QT_TRANSLATE_NOOP(_C, "类别"),
    QT_TRANSLATE_NOOP(_C, "招标要求"),
    QT_TRANSLATE_NOOP(_C, "应答"),
    QT_TRANSLATE_NOOP(_C, "说明"),
    QT_TRANSLATE_NOOP(_C, "投标文件位置"),
)
# The four answers (domain.tender.RESPONSES), listed for translation; stored in Chinese.
RESPONSE_TERMS = (
    QT_TRANSLATE_NOOP(_C, "响应"),
    QT_TRANSLATE_NOOP(_C, "正偏离"),
    QT_TRANSLATE_NOOP(_C, "负偏离"),
    QT_TRANSLATE_NOOP(_C, "无偏离"),
)
assert RESPONSE_TERMS == RESPONSES


class SectionPicker(QStyledItemDelegate):
    """投标文件位置 as a pick list of the bid's own numbered headings (四（三）产品与技术方案),
    still editable: a company template may answer in a place of its own."""

    def __init__(self, sections: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = sections

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: Any) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("sectionPicker")
        combo.setEditable(True)
        combo.addItems(self.sections())
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip())


class RequirementsPanel(QWidget):
    changed = Signal()  # after a write landed (the step pane's rules may now read differently)

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("requirementsPanel")
        self.services = services
        self.runner = runner
        self.opp_id = ""
        self.pasted = ""  # step Q's 招标要求 text, importable as lines
        self.rows: list[dto.RequirementView] = []
        self._filling = False
        self.summary = QLabel()
        self.summary.setObjectName("requirementsSummary")
        self.from_docx = QPushButton(tr("从招标文件导入…"))
        self.from_docx.setObjectName("requirementsFromDocx")
        self.from_docx.clicked.connect(self._import_docx)
        self.from_text = QPushButton(tr("导入“招标要求”栏的各行"))
        self.from_text.setObjectName("requirementsFromText")
        self.from_text.clicked.connect(self._import_text)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.from_docx)
        top.addWidget(self.from_text)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("requirementsTable")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemChanged.connect(self._text_edited)
        self.table.setItemDelegateForColumn(WHERE_COLUMN, SectionPicker(self.bid_sections, self.table))
        self.message = InlineMessage()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.table)
        lay.addWidget(self.message)

    # -- showing -------------------------------------------------------------------------

    def bid_sections(self) -> list[str]:
        """The numbered headings of the bid template in use (the company's, else the built-in)."""
        try:
            return bid_sections(find_template("bid", self.services.prefs.template_folder or None).path)
        except (ProjDeskError, OSError, ValueError, KeyError):
            return []  # an unreadable company template: the cell stays free text

    def show_for(self, opp_id: str, pasted: str = "") -> None:
        self.opp_id = opp_id
        self.pasted = pasted
        self.from_text.setEnabled(bool(pasted.strip()))
        self.fill(self.services.tender.requirements(opp_id))

    def fill(self, rows: list[dto.RequirementView]) -> None:
        self.rows = rows
        self._filling = True
        try:
            self.table.setRowCount(len(rows))
            for r, req in enumerate(rows):
                for c, text in enumerate((req.clause, req.mark, req.category, req.text)):
                    item = QTableWidgetItem(text)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setData(ID_ROLE, req.id)
                    if c == 3:
                        item.setToolTip(text)
                    self.table.setItem(r, c, item)
                combo = QComboBox()
                combo.setObjectName(f"response_{req.clause}")
                combo.addItem(tr("（未答复）"), "")
                for response in RESPONSES:
                    combo.addItem(tr(response), response)
                combo.setCurrentIndex(max(0, combo.findData(req.response)))
                combo.currentIndexChanged.connect(
                    lambda _i, rid=req.id, box=combo: self._save(rid, response=str(box.currentData()))
                )
                self.table.setCellWidget(r, RESPONSE_COLUMN, combo)
                for c, text in ((EXPLANATION_COLUMN, req.explanation), (WHERE_COLUMN, req.answered_in)):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, req.id)
                    self.table.setItem(r, c, item)
            self.table.resizeColumnsToContents()
            cap = self.fontMetrics().horizontalAdvance("中") * 18
            for c in range(self.table.columnCount() - 1):
                self.table.setColumnWidth(c, min(self.table.columnWidth(c), cap))
        finally:
            self._filling = False
        open_rows = [r for r in rows if not r.response]
        starred = [r for r in open_rows if r.mark == STAR]
        self.summary.setText(
            tr("招标要求 %d 条，未答复 %d 条（其中 ★ %d 条：答复前不能完成步骤 S）")
            % (len(rows), len(open_rows), len(starred))
            if rows
            else tr("尚无招标要求：从招标文件的表格导入，或把“招标要求”栏的各行导入为逐条记录。")
        )

    # -- writing -------------------------------------------------------------------------

    def _text_edited(self, item: QTableWidgetItem) -> None:
        key = EDITED.get(item.column())
        if self._filling or key is None:
            return
        self._save(str(item.data(ID_ROLE)), **{key: item.text()})

    def _save(self, requirement_id: str, **answer: str) -> None:
        services = self.services

        def work(_progress: Progress, _cancel: threading.Event) -> str:
            return services.tender.update(requirement_id, **answer)

        self.runner.write(
            tr("保存应答"),
            work,
            self._saved,
            self._failed,
            changes=lambda opp: Changes.of(OPPORTUNITY, [opp]),
        )

    def _import(self, read: Any) -> None:
        services, opp_id = self.services, self.opp_id

        def work(_progress: Progress, _cancel: threading.Event) -> str:
            services.tender.import_requirements(opp_id, read())
            return opp_id

        self.runner.write(
            tr("导入招标要求"),
            work,
            self._saved,
            self._failed,
            changes=lambda opp: Changes.of(OPPORTUNITY, [opp]),
        )

    def _import_docx(self) -> None:
        from projdesk.deliverables.tender_docx import read_tender_docx

        path = dialogs.open_file(self, tr("选择招标文件"), tr("Word 文件 (*.docx)"))
        if path:
            self._import(lambda: read_tender_docx(Path(path)))

    def _import_text(self) -> None:
        text = self.pasted
        self._import(lambda: parse_pasted(text))

    def _saved(self, opp_id: str) -> None:
        self.message.clear_message()
        if opp_id == self.opp_id:
            self.fill(self.services.tender.requirements(opp_id))
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ProjDeskError):
            self.message.error(exc)
        else:
            self.runner.report_failure(exc, self)  # a bug: the crash dialog
        if self.opp_id:
            self.fill(self.services.tender.requirements(self.opp_id))  # back to what is stored
