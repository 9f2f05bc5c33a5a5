"""The data of the weekly progress summary (项目运作周进度总结表), in a few bulk queries.

One row per open opportunity, plus the week's counts (new opportunities, stage changes,
visits, log entries). Built for team-lead scale (10,000 opportunities): every table is read
once with only the columns needed, never row by row.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from projdesk.domain.catalog import STAGES, STEPS
from projdesk.domain.errors import InvalidInput
from projdesk.domain.registers import LEVELS, risk_level, risk_line
from projdesk.storage.models import Activity, Closing, Customer, HistoryEntry, Opportunity, Risk, StepRecord
from projdesk.storage.services.steps import current_letter

if TYPE_CHECKING:
    from projdesk.storage.services import Services

K = TypeVar("K")
VISIT = "拜访"
_WEEK = re.compile(r"^\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*$", re.ASCII)


@dataclass(frozen=True)
class Week:
    """An ISO week: Monday to Sunday."""

    year: int
    number: int

    @classmethod
    def of(cls, day: dt.date) -> Week:
        year, number, _ = day.isocalendar()
        return cls(year, number)

    @classmethod
    def parse(cls, text: str) -> Week:
        """``2026-W48`` (also ``2026W48``, ``2026-w8``)."""
        match = _WEEK.match(text or "")
        if match:
            year, number = int(match.group(1)), int(match.group(2))
            try:
                dt.date.fromisocalendar(year, number, 1)
            except ValueError:
                pass
            else:
                return cls(year, number)
        raise InvalidInput.coded("week_invalid", value=text)

    @property
    def start(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 1)

    @property
    def end(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.number, 7)

    @property
    def label(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    def shifted(self, weeks: int) -> Week:
        return Week.of(self.start + dt.timedelta(weeks=weeks))


@dataclass(frozen=True)
class WeeklyRow:
    number: int  # 序号
    opportunity_id: str
    customer: str
    project: str
    industry: str
    region: str
    key_account: bool
    stage: int
    stage_name: str
    step: str  # "J 申请立项": the first step of the stage not done
    progress: str  # 本周进展: the week's activities, one per line
    plan: str  # 下周计划: the next step
    plan_date: dt.date | None
    amount: Decimal | None  # yuan (the sheet shows 万元)
    sign_date: dt.date | None
    lead: str  # 项目主管
    support: str
    risks: str  # 风险与问题: the open risks of the register, the highest first, one per line
    updated: dt.date
    owner: str
    overdue: bool  # the next step's date has passed
    high_risks: int = 0  # open risks of level high
    hold_reason: str = ""  # on hold: why (the latest closing record)
    look_again: dt.date | None = None  # on hold: when to look at it again


@dataclass(frozen=True)
class WeeklyCounts:
    new_opportunities: int = 0
    stage_changes: int = 0
    visits: int = 0
    new_activities: int = 0


@dataclass(frozen=True)
class StageTotal:
    stage: int
    name: str
    count: int
    amount: Decimal  # yuan
    key_accounts: int


@dataclass(frozen=True)
class OwnerTotal:
    owner: str
    count: int
    amount: Decimal  # yuan
    key_accounts: int


# The method keeps the weekly summary from stage 3 (申请立项) on; earlier deals are leads.
WEEKLY_FIRST_STAGE = 3


@dataclass(frozen=True)
class WeeklyReport:
    week: Week
    owner: str | None  # None: everyone's opportunities
    author: str
    as_of: dt.date  # overdue means a next-step date before this day
    rows: list[WeeklyRow]  # open opportunities from first_stage on
    counts: WeeklyCounts
    generated_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().replace(microsecond=0))
    on_hold: list[WeeklyRow] = field(default_factory=list)  # a section of their own
    first_stage: int = WEEKLY_FIRST_STAGE

    @property
    def team_view(self) -> bool:
        return self.owner is None

    @property
    def total_amount(self) -> Decimal:
        return sum((r.amount or Decimal(0) for r in self.rows), Decimal(0))

    @property
    def key_rows(self) -> list[WeeklyRow]:
        return [r for r in self.rows if r.key_account]

    def stage_totals(self) -> list[StageTotal]:
        tally = _tally(self.rows, lambda r: r.stage)
        return [StageTotal(s.number, s.name, *tally.get(s.number, (0, Decimal(0), 0))) for s in STAGES]

    def owner_totals(self) -> list[OwnerTotal]:
        """Per-owner subtotals of the open rows (the team view), the largest pipeline first."""
        tally = _tally(self.rows, lambda r: r.owner)
        totals = [OwnerTotal(owner, *figures) for owner, figures in tally.items()]
        return sorted(totals, key=lambda t: (-t.amount, -t.count, t.owner))


def _tally(rows: list[WeeklyRow], key: Callable[[WeeklyRow], K]) -> dict[K, tuple[int, Decimal, int]]:
    """Count, expected amount and key accounts of the rows, by ``key``."""
    tally: dict[K, tuple[int, Decimal, int]] = {}
    for r in rows:
        count, amount, keys = tally.get(key(r), (0, Decimal(0), 0))
        tally[key(r)] = (count + 1, amount + (r.amount or Decimal(0)), keys + r.key_account)
    return tally


@contextmanager
def _session(source: Services | Session) -> Iterator[Session]:
    if isinstance(source, Session):
        yield source
    else:
        with source.ctx.read() as session:
            yield session


def weekly_rows(
    source: Services | Session,
    week: Week | tuple[dt.date, dt.date],
    owner: str | None = None,
    *,
    author: str | None = None,
    today: dt.date | None = None,
    first_stage: int = WEEKLY_FIRST_STAGE,
) -> WeeklyReport:
    """The weekly summary of ``owner``'s open opportunities (everyone's when ``None``) from
    ``first_stage`` on (1: every stage), and the on-hold ones in a list of their own."""
    if not isinstance(week, Week):
        week = Week.of(week[0])
    start, end = week.start, week.end
    today = today or dt.date.today()
    as_of = min(today, end + dt.timedelta(days=1))
    if author is None:
        author = "" if isinstance(source, Session) else source.prefs.user_name
    with _session(source) as session:
        scope: list[ColumnElement[bool]] = [Opportunity.deleted.is_(False)]
        if owner is not None:
            scope.append(Opportunity.owner == owner)
        opps = session.execute(
            select(
                Opportunity.id,
                Customer.name,
                Opportunity.name,
                Customer.industry,
                Customer.region,
                Customer.key_account,
                Opportunity.stage,
                Opportunity.amount,
                Opportunity.expected_sign_date,
                Opportunity.project_lead,
                Opportunity.next_step,
                Opportunity.next_date,
                Opportunity.support_needed,
                Opportunity.updated_at,
                Opportunity.owner,
                Opportunity.status,
            )
            .join(Customer, Customer.id == Opportunity.customer_id)
            .where(*scope, Opportunity.status.in_(("open", "on_hold")), Opportunity.stage >= first_stage)
            .order_by(Opportunity.stage, Opportunity.amount.desc(), Customer.name, Opportunity.name)
        ).all()
        done: dict[str, dict[str, str]] = defaultdict(dict)
        for opp_id, letter, status in session.execute(
            select(StepRecord.opportunity_id, StepRecord.letter, StepRecord.status)
            .join(Opportunity, Opportunity.id == StepRecord.opportunity_id)
            .where(*scope, StepRecord.deleted.is_(False), StepRecord.status.in_(("done", "skipped")))
        ):
            done[opp_id][letter] = status
        progress: dict[str, list[str]] = defaultdict(list)
        visits = entries = 0
        for opp_id, day, kind, content in session.execute(
            select(Activity.opportunity_id, Activity.date, Activity.type, Activity.content)
            .join(Opportunity, Opportunity.id == Activity.opportunity_id)
            .where(*scope, Activity.deleted.is_(False), Activity.date >= start, Activity.date <= end)
            .order_by(Activity.date, Activity.created_at)
        ):
            progress[opp_id].append(f"{day:%m-%d} {kind}：{content}")
            entries += 1
            visits += kind == VISIT
        risks, high_risks = _open_risks(session, scope)
        since = dt.datetime.combine(start, dt.time())
        until = dt.datetime.combine(end + dt.timedelta(days=1), dt.time())
        new_opps = session.scalar(
            select(func.count())
            .select_from(Opportunity)
            .where(*scope, Opportunity.created_at >= since, Opportunity.created_at < until)
        )
        stage_changes = session.scalar(
            select(func.count())
            .select_from(HistoryEntry)
            .join(Opportunity, Opportunity.id == HistoryEntry.opportunity_id)
            .where(*scope, HistoryEntry.field == "stage", HistoryEntry.at >= since, HistoryEntry.at < until)
        )
        held_ids = [r[0] for r in opps if r[15] == "on_hold"]
        holds: dict[str, Closing] = {}
        for closing in session.scalars(  # oldest first: the latest hold of each stays
            select(Closing)
            .where(
                Closing.opportunity_id.in_(held_ids), Closing.outcome == "on_hold", Closing.deleted.is_(False)
            )
            .order_by(Closing.created_at, Closing.id)
        ):
            holds[closing.opportunity_id] = closing
    rows: list[WeeklyRow] = []
    on_hold: list[WeeklyRow] = []
    for r in opps:
        held = holds.get(r[0])
        into = on_hold if r[15] == "on_hold" else rows
        number = len(into) + 1
        stage_spec = STAGES[r[6] - 1]
        letter = current_letter(done.get(r[0], {}), stage_spec.letters)
        next_date: dt.date | None = r[11]
        into.append(
            WeeklyRow(
                number=number,
                opportunity_id=r[0],
                customer=r[1],
                project=r[2],
                industry=r[3],
                region=r[4],
                key_account=bool(r[5]),
                stage=r[6],
                stage_name=stage_spec.name,
                step=f"{letter} {STEPS[letter].title}",
                progress="\n".join(progress.get(r[0], ())),
                plan=r[10],
                plan_date=next_date,
                amount=r[7],
                sign_date=r[8],
                lead=r[9],
                support=r[12],
                risks="\n".join(risks.get(r[0], ())),
                high_risks=high_risks.get(r[0], 0),
                updated=r[13].date(),
                owner=r[14],
                overdue=next_date is not None and next_date < as_of,
                hold_reason=held.reason if held is not None else "",
                look_again=held.look_again if held is not None else None,
            )
        )
    counts = WeeklyCounts(
        new_opportunities=int(new_opps or 0),
        stage_changes=int(stage_changes or 0),
        visits=visits,
        new_activities=entries,
    )
    return WeeklyReport(
        week=week,
        owner=owner,
        author=author,
        as_of=as_of,
        rows=rows,
        counts=counts,
        on_hold=on_hold,
        first_stage=first_stage,
    )


def _open_risks(
    session: Session, scope: list[ColumnElement[bool]]
) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Per opportunity, its open risks as weekly-summary lines and how many are high."""
    lines: dict[str, list[str]] = defaultdict(list)
    high: dict[str, int] = defaultdict(int)
    found = session.execute(
        select(Risk.opportunity_id, Risk.description, Risk.probability, Risk.impact, Risk.due_date)
        .join(Opportunity, Opportunity.id == Risk.opportunity_id)
        .where(*scope, Risk.deleted.is_(False), Risk.status == "open")
    ).all()
    ranked = sorted(
        ((opp_id, risk_level(p, i), text, due) for opp_id, text, p, i, due in found),
        key=lambda r: (-LEVELS[r[1]], r[3] or dt.date.max, r[2]),
    )
    for opp_id, level, text, _due in ranked:
        lines[opp_id].append(risk_line(level, text))
        high[opp_id] += level == "high"
    return lines, high


def stage_by_text(text: Any) -> int | None:
    """A stage number from ``3``, ``"3"``, ``"申请立项"``, ``"3 申请立项"``; ``None`` if unknown."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return int(text) if float(text).is_integer() and 1 <= int(text) <= len(STAGES) else None
    raw = str(text or "").strip()
    match = re.fullmatch(r"([0-9]{1,2})\s*[.、·:：-]?\s*([^0-9]*)", raw)
    number, name = (int(match.group(1)), match.group(2).strip()) if match else (None, raw)
    for s in STAGES:
        if (number is None or number == s.number) and name in (s.name, "") and (number or name):
            return s.number
    return None
