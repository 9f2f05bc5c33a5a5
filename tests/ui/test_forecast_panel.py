"""The weighted forecast on the 报表 page: by month of expected close, in the preview's scope."""

from __future__ import annotations

from typing import Any

from projdesk.ui.common.runner import Runner
from projdesk.ui.pages.reports import ReportsPage
from tests.ui.conftest import settle


def test_the_reports_page_shows_the_weighted_forecast_by_month_for_the_chosen_scope(
    qtbot: Any, services: Any
) -> None:
    mine = services.opportunities.add("华东电力", "调度系统", amount="1000000", stage_number=5)  # 40 %
    services.opportunities.update(mine, {"expected_sign_date": "2027-01-15"})
    services.opportunities.add("华北银行", "核心改造", amount="500000", stage_number=9, owner="李娜")  # 90 %
    page = ReportsPage(services, Runner())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, page.tasks)
    table = page.forecast.table
    assert [[table.item(0, c).text() for c in range(4)]] == [["2027-01", "1", "100.00 万", "40.00 万"]]  # type: ignore[union-attr]
    assert "加权 40.00 万" in page.forecast.title.text()
    page.scope_box.setCurrentIndex(page.scope_box.findData("all"))
    settle(qtbot, page.tasks)
    assert table.rowCount() == 2 and table.item(1, 0).text() == "未定"  # type: ignore[union-attr]
    assert "加权 85.00 万" in page.forecast.title.text()
