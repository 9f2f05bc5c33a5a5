"""Which attachments' bytes travel in a snapshot, and keeping the bytes that arrive in one.

Attachment rows travel like every other row; their bytes travel beside them as ``files/<sha256>``
members while they fit the sender's limits (one file, the whole snapshot). A file over a limit,
or one whose bytes this computer never received, travels as its description only: the receiver
lists it as not sent, with the name of whoever added it.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, column, select, table

from projdesk.domain.limits import MAX_SNAPSHOT_FILE_BYTES, MAX_SNAPSHOT_FILES_BYTES
from projdesk.storage import attachment_files
from projdesk.sync import columns
from projdesk.sync.format import SnapshotWriter, file_member
from projdesk.sync.reader import Snapshot, file_content

MB = 2**20


@dataclass(frozen=True)
class FileLimits:
    """The most bytes one attachment's file, and all of a snapshot's files, may add to it."""

    per_file: int = 20 * MB
    per_snapshot: int = 200 * MB


@dataclass(frozen=True)
class FilesSent:
    sent: int  # distinct files whose bytes travel
    left_out: int  # live attachments whose bytes do not (over a limit, or not on this computer)


def add_files(
    conn: Connection, writer: SnapshotWriter, folder: Path, limits: FileLimits, ids: set[str] | None
) -> FilesSent:
    """Put the bytes of the exported live attachments into the snapshot, oldest first, within
    the limits; ``ids``: the attachments exported (None: all)."""
    t = table(
        "attachments", column("id"), column("sha256"), column("size"), column("deleted"), column("added_at")
    )
    query = select(t.c.id, t.c.sha256, t.c.size).where(t.c.deleted.is_(False)).order_by(t.c.added_at, t.c.id)
    rows = [r for r in conn.execute(query) if ids is None or r.id in ids]
    total, sent, left_out = 0, set[str](), 0
    for row in rows:
        if row.sha256 in sent:
            continue
        fits = row.size <= min(limits.per_file, MAX_SNAPSHOT_FILE_BYTES) and total + row.size <= min(
            limits.per_snapshot, MAX_SNAPSHOT_FILES_BYTES
        )
        if not fits or not attachment_files.has_file(folder, row.sha256):
            left_out += 1
            continue
        content = attachment_files.stored_path(folder, row.sha256).read_bytes()
        if len(content) != row.size:  # damaged here: it must not travel as if it were good
            left_out += 1
            continue
        writer.add_file(row.sha256, content)
        total += row.size
        sent.add(row.sha256)
    return FilesSent(len(sent), left_out)


def live_attachments(snap: Snapshot) -> list[tuple[str, str, str]]:
    """(sha256, file name, added by) of the snapshot's live attachments."""
    spec = columns.BY_NAME["attachments"]
    sha_at, name_at, by_at, del_at = (spec.index(n) for n in ("sha256", "file_name", "added_by", "deleted"))
    return [(r[sha_at], r[name_at], r[by_at]) for r in snap.tables.get("attachments", ()) if not r[del_at]]


def store_received(snap: Snapshot, folder: Path) -> int:
    """Keep the bytes of the snapshot's attachments this computer lacks (each checked against its
    SHA-256 again as it is written); returns how many files were added to ``folder``."""
    wanted = sorted({sha for sha, _, _ in live_attachments(snap)} & snap.files)
    missing = [sha for sha in wanted if not attachment_files.has_file(folder, sha)]
    if not missing:
        return 0
    with zipfile.ZipFile(snap.path) as zf:
        for sha in missing:
            member = file_member(sha)
            content = file_content(zf, member, snap.manifest["files"][member], snap.cipher, snap.path.name)
            attachment_files.store_chunks(folder, sha, [content])
    return len(missing)


def not_received(snap: Snapshot, folder: Path) -> list[dict[str, str]]:
    """The snapshot's live attachments whose bytes neither travel in it nor are on this computer."""
    return [
        {"file_name": name, "holder": holder}
        for sha, name, holder in live_attachments(snap)
        if sha not in snap.files and not attachment_files.has_file(folder, sha)
    ]
