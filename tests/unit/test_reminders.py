"""Reminders: overdue next steps, collections due, idle opportunities."""

import datetime as dt
from decimal import Decimal

from projdesk.storage.models import Opportunity

TODAY = dt.date(2026, 3, 10)


def _add(services, customer, name, **fields):
    return services.opportunities.add(customer, name, amount="500000", **fields)


def test_overdue_and_today_next_steps_are_listed_but_not_future_ones(services):
    late = _add(services, "华东电力设计院", "调度平台", next_step="回访信息中心", next_date="2026-03-05")
    due = _add(services, "江南银行", "数据中台", next_step="送方案", next_date="2026-03-10")
    _add(services, "滨海医院", "HIS", next_step="演示", next_date="2026-03-11")
    reminders = services.reminders.due(TODAY)
    assert [(r.opportunity_id, r.what, r.days) for r in reminders.next_steps] == [
        (late, "回访信息中心", 5),
        (due, "送方案", 0),
    ]


def test_closed_opportunities_do_not_nag_about_next_steps(services):
    opp = _add(services, "华东电力设计院", "调度平台", next_step="回访", next_date="2026-03-01")
    services.closing.lose(opp, reason_code="价格", winner="某友商")
    assert services.reminders.due(TODAY).next_steps == []


def test_collections_due_within_a_week_and_not_received(services):
    opp = _add(services, "江南银行", "数据中台")
    services.commercial.add_payment(opp, "首付款", "150000", due_date="2026-03-15")
    services.commercial.add_payment(opp, "到货款", "200000", due_date="2026-03-30")  # too far ahead
    paid = services.commercial.add_payment(opp, "预付款", "50000", due_date="2026-03-01")
    services.commercial.record_receipt(paid, "50000", "2026-03-02")
    services.closing.win(opp, force=True, reason="合同纸面稍后补录")  # won deals still have money to collect
    [item] = services.reminders.due(TODAY).collections
    assert (item.what, item.amount, item.days) == ("首付款", Decimal("150000.00"), -5)


def test_idle_opportunities_follow_the_idle_days_setting(services):
    opp = _add(services, "滨海医院", "HIS")
    with services.ctx.write() as w:
        w.session.get(Opportunity, opp).stage_entered_at = dt.datetime(2026, 2, 20)
    assert [r.days for r in services.reminders.due(TODAY).idle] == [18]  # stage 1 allows 14 days
    services.prefs.idle_days["1"] = 30
    assert services.reminders.due(TODAY).idle == []
