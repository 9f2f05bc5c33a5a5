"""The board's first screen without the start-up cache: every card in one plain query.

The first start (or a start after the command line changed the database) has no cache to paint
from. Rather than import SQLAlchemy and open the services before the first paint (about two
thirds of such a start), the cards are read here with the standard library's sqlite3, through
a read-only connection, in one query; the board paints them, and the services open after the
paint and replace them with the live cards (``projdesk.ui.startup.launch``), as they replace a
cached board. The query reads what ``services.opportunities.list_summaries`` reads (contact
names aside: the first screen has no search text yet).

Anything unusual (a file of another schema revision, one that needs a migration, a damaged or
busy one) gives ``None``: the start then opens the database first, with every check and offer.

Plain Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from projdesk.domain.catalog import STAGES, STEPS
from projdesk.domain.money import from_fen
from projdesk.domain.registers import HIGH_PAIRS
from projdesk.storage.integrity import read_only_connection
from projdesk.storage.preferences import Preferences
from projdesk.storage.schema import HEAD_REVISION
from projdesk.storage.summary import OpportunitySummary

PREFS_KEY = "prefs"  # projdesk.storage.settings (which imports SQLAlchemy)

_STEP_STAGE = " ".join(f"WHEN '{s.letter}' THEN {s.stage}" for s in STEPS.values())
_HIGH = " OR ".join("(r.probability = ? AND r.impact = ?)" for _ in HIGH_PAIRS) or "0"
CARDS_SQL = """
SELECT o.id, o.customer_id, c.name, o.name, o.stage, o.status, o.amount, c.key_account, o.owner,
       o.next_step, o.next_date, o.updated_at, o.stage_entered_at, c.industry, c.region,
       o.probability, o.project_lead, o.expected_sign_date
FROM opportunities o JOIN customers c ON c.id = o.customer_id
WHERE o.deleted = 0
"""
# The finished steps of each card's current stage and its open high risks: only for the cards
# the first screen shows (a few hundred), not for all of them.
COUNTS_SQL = f"""
SELECT o.id,
       (SELECT count(*) FROM step_records s
         WHERE s.opportunity_id = o.id AND s.status IN ('done', 'skipped') AND s.deleted = 0
           AND (CASE s.letter {_STEP_STAGE} END) = o.stage),
       (SELECT count(*) FROM risks r
         WHERE r.opportunity_id = o.id AND r.deleted = 0 AND r.status = 'open' AND ({_HIGH}))
