"""The risk register of an opportunity (风险管理): add, list, update, close.

Risks are internal: they feed the board's mark and the weekly summary's 风险与问题, never a
document the customer receives (projdesk.deliverables.context keeps them to internal kinds).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from projdesk.domain.errors import InvalidInput
from projdesk.domain.registers import LEVELS
from projdesk.domain.values import parse_date
from projdesk.storage import dto
from projdesk.storage.models import Opportunity, Risk
from projdesk.storage.services import views
from projdesk.storage.services.base import Context, get_live
from projdesk.storage.services.lookup import resolve_record

# What a user may type for a level: the code or its Chinese word.
_LEVEL_WORDS = {"高": "high", "中": "medium", "低": "low", **{code: code for code in LEVELS}}
_LEVEL_NAMES = {"probability": "可能性", "impact": "影响"}
EDITABLE_FIELDS = ("description", "probability", "impact", "response", "owner", "due_date")


def parse_level(raw: Any, field: str) -> str:
    level = _LEVEL_WORDS.get(str(raw).strip().lower() if raw is not None else "")
    if level is None:
        raise InvalidInput.coded("risk_level_invalid", what=_LEVEL_NAMES[field], value=raw)
    return level


def parse_risk_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Typed values for the editable fields; every value checked before anything is written."""
    parsed: dict[str, Any] = {}
    for name, raw in changes.items():
        if name not in EDITABLE_FIELDS:
            raise InvalidInput.coded("risk_field_unknown", field=name, fields="、".join(EDITABLE_FIELDS))
        if name in _LEVEL_NAMES:
            parsed[name] = parse_level(raw, name)
        elif name == "due_date":
            parsed[name] = parse_date(raw, label="风险期限")
        else:
            parsed[name] = ("" if raw is None else str(raw)).strip()
    if "description" in parsed and not parsed["description"]:
        raise InvalidInput.coded("risk_description_empty")
    return parsed


class RiskService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def add(
        self,
        opportunity_id: str,
        description: str,
        *,
        probability: Any = "medium",
        impact: Any = "medium",
        response: str = "",
        owner: str | None = None,
        due_date: Any = None,
    ) -> str:
        """A new open risk; its owner is the opportunity's owner unless named."""
        values = parse_risk_changes(
            {
                "description": description,
                "probability": probability,
                "impact": impact,
                "response": response,
                "due_date": due_date,
            }
        )
        if not values["description"]:
            raise InvalidInput.coded("risk_description_empty")
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            chosen = (owner if owner is not None else opp.owner).strip()
            return w.create(
                Risk, opportunity_id=opp.id, owner=chosen, status="open", close_note="", **values
            ).id

    def update(self, risk_id: str, changes: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        parsed = parse_risk_changes(changes)
        with self.ctx.write() as w:
            risk = get_live(w.session, Risk, risk_id)
            if risk.status == "closed":
                raise InvalidInput.coded("risk_closed", description=risk.description[:40])
            return w.update(risk, parsed)

    def close(self, risk_id: str, note: str, *, on: Any = None) -> None:
        """Close a risk with what became of it (处理结果)."""
        note = (note or "").strip()
        if not note:
            raise InvalidInput.coded("risk_close_needs_note")
        day = parse_date(on, label="关闭日期") or dt.date.today()
        with self.ctx.write() as w:
            risk = get_live(w.session, Risk, risk_id)
            w.update(risk, {"status": "closed", "close_note": note, "closed_on": day})

    def get(self, risk_id: str) -> dto.RiskView:
        with self.ctx.read() as session:
            return views.risk_view(get_live(session, Risk, risk_id))

    def list(self, opportunity_id: str, *, include_closed: bool = True) -> list[dto.RiskView]:
        with self.ctx.read() as session:
            return risks_of(session, opportunity_id, include_closed=include_closed)

    def resolve(self, reference: str) -> str:
        with self.ctx.read() as session:
            return resolve_record(session, Risk, reference).id


def risks_of(session: Any, opportunity_id: str, *, include_closed: bool = True) -> list[dto.RiskView]:
    """Open risks first, the highest level first, then by due date."""
    query = select(Risk).where(Risk.opportunity_id == opportunity_id, Risk.deleted.is_(False))
    if not include_closed:
        query = query.where(Risk.status == "open")
    rows = [views.risk_view(r) for r in session.scalars(query)]
    return sorted(rows, key=risk_order)


def risk_order(r: dto.RiskView) -> tuple[bool, int, dt.date, str]:
    return (r.status != "open", -LEVELS[r.level], r.due_date or dt.date.max, r.description)
