"""报表 page: a preview of the weekly summary, its export, and import from an Excel tracker.

Also the quote-log and progress-log exports an opportunity's documents list offers
(:func:`export_quote_log`, :func:`export_progress_log`).
"""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from projdesk.deliverables.sheet_import import import_sheet
from projdesk.deliverables.sheets import exports, progress_log, quote_log, styles, weekly
from projdesk.domain.changes import CUSTOMER, OPPORTUNITY, Changes
from projdesk.storage.services import Services
from projdesk.storage.services.reports import WEEKLY_FIRST_STAGE, Week, WeeklyReport, weekly_rows
from projdesk.storage.services.sheet_import import ImportResult
from projdesk.ui.common import dialogs
from projdesk.ui.common.fitting import SidewaysRow
from projdesk.ui.common.runner import Progress, Runner
from projdesk.ui.crash import failure_text
from projdesk.ui.labels import amount_text, day_words, error_text
from projdesk.ui.main_window import MainWindow
from projdesk.ui.translatable import QT_TR_NOOP
from projdesk.ui.workspace.install import WorkspaceController

XLSX_FILTER = QT_TR_NOOP("Excel 文件 (*.xlsx)")  # translated at use
WEEKS_BACK = 26
_Index = QModelIndex | QPersistentModelIndex


