"""Snapshots for the GUI and the CLI: inspect, export, import (validate → back up → merge in one
transaction), conflicts, duplicate customers, and the history of imports and exports."""

from __future__ import annotations

import datetime as dt
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select

from projdesk import __version__
from projdesk.domain import slices
from projdesk.domain.errors import BadInputFile, WriteRejected
from projdesk.failures import explain
from projdesk.storage.attachment_files import files_folder
from projdesk.storage.db import bulk_write_cache, checkpoint_behind, head_revision, wal_kept_for_later
from projdesk.storage.integrity import require_intact
from projdesk.storage.models import Setting, SyncEvent, new_id, utcnow
from projdesk.storage.writer import CLOCK_KEY
from projdesk.sync import attachments, duplicates, skew
from projdesk.sync import conflicts as conflict_list
from projdesk.sync import merge as merger
from projdesk.sync.export import Selection, write_snapshot
from projdesk.sync.format import KeyRing
from projdesk.sync.progress import Progress
from projdesk.sync.reader import Secret, Snapshot, open_snapshot, read_manifest, snapshot_digest

if TYPE_CHECKING:
    from projdesk.storage.services import Services


@dataclass(frozen=True)
class SyncEventView:
    id: str
    direction: str
    file_name: str
    peer_device: str
    peer_author: str
    at: dt.datetime
    summary: dict[str, Any]


def describe_manifest(manifest: dict[str, Any], path: Path, now_ms: int | None = None) -> dict[str, Any]:
    """What a snapshot holds, for a preview: from whom, when, how many of what, and (given our
    clock's ``now_ms``) how far ahead the sender's clock ran."""
    ahead = skew.sender_ahead_seconds(manifest, now_ms) if now_ms is not None else 0
    return {
        "file": str(path),
        "author": manifest["author"],
        "device": manifest["device"],
        "created_at": manifest["created_at"],
        "app_version": manifest["app_version"],
        "format_version": manifest["format_version"],
        "schema_revision": manifest["schema_revision"],
        "encrypted": bool(manifest.get("encryption")),
        "selection": manifest.get("selection") or {"kind": "all"},
        "counts": dict(manifest["counts"]),
        "files": len(manifest.get("files") or {}),
        "files_left_out": manifest.get("files_left_out", 0),
        "clock_skew_seconds": ahead,
        "clock_note": skew.describe_skew(ahead),
    }


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cycle collection while a snapshot is read and merged. Its millions of short-lived
    records (freed by reference counting, not by the collector) set off full collections that
    each walked every object for 0.5–0.9 s at 10,000 opportunities, holding the interpreter
    lock: the GUI thread froze while an import ran on its write worker, and the import itself
    spent a sixth of its time there. The collector's state is the process's: it is put back."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def release_plan(plan: merger.MergePlan) -> None:
    """A plan's rows, freed a slice at a time (projdesk.domain.slices.release)."""
    slices.release(plan.inserts, plan.updates, plan.removals, plan.history)


def release_behind(plan: merger.MergePlan, snap: Snapshot | None) -> threading.Thread:
    """The plan's rows (and the snapshot's, if given) freed on a worker thread, started just
    before the commit: SQLite writes the file without the interpreter lock, the rows go meanwhile."""

    def release() -> None:
        release_plan(plan)
        if snap is not None:
            slices.release(snap.tables)

    worker = threading.Thread(target=release, name="release-import-rows")
    worker.start()
    return worker


