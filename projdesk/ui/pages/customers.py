"""客户 page: search the customers, open one to see its opportunities, contacts and key-account flag."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
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
from projdesk.domain.errors import NotFound, ProjDeskError
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import InlineMessage, em, money_text, tr
from projdesk.ui.pages.customer_edit import CustomerEditor
from projdesk.ui.translatable import QT_TR_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
LIST_SLICE = 500  # customer names per event-loop turn


class CustomersPage(QWidget):
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
        self.runner = runner  # the customer list is read as a query, on each show
        self.open_opportunity = open_opportunity
        self.customer: dto.CustomerView | None = None
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
        self._listing = 0  # names the newest listing: a slice of an older one is dropped
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
        self.edit_button.setEnabled(False)
        self.merge_button.setEnabled(False)
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
        suggest = QPushButton(tr("按规则建议理由"))
        suggest.clicked.connect(self.suggest)
        self.mark_button = QPushButton(tr("确认为重点客户"))
        self.mark_button.setObjectName("markKeyAccount")
        self.mark_button.clicked.connect(lambda: self.set_key(True))
        self.unmark_button = QPushButton(tr("取消重点客户"))
        self.unmark_button.clicked.connect(lambda: self.set_key(False))
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
        splitter.addWidget(right)
        splitter.setSizes([em(self, 16), em(self, 60)])
        lay = QVBoxLayout(self)
        lay.addWidget(splitter)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # built at start, read when first shown; others may have changed it since

    def refresh(self) -> None:
        """Read the customers matching the search box as a query, then list them."""
        text, customers = self.search.text(), self.services.people.customers
        self.runner.query("customers-page", lambda: customers(text), self._list)

    def _list(self, found: list[dto.CustomerView]) -> None:
        """List ``found``, LIST_SLICE names per event-loop turn (a team lead has thousands)."""
        self._listing += 1
        listing = self._listing
        current = self.customer.id if self.customer else None
        self.list.clear()

        def step(start: int) -> None:
            if listing != self._listing:
                return  # a newer search took over
            self.list.blockSignals(True)
            for c in found[start : start + LIST_SLICE]:
                item = QListWidgetItem(("★ " if c.key_account else "") + c.name)
                item.setData(ID_ROLE, c.id)
                self.list.addItem(item)
                if c.id == current:
                    self.list.setCurrentItem(item)
            self.list.blockSignals(False)
            if start + LIST_SLICE < len(found):
                QTimer.singleShot(0, self, lambda: step(start + LIST_SLICE))

        step(0)

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
        if item is None:
            return
        try:
            self.show_customer(str(item.data(ID_ROLE)))
        except NotFound:
            self.refresh()  # merged away or deleted since the list was read: read it again

    def show_customer(self, customer_id: str) -> None:
        self.customer = c = self.services.people.customer(customer_id)
        self.edit_button.setEnabled(True)
        self.merge_button.setEnabled(True)
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
        cards = [o for o in self.services.opportunities.list() if o.customer_id == c.id]
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
        self.contacts.fill(
            [
                (p.id, [p.name, p.role, p.title, p.attitude, p.phone, ROLE_TALKING_POINTS.get(p.role, "")])
                for p in self.services.people.contacts(c.id)
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
        try:
            self.services.people.set_key_account(self.customer.id, flag, reasons or None)
        except ProjDeskError as exc:
            self.message.error(exc)
            return
        self.show_customer(self.customer.id)
        self.refresh()
        self.message.ok(tr("已标为重点客户") if flag else tr("已取消重点客户"))

    def _request(self, signal: SignalInstance) -> None:
        if self.customer is not None:
            signal.emit(self.customer.id)

    def _open_selected(self) -> None:
        opp_id = self.opportunities.selected_id()
        if opp_id:
            self.open_opportunity(opp_id)