FROM opportunities o WHERE o.id IN ({{ids}})
"""
# The board under its default filter (open cards only) in SQL: per stage the count, the amount
# total (fen; NULL amounts aside) and how many are overdue or idle longer than the stage allows,
# the rule of projdesk.ui.board.store.BoardStore.apply; then each stage's newest cards.
# Sums and counts need no customer column (and every card has its customer: a foreign key).
_LIVE_OPEN = "FROM opportunities o WHERE o.deleted = 0 AND o.status = 'open'"
STATS_SQL = f"""
SELECT o.stage, count(*), count(o.amount), coalesce(sum(o.amount), 0),
       sum(CASE WHEN (o.next_date IS NOT NULL AND o.next_date < :today)
                  OR julianday(:today) - julianday(substr(o.stage_entered_at, 1, 10))
                     > (CASE o.stage {{idle}} END)
           THEN 1 ELSE 0 END)
{_LIVE_OPEN} GROUP BY o.stage
"""
# Ranked on the opportunities alone (every one has its customer): the sort carries three
# columns, not a card's eighteen; the cards are then read for the few hundred ids it keeps.
NEWEST_SQL = f"""
SELECT {CARDS_SQL.split("SELECT", 1)[1].split("FROM", 1)[0].strip()}
FROM (
  SELECT id, row_number() OVER (PARTITION BY stage ORDER BY updated_at DESC, id) AS place
  FROM opportunities WHERE deleted = 0 AND status = 'open'
) ranked
JOIN opportunities o ON o.id = ranked.id JOIN customers c ON c.id = o.customer_id
WHERE ranked.place <= :per_column ORDER BY o.stage, ranked.place
"""
CHOICES = ("owner", "industry", "region")
# The filter lists: owners from the cards alone, industries and regions from the customers that
# have a card (no join of every card with its customer).
OWNERS_SQL = "SELECT DISTINCT owner FROM opportunities WHERE deleted = 0"
PLACES_SQL = """
SELECT DISTINCT industry, region FROM customers
WHERE id IN (SELECT customer_id FROM opportunities WHERE deleted = 0)
"""
READ_ERRORS = (sqlite3.Error, OSError, ValueError, TypeError, KeyError, IndexError, ArithmeticError)


def _date(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _card(row: tuple[Any, ...]) -> OpportunitySummary:
    (
        opp_id, customer_id, customer, name, stage, status, amount, key_account, owner,
        next_step, next_date, updated_at, stage_entered_at, industry, region,
        probability, project_lead, expected_sign_date,
    ) = row  # fmt: skip
    spec = STAGES[stage - 1]
    return OpportunitySummary(
        id=opp_id,
        customer_id=customer_id,
        customer=customer,
        name=name,
        stage=stage,
        stage_name=spec.name,
        status=status,
        amount=None if amount is None else from_fen(amount),
        key_account=bool(key_account),
        owner=owner,
        next_step=next_step,
        next_date=_date(next_date),
        updated_at=dt.datetime.fromisoformat(updated_at),
        stage_entered_at=dt.datetime.fromisoformat(stage_entered_at),
        industry=industry,
        region=region,
        probability=probability if probability is not None else spec.default_probability,
        steps_total=len(spec.letters),
        project_lead=project_lead,
        expected_sign_date=_date(expected_sign_date),
    )


class FirstScreen:
    """A read-only look at a database at the app's schema revision (see the module's docstring)."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def preferences(self) -> Preferences:
        row = self.con.execute("SELECT value FROM settings WHERE key = ?", (PREFS_KEY,)).fetchone()
        stored = json.loads(row[0]) if row and row[0] else {}
        known = set(Preferences.__dataclass_fields__)
        return Preferences(**{k: v for k, v in stored.items() if k in known})

    def cards(self) -> list[OpportunitySummary]:
        """Every live card, its step and risk counts still 0 (see ``with_counts``)."""
        return [_card(row) for row in self.con.execute(CARDS_SQL)]

    def total(self) -> int:
        """How many live cards the board holds (closed ones too)."""
        return int(self.con.execute("SELECT count(*) FROM opportunities WHERE deleted = 0").fetchone()[0])

    def choices(self) -> dict[str, list[str]]:
        """The filter lists (owner, industry, region): each sorted, distinct and non-empty."""
        places = self.con.execute(PLACES_SQL).fetchall()
        found = {
            "owner": {owner for (owner,) in self.con.execute(OWNERS_SQL)},
            "industry": {industry for industry, _ in places},
            "region": {region for _, region in places},
        }
        return {name: sorted(v for v in found[name] if v) for name in CHOICES}

    def open_stats(self, today: dt.date, idle_days: dict[int, int]) -> dict[int, tuple[int, Decimal, int]]:
        """Per stage with open cards: (count, amount total, overdue or idle count)."""
        idle = " ".join(f"WHEN {stage} THEN {int(days)}" for stage, days in idle_days.items())
        out = {}
        for stage, count, amounts, fen, flagged in self.con.execute(
            STATS_SQL.replace("{idle}", idle), {"today": today.isoformat()}
        ):
            # As the store adds them up: Decimal(0) until a first amount, then exact two places.
            out[stage] = (count, from_fen(fen) if amounts else Decimal(0), flagged)
        return out

    def newest_open(self, per_column: int) -> dict[int, list[OpportunitySummary]]:
        """Each stage's newest open cards (the store's order), their counts still 0."""
        out: dict[int, list[OpportunitySummary]] = {}
        for row in self.con.execute(NEWEST_SQL, {"per_column": per_column}):
            card = _card(row)
            out.setdefault(card.stage, []).append(card)
        return out

    def with_counts(self, cards: list[OpportunitySummary]) -> list[OpportunitySummary]:
        """These cards with their finished steps and open high risks, as the services count them."""
        if not cards:
            return []
        sql = COUNTS_SQL.replace("{ids}", ", ".join("?" for _ in cards))  # a screenful: a few hundred
        params = [*(v for pair in HIGH_PAIRS for v in pair), *(c.id for c in cards)]
        counts = {row[0]: row[1:] for row in self.con.execute(sql, params)}
        return [dataclasses.replace(c, steps_done=counts[c.id][0], high_risks=counts[c.id][1]) for c in cards]


@contextmanager
def first_screen(path: Path) -> Iterator[FirstScreen | None]:
    """The reader for ``path``, or None when the file is not one this app opens as it is. A
    read that fails inside the block ends it with None from ``read`` (see ``read``)."""
    if not path.is_file():
        yield None
        return
    try:
        con = read_only_connection(path)
    except READ_ERRORS:
        yield None
        return
    try:
        try:
            version = con.execute("SELECT version_num FROM alembic_version").fetchall()
        except READ_ERRORS:
            version = []
        yield FirstScreen(con) if version == [(HEAD_REVISION,)] else None
    finally:
        con.close()


T = TypeVar("T")


def read(path: Path, work: Callable[[FirstScreen], T]) -> T | None:
    """``work`` on the first screen of ``path``; None when there is none or a read fails."""
    try:
        with first_screen(path) as screen:
            return None if screen is None else work(screen)
    except READ_ERRORS:
        return None
