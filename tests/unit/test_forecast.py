"""The weighted forecast: amount × win probability, summed by the month of the expected sign date."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from projdesk.domain.catalog import STAGES
from projdesk.storage.services.forecast import probability_of


def _deal(
    services: Any, customer: str, amount: str | None, stage: int, sign: str | None, **fields: Any
) -> str:
    opp_id: str = services.opportunities.add(
        customer, "项目", amount=amount, stage_number=stage, owner="张伟"
    )
    changes = dict(fields)
    if sign:
        changes["expected_sign_date"] = sign
    if changes:
        services.opportunities.update(opp_id, changes)
    return opp_id


def test_the_forecast_weighs_each_amount_by_its_stage_probability_per_month(services: Any) -> None:
    _deal(services, "华东电力", "1000000", 5, "2026-12-20")  # 40 %
    _deal(services, "华北银行", "333333.33", 9, "2026-12-05")  # 90 %
    _deal(services, "西南烟草", "500000", 3, "2027-02-01", probability=55)  # its own 55 %
    _deal(services, "东北石化", "200000", 1, None)  # 5 %, no date
    _deal(services, "中原物流", None, 4, "2026-12-01")  # no amount: counted apart
    forecast = services.forecast.by_month()
    assert [(m.month, m.count, m.amount, m.weighted) for m in forecast.months] == [
        ("2026-12", 2, Decimal("1333333.33"), Decimal("700000.00")),  # 400000 + 299999.997
        ("2027-02", 1, Decimal("500000.00"), Decimal("275000.00")),
        ("", 1, Decimal("200000.00"), Decimal("10000.00")),
    ]
    assert forecast.without_amount == 1
    assert forecast.weighted == Decimal("985000.00")


def test_won_lost_and_on_hold_deals_are_not_forecast(services: Any) -> None:
    held = _deal(services, "华东电力", "1000000", 5, "2026-12-20")
    services.closing.hold(held, reason="预算冻结", look_again="2027-03-01")
    lost = _deal(services, "华北银行", "1000000", 5, "2026-12-20")
    services.closing.lose(lost, reason_code="价格", reason="报价高")
    assert services.forecast.by_month().months == []


def test_the_stage_probabilities_are_catalog_data_rising_through_the_method() -> None:
    chances = [s.default_probability for s in STAGES]
    assert chances == sorted(chances) and chances[0] == 5 and chances[8] == 90
    assert probability_of(7, None) == 60 and probability_of(7, 15) == 15


def test_the_owner_filter_keeps_only_that_owners_deals(services: Any) -> None:
    _deal(services, "华东电力", "100000", 5, "2026-12-20")
    other = services.opportunities.add("华北银行", "项目", amount="900000", stage_number=5, owner="李娜")
    assert other
    assert services.forecast.by_month(owner="张伟").amount == Decimal("100000.00")
    assert services.forecast.by_month().amount == Decimal("1000000.00")
