"""联系人 (the buying committee) and 竞争对手 tabs of the workspace."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import ATTITUDES, DECISION_ROLES, ROLE_TALKING_POINTS
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import InlineMessage, tr, write_in_place, yuan_text
from projdesk.ui.translatable import QT_TR_NOOP


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class _RecordTab(QWidget):
    """A table of records over a form to add, change or delete one. Every write runs on the
    runner's write worker; the workspace hears of it on the bus and refills the table."""

    def __init__(
        self, services: Services, runner: Runner, headers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.opp_id = ""
        self.table = RecordTable([tr(h) for h in headers])
        self.table.itemSelectionChanged.connect(self._selected)
        self.form = QFormLayout()
        self.message = InlineMessage()
        self.add_button = QPushButton(tr("添加"))
        self.save_button = QPushButton(tr("保存修改"))
        self.delete_button = QPushButton(tr("删除"))
        self.new_button = QPushButton(tr("清空表单"))
        self.add_button.clicked.connect(self.add)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.new_button.clicked.connect(self.clear_form)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.save_button, self.delete_button, self.new_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 3)
        lay.addLayout(self.form)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        self._records: dict[str, Any] = {}
        self._enable()

    def _enable(self) -> None:
        chosen = self.table.selected_id() is not None
        self.save_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _selected(self) -> None:
        record = self._records.get(self.table.selected_id() or "")
        if record is not None:
            self.show_record(record)
        self._enable()

    def _write(self, work: Callable[[], Any], then: Callable[[], None]) -> None:
        write_in_place(self.runner, self.message, tr("正在保存…"), work, lambda _result: then())

    # subclasses: load(detail), values(), show_record(record), clear_form(), add(), save(), delete()
    def clear_form(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def show_record(self, record: Any) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def add(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def delete(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class ContactsTab(_RecordTab):
    """The customer's buying committee: who decides, who handles, who supports us."""

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(
            services,
            runner,
            [
                QT_TR_NOOP("姓名"),
                QT_TR_NOOP("决策角色"),
                QT_TR_NOOP("职务"),
                QT_TR_NOOP("态度"),
                QT_TR_NOOP("电话"),
                QT_TR_NOOP("邮箱"),
                QT_TR_NOOP("沟通要点"),
            ],
            parent,
        )
        self.customer_id = ""
        self.name = QLineEdit()
        self.role = QComboBox()
        self.role.addItem("", "")
        for value in DECISION_ROLES:  # shown in the UI's language, stored as the method's word
            self.role.addItem(tr(value), value)
        self.title = QLineEdit()
        self.attitude = QComboBox()
        for value in ATTITUDES:
            self.attitude.addItem(tr(value), value)
        _choose(self.attitude, "未知")  # notr: a stored attitude value
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.background = _text_box(2)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("roleHint")
        self.hint.setStyleSheet("color: #3a5a8c;")
        self.role.currentIndexChanged.connect(lambda _i: self._show_hint(str(self.role.currentData() or "")))
        row = QHBoxLayout()
        row.addWidget(self.role)
        row.addWidget(QLabel(tr("态度")))
        row.addWidget(self.attitude)
        row.addStretch(1)
        contact = QHBoxLayout()
        contact.addWidget(self.phone)
        contact.addWidget(QLabel(tr("邮箱")))
        contact.addWidget(self.email)
        self.form.addRow(tr("姓名 *"), self.name)
        self.form.addRow(tr("职务"), self.title)
        self.form.addRow(tr("决策角色"), row)
        self.form.addRow("", self.hint)
        self.form.addRow(tr("电话"), contact)
        self.form.addRow(tr("背景"), self.background)

    def _show_hint(self, role: str) -> None:
        talking = ROLE_TALKING_POINTS.get(role)
        self.hint.setText(tr("和%s谈：%s") % (tr(role), tr(talking)) if talking else "")

    def load(self, detail: dto.OpportunityDetail) -> None:
        self.opp_id = detail.id
        self.customer_id = detail.customer.id
        self._records = {c.id: c for c in detail.contacts}
        rows = [
            (
                c.id,
                [
                    c.name,
                    tr(c.role),
                    c.title,
                    tr(c.attitude),
                    c.phone,
                    c.email,
                    ROLE_TALKING_POINTS.get(c.role, ""),
                ],
            )
            for c in detail.contacts
        ]
        tips = [
            ["", ROLE_TALKING_POINTS.get(c.role, ""), "", "", "", "", ROLE_TALKING_POINTS.get(c.role, "")]
            for c in detail.contacts
        ]
        self.table.fill(rows, tips)
        self._enable()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "role": str(self.role.currentData() or ""),
            "title": self.title.text(),
            "attitude": str(self.attitude.currentData() or ""),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "background": self.background.toPlainText(),
        }

    def show_record(self, c: dto.ContactView) -> None:
        self.name.setText(c.name)
        _choose(self.role, c.role)
        self.title.setText(c.title)
        _choose(self.attitude, c.attitude or "未知")  # notr: a stored attitude value
        self.phone.setText(c.phone)
        self.email.setText(c.email)
        self.background.setPlainText(c.background)

    def clear_form(self) -> None:
        self.table.clearSelection()
        for edit in (self.name, self.title, self.phone, self.email):
            edit.clear()
        self.background.clear()
        self.role.setCurrentIndex(0)
        _choose(self.attitude, "未知")  # notr: a stored attitude value
        self.message.clear_message()

    def add(self) -> None:
        values, people, customer_id = self.values(), self.services.people, self.customer_id
        name = values.pop("name")
        opp_id = self.opp_id  # the history line is filed under the open opportunity
        self._write(
            lambda: people.add_contact(customer_id, name, opportunity_id=opp_id, **values),
            lambda: self.message.ok(tr("已添加联系人：%s") % name.strip()),
        )

    def save(self) -> None:
        contact_id, values, people, opp_id = (
            self.table.selected_id(),
            self.values(),
            self.services.people,
            self.opp_id,
        )
        if contact_id:
            self._write(
                lambda: people.update_contact(contact_id, values, opportunity_id=opp_id),
                lambda: self.message.ok(tr("已保存")),
            )

    def delete(self) -> None:
        contact_id, people, opp_id = self.table.selected_id(), self.services.people, self.opp_id
        if contact_id:
            self._write(lambda: people.delete_contact(contact_id, opportunity_id=opp_id), self.clear_form)


class CompetitorsTab(_RecordTab):
    """Who else is bidding: their offer and price if known, their strengths, our answer."""

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(
            services,
            runner,
            [
                QT_TR_NOOP("名称"),
                QT_TR_NOOP("对方方案"),
                QT_TR_NOOP("报价"),
                QT_TR_NOOP("优势"),
                QT_TR_NOOP("我方对策"),
            ],
            parent,
        )
        self.name = QLineEdit()
        self.offer = _text_box(2)
        self.price = QLineEdit()
        self.price.setPlaceholderText(tr("元，可写“120万”；不清楚可空着"))
        self.strengths = _text_box(2)
        self.our_answer = _text_box(2)
        self.form.addRow(tr("名称 *"), self.name)
        self.form.addRow(tr("对方方案"), self.offer)
        self.form.addRow(tr("对方报价"), self.price)
        self.form.addRow(tr("对方优势"), self.strengths)
        self.form.addRow(tr("我方对策"), self.our_answer)

    def load(self, detail: dto.OpportunityDetail) -> None:
        self.opp_id = detail.id
        self._records = {c.id: c for c in detail.competitors}
        self.table.fill(
            [
                (c.id, [c.name, c.offer, yuan_text(c.price), c.strengths, c.our_answer])
                for c in detail.competitors
            ]
        )
        self._enable()

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "offer": self.offer.toPlainText(),
            "price": self.price.text(),
            "strengths": self.strengths.toPlainText(),
            "our_answer": self.our_answer.toPlainText(),
        }

    def show_record(self, c: dto.CompetitorView) -> None:
        self.name.setText(c.name)
        self.offer.setPlainText(c.offer)
        self.price.setText("" if c.price is None else f"{c.price:.2f}")
        self.strengths.setPlainText(c.strengths)
        self.our_answer.setPlainText(c.our_answer)

    def clear_form(self) -> None:
        self.table.clearSelection()
        self.name.clear()
        self.price.clear()
        for box in (self.offer, self.strengths, self.our_answer):
            box.clear()
        self.message.clear_message()

    def add(self) -> None:
        values, people, opp_id = self.values(), self.services.people, self.opp_id
        name = values.pop("name")
        self._write(
            lambda: people.add_competitor(opp_id, name, **values),
            lambda: self.message.ok(tr("已添加竞争对手：%s") % name.strip()),
        )

    def save(self) -> None:
        comp_id, values, people = self.table.selected_id(), self.values(), self.services.people
        if comp_id:
            self._write(
                lambda: people.update_competitor(comp_id, values), lambda: self.message.ok(tr("已保存"))
            )

    def delete(self) -> None:
        comp_id, people = self.table.selected_id(), self.services.people
        if comp_id:
            self._write(lambda: people.delete_competitor(comp_id), self.clear_form)


def _choose(combo: QComboBox, value: str) -> None:
    """Show the stored ``value``; one the list lacks (an older or imported word) is added, never
    swapped for another (saving the form must not change it)."""
    index = combo.findData(value)
    if index < 0:
        combo.addItem(tr(value), value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)
