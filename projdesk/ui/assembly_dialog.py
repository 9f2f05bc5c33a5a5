"""文档组装: before a bid, proposal, solution or slides is made, the user reviews, picks and orders
the library's parts it carries (chapters, cases, qualifications, team).

One tab per group; each part a checkable row (the default choice checked and first), moved by
dragging or by 上移/下移. :meth:`AssemblyDialog.assembly` hands the choice to the deliverables
layer as data (deliverables.assembly.Assembly); nothing is stored.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from projdesk.deliverables.assembly import GROUPS, Assembly, Candidate
from projdesk.deliverables.context import KIND_TITLES
from projdesk.ui.common.widgets import em

__all__ = ["NAME_ROLE", "AssemblyDialog"]

NAME_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the part's name (a chapter's title…)


def tr(text: str) -> str:
    return QCoreApplication.translate("AssemblyDialog", text)


def _group_title(group: str) -> str:
    # The four titles spelled out for lupdate (a tr() of a variable is not collected).
    return {
        "chapters": tr("产品与服务章节"),
        "cases": tr("类似项目业绩"),
        "qualifications": tr("资格证明文件"),
        "team": tr("项目团队"),
    }[group]


class AssemblyDialog(QDialog):
    def __init__(self, kind: str, candidates: Sequence[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assemblyDialog")
        title = tr(KIND_TITLES.get(kind, kind))
        self.setWindowTitle(tr("文档组装：%s") % title)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr("勾选%s要用的资料库内容，拖动或用“上移/下移”排列顺序；已按商机的产品和客户行业预先选好。")
            % title
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.lists: dict[str, QListWidget] = {}
        for group in GROUPS:
            parts = [c for c in candidates if c.group == group]
            self.lists[group] = self._group_list(group, parts)
            page = QWidget()
            row = QHBoxLayout(page)
            row.addWidget(self.lists[group], 1)
            moves = QVBoxLayout()
            for text, step, name in ((tr("上移"), -1, "up"), (tr("下移"), 1, "down")):
                button = QPushButton(text)
                button.setObjectName(f"assembly_{group}_{name}")
                button.clicked.connect(lambda _c=False, g=group, s=step: self.move_part(g, s))
                moves.addWidget(button)
            moves.addStretch(1)
            row.addLayout(moves)
            chosen = sum(1 for c in parts if c.chosen)
            self.tabs.addTab(page, f"{_group_title(group)}（{chosen}/{len(parts)}）")
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        make = buttons.addButton(tr("生成"), QDialogButtonBox.ButtonRole.AcceptRole)
        make.setObjectName("assemblyGenerate")
        make.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(em(self, 40), em(self, 28))

    def _group_list(self, group: str, parts: Sequence[Candidate]) -> QListWidget:
        view = QListWidget()
        view.setObjectName(f"assembly_{group}")
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)  # order by dragging
        for part in parts:
            text = f"{part.name}　{part.detail}" if part.detail else part.name  # notr: the library's words
            item = QListWidgetItem(text)
            item.setData(NAME_ROLE, part.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if part.chosen else Qt.CheckState.Unchecked)
            view.addItem(item)
        if parts:
            view.setCurrentRow(0)
        return view

    def move_part(self, group: str, step: int) -> None:
        """Move the current part of ``group`` up (-1) or down (+1)."""
        view = self.lists[group]
        row = view.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < view.count():
            return
        item = view.takeItem(row)
        view.insertItem(target, item)
        view.setCurrentRow(target)

    def names(self, group: str) -> list[str]:
        """The checked parts of ``group``, in the order shown."""
        view = self.lists[group]
        items = [view.item(i) for i in range(view.count())]
        return [str(i.data(NAME_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def assembly(self) -> Assembly:
        return Assembly(**{group: tuple(self.names(group)) for group in GROUPS})
