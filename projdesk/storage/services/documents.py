"""Records of generated documents (kind, version, file, time) on an opportunity."""

from __future__ import annotations

from sqlalchemy import func, select

from projdesk.storage import dto
from projdesk.storage.models import Document, Opportunity
from projdesk.storage.services import views
from projdesk.storage.services.base import Context, get_live


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
