"""变更 tab: change requests after the contract: request, assess, approve or reject.

An approval amends the contract amount, so it is confirmed first (the amount before and after);
the contract tab lists the same changes (``ChangeTable``) under the contract.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.ui.common import dialogs
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import InlineMessage, date_text, tr, yuan_text
from projdesk.ui.labels import change_status_text
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.tab_writes import write_for_opportunity


def signed_text(amount: Decimal) -> str:
    return ("-" if amount < 0 else "+") + yuan_text(abs(amount))


class ChangeTable(RecordTable):
    """The change requests of one opportunity, one row each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                tr(h)
                for h in (
                    QT_TR_NOOP("序号"),
                    QT_TR_NOOP("变更原因"),
                    QT_TR_NOOP("影响"),
                    QT_TR_NOOP("状态"),
                    QT_TR_NOOP("金额变动（元）"),
                    QT_TR_NOOP("工期（天）"),
                    QT_TR_NOOP("风险评估"),
                    QT_TR_NOOP("决定人"),
                    QT_TR_NOOP("决定日期"),
                )
            ],
            parent,
            numeric=(4, 5),
        )

    def load(self, changes: list[dto.ChangeView]) -> None:
        self.fill(
            [
                (
                    c.id,
                    [
                        f"#{c.number}",
                        c.reason,
                        c.impact,
                        change_status_text(c.status),
                        signed_text(c.amount_change) if c.cost is not None else "",
                        "" if c.schedule_days is None else str(c.schedule_days),
                        c.risk_note,
                        c.decided_by,
                        date_text(c.decided_on),
                    ],
                )
                for c in changes
            ]
        )


def amount_summary(detail: dto.OpportunityDetail) -> str:
    """合同原金额 …，变更后 …: the contract's amount as signed and as amended."""
    original = detail.contract.amount if detail.contract else None
    if original is None:
        return tr("尚无合同金额")
    current = detail.contract_amount or original
    if current == original:
        return tr("合同金额 %s") % yuan_text(original)
    return tr("合同原金额 %s，经批准的变更后为 %s") % (yuan_text(original), yuan_text(current))


class ChangesTab(QWidget):
    changed = Signal()

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.opp_id = ""
        self.detail: dto.OpportunityDetail | None = None
        self.message = InlineMessage()
        self.message.setObjectName("changesMessage")
        self.amounts = QLabel()
        self.amounts.setObjectName("changesAmounts")
        self.table = ChangeTable()

        request_box = QGroupBox(tr("变更申请（合同签订后）"))
        request = QHBoxLayout(request_box)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("变更原因，如：客户要求增加堆场接口"))
        self.impact = QLineEdit()
        self.impact.setPlaceholderText(tr("影响（范围、工期、费用）"))
        self.request_button = QPushButton(tr("登记变更"))
        self.request_button.clicked.connect(self.request_change)
        request.addWidget(self.reason, 2)
        request.addWidget(self.impact, 2)
        request.addWidget(self.request_button)

        assess_box = QGroupBox(tr("评估所选变更"))
        assess = QGridLayout(assess_box)
        self.cost = QLineEdit()
        self.cost.setPlaceholderText(tr("合同金额变动（元；减少写 -5000）"))
        self.days = QLineEdit()
        self.days.setPlaceholderText(tr("工期影响（天）"))
        self.risk = QLineEdit()
        self.risk.setPlaceholderText(tr("风险评估"))
        self.assess_button = QPushButton(tr("保存评估"))
        self.assess_button.clicked.connect(self.assess_selected)
        for col, widget in enumerate((self.cost, self.days)):
            assess.addWidget(widget, 0, col)
        assess.addWidget(self.risk, 0, 2)
        assess.addWidget(self.assess_button, 0, 3)
        assess.setColumnStretch(2, 1)

        decide_box = QGroupBox(tr("决定所选变更"))
        decide = QHBoxLayout(decide_box)
        self.decided_by = QLineEdit()
        self.decided_by.setPlaceholderText(tr("决定人（空=本机用户）"))
        self.decision_note = QLineEdit()
        self.decision_note.setPlaceholderText(tr("决定说明"))
        self.approve_button = QPushButton(tr("批准"))
        self.approve_button.clicked.connect(lambda: self.decide_selected("approved"))
        self.reject_button = QPushButton(tr("驳回"))
        self.reject_button.clicked.connect(lambda: self.decide_selected("rejected"))
        decide.addWidget(self.decided_by)
        decide.addWidget(self.decision_note, 1)
        decide.addWidget(self.approve_button)
        decide.addWidget(self.reject_button)

        lay = QVBoxLayout(self)
        lay.addWidget(self.amounts)
        lay.addWidget(self.table, 1)
        lay.addWidget(request_box)
        lay.addWidget(assess_box)
        lay.addWidget(decide_box)
        lay.addWidget(self.message)

    def load(self, detail: dto.OpportunityDetail) -> None:
        self.opp_id = detail.id
        self.detail = detail
        self.table.load(detail.changes)
        self.amounts.setText(amount_summary(detail))

    def _write(self, title: str, work: Callable[[], Any], done: str, edits: tuple[QLineEdit, ...]) -> None:
        def written(_result: Any) -> None:
            for edit in edits:
                edit.clear()
            self.changed.emit()

        write_for_opportunity(self.runner, self.message, self.opp_id, title, work, done, written)

    def _selected(self) -> dto.ChangeView | None:
        changes = {c.id: c for c in (self.detail.changes if self.detail else [])}
        change = changes.get(self.table.selected_id() or "")
        if change is None:
            self.message.error(tr("请先在表中选中一项变更"))
        return change

    def request_change(self) -> None:
        reason, impact = self.reason.text(), self.impact.text()
        self._write(
            tr("正在登记变更…"),
            lambda: self.services.changes.add(self.opp_id, reason, impact=impact),
            tr("已登记变更"),
            (self.reason, self.impact),
        )

    def assess_selected(self) -> None:
        change = self._selected()
        if change is None:
            return
        cost, days, risk = self.cost.text(), self.days.text(), self.risk.text()
        self._write(
            tr("正在保存评估…"),
            lambda: self.services.changes.assess(change.id, cost=cost, schedule_days=days, risk=risk),
            tr("变更 #%d 已评估") % change.number,
            (self.cost, self.days, self.risk),
        )

    def decide_selected(self, decision: str) -> None:
        change = self._selected()
        if change is None or self.detail is None:
            return
        if decision == "approved" and change.status == "assessed" and change.amount_change:
            before = self.detail.contract_amount or Decimal(0)
            question = tr("批准变更 #%d 后，合同金额由 %s 变为 %s。确定批准？") % (
                change.number,
                yuan_text(before),
                yuan_text(before + change.amount_change),
            )
            if not dialogs.ask_yes_no(self, tr("批准变更"), question):
                return
        by, note = self.decided_by.text(), self.decision_note.text()
        done = tr("变更 #%d 已批准") if decision == "approved" else tr("变更 #%d 已驳回")
        self._write(
            tr("正在保存决定…"),
            lambda: self.services.changes.decide(change.id, decision, by=by, note=note),
            done % change.number,
            (self.decided_by, self.decision_note),
        )
