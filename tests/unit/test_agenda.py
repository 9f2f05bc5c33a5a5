"""The agenda service: next steps, look-again days, payments and risk deadlines by day and week."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from projdesk.domain.agenda import section_of
from projdesk.domain.errors import InvalidInput

TUESDAY = dt.date(2026, 12, 1)  # a Tuesday: the rest of the week is Wednesday to Sunday


def _opp(
    services: Any,
    customer: str,
    name: str,
    *,
    next_step: str = "",
    next_date: Any = None,
    owner: str = "张伟",
) -> str:
    opp_id: str = services.opportunities.add(customer, name, owner=owner)
    if next_step:
        services.opportunities.update(opp_id, {"next_step": next_step, "next_date": next_date})
    return opp_id


def _days(n: int) -> dt.date:
    return TUESDAY + dt.timedelta(days=n)


def test_the_service_orders_overdue_first_and_groups_by_day_and_week(services: Any) -> None:
    _opp(services, "华东电力", "调度系统", next_step="周例会", next_date=_days(3))
    _opp(services, "华北银行", "核心改造", next_step="补交资料", next_date=_days(-5))
    _opp(services, "西南烟草", "营销平台", next_step="电话回访", next_date=TUESDAY)
    _opp(services, "东北石化", "安全平台", next_step="演示预约", next_date=_days(8))
    agenda = services.agenda.items(today=TUESDAY)
    assert [i.what for i in agenda.items] == ["补交资料", "电话回访", "周例会", "演示预约"]
    assert [code for code, _ in agenda.sections()] == ["overdue", "today", "this_week", "next_week"]
    assert [day for day, _ in agenda.by_day()] == [_days(-5), TUESDAY, _days(3), _days(8)]
    weeks = agenda.by_week()
    assert [monday for monday, _ in weeks] == [_days(-8), _days(-1), _days(6)]
    assert [[i.what for i in items] for _, items in weeks] == [
        ["补交资料"],
        ["电话回访", "周例会"],
        ["演示预约"],
    ]
    assert [i.what for i in agenda.due_today()] == ["补交资料", "电话回访"]


def test_a_payment_due_tomorrow_appears_under_tomorrow_in_this_week(services: Any) -> None:
    opp_id = _opp(services, "华东电力", "调度系统")
    services.commercial.add_payment(opp_id, "首付款", "300000", due_date=_days(1))
    services.commercial.add_payment(opp_id, "验收款", "500000", due_date=_days(1), received_amount="500000")
    agenda = services.agenda.items(today=TUESDAY)
    [item] = agenda.items
    assert (item.kind, item.what, item.amount) == ("payment", "首付款", Decimal("300000.00"))
    assert agenda.section(item) == "tomorrow"
    assert agenda.by_week()[0][0] == _days(-1)  # the Monday of this week


def test_tomorrow_is_tomorrow_even_on_a_sunday() -> None:
    sunday = dt.date(2026, 12, 6)
    assert section_of(sunday + dt.timedelta(days=1), sunday) == "tomorrow"
    assert section_of(sunday + dt.timedelta(days=2), sunday) == "next_week"


def test_partly_received_payments_show_what_is_still_to_come_and_written_off_ones_none(services: Any) -> None:
    opp_id = _opp(services, "华东电力", "调度系统")
    part = services.commercial.add_payment(
        opp_id, "进度款", "100000", due_date=_days(2), received_amount="40000"
    )
    gone = services.commercial.add_payment(opp_id, "尾款", "20000", due_date=_days(2))
    services.commercial.write_off_payment(gone, "客户破产")
    [item] = services.agenda.items(today=TUESDAY).items
    assert (item.record_id, item.amount) == (part, Decimal("60000.00"))


def test_an_on_hold_deal_shows_its_look_again_day_and_cannot_be_ticked_off(services: Any) -> None:
    opp_id = _opp(services, "华东电力", "调度系统")
    services.closing.hold(opp_id, reason="预算冻结", look_again=_days(2))
    [item] = services.agenda.items(today=TUESDAY).items
    assert item.kind == "look_again" and not item.can_complete
    with pytest.raises(InvalidInput):
        services.agenda.complete("look_again", opp_id)
    services.agenda.reschedule("look_again", opp_id, _days(30))
    assert services.agenda.items(today=TUESDAY).items == []
    assert services.agenda.items(today=TUESDAY, days=30).items[0].date == _days(30)


def test_an_open_risk_with_a_deadline_is_on_the_agenda_and_closing_it_needs_a_note(services: Any) -> None:
    opp_id = _opp(services, "华东电力", "调度系统")
    risk_id = services.risks.add(opp_id, "竞争对手低价", due_date=_days(4))
    [item] = services.agenda.items(today=TUESDAY).items
    assert (item.kind, item.record_id, item.opportunity_id) == ("risk", risk_id, opp_id)
    with pytest.raises(InvalidInput):
        services.agenda.complete("risk", risk_id, note="")
    services.agenda.complete("risk", risk_id, note="已约高层沟通", today=TUESDAY)
    assert services.agenda.items(today=TUESDAY).items == []


def test_owner_filter_shows_only_that_owners_items_and_none_shows_everyones(services: Any) -> None:
    _opp(services, "华东电力", "调度系统", next_step="拜访", next_date=TUESDAY, owner="张伟")
    _opp(services, "华北银行", "核心改造", next_step="报价", next_date=TUESDAY, owner="李娜")
    assert [i.owner for i in services.agenda.items(owner="李娜", today=TUESDAY).items] == ["李娜"]
    assert len(services.agenda.items(owner=None, today=TUESDAY).items) == 2


def test_items_beyond_the_horizon_and_of_closed_or_deleted_deals_are_left_out(services: Any) -> None:
    _opp(services, "华东电力", "调度系统", next_step="远期", next_date=_days(20))
    lost = _opp(services, "华北银行", "核心改造", next_step="已丢", next_date=TUESDAY)
    services.closing.lose(lost, reason_code=next(iter(_loss_codes())), reason="价格")
    gone = _opp(services, "西南烟草", "营销平台", next_step="已删", next_date=TUESDAY)
    services.opportunities.delete(gone)
    assert services.agenda.items(today=TUESDAY).items == []
    assert [i.what for i in services.agenda.items(today=TUESDAY, days=30).items] == ["远期"]


def _loss_codes() -> list[str]:
    from projdesk.domain.catalog import LOSS_REASONS

    return list(LOSS_REASONS)


def test_completing_a_next_step_clears_it_and_undo_brings_it_back(services: Any) -> None:
    opp_id = _opp(services, "华东电力", "调度系统", next_step="周例会", next_date=TUESDAY)
    services.agenda.complete("next_step", opp_id)
    detail = services.opportunities.summary(opp_id)
    assert (detail.next_step, detail.next_date) == ("", None)
    assert services.agenda.items(today=TUESDAY).items == []
    services.history.undo_last(opp_id)
    assert [i.what for i in services.agenda.items(today=TUESDAY).items] == ["周例会"]


def test_completing_a_payment_records_it_received_in_full_today(services: Any) -> None:
    opp_id = _opp(services, "华东电力", "调度系统")
    pid = services.commercial.add_payment(
        opp_id, "首付款", "300000", due_date=_days(-3), received_amount="100000"
    )
    assert services.agenda.complete("payment", pid, today=TUESDAY) == opp_id
    [payment] = services.commercial.payments(opp_id)
    assert (payment.received_amount, payment.received_date) == (Decimal("300000.00"), TUESDAY)
    assert services.agenda.items(today=TUESDAY).items == []


def test_rescheduling_moves_a_next_step_a_payment_and_a_risk(services: Any) -> None:
    opp_id = _opp(services, "华东电力", "调度系统", next_step="周例会", next_date=TUESDAY)
    pid = services.commercial.add_payment(opp_id, "首付款", "300000", due_date=TUESDAY)
    rid = services.risks.add(opp_id, "工期紧", due_date=TUESDAY)
    for kind, record in (("next_step", opp_id), ("payment", pid), ("risk", rid)):
        assert services.agenda.reschedule(kind, record, "2026-12-09") == opp_id
    agenda = services.agenda.items(today=TUESDAY)
    assert {(i.kind, i.date) for i in agenda.items} == {
        (k, _days(8)) for k in ("next_step", "payment", "risk")
    }
    assert {agenda.section(i) for i in agenda.items} == {"next_week"}


def test_a_bad_horizon_or_kind_is_refused_with_a_coded_error(services: Any) -> None:
    with pytest.raises(InvalidInput) as days:
        services.agenda.items(days=-1)
    assert days.value.code == "agenda_days_invalid"
    with pytest.raises(InvalidInput) as kind:
        services.agenda.reschedule("meeting", "x", "2026-12-09")
    assert kind.value.code == "agenda_kind_unknown"
    with pytest.raises(InvalidInput):
        services.agenda.reschedule("next_step", "x", "")


def test_the_demo_data_gives_a_plausible_agenda(services: Any) -> None:
    from projdesk.demo.generate import generate_demo

    generate_demo(services, count=300, seed=1, today=TUESDAY)
    agenda = services.agenda.items(today=TUESDAY)
    sections = {code: len(items) for code, items in agenda.sections()}
    assert sections["overdue"] > 0 and sections["this_week"] > 0
    assert sections.get("today", 0) + sections.get("tomorrow", 0) > 0
    assert sections["overdue"] < len(agenda.items) / 2  # a backlog, not a graveyard
    assert {"next_step", "look_again", "payment", "risk"} <= {
        i.kind for i in services.agenda.items(today=TUESDAY, days=60).items
    }
    held = [c for c in services.opportunities.list() if c.status == "on_hold"]
    assert all(c.next_date == services.closing.latest(c.id).look_again for c in held)
