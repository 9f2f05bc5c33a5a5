"""Before a customer document is made: what it lacks, where to fill it, and 仍然生成 (generate anyway).

A double-click on a gap asks to go where it is filled (a step of the opportunity, or the
material library in 设置); the dialog then closes without generating.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from projdesk.deliverables.context import KIND_TITLES
from projdesk.deliverables.preflight import Preflight
from projdesk.ui.labels import gap_label, gap_where, notice_text

__all__ = ["TARGET_ROLE", "PreflightDialog"]

TARGET_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # "step:Q", "library:company", "contract"


def tr(text: str) -> str:
    return QCoreApplication.translate("PreflightDialog", text)


class PreflightDialog(QDialog):
    go_to = Signal(str)  # where a gap is filled (Gap.target)

    def __init__(self, check: Preflight, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preflightDialog")
        title = tr(KIND_TITLES.get(check.kind, check.kind))
        self.setWindowTitle(tr("生成前检查：%s") % title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("%s还缺少以下 %d 项资料。双击一项前往填写；仍然生成时，缺项处标为“【待填：…】”。")
            % (title, len(check.lines))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.gaps = QListWidget()
        self.gaps.setObjectName("preflightGaps")
        for gap in check.distinct_gaps():
            item = QListWidgetItem(f"{gap_label(gap)} — {gap_where(gap)}")  # notr: worded by labels
            item.setData(TARGET_ROLE, gap.target)
            self.gaps.addItem(item)
        self.gaps.itemDoubleClicked.connect(self._go)
        layout.addWidget(self.gaps, 1)
        for warning in check.warnings:
            note = QLabel(notice_text(warning))
            note.setWordWrap(True)
            note.setObjectName("preflightWarning")
            layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        anyway = buttons.addButton(tr("仍然生成"), QDialogButtonBox.ButtonRole.AcceptRole)
        anyway.setObjectName("generateAnyway")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _go(self, item: QListWidgetItem) -> None:
        self.go_to.emit(str(item.data(TARGET_ROLE)))
        self.reject()
