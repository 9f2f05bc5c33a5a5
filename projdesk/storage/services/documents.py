"""Records of generated documents (kind, version, file, time) on an opportunity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select

from projdesk.domain.errors import InvalidInput
from projdesk.storage import dto
from projdesk.storage.models import Document, Opportunity
from projdesk.storage.services import views
from projdesk.storage.services.base import Context, get_live

DOCUMENT_FIELDS = ("note",)


def parse_document_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """A document entry's editable fields (only its note: the kind, version and file are facts)."""
    unknown = sorted(set(changes) - set(DOCUMENT_FIELDS))
    if unknown:
        raise InvalidInput.coded(
            "unknown_field_names", keys="、".join(unknown), known="、".join(DOCUMENT_FIELDS)
        )
    return {"note": str(changes.get("note") or "").strip()} if "note" in changes else {}


class DocumentService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def next_version(self, opportunity_id: str, kind: str) -> int:
        with self.ctx.read() as session:
            last = session.scalar(
                select(func.max(Document.version)).where(
                    Document.opportunity_id == opportunity_id,
                    Document.kind == kind,
                    Document.deleted.is_(False),
                )
            )
        return (last or 0) + 1

    def record(self, opportunity_id: str, kind: str, file_path: str, version: int, note: str = "") -> str:
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            return w.create(
                Document, opportunity_id=opp.id, kind=kind, version=version, file_path=file_path, note=note
            ).id

    def update(self, document_id: str, changes: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        """Change what the list says of a document (its note: 已发客户, 客户意见…); the file stays."""
        parsed = parse_document_changes(changes)
        with self.ctx.write() as w:
            document = get_live(w.session, Document, document_id)
            return w.update(document, parsed, opportunity_id=document.opportunity_id)

    def delete(self, document_id: str) -> None:
        """Take a document off the opportunity's list; the file itself stays where it is."""
        with self.ctx.write() as w:
            w.delete(get_live(w.session, Document, document_id))

    def of(self, opportunity_id: str) -> list[dto.DocumentView]:
        with self.ctx.read() as session:
            rows = session.scalars(
                select(Document)
                .where(Document.opportunity_id == opportunity_id, Document.deleted.is_(False))
                .order_by(Document.generated_at)
            )
            return [views.document_view(d) for d in rows]
