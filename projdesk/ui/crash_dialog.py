"""The dialog an unexpected error shows: what happened, where the log is, details to copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from projdesk.ui.crash import log_location


class CrashDialog(QDialog):
    def __init__(self, parent: QWidget | None, summary: str, details: str, log: Path | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("意外错误"))
        self.details = details
        layout = QVBoxLayout(self)
        what = QLabel(summary, self)
        what.setWordWrap(True)
        layout.addWidget(what)
        where = QLabel(self.tr("详细信息已写入日志：%1").replace("%1", log_location(log)), self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path, to copy
        layout.addWidget(where)
        text = QPlainTextEdit(details, self)
        text.setReadOnly(True)
        layout.addWidget(text)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("复制详细信息"), self)
        self.copy_button.setAutoDefault(False)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)  # copies; the dialog stays open
        go_on = buttons.addButton(self.tr("继续工作"), QDialogButtonBox.ButtonRole.AcceptRole)
        go_on.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("已复制"))
