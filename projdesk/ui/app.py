"""Application start-up: Qt setup, translations, the services, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from projdesk.domain.errors import ProjDeskError
from projdesk.storage.db import default_db_path
from projdesk.storage.services import Services
from projdesk.ui.language import ContextFreeTranslator, chosen_language
from projdesk.ui.main_window import MainWindow
from projdesk.ui.startup import ms_since_process_start

RESOURCES = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2])) / "resources"


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Chinese is the source language; English comes from resources/translations."""
    language = language or QLocale.system().name()
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language.startswith("en"):
        candidates = [(RESOURCES / "translations", "projdesk_en")]
    else:
        candidates = [(Path(qt_dir), "qtbase_zh_CN")]
    for folder, name in candidates:
        # Our strings need the context fallback; Qt's own catalogue does not (and stays in C++).
        translator = ContextFreeTranslator(app) if name == "projdesk_en" else QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def build_main_window(services: Services) -> MainWindow:
    """The one place where pages and features are wired together."""
    window = MainWindow(services)
    from projdesk.ui.board.install import install_board

    install_board(window, services)
    from projdesk.ui.workspace.install import install_workspace

    install_workspace(window, services)  # after the board: it connects window.board.open_requested
    from projdesk.ui.reports_page import install_reports

    install_reports(window, services)  # after the board: an import refreshes it
    from projdesk.ui.doc_actions import install_documents

    install_documents(window, services)  # after the workspace: it connects deliverable_requested
    from projdesk.ui.sync_page import install_sync

    install_sync(window, services)  # after the board: an import refreshes it
    return window


def demo_database_path() -> Path:
    return default_db_path().with_name("projdesk-demo.db")


def fresh_demo_database(path: Path, count: int = 300) -> Services:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    services = Services.open(path)
    from projdesk.storage.demo import generate_demo

    generate_demo(services, count=count, seed=1)
    return services


class _FirstPaint(QObject):
    """Reports the first paint of the main window, then quits."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"{ms_since_process_start():.0f}")
        sys.stdout.flush()
        QApplication.quit()


def run(db: Path | None = None, demo: bool = False, exit_after_show: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ProjDesk")
    app.setOrganizationName("ProjDesk")
    try:
        services = fresh_demo_database(db or demo_database_path()) if demo else Services.open(db)
    except ProjDeskError as exc:
        print(f"错误：{exc}", file=sys.stderr)  # notr: the command line speaks Chinese, like the CLI
        return exc.exit_code
    install_translations(app, chosen_language(services.prefs))  # before any widget exists
    window = build_main_window(services)
    if exit_after_show:
        window.installEventFilter(_FirstPaint(window))
    window.show()
    try:
        return int(app.exec())
    finally:
        services.close()
