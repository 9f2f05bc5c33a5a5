"""A small, known book of opportunities for the sheet tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

TODAY = dt.date.today()
MONDAY = TODAY - dt.timedelta(days=TODAY.weekday())


@dataclass
class Book:
    key_opp: str  # 华东电力设计院 / 调度自动化平台: key account, stage 3, overdue next step
    plain_opp: str  # 青岛港集团 / 码头数据中台: stage 1, next step "=1+2", not a key account
    other_owner_opp: str  # 李娜's
    won_opp: str  # closed: not in the weekly summary


def make_book(services: Any) -> Book:
    s = services
    key = s.opportunities.add(
        "华东电力设计院", "调度自动化平台", amount="1234567.89", industry="电力", region="南京"
    )
    s.opportunities.update(key, {"project_lead": "刘洋", "support_needed": "需要售前演示环境"})
    s.risks.add(key, "竞品低价", probability="high", impact="high")
    s.opportunities.update(
        key, {"next_step": "发送方案", "next_date": (TODAY - dt.timedelta(days=3)).isoformat()}
    )
    s.opportunities.move(key, 3, force=True, reason="测试")
    cust = s.opportunities.summary(key).customer_id
    s.people.set_key_account(cust, True, ["上市公司"])
    s.activities.add(key, type="拜访", content="拜访信息中心王主任", date=MONDAY.isoformat())
    s.activities.add(key, type="电话", content="@确认演示时间", date=MONDAY.isoformat())
    s.activities.add(key, type="电话", content="上周的电话", date=(MONDAY - dt.timedelta(days=2)).isoformat())
    plain = s.opportunities.add("青岛港集团", "码头数据中台", amount="800000", industry="交通", region="青岛")
    s.opportunities.update(
        plain, {"next_step": "=1+2", "next_date": (TODAY + dt.timedelta(days=30)).isoformat()}
    )
    other = s.opportunities.add("济南市大数据局", "政务云扩容", amount="50万", owner="李娜")
    won = s.opportunities.add("烟台银行", "核心系统", amount="3000000")
    s.closing.win(won, force=True, reason="合同纸面稍后补录")
    return Book(key, plain, other, won)
