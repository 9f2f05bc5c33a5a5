"""Key-account (重点客户) rules: which reasons suggest flagging a customer."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from projdesk.domain.display import money_short

DEFAULT_THRESHOLD = Decimal("5000000")  # yuan; set per local market in settings

INDUSTRY_KEY = "行业重点客户"
REGIONAL_INFLUENCE = "在地区市场有影响力"
LISTED = "上市公司"


@dataclass(frozen=True)
class KeyAccountFacts:
    industry_key: bool = False
    regional_influence: bool = False
    listed: bool = False
    largest_amount: Decimal | None = None  # the customer's largest expected amount, yuan


def suggest_reasons(facts: KeyAccountFacts, threshold: Decimal = DEFAULT_THRESHOLD) -> list[str]:
    """The reasons that suggest the flag; empty when none applies."""
    reasons = []
    if facts.industry_key:
        reasons.append(INDUSTRY_KEY)
    if facts.regional_influence:
        reasons.append(REGIONAL_INFLUENCE)
    if facts.listed:
        reasons.append(LISTED)
    if facts.largest_amount is not None and facts.largest_amount >= threshold:
        reasons.append(f"预计签单额 {money_short(facts.largest_amount)}，达到门槛 {money_short(threshold)}")
    return reasons
