"""The weighted forecast on the 报表 page: open deals' amount × win probability, by month of
expected close (projdesk.storage.services.forecast), read on the runner's read worker."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from projdesk.storage.services import Services
from projdesk.storage.services.forecast import Forecast
from projdesk.ui.common.runner import Runner
from projdesk.ui.common.tables import RecordTable
from projdesk.ui.labels import amount_text
from projdesk.ui.translatable import QT_TR_NOOP

PAST_COLOR = "#b3261e"
ROWS_SHOWN = 7  # the panel's height in rows: the weekly preview above needs the room more
HEADERS = (
    QT_TR_NOOP("预计签约月份"),
    QT_TR_NOOP("商机数"),
    QT_TR_NOOP("预计签单额"),
    QT_TR_NOOP("加权金额"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("ForecastPanel", text)


class ForecastPanel(QWidget):
    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastPanel")
        self.services = services
        self.runner = runner
        self.forecast: Forecast | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setToolTip(
            tr(
                "进行中商机的预计签单额 × 赢单概率（商机自己填的，未填则用阶段默认值）；赢单、丢单、暂停的不计入"
            )
        )
        self.table = RecordTable([tr(h) for h in HEADERS], numeric=(1, 2, 3))
        self.table.setObjectName("forecastTable")
        # Compact rows as in the weekly preview, and a table only as wide as its four columns.
        char = self.fontMetrics().horizontalAdvance("中")
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + char // 2)
        self.table.horizontalHeader().setStretchLastSection(False)
        rows = self.table.verticalHeader().defaultSectionSize() * ROWS_SHOWN
        self.table.setMaximumHeight(rows + self.table.horizontalHeader().sizeHint().height() + 4)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.table)

    def refresh(self, owner: str | None) -> None:
        forecast = self.services.forecast
        self.runner.query("forecast", lambda: forecast.by_month(owner), self._show)

    def _show(self, forecast: Forecast) -> None:
        self.forecast = forecast
        self.table.fill(
            [
                (
                    m.month or "-",
                    [m.month or tr("未定"), str(m.count), amount_text(m.amount), amount_text(m.weighted)],
                )
                for m in forecast.months
            ]
        )
        header = self.table.horizontalHeader()
        width = sum(header.sectionSize(c) for c in range(header.count()))
        self.table.setMaximumWidth(width + self.table.verticalScrollBar().sizeHint().width() + 4)
        red = QBrush(QColor(PAST_COLOR))
        for row, month in enumerate(forecast.months):
            cell = self.table.item(row, 0)
            if month.past and cell is not None:
                cell.setForeground(red)
                cell.setToolTip(tr("预计签约月份已过，请更新预计签约日期"))
        text = tr("加权预测：预计签单额 %s，加权 %s") % (
            amount_text(forecast.amount) or amount_text(Decimal(0)),
            amount_text(forecast.weighted) or amount_text(Decimal(0)),
        )
        if forecast.without_amount:
            text += tr("（另有 %d 个商机未填金额）") % forecast.without_amount
        self.title.setText(text)
