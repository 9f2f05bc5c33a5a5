"""帮助 › 快捷键一览 (F1): every action of the menus with its key, read from the actions themselves
(a typed list would drift from the keys the window really has)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from projdesk.ui.common.widgets import em


def menu_title(menu: QMenu) -> str:
    """ "文件(&F)" → "文件", "&File" → "File": the title without its mnemonic."""
    title = menu.title()
    if "(&" in title:
        title = title[: title.index("(&")]
    return title.replace("&", "").strip()


def shortcut_rows(bar: QMenuBar) -> list[tuple[str, list[tuple[str, str]]]]:
    """Per menu, its visible actions and their primary keys (a platform's extra bindings, like
    the keyboard's own Undo key, are left out: they would bury the one to learn)."""
    rows = []
    for top in bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):
            continue
        entries = []
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible() or not isinstance(action, QAction):
                continue
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            entries.append((action.text().removesuffix("…"), keys))
        rows.append((menu_title(menu), entries))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("快捷键一览"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcutsTree")
        self.tree.setHeaderLabels([self.tr("操作"), self.tr("快捷键")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.NoSelection)  # a list to read, not to pick from
        for title, entries in shortcut_rows(bar):
            group = QTreeWidgetItem([title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            for text, keys in entries:
                group.addChild(QTreeWidgetItem([text, keys]))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        # Tall enough for most of the list, never taller than the screen it opens on.
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        key_width = max(
            (self.fontMetrics().horizontalAdvance(k) for _t, e in shortcut_rows(bar) for _x, k in e),
            default=0,
        )
        wide = self.tree.columnWidth(0) + key_width + em(self, 4)  # both columns, the frame and a scroll bar
        self.resize(
            min(max(wide, em(self, 24)), screen.width()), min(em(self, 44), int(screen.height() * 0.85))
        )
