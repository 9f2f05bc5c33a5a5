"""Each service write names what it changed, from the writer's own record of the rows it
touched: no service computes its changes by hand."""

from __future__ import annotations

from typing import Any

import pytest

from projdesk.domain.changes import ACTIVITY, CONTACT, CUSTOMER, OPPORTUNITY, QUOTE, STEP, Changes
from projdesk.domain.errors import ProjDeskError
from projdesk.storage.change_log import recording


@pytest.fixture
def opp(services: Any) -> str:
    opp_id: str = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    return opp_id


def test_an_opportunity_edit_names_the_opportunity(services: Any, opp: str) -> None:
    with recording() as log:
        services.opportunities.update(opp, {"next_step": "递交方案"})
    assert log.changes.ids(OPPORTUNITY) == {opp}


def test_a_step_field_edit_names_the_step_record_and_its_opportunity(services: Any, opp: str) -> None:
    with recording() as log:
        services.steps.update(opp, "A", {"referrer": "李明"})
    assert log.changes.ids(OPPORTUNITY) == {opp}
    assert len(log.changes.ids(STEP) or ()) == 1


def test_an_activity_names_the_activity_and_its_opportunity(services: Any, opp: str) -> None:
    with recording() as log:
        activity = services.activities.add(opp, type="拜访", content="交流需求")
    assert log.changes.ids(ACTIVITY) == {activity}
    assert opp in (log.changes.ids(OPPORTUNITY) or ())


def test_a_contact_names_its_customer_so_the_customers_cards_refresh(services: Any, opp: str) -> None:
    customer = services.opportunities.summary(opp).customer_id
    with recording() as log:
        contact = services.people.add_contact(customer, "王建国", role="关键决策人")
    assert log.changes.ids(CONTACT) == {contact}
    assert log.changes.ids(CUSTOMER) == {customer}


def test_a_quote_names_the_quote_and_its_opportunity(services: Any, opp: str) -> None:
    with recording() as log:
        quote = services.commercial.add_quote(opp, [{"item": "软件", "quantity": "1", "unit_price": "100"}])
    assert quote in (log.changes.ids(QUOTE) or ())
    assert opp in (log.changes.ids(OPPORTUNITY) or ())


def test_a_refused_write_names_nothing(services: Any, opp: str) -> None:
    with recording() as log, pytest.raises(ProjDeskError):
        services.opportunities.update(opp, {"next_date": "2026-13-45"})
    assert log.changes == Changes()


def test_a_write_that_changes_no_value_names_nothing(services: Any, opp: str) -> None:
    services.opportunities.update(opp, {"next_step": "递交方案"})
    with recording() as log:
        services.opportunities.update(opp, {"next_step": "递交方案"})
    assert not log.changes


def test_writes_outside_a_recording_are_not_kept_anywhere(services: Any, opp: str) -> None:
    services.opportunities.update(opp, {"next_step": "交流"})
    with recording() as log:
        pass
    assert not log.changes
