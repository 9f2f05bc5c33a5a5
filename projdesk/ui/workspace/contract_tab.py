"""合同与收款 tab: the contract, its payment milestones and receipts, and the reviews."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.limits import REVIEW_KINDS, REVIEW_OUTCOMES
from projdesk.domain.money import to_capitals
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import InlineMessage, date_text, tr, write_in_place, yuan_text
from projdesk.ui.translatable import QT_TR_NOOP

CONTRACT_FIELDS = (
    ("number", QT_TR_NOOP("合同编号")),
    ("amount", QT_TR_NOOP("合同金额")),
    ("signed_date", QT_TR_NOOP("签订日期")),
    ("effective_date", QT_TR_NOOP("生效日期")),
    ("party_a", QT_TR_NOOP("甲方")),
    ("party_b", QT_TR_NOOP("乙方")),
    ("terms", QT_TR_NOOP("主要条款")),
)


def _edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class ContractTab(QWidget):
    """The contract, its payment milestones and receipts, and the reviews; every write on the
    runner's write worker, the tab refilled from the bus."""

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.opp_id = ""
        self.message = InlineMessage()
        self.message.setObjectName("contractMessage")

        contract_box = QGroupBox(tr("合同"))
        grid = QGridLayout(contract_box)
        placeholders = {
            "amount": tr("元，可写“120万”"),
            "signed_date": "YYYY-MM-DD",
            "effective_date": "YYYY-MM-DD",
        }
        self.contract: dict[str, QLineEdit] = {}
        for i, (key, label) in enumerate(CONTRACT_FIELDS):
            self.contract[key] = _edit(placeholders.get(key, ""))
            grid_row, grid_col = divmod(i, 2)
            grid.addWidget(QLabel(tr(label)), grid_row, grid_col * 2)
            grid.addWidget(self.contract[key], grid_row, grid_col * 2 + 1, 1, 3 if key == "terms" else 1)
        self.capitals = QLabel()
        self.capitals.setWordWrap(True)
        save = QPushButton(tr("保存合同"))
        save.clicked.connect(self.save_contract)
        grid.addWidget(QLabel(tr("大写")), 4, 0)
        grid.addWidget(self.capitals, 4, 1, 1, 2)
        grid.addWidget(save, 4, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        pay_box = QGroupBox(tr("付款节点与到账"))
        pay = QVBoxLayout(pay_box)
        self.payments = RecordTable(
            [
                tr(h)
                for h in (
                    QT_TR_NOOP("付款节点"),
                    QT_TR_NOOP("应收日期"),
                    QT_TR_NOOP("应收金额（元）"),
                    QT_TR_NOOP("到账日期"),
                    QT_TR_NOOP("到账金额（元）"),
                )
            ],
            numeric=(2, 4),
        )
        pay.addWidget(self.payments)
        self.milestone = _edit(tr("节点，如：首付款 30%"))
        self.pay_amount = _edit(tr("金额"))
        self.pay_due = _edit(tr("应收日期"))
        add_pay = QPushButton(tr("添加节点"))
        add_pay.clicked.connect(self.add_payment)
        row = QHBoxLayout()
        for w in (self.milestone, self.pay_amount, self.pay_due, add_pay):
            row.addWidget(w)
        pay.addLayout(row)
        self.receipt_amount = _edit(tr("到账金额"))
        self.receipt_date = _edit(tr("到账日期（空=今天）"))
        receipt = QPushButton(tr("登记所选节点到账"))
        receipt.clicked.connect(self.record_receipt)
        row = QHBoxLayout()
        for w in (self.receipt_amount, self.receipt_date, receipt):
            row.addWidget(w)
        pay.addLayout(row)

        review_box = QGroupBox(tr("评审"))
        rev = QVBoxLayout(review_box)
        self.reviews = RecordTable(
            [
                tr(h)
                for h in (
                    QT_TR_NOOP("类型"),
                    QT_TR_NOOP("提交日期"),
                    QT_TR_NOOP("评审人"),
                    QT_TR_NOOP("结论"),
                    QT_TR_NOOP("意见"),
                )
            ]
        )
        rev.addWidget(self.reviews)
        self.review_kind = QComboBox()
        for key, label in REVIEW_KINDS.items():
            self.review_kind.addItem(tr(label), key)
        self.review_outcome = QComboBox()
        for key, label in REVIEW_OUTCOMES.items():
            self.review_outcome.addItem(tr(label), key)
        self.reviewer = _edit(tr("评审人"))
        self.review_comments = _edit(tr("评审意见"))
        add_review = QPushButton(tr("添加评审"))
        add_review.clicked.connect(self.add_review)
        row = QHBoxLayout()
        for field in (self.review_kind, self.review_outcome, self.reviewer):
            row.addWidget(field)
        row.addWidget(self.review_comments, 1)
        row.addWidget(add_review)
        rev.addLayout(row)

        lay = QVBoxLayout(self)
        lay.addWidget(contract_box)
        lay.addWidget(pay_box, 3)
        lay.addWidget(review_box, 2)
        lay.addWidget(self.message)

    def load(self, detail: dto.OpportunityDetail) -> None:
        self.opp_id = detail.id
        c = detail.contract
        values: dict[str, Any] = {}
        if c is not None:
            values = {
                "number": c.number,
                "amount": "" if c.amount is None else f"{c.amount:.2f}",
                "signed_date": date_text(c.signed_date),
                "effective_date": date_text(c.effective_date),
                "party_a": c.party_a,
                "party_b": c.party_b,
                "terms": c.terms,
            }
        else:
            values = {"party_a": detail.customer.name}
        for key, edit in self.contract.items():
            edit.setText(values.get(key, ""))
        self.capitals.setText(to_capitals(c.amount) if c is not None and c.amount is not None else "")
        self.payments.fill(
            [
                (
                    p.id,
                    [
                        p.milestone,
                        date_text(p.due_date),
                        yuan_text(p.amount),
                        date_text(p.received_date),
                        yuan_text(p.received_amount),
                    ],
                )
                for p in detail.payments
            ]
        )
        self.reviews.fill(
            [
                (
                    r.id,
                    [
                        REVIEW_KINDS.get(r.kind, r.kind),
                        date_text(r.submitted),
                        r.reviewer,
                        REVIEW_OUTCOMES.get(r.outcome, r.outcome),
                        r.comments,
                    ],
                )
                for r in detail.reviews
            ]
        )

    def _write(self, work: Callable[[], Any], done: str, then: Callable[[], None] = lambda: None) -> None:
        def written(_result: Any) -> None:
            self.message.ok(done)
            then()

        write_in_place(self.runner, self.message, tr("正在保存…"), work, written)

    def save_contract(self) -> None:
        values, opp_id, commercial = (
            {k: e.text() for k, e in self.contract.items()},
            self.opp_id,
            self.services.commercial,
        )
        self._write(lambda: commercial.save_contract(opp_id, values), tr("合同已保存"))

    def add_payment(self) -> None:
        opp_id, commercial = self.opp_id, self.services.commercial
        milestone, amount, due = self.milestone.text(), self.pay_amount.text(), self.pay_due.text()

        def cleared() -> None:
            for edit in (self.milestone, self.pay_amount, self.pay_due):
                edit.clear()

        self._write(
            lambda: commercial.add_payment(opp_id, milestone, amount, due_date=due),
            tr("已添加付款节点"),
            cleared,
        )

    def record_receipt(self) -> None:
        payment_id = self.payments.selected_id()
        if payment_id is None:
            self.message.error(tr("请先在表中选中一个付款节点"))
            return
        commercial, amount, day = (
            self.services.commercial,
            self.receipt_amount.text(),
            self.receipt_date.text(),
        )

        def cleared() -> None:
            self.receipt_amount.clear()
            self.receipt_date.clear()

        self._write(lambda: commercial.record_receipt(payment_id, amount, day), tr("已登记到账"), cleared)

    def add_review(self) -> None:
        opp_id, commercial = self.opp_id, self.services.commercial
        kind, outcome = str(self.review_kind.currentData()), str(self.review_outcome.currentData())
        reviewer, comments = self.reviewer.text(), self.review_comments.text()

        def cleared() -> None:
            self.reviewer.clear()
            self.review_comments.clear()

        self._write(
            lambda: commercial.add_review(
                opp_id, kind, outcome=outcome, reviewer=reviewer, comments=comments
            ),
            tr("已添加评审"),
            cleared,
        )
