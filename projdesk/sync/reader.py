"""Opening a snapshot: every check happens here, before anything is written anywhere.

Any problem raises :class:`BadInputFile` with one line in Chinese: not a snapshot, damaged,
tampered, unsafe paths, too large, too new, wrong passphrase, malformed or duplicate records.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zipfile
import zlib
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from projdesk.domain import limits, slices
from projdesk.domain.errors import BadInputFile, Problem
from projdesk.storage import attachment_files
from projdesk.sync import columns
from projdesk.sync.format import (
    CHECK_TEXT,
    FILE_PREFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    LAST_JSON_STAMPS_VERSION,
    MANIFEST,
    NONCE,
    SELECTION_FIELDS,
    KeyRing,
    kdf_within_bounds,
    manifest_aad,
    member_name,
)
from projdesk.sync.progress import Progress

MAX_FILE = 4 * 2**30
MAX_MANIFEST = 2**20

Secret = KeyRing | str | None  # a passphrase, or one with the keys already derived from it


@dataclass
class Snapshot:
    path: Path
    manifest: dict[str, Any]
    tables: dict[str, list[list[Any]]] = field(default_factory=dict)  # rows in TableSpec column order
    files: set[str] = field(default_factory=set)  # the SHA-256 of each attachment's bytes, checked
    cipher: AESGCM | None = None  # to read those bytes again when they are kept

    @property
    def encrypted(self) -> bool:
        return bool(self.manifest.get("encryption"))

    def count(self, table: str) -> int:
        return len(self.tables.get(table, ()))


def _bad(code: str, **params: object) -> BadInputFile:
    """The refusal of a snapshot file: a code of labels.ERROR_TEXTS, worded where it is shown."""
    return BadInputFile.coded(code, **params)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from projdesk.storage.db import _alembic_config

    return {r.revision for r in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}


def _safe_name(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return not (name.startswith(("/", "\\")) or ":" in name or ".." in parts or "" in parts or "\\" in name)


def read_manifest(path: Path) -> tuple[zipfile.ZipFile, dict[str, Any]]:
    """Open the container and check the manifest and member list (no table data read)."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _bad("snapshot_unreadable", name=name, reason=exc.strerror or exc) from None
    if size == 0:
        raise _bad("snapshot_empty", name=name)
    if size > MAX_FILE:
        raise _bad("snapshot_too_large", megabytes=size // 2**20, name=name)
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise _bad("snapshot_not_a_snapshot", name=name) from None
    try:
        return zf, _check_manifest(zf, infos, name)
    except BaseException:
        zf.close()
        raise


def _check_manifest(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> dict[str, Any]:
    names = [i.filename for i in infos]
    if any(not _safe_name(n) for n in names):
        raise _bad("snapshot_unsafe_path", name=name)
    if len(set(names)) != len(names):
        raise _bad("snapshot_duplicate_member", name=name)
    if MANIFEST not in names:
        raise _bad("snapshot_no_manifest", name=name)
    info = zf.getinfo(MANIFEST)
    if info.file_size > MAX_MANIFEST or info.compress_size > MAX_MANIFEST:
        raise _bad("snapshot_manifest_too_large", name=name)
    try:
        with zf.open(info) as fh:
            raw = fh.read(MAX_MANIFEST + 1)
        manifest = json.loads(raw.decode("utf-8"))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error):
        raise _bad("snapshot_manifest_damaged", name=name) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_NAME:
        raise _bad("snapshot_manifest_malformed", name=name)
    version = manifest.get("format_version")
    if type(version) is not int or version < 1:
        raise _bad("snapshot_bad_format_version", name=name)
    if version > FORMAT_VERSION:
        raise _bad("snapshot_newer_format", version=version, supported=FORMAT_VERSION, name=name)
    revision = manifest.get("schema_revision")
    if type(revision) is not str or revision not in known_revisions():
        raise _bad("snapshot_unknown_revision", revision=revision, name=name)
    for key in ("device", "author", "created_at", "app_version"):
        if type(manifest.get(key)) is not str:
            raise _bad("snapshot_manifest_missing_key", key=key, name=name)
    members = manifest.get("members")
    counts = manifest.get("counts")
    if not isinstance(members, dict) or not isinstance(counts, dict):
        raise _bad("snapshot_manifest_no_members", name=name)
    expected = {member_name(t.name): t.name for t in columns.TABLES}
    for member, meta in members.items():
        if (
            expected.get(member) is None
            or not isinstance(meta, dict)
            or meta.get("table") != expected[member]
        ):
            raise _bad("snapshot_unknown_member", member=member, name=name)
        for key in ("rows", "size", "raw_size"):
            if type(meta.get(key)) is not int or meta[key] < 0:
                raise _bad("snapshot_manifest_bad_member_key", member=member, key=key, name=name)
        if type(meta.get("sha256")) is not str or counts.get(meta["table"]) != meta["rows"]:
            raise _bad("snapshot_manifest_bad_checksum", member=member, name=name)
    files = manifest.get("files", {})
    if not isinstance(files, dict):
        raise _bad("snapshot_manifest_no_members", name=name)
    for member, meta in files.items():
        if not _valid_file_entry(member, meta):
            raise _bad("snapshot_bad_file_entry", member=member, name=name)
    if set(names) - {MANIFEST} != set(members) | set(files):
        raise _bad("snapshot_members_differ", name=name)
    if not _valid_selection(manifest.get("selection")):
        raise _bad("snapshot_bad_selection", name=name)
    encryption = manifest.get("encryption")
    if encryption is not None:
        if not isinstance(encryption, dict) or (
            encryption.get("cipher"),
            encryption.get("kdf"),
        ) != ("AES-256-GCM", "scrypt"):
            raise _bad("snapshot_bad_encryption", name=name)
        # Refused before any key is derived: a crafted file must not cost gigabytes or minutes.
        if not kdf_within_bounds(encryption.get("n"), encryption.get("r"), encryption.get("p")):
            raise _bad("snapshot_key_derivation_too_costly", name=name)
    return manifest


def _valid_file_entry(member: Any, meta: Any) -> bool:
    """``files/<sha256>`` with the stored bytes' size and SHA-256 and the file's own size."""
    if type(member) is not str or not member.startswith(FILE_PREFIX):
        return False
    if attachment_files.SHA256_RE.fullmatch(member[len(FILE_PREFIX) :]) is None:
        return False
    if not isinstance(meta, dict) or type(meta.get("sha256")) is not str:
        return False
    sizes = [meta.get("size"), meta.get("raw_size")]
    sealed = limits.MAX_SNAPSHOT_FILE_BYTES + NONCE + 16  # with a passphrase: the nonce and the tag
    return (
        all(type(n) is int and 0 <= n <= sealed for n in sizes)
        and meta["raw_size"] <= limits.MAX_SNAPSHOT_FILE_BYTES
    )


def _valid_selection(selection: Any) -> bool:
    """Absent (an old writer: everything), or one of the documented kinds with its field."""
    if selection is None:
        return True
    if not isinstance(selection, dict) or selection.get("kind") not in SELECTION_FIELDS:
        return False
    required = SELECTION_FIELDS[selection["kind"]]
    if required is None:
        return True
    key, kind = required
    value = selection.get(key)
    if type(value) is not kind:
        return False
    return key != "since" or columns.is_date(value)


def _b64(text: Any) -> bytes:
    if type(text) is not str:
        raise ValueError("not base64")
    return base64.b64decode(text, validate=True)


def unlock(manifest: dict[str, Any], secret: Secret, name: str) -> AESGCM | None:
    """The cipher for an encrypted snapshot, after checking the passphrase."""
    enc = manifest.get("encryption")
    if not enc:
        return None
    if not secret:
        raise _bad("snapshot_needs_passphrase", name=name)
    keys = secret if isinstance(secret, KeyRing) else KeyRing(secret)
    try:
        salt = _b64(enc["salt"])
        check = _b64(enc["check"])
    except (KeyError, ValueError, binascii.Error):
        raise _bad("snapshot_bad_encryption", name=name) from None
    aead = AESGCM(keys.key(salt, enc["n"], enc["r"], enc["p"]))
    try:
        if aead.decrypt(check[:NONCE], check[NONCE:], manifest_aad(manifest)) != CHECK_TEXT:
            raise InvalidTag()
    except (InvalidTag, ValueError):
        raise _bad("snapshot_wrong_passphrase", name=name) from None
    return aead


def snapshot_digest(path: Path, passphrase: Secret, salt: str, checked: bool = True) -> str:
    """Identifies the exact content: the manifest (passphrase checked) and, unless ``checked``
    is False, every member checked against its SHA-256, without decrypting or parsing anything.
    The digest is the same either way: it is the manifest's, which names each member's SHA-256."""
    path = Path(path)
    zf, manifest = read_manifest(path)
    with zf:
        unlock(manifest, passphrase, path.name)
        for member, meta in [*manifest["members"].items(), *manifest.get("files", {}).items()]:
            if checked:
                _stored_member(zf, member, meta, path.name)
    canonical = json.dumps(manifest, sort_keys=True, ensure_ascii=False) + salt
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def open_snapshot(path: Path, passphrase: Secret = None, progress: Progress | None = None) -> Snapshot:
    """Read and check everything: container, manifest, checksums, sizes, every record."""
    path = Path(path)
    zf, manifest = read_manifest(path)
    name = path.name
    with zf:
        aead = unlock(manifest, passphrase, name)
        snap = Snapshot(path, manifest, cipher=aead)
        members = manifest["members"]
        order = [t for t in columns.TABLES if member_name(t.name) in members]
        # Reading, hashing, decrypting and inflating release the GIL: one thread does them for
        # the next tables while this one parses and checks the current table.
        with ThreadPoolExecutor(max_workers=1) as pool:
            payloads = [
                pool.submit(
                    _member_payload, zf, member_name(t.name), members[member_name(t.name)], aead, name
                )
                for t in order
            ]
            try:
                for done, (spec, future) in enumerate(zip(order, payloads, strict=True)):
                    if progress:
                        progress(done, len(order) + 1, "check", spec.name)
                    rows = members[member_name(spec.name)]["rows"]
                    version = manifest["format_version"]
                    snap.tables[spec.name] = parse_rows(spec, future.result(), rows, name, version)
            finally:
                for future in payloads:
                    future.cancel()
        for member, meta in manifest.get("files", {}).items():
            file_content(zf, member, meta, aead, name)  # every byte checked before anything is written
            snap.files.add(member[len(FILE_PREFIX) :])
    return snap


def file_content(
    zf: zipfile.ZipFile, member: str, meta: dict[str, Any], aead: AESGCM | None, name: str
) -> bytes:
    """An attachment's bytes from the snapshot, refused unless they are what their name (their
    SHA-256) and the manifest promise."""
    data = _stored_member(zf, member, meta, name)
    if aead is not None:
        try:
            data = aead.decrypt(data[:NONCE], data[NONCE:], member.encode("ascii"))
        except (InvalidTag, ValueError):
            raise _bad("snapshot_wrong_passphrase", name=name) from None
    if len(data) != meta["raw_size"] or hashlib.sha256(data).hexdigest() != member[len(FILE_PREFIX) :]:
        raise _bad("snapshot_file_differs", name=name)
    return data


def _stored_member(zf: zipfile.ZipFile, member: str, meta: dict[str, Any], name: str) -> bytes:
    """A member's stored bytes, exactly as the manifest describes them (size, SHA-256)."""
    info = zf.getinfo(member)
    if info.compress_type != zipfile.ZIP_STORED or info.file_size != meta["size"]:
        raise _bad("snapshot_member_differs", member=member, name=name)
    try:
        with zf.open(info) as fh:
            data = fh.read(meta["size"] + 1)
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
        raise _bad("snapshot_member_unreadable", member=member, name=name) from None
    if len(data) != meta["size"] or hashlib.sha256(data).hexdigest() != meta["sha256"]:
        raise _bad("snapshot_checksum_differs", name=name)
    return data


def _member_payload(
    zf: zipfile.ZipFile, member: str, meta: dict[str, Any], aead: AESGCM | None, name: str
) -> bytes:
    raw_size = meta["raw_size"]
    if raw_size > columns.max_payload(columns.BY_NAME[meta["table"]], meta["rows"]):
        raise _bad("snapshot_member_too_large", member=member, rows=meta["rows"], name=name)
    data = _stored_member(zf, member, meta, name)
    if aead is not None:
        try:
            data = aead.decrypt(data[:NONCE], data[NONCE:], member.encode("ascii"))
        except (InvalidTag, ValueError):
            raise _bad("snapshot_wrong_passphrase", name=name) from None
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(data, raw_size + 1)
    except zlib.error:
        raise _bad("snapshot_member_undecompressable", member=member, name=name) from None
    if len(payload) != raw_size or not inflater.eof or inflater.unconsumed_tail or inflater.unused_data:
        raise _bad("snapshot_member_wrong_size", member=member, name=name)
    return payload


SPLIT_BYTES = 1 << 20  # bytes of records per json parse


def loads(data: bytes) -> Any:
    """``json.loads``, twice as fast on what a snapshot holds.

    orjson refuses some text ``json`` takes (lone surrogates, numbers beyond a float, a byte
    order mark): that text goes to ``json``, so that it is read, and refused by the value
    checks, exactly as before. What orjson takes it reads as ``json`` does, except that an
    integer beyond 64 bits comes back as a float: no column and no step field takes either
    (both are refused as the wrong kind of value), so the outcome is the same.
    """
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def _parse_body(payload: bytes) -> tuple[bytes, list[Any], int]:
    """The header line, every further line's JSON and the number of those lines (an empty piece
    after a final newline is no line).

    The lines are read a megabyte at a time as one JSON array: the newlines between them turned
    into commas in one pass (a JSON text holds no raw newline, so a newline always ends a line),
    instead of a bytes object made for each line and joined again. One parse over a table of
    100,000 records would hold the interpreter lock for a second, and the GUI thread (an import
    runs on the GUI's write worker) could not paint meanwhile; between pieces the lock changes
    hands (see projdesk.domain.slices)."""
    first = payload.find(b"\n")
    if first < 0:
        return payload, [], 0
    records: list[Any] = []
    lines = 0
    start, size = first + 1, len(payload)
    while start < size:
        end = payload.find(b"\n", min(start + SPLIT_BYTES, size - 1))
        if end < 0:
            end = size
        piece = payload[start:end]
        lines += piece.count(b"\n") + 1
        records.extend(loads(b"[" + piece.replace(b"\n", b",") + b"]"))
        start = end + 1
    return payload[:first], records, lines


def parse_rows(
    spec: columns.TableSpec, payload: bytes, rows: int, name: str, version: int = FORMAT_VERSION
) -> list[list[Any]]:
    """JSON lines: a header naming the columns, then one JSON array per record.

    A version 1 file's money (read from REAL columns, as text or numbers) is first brought to
    the format 2 form, so that both versions meet the same checks.
    """
    try:
        head, records, lines = _parse_body(payload)
        header = loads(head)
    except (ValueError, UnicodeDecodeError):
        raise _bad("snapshot_records_malformed", table_name=spec.name, name=name) from None
    if (
        not isinstance(header, dict)
        or header.get("table") != spec.name
        or not isinstance(header.get("columns"), list)
    ):
        raise _bad("snapshot_bad_header", table_name=spec.name, name=name)
    cols = header["columns"]
    # Columns a later schema revision added are absent from older snapshots: they read as null.
    added = [n for n in columns.ADDED_LATER.get(spec.name, ()) if n not in cols]
    if sorted(map(str, [*cols, *added])) != sorted(spec.names) or len(cols) + len(added) != len(spec.names):
        raise _bad("snapshot_columns_differ", table_name=spec.name, name=name)
    if len(records) != rows or lines != rows:
        raise _bad("snapshot_row_count_differs", table_name=spec.name, name=name)
    width = len(cols)
    if records and (set(map(type, records)) != {list} or set(map(len, records)) != {width}):
        n = next(i for i, r in enumerate(records, 1) if type(r) is not list or len(r) != width)
        raise _bad("snapshot_row_malformed", table_name=spec.name, row=n, name=name)
    if added:
        cols = [*cols, *added]
        records = [[*r, *(None for _ in added)] for r in records]
        width = len(cols)
    by_name = {c.name: c for c in spec.columns}
    if version == 1:
        for i, column_name in enumerate(cols):
            if by_name[column_name].kind == "money":
                for record in records:
                    record[i] = columns.legacy_money(record[i])
    table_columns = dict(zip(cols, slices.columns_of(records, width), strict=True))
    for column_name, values in table_columns.items():
        col = by_name[column_name]
        if not columns.column_ok(col, values):
            first = next(((j, p) for j, v in enumerate(values, 1) if (p := col.problem(v))), None)
            if first is None:  # the column check is stricter than any one value's: name the column
                raise _bad("snapshot_column_malformed", table_name=spec.name, column_name=col.name, name=name)
            raise _row_refused(spec.name, first[0], col.name, first[1], name)
    _check_across_rows(spec, table_columns, version, name)
    order = [cols.index(n) for n in spec.names]
    if order != list(range(width)):
        records = [[rec[i] for i in order] for rec in records]
    if spec.name == "step_records":
        _check_step_values(spec, records, name)
    if spec.synced and version <= LAST_JSON_STAMPS_VERSION:
        _compact_stamps(spec, records, spec.index("stamps"), name)
    return records


def _check_across_rows(
    spec: columns.TableSpec, table_columns: dict[str, list[Any]], version: int, name: str
) -> None:
    """Unique ids, and well-formed stamps (a format 1 or 2 file's are compacted, and so
    checked, once the records are in order)."""
    ids = table_columns["id"]
    if len(set(ids)) != len(ids):
        raise _bad("snapshot_duplicate_ids", table_name=spec.name, name=name)
    if not spec.synced:
        texts = [t for t in table_columns["stamp"] if t]
        if not slices.all_pass(columns.STAMP_RE.match, texts):
            stamps = table_columns["stamp"]
            n = next(i for i, t in enumerate(stamps, 1) if t and not columns.STAMP_RE.match(t))
            raise _bad("snapshot_bad_stamp", table_name=spec.name, row=n, name=name)
    elif version > LAST_JSON_STAMPS_VERSION:
        assert spec.stamps_re is not None
        texts = table_columns["stamps"]
        if not slices.all_pass(spec.stamps_re.fullmatch, texts):  # the usual case: C-level passes
            n = next(i for i, t in enumerate(texts, 1) if columns.canonical_stamps(spec, t) is None)
            raise _bad("snapshot_bad_field_stamps", table_name=spec.name, row=n, name=name)


def _compact_stamps(spec: columns.TableSpec, records: list[list[Any]], at: int, name: str) -> None:
    """A format 1 or 2 file's stamps (JSON text) in the compact form of format 3, which the
    database keeps: the merge then meets every version's stamps alike."""
    for n, record in enumerate(records, start=1):
        text = columns.stamps_from_json(spec, record[at])
        if text is None:
            raise _bad("snapshot_bad_field_stamps", table_name=spec.name, row=n, name=name)
        record[at] = text


def _row_refused(table: str, n: int, field: str, problem: Problem, name: str) -> BadInputFile:
    """The one line that names the table, the record and the field of a refused value."""
    where = {"table_name": table, "row": n, "column_name": field, "name": name}
    if problem.code == "missing":
        return _bad("snapshot_value_missing", **where)
    if problem.code == "wrong_type":
        return _bad("snapshot_value_wrong_type", **where)
    return _bad("snapshot_value_refused", **where, problem=problem)


def _check_step_values(spec: columns.TableSpec, records: list[list[Any]], name: str) -> None:
    """Each step field holds a value of the kind the catalog gives it (no nested objects).

    Values are gathered per step field and checked a field at a time (C-level passes); only a
    field that fails is walked record by record, to name the first bad one."""
    letter_at, values_at = spec.index("letter"), spec.index("values")
    by_letter: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for record in records:
        by_key = by_letter[record[letter_at]]
        for key, value in record[values_at].items():
            by_key[key].append(value)
    if all(
        limits.step_values_ok(letter, key, found)
        for letter, by_key in by_letter.items()
        for key, found in by_key.items()
    ):
        return
    for n, record in enumerate(records, start=1):
        for key, value in record[values_at].items():
            problem = limits.step_value_problem(record[letter_at], key, value)
            if problem is not None:
                raise _row_refused(spec.name, n, f"values.{key}", problem, name)
