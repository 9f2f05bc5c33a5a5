"""The bytes of attachments: a folder beside the database, one file per content.

``work.db``'s attachments live in ``work.files/<sha256[:2]>/<sha256>``. A file is named by the
SHA-256 of its bytes, written atomically (a temporary file, fsync, replace), checked against its
name before it takes its place, never overwritten, and made read-only: an attachment opened from
here and saved over in Word must not change what its name promises. Two attachments of the same
file share one copy; a deleted attachment (a tombstone) keeps its bytes, so undo has them.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from projdesk.deliverables.atomic import atomic_output

FOLDER_SUFFIX = ".files"
CHUNK = 1 << 20
SHA256_RE = re.compile(r"[0-9a-f]{64}")


class ContentMismatch(ValueError):
    """The bytes written are not the bytes their SHA-256 names (changed or tampered on the way)."""


def files_folder(db_path: Path) -> Path:
    """Where ``db_path``'s attachments keep their bytes."""
    return db_path.with_name(f"{db_path.stem}{FOLDER_SUFFIX}")


def stored_path(folder: Path, sha256: str) -> Path:
    if SHA256_RE.fullmatch(sha256) is None:
        raise ValueError(f"not a SHA-256: {sha256!r}")
    return folder / sha256[:2] / sha256


def has_file(folder: Path, sha256: str) -> bool:
    return stored_path(folder, sha256).is_file()


def read_chunks(fh: BinaryIO) -> Iterator[bytes]:
    while chunk := fh.read(CHUNK):
        yield chunk


def file_digest(path: Path) -> tuple[str, int]:
    """The SHA-256 and size of a file, read a megabyte at a time."""
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as fh:
        for chunk in read_chunks(fh):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def store_chunks(folder: Path, sha256: str, chunks: Iterable[bytes]) -> Path:
    """Keep the bytes ``chunks`` yield as the file named ``sha256``; nothing is kept (and
    ContentMismatch raised) when they hash to anything else. A file already held is not touched."""
    target = stored_path(folder, sha256)
    if target.is_file():
        return target
    digest = hashlib.sha256()

    def matches() -> None:
        if digest.hexdigest() != sha256:
            raise ContentMismatch(sha256)

    with atomic_output(target, before_replace=matches) as partial, open(partial, "wb") as out:
        for chunk in chunks:
            digest.update(chunk)
            out.write(chunk)
    os.chmod(target, stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
    return target


def store_file(folder: Path, source: Path) -> tuple[str, int]:
    """Copy ``source`` in (unless its content is already here); its SHA-256 and size. The copy is
    checked against a first reading, so a file that changes while it is copied is refused."""
    sha256, size = file_digest(source)
    with open(source, "rb") as fh:
        store_chunks(folder, sha256, read_chunks(fh))
    return sha256, size


def held_files(folder: Path) -> Iterator[Path]:
    """The content files in ``folder`` (anything else there, a stray temporary file, is not one)."""
    if not folder.is_dir():
        return
    for sub in sorted(folder.iterdir()):
        if not sub.is_dir() or len(sub.name) != 2:
            continue
        for file in sorted(sub.iterdir()):
            if SHA256_RE.fullmatch(file.name) and file.name[:2] == sub.name and file.is_file():
                yield file


def copy_missing(source: Path, target: Path) -> int:
    """Copy every content file of ``source`` that ``target`` lacks (backups and restores); a
    file whose bytes no longer match its name is left behind. Returns how many were copied."""
    copied = 0
    for file in held_files(source):
        if has_file(target, file.name):
            continue
        try:
            with open(file, "rb") as fh:
                store_chunks(target, file.name, read_chunks(fh))
        except ContentMismatch:
            continue
        copied += 1
    return copied


def export_copy(folder: Path, sha256: str, target: Path) -> Path:
    """A writable copy of a held file at ``target`` (written atomically, checked on the way)."""
    digest = hashlib.sha256()

    def matches() -> None:
        if digest.hexdigest() != sha256:
            raise ContentMismatch(sha256)

    with (
        open(stored_path(folder, sha256), "rb") as fh,
        atomic_output(target, before_replace=matches) as partial,
        open(partial, "wb") as out,
    ):
        for chunk in read_chunks(fh):
            digest.update(chunk)
            out.write(chunk)
    return target
