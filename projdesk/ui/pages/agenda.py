"""日程 page: next steps, look-again days, payments due and risk deadlines, overdue first.

Grouped by section (逾期 / 今天 / 明天 / 本周 / 下周 / 以后), by day or by ISO week. 完成 and
改期 are one service write each on the one runner (projdesk.storage.services.agenda), so the
history records them and 撤销 (or Ctrl+Z on this page) takes the last one back. The list is read on
the runner's read worker, and read again when the bus names opportunities, payments or risks
while the page is shown; a hidden page reads on showing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.agenda import rescheduled
from projdesk.domain.changes import OPPORTUNITY, PAYMENT, RISK, Changes
from projdesk.storage.services import Services
from projdesk.storage.services.agenda import Agenda, AgendaItem
from projdesk.ui.common import dialogs
from projdesk.ui.common.date_edit import weekday_text
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.widgets import InlineMessage, em, money_text, tr, tree_children, write_in_place
from projdesk.ui.labels import agenda_kind_text, agenda_section_text, day_words
from projdesk.ui.translatable import QT_TR_NOOP

if TYPE_CHECKING:
    from projdesk.ui.agenda_notice import TodayNotice
    from projdesk.ui.main_window import MainWindow
    from projdesk.ui.workspace.install import WorkspaceController

KEY_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOR = "#b3261e"
# Past this a group says how many more: a merged team database has thousands overdue, and a
# tree of them took 0.45 s to fill on the GUI thread (the reminders panel measured it).
SHOWN_PER_GROUP = 300
HORIZONS = (7, 14, 30, 90)  # days ahead
GROUPINGS = (("section", QT_TR_NOOP("按紧迫程度")), ("day", QT_TR_NOOP("按天")), ("week", QT_TR_NOOP("按周")))
COLUMNS = (
    QT_TR_NOOP("日期"),
    QT_TR_NOOP("类别"),
    QT_TR_NOOP("事项"),
    QT_TR_NOOP("客户 / 项目"),
    QT_TR_NOOP("金额"),
    QT_TR_NOOP("负责人"),
)


def day_text(day: dt.date) -> str:
    """12月3日 周四: the date as a salesperson says it (the one date form, with its weekday)."""
    return day_words(day, relative=False) + " " + weekday_text(day)


def _key(item: AgendaItem) -> str:
    return f"{item.kind}:{item.record_id}"


@dataclass(frozen=True)
class Done:
    """What a quick action changed: the status line and the opportunity undo takes it back on."""

    text: str
    opportunity_id: str


class DateDialog(QDialog):
    """改期 → 选择日期…: a calendar; Enter takes the date shown."""

    def __init__(self, start: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("改期"))
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.activated.connect(lambda _d: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setDefault(True)  # else 取消 could take Enter (FIELD-NOTES)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.calendar)
        lay.addWidget(buttons)

    def chosen(self) -> dt.date:
        d = self.calendar.selectedDate()
        return dt.date(d.year(), d.month(), d.day())


class AgendaPage(QWidget):
    loaded = Signal(object)  # Agenda, each time a read has been shown

    def __init__(
        self,
        services: Services,
        runner: Runner,
        open_opportunity: Callable[[str], None],
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.open_opportunity = open_opportunity
        self.today = today
        runner.changes_made.connect(self._changes_made)
        self.agenda: Agenda | None = None
        self._items: dict[str, AgendaItem] = {}
        self._undo: list[str] = []  # opportunities of this page's quick actions, the last at the end
        self._stale = True
        self._follow: str | None = None  # after 完成 or 改期: the row to select next

        user = services.prefs.user_name
        self.mine_only = QCheckBox(tr("只看我的（%s）") % user)
        # A salesperson wants their own list; a team lead's merged database has others' too.
        self.mine_only.setChecked(services.opportunities.count_open(owner=user) > 0)
        self.mine_only.toggled.connect(lambda _on: self.refresh())
        self.horizon = QComboBox()
        for days in HORIZONS:
            self.horizon.addItem(tr("未来 %d 天") % days, days)
        self.horizon.setCurrentIndex(HORIZONS.index(14))
        self.horizon.currentIndexChanged.connect(lambda _i: self.refresh())
        self.grouping = QComboBox()
        for code, text in GROUPINGS:
            self.grouping.addItem(tr(text), code)
        self.grouping.currentIndexChanged.connect(lambda _i: self._show_again())

        self.done_button = QPushButton(tr("完成"))
        self.done_button.setToolTip(
            tr("下一步：标为已做（清除卡片上的下一步）；回款：记为今天全额到账；风险：关闭并写处理结果")
            + " (Ctrl+Enter)"
        )
        self.done_button.clicked.connect(self.complete_selected)
        # Page-wide keys only (WidgetWithChildrenShortcut): the window's own shortcuts stay unique.
        done_key = QShortcut(
            QKeySequence("Ctrl+Return"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        done_key.activated.connect(self.complete_selected)
        self.later_button = QToolButton()
        self.later_button.setText(tr("改期"))
        self.later_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.later_button)
        self.one_day = menu.addAction(tr("推后 1 天"))
        self.one_week = menu.addAction(tr("推后 1 周"))
        self.pick_date = menu.addAction(tr("选择日期…"))
        self.one_day.triggered.connect(lambda: self.postpone(1))
        self.one_week.triggered.connect(lambda: self.postpone(7))
        self.pick_date.triggered.connect(self.choose_date)
        self.later_button.setMenu(menu)
        # No shortcut of its own: Ctrl+Z is the window's 撤销, which hands it here while this page
        # is shown (a second Ctrl+Z shortcut would make both ambiguous, and neither would fire).
        self.undo_action = QAction(tr("撤销"), self)
        self.undo_action.setToolTip(tr("撤销日程里的上一次完成或改期 (Ctrl+Z)"))
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.undo_action.triggered.connect(lambda: self.undo())
        self.count = QLabel()

        row = QHBoxLayout()
        for w in (
            self.mine_only,
            self.horizon,
            self.grouping,
            self.done_button,
            self.later_button,
            self.undo_button,
        ):
            row.addWidget(w)
        row.addWidget(self.count)
        row.addStretch(1)
        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaTree")
        self.tree.setHeaderLabels([tr(c) for c in COLUMNS])
        self.tree.itemDoubleClicked.connect(self._open)
        self.tree.itemActivated.connect(self._open)  # Enter on a row, as a double click
        self.tree.itemSelectionChanged.connect(self._enable)
        self.tree.setUniformRowHeights(True)
        self.message = InlineMessage()
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addWidget(self.tree)
        self._enable()

    # -- reading ---------------------------------------------------------------------------
    def owner(self) -> str | None:
        return self.services.prefs.user_name if self.mine_only.isChecked() else None

    def refresh(self) -> None:
        """Read the agenda on the read worker; it is shown when it arrives."""
        agenda = self.services.agenda
        # The name as set now: a rename in 设置 shows here at the next read.
        self.mine_only.setText(tr("只看我的（%s）") % self.services.prefs.user_name)
        owner, days, today = self.owner(), int(self.horizon.currentData()), self.today()
        self._stale = False
        self.runner.query(
            "agenda-page", lambda: agenda.items(owner=owner, days=days, today=today), self._show
        )

    def _changes_made(self, changes: Changes) -> None:
        touched = [changes.ids(kind) for kind in (OPPORTUNITY, PAYMENT, RISK)]
        if any(ids is None or ids for ids in touched):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _show_again(self) -> None:
        if self.agenda is not None:
            self._show(self.agenda)

    def _groups(self, agenda: Agenda) -> list[tuple[str, list[AgendaItem], bool]]:
        """(heading, items, overdue?) in the chosen grouping, overdue first in each."""
        grouping = self.grouping.currentData()
        today = agenda.today
        if grouping == "day":
            return [(day_text(day), items, day < today) for day, items in agenda.by_day()]
        if grouping == "week":
            return [
                (
                    tr("%s 起的一周") % day_text(monday),
                    items,
                    monday + dt.timedelta(days=7) <= today,
                )
                for monday, items in agenda.by_week()
            ]
        return [(agenda_section_text(code), items, code == "overdue") for code, items in agenda.sections()]

    def _show(self, agenda: Agenda) -> None:
        selected = self.selected()
        self.agenda = agenda
        self._items = {_key(i): i for i in agenda.items}
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        red = QBrush(QColor(OVERDUE_COLOR))
        for heading, items, late in self._groups(agenda):
            head = QTreeWidgetItem([tr("%s（%d）") % (heading, len(items))])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            if late:
                head.setForeground(0, red)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            for item in items[:SHOWN_PER_GROUP]:
                row = QTreeWidgetItem(
                    [
                        day_text(item.date),
                        agenda_kind_text(item.kind),
                        item.what or tr("（未写明）"),
                        f"{item.customer} / {item.opportunity}",
                        money_text(item.amount),
                        item.owner,
                    ]
                )
                row.setData(0, KEY_ROLE, _key(item))
                row.setToolTip(3, tr("双击打开商机"))
                if item.date < agenda.today:
                    row.setForeground(0, red)
                head.addChild(row)
            if len(items) > SHOWN_PER_GROUP:
                more = QTreeWidgetItem([tr("……另有 %d 项（最早的在前）") % (len(items) - SHOWN_PER_GROUP)])
                head.addChild(more)
                more.setFirstColumnSpanned(True)
            head.setExpanded(True)
        char = em(self, 1)
        for column, cap in enumerate((0, 5, 22, 30, 8, 6)):
            if column == 0:  # the date, after the tree's indentation: never cut
                sample = self.tree.fontMetrics().horizontalAdvance(day_text(dt.date(2026, 12, 30)))
                self.tree.setColumnWidth(0, sample + self.tree.indentation() * 2 + char * 2)
                continue
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), char * cap))
        overdue = sum(1 for i in agenda.items if i.date < agenda.today)
        self.count.setText(tr("共 %d 项，逾期 %d 项") % (len(agenda.items), overdue))
        follow = self._items.get(self._follow or "")
        self._follow = None
        if selected is not None and not self.select(selected) and follow is not None:
            self.select(follow)  # the acted-on row left: on to the one after it, for the next 完成
        self._enable()
        self.loaded.emit(agenda)

    # -- what is selected ------------------------------------------------------------------
    def selected(self) -> AgendaItem | None:
        rows = self.tree.selectedItems()
        key = rows[0].data(0, KEY_ROLE) if rows else None
        return self._items.get(str(key)) if key else None

    def _next_key(self) -> str | None:
        """The key of the item after the selected one, in the order shown."""
        item = self.selected()
        if item is None or self.agenda is None:
            return None
        keys = [_key(i) for i in self.agenda.items]
        at = keys.index(_key(item))
        return keys[at + 1] if at + 1 < len(keys) else None

    def select(self, item: AgendaItem) -> bool:
        for head in tree_children(self.tree.invisibleRootItem()):
            for row in tree_children(head):
                if row.data(0, KEY_ROLE) == _key(item):
                    self.tree.setCurrentItem(row)
                    return True
        return False

    def rows(self) -> list[str]:
        """Every line shown (headings and rows), for tests and accessibility."""
        lines = []
        for head in tree_children(self.tree.invisibleRootItem()):
            lines.append(head.text(0))
            lines.extend(" | ".join(r.text(c) for c in range(len(COLUMNS))) for r in tree_children(head))
        return lines

    def _enable(self) -> None:
        item = self.selected()
        self.done_button.setEnabled(item is not None and item.can_complete)
        self.later_button.setEnabled(item is not None)
        self.undo_action.setEnabled(bool(self._undo))

    def _open(self, row: QTreeWidgetItem, _column: int) -> None:
        item = self._items.get(str(row.data(0, KEY_ROLE) or ""))
        if item is not None:
            self.open_opportunity(item.opportunity_id)

    # -- quick actions ---------------------------------------------------------------------
    def complete_selected(self) -> None:
        item = self.selected()
        if item is None or not item.can_complete:
            return
        note = ""
        if item.kind == "risk":
            answer = dialogs.ask_text(self, tr("关闭风险"), tr("处理结果："))
            if answer is None:
                return
            note = answer
        agenda, today = self.services.agenda, self.today()

        def work() -> Done:
            opp_id = agenda.complete(item.kind, item.record_id, note=note, today=today)
            return Done(tr("已完成：%s（可撤销）") % (item.what or agenda_kind_text(item.kind)), opp_id)

        self._write(tr("完成日程"), work)

    def postpone(self, days: int) -> None:
        item = self.selected()
        if item is not None:
            self.reschedule(item, rescheduled(item.date, self.today(), days))

    def choose_date(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = DateDialog(rescheduled(item.date, self.today(), 1), self)
        accepted = dialogs.run_dialog(dialog)
        day = dialog.chosen()
        dialog.deleteLater()
        if accepted:
            self.reschedule(item, day)

    def reschedule(self, item: AgendaItem, day: dt.date) -> None:
        agenda = self.services.agenda

        def work() -> Done:
            opp_id = agenda.reschedule(item.kind, item.record_id, day)
            return Done(tr("已改到 %s（可撤销）") % day_text(day), opp_id)

        self._write(tr("改期"), work)

    def take_undo(self) -> bool:
        """The window's Ctrl+Z: this page's own undo while it is shown (False: not shown)."""
        if not self.isVisible():
            return False
        self.undo()
        return True

    def undo(self) -> None:
        """Take back this page's last 完成 or 改期 (the opportunity's last change on this device)."""
        if not self._undo:
            self.message.ok(tr("日程里没有可撤销的操作了"))
            return
        opp_id = self._undo.pop()
        history = self.services.history

        def work() -> Done:
            reverted = history.undo_last(opp_id)
            return Done(tr("已撤销 %d 处修改") % len(reverted), "")

        self._write(tr("撤销"), work, keep_for_undo=False)

    def _write(self, title: str, work: Callable[[], Done], *, keep_for_undo: bool = True) -> None:
        self._follow = self._next_key()

        def done(result: Done) -> None:
            if keep_for_undo and result.opportunity_id:
                self._undo.append(result.opportunity_id)
            self.message.ok(result.text)
            self._enable()

        write_in_place(self.runner, self.message, title, work, done)


@dataclass(frozen=True)
class AgendaParts:
    page: AgendaPage
    show_action: QAction  # 日程 (Ctrl+4), the form's actionShowAgenda
    notice: TodayNotice


def install_agenda(
    window: MainWindow, services: Services, runner: Runner, workspace: WorkspaceController
) -> AgendaParts:
    """Put the 日程 page in the window, with its show action and the start-of-day notice."""
    from projdesk.ui.agenda_notice import TodayNotice

    page = AgendaPage(services, runner, workspace.open)
    window.set_page("agenda", page)
    show = window.ui.actionShowAgenda  # 日程 (Ctrl+4), declared in the form with the other pages
    notice = TodayNotice(services, runner, window, window.statusBar())
    notice.clicked.connect(show.trigger)
    notice.check()
    return AgendaParts(page, show, notice)
