"""报价 tab: the quote rounds with their itemised lines; add a round, accept a round."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import InlineMessage, date_text, money_text, tr, write_in_place, yuan_text
from projdesk.ui.translatable import QT_TR_NOOP

ID_ROLE = Qt.ItemDataRole.UserRole
LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # a line's own id (ID_ROLE holds its round's)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LINE_COLUMNS = ("item", "brand", "model", "quantity", "unit", "unit_price")
LINE_HEADERS = (
    QT_TR_NOOP("品名"),
    QT_TR_NOOP("品牌"),
    QT_TR_NOOP("型号"),
    QT_TR_NOOP("数量"),
    QT_TR_NOOP("单位"),
    QT_TR_NOOP("单价（元）"),
)


class QuotesTab(QWidget):
    record_requested = Signal(str, str, str)  # "edit"/"delete", "quote"/"quote_line", id

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.opp_id = ""
        self._quotes: list[dto.QuoteView] = []
        self.rounds = QTreeWidget()
        self.rounds.setHeaderLabels(
            [
                tr(h)
                for h in (
                    QT_TR_NOOP("轮次 / 品名"),
                    QT_TR_NOOP("品牌"),
                    QT_TR_NOOP("型号"),
                    QT_TR_NOOP("数量"),
                    QT_TR_NOOP("单价（元）"),
                    QT_TR_NOOP("小计（元）"),
                )
            ]
        )
        self.rounds.setAlternatingRowColors(True)
        self.rounds.setUniformRowHeights(True)
        self.accept_button = QPushButton(tr("接受所选轮次"))
        self.accept_button.setObjectName("acceptQuote")
        self.accept_button.clicked.connect(self.accept_selected)
        self.edit_button = QPushButton(tr("修改所选…"))
        self.edit_button.setObjectName("editQuoteRecord")
        self.edit_button.setToolTip(tr("选中一轮：改日期和说明；选中一行：改品名、品牌、型号、数量、单价"))
        self.edit_button.clicked.connect(lambda: self._request("edit"))
        self.add_line_button = QPushButton(tr("给所选轮次加一行…"))
        self.add_line_button.setObjectName("addQuoteLine")
        self.add_line_button.clicked.connect(self._request_line)
        self.delete_button = QPushButton(tr("删除所选"))
        self.delete_button.setObjectName("deleteQuoteRecord")
        self.delete_button.clicked.connect(lambda: self._request("delete"))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.add_line_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        top.addWidget(self.accept_button)

        self.lines = QTableWidget(0, len(LINE_HEADERS))
        self.lines.setObjectName("newQuoteLines")
        self.lines.setHorizontalHeaderLabels([tr(h) for h in LINE_HEADERS])
        self.lines.horizontalHeader().setStretchLastSection(True)
        self.lines.verticalHeader().hide()
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.lines.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("本轮说明，例如：让利 3%，延长质保一年"))
        add_line = QPushButton(tr("加一行"))
        add_line.clicked.connect(lambda: self.add_line())
        copy_last = QPushButton(tr("复制上一轮"))
        copy_last.clicked.connect(self.copy_last_round)
        self.save_button = QPushButton(tr("保存为新一轮报价"))
        self.save_button.setObjectName("saveQuote")
        self.save_button.clicked.connect(self.save_round)
        row = QHBoxLayout()
        for w in (add_line, copy_last):
            row.addWidget(w)
        row.addWidget(self.note, 1)
        row.addWidget(self.save_button)
        self.message = InlineMessage()

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.rounds, 3)
        lay.addWidget(QLabel(tr("新一轮报价（逐项列明数量和单价）")))
        lay.addWidget(self.lines, 2)
        lay.addLayout(row)
        lay.addWidget(self.message)

    def load(self, detail: dto.OpportunityDetail) -> None:
        if detail.id != self.opp_id:
            self.lines.setRowCount(0)
            self.note.clear()
            self.message.clear_message()
        self.opp_id = detail.id
        self._quotes = list(detail.quotes)
        self.rounds.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for q in reversed(self._quotes):
            mark = tr("（已接受）") if q.accepted else ""
            head = QTreeWidgetItem(
                [
                    tr("第 %d 轮  %s%s") % (q.round, date_text(q.date), mark),
                    "",
                    "",
                    "",
                    "",
                    yuan_text(q.total),
                ]
            )
            head.setData(0, ID_ROLE, q.id)
            head.setToolTip(0, q.note)
            for c in range(6):
                head.setFont(c, bold)
            head.setTextAlignment(5, RIGHT)
            if q.note:
                head.setText(1, q.note)
            for line in sorted(q.lines, key=lambda item: item.position):
                child = QTreeWidgetItem(
                    [
                        line.item,
                        line.brand,
                        line.model,
                        f"{line.quantity.normalize():f} {line.unit}",
                        yuan_text(line.unit_price),
                        yuan_text(line.total),
                    ]
                )
                child.setData(0, ID_ROLE, q.id)
                child.setData(0, LINE_ROLE, line.id)
                for c in (3, 4, 5):
                    child.setTextAlignment(c, RIGHT)
                head.addChild(child)
            self.rounds.addTopLevelItem(head)
            head.setExpanded(q is self._quotes[-1] or q.accepted)
        for c in range(6):
            self.rounds.resizeColumnToContents(c)
        accepted = next((q for q in self._quotes if q.accepted), None)
        if self._quotes:
            last = self._quotes[-1]
            text = tr("共 %d 轮报价；最新一轮 %s") % (len(self._quotes), money_text(last.total))
            if accepted:
                text += tr("；已接受第 %d 轮 %s") % (accepted.round, money_text(accepted.total))
        else:
            text = tr("还没有报价。按报价手册逐项列明，每一轮都会记入报价日志。")
        self.summary.setText(text)
        if self.lines.rowCount() == 0:
            self.add_line()

    def add_line(self, values: dict[str, Any] | None = None) -> None:
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        for c, key in enumerate(LINE_COLUMNS):
            self.lines.setItem(row, c, QTableWidgetItem(str((values or {}).get(key, ""))))

    def copy_last_round(self) -> None:
        if not self._quotes:
            return
        self.lines.setRowCount(0)
        for line in self._quotes[-1].lines:
            self.add_line(
                {
                    "item": line.item,
                    "brand": line.brand,
                    "model": line.model,
                    "quantity": f"{line.quantity.normalize():f}",
                    "unit": line.unit,
                    "unit_price": f"{line.unit_price:.2f}",
                }
            )

    def entered_lines(self) -> list[dict[str, str]]:
        result = []
        for r in range(self.lines.rowCount()):
            values = {}
            for c, key in enumerate(LINE_COLUMNS):
                item = self.lines.item(r, c)
                values[key] = item.text().strip() if item is not None else ""
            if any(values.values()):
                result.append(values)
        return result

    def save_round(self) -> None:
        lines, note, opp_id, commercial = (
            self.entered_lines(),
            self.note.text(),
            self.opp_id,
            self.services.commercial,
        )

        def saved(_quote_id: str) -> None:
            self.lines.setRowCount(0)  # before the bus refills the rounds: a fresh empty line
            self.note.clear()
            self.add_line()
            self.message.ok(tr("已保存新一轮报价（%d 行）") % len(lines))

        write_in_place(
            self.runner,
            self.message,
            tr("正在保存报价…"),
            lambda: commercial.add_quote(opp_id, lines, note=note),
            saved,
        )

    def _request(self, action: str) -> None:
        """Edit or delete the selected round (a round's row) or line (a line's row)."""
        item = self.rounds.currentItem()
        if item is None:
            self.message.error(tr("请先在上面选中一轮报价或其中一行"))
            return
        self.message.clear_message()
        line = item.data(0, LINE_ROLE)
        if line:
            self.record_requested.emit(action, "quote_line", str(line))
        else:
            self.record_requested.emit(action, "quote", str(item.data(0, ID_ROLE)))

    def _request_line(self) -> None:
        item = self.rounds.currentItem()
        if item is None:
            self.message.error(tr("请先在上面选中一轮报价或其中一行"))
            return
        self.message.clear_message()
        self.record_requested.emit("add_line", "quote", str(item.data(0, ID_ROLE)))

    def accept_selected(self) -> None:
        item = self.rounds.currentItem()
        if item is None:
            self.message.error(tr("请先在上面选中一轮报价"))
            return
        quote_id, commercial = str(item.data(0, ID_ROLE)), self.services.commercial
        write_in_place(
            self.runner,
            self.message,
            tr("正在保存…"),
            lambda: commercial.accept_quote(quote_id),
            lambda _r: self.message.ok(tr("已接受这一轮报价")),
        )
