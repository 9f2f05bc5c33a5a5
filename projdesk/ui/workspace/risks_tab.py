"""风险 tab: the opportunity's risk register (internal only): add, edit, close."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
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

from projdesk.domain.registers import LEVELS
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.ui.common.date_edit import DateEdit
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import InlineMessage, date_text, tr
from projdesk.ui.labels import risk_level_text, risk_status_text
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.tab_writes import write_for_opportunity

HIGH_STYLE = "color: #b3261e; font-weight: bold;"
HIGH_COLOR = QColor("#b3261e")


def _level_box() -> QComboBox:
    box = QComboBox()
    for level in reversed(LEVELS):  # 高, 中, 低
        box.addItem(risk_level_text(level), level)
    box.setCurrentIndex(box.findData("medium"))
    return box


class RisksTab(QWidget):
    changed = Signal()

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.opp_id = ""
        self._risks: dict[str, dto.RiskView] = {}
        self.message = InlineMessage()
        self.message.setObjectName("risksMessage")
        self.summary = QLabel()
        self.summary.setObjectName("risksSummary")
        self.table = RecordTable(
            [
                tr(h)
                for h in (
                    QT_TR_NOOP("等级"),
                    QT_TR_NOOP("风险"),
                    QT_TR_NOOP("可能性"),
                    QT_TR_NOOP("影响"),
                    QT_TR_NOOP("应对措施"),
                    QT_TR_NOOP("责任人"),
                    QT_TR_NOOP("期限"),
                    QT_TR_NOOP("状态"),
                    QT_TR_NOOP("处理结果"),
                )
            ]
        )
        self.table.itemSelectionChanged.connect(self._selected)

        form_box = QGroupBox(tr("风险（仅内部使用，不会出现在给客户的文档中）"))
        grid = QGridLayout(form_box)
        self.description = QLineEdit()
        self.description.setPlaceholderText(tr("风险描述，如：竞争对手与客户领导关系较深"))
        self.probability = _level_box()
        self.impact = _level_box()
        self.response = QLineEdit()
        self.response.setPlaceholderText(tr("应对措施"))
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(tr("责任人（空=商机负责人）"))
        self.due = DateEdit(label=tr("期限"))
        self.due.setPlaceholderText(tr("期限，如 12-05、下周五"))
        for row, (label, line) in enumerate(
            (
                (QT_TR_NOOP("风险"), self.description),
                (QT_TR_NOOP("应对措施"), self.response),
            )
        ):
            grid.addWidget(QLabel(tr(label)), row, 0)
            grid.addWidget(line, row, 1, 1, 7)
        fields: tuple[tuple[str, QWidget], ...] = (
            (QT_TR_NOOP("可能性"), self.probability),
            (QT_TR_NOOP("影响"), self.impact),
            (QT_TR_NOOP("责任人"), self.owner),
            (QT_TR_NOOP("期限"), self.due),
        )
        for col, (label, widget) in enumerate(fields):
            grid.addWidget(QLabel(tr(label)), 2, col * 2)
            grid.addWidget(widget, 2, col * 2 + 1)
        self.add_button = QPushButton(tr("添加风险"))
        self.add_button.clicked.connect(self.add_risk)
        self.save_button = QPushButton(tr("保存所选风险"))
        self.save_button.clicked.connect(self.save_selected)
        self.close_note = QLineEdit()
        self.close_note.setPlaceholderText(tr("处理结果（关闭时必填）"))
        self.close_button = QPushButton(tr("关闭所选风险"))
        self.close_button.clicked.connect(self.close_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_note, 1)
        buttons.addWidget(self.close_button)
        grid.addLayout(buttons, 3, 0, 1, 8)

        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.table, 1)
        lay.addWidget(form_box)
        lay.addWidget(self.message)

    def load(self, detail: dto.OpportunityDetail) -> None:
        self.opp_id = detail.id
        self._risks = {r.id: r for r in detail.risks}
        rows = [
            (
                r.id,
                [
                    risk_level_text(r.level),
                    r.description,
                    risk_level_text(r.probability),
                    risk_level_text(r.impact),
                    r.response,
                    r.owner,
                    date_text(r.due_date),
                    risk_status_text(r.status),
                    r.close_note,
                ],
            )
            for r in detail.risks
        ]
        self.table.fill(
            rows, tips=[[r.description if c == 1 else "" for c in range(9)] for r in detail.risks]
        )
        for row, risk in enumerate(detail.risks):
            level = self.table.item(row, 0)
            if risk.open_high and level is not None:  # the same red as the board's mark
                level.setForeground(HIGH_COLOR)
        high = sum(r.open_high for r in detail.risks)
        still_open = sum(r.status == "open" for r in detail.risks)
        self.summary.setText(tr("未关闭 %d 条，其中高风险 %d 条") % (still_open, high))
        self.summary.setStyleSheet(HIGH_STYLE if high else "")

    def _selected(self) -> None:
        risk = self._risks.get(self.table.selected_id() or "")
        if risk is None:
            return
        self.description.setText(risk.description)
        self.probability.setCurrentIndex(self.probability.findData(risk.probability))
        self.impact.setCurrentIndex(self.impact.findData(risk.impact))
        self.response.setText(risk.response)
        self.owner.setText(risk.owner)
        self.due.set_date(risk.due_date)

    def _form(self) -> dict[str, Any]:
        return {
            "description": self.description.text(),
            "probability": self.probability.currentData(),
            "impact": self.impact.currentData(),
            "response": self.response.text(),
            "due_date": self.due.value(),
        }

    def _write(self, title: str, work: Callable[[], Any], done: str, clear: bool) -> None:
        def written(_result: Any) -> None:
            if clear:
                for edit in (self.description, self.response, self.owner, self.due, self.close_note):
                    edit.clear()
            self.changed.emit()

        write_for_opportunity(self.runner, self.message, self.opp_id, title, work, done, written)

    def add_risk(self) -> None:
        values = self._form()
        owner = self.owner.text().strip() or None
        description = values.pop("description")
        self._write(
            tr("正在登记风险…"),
            lambda: self.services.risks.add(self.opp_id, description, owner=owner, **values),
            tr("已添加风险"),
            clear=True,
        )

    def _selected_id(self) -> str | None:
        risk_id = self.table.selected_id()
        if risk_id is None:
            self.message.error(tr("请先在表中选中一条风险"))
        return risk_id

    def save_selected(self) -> None:
        risk_id = self._selected_id()
        if risk_id is None:
            return
        values = {**self._form(), "owner": self.owner.text()}
        self._write(
            tr("正在保存风险…"),
            lambda: self.services.risks.update(risk_id, values),
            tr("风险已保存"),
            clear=False,
        )

    def close_selected(self) -> None:
        risk_id = self._selected_id()
        if risk_id is None:
            return
        note = self.close_note.text()
        self._write(
            tr("正在关闭风险…"),
            lambda: self.services.risks.close(risk_id, note),
            tr("风险已关闭"),
            clear=True,
        )
