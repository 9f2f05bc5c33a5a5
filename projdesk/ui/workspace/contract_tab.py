"""合同与收款 tab: the contract, its payment milestones and receipts, and the reviews."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
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
from projdesk.ui.common import dialogs
from projdesk.ui.common.date_edit import DateEdit
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import InlineMessage, date_text, tr, write_in_place, yuan_text
from projdesk.ui.labels import review_kind_text, review_outcome_text
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.changes_tab import ChangeTable, amount_summary

CONTRACT_FIELDS = (
    ("number", QT_TR_NOOP("合同编号")),
    ("amount", QT_TR_NOOP("合同金额")),
    ("signed_date", QT_TR_NOOP("签订日期")),
    ("effective_date", QT_TR_NOOP("生效日期")),
    ("party_a", QT_TR_NOOP("甲方")),
    ("party_b", QT_TR_NOOP("乙方")),
    ("terms", QT_TR_NOOP("主要条款")),
)


_DATE_FIELDS = ("signed_date", "effective_date")


def _edit(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class ContractTab(QWidget):
    """The contract, its payment milestones and receipts, and the reviews; every write on the
    runner's write worker, the tab refilled from the bus."""

    record_requested = Signal(str, str, str)  # "edit"/"delete", "payment"/"review"/"contract", id

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.opp_id = ""
        self.contract_id = ""
        self.message = InlineMessage()
        self.message.setObjectName("contractMessage")

        contract_box = QGroupBox(tr("合同"))
        grid = QGridLayout(contract_box)
        placeholders = {
            "amount": tr("元，可写“120万”"),
        }
        self.contract: dict[str, QLineEdit | DateEdit] = {}
        for i, (key, label) in enumerate(CONTRACT_FIELDS):
            self.contract[key] = (
                DateEdit(label=tr(label)) if key in _DATE_FIELDS else _edit(placeholders.get(key, ""))
            )
            grid_row, grid_col = divmod(i, 2)
            grid.addWidget(QLabel(tr(label)), grid_row, grid_col * 2)
            grid.addWidget(self.contract[key], grid_row, grid_col * 2 + 1, 1, 3 if key == "terms" else 1)
        self.capitals = QLabel()
        self.capitals.setWordWrap(True)
        save = QPushButton(tr("保存合同"))
        save.clicked.connect(self.save_contract)
        self.delete_contract_button = QPushButton(tr("删除合同"))
        self.delete_contract_button.setObjectName("deleteContract")
        self.delete_contract_button.clicked.connect(
            lambda: self.record_requested.emit("delete", "contract", self.contract_id)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(self.delete_contract_button)
        grid.addWidget(QLabel(tr("大写")), 4, 0)
        grid.addWidget(self.capitals, 4, 1, 1, 2)
        grid.addLayout(buttons, 4, 3)
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
        self.pay_due = DateEdit(label=tr("应收日期"))
        self.pay_due.setPlaceholderText(tr("应收日期"))
        add_pay = QPushButton(tr("添加节点"))
        add_pay.clicked.connect(self.add_payment)
        row = QHBoxLayout()
        for w in (self.milestone, self.pay_amount, self.pay_due, add_pay):
            row.addWidget(w)
        pay.addLayout(row)
        self.receipt_amount = _edit(tr("到账金额"))
        self.receipt_date = DateEdit(label=tr("到账日期"))
        self.receipt_date.setPlaceholderText(tr("到账日期（空=今天）"))
        receipt = QPushButton(tr("登记所选节点到账"))
        receipt.clicked.connect(self.record_receipt)
        edit_pay = QPushButton(tr("修改所选节点…"))
        edit_pay.setObjectName("editPayment")
        edit_pay.clicked.connect(lambda: self._request("edit", "payment", self.payments))
        delete_pay = QPushButton(tr("删除所选节点"))
        delete_pay.setObjectName("deletePayment")
        delete_pay.clicked.connect(lambda: self._request("delete", "payment", self.payments))
        write_off = QPushButton(tr("核销所选节点…"))
        write_off.setObjectName("writeOffPayment")
        write_off.setToolTip(tr("不再催收这个节点的余款（写明原因）：步骤 Z 把它算作已结清"))
        write_off.clicked.connect(self.write_off_payment)
        row = QHBoxLayout()
        for w in (self.receipt_amount, self.receipt_date, receipt, edit_pay, delete_pay, write_off):
            row.addWidget(w)
        pay.addLayout(row)

        changes_box = QGroupBox(tr("合同变更（在“变更”页登记、评估、决定）"))
        changes_lay = QVBoxLayout(changes_box)
        self.change_amounts = QLabel()
        self.change_amounts.setObjectName("contractChangeAmounts")
        self.changes = ChangeTable()
        changes_lay.addWidget(self.change_amounts)
        changes_lay.addWidget(self.changes)

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
        for key in REVIEW_KINDS:
            self.review_kind.addItem(review_kind_text(key), key)
        self.review_outcome = QComboBox()
        for key in REVIEW_OUTCOMES:
            self.review_outcome.addItem(review_outcome_text(key), key)
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
        edit_review = QPushButton(tr("修改所选评审…"))
        edit_review.setObjectName("editReview")
        edit_review.clicked.connect(lambda: self._request("edit", "review", self.reviews))
        delete_review = QPushButton(tr("删除所选评审"))
        delete_review.setObjectName("deleteReview")
        delete_review.clicked.connect(lambda: self._request("delete", "review", self.reviews))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(edit_review)
        row.addWidget(delete_review)
        rev.addLayout(row)

        lay = QVBoxLayout(self)
        lay.addWidget(contract_box)
        lay.addWidget(pay_box, 3)
        lay.addWidget(changes_box, 2)
        lay.addWidget(review_box, 2)
        lay.addWidget(self.message)

    def load(self, detail: dto.OpportunityDetail) -> None:
        self.opp_id = detail.id
        c = detail.contract
        self.contract_id = c.id if c is not None else ""
        self.delete_contract_button.setEnabled(c is not None)
        values: dict[str, Any] = {}
        if c is not None:
            values = {
                "number": c.number,
                "amount": "" if c.amount is None else f"{c.amount:.2f}",
                "signed_date": c.signed_date.isoformat() if c.signed_date else "",
                "effective_date": c.effective_date.isoformat() if c.effective_date else "",
                "party_a": c.party_a,
                "party_b": c.party_b,
                "terms": c.terms,
            }
        else:
            values = {"party_a": detail.customer.name}
        for key, edit in self.contract.items():
            edit.setText(values.get(key, ""))
        self.capitals.setText(to_capitals(c.amount) if c is not None and c.amount is not None else "")
        self.changes.load(detail.changes)
        self.change_amounts.setText(amount_summary(detail))
        self.payments.fill(
            [
                (
                    p.id,
                    [
                        p.milestone
                        + (tr("（已核销：%s）") % p.write_off_reason if p.write_off_reason else ""),
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
                        review_kind_text(r.kind),
                        date_text(r.submitted),
                        r.reviewer,
                        review_outcome_text(r.outcome),
                        r.comments,
                    ],
                )
                for r in detail.reviews
            ]
        )

    def _request(self, action: str, kind: str, table: RecordTable) -> None:
        """Edit or delete the row selected in ``table`` (RecordEditor answers)."""
        record_id = table.selected_id()
        if record_id is None:
            self.message.error(tr("请先在表中选中一行"))
            return
        self.message.clear_message()
        self.record_requested.emit(action, kind, record_id)

    def _write(self, work: Callable[[], Any], done: str, then: Callable[[], None] = lambda: None) -> None:
        def written(_result: Any) -> None:
            self.message.ok(done)
            then()

        write_in_place(self.runner, self.message, tr("正在保存…"), work, written)

    def save_contract(self) -> None:
        values, opp_id, commercial = (
            {k: e.value() if isinstance(e, DateEdit) else e.text() for k, e in self.contract.items()},
            self.opp_id,
            self.services.commercial,
        )
        self._write(lambda: commercial.save_contract(opp_id, values), tr("合同已保存"))

    def add_payment(self) -> None:
        opp_id, commercial = self.opp_id, self.services.commercial
        milestone, amount, due = self.milestone.text(), self.pay_amount.text(), self.pay_due.value()

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
            self.receipt_date.value(),
        )

        def cleared() -> None:
            self.receipt_amount.clear()
            self.receipt_date.clear()

        self._write(lambda: commercial.record_receipt(payment_id, amount, day), tr("已登记到账"), cleared)

    def write_off_payment(self) -> None:
        """核销: the rest of the selected milestone will not be collected, for the reason given."""
        payment_id = self.payments.selected_id()
        if payment_id is None:
            self.message.error(tr("请先在表中选中一个付款节点"))
            return
        reason = dialogs.ask_text(
            self, tr("核销付款节点"), tr("核销原因（如：客户破产清算、双方协商免除）：")
        )
        if reason is None:
            return  # cancelled: nothing written
        commercial = self.services.commercial
        self._write(lambda: commercial.write_off_payment(payment_id, reason), tr("已核销付款节点"))

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
