"""The reminders panel: a dock (never a blocking dialog) listing what needs attention today.

It starts folded to one strip with the count ("提醒（12）"): a list of a hundred stale deals
took a third of a laptop's height on every start (issue 16); a click (or Ctrl+R) unfolds it.

The list is read on the runner's read worker (0.3 s at 10,000 opportunities) and read again when
the bus names opportunities or payments while the panel is shown."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.changes import OPPORTUNITY, PAYMENT, Changes
from projdesk.storage.services import Services
from projdesk.storage.services.reminders import Reminder, Reminders
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import date_text, money_text, tr, tree_children

ID_ROLE = Qt.ItemDataRole.UserRole
# Most overdue first; past this a section says how many more (a merged team database has
# thousands, and a tree of them took 0.45 s to fill on the GUI thread).
SHOWN_PER_SECTION = 200


def _overdue(r: Reminder) -> str:
    if r.days > 0:
        return tr("逾期 %d 天") % r.days
    if r.days == 0:
        return tr("今天")
    return tr("%d 天后") % -r.days


class RemindersPanel(QDockWidget):
    open_requested = Signal(str)
    loaded = Signal(object)  # Reminders, each time a read has been shown

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(tr("提醒"), parent)
        self.setObjectName("remindersDock")
        self.services = services
        self.runner = runner
        runner.changes_made.connect(self._changes_made)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("客户 / 项目"), tr("事项"), tr("日期"), tr("情况")])
        self.tree.setRootIsDecorated(False)
        self.tree.itemDoubleClicked.connect(self._open)
        # A salesperson wants their own list; a team lead's merged database has others' too.
        self.mine_only = QCheckBox(tr("只看我的（%s）") % services.prefs.user_name)
        user = services.prefs.user_name
        self.mine_only.setChecked(services.opportunities.count_open(owner=user) > 0)
        self.mine_only.toggled.connect(lambda _on: self.refresh())
        self.body = QWidget()
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mine_only)
        layout.addWidget(self.tree)
        self.setWidget(self.body)
        self.tree.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        self.toggle = QToolButton()
        self.toggle.setObjectName("remindersToggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setToolTip(tr("展开或收起提醒 (Ctrl+R)"))
        self.toggle.toggled.connect(self.set_expanded)
        hide = QToolButton()
        hide.setObjectName("remindersHide")
        hide.setAutoRaise(True)
        hide.setText("×")  # notr: a mark
        hide.setToolTip(tr("隐藏提醒"))
        hide.clicked.connect(self.hide)
        strip = QWidget()
        row = QHBoxLayout(strip)
        row.setContentsMargins(2, 0, 2, 0)
        row.addWidget(self.toggle)
        row.addStretch(1)
        row.addWidget(hide)
        self.setTitleBarWidget(strip)  # the strip is all a folded panel shows
        self.reminders: Reminders | None = None
        self.set_expanded(False)

    def expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Unfold the list below the strip, or fold it back to the strip with its count."""
        if self.toggle.isChecked() != expanded:
            self.toggle.setChecked(expanded)  # comes back here through toggled
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and self.isVisible():
            # The dock area keeps its height unless told: fold to the strip, unfold to a list.
            lines = 14 if expanded else 0
            height = self.titleBarWidget().sizeHint().height() + self.fontMetrics().lineSpacing() * lines
            window.resizeDocks([self], [height], Qt.Orientation.Vertical)
        self._show_count()

    def _show_count(self) -> None:
        count = self.reminders.count if self.reminders is not None else 0
        self.toggle.setText(tr("提醒（%d）") % count)

    def refresh(self, today: dt.date | None = None, *, reveal_if_due: bool = False) -> None:
        """Read what is due on the read worker; ``reveal_if_due`` (at start) shows the panel
        only when something is."""
        user = self.services.prefs.user_name
        self.mine_only.setText(tr("只看我的（%s）") % user)  # the name may have changed (设置, the welcome)
        owner = user if self.mine_only.isChecked() else None
        reminders = self.services.reminders

        def shown(found: Reminders) -> None:
            self._show(found)
            if reveal_if_due:
                self.setVisible(found.count > 0)
            self.loaded.emit(found)

        self.runner.query("reminders", lambda: reminders.due(today, owner=owner), shown)

    def _changes_made(self, changes: Changes) -> None:
        opps, payments = changes.ids(OPPORTUNITY), changes.ids(PAYMENT)
        if self.isVisible() and (opps is None or payments is None or opps or payments):
            self.refresh()

    def _show(self, r: Reminders) -> None:
        self.reminders = r
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        sections = (
            (tr("今天该做和已逾期的下一步"), r.next_steps, _overdue),
            (tr("近期应收款"), r.collections, lambda x: f"{_overdue(x)} {money_text(x.amount)}"),
            (tr("停滞的商机"), r.idle, lambda x: tr("本阶段已 %d 天") % x.days),
        )
        for title, items, status in sections:
            head = QTreeWidgetItem([tr("%1（%2）").replace("%1", title).replace("%2", str(len(items)))])
            head.setFont(0, bold)
            head.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for item in items[:SHOWN_PER_SECTION]:
                row = QTreeWidgetItem(
                    [
                        f"{item.customer} / {item.opportunity}",
                        item.what,
                        date_text(item.date),
                        status(item),
                    ]
                )
                row.setData(0, ID_ROLE, item.opportunity_id)
                if item.days > 0 and items is not r.idle:
                    row.setForeground(3, QBrush(QColor("#b3261e")))
                head.addChild(row)
            if len(items) > SHOWN_PER_SECTION:
                more = QTreeWidgetItem(
                    [tr("……另有 %d 项（最紧迫的在前）") % (len(items) - SHOWN_PER_SECTION)]
                )
                head.addChild(more)
                more.setFirstColumnSpanned(True)  # once in the tree: before, Qt ignores it
            head.setExpanded(True)
        self.tree.setRootIsDecorated(True)
        char = self.fontMetrics().horizontalAdvance("中")
        for c, cap in enumerate((28, 24, 8, 12)):
            self.tree.resizeColumnToContents(c)
            self.tree.setColumnWidth(c, min(self.tree.columnWidth(c), char * cap))
        self.setWindowTitle(tr("提醒（%d）") % r.count)
        self._show_count()

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
