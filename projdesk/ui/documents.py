"""Generating documents from the GUI: one (a step's deliverable button) or many (批量生成文档).

Generation runs off the GUI thread through :class:`~projdesk.ui.common.runner.Runner` (progress and
cancel); the file then opens in the system's viewer (not when ``PROJDESK_NO_OPEN`` is set, as in
tests). Errors reach the user through ``dialogs.warn`` as one clear message.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from projdesk.deliverables.assembly import ASSEMBLED_KINDS, Assembly, Candidate
from projdesk.deliverables.context import KIND_TITLES
from projdesk.deliverables.preflight import GapsFound, Preflight
from projdesk.deliverables.service import GeneratedDocument, assembly_candidates, default_folder, generate
from projdesk.deliverables.templates import KINDS
from projdesk.domain.catalog import DOCUMENT_TITLES
from projdesk.domain.errors import ProjDeskError
from projdesk.domain.library_records import RECORD_FIELDS
from projdesk.storage.services import Services
from projdesk.ui.assembly_dialog import AssemblyDialog
from projdesk.ui.common import dialogs, icons
from projdesk.ui.common.runner import Cancelled, Progress, Runner
from projdesk.ui.crash import failure_text
from projdesk.ui.labels import error_text
from projdesk.ui.main_window import MainWindow
from projdesk.ui.preflight_dialog import PreflightDialog
from projdesk.ui.workspace.install import WorkspaceController

__all__ = ["BatchResult", "DocumentActions", "install_documents"]

FOLDER_KEY = "documents_folder"  # Preferences.extra: where generated files go


def tr(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def documents_folder(services: Services) -> Path:
    chosen = services.prefs.extra.get(FOLDER_KEY)
    return Path(str(chosen)).expanduser() if chosen else default_folder()


def open_file(path: Path) -> None:
    if not os.environ.get("PROJDESK_NO_OPEN"):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


@dataclass
class BatchResult:
    done: list[GeneratedDocument] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one line each: which document, why
    with_gaps: list[str] = field(default_factory=list)  # files made with 【待填：…】 placeholders
    cancelled: bool = False


class DocumentActions(QObject):
    """Generates on the app's runner; ``generated`` reports each finished document (opportunity
    id, path). ``chosen`` names the opportunities the batch action is for."""

    generated = Signal(str, str)
    fill_requested = Signal(str, str)  # opportunity id, where a gap is filled (preflight.Gap.target)

    def __init__(
        self, window: MainWindow, services: Services, runner: Runner, chosen: Callable[[], list[str]]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.runner = runner
        self.chosen = chosen
        self.batch_action = window.ui.actionBatchDocuments  # 文档 › 批量生成文档… (forms/)
        self.batch_action.triggered.connect(self.batch)

    def _busy(self, parent: QWidget | None) -> bool:
        if self.runner.busy:
            dialogs.warn(parent, tr("请稍候"), tr("正在生成文档，请等这一批完成后再试。"))
        return self.runner.busy

    def generate_and_open(
        self,
        parent: QWidget | None,
        opp_id: str,
        kind: str,
        on_done: Callable[[Path], None] | None = None,
    ) -> None:
        """Generate and open: a document assembled from the library first lets the user pick and
        order its parts (文档组装); a customer document lacking data lists the gaps (pre-flight)."""
        if self._busy(parent):
            return
        if kind in ASSEMBLED_KINDS:
            self._assemble(parent, opp_id, kind, on_done)
        else:
            self._generate(parent, opp_id, kind, on_done, allow_gaps=False, assembly=None)

    def _generate(
        self,
        parent: QWidget | None,
        opp_id: str,
        kind: str,
        on_done: Callable[[Path], None] | None,
        *,
        allow_gaps: bool,
        assembly: Assembly | None,
    ) -> None:
        if self._busy(parent):
            return
        folder = documents_folder(self.services)
        title = tr("正在生成%s…") % tr(KIND_TITLES.get(kind, kind))

        def work(progress: Progress, _cancel: threading.Event) -> GeneratedDocument:
            progress(0, 1, title)
            return generate(
                self.services, opp_id, kind, folder=folder, allow_gaps=allow_gaps, assembly=assembly
            )

        def done(result: GeneratedDocument) -> None:
            self._status(tr("已生成：%s") % result.path.name)
            self.generated.emit(result.opportunity_id, str(result.path))
            open_file(result.path)
            if on_done is not None:
                on_done(result.path)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, GapsFound):
                self._ask_about_gaps(parent, opp_id, kind, exc.check, on_done, assembly)
            else:
                _warn_failed(parent, exc)

        self.runner.write(title, work, done, failed)

    def _ask_about_gaps(
        self,
        parent: QWidget | None,
        opp_id: str,
        kind: str,
        check: Preflight,
        on_done: Callable[[Path], None] | None,
        assembly: Assembly | None,
    ) -> None:
        dialog = PreflightDialog(check, parent)
        dialog.go_to.connect(lambda target: self.fill_requested.emit(opp_id, target))
        if dialogs.run_dialog(dialog):
            self._generate(parent, opp_id, kind, on_done, allow_gaps=True, assembly=assembly)
        if isValid(dialog):  # gone with its window if that closed meanwhile
            dialog.deleteLater()

    def _assemble(
        self, parent: QWidget | None, opp_id: str, kind: str, on_done: Callable[[Path], None] | None
    ) -> None:
        """Read what the library offers (off the GUI thread), let the user pick and order it,
        then generate with that choice; a library with nothing to pick asks nothing."""

        def offered(parts: list[Candidate]) -> None:
            if not parts:  # the default choice: whatever there is
                self._generate(parent, opp_id, kind, on_done, allow_gaps=False, assembly=None)
                return
            dialog = AssemblyDialog(kind, parts, parent)
            if dialogs.run_dialog(dialog):
                self._generate(parent, opp_id, kind, on_done, allow_gaps=False, assembly=dialog.assembly())
            dialog.deleteLater()

        self.runner.query(
            f"assembly:{opp_id}:{kind}",
            lambda: assembly_candidates(self.services, opp_id, kind),
            offered,
            lambda exc: _warn_failed(parent, exc),
        )

    def generate_many(
        self,
        parent: QWidget | None,
        opp_ids: Sequence[str],
        kinds: Sequence[str],
        on_done: Callable[[BatchResult], None] | None = None,
    ) -> threading.Event | None:
        """Generate every kind for every opportunity in the background; returns the cancel flag."""
        if self._busy(parent) or not opp_ids or not kinds:
            return None
        folder = documents_folder(self.services)
        jobs = [(opp_id, kind) for opp_id in opp_ids for kind in kinds]

        def work(progress: Progress, cancel: threading.Event) -> BatchResult:
            result = BatchResult()
            for number, (opp_id, kind) in enumerate(jobs):
                try:
                    progress(
                        number,
                        len(jobs),
                        tr("正在生成 %d/%d：%s") % (number + 1, len(jobs), KIND_TITLES[kind]),
                    )
                except Cancelled:
                    result.cancelled = True
                    break
                try:
                    # A batch never stops to ask: gaps are marked 【待填：…】 and counted in the summary.
                    made = generate(self.services, opp_id, kind, folder=folder, allow_gaps=True)
                    result.done.append(made)
                    if made.check.gaps:
                        result.with_gaps.append(made.path.name)
                except ProjDeskError as exc:
                    result.failed.append(f"{KIND_TITLES[kind]}：{error_text(exc)}")
            return result

        def done(result: BatchResult) -> None:
            for doc in result.done:
                self.generated.emit(doc.opportunity_id, str(doc.path))
            text = tr("已生成 %d 份文档，保存在 %s") % (len(result.done), folder)
            if result.cancelled:
                text = tr("已取消；") + text
            if result.with_gaps:
                text += tr("；其中 %d 份资料不全，缺项已标为“【待填：…】”") % len(result.with_gaps)
            self._status(text)
            if result.failed:
                dialogs.warn(parent, tr("部分文档未能生成"), "\n".join(result.failed[:10]))
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            _warn_failed(parent, exc)

        return self.runner.write(tr("批量生成文档"), work, done, failed)

    def generate_for(self, parent: QWidget | None, opp_ids: Sequence[str], kind: str) -> None:
        """One kind for the cards of the board's menu: one card opens its file (asking about
        gaps first), several are a batch (gaps marked, one summary)."""
        if len(opp_ids) == 1:
            self.generate_and_open(parent, opp_ids[0], kind)
        else:
            self.generate_many(parent, opp_ids, [kind])

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    # -- the batch action ------------------------------------------------------------------

    def batch(self) -> None:
        ids = self.chosen()
        if not ids:
            dialogs.warn(
                self.window, tr("批量生成文档"), tr("请先在看板上选中商机（按住 Ctrl 或 Shift 可多选）。")
            )
            return
        dialog = BatchDialog(len(ids), self.window)
        if dialogs.run_dialog(dialog):
            self.generate_many(self.window, ids, dialog.kinds())
        dialog.deleteLater()


class BatchDialog(QDialog):
    """Which kinds to generate for the chosen opportunities."""

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("批量生成文档"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("为选中的 %d 个商机生成：") % count))
        self.boxes: dict[str, QCheckBox] = {}
        for kind in KINDS:
            box = QCheckBox(tr(KIND_TITLES[kind]))
            box.setObjectName(f"kind_{kind}")
            self.boxes[kind] = box
            layout.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def kinds(self) -> list[str]:
        return [kind for kind, box in self.boxes.items() if box.isChecked()]


def _warn_failed(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return  # the user asked for it; nothing was written
    text = failure_text(exc)  # None: a bug, which the crash dialog has shown
    if text is not None:
        dialogs.warn(parent, tr("无法生成文档"), text)


def install_documents(
    window: MainWindow,
    services: Services,
    runner: Runner,
    workspace: WorkspaceController,
    selected_cards: Callable[[], list[str]],
    settings: Callable[[str], None],
) -> DocumentActions:
    """Deliverable buttons, the batch action, documents tab refresh. ``selected_cards`` names
    the cards selected on the board (the batch's opportunities); ``settings`` opens 设置 at a
    tab (where a gap in the company's data is filled)."""

    def chosen() -> list[str]:
        last = workspace.last_id()
        return selected_cards() or ([last] if last else [])

    actions = DocumentActions(window, services, runner, chosen)

    def requested(opp_id: str, kind: str) -> None:
        if kind in KINDS:  # the Excel kinds (quotes, weekly, log) belong to the reports feature
            actions.generate_and_open(workspace.workspace, opp_id, kind)

    workspace.deliverable_requested.connect(requested)

    def fill(opp_id: str, target: str) -> None:
        # A gap's place: a step of the opportunity, its contract tab, or 设置 › 资料库.
        if target.startswith("step:"):
            workspace.open(opp_id, target.removeprefix("step:"))
        elif target == "contract":
            workspace.open(opp_id)
            workspace.show_tab("contract")
        elif target.startswith("library:"):
            from projdesk.ui.library_records import records_tab
            from projdesk.ui.settings_dialog import LIBRARY_TAB

            part = target.removeprefix("library:")
            settings(records_tab(part) if part in RECORD_FIELDS else LIBRARY_TAB)

    actions.fill_requested.connect(fill)
    _document_menu(window, workspace, selected_cards)
    return actions


# The 文档 menu: every document of the open (or selected) opportunity, Word and Excel alike.
MENU_KINDS = (*KINDS, "quotes", "log")


def _document_menu(
    window: MainWindow, workspace: WorkspaceController, selected_cards: Callable[[], list[str]]
) -> None:
    """One entry per kind; each asks like a step's deliverable button (deliverable_requested),
    so the Word kinds reach generate_and_open and the Excel logs the reports feature."""

    def request(kind: str) -> None:
        opp_id = workspace.open_id() or next(iter(selected_cards()), None)
        if opp_id is None:
            window.statusBar().showMessage(tr("请先在看板上选中或打开一个商机"), 5000)
            return
        workspace.deliverable_requested.emit(opp_id, kind)

    menu = window.ui.menuDocuments
    for kind in MENU_KINDS:
        action = menu.addAction(icons.icon("document"), tr(DOCUMENT_TITLES[kind]) + "…")
        action.setObjectName(f"actionDocument_{kind}")
        action.setToolTip(tr("为当前商机生成%s") % tr(DOCUMENT_TITLES[kind]))
        action.triggered.connect(lambda _checked=False, chosen=kind: request(chosen))
