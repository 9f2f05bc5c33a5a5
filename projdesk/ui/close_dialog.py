"""结案: close an opportunity as won, lost or on hold (with its 项目总结), or reopen it.

Reached from a card's right-click menu and the workspace header. The dialog only collects;
the close runs on the one runner (ClosingService), and a refusal comes back as one message.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import LOSS_REASONS
from projdesk.domain.changes import OPPORTUNITY, Changes
from projdesk.domain.errors import ProjDeskError
from projdesk.storage.dto import Retrospective
from projdesk.storage.services.closing import Closed, parse_tags
from projdesk.ui.common import dialogs
from projdesk.ui.common.date_edit import DateEdit
from projdesk.ui.common.prompt import PromptDialog
from projdesk.ui.common.runner import Progress, Runner
from projdesk.ui.common.widgets import InlineMessage, tr
from projdesk.ui.translatable import QT_TR_NOOP

if TYPE_CHECKING:
    from projdesk.storage.services import Services

OUTCOMES: dict[str, str] = {
    "lost": QT_TR_NOOP("丢单"),
    "won": QT_TR_NOOP("赢单"),
    "on_hold": QT_TR_NOOP("暂停"),
}
LOOK_AGAIN_DAYS = 30  # the date the look-again field starts at


@dataclass(frozen=True)
class CloseRequest:
    """What the dialog collected; :func:`close_work` turns it into the service call."""

    outcome: str  # won / lost / on_hold
    loss_reason: str = ""
    reason: str = ""
    winner: str = ""
    look_again: dt.date | None = None
    force: bool = False
    retrospective: Retrospective = field(default_factory=Retrospective)


def _box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setMaximumHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class CloseDialog(PromptDialog):
    def __init__(self, competitors: list[str], outcome: str = "lost", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeDialog")
        self.setWindowTitle(tr("结案"))
        self.outcome = QComboBox()
        for key, label in OUTCOMES.items():
            self.outcome.addItem(tr(label), key)
        self.outcome.setCurrentIndex(max(0, list(OUTCOMES).index(outcome) if outcome in OUTCOMES else 0))
        self.loss_reason = QComboBox()
        self.loss_reason.addItem(tr("（请选择）"), "")
        for reason in LOSS_REASONS:
            self.loss_reason.addItem(reason, reason)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("补充说明：丢单的具体原因、暂停的原因"))
        self.winner = QComboBox()
        self.winner.setEditable(True)  # one of the competitors, or a new name
        self.winner.addItems(["", *competitors])
        self.look_again = DateEdit(self, label=tr("重新评估日期"))
        self.look_again.set_date(dt.date.today() + dt.timedelta(days=LOOK_AGAIN_DAYS))
        self.force = QCheckBox(tr("合同尚未签定，仍记为赢单（请在补充说明中写明理由）"))
        self.worked = _box(3)
        self.not_worked = _box(3)
        self.lessons = _box(3)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(tr("逗号分隔，例如：电力, 调度"))
        form = QFormLayout()
        form.addRow(tr("结果"), self.outcome)
        form.addRow(tr("丢单原因"), self.loss_reason)
        form.addRow(tr("说明"), self.reason)
        form.addRow(tr("中标方"), self.winner)
        form.addRow(tr("重新评估日期"), self.look_again)
        form.addRow("", self.force)
        form.addRow(tr("做得好的"), self.worked)
        form.addRow(tr("做得不好的"), self.not_worked)
        form.addRow(tr("经验教训"), self.lessons)
        form.addRow(tr("标签"), self.tags)
        self.form = form
        self.message = InlineMessage()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("结案"))
        self.set_primary(ok)  # Enter in a line edit closes, not cancels
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()

    @property
    def chosen(self) -> str:
        return str(self.outcome.currentData())

    def _outcome_changed(self) -> None:
        """Show what the chosen outcome asks for, and nothing else."""
        chosen = self.chosen
        retro = chosen != "on_hold"  # a pause is not the end: the 项目总结 comes at the close
        rows: list[tuple[QWidget, bool]] = [
            (self.loss_reason, chosen == "lost"),
            (self.winner, chosen == "lost"),
            (self.look_again, chosen == "on_hold"),
            (self.force, chosen == "won"),
            *((box, retro) for box in (self.worked, self.not_worked, self.lessons, self.tags)),
        ]
        for widget, wanted in rows:
            self.form.setRowVisible(widget, wanted)

    def request(self) -> CloseRequest:
        chosen = self.chosen
        retro = Retrospective(
            self.worked.toPlainText().strip(),
            self.not_worked.toPlainText().strip(),
            self.lessons.toPlainText().strip(),
            parse_tags(self.tags.text()),
        )
        return CloseRequest(
            outcome=chosen,
            loss_reason=str(self.loss_reason.currentData() or "") if chosen == "lost" else "",
            reason=self.reason.text().strip(),
            winner=self.winner.currentText().strip() if chosen == "lost" else "",
            look_again=self.look_again.date() if chosen == "on_hold" else None,
            force=self.force.isChecked() if chosen == "won" else False,
            retrospective=retro if chosen != "on_hold" else Retrospective(),
        )

    def _accept(self) -> None:
        # What the service would refuse anyway, said here so the dialog stays open with the text.
        if self.chosen == "lost" and not self.loss_reason.currentData():
            self.message.error(tr("请选择丢单原因"))
            return
        if self.chosen == "on_hold" and not self.reason.text().strip():
            self.message.error(tr("请说明暂停的原因"))
            return
        if self.chosen == "on_hold":
            try:
                self.look_again.date()
            except ProjDeskError as refused:  # 下周八: the date editor's one line, here
                self.message.error(refused)
                return
        if self.chosen == "won" and self.force.isChecked() and not self.reason.text().strip():
            self.message.error(tr("越过门槛需要说明理由"))
            return
        self.accept()


def close_work(services: Services, opp_id: str, request: CloseRequest) -> Closed:
    """The service call for a collected request (runs on the runner's write worker)."""
    closing = services.closing
    if request.outcome == "won":
        return closing.win(
            opp_id, retrospective=request.retrospective, force=request.force, reason=request.reason
        )
    if request.outcome == "lost":
        return closing.lose(
            opp_id,
            reason_code=request.loss_reason,
            reason=request.reason,
            winner=request.winner,
            retrospective=request.retrospective,
        )
    return closing.hold(opp_id, reason=request.reason, look_again=request.look_again)


def _on_runner(
    parent: QWidget,
    runner: Runner,
    title: str,
    opp_id: str,
    call: Callable[[], Closed],
    on_done: Callable[[Closed], None],
) -> None:
    """Queue the close (or reopening) on the one runner; the card and the pages refresh by the bus."""

    def work(_progress: Progress, _cancel: threading.Event) -> Closed:
        return call()

    runner.write(
        title,
        work,
        on_done,
        lambda error: runner.report_failure(error, parent),
        changes=lambda _closed: Changes.of(OPPORTUNITY, [opp_id]),
    )


def close_opportunity(
    parent: QWidget,
    services: Services,
    runner: Runner,
    opp_id: str,
    on_done: Callable[[Closed], None],
    outcome: str = "lost",
) -> bool:
    """Ask, then close on the runner; False when the user cancelled."""
    return close_opportunities(parent, services, runner, [opp_id], lambda _id, c: on_done(c), outcome)


def close_opportunities(
    parent: QWidget,
    services: Services,
    runner: Runner,
    opp_ids: Sequence[str],
    on_each: Callable[[str, Closed], None],
    outcome: str = "lost",
) -> bool:
    """Ask once, then close each of ``opp_ids`` the same way, one write each on the runner (a
    refused one is told and the others still close); False when the user cancelled."""
    details = [services.opportunities.detail(opp_id) for opp_id in opp_ids]
    competitors = list(dict.fromkeys(c.name for d in details for c in d.competitors))
    dialog = CloseDialog(competitors, outcome, parent)
    if len(opp_ids) > 1:
        dialog.setWindowTitle(tr("结案 %d 个商机") % len(opp_ids))
    answer = dialogs.run_dialog(dialog)
    request = dialog.request()
    dialog.deleteLater()
    if answer != QDialog.DialogCode.Accepted:
        return False
    for opp_id in opp_ids:
        _on_runner(
            parent,
            runner,
            tr("正在结案…"),
            opp_id,
            partial(close_work, services, opp_id, request),
            partial(on_each, opp_id),
        )
    return True


def reopen_opportunity(
    parent: QWidget, services: Services, runner: Runner, opp_id: str, on_done: Callable[[Closed], None]
) -> bool:
    """Ask why, then reopen on the runner; False when the user cancelled."""
    reason = dialogs.ask_text(parent, tr("重新打开"), tr("重新打开的原因："))
    if reason is None:
        return False
    call = lambda: services.closing.reopen(opp_id, reason=reason)  # noqa: E731
    _on_runner(parent, runner, tr("正在重新打开…"), opp_id, call, on_done)
    return True
