"""Create or update opportunities from the rows of a sheet, all good rows in one transaction.

The rows arrive already parsed (``projdesk.deliverables.sheet_import`` reads the file); this
module matches them to existing opportunities by customer and project name and writes them
through the Writer, so every field is stamped and the history says "import". A dry run goes
through exactly the same steps and then rolls the transaction back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from projdesk.domain.catalog import ACTIVITY_TYPES, STAGES
from projdesk.domain.errors import InvalidInput
from projdesk.domain.registers import one_line, parse_risk_lines
from projdesk.storage.models import Activity, Customer, Opportunity, Risk, utcnow
from projdesk.storage.writer import Writer

if TYPE_CHECKING:
    from projdesk.storage.services import Services

IMPORT_KIND = "import"
IMPORT_REASON = "从表格导入"
PROGRESS_TYPE = "其他" if "其他" in ACTIVITY_TYPES else ACTIVITY_TYPES[-1]

# Opportunity columns a sheet may set (the parsed values are ready to store).
OPPORTUNITY_COLUMNS = frozenset(
    {
        "amount",
        "expected_sign_date",
        "project_lead",
        "owner",
        "next_step",
        "next_date",
        "support_needed",
    }
)
CUSTOMER_COLUMNS = frozenset({"industry", "region", "key_account"})


@dataclass(frozen=True)
class ImportRow:
    """One good row of a sheet: only the cells that held a value are in the dicts."""

    row: int  # the row number in the sheet, for messages
    customer: str
    project: str
    stage: int | None = None
    opportunity: dict[str, Any] = field(default_factory=dict)  # OPPORTUNITY_COLUMNS
    customer_fields: dict[str, Any] = field(default_factory=dict)  # CUSTOMER_COLUMNS
    progress: str = ""  # 本周进展: logged as an activity on new opportunities
    risks: str = ""  # 风险与问题: an open risk of the register, unless one already says it


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    # (row number, the refusal): worded where shown, so the GUI reads it in the chosen language
    errors: list[tuple[int, InvalidInput]] = field(default_factory=list)
    dry_run: bool = False
    changed_ids: list[str] = field(default_factory=list)

    @property
    def applied(self) -> int:
        return self.created + self.updated


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


def import_rows(services: Services, rows: list[ImportRow], *, dry_run: bool = False) -> ImportResult:
    """Apply the rows in one transaction; a row naming the same opportunity twice is refused."""
    result = ImportResult(dry_run=dry_run)
    seen: dict[tuple[str, str], int] = {}
    good = []
    for r in rows:
        key = (r.customer.strip(), r.project.strip())
        if key in seen:
            repeated = InvalidInput.coded(
                "sheet_row_repeats", first=seen[key], customer=key[0], project=key[1]
            )
            result.errors.append((r.row, repeated))
            continue
        seen[key] = r.row
        good.append(r)
    try:
        with services.ctx.write() as w:
            _apply(w, good, result, services.prefs.user_name)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    result.errors.sort(key=itemgetter(0))
    return result


def _apply(w: Writer, rows: list[ImportRow], result: ImportResult, user: str) -> None:
    session = w.session
    customers = {c.name: c for c in session.scalars(select(Customer).where(Customer.deleted.is_(False)))}
    names = {c.id: c.name for c in customers.values()}
    opportunities: dict[tuple[str, str], Opportunity] = {}
    for opp in session.scalars(
        select(Opportunity).where(Opportunity.deleted.is_(False)).order_by(Opportunity.created_at)
    ):
        opportunities.setdefault((names.get(opp.customer_id, ""), opp.name), opp)
    for r in rows:
        cust = customers.get(r.customer)
        changed = False
        if cust is None:
            cust = w.create(Customer, name=r.customer, **_customer_defaults(r.customer_fields))
            customers[r.customer] = cust
        else:
            changed |= bool(w.update(cust, r.customer_fields))
        existing = opportunities.get((r.customer, r.project))
        if existing is None:
            stage_number = r.stage or 1
            opp = w.create(
                Opportunity,
                customer_id=cust.id,
                name=r.project,
                stage=stage_number,
                status="open",
                stage_entered_at=utcnow(),
                **{"owner": user, **r.opportunity},
            )
            opportunities[(r.customer, r.project)] = opp
            if r.progress:
                w.create(
                    Activity,
                    opportunity_id=opp.id,
                    date=dt.date.today(),
                    type=PROGRESS_TYPE,
                    step=STAGES[stage_number - 1].letters[0],
                    content=r.progress,
                    owner=user,
                )
            _add_risk(w, opp, r.risks)
            result.created += 1
            result.changed_ids.append(opp.id)
            continue
        opp = existing
        changed |= bool(w.update(opp, r.opportunity))
        changed |= _add_risk(w, opp, r.risks)
        if r.stage is not None and r.stage != opp.stage:
            w.update(
                opp, {"stage": r.stage, "stage_entered_at": utcnow()}, kind=IMPORT_KIND, reason=IMPORT_REASON
            )
            changed = True
        if changed:
            result.updated += 1
            result.changed_ids.append(opp.id)
        else:
            result.unchanged += 1


def _add_risk(w: Writer, opp: Opportunity, cell: str) -> bool:
    """Each line of the sheet's 风险与问题 as a risk record, unless the register already holds it
    (a weekly summary read back writes its own lines: 【高】description)."""
    known = {
        one_line(text)
        for text in w.session.scalars(
            select(Risk.description).where(Risk.opportunity_id == opp.id, Risk.deleted.is_(False))
        )
    }
    added = False
    for level, description in parse_risk_lines(cell):
        if one_line(description) in known:
            continue
        known.add(one_line(description))
        w.create(
            Risk, opportunity_id=opp.id, description=description, probability=level, impact=level,
            owner=opp.owner, status="open",
        )  # fmt: skip
        added = True
    return added


def _customer_defaults(values: dict[str, Any]) -> dict[str, Any]:
    return {"industry": "", "region": "", "key_account": False, **values}
