"""文件 › 备份与恢复…: the database's backups (time, reason, size), 立即备份 and 恢复所选; and, at
start, the offer to restore the newest good backup when the database is damaged.

After a restore the app closes and asks to be started again: every page holds data read from
the replaced file, and a fresh start is the one reload that is sure to be complete.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.display import local_moment
from projdesk.storage.backups import BackupInfo, list_backups, make_backup, size_text
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.labels import backup_reason_text, day_words, error_text

if TYPE_CHECKING:
    from projdesk.storage.restore import Restored
    from projdesk.storage.services import Services
    from projdesk.ui.main_window import MainWindow


def when_text(backup: BackupInfo) -> str:
    """Local time with seconds: two backups a minute apart must read apart (12月1日 09:00:05)."""
    local = local_moment(backup.taken_at)
    return f"{day_words(local.date(), relative=False)} {local:%H:%M:%S}"


class BackupDialog(QDialog):
    """Lists the backups; backs up and restores on its own task runner (off the GUI thread)."""

    restored = Signal(object)  # the Restored record: the app should close now

    def __init__(self, parent: QWidget | None, services: Services) -> None:
        super().__init__(parent)
        self.services = services
        self.db_path = services.db.path
        self.backups: list[BackupInfo] = []
        self.runner = Runner(self)  # recovery runs before the app (and its runner) is wired
        self.setWindowTitle(self.tr("备份与恢复"))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("原因"), self.tr("大小")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("立即备份"), self)
        self.restore_button = QPushButton(self.tr("恢复所选"), self)
        close_button = QPushButton(self.tr("关闭"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        close_button.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("备份保存在数据库旁的 backups 文件夹：%s") % self.db_path.parent, self)
        )
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        sample = "0000-00-00 00:00:00  损坏的原文件  000.0 MB"  # notr: a width
        width = self.fontMetrics().horizontalAdvance(sample)
        self.resize(width + 80, self.fontMetrics().height() * 24)
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.db_path)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (when_text(backup), backup_reason_text(backup.reason), size_text(backup.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(backup.path))
                self.table.setItem(row, column, item)
        if not self.backups:
            self.status.setText(self.tr("还没有备份"))
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self._busy(self.runner.busy)

    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)

    def back_up_now(self) -> None:
        if self.runner.busy:
            return
        self._busy(True)
        path = self.db_path
        self.runner.write(
            self.tr("正在备份…"),
            lambda progress, cancel: make_backup(path, "manual"),
            self._backed_up,
            self._failed,
        )

    def _backed_up(self, target: Path) -> None:
        self.refresh()
        self._busy(False)
        self.status.setText(self.tr("已备份：%s") % target)

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None or self.runner.busy:
            return
        question = self.tr(
            "用 %1 的备份（%2）替换当前数据库？\n当前数据库会先备份。恢复后 ProjDesk 会关闭，请重新打开。"
        )
        question = question.replace("%1", when_text(backup)).replace("%2", backup_reason_text(backup.reason))
        if not dialogs.ask_yes_no(self, self.tr("恢复备份"), question):
            return
        from projdesk.storage.restore import restore_database

        self.services.db.engine.dispose()  # our own pooled connections would hold the file
        self._busy(True)
        path, source = self.db_path, backup.path
        self.runner.write(
            self.tr("正在恢复…"),
            lambda progress, cancel: restore_database(path, source),
            self._restored,
            self._failed,
        )

    def _restored(self, done: Restored) -> None:
        dialogs.inform(
            self,
            self.tr("已恢复"),
            self.tr("已恢复备份。恢复前的数据库已保存到 backups 文件夹。\nProjDesk 现在关闭，请重新打开。"),
        )
        self.restored.emit(done)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.refresh()
        self.status.setText(_error_text(error))


def _error_text(error: BaseException) -> str:
    from projdesk.domain.errors import ProjDeskError

    if isinstance(error, ProjDeskError):
        return error_text(error)
    if isinstance(error, OSError) and error.strerror:
        return QCoreApplication.translate("BackupDialog", "操作失败：%s") % error.strerror
    return QCoreApplication.translate("BackupDialog", "操作失败：%s") % type(error).__name__


def install_backups(window: MainWindow, services: Services) -> None:
    """文件 › 备份与恢复…; a restore closes the app (see the module's docstring)."""
    action = window.ui.actionBackups

    def show() -> None:
        dialog = BackupDialog(window, services)
        dialog.restored.connect(lambda _done: _close_after_restore(window))
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

    action.triggered.connect(show)


def _close_after_restore(window: MainWindow) -> None:
    window.database_replaced.emit()
    window.close()


def offer_newest_backup(parent: QWidget | None, db_path: Path, problem: str) -> bool:
    """The database is damaged: say so plainly and offer the newest good backup. True when one
    was restored (open the database again)."""
    from projdesk.storage.backups import newest_good_backup
    from projdesk.storage.restore import restore_database

    title = QCoreApplication.translate("BackupDialog", "数据库已损坏")
    backup = newest_good_backup(db_path)
    if backup is None:
        dialogs.warn(
            parent, title, QCoreApplication.translate("BackupDialog", "%s\n没有可用的完好备份。") % problem
        )
        return False
    question = QCoreApplication.translate(
        "BackupDialog",
        "%1\n\n最新的完好备份：%2（%3）。\n要用它恢复吗？损坏的文件会先保存到 backups 文件夹。",
    )
    question = question.replace("%1", problem).replace("%2", when_text(backup))
    question = question.replace("%3", backup_reason_text(backup.reason))
    if not dialogs.ask_yes_no(parent, title, question):
        return False
    try:
        restore_database(db_path, backup.path)
    except Exception as exc:
        dialogs.warn(parent, QCoreApplication.translate("BackupDialog", "恢复失败"), _error_text(exc))
        return False
    return True


def open_or_recover(path: Path, parent: QWidget | None = None, offer: bool = True) -> Any:
    """``Services.open(path)``; a damaged database is offered its newest good backup (unless
    ``offer`` is False: a start that must not wait for an answer, like ``--exit-after-show``).
    The day's backup is left to the caller (``Startup`` runs it off the GUI thread)."""
    from projdesk.domain.errors import DatabaseDamaged
    from projdesk.storage.services import Services

    try:
        return Services.open(path, daily_backup=False)
    except DatabaseDamaged as exc:
        if not offer or not offer_newest_backup(parent, path, error_text(exc)):
            raise
    return Services.open(path, daily_backup=False)