class SyncService:
    def __init__(self, services: Services) -> None:
        self.services = services
        self.ctx = services.ctx
        self.db = services.db

    # -- look ----------------------------------------------------------------------------

    def inspect(self, path: Path | str) -> dict[str, Any]:
        zf, manifest = read_manifest(Path(path))
        zf.close()
        return describe_manifest(manifest, Path(path), self.ctx.clock.wall())

    # -- export --------------------------------------------------------------------------

    def export(
        self,
        path: Path | str,
        selection: Selection | None = None,
        passphrase: str | None = None,
        progress: Progress | None = None,
    ) -> dict[str, Any]:
        path = Path(path)
        require_intact(self.db.path)  # a damaged database must not travel to colleagues
        meta = {
            "schema_revision": head_revision(),
            "device": self.ctx.device,
            "author": self.ctx.prefs.user_name,
            # The device's clock, as its stamps: a reader compares it with its own (skew).
            "created_at": skew.utc_text(self.ctx.clock.wall()),
        }
        files = (self.files_folder, self.file_limits())
        with self.db.engine.connect() as conn:
            manifest = write_snapshot(conn, path, meta, selection, passphrase, progress, files)
        self._log("export", path, self.ctx.device, self.ctx.prefs.user_name, {"counts": manifest["counts"]})
        return describe_manifest(manifest, path)

    @property
    def files_folder(self) -> Path:
        return files_folder(self.db.path)

    def file_limits(self) -> attachments.FileLimits:
        prefs = self.ctx.prefs
        return attachments.FileLimits(
            prefs.snapshot_file_limit_mb * attachments.MB, prefs.snapshot_files_limit_mb * attachments.MB
        )

    # -- import --------------------------------------------------------------------------

    def read(self, path: Path | str, passphrase: Secret = None, progress: Progress | None = None) -> Snapshot:
        return open_snapshot(Path(path), passphrase, progress)

    def import_snapshot(
        self,
        path: Path | str,
        passphrase: str | None = None,
        dry_run: bool = False,
        progress: Progress | None = None,
        recheck: bool = False,
    ) -> dict[str, Any]:
        """Validate everything, then (unless a dry run) back up and merge in one transaction.

        A file whose exact content was already imported here changes nothing (merges are
        idempotent and the database only moves forward from there), so after checking its
        checksums it is reported as unchanged without parsing it again; ``recheck`` merges anyway.
        """
        keys = KeyRing(passphrase) if passphrase else None  # the digest and the read share one key
        salt = f"{__version__}/{head_revision()}"
        # The manifest's digest first: the members are checked once, by the read, unless the
        # file was imported before (then they are checked here before it is called unchanged).
        digest = snapshot_digest(Path(path), keys, salt, checked=False)
        if not dry_run and not recheck and digest in self._imported_digests():
            snapshot_digest(Path(path), keys, salt)
            return self._already_imported(Path(path), digest)
        with collection_paused():  # the records are gone when it ends: the next collection is small
            return self._read_and_merge(path, keys, dry_run, progress, digest)

    def _read_and_merge(
        self, path: Path | str, keys: KeyRing | None, dry_run: bool, progress: Progress | None, digest: str
    ) -> dict[str, Any]:
        snap = self.read(path, keys, progress)
        try:
            return self.merge(snap, dry_run=dry_run, progress=progress, digest=digest, owned=True)
        finally:
            slices.release(snap.tables)  # at once if the merge did not (a dry run, a refusal)

    def _imported_digests(self) -> set[str]:
        with self.ctx.read() as session:
            events = session.scalars(select(SyncEvent.summary).where(SyncEvent.direction == "import"))
            return {str(e.get("digest")) for e in events if e and e.get("digest")}

    def _already_imported(self, path: Path, digest: str) -> dict[str, Any]:
        zf, manifest = read_manifest(path)
        zf.close()
        counts = manifest["counts"]
        rows = sum(n for table, n in counts.items() if table != "history")
        summary: dict[str, Any] = {
            "added": 0,
            "updated": 0,
            "unchanged": rows,
            "conflicts": 0,
            "revived": 0,
            "history_added": 0,
            "already_imported": True,
            "dry_run": False,
            "file": str(path),
            "from": {k: manifest[k] for k in ("author", "device", "created_at")},
            "backup": None,
        }
        self._log("import", path, manifest["device"], manifest["author"], {**summary, "digest": digest})
        summary["duplicates"] = len(self.duplicates())
        return summary

    def merge(
        self,
        snap: Snapshot,
        dry_run: bool = False,
        progress: Progress | None = None,
        digest: str = "",
        *,
        owned: bool = False,
    ) -> dict[str, Any]:
        """``owned``: the caller is done with ``snap`` after this, so its rows may be freed here,
        while the commit writes the file."""
        manifest = snap.manifest
        with self.db.engine.connect() as conn:
            merger.check_references(conn, snap)  # the last check, read only: still nothing written
            if dry_run:
                restamper = self._restamper(conn, snap)
                plan = merger.plan(conn, snap, progress, check=False, restamper=restamper)
                merger.dedupe_conflicts(conn, plan)
                conn.rollback()
                try:
                    return self._summary(snap, plan, dry_run=True, backup=None)
                finally:
                    release_plan(plan)
        backup: Path | None = None
        releasing: threading.Thread | None = None
        try:
            with wal_kept_for_later(self.db.engine) as conn, conn.begin(), bulk_write_cache(conn):
                # Write first (the clock) to hold the write lock: no other write can slip in between
                # the rows the plan reads and the rows it writes back.
                self._save_clock(conn)
                restamper = self._restamper(conn, snap)
                plan = merger.plan(conn, snap, progress, check=False, restamper=restamper)
                merger.dedupe_conflicts(conn, plan)
                if plan.changes_anything:
                    # Our transaction is not committed: the backup holds the state before the import.
                    backup = self.db.backup("before-import")
                    merger.fill_actors(conn, plan)
                    merger.apply(conn, plan, progress)
                # Before the commit: bytes that fail their check a second time roll the merge back.
                files_added = attachments.store_received(snap, self.files_folder)
                self.ctx.clock.observe(plan.max_stamp)
                self._save_clock(conn)
                summary = self._summary(snap, plan, dry_run=False, backup=backup)
                summary["files_added"] = files_added
                conn.execute(
                    insert(SyncEvent).values(
                        id=new_id(),
                        direction="import",
                        file_name=str(snap.path),
                        peer_device=manifest["device"],
                        peer_author=manifest["author"],
                        at=utcnow(),
                        summary={**{k: v for k, v in summary.items() if k != "tables"}, "digest": digest},
                    )
                )
                releasing = release_behind(plan, snap if owned else None)  # written: its rows can go
        except Exception as exc:
            # Rolled back: the database is what the backup holds, so the backup would only be a
            # stray copy taking a good one's place in the rotation.
            if backup is not None:
                backup.unlink(missing_ok=True)
            if isinstance(explain(exc), WriteRejected):  # the file holds rows our constraints refuse
                raise BadInputFile.coded("snapshot_violates_constraints", name=snap.path.name) from None
            raise
        else:
            checkpointing = checkpoint_behind(self.db.path)  # committed: the WAL copied meanwhile
        finally:
            if releasing is not None:
                releasing.join()
        try:
            summary["duplicates"] = len(self.duplicates())
        finally:
            checkpointing.join()
        return summary

    def _restamper(self, conn: Any, snap: Snapshot) -> skew.Restamper:
        history = snap.tables.get("history") or []
        return skew.load(conn, self.ctx.clock, self.ctx.prefs.user_name, history)

    def _save_clock(self, conn: Any) -> None:
        last = self.ctx.clock.last
        if last:
            conn.execute(delete(Setting).where(Setting.key == CLOCK_KEY))
            conn.execute(insert(Setting).values(key=CLOCK_KEY, value=last))

    def _summary(
        self, snap: Snapshot, plan: merger.MergePlan, dry_run: bool, backup: Path | None
    ) -> dict[str, Any]:
        return {
            **plan.summary(),
            "dry_run": dry_run,
            "file": str(snap.path),
            "from": {
                "author": snap.manifest["author"],
                "device": snap.manifest["device"],
                "created_at": snap.manifest["created_at"],
                "clock_skew_seconds": skew.sender_ahead_seconds(snap.manifest, self.ctx.clock.wall()),
            },
            "backup": str(backup) if backup else None,
            "files_not_sent": attachments.not_received(snap, self.files_folder),
        }

    # -- review --------------------------------------------------------------------------

    def conflicts(self, include_resolved: bool = False) -> list[conflict_list.ConflictView]:
        return conflict_list.list_conflicts(self.ctx, include_resolved)

    def resolve(self, conflict_id: str, choice: conflict_list.Choice, text: str | None = None) -> str:
        return conflict_list.resolve(self.ctx, conflict_id, choice, text)

    def duplicates(self) -> list[duplicates.DuplicateGroup]:
        return duplicates.find_duplicates(self.ctx)

    def merge_customers(self, keep_id: str, other_id: str) -> dict[str, int]:
        return duplicates.merge_customers(self.ctx, keep_id, other_id)

    # -- history of imports and exports --------------------------------------------------

    def events(self, limit: int = 200) -> list[SyncEventView]:
        with self.ctx.read() as session:
            rows = session.scalars(select(SyncEvent).order_by(SyncEvent.at.desc()).limit(limit))
            return [
                SyncEventView(
                    e.id, e.direction, e.file_name, e.peer_device, e.peer_author, e.at, dict(e.summary or {})
                )
                for e in rows
            ]

    def _log(self, direction: str, path: Path, device: str, author: str, summary: dict[str, Any]) -> None:
        with self.db.session() as session:
            session.add(
                SyncEvent(
                    id=new_id(),
                    direction=direction,
                    file_name=str(path),
                    peer_device=device,
                    peer_author=author,
                    at=utcnow(),
                    summary=summary,
                )
            )
