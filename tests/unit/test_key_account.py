from decimal import Decimal

from projdesk.domain.key_account import KeyAccountFacts, suggest_reasons


def test_no_reason_no_suggestion():
    assert suggest_reasons(KeyAccountFacts(largest_amount=Decimal("100000"))) == []


def test_each_rule_gives_its_reason():
    reasons = suggest_reasons(
        KeyAccountFacts(
            industry_key=True, regional_influence=True, listed=True, largest_amount=Decimal("6000000")
        ),
        threshold=Decimal("5000000"),
    )
    assert reasons[:3] == ["行业重点客户", "在地区市场有影响力", "上市公司"]
    assert reasons[3] == "预计签单额 600.00 万，达到门槛 500.00 万"


def test_threshold_is_configurable():
    facts = KeyAccountFacts(largest_amount=Decimal("2000000"))
    assert suggest_reasons(facts, threshold=Decimal("1000000"))
    assert not suggest_reasons(facts, threshold=Decimal("3000000"))
