"""The main window: navigation, pages, toolbar, search box and status bar (from forms/)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QWidget

from projdesk.ui.forms.ui_main_window import Ui_MainWindow

if TYPE_CHECKING:
    from projdesk.storage.services import Services
    from projdesk.ui.board.view import BoardWidget
    from projdesk.ui.pages.sync import SyncPage

PAGES = ("board", "customers", "activities", "reports", "sync")


class MainWindow(QMainWindow):
    """Pages are plugged in by ``projdesk.ui.app.build_main_window``."""

    search_changed = Signal(str)
    database_replaced = Signal()  # a backup was restored over the open database: close, keep no cache
    # Set by the install_* functions that build these pages (see projdesk.ui.app).
    board: BoardWidget
    sync_page: SyncPage

    def __init__(self, services: Services | None, db_path: Path | None = None) -> None:
        """``services`` may come later (start-up from the board cache): then ``db_path`` names the file."""
        super().__init__()
        self.services = services
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.navList.setFixedWidth(self.fontMetrics().horizontalAdvance("看板看板") + 32)  # notr: a width
        self.ui.navList.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navList.setCurrentRow(0)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("搜索客户、项目、联系人 (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(self.fontMetrics().horizontalAdvance("搜") * 24)
        self.search.textChanged.connect(self.search_changed)
        self.ui.mainToolBar.addSeparator()
        self.ui.mainToolBar.addWidget(self.search)
        self.addAction(self.ui.actionFind)
        self.ui.actionFind.triggered.connect(self._focus_search)
        self.status_db = QLabel(self)
        self.status_counts = QLabel(self)
        self.status_sync = QLabel(self)
        for label in (self.status_counts, self.status_sync, self.status_db):
            self.ui.statusBar.addPermanentWidget(label)
        self.status_db.setText(self.tr("数据库：%s") % (services.db.path if services else db_path))
        self.file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))  # features add their entries
        self._pages: dict[str, QWidget] = {}

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def set_page(self, key: str, widget: QWidget) -> None:
        """Put ``widget`` on the page ``key`` (one of PAGES)."""
        index = PAGES.index(key)
        container = self.ui.pages.widget(index)
        layout = container.layout() if container is not None else None
        if layout is None:  # every page of forms/main_window.ui has one
            raise LookupError(f"main_window.ui: page {key!r} has no layout")
        while layout.count():
            item = layout.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        self._pages[key] = widget

    def page(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    def show_page(self, key: str) -> None:
        self.ui.navList.setCurrentRow(PAGES.index(key))
