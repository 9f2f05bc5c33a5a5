"""Change requests after the contract (变更管理): request, assessment, decision, amendment."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from projdesk.domain.errors import InvalidInput, RuleRefused


@pytest.fixture
def opp(services: Any) -> str:
    opp_id: str = services.opportunities.add("青岛港集团", "码头数据中台", amount="800000")
    services.commercial.save_contract(
        opp_id, {"number": "HT-2026-01", "amount": "800000", "signed_date": "2026-11-20"}
    )
    return opp_id


def assessed(services: Any, opp: str, cost: str, reason: str = "增加堆场接口") -> str:
    change_id: str = services.changes.add(opp, reason, impact="工期延长两周")
    services.changes.assess(change_id, cost=cost, schedule_days="14", risk="接口文档不全")
    return change_id


def test_change_request_before_a_signed_contract_is_refused(services: Any) -> None:
    bare = services.opportunities.add("甲公司", "项目")
    with pytest.raises(RuleRefused, match="合同签订后才能登记变更"):
        services.changes.add(bare, "增加模块")
    services.commercial.save_contract(bare, {"amount": "1000"})  # drafted, not signed
    with pytest.raises(RuleRefused, match="合同签订后才能登记变更"):
        services.changes.add(bare, "增加模块")
    assert services.changes.list(bare) == []


def test_change_request_without_a_reason_is_refused(services: Any, opp: str) -> None:
    with pytest.raises(InvalidInput, match="变更原因不能为空"):
        services.changes.add(opp, "  ")


def test_change_requests_are_numbered_and_start_requested(services: Any, opp: str) -> None:
    first = services.changes.add(opp, "增加接口", requested_by="王主任", on="2026-11-25")
    second = services.changes.add(opp, "调整报表")
    changes = services.changes.list(opp)
    assert [(c.id, c.number, c.status) for c in changes] == [
        (first, 1, "requested"),
        (second, 2, "requested"),
    ]
    assert (changes[0].requested_by, changes[0].requested_on) == ("王主任", dt.date(2026, 11, 25))
    assert changes[1].requested_by == "张伟"  # the user, when no one is named


def test_assessment_records_cost_schedule_and_risk(services: Any, opp: str) -> None:
    change = services.changes.get(assessed(services, opp, "50000"))
    assert change.status == "assessed"
    assert (change.cost, change.amount_change, change.schedule_days) == (
        Decimal("50000.00"),
        Decimal("50000.00"),
        14,
    )
    assert (change.risk_note, change.assessed_by) == ("接口文档不全", "张伟")


def test_deciding_an_unassessed_change_is_refused(services: Any, opp: str) -> None:
    change_id = services.changes.add(opp, "增加接口")
    with pytest.raises(RuleRefused, match="尚未评估"):
        services.changes.decide(change_id, "approved")
    assert services.changes.get(change_id).status == "requested"


def test_approved_change_amends_the_contract_amount(services: Any, opp: str) -> None:
    change_id = assessed(services, opp, "50000")
    services.changes.decide(change_id, "批准", by="刘总", note="同意", on="2026-12-01")
    detail = services.opportunities.detail(opp)
    assert detail.contract is not None and detail.contract.amount == Decimal("800000.00")  # original kept
    assert detail.contract_amount == Decimal("850000.00")
    [change] = detail.changes
    assert (change.status, change.decided_by, change.decided_on) == ("approved", "刘总", dt.date(2026, 12, 1))
    [line] = [h for h in detail.history if h.entity == "contracts" and h.kind == "amend"]
    assert (line.old, line.new) == ("800000.00", "850000.00") and "变更 #1" in line.reason


def test_rejected_change_leaves_the_contract_amount(services: Any, opp: str) -> None:
    change_id = assessed(services, opp, "50000")
    services.changes.decide(change_id, "rejected", note="超出范围")
    detail = services.opportunities.detail(opp)
    assert detail.contract_amount == Decimal("800000.00")
    assert detail.changes[0].status == "rejected"


def test_approved_decrease_lowers_the_contract_amount_and_changes_add_up(services: Any, opp: str) -> None:
    services.changes.decide(assessed(services, opp, "50000"), "approved")
    services.changes.decide(assessed(services, opp, "-30000", "取消一个报表"), "approved")
    services.changes.decide(assessed(services, opp, "99999", "不做"), "rejected")
    assert services.opportunities.detail(opp).contract_amount == Decimal("820000.00")


def test_decrease_below_zero_is_refused(services: Any, opp: str) -> None:
    change_id = assessed(services, opp, "-900000")
    with pytest.raises(RuleRefused, match="小于零"):
        services.changes.decide(change_id, "approved")
    assert services.changes.get(change_id).status == "assessed"


def test_decided_change_cannot_be_assessed_or_decided_again(services: Any, opp: str) -> None:
    change_id = assessed(services, opp, "1000")
    services.changes.decide(change_id, "approved")
    with pytest.raises(RuleRefused, match="已有决定"):
        services.changes.decide(change_id, "rejected")
    with pytest.raises(RuleRefused, match="已有决定"):
        services.changes.assess(change_id, cost="5")
    assert services.opportunities.detail(opp).contract_amount == Decimal("801000.00")


def test_decision_other_than_approve_or_reject_is_refused(services: Any, opp: str) -> None:
    with pytest.raises(InvalidInput, match="批准 或 驳回"):
        services.changes.decide(assessed(services, opp, "1000"), "maybe")


def test_bad_cost_or_schedule_is_refused_and_nothing_written(services: Any, opp: str) -> None:
    change_id = services.changes.add(opp, "增加接口")
    with pytest.raises(InvalidInput):
        services.changes.assess(change_id, cost="很多")
    with pytest.raises(InvalidInput):
        services.changes.assess(change_id, cost="100", schedule_days="99999")
    change = services.changes.get(change_id)
    assert (change.status, change.cost) == ("requested", None)


def test_undoing_an_approval_reverts_the_decision_and_the_amended_amount(services: Any, opp: str) -> None:
    services.changes.decide(assessed(services, opp, "50000"), "approved")
    second = assessed(services, opp, "20000", "再加一个接口")
    services.changes.decide(second, "approved")
    assert services.opportunities.detail(opp).contract_amount == Decimal("870000.00")
    services.history.undo_last(opp)
    detail = services.opportunities.detail(opp)
    assert services.changes.get(second).status == "assessed"
    assert detail.contract is not None and detail.contract.amount == Decimal("800000.00")  # never touched
    assert detail.contract_amount == Decimal("850000.00")
