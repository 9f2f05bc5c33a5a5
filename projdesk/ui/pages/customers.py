"""客户 page: search the customers, open one to see its opportunities, contacts and key-account flag."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import ROLE_TALKING_POINTS, STATUSES
from projdesk.domain.changes import CUSTOMER, OPPORTUNITY, Changes
from projdesk.domain.errors import NotFound
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.ui.common.fitting import scrolled
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import InlineMessage, em, money_text, tr, write_in_place
from projdesk.ui.pages.customer_edit import CustomerEditor
from projdesk.ui.translatable import QT_TR_NOOP


class CustomersPage(QWidget):
    """Customers, the key-account flag (set on the runner's write worker) and each customer's
    opportunities and contacts, refreshed from the bus when that customer is named."""

    edit_requested = Signal(str)  # customer id: 编辑客户 (customer_edit.CustomerEditor answers)
    merge_requested = Signal(str)  # customer id to keep: 合并客户

    def __init__(
        self,
        services: Services,
        runner: Runner,
        open_opportunity: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        runner.changes_made.connect(self._changes_made)
        self.open_opportunity = open_opportunity
        self.customer: dto.CustomerView | None = None
        self._shown_opportunities: set[str] = set()
        self._ids: list[str] = []  # the customer of each row of the list
        self.editor = CustomerEditor(services, runner, self)  # 编辑客户 and 合并客户
        self.edit_requested.connect(self.editor.edit)
        self.merge_requested.connect(self.editor.merge_into)
        self.editor.saved.connect(self.customer_saved)
        self.editor.failed.connect(self._tell)
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("搜索客户名称"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)  # one line each: thousands laid out without asking each
        self.list.currentItemChanged.connect(lambda cur, _prev: self._chosen(cur))
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.search)
        left_lay.addWidget(self.list)

        self.name = QLabel()
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.edit_button = QPushButton(tr("编辑客户…"))
        self.edit_button.setObjectName("editCustomer")
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.merge_button = QPushButton(tr("把另一个客户并入…"))
        self.merge_button.setObjectName("mergeCustomer")
        self.merge_button.clicked.connect(
            lambda: self.customer and self.merge_requested.emit(self.customer.id)
        )
        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.edit_button)
        head.addWidget(self.merge_button)
        key_box = QGroupBox(tr("重点客户"))
        key_form = QFormLayout(key_box)
        self.key_state = QLabel()
        self.key_state.setObjectName("keyState")
        self.reasons = QLineEdit()
        self.reasons.setPlaceholderText(tr("理由，用“；”分隔"))
        self.suggest_button = suggest = QPushButton(tr("按规则建议理由"))
        suggest.setObjectName("suggestReasons")
        suggest.clicked.connect(self.suggest)
        self.mark_button = QPushButton(tr("确认为重点客户"))
        self.mark_button.setObjectName("markKeyAccount")
        self.mark_button.clicked.connect(lambda: self.set_key(True))
        self.unmark_button = QPushButton(tr("取消重点客户"))
        self.unmark_button.setObjectName("unmarkKeyAccount")
        self.unmark_button.clicked.connect(lambda: self.set_key(False))
        # What acts on the chosen customer waits until one is chosen.
        self.customer_buttons = (
            self.edit_button,
            self.merge_button,
            self.suggest_button,
            self.mark_button,
            self.unmark_button,
        )
        for button in self.customer_buttons:
            button.setEnabled(False)
        row = QHBoxLayout()
        for b in (suggest, self.mark_button, self.unmark_button):
            row.addWidget(b)
        row.addStretch(1)
        key_form.addRow(tr("当前"), self.key_state)
        key_form.addRow(tr("理由"), self.reasons)
        key_form.addRow("", row)
        self.message = InlineMessage()
        key_form.addRow("", self.message)

        self.opportunities = RecordTable(
            [
                tr(h)
                for h in (
                    QT_TR_NOOP("项目"),
                    QT_TR_NOOP("阶段"),
                    QT_TR_NOOP("状态"),
                    QT_TR_NOOP("金额"),
                    QT_TR_NOOP("负责人"),
                    QT_TR_NOOP("下一步"),
                )
            ]
        )
        self.opportunities.doubleClicked.connect(lambda _i: self._open_selected())
        self.contacts = RecordTable(
            [
                tr(h)
                for h in (
                    QT_TR_NOOP("姓名"),
                    QT_TR_NOOP("决策角色"),
                    QT_TR_NOOP("职务"),
                    QT_TR_NOOP("态度"),
                    QT_TR_NOOP("电话"),
                    QT_TR_NOOP("沟通要点"),
                )
            ]
        )
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.addLayout(head)
        right_lay.addWidget(self.facts)
        right_lay.addWidget(key_box)
        right_lay.addWidget(QLabel(tr("商机（双击打开）")))
        right_lay.addWidget(self.opportunities, 1)
        right_lay.addWidget(QLabel(tr("联系人")))
        right_lay.addWidget(self.contacts, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scrolled(right))  # the key-account form scrolls on a low screen
        splitter.setSizes([em(self, 16), em(self, 60)])
        lay = QVBoxLayout(self)
        lay.addWidget(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # built at start, read when first shown; others may have changed it since

    def refresh(self) -> None:
        """Read the customers matching the search on the read worker (the newest search wins)."""
        people, search = self.services.people, self.search.text()
        self.runner.query("customers-list", lambda: people.customers(search), self._fill_list)

    def _fill_list(self, customers: list[dto.CustomerView]) -> None:
        """One call with every name (an item and its data each, per customer, took 0.13 s at
        3,300 customers); the ids stay in a list beside the rows."""
        current = self.customer.id if self.customer else None
        self._ids = [c.id for c in customers]
        self.list.blockSignals(True)
        self.list.clear()
        self.list.addItems([("★ " if c.key_account else "") + c.name for c in customers])
        if current in self._ids:
            self.list.setCurrentRow(self._ids.index(current))
        self.list.blockSignals(False)

    def customer_saved(self, customer_id: str) -> None:
        """After 编辑客户 or 合并客户: the status line, then the customer and the list read again."""
        self._tell(tr("客户已保存"))
        self.show_customer(customer_id)
        self.refresh()

    def _tell(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 5000)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        row = self.list.row(item) if item is not None else -1
        if 0 <= row < len(self._ids):
            try:
                self.show_customer(self._ids[row])
            except NotFound:
                self.refresh()  # merged away or deleted since the list was read: read it again

    def show_customer(self, customer_id: str) -> None:
        self.customer = c = self.services.people.customer(customer_id)
        for button in self.customer_buttons:
            button.setEnabled(True)
        self.name.setText(c.name)
        facts = [c.industry, c.region]
        facts += [
            tr(label)
            for flag, label in (
                (c.listed, QT_TR_NOOP("上市公司")),
                (c.industry_key, QT_TR_NOOP("行业重点")),
                (c.regional_influence, QT_TR_NOOP("地区有影响力")),
            )
            if flag
        ]
        self.facts.setText("　·　".join(f for f in facts if f))
        self.key_state.setText(
            tr("★ 重点客户：%s") % "；".join(c.key_reasons) if c.key_account else tr("不是重点客户")
        )
        self.reasons.setText("；".join(c.key_reasons))
        self.message.clear_message()
        opportunities, customer_id = self.services.opportunities, c.id
        # Every card is read to find this customer's (0.5 s at 10,000): on the read worker.
        self.runner.query(
            "customer-opportunities",
            lambda: [o for o in opportunities.list() if o.customer_id == customer_id],
            self._show_opportunities,
        )
        self.contacts.fill(
            [
                (p.id, [p.name, p.role, p.title, p.attitude, p.phone, ROLE_TALKING_POINTS.get(p.role, "")])
                for p in self.services.people.contacts(c.id)
            ]
        )

    def _show_opportunities(self, cards: list[dto.OpportunitySummary]) -> None:
        self._shown_opportunities = {o.id for o in cards}
        self.opportunities.fill(
            [
                (
                    o.id,
                    [
                        o.name,
                        f"{o.stage} {o.stage_name}",
                        STATUSES.get(o.status, o.status),
                        money_text(o.amount),
                        o.owner,
                        o.next_step,
                    ],
                )
                for o in cards
            ]
        )

    def suggest(self) -> None:
        if self.customer is None:
            return
        reasons = self.services.people.suggest_key_account(self.customer.id)
        self.reasons.setText("；".join(reasons))
        if reasons:
            self.message.ok(tr("规则建议标为重点客户；确认后生效。"))
        else:
            self.message.ok(tr("规则没有找到标为重点客户的理由；如有其他理由可自行填写。"))

    def set_key(self, flag: bool) -> None:
        if self.customer is None:
            return
        reasons = [r.strip() for r in self.reasons.text().split("；") if r.strip()]
        customer_id, people = self.customer.id, self.services.people
        write_in_place(
            self.runner,
            self.message,
            tr("正在保存…"),
            lambda: people.set_key_account(customer_id, flag, reasons or None),
            lambda _r: self.message.ok(tr("已标为重点客户") if flag else tr("已取消重点客户")),
        )

    def _changes_made(self, changes: Changes) -> None:
        """The bus: a named customer (or any, after an import) refreshes the list's marks; the
        one shown is re-read when it, or one of its opportunities, changed."""
        customers, opps = changes.ids(CUSTOMER), changes.ids(OPPORTUNITY)
        if customers is None or customers:
            self.refresh()
        shown = self.customer
        if shown is None:
            return
        if customers is None or opps is None or shown.id in customers or self._shown_opportunities & opps:
            self.show_customer(shown.id)

    def _request(self, signal: SignalInstance) -> None:
        if self.customer is not None:
            signal.emit(self.customer.id)

    def _open_selected(self) -> None:
        opp_id = self.opportunities.selected_id()
        if opp_id:
            self.open_opportunity(opp_id)
