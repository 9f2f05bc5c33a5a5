"""Files attached to an opportunity or one of its steps: added, listed, opened, copied out, deleted.

The row describes the file; the bytes go to the folder beside the database first
(projdesk.storage.attachment_files), so a row never names bytes that are not there on the
computer that added it. A delete is a tombstone like every other, undone through the history.
"""

from __future__ import annotations

import mimetypes
import re
import stat
import tempfile
from pathlib import Path

from sqlalchemy import select

from projdesk.domain.errors import BadInputFile, InvalidInput, RuleRefused
from projdesk.domain.limits import MAX_ATTACHMENT_BYTES
from projdesk.storage import attachment_files, dto
from projdesk.storage.models import Attachment, Opportunity, utcnow
from projdesk.storage.services.base import Context, get_live
from projdesk.storage.services.lookup import resolve_record
from projdesk.storage.services.views import from_row

__all__ = ["AttachmentService", "display_name"]

# What Windows refuses in a file name (and the folder separators): replaced, so that the name
# a file arrives with can be offered again when a colleague saves a copy.
_NOT_IN_NAME = re.compile(r'[/\\:*?"<>|\x00-\x1f]')
NAME_LIMIT = 255


def display_name(name: str) -> str:
    """A file's name as an attachment keeps it: no path, no character a file system refuses."""
    base = _NOT_IN_NAME.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip()
    if base in ("", ".", ".."):
        base = "附件"
    if len(base) > NAME_LIMIT:  # keep the extension: it says what opens the file
        _stem, dot, ext = base.rpartition(".")
        ext = dot + ext if dot and len(ext) <= 16 else ""
        base = base[: NAME_LIMIT - len(ext)] + ext
    return base


class AttachmentService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def folder(self) -> Path:
        return attachment_files.files_folder(self.ctx.db.path)

    def add(
        self, opportunity_id: str, source: Path | str, *, step: str = "", note: str = "", name: str = ""
    ) -> str:
        """Attach a copy of ``source``; returns the new attachment's id."""
        source = Path(source)
        if not source.is_file():
            raise InvalidInput.coded("attachment_source_missing", path=source)
        if source.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise InvalidInput.coded(
                "attachment_too_large", name=source.name, megabytes=MAX_ATTACHMENT_BYTES // 2**20
            )
        letter = step.strip().upper()
        with self.ctx.read() as session:
            get_live(session, Opportunity, opportunity_id)  # refused before any bytes are copied
        try:
            sha256, size = attachment_files.store_file(self.folder, source)
        except OSError as exc:
            raise InvalidInput.coded(
                "attachment_source_unreadable", path=source, reason=exc.strerror
            ) from None
        except attachment_files.ContentMismatch:
            raise InvalidInput.coded("attachment_source_changed", path=source) from None
        file_name = display_name(name or source.name)
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            record = w.create(
                Attachment, for_opportunity=opp.id, opportunity_id=opp.id, step=letter,
                file_name=file_name, size=size, sha256=sha256,
                mime=mimetypes.guess_type(file_name)[0] or "", note=note.strip(),
                added_at=utcnow(), added_by=self.ctx.prefs.user_name,
            )  # fmt: skip
            return record.id

    def list(self, opportunity_id: str, *, step: str | None = None) -> list[dto.AttachmentView]:
        """An opportunity's attachments (or one step's), the newest first."""
        query = select(Attachment).where(
            Attachment.opportunity_id == opportunity_id, Attachment.deleted.is_(False)
        )
        if step is not None:
            query = query.where(Attachment.step == step.strip().upper())
        with self.ctx.read() as session:
            rows = session.scalars(query.order_by(Attachment.added_at.desc(), Attachment.file_name))
            return [self._view(a) for a in rows]

    def get(self, attachment_id: str) -> dto.AttachmentView:
        with self.ctx.read() as session:
            return self._view(get_live(session, Attachment, attachment_id))

    def resolve(self, reference: str) -> str:
        with self.ctx.read() as session:
            return resolve_record(session, Attachment, reference).id

    def path(self, attachment_id: str) -> Path:
        """Where the attachment's bytes are (read-only: open them, or export a copy to edit)."""
        att = self.get(attachment_id)
        if not att.held:
            raise RuleRefused.coded("attachment_not_here", name=att.file_name, holder=att.added_by)
        return attachment_files.stored_path(self.folder, att.sha256)

    def viewable_copy(self, attachment_id: str) -> Path:
        """A read-only copy under the attachment's own name, to open with the program its type
        asks for (the stored file is named by its SHA-256, with no extension to go by). Kept in
        the temporary folder: edits to it never reach the attachment."""
        self.path(attachment_id)  # refused when the bytes are not on this computer
        att = self.get(attachment_id)
        copy = Path(tempfile.gettempdir()) / "projdesk-attachments" / att.sha256[:16] / att.file_name
        if copy.is_file() and attachment_files.file_digest(copy)[0] == att.sha256:
            return copy
        if copy.exists():  # changed since: made writable, so the fresh copy can replace it
            copy.chmod(stat.S_IREAD | stat.S_IWRITE)
        attachment_files.export_copy(self.folder, att.sha256, copy)
        copy.chmod(stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
        return copy

    def export(self, attachment_id: str, target: Path | str) -> Path:
        """A copy of the attachment at ``target`` (a folder: under the attachment's own name)."""
        path = self.path(attachment_id)
        att = self.get(attachment_id)
        target = Path(target)
        if target.is_dir():
            target = target / att.file_name
        if target.resolve() == path.resolve():
            raise InvalidInput.coded("attachment_export_onto_itself", path=target)
        try:
            return attachment_files.export_copy(self.folder, att.sha256, target)
        except attachment_files.ContentMismatch:
            raise BadInputFile.coded("attachment_damaged", name=att.file_name) from None

    def set_note(self, attachment_id: str, note: str) -> str:
        """Change what the attachment's note says; returns the opportunity's id."""
        with self.ctx.write() as w:
            record = get_live(w.session, Attachment, attachment_id)
            w.update(record, {"note": note.strip()}, opportunity_id=record.opportunity_id)
            return record.opportunity_id

    def delete(self, attachment_id: str) -> str:
        """A tombstone (the bytes stay, so undo brings the attachment back); returns the opportunity's id."""
        with self.ctx.write() as w:
            record = get_live(w.session, Attachment, attachment_id)
            w.delete(record, opportunity_id=record.opportunity_id)
            return record.opportunity_id

    def _view(self, a: Attachment) -> dto.AttachmentView:
        return from_row(dto.AttachmentView, a, held=attachment_files.has_file(self.folder, a.sha256))