# The weekly sheet's column headers (the Excel file keeps them in Chinese; the preview translates).
_HEADER_LABELS = (
    QT_TR_NOOP("序号"),
    QT_TR_NOOP("客户名称"),
    QT_TR_NOOP("项目名称"),
    QT_TR_NOOP("行业"),
    QT_TR_NOOP("地区"),
    QT_TR_NOOP("重点客户"),
    QT_TR_NOOP("当前阶段"),
    QT_TR_NOOP("当前步骤"),
    QT_TR_NOOP("本周进展"),
    QT_TR_NOOP("下周计划"),
    QT_TR_NOOP("计划日期"),
    QT_TR_NOOP("预计签单额(万元)"),
    QT_TR_NOOP("预计签约日期"),
    QT_TR_NOOP("项目主管"),
    QT_TR_NOOP("负责人"),
    QT_TR_NOOP("需要的支持"),
    QT_TR_NOOP("风险与问题"),
    QT_TR_NOOP("最后更新"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


class WeeklyModel(QAbstractTableModel):
    """The weekly summary's rows, formatted only for the cells on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[list[Any]] = []
        self._key: list[bool] = []
        self._late: list[bool] = []
        late = ("下周计划", "计划日期")  # notr: the sheet's column keys
        self._late_columns = {weekly.HEADERS.index(h) for h in late}
        self._key_brush = QBrush(QColor(f"#{styles.KEY_FILL}"))
        self._late_brush = QBrush(QColor(f"#{styles.OVERDUE_FONT}"))

    def set_report(self, report: WeeklyReport | None) -> None:
        self.beginResetModel()
        rows = report.rows if report else []
        self._rows = [weekly.cells(r) for r in rows]
        self._key = [r.key_account for r in rows]
        self._late = [r.overdue for r in rows]
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(weekly.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(weekly.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(self._rows[row][column])
        if role == Qt.ItemDataRole.ToolTipRole:
            value = self._rows[row][column]
            return value if isinstance(value, str) and "\n" in value else None
        if role == Qt.ItemDataRole.BackgroundRole and self._key[row]:
            return self._key_brush
        if role == Qt.ItemDataRole.ForegroundRole and self._late[row] and column in self._late_columns:
            return self._late_brush
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(self._rows[row][column], Decimal | int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def _display(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, dt.date):
        return day_words(value, relative=False)
    if isinstance(value, str):
        return value.replace("\n", "；")
    return str(value)


class ReportsPage(QWidget):
    """Week and scope choosers, the preview, export and import."""

    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.services = services
        self.tasks = runner
        self.report: WeeklyReport | None = None
        self._stale = True
        self.reading = False  # a preview query is on its way

        self.week_box = QComboBox(self)
        self.week_box.setObjectName("weekChooser")
        this_week = Week.of(dt.date.today())
        for back in range(WEEKS_BACK):
            week = this_week.shifted(-back)
            start, end = week.start, week.end
            label = (
                self.tr("%1（%2月%3日—%4月%5日）")
                .replace("%1", week.label)
                .replace("%2", str(start.month))
                .replace("%3", str(start.day))
                .replace("%4", str(end.month))
                .replace("%5", str(end.day))
            )
            if back == 0:
                label += self.tr(" 本周")
            self.week_box.addItem(label, week.label)
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("scopeChooser")
        self.scope_box.addItem(self.tr("我的商机"), "mine")
        self.scope_box.addItem(self.tr("全部商机"), "all")
        # The method keeps the summary from 申请立项 on; earlier deals are leads, shown on request.
        self.all_stages = QCheckBox(self.tr("含阶段 1–2"), self)
        self.all_stages.setObjectName("allStages")
        self.export_button = QPushButton(self.tr("导出周进度总结表…"), self)
        self.export_button.setObjectName("exportWeekly")
        self.import_button = QPushButton(self.tr("从 Excel 导入…"), self)
        self.import_button.setObjectName("importSheet")
        self.summary = QLabel(self)
        self.summary.setObjectName("weeklySummary")
        self.summary.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("reportsMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setWordWrap(True)

        self.model = WeeklyModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("weeklyPreview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().horizontalAdvance("中")
        metrics = header.fontMetrics()
        for i, column in enumerate(weekly.COLUMNS):
            wanted = char * max(3, min(column.max_width, 20)) // 2
            header.resizeSection(i, max(wanted, metrics.horizontalAdvance(tr(column.header))) + char)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + char // 2)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("周："), self))
        bar.addWidget(self.week_box)
        bar.addWidget(QLabel(self.tr("范围："), self))
        bar.addWidget(self.scope_box)
        bar.addWidget(self.all_stages)
        bar.addStretch(1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        row = QWidget(self)
        row.setLayout(bar)
        bar.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(SidewaysRow(row))  # a narrow window scrolls the bar, never grows
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        from projdesk.ui.pages.forecast_panel import ForecastPanel

        self.forecast = ForecastPanel(services, runner, self)  # the same scope as the preview
        layout.addWidget(self.forecast)
        layout.addWidget(self.message)

        self.week_box.currentIndexChanged.connect(self.refresh)
        self.scope_box.currentIndexChanged.connect(self.refresh)
        self.all_stages.toggled.connect(self.refresh)
        self.export_button.clicked.connect(self.export_weekly)
        self.import_button.clicked.connect(self.import_from_sheet)

    # -- state ---------------------------------------------------------------------------

    @property
    def week(self) -> Week:
        return Week.parse(str(self.week_box.currentData()))

    @property
    def owner(self) -> str | None:
        """Whose deals: the configured user's (设置 → 我的姓名), or everyone's when that user owns
        no open deal yet (first use, a team lead): an empty report would say nothing."""
        if self.scope_box.currentData() == "all" or not self.user_owns_deals():
            return None
        return self.services.prefs.user_name

    def user_owns_deals(self) -> bool:
        return self.services.opportunities.count_open(owner=self.services.prefs.user_name) > 0

    @property
    def first_stage(self) -> int:
        return 1 if self.all_stages.isChecked() else WEEKLY_FIRST_STAGE

    def _read_report(self) -> WeeklyReport:
        return weekly_rows(self.services, self.week, self.owner, first_stage=self.first_stage)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:  # built lazily: start-up never pays for the report
            self.refresh()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the preview as a query on the runner (about 0.7 s at 10,000 opportunities);
        when the week or scope changes meanwhile, only the newest choice is shown."""
        week, owner, first_stage = self.week, self.owner, self.first_stage
        self._stale = False
        self.reading = True
        self.forecast.refresh(owner)
        self.tasks.query(
            "weekly-preview",
            lambda: weekly_rows(self.services, week, owner, first_stage=first_stage),
            self._show_report,
            self._read_failed,
        )

    def _read_failed(self, error: BaseException) -> None:
        self.reading = False
        self._stale = True  # read again when next shown
        self.tasks.report_failure(error, self)

    def _show_report(self, report: WeeklyReport) -> None:
        self.reading = False
        self.report = report
        self.model.set_report(report)
        r = report
        c = r.counts
        everyone = ""
        if self.scope_box.currentData() != "all" and report.owner is None:
            everyone = self.tr(
                "“%1”名下还没有进行中的商机，这里显示全部商机（姓名在 设置 中填写）。"
            ).replace("%1", self.services.prefs.user_name)
        self.summary.setText(
            everyone
            + self.tr(
                "进行中商机 %1 个，预计签单额 %2，重点客户 %3 个，下一步逾期 %4 个，暂停 %9 个；"
                "本周新增商机 %5，阶段变化 %6，拜访 %7，新增日志 %8"
            )
            .replace("%9", str(len(r.on_hold)))
            .replace("%1", str(len(r.rows)))
            .replace("%2", amount_text(r.total_amount))
            .replace("%3", str(len(r.key_rows)))
            .replace("%4", str(sum(row.overdue for row in r.rows)))
            .replace("%5", str(c.new_opportunities))
            .replace("%6", str(c.stage_changes))
            .replace("%7", str(c.visits))
            .replace("%8", str(c.new_activities))
        )

    # -- export --------------------------------------------------------------------------

    def export_weekly(self) -> None:
        if self.tasks.busy:
            return
        if self.report is None or self._stale or self.reading:
            # The file is named after the report, before the question where to save it.
            self._show_report(self._read_report())
        report = self.report
        assert report is not None
        title = self.tr("导出周进度总结表")
        path = dialogs.save_file(self, title, weekly.file_name(report), tr(XLSX_FILTER))
        if not path:
            return
        self.export_button.setEnabled(False)

        def work(progress: Progress, cancel: threading.Event) -> Path:
            return weekly.write(report, path, progress)

        self.tasks.write(self.tr("正在导出周进度总结表…"), work, self._exported, self._failed)

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.message.setText(self.tr("已导出：%1").replace("%1", str(path)))

    def _failed(self, error: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.import_button.setEnabled(True)
        from projdesk.ui.common.runner import Cancelled

        if isinstance(error, Cancelled):
            self.message.setText(self.tr("已取消，未写入任何文件。"))
            return
        text = failure_text(error)
        if text is None:  # a bug: the crash dialog has shown it
            self.message.setText(self.tr("操作未完成：发生了意外错误，详情已写入日志。"))
            return
        self.message.setText(text)
        dialogs.warn(self, self.tr("操作失败"), text)

    # -- import --------------------------------------------------------------------------

    def import_from_sheet(self) -> None:
        """Check the file first (dry run), show what would happen, then import on a yes."""
        if self.tasks.busy:
            return
        path = dialogs.open_file(self, self.tr("从 Excel 导入商机"), tr(XLSX_FILTER))
        if not path:
            return
        self.import_button.setEnabled(False)

        def check(progress: Progress, cancel: threading.Event) -> ImportResult:
            return import_sheet(self.services, path, dry_run=True)

        self.tasks.write(
            self.tr("正在检查表格…"), check, lambda result: self._checked(path, result), self._failed
        )

    def _checked(self, path: str, result: ImportResult) -> None:
        text = describe_import(result)
        if not result.applied:
            self.import_button.setEnabled(True)
            self.message.setText(text)
            dialogs.inform(self, self.tr("从 Excel 导入"), text)
            return
        if not dialogs.ask_yes_no(self, self.tr("从 Excel 导入"), text + "\n\n" + self.tr("现在导入吗？")):
            self.import_button.setEnabled(True)
            self.message.setText(self.tr("未导入。"))
            return

        def apply(progress: Progress, cancel: threading.Event) -> ImportResult:
            return import_sheet(self.services, path)

        # An import may also change customers (key account) of cards it did not name: the
        # board and the pages reload every card and customer.
        everything = Changes.all_of(OPPORTUNITY, CUSTOMER)
        self.tasks.write(
            self.tr("正在导入…"), apply, self._imported, self._failed, changes=lambda _r: everything
        )

    def _imported(self, result: ImportResult) -> None:
        self.import_button.setEnabled(True)
        text = describe_import(result)
        self.message.setText(text)
        self.mark_stale()
        dialogs.inform(self, self.tr("从 Excel 导入"), text)


def describe_import(result: ImportResult, most_errors: int = 20) -> str:
    """What an import did (or would do), with the skipped rows."""
    head = tr("检查结果（尚未写入）") if result.dry_run else tr("导入完成")
    lines = [
        tr("%1：新建 %2 个，更新 %3 个，不变 %4 个，跳过 %5 行。")
        .replace("%1", head)
        .replace("%2", str(result.created))
        .replace("%3", str(result.updated))
        .replace("%4", str(result.unchanged))
        .replace("%5", str(len(result.errors)))
    ]
    for row, error in result.errors[:most_errors]:
        lines.append(tr("第 %1 行：%2").replace("%1", str(row)).replace("%2", error_text(error)))
    if len(result.errors) > most_errors:
        lines.append(tr("……另有 %1 行").replace("%1", str(len(result.errors) - most_errors)))
    return "\n".join(lines)


# -- the opportunity's documents list ------------------------------------------------------


def export_quote_log(parent: QWidget | None, services: Services, opp_id: str) -> Path | None:
    """Ask where, write the 报价日志, record it among the documents; ``None`` if cancelled/failed."""
    detail = services.opportunities.detail(opp_id)
    return _export_one(
        parent,
        tr("导出报价日志"),
        quote_log.file_name(detail),
        lambda p: exports.export_quote_log(services, opp_id, p),
    )


def export_progress_log(parent: QWidget | None, services: Services, opp_id: str) -> Path | None:
    """Ask where, write the 售前项目进展日志, record it among the documents."""
    detail = services.opportunities.detail(opp_id)
    return _export_one(
        parent,
        tr("导出进展日志"),
        progress_log.file_name(detail),
        lambda p: exports.export_progress_log(services, opp_id, p),
    )


def _export_one(parent: QWidget | None, title: str, suggested: str, write: Any) -> Path | None:
    path = dialogs.save_file(parent, title, suggested, tr(XLSX_FILTER))
    if not path:
        return None
    try:
        written: Path = write(path)
    except Exception as exc:  # a locked or read-only file: say so, write nothing
        dialogs.warn(parent, title, tr("导出失败：%1").replace("%1", error_text(exc)))
        return None
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(tr("已导出：%1").replace("%1", str(written)), 8000)
    return written


def install_reports(
    window: MainWindow, services: Services, runner: Runner, workspace: WorkspaceController
) -> ReportsPage:
    """Put the 报表 page in the window; the weekly-report toolbar action opens it, and the
    workspace's Excel deliverables (quote log, progress log, weekly summary) come here."""
    page = ReportsPage(services, runner, window)
    window.set_page("reports", page)

    def open_page() -> None:
        window.show_page("reports")
        page.mark_stale()

    window.ui.actionWeeklyReport.triggered.connect(open_page)

    def export_weekly() -> None:
        open_page()
        page.export_weekly()

    def import_sheet() -> None:
        window.show_page("reports")
        page.import_from_sheet()

    window.ui.actionExportWeekly.triggered.connect(export_weekly)
    window.ui.actionImportSheet.triggered.connect(import_sheet)

    def requested(opp_id: str, kind: str) -> None:
        # The Excel deliverables; the Word/slide kinds belong to the documents feature.
        if kind == "weekly":
            open_page()
            return
        export = {"quotes": export_quote_log, "log": export_progress_log}.get(kind)
        if export is not None and export(window, services, opp_id) is not None:
            workspace.reload_if_showing(opp_id)  # the documents list shows the new file

    workspace.deliverable_requested.connect(requested)
    return page
