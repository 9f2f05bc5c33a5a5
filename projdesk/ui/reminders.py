"""The reminders panel: a dock (never a blocking dialog) listing what needs attention today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QCheckBox, QDockWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from projdesk.storage.services import Services
from projdesk.storage.services.reminders import Reminder, Reminders
from projdesk.ui.common.tables import SLICE_ROWS
from projdesk.ui.common.widgets import money_text, tr, tree_children

ID_ROLE = Qt.ItemDataRole.UserRole


def _overdue(r: Reminder) -> str:
    if r.days > 0:
        return tr("逾期 %d 天") % r.days
    if r.days == 0:
        return tr("今天")
    return tr("%d 天后") % -r.days


class RemindersPanel(QDockWidget):
    open_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(tr("提醒"), parent)
        self.setObjectName("remindersDock")
        self.services = services
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("客户 / 项目"), tr("事项"), tr("日期"), tr("情况")])
        self.tree.setRootIsDecorated(False)
        # One line per row: the view lays out thousands of rows without asking each its height.
        self.tree.setUniformRowHeights(True)
        self.tree.itemDoubleClicked.connect(self._open)
        # A salesperson wants their own list; a team lead's merged database has others' too.
        self.mine_only = QCheckBox(tr("只看我的（%s）") % services.prefs.user_name)
        user = services.prefs.user_name
        self.mine_only.setChecked(services.opportunities.count_open(owner=user) > 0)
        self.mine_only.toggled.connect(lambda _on: self.refresh())
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mine_only)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self.tree.setMinimumHeight(self.fontMetrics().lineSpacing() * 10)
        self.reminders: Reminders | None = None
        self._filling = 0  # names the newest fill: a slice of an older one is dropped

    def refresh(self, today: dt.date | None = None) -> Reminders:
        """Read and show on the GUI thread (a query reads ``services.reminders.due`` with
        :meth:`chosen_owner` on a worker and hands the result to :meth:`fill`)."""
        r = self.services.reminders.due(today, owner=self.chosen_owner())
        self.fill(r)
        return r

    def chosen_owner(self) -> str | None:
        """Whose reminders to show: mine, or everyone's (None)."""
        return self.services.prefs.user_name if self.mine_only.isChecked() else None

    def fill(self, r: Reminders) -> None:
        """Show ``r``: the section heads at once, their rows SLICE_ROWS per event-loop turn (a
        team lead's merged database has thousands of them: about a second of items at once)."""
        self.reminders = r
        self._filling += 1
        filling = self._filling
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        sections = (
            (tr("今天该做和已逾期的下一步"), r.next_steps, _overdue, True),
            (tr("近期应收款"), r.collections, lambda x: f"{_overdue(x)} {money_text(x.amount)}", True),
            (tr("停滞的商机"), r.idle, lambda x: tr("本阶段已 %d 天") % x.days, False),
        )
        rows: list[tuple[QTreeWidgetItem, Reminder, Callable[[Reminder], str], bool]] = []
        for title, items, status, late_in_red in sections:
            head = QTreeWidgetItem([f"{title}（{len(items)}）"])
            head.setFont(0, bold)
            head.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            head.setExpanded(True)
            rows.extend((head, item, status, late_in_red) for item in items)
        self.tree.setRootIsDecorated(True)
        self.setWindowTitle(tr("提醒（%d）") % r.count)
        late = QBrush(QColor("#b3261e"))

        def step(start: int) -> None:
            if filling != self._filling:
                return  # newer reminders took over
            children: dict[int, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
            for head, item, status, late_in_red in rows[start : start + SLICE_ROWS]:
                row = QTreeWidgetItem(
                    [
                        f"{item.customer} / {item.opportunity}",
                        item.what,
                        item.date.isoformat() if item.date else "",
                        status(item),
                    ]
                )
                row.setData(0, ID_ROLE, item.opportunity_id)
                if item.days > 0 and late_in_red:
                    row.setForeground(3, late)
                children.setdefault(id(head), (head, []))[1].append(row)
            for head, new_rows in children.values():
                head.addChildren(new_rows)  # one insertion per section and slice, not per row
            if start == 0:
                self._fit_columns()
            if start + SLICE_ROWS < len(rows):
                QTimer.singleShot(0, self, lambda: step(start + SLICE_ROWS))

        step(0)

    def _fit_columns(self) -> None:
        char = self.fontMetrics().horizontalAdvance("中")
        for c, cap in enumerate((28, 24, 8, 12)):
            self.tree.resizeColumnToContents(c)
            self.tree.setColumnWidth(c, min(self.tree.columnWidth(c), char * cap))

    def texts(self) -> list[str]:
        """Every line shown, for tests and accessibility."""
        lines = []
        for head in tree_children(self.tree.invisibleRootItem()):
            lines.append(head.text(0))
            lines.extend(" | ".join(child.text(c) for c in range(4)) for child in tree_children(head))
        return lines

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        opp_id = item.data(0, ID_ROLE)
        if opp_id:
            self.open_requested.emit(str(opp_id))
