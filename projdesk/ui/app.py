"""Application start-up: Qt setup, translations, the services, the main window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from projdesk.domain.errors import ProjDeskError
from projdesk.storage.paths import default_db_path
from projdesk.ui.common.runner import Runner
from projdesk.ui.labels import error_text
from projdesk.ui.language import ContextFreeTranslator, chosen_language
from projdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from projdesk.storage.services import Services

RESOURCES = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2])) / "resources"


def install_translations(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
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

    runner = Runner(window)  # the one runner: every feature's writes queue on it
    install_board(window, services, runner=runner)
    install_pages(window, services, runner)
    return window


def install_pages(window: MainWindow, services: Services, runner: Runner) -> None:
    """Everything beyond the board, at once (tests, build_main_window)."""
    for install in page_installers(runner):
        install(window, services)


def page_installers(runner: Runner) -> list[Callable[[MainWindow, Services], None]]:
    """The pages and features beyond the board, in wiring order. After the first paint run()
    takes them one per event-loop turn, so the board answers between them."""

    def workspace(window: MainWindow, services: Services) -> None:
        from projdesk.ui.workspace.install import install_workspace

        install_workspace(
            window, services, runner
        )  # after the board: it connects window.board.open_requested

    def reports(window: MainWindow, services: Services) -> None:
        from projdesk.ui.pages.reports import install_reports

        install_reports(window, services, runner)  # after the board: an import refreshes it

    def documents(window: MainWindow, services: Services) -> None:
        from projdesk.ui.documents import install_documents

        install_documents(window, services, runner)  # after the workspace: it connects deliverable_requested

    def sync(window: MainWindow, services: Services) -> None:
        from projdesk.ui.pages.sync import install_sync

        install_sync(window, services, runner)  # after the board: an import refreshes it

    def backups(window: MainWindow, services: Services) -> None:
        from projdesk.ui.backup_dialog import install_backups

        install_backups(window, services)

    return [workspace, reports, documents, sync, backups]


def demo_database_path() -> Path:
    return default_db_path().with_name("projdesk-demo.db")


def fresh_demo_database(path: Path, count: int = 300) -> Services:
    from projdesk.storage.services import Services

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    services = Services.open(path)
    from projdesk.demo.generate import generate_demo

    generate_demo(services, count=count, seed=1)
    return services


def run(db: Path | None = None, demo: bool = False, exit_after_show: bool = False) -> int:
    """Paint the board first (from the start-up cache when it matches the database, before
    SQLAlchemy is imported), then open the services and build the other pages."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("ProjDesk")
    app.setOrganizationName("ProjDesk")
    path = db or (demo_database_path() if demo else default_db_path())
    from projdesk.ui.single_instance import claim_database

    try:
        instance_lock = claim_database(path)
    except ProjDeskError as exc:
        print(f"错误：{exc}", file=sys.stderr)  # notr: the command line speaks Chinese, like the CLI
        if not exit_after_show:
            from projdesk.ui.common import dialogs

            dialogs.warn(None, "ProjDesk", error_text(exc))
        return exc.exit_code
    try:
        return _run_locked(app, path, demo, exit_after_show)
    finally:
        instance_lock.unlock()


def _run_locked(app: QApplication, path: Path, demo: bool, exit_after_show: bool) -> int:
    from projdesk.ui.startup.board_cache import load_cache

    snapshot = None if demo else load_cache(path)
    services = None
    if snapshot is None:
        try:
            if demo:
                services = fresh_demo_database(path)
            else:
                from projdesk.ui.backup_dialog import open_or_recover

                services = open_or_recover(path, offer=not exit_after_show)
        except Exception as exc:
            from projdesk.failures import explain

            known = explain(exc, path)  # a busy or read-only database is not a crash
            if known is None:
                raise
            print(f"错误：{known}", file=sys.stderr)  # notr: the command line speaks Chinese, like the CLI
            return known.exit_code
    prefs = services.prefs if services is not None else snapshot.prefs if snapshot is not None else None
    install_translations(app, chosen_language(prefs))  # before any widget exists
    window = MainWindow(services, db_path=path)
    from projdesk.ui.board.install import install_board
    from projdesk.ui.startup.launch import Startup

    runner = Runner(window)  # the one runner: every feature's writes queue on it
    board = install_board(window, services, snapshot, runner=runner)
    if snapshot is not None:
        from projdesk.ui.board.card_pictures import load_pictures

        load_pictures(path, board, snapshot)  # its first screen of cards, as last drawn
    startup = Startup(
        window, board, services, path, runner=runner, exit_after_show=exit_after_show, keep_cache=not demo
    )
    from projdesk.ui.crash import install_crash_handler, uninstall

    crash_reporter = install_crash_handler(lambda: window)
    window.show()
    try:
        code = int(app.exec())
    finally:
        gc.enable()  # in case start-up ended before Startup turned it back on
        startup.finish()
        uninstall(crash_reporter)
    return startup.exit_code or code
