"""同步 page: import a colleague's snapshot (file dialog or drop on the window), export ours,
review conflicts and duplicate customers, and see the history of imports and exports.

Imports and exports run on the app's one runner (progress bar, cancel); the service does the rest:
validate everything, back up, merge in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.changes import ACTIVITY, ATTACHMENT, CONFLICT, CUSTOMER, OPPORTUNITY, Changes
from projdesk.storage.services import Services
from projdesk.sync.conflicts import Choice, ConflictView
from projdesk.sync.duplicates import DuplicateGroup
from projdesk.sync.export import Selection
from projdesk.sync.format import SUFFIX
from projdesk.sync.service import SyncEventView, SyncService
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Cancelled, Progress, Runner
from projdesk.ui.common.widgets import date_text, tree_children
from projdesk.ui.crash import failure_text
from projdesk.ui.labels import (
    clock_note,
    conflict_field_text,
    conflict_record_text,
    progress_in_words,
    table_text,
)
from projdesk.ui.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from projdesk.ui.main_window import MainWindow

SNAP_FILTER = QT_TRANSLATE_NOOP("SyncPage", "ProjDesk 快照 (*.pdsnap)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncPage", text)


def _show(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _tr("是") if value else _tr("否")
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)[:80]
    return str(value)


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PreviewDialog(QDialog):
    """What a snapshot holds before importing it; asks the passphrase when it is encrypted."""

    LABELS: ClassVar[dict[str, str]] = {
        "customers": QT_TRANSLATE_NOOP("SyncPage", "客户"),
        "contacts": QT_TRANSLATE_NOOP("SyncPage", "联系人"),
        "opportunities": QT_TRANSLATE_NOOP("SyncPage", "商机"),
        "activities": QT_TRANSLATE_NOOP("SyncPage", "日志"),
        "quotes": QT_TRANSLATE_NOOP("SyncPage", "报价"),
        "contracts": QT_TRANSLATE_NOOP("SyncPage", "合同"),
        "attachments": QT_TRANSLATE_NOOP("SyncPage", "附件"),
        "history": QT_TRANSLATE_NOOP("SyncPage", "变更记录"),
    }

    def __init__(self, info: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入快照"))
        layout = QVBoxLayout(self)
        counts = info["counts"]
        lines = [
            self.tr("来自：%s（设备 %s）") % (info["author"], info["device"][:8]),
            self.tr("导出时间：%s") % info["created_at"].replace("T", " ").rstrip("Z"),
            self.tr("内容：")
            + "   ".join(f"{_tr(label)} {counts.get(key, 0)}" for key, label in self.LABELS.items()),
        ]
        if counts.get("attachments"):
            lines.append(
                self.tr("附件的文件：%d 个随快照传送，%d 个超出发送方的大小上限，只有说明")
                % (info.get("files", 0), info.get("files_left_out", 0))
            )
        clock = clock_note(info.get("clock_skew_seconds", 0))
        if clock:  # the sender's clock runs ahead: say so before importing
            lines.append(clock)
        self.summary = QLabel("\n".join(lines), self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        form = QFormLayout()
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setVisible(info["encrypted"])
        if info["encrypted"]:
            form.addRow(self.tr("此快照已加密，口令："), self.passphrase)
        layout.addLayout(form)
        note = QLabel(self.tr("导入前会自动备份数据库；同一字段的并发修改会列入冲突，供您复核。"), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导入"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("字") * 36)


class ExportDialog(QDialog):
    """What to export (everything, mine, chosen ids, changes since a day) and an optional passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出快照"))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.everything = QRadioButton(self.tr("全部数据"), self)
        self.mine = QRadioButton(self.tr("我负责的商机"), self)
        self.chosen = QRadioButton(self.tr("指定的商机（ID，逗号分隔）"), self)
        self.since = QRadioButton(self.tr("自某日起的改动"), self)
        self.everything.setChecked(True)
        self.ids = QLineEdit(self)
        self.day = QDateEdit(QDate.currentDate().addDays(-7), self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        for button in (self.everything, self.mine, self.chosen, self.since):
            self.group.addButton(button)
        layout.addWidget(self.everything)
        layout.addWidget(self.mine)
        layout.addWidget(self.chosen)
        layout.addWidget(self.ids)
        row = QHBoxLayout()
        row.addWidget(self.since)
        row.addWidget(self.day)
        layout.addLayout(row)
        self.encrypt = QCheckBox(self.tr("用口令加密"), self)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("口令"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setPlaceholderText(self.tr("再输入一次"))
        layout.addWidget(self.encrypt)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.repeat)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("字") * 30)

    def selection(self, owner: str) -> Selection:
        if self.mine.isChecked():
            return Selection(mine=owner)
        if self.chosen.isChecked():
            return Selection(ids=[i.strip() for i in self.ids.text().split(",") if i.strip()])
        if self.since.isChecked():
            return Selection(since=dt.date.fromisoformat(self.day.date().toString("yyyy-MM-dd")))
        return Selection()

    def secret(self) -> str | None:
        return self.passphrase.text() if self.encrypt.isChecked() else None

    def check(self) -> str:
        if self.encrypt.isChecked():
            if len(self.passphrase.text()) < 6:
                return self.tr("口令至少 6 个字符")
            if self.passphrase.text() != self.repeat.text():
                return self.tr("两次输入的口令不一致")
        if self.chosen.isChecked() and not self.ids.text().strip():
            return self.tr("请填写要导出的商机 ID")
        return ""

    def _accept(self) -> None:
        problem = self.check()
        self.problem.setText(problem)
        if not problem:
            self.accept()


