"""The weighted forecast: each open deal's amount × its win probability, summed by the month of
its expected sign date.

The probability is the opportunity's own when set, else its stage's default
(``projdesk.domain.catalog.Stage.default_probability``: 5 % in 获取信息 rising to 90 % in 签定合同).
Open deals only: won deals are in the contract figures, lost ones count nothing, and a deal on hold
is not expected to close until it is reopened. Exact money throughout (Decimal, rounded to the fen
once per month, half up).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from projdesk.domain.catalog import STAGES
from projdesk.storage.models import Opportunity
from projdesk.storage.services.base import Context

CENT = Decimal("0.01")


def probability_of(stage: int, own: int | None) -> int:
    """The percentage the forecast weighs a deal with."""
    return own if own is not None else STAGES[stage - 1].default_probability


@dataclass(frozen=True)
class ForecastMonth:
    month: str  # "2026-12"; "" for deals without an expected sign date
    count: int  # open deals with an amount
    amount: Decimal  # their expected amounts
    weighted: Decimal  # amount × probability

    @property
    def past(self) -> bool:
        """Expected to sign in a month already over: the date wants updating."""
        return bool(self.month) and self.month < dt.date.today().strftime("%Y-%m")


@dataclass(frozen=True)
class Forecast:
    months: list[ForecastMonth] = field(default_factory=list)  # by month, the undated last
    without_amount: int = 0  # open deals with no amount yet: not in the sums

    @property
    def amount(self) -> Decimal:
        return sum((m.amount for m in self.months), Decimal("0.00"))

    @property
    def weighted(self) -> Decimal:
        return sum((m.weighted for m in self.months), Decimal("0.00"))


class ForecastService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def by_month(self, owner: str | None = None) -> Forecast:
        """``owner`` None: everyone's open deals."""
        query = select(
            Opportunity.amount, Opportunity.stage, Opportunity.probability, Opportunity.expected_sign_date
        ).where(Opportunity.deleted.is_(False), Opportunity.status == "open")
        if owner:
            query = query.where(Opportunity.owner == owner)
        sums: dict[str, tuple[int, Decimal, Decimal]] = {}
        without_amount = 0
        with self.ctx.read() as session:
            for amount, stage, own, sign in session.execute(query):
                if amount is None:
                    without_amount += 1
                    continue
                month = sign.strftime("%Y-%m") if sign is not None else ""
                count, total, weighted = sums.get(month, (0, Decimal(0), Decimal(0)))
                share = amount * probability_of(stage, own) / 100
                sums[month] = (count + 1, total + amount, weighted + share)
        months = [
            ForecastMonth(month, count, total.quantize(CENT), weighted.quantize(CENT, rounding=ROUND_HALF_UP))
            for month, (count, total, weighted) in sorted(sums.items(), key=lambda kv: (kv[0] == "", kv[0]))
        ]
        return Forecast(months, without_amount)
