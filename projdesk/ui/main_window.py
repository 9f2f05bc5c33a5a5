"""The main window: navigation, pages, toolbar, search box and status bar (from forms/)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget

from projdesk.ui.forms.ui_main_window import Ui_MainWindow
from projdesk.ui.translatable import QT_TRANSLATE_NOOP

PAGES = ("board", "customers", "activities", "agenda", "reports", "sync")
# Pages the form does not hold yet: (key, navigation text); each is put in at its PAGES place.
CODE_PAGES = (("agenda", QT_TRANSLATE_NOOP("MainWindow", "日程")),)


class MainWindow(QMainWindow):
    """The frame every page is put into; ``projdesk.ui.app`` builds the pages and wires them.
    The window holds no feature: features are handed what they need by their constructors."""

    search_changed = Signal(str)
    database_replaced = Signal()  # a backup was restored over the open database: close, keep no cache

    def __init__(self, db_path: Path) -> None:
        """Built before the database is opened (the first paint may come from the board cache)."""
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._add_code_pages()
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
        self.status_db.setText(self.tr("数据库：%s") % db_path)
        self.file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))  # features add their entries
        self._pages: dict[str, QWidget] = {}

    def _add_code_pages(self) -> None:
        """A navigation row and an empty page (with its layout, as the form's pages have) for each
        page the form lacks, at its place in PAGES, so set_page and show_page treat all alike."""
        for key, text in CODE_PAGES:
            if self.ui.pages.count() >= len(PAGES):
                continue  # the form has every page already
            index = PAGES.index(key)
            container = QWidget()
            container.setObjectName(f"{key}Page")
            QVBoxLayout(container)
            self.ui.pages.insertWidget(index, container)
            self.ui.navList.insertItem(index, self.tr(text))

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