@dataclass(frozen=True)
class _Lists:
    """What the page lists, read together on the read worker."""

    conflicts: list[ConflictView]
    groups: list[DuplicateGroup]
    events: list[SyncEventView]


class SyncPage(QWidget):
    def __init__(self, window: MainWindow, services: Services, runner: Runner) -> None:
        """What this page writes (an import, a resolved conflict, merged customers) reaches the
        board and the other pages on the runner's bus."""
        super().__init__(window)
        self.window_ = window
        self.services = services
        self.sync = SyncService(services)
        self.runner = runner
        runner.changes_made.connect(self._changes_made)
        self.last_result: dict[str, Any] | None = None
        self.conflicts: list[ConflictView] = []  # as last read by refresh()
        self.groups: list[DuplicateGroup] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.import_button = QPushButton(self.tr("导入快照…"), self)
        self.export_button = QPushButton(self.tr("导出快照…"), self)
        self.import_button.clicked.connect(lambda: self.choose_and_import())
        self.export_button.clicked.connect(lambda: self.export_dialog())
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addStretch(1)
        layout.addLayout(top)
        self.message = QLabel(self.tr("可把同事的 .pdsnap 快照文件拖到窗口上导入。"), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        # Conflicts.
        conflicts = QWidget(self)
        c_layout = QVBoxLayout(conflicts)
        self.conflict_table = _table(
            [
                self.tr("记录"),
                self.tr("字段"),
                self.tr("我的"),
                self.tr("对方的"),
                self.tr("对方"),
                self.tr("时间"),
            ],
            conflicts,
        )
        c_layout.addWidget(self.conflict_table)
        row = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("保留我的"), conflicts)
        self.take_theirs = QPushButton(self.tr("采用对方的"), conflicts)
        self.edit_value = QPushButton(self.tr("编辑…"), conflicts)
        self.keep_mine.clicked.connect(lambda: self.resolve("mine"))
        self.take_theirs.clicked.connect(lambda: self.resolve("theirs"))
        self.edit_value.clicked.connect(lambda: self.resolve("edit"))
        for b in (self.keep_mine, self.take_theirs, self.edit_value):
            row.addWidget(b)
        row.addStretch(1)
        c_layout.addLayout(row)
        self.tabs.addTab(conflicts, self.tr("冲突"))
        # Duplicate customers.
        dupes = QWidget(self)
        d_layout = QVBoxLayout(dupes)
        self.duplicate_tree = QTreeWidget(dupes)
        self.duplicate_tree.setHeaderLabels(
            [self.tr("客户"), self.tr("商机"), self.tr("联系人"), self.tr("统一社会信用代码")]
        )
        self.duplicate_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        d_layout.addWidget(self.duplicate_tree)
        row = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("把同组其他客户并入所选客户"), dupes)
        self.merge_button.clicked.connect(self.merge_selected)
        row.addWidget(self.merge_button)
        row.addStretch(1)
        d_layout.addLayout(row)
        self.tabs.addTab(dupes, self.tr("重复客户"))
        # History of imports and exports.
        self.history_table = _table(
            [self.tr("时间"), self.tr("方向"), self.tr("对方"), self.tr("文件"), self.tr("结果")], self
        )
        self.tabs.addTab(self.history_table, self.tr("导入导出记录"))
        self.refresh()

    # -- lists ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the conflicts, the duplicate scan (0.14 s at 10,000) and the history on the read
        worker; the lists are filled when they arrive (the newest read wins)."""
        sync = self.sync
        self.runner.query(
            "sync-page", lambda: _Lists(sync.conflicts(), sync.duplicates(), sync.events()), self._show_lists
        )

    def _changes_made(self, changes: Changes) -> None:
        """The bus: customers or conflicts named elsewhere may change the lists shown here."""
        named = [changes.ids(kind) for kind in (CUSTOMER, CONFLICT)]
        if any(ids is None or ids for ids in named):
            self.refresh()

    def _show_lists(self, lists: _Lists) -> None:
        self.conflicts = lists.conflicts
        table = self.conflict_table
        table.setRowCount(len(self.conflicts))
        for r, c in enumerate(self.conflicts):
            cells = [
                conflict_record_text(c),
                f"{table_text(c.entity)} · {conflict_field_text(c)}",
                _show(c.mine),
                _show(c.theirs),
                c.theirs_by,
                max(c.lost_at, c.kept_at),
            ]
            for col, text in enumerate(cells):
                table.setItem(r, col, QTableWidgetItem(text))
        self.tabs.setTabText(0, self.tr("冲突 (%d)") % len(self.conflicts))
        for b in (self.keep_mine, self.take_theirs, self.edit_value):
            b.setEnabled(bool(self.conflicts))

        self.groups = lists.groups
        tree = self.duplicate_tree
        tree.clear()
        for g in self.groups:
            why = self.tr("统一社会信用代码相同") if g.reason == "credit_code" else self.tr("名称相同")
            head = QTreeWidgetItem([f"{why}：{g.customers[0].name}"])
            head.setFlags(head.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            for customer in g.customers:
                item = QTreeWidgetItem(
                    [
                        customer.name,
                        str(customer.opportunities),
                        str(customer.contacts),
                        customer.credit_code or "",
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, customer.id)
                head.addChild(item)
            tree.addTopLevelItem(head)
            head.setExpanded(True)
        self.tabs.setTabText(1, self.tr("重复客户 (%d)") % len(self.groups))
        self.merge_button.setEnabled(bool(self.groups))

        events = lists.events
        table = self.history_table
        table.setRowCount(len(events))
        for r, e in enumerate(events):
            s = e.summary
            if e.direction == "import":
                result = self.tr("新增 %d，更新 %d，冲突 %d") % (
                    s.get("added", 0),
                    s.get("updated", 0),
                    s.get("conflicts", 0),
                )
            else:
                result = self.tr("商机 %d") % s.get("counts", {}).get("opportunities", 0)
            cells = [
                date_text(e.at),
                self.tr("导入") if e.direction == "import" else self.tr("导出"),
                e.peer_author,
                Path(e.file_name).name,
                result,
            ]
            for col, text in enumerate(cells):
                table.setItem(r, col, QTableWidgetItem(text))
        self.update_status(events)

    def update_status(self, events: list[Any] | None = None) -> None:
        label = self.window_.status_sync
        events = self.sync.events(limit=20) if events is None else events
        parts = []
        last_in = next((e for e in events if e.direction == "import"), None)
        last_out = next((e for e in events if e.direction == "export"), None)
        if last_in:
            parts.append(self.tr("上次导入 %s（%s）") % (date_text(last_in.at), last_in.peer_author))
        if last_out:
            parts.append(self.tr("上次导出 %s") % date_text(last_out.at))
        if self.conflicts:
            parts.append(self.tr("待处理冲突 %d") % len(self.conflicts))
        label.setText("；".join(parts))

    # -- import --------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        path = dialogs.open_file(self, self.tr("选择快照文件"), _tr(SNAP_FILTER))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Read what the snapshot holds on the read worker (its checks take a while at 10,000
        opportunities), then preview it and import on the write worker. False when another
        write is under way."""
        if self.runner.busy:
            return False
        sync = self.sync

        def refused(exc: BaseException) -> None:
            text = failure_text(exc)
            if text is not None:
                self.show_message(text, error=True)
                dialogs.warn(self, self.tr("无法导入"), text)

        self.runner.query(
            "snapshot-preview", lambda: sync.inspect(path), partial(self._preview, path), refused
        )
        return True

    def _preview(self, path: Path, info: dict[str, Any]) -> None:
        dialog = PreviewDialog(info, self)
        if dialogs.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        passphrase = dialog.passphrase.text() or None

        def work(progress: Progress, cancel: threading.Event) -> dict[str, Any]:
            return self.sync.import_snapshot(path, passphrase, progress=progress_in_words(progress))

        self.show_page()
        # A merge touches any number of rows beyond the writer: every view reloads what it shows.
        everything = Changes.all_of(OPPORTUNITY, CUSTOMER, ACTIVITY, CONFLICT, ATTACHMENT)
        self.runner.write(
            self.tr("正在导入快照…"), work, self._imported, self._failed, changes=lambda _r: everything
        )

    def _imported(self, result: dict[str, Any]) -> None:
        self.last_result = result
        text = self.tr("已导入 %s 的快照：新增 %d，更新 %d，未变 %d，冲突 %d") % (
            result["from"]["author"],
            result["added"],
            result["updated"],
            result["unchanged"],
            result["conflicts"],
        )
        if result.get("revived"):
            text += self.tr("，恢复被删除的记录 %d") % result["revived"]
        if result.get("restamped"):
            text += self.tr("，发送方时钟超前，%d 处修改已按本机时间重新记时") % result["restamped"]
        if result.get("duplicates"):
            text += self.tr("。发现 %d 组疑似重复的客户，请在“重复客户”中处理") % result["duplicates"]
        left = result.get("files_not_sent") or []
        if left:
            holders = "、".join(dict.fromkeys(item["holder"] for item in left))
            text += self.tr("。%d 个附件未随快照传送（在 %s 处）") % (len(left), holders)
        self.show_message(text)  # the lists are being read again: the bus named the conflicts
        if result["conflicts"]:
            self.tabs.setCurrentIndex(0)
        elif result.get("duplicates"):
            self.tabs.setCurrentIndex(1)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.show_message(self.tr("已取消，数据库未改动。"))
            return
        text = failure_text(exc)
        if text is None:  # a bug: the crash dialog has shown it
            self.show_message(self.tr("操作未完成：发生了意外错误，详情已写入日志。"), error=True)
            return
        self.show_message(text, error=True)
        dialogs.warn(self, self.tr("操作失败"), text)

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020" if error else "")
        self.message.setText(text)

    def show_page(self) -> None:
        self.window_.show_page("sync")

    # -- export --------------------------------------------------------------------------

    def export_dialog(self) -> bool:
        if self.runner.busy:
            return False
        dialog = ExportDialog(self)
        if dialogs.run_dialog(dialog) != QDialog.DialogCode.Accepted or dialog.check():
            return False
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M")
        suggested = f"{self.services.prefs.user_name}-{stamp}{SUFFIX}"
        target = dialogs.save_file(self, self.tr("保存快照"), suggested, _tr(SNAP_FILTER))
        if not target:
            return False
        path = Path(target)
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        selection = dialog.selection(self.services.prefs.user_name)
        secret = dialog.secret()

        def work(progress: Progress, cancel: threading.Event) -> dict[str, Any]:
            return self.sync.export(path, selection, secret, progress_in_words(progress))

        def done(info: dict[str, Any]) -> None:
            counts = info["counts"]
            text = self.tr("已导出 %s：商机 %d，客户 %d，日志 %d") % (
                path.name,
                counts["opportunities"],
                counts["customers"],
                counts["activities"],
            )
            if info.get("files_left_out"):
                text += self.tr("。%d 个附件超出大小上限，只传送了说明") % info["files_left_out"]
            self.show_message(text)
            self.refresh()

        self.runner.write(self.tr("正在导出快照…"), work, done, self._failed)
        return True

    # -- review --------------------------------------------------------------------------

    def resolve(self, choice: Choice) -> None:
        row = self.conflict_table.currentRow()
        if not 0 <= row < len(self.conflicts):
            self.show_message(self.tr("请先在列表中选择一个冲突"), error=True)
            return
        conflict = self.conflicts[row]
        text = None
        if choice == "edit":
            text = dialogs.ask_text(
                self,
                self.tr("编辑"),
                self.tr("%s 的新值：") % conflict_field_text(conflict),
                _show(conflict.kept),
            )
            if text is None:
                return
        sync = self.sync

        def work(_progress: Progress, _cancel: threading.Event) -> str:
            return sync.resolve(conflict.id, choice, text)

        def resolved(_result: str) -> None:  # the board has had the field from the bus
            self.show_message(
                self.tr("已处理：%s · %s") % (conflict_record_text(conflict), conflict_field_text(conflict))
            )
            self.refresh()

        self.runner.write(self.tr("正在处理冲突…"), work, resolved, self._refused)

    def merge_selected(self) -> None:
        item = self.duplicate_tree.currentItem()
        keep_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        head = item.parent() if item is not None else None
        if not keep_id or item is None or head is None:
            self.show_message(self.tr("请先在一组中选择要保留的客户"), error=True)
            return
        others = [child.data(0, Qt.ItemDataRole.UserRole) for child in tree_children(head)]
        others = [o for o in others if o != keep_id]
        question = self.tr("把 %d 个重复客户的联系人和商机并入“%s”？被并入的客户将被删除。") % (
            len(others),
            item.text(0),
        )
        if not dialogs.ask_yes_no(self, self.tr("合并客户"), question):
            return
        sync, name = self.sync, item.text(0)

        def work(_progress: Progress, _cancel: threading.Event) -> None:
            for other in others:
                sync.merge_customers(keep_id, other)

        def merged(_result: None) -> None:  # the board has had the re-parented cards from the bus
            self.show_message(self.tr("已合并到“%s”") % name)
            self.refresh()

        self.runner.write(self.tr("正在合并客户…"), work, merged, self._refused)

    def _refused(self, exc: BaseException) -> None:
        """A refused resolve or merge: its one line here; the lists show what the database has."""
        text = failure_text(exc)
        if text is not None:
            self.show_message(text, error=True)
        self.refresh()


class _SnapshotDrop(QObject):
    """Accepts a .pdsnap file dropped anywhere on the main window."""

    def __init__(self, window: QMainWindow, page: SyncPage) -> None:
        super().__init__(window)
        self.page = page

    @staticmethod
    def snapshot_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
                return Path(url.toLocalFile())
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent)
            if self.snapshot_path(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = self.snapshot_path(event)
            if path is not None:
                event.acceptProposedAction()
                self.page.import_file(path)
                return True
        return False


def install_sync(window: MainWindow, services: Services, runner: Runner) -> SyncPage:
    """The 同步 page, its toolbar actions, and dropping snapshot files on the window."""
    page = SyncPage(window, services, runner)
    window.set_page("sync", page)
    ui = window.ui
    ui.actionImportSnapshot.triggered.connect(page.choose_and_import)
    ui.actionExportSnapshot.triggered.connect(page.export_dialog)
    window.setAcceptDrops(True)
    window.installEventFilter(_SnapshotDrop(window, page))
    return page
