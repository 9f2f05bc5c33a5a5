"""附件 tab: the files attached to the opportunity and its steps (a tender file, business cards).

Adding copies the file on the write worker (a scanned tender can be large); a file dragged from
the desktop onto the tab is attached the same way. Opening shows a read-only copy under the
file's own name; 另存为… writes a copy to edit. A delete is undone like any other change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from projdesk.domain.catalog import STEPS
from projdesk.domain.errors import ProjDeskError
from projdesk.storage import dto
from projdesk.storage.backups import size_text
from projdesk.storage.services import Services
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import InlineMessage, tr
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.tab_writes import write_for_opportunity

HEADERS = (
    QT_TR_NOOP("文件名"),
    QT_TR_NOOP("大小"),
    QT_TR_NOOP("步骤"),
    QT_TR_NOOP("说明"),
    QT_TR_NOOP("添加时间"),
    QT_TR_NOOP("添加人"),
)


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (folders and web links are not attachments)."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file()]


class AttachmentsTab(QWidget):
    undo_requested = Signal()  # the workspace's undo (Ctrl+Z): brings a deleted attachment back
    counted = Signal(int)  # how many attachments the opportunity has, for the tab's title

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.opp_id = ""
        self._shown: dict[str, dto.AttachmentView] = {}
        self.setAcceptDrops(True)
        self.table = RecordTable([tr(h) for h in HEADERS], numeric=(1,))
        self.table.setObjectName("attachmentsTable")
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.hint = QLabel(tr("把文件从桌面拖到这里即可附加（招标文件、名片照片…）"))
        self.hint.setObjectName("attachmentsHint")
        self.step = QComboBox()
        self.step.setObjectName("attachmentStep")
        self.step.addItem(tr("属于商机"), "")
        for letter, spec in STEPS.items():
            self.step.addItem(f"{letter} {tr(spec.title)}", letter)
        self.note = QLineEdit()
        self.note.setObjectName("attachmentNote")
        self.note.setPlaceholderText(tr("说明（可选），如：招标文件第二版"))
        self.add_button = QPushButton(tr("添加…"))
        self.add_button.setObjectName("addAttachment")
        self.add_button.clicked.connect(self.choose_and_add)
        self.open_button = QPushButton(tr("打开"))
        self.open_button.setObjectName("openAttachment")
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(tr("另存为…"))
        self.save_button.setObjectName("saveAttachment")
        self.save_button.clicked.connect(self.save_selected)
        self.note_button = QPushButton(tr("修改说明…"))
        self.note_button.setObjectName("noteAttachment")
        self.note_button.clicked.connect(self.edit_note)
        self.delete_button = QPushButton(tr("删除"))
        self.delete_button.setObjectName("deleteAttachment")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(tr("撤销删除 (Ctrl+Z)"))
        self.undo_button.setObjectName("undoAttachment")
        self.undo_button.clicked.connect(self.undo_requested)
        self.undo_button.clicked.connect(self.undo_button.hide)
        self.undo_button.hide()
        self.message = InlineMessage()
        self.message.setObjectName("attachmentsMessage")

        adding = QHBoxLayout()
        adding.addWidget(QLabel(tr("所属")))
        adding.addWidget(self.step)
        adding.addWidget(self.note, 1)
        adding.addWidget(self.add_button)
        acting = QHBoxLayout()
        for button in (
            self.open_button,
            self.save_button,
            self.note_button,
            self.delete_button,
            self.undo_button,
        ):
            acting.addWidget(button)
        acting.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(self.table, 1)
        lay.addLayout(acting)
        lay.addLayout(adding)
        lay.addWidget(self.message)
        self._selection_changed()

    # -- showing -------------------------------------------------------------------------

    def load(self, opp_id: str) -> None:
        if opp_id != self.opp_id:
            self.message.clear_message()
            self.undo_button.hide()
        self.opp_id = opp_id
        found = self.services.attachments.list(opp_id)
        self._shown = {a.id: a for a in found}
        rows = [
            (
                a.id,
                [
                    a.file_name,
                    size_text(a.size),
                    a.step or "—",
                    a.note if a.held else tr("未随快照传送（%s 处有）") % a.added_by,
                    a.added_at_local.strftime("%Y-%m-%d %H:%M"),
                    a.added_by,
                ],
            )
            for a in found
        ]
        self.table.fill(rows)
        self._selection_changed()
        self.counted.emit(len(found))

    def select_step(self, letter: str) -> None:
        """New attachments go to ``letter`` (the step shown beside the tabs) until changed."""
        self.step.setCurrentIndex(max(0, self.step.findData(letter)))

    def _selected(self) -> dto.AttachmentView | None:
        return self._shown.get(self.table.selected_id() or "")

    def _selection_changed(self) -> None:
        chosen = self._selected()
        for button in (self.open_button, self.save_button):
            button.setEnabled(chosen is not None and chosen.held)
        self.note_button.setEnabled(chosen is not None)
        self.delete_button.setEnabled(chosen is not None)

    # -- adding --------------------------------------------------------------------------

    def choose_and_add(self) -> None:
        chosen = dialogs.open_file(self, tr("添加附件"), tr("所有文件 (*)"))
        if chosen:
            self.add_files([Path(chosen)])

    def add_files(self, paths: list[Path]) -> None:
        """Attach each file to the opportunity (or the chosen step), on the write worker."""
        if not self.opp_id or not paths:
            return
        opp_id, step, note = self.opp_id, str(self.step.currentData()), self.note.text()
        attachments = self.services.attachments

        def work() -> list[str]:
            return [attachments.add(opp_id, path, step=step, note=note) for path in paths]

        def written(_ids: Any) -> None:
            self.note.clear()

        done = tr("已附加：%s") % "、".join(p.name for p in paths)
        self._write(tr("正在附加文件…"), work, done, written)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.opp_id and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self.dragEnterEvent(event)  # type: ignore[arg-type]  # the same test for the same data

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if not self.opp_id or not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(files)

    # -- using ---------------------------------------------------------------------------

    def open_selected(self) -> bool:
        chosen = self._selected()
        if chosen is None:
            self.message.error(tr("请先选中一个附件"))
            return False
        try:
            copy = self.services.attachments.viewable_copy(chosen.id)
        except (ProjDeskError, OSError) as exc:  # not on this computer, or the disk refused
            self.message.error(exc)
            return False
        self.message.clear_message()
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

    def save_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            self.message.error(tr("请先选中一个附件"))
            return
        target = dialogs.save_file(self, tr("附件另存为"), chosen.file_name, tr("所有文件 (*)"))
        if not target:
            return
        attachments, att_id = self.services.attachments, chosen.id
        saved = tr("已另存为 %s") % target
        self._write(tr("正在保存附件…"), lambda: attachments.export(att_id, Path(target)), saved, None)

    def edit_note(self) -> None:
        chosen = self._selected()
        if chosen is None:
            self.message.error(tr("请先选中一个附件"))
            return
        text = dialogs.ask_text(self, tr("修改说明"), tr("%s 的说明：") % chosen.file_name, chosen.note)
        if text is None:
            return
        attachments, att_id = self.services.attachments, chosen.id
        self._write(tr("正在保存说明…"), lambda: attachments.set_note(att_id, text), tr("说明已修改"), None)

    def delete_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            self.message.error(tr("请先选中一个附件"))
            return
        attachments, att_id = self.services.attachments, chosen.id

        def deleted(_opp_id: Any) -> None:
            self.undo_button.show()

        done = tr("已删除附件：%s（Ctrl+Z 撤销）") % chosen.file_name
        self._write(tr("正在删除附件…"), lambda: attachments.delete(att_id), done, deleted)

    def _write(
        self, title: str, work: Callable[[], Any], done: str, written: Callable[[Any], None] | None
    ) -> None:
        write_for_opportunity(
            self.runner, self.message, self.opp_id, title, work, done, written or (lambda _r: None)
        )
