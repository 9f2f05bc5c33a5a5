"""The board card as plain data, in its own module: the start-up cache needs it before the
rest of ``dto`` (each frozen dataclass costs import time)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class OpportunitySummary:
    """One card: what the board, the lists and ``opp list`` show."""

    id: str
    customer_id: str
    customer: str
    name: str
    stage: int
    stage_name: str
    status: str
    amount: Decimal | None
    key_account: bool
    owner: str
    next_step: str
    next_date: dt.date | None
    updated_at: dt.datetime
    stage_entered_at: dt.datetime
    industry: str = ""
    region: str = ""
    probability: int = 0
    steps_done: int = 0  # done or skipped steps of the current stage
    steps_total: int = 0
    contacts: str = ""  # contact names, for search
    project_lead: str = ""
    expected_sign_date: dt.date | None = None
    high_risks: int = 0  # open risks of level high (the card's mark)

    def days_in_stage(self, today: dt.date | None = None) -> int:
        return ((today or dt.date.today()) - self.stage_entered_at.date()).days

    def is_overdue(self, today: dt.date | None = None) -> bool:
        return self.next_date is not None and self.next_date < (today or dt.date.today())
