"""Change requests after the contract (变更管理): request, assess, decide.

An approved change is the contract's recorded amendment: the contract row keeps the amount it
was signed at, and its current amount (dto.amended_amount) adds the approved changes' costs.
The approval also writes a history line on the contract saying how the amount moved and why.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from projdesk.domain.errors import InvalidInput, RuleRefused
from projdesk.domain.money import format_yuan, parse_money
from projdesk.domain.registers import MAX_SCHEDULE_DAYS
from projdesk.domain.values import parse_date, parse_int, to_text
from projdesk.storage import dto
from projdesk.storage.models import ChangeRequest, Contract, Opportunity
from projdesk.storage.services import views
from projdesk.storage.services.base import Context, get_live
from projdesk.storage.services.lookup import resolve_record

AMEND_KIND = "amend"  # the history line of an approved change's amendment
_DECISION_WORDS = {"approved": "approved", "approve": "approved", "批准": "approved",
                   "rejected": "rejected", "reject": "rejected", "驳回": "rejected"}  # fmt: skip


def parse_cost(raw: Any) -> tuple[Decimal | None, str]:
    """A cost as typed ("-5000" or "减少 5000" lowers the contract amount): (amount, direction)."""
    if isinstance(raw, Decimal):
        return abs(raw), "decrease" if raw < 0 else "increase"
    text = "" if raw is None else str(raw).strip()
    direction = "increase"
    for sign in ("-", "－", "减少"):
        if text.startswith(sign):
            direction, text = "decrease", text[len(sign) :].strip()
    for sign in ("+", "＋", "增加"):
        if text.startswith(sign):
            text = text[len(sign) :].strip()
    return parse_money(text, label="变更费用"), direction


def _contract(session: Session, opportunity_id: str) -> Contract | None:
    return session.scalars(
        select(Contract).where(Contract.opportunity_id == opportunity_id, Contract.deleted.is_(False))
    ).first()


def changes_of(session: Session, opportunity_id: str) -> list[dto.ChangeView]:
    rows = session.scalars(
        select(ChangeRequest)
        .where(ChangeRequest.opportunity_id == opportunity_id, ChangeRequest.deleted.is_(False))
        .order_by(ChangeRequest.number, ChangeRequest.created_at)
    )
    return [views.change_view(c) for c in rows]


def _amendment(session: Session, contract: Contract, change: ChangeRequest) -> tuple[str, str] | None:
    """The contract amount before and after approving ``change`` (None: it costs nothing)."""
    view = views.change_view(change)
    if view.amount_change == 0:
        return None
    before = dto.amended_amount(contract.amount, changes_of(session, change.opportunity_id))
    if before is None:
        raise RuleRefused.coded("change_contract_without_amount", number=change.number)
    after = before + view.amount_change
    if after < 0:
        raise RuleRefused.coded("change_below_zero", number=change.number, amount=format_yuan(before))
    return to_text(before), to_text(after)


class ChangeService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add(
        self, opportunity_id: str, reason: str, *, impact: str = "", requested_by: str = "", on: Any = None
    ) -> str:
        """A change request; only once the contract is signed (before it, the quote changes)."""
        reason = (reason or "").strip()
        if not reason:
            raise InvalidInput.coded("change_reason_empty")
        day = parse_date(on, label="申请日期") or dt.date.today()
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            contract = _contract(w.session, opp.id)
            if contract is None or contract.signed_date is None:
                raise RuleRefused.coded("change_needs_contract")
            last = w.session.scalar(
                select(func.max(ChangeRequest.number)).where(ChangeRequest.opportunity_id == opp.id)
            )
            return w.create(
                ChangeRequest,
                opportunity_id=opp.id,
                number=(last or 0) + 1,
                reason=reason,
                impact=(impact or "").strip(),
                requested_by=(requested_by or "").strip() or self.ctx.author.user,
                requested_on=day,
                status="requested",
            ).id

    def assess(
        self, change_id: str, *, cost: Any, schedule_days: Any = None, risk: str = "", on: Any = None
    ) -> None:
        """The assessment: what it costs (the contract amount moves by it), days, risk."""
        amount, direction = parse_cost(cost)
        days = parse_int(
            schedule_days, label="工期影响（天）", low=-MAX_SCHEDULE_DAYS, high=MAX_SCHEDULE_DAYS
        )
        day = parse_date(on, label="评估日期") or dt.date.today()
        with self.ctx.write() as w:
            change = get_live(w.session, ChangeRequest, change_id)
            if change.status in ("approved", "rejected"):
                raise RuleRefused.coded("change_decided", number=change.number)
            w.update(
                change,
                {
                    "cost": amount if amount is not None else Decimal("0.00"),
                    "cost_direction": direction,
                    "schedule_days": days,
                    "risk_note": (risk or "").strip(),
                    "assessed_by": self.ctx.author.user,
                    "assessed_on": day,
                    "status": "assessed",
                },
            )

    def decide(self, change_id: str, decision: str, *, by: str = "", note: str = "", on: Any = None) -> None:
        """Approve or reject an assessed change; approval amends the contract amount."""
        outcome = _DECISION_WORDS.get((decision or "").strip().lower())
        if outcome is None:
            raise InvalidInput.coded("change_decision_invalid", value=decision)
        day = parse_date(on, label="决定日期") or dt.date.today()
        with self.ctx.write() as w:
            change = get_live(w.session, ChangeRequest, change_id)
            if change.status in ("approved", "rejected"):
                raise RuleRefused.coded("change_decided", number=change.number)
            if change.status != "assessed":
                raise RuleRefused.coded("change_not_assessed", number=change.number)
            contract = _contract(w.session, change.opportunity_id)
            amendment = None
            if outcome == "approved" and contract is not None:
                amendment = _amendment(w.session, contract, change)
            w.update(
                change,
                {
                    "status": outcome,
                    "decided_by": (by or "").strip() or self.ctx.author.user,
                    "decided_on": day,
                    "decision_note": (note or "").strip(),
                },
            )
            if contract is not None and amendment is not None:  # after the write: it carries its stamp
                before, after = amendment
                reason = f"变更 #{change.number} 批准：{change.reason}"[:200]
                # Kind "amend", not "edit": undo reverts the decision (the amount is derived from
                # it), never the contract row's signed amount.
                w.note(
                    change.opportunity_id,
                    "contracts",
                    contract.id,
                    "amount",
                    before,
                    after,
                    AMEND_KIND,
                    reason,
                )

    def get(self, change_id: str) -> dto.ChangeView:
        with self.ctx.read() as session:
            return views.change_view(get_live(session, ChangeRequest, change_id))

    def list(self, opportunity_id: str) -> list[dto.ChangeView]:
        with self.ctx.read() as session:
            return changes_of(session, opportunity_id)

    def resolve(self, reference: str) -> str:
        with self.ctx.read() as session:
            return resolve_record(session, ChangeRequest, reference).id
