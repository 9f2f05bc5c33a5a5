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
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from projdesk.deliverables.context import KIND_TITLES
from projdesk.deliverables.preflight import GapsFound, Preflight
from projdesk.deliverables.service import GeneratedDocument, default_folder, generate
from projdesk.deliverables.templates import KINDS
from projdesk.domain.errors import ProjDeskError
from projdesk.storage.services import Services
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Cancelled, Progress, Runner
from projdesk.ui.crash import failure_text
from projdesk.ui.preflight_dialog import PreflightDialog

__all__ = ["BatchResult", "DocumentActions", "generate_and_open", "generate_many", "install_documents"]

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
    """Owns the task runner; ``generated`` reports each finished document (opportunity id, path)."""

    generated = Signal(str, str)
    fill_requested = Signal(str, str)  # opportunity id, where a gap is filled (preflight.Gap.target)
    batch_action: QAction  # 批量生成文档…, set by install_documents

    def __init__(self, window: QWidget, services: Services, runner: Runner) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.runner = runner

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
        *,
        allow_gaps: bool = False,
    ) -> None:
        """Generate and open; when a customer document lacks data, list the gaps first (pre-flight)."""
        if self._busy(parent):
            return
        folder = documents_folder(self.services)
        title = tr("正在生成%s…") % tr(KIND_TITLES.get(kind, kind))

        def work(progress: Progress, _cancel: threading.Event) -> GeneratedDocument:
            progress(0, 1, title)
            return generate(self.services, opp_id, kind, folder=folder, allow_gaps=allow_gaps)

        def done(result: GeneratedDocument) -> None:
            self._status(tr("已生成：%s") % result.path.name)
            self.generated.emit(result.opportunity_id, str(result.path))
            open_file(result.path)
            if on_done is not None:
                on_done(result.path)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, GapsFound):
                self._ask_about_gaps(parent, opp_id, kind, exc.check, on_done)
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
    ) -> None:
        dialog = PreflightDialog(check, parent)
        dialog.go_to.connect(lambda target: self.fill_requested.emit(opp_id, target))
        if dialogs.run_dialog(dialog):
            self.generate_and_open(parent, opp_id, kind, on_done, allow_gaps=True)
        dialog.deleteLater()

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
                    result.failed.append(f"{KIND_TITLES[kind]}：{exc}")
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

    def _status(self, text: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    # -- the batch action ------------------------------------------------------------------

    def selected_opportunities(self) -> list[str]:
        """Cards selected on the board (one per column), else the open opportunity."""
        ids: list[str] = []
        board = getattr(self.window, "board", None)
        for column in getattr(board, "columns", []) or []:
            view = getattr(column, "view", None)
            model = view.selectionModel() if view is not None else None
            for index in model.selectedIndexes() if model is not None else []:
                value = index.data(_id_role())
                if isinstance(value, str) and value not in ids:
                    ids.append(value)
        workspace = getattr(self.window, "workspace", None)
        current = getattr(workspace, "opp_id", "")
        if not ids and current:
            ids.append(current)
        return ids

    def batch(self) -> None:
        ids = self.selected_opportunities()
        if not ids:
            dialogs.warn(
                self.window, tr("批量生成文档"), tr("请先在看板上选中商机（每个阶段列可选一张卡片）。")
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


def _id_role() -> int:
    from projdesk.ui.board.column_model import ID_ROLE

    return int(ID_ROLE)


def _warn_failed(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return  # the user asked for it; nothing was written
    text = failure_text(exc)  # None: a bug, which the crash dialog has shown
    if text is not None:
        dialogs.warn(parent, tr("无法生成文档"), text)


# -- module-level entry points (what other features call) ---------------------------------


def _actions(parent: QWidget | None, services: Services) -> DocumentActions:
    window = parent.window() if parent is not None else None
    existing = getattr(window, "document_actions", None)
    if isinstance(existing, DocumentActions):
        return existing
    owner = window or QWidget()
    actions = DocumentActions(owner, services, Runner(owner))  # a window outside the app's wiring
    if window is not None:  # any top-level widget keeps its own, found by the getattr above
        setattr(window, "document_actions", actions)  # noqa: B010
    return actions


def generate_and_open(parent: QWidget | None, services: Services, opp_id: str, kind: str) -> None:
    _actions(parent, services).generate_and_open(parent, opp_id, kind)


def generate_many(
    parent: QWidget | None, services: Services, opp_ids: Sequence[str], kinds: Sequence[str]
) -> threading.Event | None:
    return _actions(parent, services).generate_many(parent, opp_ids, kinds)


def install_documents(window: Any, services: Services, runner: Runner) -> DocumentActions:
    """Called once from build_main_window: deliverable buttons, the batch action, documents tab refresh."""
    actions = DocumentActions(window, services, runner)
    window.document_actions = actions
    workspace = getattr(window, "workspace", None)
    if workspace is not None and hasattr(workspace, "deliverable_requested"):

        def requested(opp_id: str, kind: str) -> None:
            if kind in KINDS:  # the Excel kinds (quotes, weekly, log) belong to the reports feature
                actions.generate_and_open(workspace, opp_id, kind)

        workspace.deliverable_requested.connect(requested)

        def refresh(opp_id: str, _path: str) -> None:
            if getattr(workspace, "opp_id", "") == opp_id and hasattr(workspace, "reload"):
                workspace.reload()

        actions.generated.connect(refresh)

        controller = getattr(window, "workspace_controller", None)

        def fill(opp_id: str, target: str) -> None:
            # A step of the opportunity, its contract tab, or 设置 › 资料库 for the company's data.
            if target.startswith("step:") and hasattr(workspace, "open"):
                workspace.open(opp_id, target.removeprefix("step:"))
            elif target == "contract" and hasattr(workspace, "open"):
                workspace.open(opp_id)
                workspace.show_tab("contract")
            elif target.startswith("library:") and controller is not None:
                from projdesk.ui.settings_dialog import LIBRARY_TAB

                controller.settings(LIBRARY_TAB)

        actions.fill_requested.connect(fill)
    batch = QAction(tr("批量生成文档…"), window)
    batch.setObjectName("actionBatchDocuments")
    batch.setStatusTip(tr("为看板上选中的商机生成立项申请表、调研报告、投标书等文档"))
    batch.triggered.connect(actions.batch)
    toolbar = getattr(getattr(window, "ui", None), "mainToolBar", None)
    if toolbar is not None:
        toolbar.addAction(batch)
    else:
        window.addAction(batch)
    actions.batch_action = batch
    return actions
