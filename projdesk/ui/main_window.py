"""The main window: menus, navigation, pages, toolbar, search box and status bar (from forms/).

Every action is declared in forms/main_window.ui (its text, menu and own key); the keys that
have a platform convention take it here (STANDARD_KEYS), the icons come from one table
(ACTION_ICONS), and every tooltip ends with the action's key. Features connect the actions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QWidget

from projdesk.ui.common import dialogs, icons
from projdesk.ui.common.widgets import shortcut_tip
from projdesk.ui.forms.ui_main_window import Ui_MainWindow
from projdesk.ui.window_fit import WindowFitter, settings_path

PAGES = ("board", "customers", "activities", "agenda", "reports", "sync")
PAGE_ACTIONS = (
    "actionShowBoard",
    "actionShowCustomers",
    "actionShowActivities",
    "actionShowAgenda",
    "actionShowReports",
    "actionShowSync",
)

# The platform's own key where it has one (Ctrl+W is Close, as everywhere: not the weekly report).
STANDARD_KEYS = {
    "actionNewOpportunity": QKeySequence.StandardKey.New,
    "actionOpenOpportunity": QKeySequence.StandardKey.Open,
    "actionCloseWorkspace": QKeySequence.StandardKey.Close,
    "actionUndo": QKeySequence.StandardKey.Undo,
    "actionRedo": QKeySequence.StandardKey.Redo,
    "actionFind": QKeySequence.StandardKey.Find,
    "actionQuit": QKeySequence.StandardKey.Quit,
    "actionShortcuts": QKeySequence.StandardKey.HelpContents,
}

ACTION_ICONS = {
    "actionNewOpportunity": "new",
    "actionOpenOpportunity": "open",
    "actionEditOpportunity": "edit",
    "actionCloseDeal": "close_deal",
    "actionDeleteOpportunity": "delete",
    "actionQuickLog": "log",
    "actionCloseWorkspace": "close",
    "actionImportSnapshot": "import_snapshot",
    "actionExportSnapshot": "export_snapshot",
    "actionWeeklyReport": "weekly",
    "actionExportWeekly": "export",
    "actionImportSheet": "sheet",
    "actionReminders": "reminders",
    "actionUndo": "undo",
    "actionRedo": "redo",
    "actionSettings": "settings",
    "actionBackups": "backups",
    "actionImportLibrary": "import",
    "actionExportLibrary": "library",
    "actionQuit": "quit",
    "actionFind": "search",
    "actionShowBoard": "board",
    "actionShowCustomers": "customers",
    "actionShowActivities": "activities",
    "actionShowAgenda": "agenda",
    "actionShowReports": "reports",
    "actionShowSync": "sync",
    "actionBatchDocuments": "documents",
    "actionShortcuts": "shortcuts",
    "actionAbout": "about",
}

# Shown by their icon alone on the toolbar (their tooltip names them and their key): the toolbar
# keeps its width at 1024 px and in English, where every label beside its icon would not fit.
TOOLBAR_ICON_ONLY = frozenset(
    {"actionImportSnapshot", "actionExportSnapshot", "actionSettings", "actionBatchDocuments"}
)

# Usable while the start-up picture of the board shows (the others wait for the database).
ALWAYS_ENABLED = frozenset({"actionFind", "actionQuit", "actionShortcuts", "actionAbout", *PAGE_ACTIONS})


def form_actions(window: MainWindow) -> dict[str, QAction]:
    """The actions forms/main_window.ui declares, by object name."""
    return {
        name: a for name, a in vars(window.ui).items() if name.startswith("action") and isinstance(a, QAction)
    }


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
        self.setWindowIcon(icons.icon("app"))
        self._dress_actions()
        # Room for the longest page name beside its icon (English names are longer than 看板).
        nav, metrics = self.ui.navList, self.fontMetrics()
        nav.setIconSize(QSize(metrics.height(), metrics.height()))
        least = metrics.horizontalAdvance("看板看板")  # notr: a width
        widest = max([least, *(metrics.horizontalAdvance(nav.item(i).text()) for i in range(nav.count()))])
        nav.setFixedWidth(widest + metrics.height() + 32)
        nav.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        nav.setCurrentRow(0)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(
            shortcut_tip(self.tr("搜索客户、项目、联系人"), self.ui.actionFind.shortcut())
        )
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
        self._pages: dict[str, QWidget] = {}
        # Opens at a size and place that fit this screen, and never grows past it.
        place = QSettings(str(settings_path(db_path)), QSettings.Format.IniFormat, self)
        self.fitter = WindowFitter(self, place)

    def _dress_actions(self) -> None:
        """Platform keys, icons and tooltips that name the key; the page actions and 退出."""
        for name, action in form_actions(self).items():
            if name in STANDARD_KEYS:
                action.setShortcuts(STANDARD_KEYS[name])
            if name in ACTION_ICONS:
                action.setIcon(icons.icon(ACTION_ICONS[name]))
            action.setToolTip(shortcut_tip(action.text().removesuffix("…"), action.shortcut()))
            if name in TOOLBAR_ICON_ONLY:  # Qt: a low-priority action shows no text beside its icon
                action.setPriority(QAction.Priority.LowPriority)
        for row, name in enumerate(PAGE_ACTIONS):
            action = getattr(self.ui, name)
            item = self.ui.navList.item(row)
            item.setIcon(action.icon())
            item.setToolTip(action.toolTip())
            action.triggered.connect(lambda _checked=False, key=PAGES[row]: self.show_page(key))
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        self.ui.actionAbout.triggered.connect(self.show_about)

    def show_shortcuts(self) -> None:
        """帮助 › 快捷键一览 (F1): every menu's actions and keys, read from the menus themselves."""
        from projdesk.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.menuBar(), self)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

    def show_about(self) -> None:
        from projdesk import __version__

        text = self.tr(
            "ProjDesk 项目运作助手 %1\n按公司的项目运作方法跟进售前商机。\n\n图标：Lucide（ISC 许可证）。"
        ).replace("%1", __version__)
        dialogs.inform(self, self.tr("关于 ProjDesk"), text)

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
        """The page ``key``, also over the opportunity workspace (which is outside the navigation)."""
        self.ui.navList.setCurrentRow(PAGES.index(key))
        self.ui.pages.setCurrentIndex(PAGES.index(key))
