"""日志 page: every logged activity, filtered by date range, type, owner and customer.

The list is read on the runner's read worker (a newer filter supersedes an older read) and read
again when the bus names activities while the page is shown; a hidden page reads on showing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from projdesk.domain.catalog import ACTIVITY_TYPES
from projdesk.domain.changes import ACTIVITY, Changes
from projdesk.storage import dto
from projdesk.storage.services import Services
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.common.widgets import date_text, em, tr
from projdesk.ui.translatable import QT_TR_NOOP

LIMIT = 2000  # enough to read; narrow the filters for more


class ActivitiesPage(QWidget):
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
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.type = QComboBox()
        self.type.addItem(tr("全部类型"), "")
        for t in ACTIVITY_TYPES:
            self.type.addItem(tr(t), t)
        self.type.currentIndexChanged.connect(lambda _i: self.refresh())
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(tr("负责人"))
        self.owner.setMaximumWidth(em(self, 8))
        self.customer = QLineEdit()
        self.customer.setPlaceholderText(tr("客户名称包含…"))
        self.customer.setMaximumWidth(em(self, 14))
        for filter_edit in (self.owner, self.customer):
            filter_edit.setClearButtonEnabled(True)
            filter_edit.editingFinished.connect(self.refresh)
        self.count = QLabel()
        refresh = QPushButton(tr("刷新"))
        refresh.clicked.connect(self.refresh)
        row = QHBoxLayout()
        for label, date_edit in ((tr("从"), self.since), (tr("到"), self.until)):
            row.addWidget(QLabel(label))
            row.addWidget(date_edit)
        for w in (self.type, self.owner, self.customer, refresh, self.count):
            row.addWidget(w)
        row.addStretch(1)
        self.table = RecordTable(
            [
                tr(h)
                for h in (
                    QT_TR_NOOP("日期"),
                    QT_TR_NOOP("类型"),
                    QT_TR_NOOP("客户"),
                    QT_TR_NOOP("项目"),
                    QT_TR_NOOP("步骤"),
                    QT_TR_NOOP("参与人"),
                    QT_TR_NOOP("内容"),
                    QT_TR_NOOP("结果"),
                    QT_TR_NOOP("下一步"),
                    QT_TR_NOOP("负责人"),
                )
            ]
        )
        self.table.doubleClicked.connect(lambda _i: self._open_selected())
        self._opp_of: dict[str, str] = {}
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(self.table)

    def refresh(self) -> None:
        """Read the filtered list on the read worker; it is shown when it arrives."""
        kind = str(self.type.currentData() or "")
        activities = self.services.activities
        # PySide's stub types QDate.toPython() as object; it returns a datetime.date.
        since, until = self.since.date().toPython(), self.until.date().toPython()
        owner, customer = self.owner.text().strip() or None, self.customer.text().strip() or None
        self.runner.query(
            "activities-page",
            lambda: activities.list(
                since=since,  # type: ignore[arg-type]
                until=until,  # type: ignore[arg-type]
                types={kind} if kind else None,
                owner=owner,
                customer=customer,
                limit=LIMIT,
            ),
            self._show,
        )

    def _show(self, found: list[dto.ActivityView]) -> None:
        self._opp_of = {a.id: a.opportunity_id for a in found}
        self.table.fill_in_slices(
            [
                (
                    a.id,
                    [
                        date_text(a.date),
                        a.type,
                        a.customer,
                        a.opportunity,
                        a.step,
                        a.people,
                        a.content.replace("\n", " "),
                        a.result,
                        f"{a.next_action} {date_text(a.next_date)}".strip(),
                        a.owner,
                    ],
                )
                for a in found
            ]
        )
        more = tr("（只显示前 %d 条）") % LIMIT if len(found) >= LIMIT else ""
        self.count.setText(tr("%d 条") % len(found) + more)

    def _changes_made(self, changes: Changes) -> None:
        ids = changes.ids(ACTIVITY)
        if (ids is None or ids) and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def _open_selected(self) -> None:
        opp_id = self._opp_of.get(self.table.selected_id() or "")
        if opp_id:
            self.open_opportunity(opp_id)
