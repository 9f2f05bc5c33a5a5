"""The .pdsnap container (docs/snapshot-format.md): a zip with a manifest and one member per table.

Each table member is zlib-compressed JSON lines, stored (not deflated again) in the zip; with a
passphrase it is encrypted with AES-256-GCM under a key from scrypt, the member name as
associated data. The manifest names every member with its SHA-256, sizes and row count.
Writing is atomic: a temp file in the target folder, fsync, then ``os.replace``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

FORMAT_NAME = "projdesk-snapshot"
# 2: money and quantities as exact text within the app's bound (1 wrote them from REAL columns).
# 3: field stamps as the compact text (projdesk.domain.stamps); 1 and 2 wrote them as JSON.
FORMAT_VERSION = 3
LAST_JSON_STAMPS_VERSION = 2
MANIFEST = "manifest.json"
SUFFIX = ".pdsnap"
MEMBER_PREFIX = "tables/"
MEMBER_SUFFIX = ".jsonl.z"
FILE_PREFIX = "files/"  # an attachment's bytes: files/<sha256>, listed in manifest.files
CHECK_TEXT = b"projdesk-snapshot-key-check"
# manifest.selection: each kind and the field (and its type) that comes with it.
SELECTION_FIELDS: dict[str, tuple[str, type] | None] = {
    "all": None,
    "mine": ("owner", str),
    "ids": ("count", int),
    "since": ("since", str),
}

# scrypt cost: about 0.3 s and 128 MiB per key, so guessing passphrases is slow.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
# What a file may ask of a reader: memory is 128·n·r bytes (at most 256 MiB here) and time grows
# with n·r·p; a crafted manifest must not make an import take gigabytes or minutes.
SCRYPT_N_RANGE = (2**14, 2**18)
SCRYPT_MAX_R = 8
SCRYPT_MAX_P = 2
NONCE = 12
COMPRESS_LEVEL = 6


def member_name(table: str) -> str:
    return f"{MEMBER_PREFIX}{table}{MEMBER_SUFFIX}"


def file_member(sha256: str) -> str:
    return f"{FILE_PREFIX}{sha256}"


def kdf_within_bounds(n: object, r: object, p: object) -> bool:
    """Key-derivation parameters this reader agrees to run (n a power of two)."""
    if not (type(n) is int and type(r) is int and type(p) is int):
        return False
    low, high = SCRYPT_N_RANGE
    return low <= n <= high and n & (n - 1) == 0 and 1 <= r <= SCRYPT_MAX_R and 1 <= p <= SCRYPT_MAX_P


def derive_key(
    passphrase: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P
) -> bytes:
    if not kdf_within_bounds(n, r, p):
        raise ValueError(f"scrypt parameters out of bounds: n={n} r={r} p={p}")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


class KeyRing:
    """A passphrase and the keys derived from it, so that one import derives each key once
    (checking what a file is, then reading it, both need the key)."""

    def __init__(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self._keys: dict[tuple[bytes, int, int, int], bytes] = {}

    def key(self, salt: bytes, n: int, r: int, p: int) -> bytes:
        params = (salt, n, r, p)
        if params not in self._keys:
            self._keys[params] = derive_key(self.passphrase, salt, n, r, p)
        return self._keys[params]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def manifest_aad(manifest: dict[str, Any]) -> bytes:
    """The manifest as authenticated by the key check (everything but the check itself)."""
    copy = json.loads(json.dumps(manifest))
    copy.get("encryption", {}).pop("check", None)
    return json.dumps(copy, sort_keys=True, ensure_ascii=False).encode("utf-8")


class SnapshotWriter:
    """Collects table members into a temp file; ``finish`` writes the manifest and moves it in."""

    def __init__(self, target: Path, passphrase: str | None = None) -> None:
        self.target = Path(target)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent)
        os.close(fd)
        self.tmp = Path(tmp)
        self.zip = zipfile.ZipFile(self.tmp, "w", compression=zipfile.ZIP_STORED)
        self.members: dict[str, dict[str, Any]] = {}
        self.counts: dict[str, int] = {}
        self.files: dict[str, dict[str, Any]] = {}
        self.encryption: dict[str, Any] | None = None
        self._aead: AESGCM | None = None
        if passphrase:
            salt = secrets.token_bytes(16)
            self._aead = AESGCM(derive_key(passphrase, salt))
            self.encryption = {
                "cipher": "AES-256-GCM",
                "kdf": "scrypt",
                "salt": b64(salt),
                "n": SCRYPT_N,
                "r": SCRYPT_R,
                "p": SCRYPT_P,
            }

    def add_table(self, table: str, rows: int, payload: bytes) -> None:
        name = member_name(table)
        data = zlib.compress(payload, COMPRESS_LEVEL)
        if self._aead is not None:
            nonce = secrets.token_bytes(NONCE)
            data = nonce + self._aead.encrypt(nonce, data, name.encode("ascii"))
        self.zip.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data)
        self.members[name] = {
            "table": table,
            "rows": rows,
            "size": len(data),
            "raw_size": len(payload),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        self.counts[table] = rows

    def add_file(self, sha256: str, content: bytes) -> None:
        """An attachment's bytes as they are (photos and PDFs are compressed already), encrypted
        like the tables when there is a passphrase."""
        name = file_member(sha256)
        data = content
        if self._aead is not None:
            nonce = secrets.token_bytes(NONCE)
            data = nonce + self._aead.encrypt(nonce, content, name.encode("ascii"))
        self.zip.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0)), data)
        self.files[name] = {
            "size": len(data),
            "raw_size": len(content),
            "sha256": hashlib.sha256(data).hexdigest(),
        }

    def finish(self, meta: dict[str, Any]) -> dict[str, Any]:
        manifest: dict[str, Any] = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            **meta,
            "counts": self.counts,
            "members": self.members,
        }
        if self.files:  # absent when no attachment's bytes travel (and in older files)
            manifest["files"] = self.files
        if self.encryption is not None and self._aead is not None:
            manifest["encryption"] = dict(self.encryption)
            nonce = secrets.token_bytes(NONCE)
            check = self._aead.encrypt(nonce, CHECK_TEXT, manifest_aad(manifest))
            manifest["encryption"]["check"] = b64(nonce + check)
        text = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
        self.zip.writestr(
            zipfile.ZipInfo(MANIFEST, date_time=(2020, 1, 1, 0, 0, 0)),
            text,
            compress_type=zipfile.ZIP_DEFLATED,
        )
        self.zip.close()
        with open(self.tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(self.tmp, self.target)
        _fsync_dir(self.target.parent)
        return manifest

    def abort(self) -> None:
        try:
            self.zip.close()
        finally:
            self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> SnapshotWriter:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None:
            self.abort()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
