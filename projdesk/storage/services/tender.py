"""The tender's requirements on an opportunity (step Q) and our answers to them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from projdesk.domain.errors import InvalidInput
from projdesk.domain.tender import RequirementDraft, check_response, number_clauses
from projdesk.storage import dto
from projdesk.storage.models import Opportunity, TenderRequirement
from projdesk.storage.services.base import Context, get_live
from projdesk.storage.services.views import from_row

__all__ = ["ImportSummary", "TenderService", "live_requirements", "requirement_view"]


@dataclass(frozen=True)
class ImportSummary:
    added: int
    updated: int
    unchanged: int


def requirement_view(r: TenderRequirement) -> dto.RequirementView:
    return from_row(dto.RequirementView, r)


def live_requirements(session: Session, opportunity_id: str) -> list[TenderRequirement]:
    return list(
        session.scalars(
            select(TenderRequirement)
            .where(TenderRequirement.opportunity_id == opportunity_id, TenderRequirement.deleted.is_(False))
            .order_by(TenderRequirement.position, TenderRequirement.clause)
        )
    )


class TenderService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def import_requirements(self, opportunity_id: str, drafts: Sequence[RequirementDraft]) -> ImportSummary:
        """Add the tender's clauses; a clause already held (same number) takes the new text and mark
        and keeps our answer, so importing an amended tender again loses no work."""
        drafts = number_clauses(drafts)
        added = updated = unchanged = 0
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            held = {r.clause: r for r in live_requirements(w.session, opp.id)}
            last = max((r.position for r in held.values()), default=0)
            for draft in drafts:
                values = {"text": draft.text, "mark": draft.mark, "category": draft.category}
                existing = held.get(draft.clause)
                if existing is None:
                    last += 1
                    w.create(
                        TenderRequirement, for_opportunity=opp.id, opportunity_id=opp.id,
                        position=last, clause=draft.clause, **values,
                    )  # fmt: skip
                    added += 1
                elif w.update(existing, values, opportunity_id=opp.id):
                    updated += 1
                else:
                    unchanged += 1
        return ImportSummary(added, updated, unchanged)

    def requirements(self, opportunity_id: str) -> list[dto.RequirementView]:
        with self.ctx.read() as session:
            return [requirement_view(r) for r in live_requirements(session, opportunity_id)]

    def answer(
        self,
        opportunity_id: str,
        clause: str,
        *,
        response: str | None = None,
        explanation: str | None = None,
        answered_in: str | None = None,
    ) -> str:
        """Record our answer to one clause (named by its number); returns the record's id."""
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            found = [r for r in live_requirements(w.session, opp.id) if r.clause == clause.strip()]
            if not found:
                raise InvalidInput.coded("requirement_unknown_clause", clause=clause.strip())
            record = found[0]
            w.update(record, _answer_changes(response, explanation, answered_in), opportunity_id=opp.id)
            return record.id

    def update(
        self,
        requirement_id: str,
        *,
        response: str | None = None,
        explanation: str | None = None,
        answered_in: str | None = None,
    ) -> str:
        """The same answer by the record's id (the table in step Q edits in place); returns the
        opportunity's id."""
        with self.ctx.write() as w:
            record = get_live(w.session, TenderRequirement, requirement_id)
            changes = _answer_changes(response, explanation, answered_in)
            w.update(record, changes, opportunity_id=record.opportunity_id)
            return record.opportunity_id


def _answer_changes(response: str | None, explanation: str | None, answered_in: str | None) -> dict[str, str]:
    changes: dict[str, str] = {}
    if response is not None:
        # An empty response takes the answer back: the clause shows as open again.
        changes["response"] = check_response(response) if response.strip() else ""
    if explanation is not None:
        changes["explanation"] = explanation.strip()
    if answered_in is not None:
        changes["answered_in"] = answered_in.strip()
    return changes
