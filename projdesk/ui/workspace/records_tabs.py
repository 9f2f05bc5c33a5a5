"""文档 and 历史 tabs: generated documents (open the file) and the change history (with undo)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from projdesk.domain.catalog import STEPS
from projdesk.storage import dto
from projdesk.storage.services.steps import step_record_id
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import InlineMessage, date_text, tr
from projdesk.ui.labels import history_kind_text
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.history_words import field_words, reason_words, value_words

DOCUMENT_NAMES = {
    "initiation": QT_TR_NOOP("立项申请表"),
    "research": QT_TR_NOOP("调研报告"),
    "proposal": QT_TR_NOOP("建议方案"),
    "solution": QT_TR_NOOP("解决方案"),
    "bid": QT_TR_NOOP("投标书"),
    "slides": QT_TR_NOOP("讲解幻灯片"),
    "contract": QT_TR_NOOP("合同"),
    "handover": QT_TR_NOOP("项目移交单"),
    "weekly": QT_TR_NOOP("周进度总结表"),
    "quotes": QT_TR_NOOP("报价日志"),
    "log": QT_TR_NOOP("进展日志"),
}


class DocumentsTab(QWidget):
    export_requested = Signal(str)  # "quotes" or "log": the Excel logs of this opportunity
    record_requested = Signal(str, str, str)  # "edit"/"delete", "document", id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = RecordTable(
            [
                tr(h)
                for h in (
                    QT_TR_NOOP("文档"),
                    QT_TR_NOOP("版本"),
                    QT_TR_NOOP("生成时间"),
                    QT_TR_NOOP("文件"),
                    QT_TR_NOOP("说明"),
                )
            ]
        )
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.open_button = QPushButton(tr("打开文件"))
        self.open_button.clicked.connect(self.open_selected)
        self.folder_button = QPushButton(tr("打开所在文件夹"))
        self.folder_button.clicked.connect(lambda: self.open_selected(folder=True))
        self.quote_log_button = QPushButton(tr("导出报价日志"))
        self.quote_log_button.clicked.connect(lambda: self.export_requested.emit("quotes"))
        self.progress_log_button = QPushButton(tr("导出进展日志"))
        self.progress_log_button.clicked.connect(lambda: self.export_requested.emit("log"))
        self.edit_button = QPushButton(tr("修改说明…"))
        self.edit_button.setObjectName("editDocument")
        self.edit_button.clicked.connect(lambda: self._request("edit"))
        self.delete_button = QPushButton(tr("从列表删除"))
        self.delete_button.setObjectName("deleteDocument")
        self.delete_button.clicked.connect(self.delete_selected)
        self.message = InlineMessage()
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.quote_log_button)
        row.addWidget(self.progress_log_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(row)
        lay.addWidget(self.message)
        self._paths: dict[str, str] = {}

    def load(self, documents: list[dto.DocumentView]) -> None:
        self._paths = {d.id: d.file_path for d in documents}
        rows = [
            (
                d.id,
                [
                    tr(DOCUMENT_NAMES.get(d.kind, d.kind)),
                    f"v{d.version}",
                    date_text(d.generated_at),
                    d.file_path,
                    d.note,
                ],
            )
            for d in reversed(documents)
        ]
        self.table.fill(rows)

    def delete_selected(self) -> None:
        self._request("delete")

    def _request(self, action: str) -> None:
        record_id = self.table.selected_id()
        if record_id is None:
            self.message.error(tr("请先选中一个文档"))
            return
        self.message.clear_message()
        self.record_requested.emit(action, "document", record_id)

    def open_selected(self, folder: bool = False) -> bool:
        path = self._paths.get(self.table.selected_id() or "")
        if not path:
            self.message.error(tr("请先选中一个文档"))
            return False
        target = Path(path).parent if folder else Path(path)
        if not target.exists():
            self.message.error(tr("文件不在了：%s（可能已被移动或删除，可重新生成）") % path)
            return False
        self.message.clear_message()
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


class HistoryTab(QWidget):
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = RecordTable(
            [
                tr(h)
                for h in (
                    QT_TR_NOOP("时间"),
                    QT_TR_NOOP("谁"),
                    QT_TR_NOOP("操作"),
                    QT_TR_NOOP("内容"),
                    QT_TR_NOOP("原值"),
                    QT_TR_NOOP("新值"),
                    QT_TR_NOOP("原因"),
                )
            ]
        )
        self.undo_button = QPushButton(tr("撤销上一次修改 (Ctrl+Z)"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_requested)
        self.message = InlineMessage()
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(QLabel(tr("只撤销本机做的修改，按时间从新到旧。")))
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addLayout(row)
        lay.addWidget(self.message)

    def load(self, opp_id: str, history: list[dto.HistoryView]) -> None:
        letters = {step_record_id(opp_id, letter): letter for letter in STEPS}
        rows = []
        for h in sorted(history, key=lambda e: e.at, reverse=True):
            letter = letters.get(h.entity_id) if h.entity == "step_records" else None
            rows.append(
                (
                    h.id,
                    [
                        date_text(h.at),
                        h.actor,
                        history_kind_text(h.kind),
                        field_words(h, letters),
                        value_words(h, h.old, letter),
                        value_words(h, h.new, letter),
                        reason_words(h),
                    ],
                )
            )
        self.table.fill(rows)
