"""Application start-up: Qt setup, translations, the services, the main window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from projdesk.domain.errors import ProjDeskError
from projdesk.storage.paths import default_db_path
from projdesk.ui.board.install import install_board
from projdesk.ui.board.view import BoardWidget
from projdesk.ui.common.runner import Runner
from projdesk.ui.labels import error_text
from projdesk.ui.language import ContextFreeTranslator, chosen_language
from projdesk.ui.main_window import MainWindow

if TYPE_CHECKING:
    from projdesk.storage.services import Services
    from projdesk.ui.actions import WindowActions
    from projdesk.ui.documents import DocumentActions
    from projdesk.ui.pages.activities import ActivitiesPage
    from projdesk.ui.pages.agenda import AgendaParts
    from projdesk.ui.pages.customers import CustomersPage
    from projdesk.ui.pages.reports import ReportsPage
    from projdesk.ui.pages.sync import SyncPage
    from projdesk.ui.startup.board_cache import BoardSnapshot
    from projdesk.ui.startup.launch import Startup
    from projdesk.ui.workspace.install import WorkspaceController

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


@dataclass(frozen=True)
class AppParts:
    """Every part of the running app, built once by :func:`assemble`; features get what they
    need from here through their constructors, never from the window."""

    services: Services
    runner: Runner
    window: MainWindow
    board: BoardWidget
    workspace: WorkspaceController
    customers: CustomersPage
    activities: ActivitiesPage
    agenda: AgendaParts
    actions: WindowActions
    reports: ReportsPage
    documents: DocumentActions
    sync: SyncPage


def assemble(
    services: Services, window: MainWindow, board: BoardWidget, runner: Runner
) -> Generator[None, None, AppParts]:
    """The one wiring place: build the pages beyond the board (already painted, attached to
    ``services``) and connect them. It yields between pages, so start-up can let the board
    answer in between (one step per event-loop turn); the parts are its return value."""
    # Each step imports what it builds: the imports are part of its cost (tens of ms each).
    from projdesk.ui.workspace.install import WorkspaceController

    workspace = WorkspaceController(window, services, runner)
    board.open_requested.connect(workspace.open)
    workspace.advance_requested.connect(board.move_card)  # one way to move a stage, with its prompt
    from projdesk.ui.pages.customers import CustomersPage

    customers = CustomersPage(services, runner, workspace.open)
    window.set_page("customers", customers)
    yield
    from projdesk.ui.pages.activities import ActivitiesPage

    activities = ActivitiesPage(services, runner, workspace.open)
    window.set_page("activities", activities)
    yield
    from projdesk.ui.pages.agenda import install_agenda

    agenda = install_agenda(window, services, runner, workspace)
    yield
    from projdesk.ui.actions import WindowActions

    actions = WindowActions(window, services, runner, workspace, board, agenda.page.take_undo)
    board.log_requested.connect(lambda opp_id: actions.quick_log(opp_id))
    actions.settings_saved.connect(board.density.reload)  # 看板卡片: 舒适 or 紧凑
    window.ui.menuView.addAction(board.density_action)  # 视图 › 紧凑卡片
    window.ui.menuEdit.addActions([board.undo_move_action, board.redo_move_action])  # 撤销/重做移动
    yield
    from projdesk.ui.pages.reports import install_reports

    reports = install_reports(window, services, runner, workspace)
    yield
    from projdesk.ui.documents import install_documents

    documents = install_documents(window, services, runner, workspace, board.selected_ids, actions.settings)
    board.documents_requested.connect(lambda ids, kind: documents.generate_for(board, ids, kind))
    board.batch_requested.connect(documents.batch)
    yield
    from projdesk.ui.backup_dialog import install_backups
    from projdesk.ui.pages.sync import install_sync

    sync = install_sync(window, services, runner)
    install_backups(window, services)
    board.ready()  # an open asked for on the start-up picture happens now
    return AppParts(
        services,
        runner,
        window,
        board,
        workspace,
        customers,
        activities,
        agenda,
        actions,
        reports,
        documents,
        sync,
    )


def board_window(
    path: Path, services: Services | None, snapshot: BoardSnapshot | None
) -> tuple[MainWindow, BoardWidget, Runner]:
    """The window, the one runner and the board on it: showing the live cards of ``services``
    when open, else the start-up cache ``snapshot`` (read-only until ``board.attach``)."""
    window = MainWindow(path)
    runner = Runner(window)  # the one runner: every feature's writes queue on it
    prefs = services.prefs if services is not None else snapshot.prefs if snapshot is not None else None
    board = BoardWidget(None, window, runner=runner, prefs=prefs)
    install_board(window, board)
    if services is not None:
        board.attach(services)
    elif snapshot is not None:
        board.show_snapshot(snapshot)
    return window, board, runner


def launch(
    path: Path,
    services: Services | None,
    snapshot: BoardSnapshot | None,
    *,
    exit_after_show: bool = False,
    keep_cache: bool = True,
    unsaved: BoardSnapshot | None = None,
) -> Startup:
    """What ``run`` starts: the board window, and the Startup that brings the rest once the
    window is shown (it opens ``services`` after the first paint when they are not open yet).
    ``unsaved``: a snapshot read from the database itself, kept as the cache should the app
    end before the live cards come."""
    from projdesk.ui.startup.launch import Startup

    window, board, runner = board_window(path, services, snapshot)
    return Startup(
        window,
        board,
        path,
        runner=runner,
        services=services,
        exit_after_show=exit_after_show,
        keep_cache=keep_cache,
        unsaved=unsaved,
    )


def build_app(services: Services) -> AppParts:
    """The whole app on open ``services`` at once (tests, benches): no start-up cache, no
    stepping through the event loop."""
    window, board, runner = board_window(services.db.path, services, None)
    steps = assemble(services, window, board, runner)
    while True:
        try:
            next(steps)
        except StopIteration as built:
            parts: AppParts = built.value
            return parts


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
    """One path: the board is built without services and painted from the start-up cache when it
    matches the database; without one the services are opened first and the board shows the
    live cards from its first paint. Either way the board is handed the services once."""
    from projdesk.ui.startup.board_cache import first_screen, load_cache, remove_stale_files

    remove_stale_files(path)
    # The cache, else the cards of one plain query: either paints before SQLAlchemy is imported.
    cached = None if demo else load_cache(path)
    snapshot = cached or (None if demo else first_screen(path))
    services = None
    if snapshot is None:  # nothing to paint before the database is open
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
    prefs = snapshot.prefs if snapshot is not None else services.prefs if services is not None else None
    install_translations(app, chosen_language(prefs))  # before any widget exists
    startup = launch(
        path,
        services,
        snapshot,
        exit_after_show=exit_after_show,
        keep_cache=not demo,
        unsaved=snapshot if cached is None else None,
    )
    window = startup.window
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
