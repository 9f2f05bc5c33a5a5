"""Every kind of bad snapshot: exit 4, one clear line, nothing written anywhere, database as it was."""

from __future__ import annotations

import io
import json
import os
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from projdesk.storage.services import Services
from projdesk.sync import format as fmt
from projdesk.sync.reader import read_manifest, unlock
from projdesk.sync.service import SyncService
from tests.e2e.conftest import Cli
from tests.unit.snapshot_helpers import logical_dump

PASSPHRASE = "正确的口令 correct horse"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A real snapshot (plain and encrypted) of a small database."""
    folder = tmp_path_factory.mktemp("source")
    services = Services.open(folder / "source.db")
    services.ctx.prefs.user_name = "王芳"
    opp = services.opportunities.add("星河机密客户有限公司", "绝密项目甲", amount="120万")
    services.activities.add(opp, type="拜访", content="与机密联系人见面")
    services.steps.update(opp, "A", {"why_pursue": "客户预算已落实", "found_on": "2026-11-02"})
    sync = SyncService(services)
    plain = folder / "plain.pdsnap"
    sync.export(plain)
    encrypted = folder / "encrypted.pdsnap"
    sync.export(encrypted, passphrase=PASSPHRASE)
    services.close()
    return {"plain": plain, "encrypted": encrypted}


def payloads(path: Path, passphrase: str | None = None) -> tuple[dict[str, object], dict[str, bytes]]:
    zf, manifest = read_manifest(path)
    aead = unlock(manifest, passphrase, path.name)
    out = {}
    with zf:
        for member, meta in manifest["members"].items():
            data = zf.read(member)
            if aead is not None:
                data = aead.decrypt(data[:12], data[12:], member.encode())
            out[meta["table"]] = zlib.decompress(data)
    return manifest, out


def rebuild(src: Path, dst: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """A snapshot with valid checksums whose table contents were changed."""
    manifest, tables = payloads(src)
    change(tables)
    with fmt.SnapshotWriter(dst) as writer:
        for table, payload in tables.items():
            lines = payload.split(b"\n")
            writer.add_table(table, len([x for x in lines[1:] if x]), payload)
        writer.finish(
            {k: manifest[k] for k in ("app_version", "schema_revision", "device", "author", "created_at")}
        )
    return dst


def first_row(tables: dict[str, bytes], table: str) -> tuple[list[bytes], list[object]]:
    lines = tables[table].split(b"\n")
    return lines, json.loads(lines[1])


def duplicate_record(tables: dict[str, bytes]) -> None:
    lines, _ = first_row(tables, "activities")
    tables["activities"] = b"\n".join([lines[0], lines[1], lines[1], b""])


def malformed_record(tables: dict[str, bytes]) -> None:
    lines, row = first_row(tables, "opportunities")
    header = json.loads(lines[0])
    row[header["columns"].index("amount")] = 1200000  # a number where decimal text belongs
    tables["opportunities"] = b"\n".join([lines[0], json.dumps(row).encode(), b""])


def bad_stamp(tables: dict[str, bytes]) -> None:
    lines, row = first_row(tables, "customers")
    header = json.loads(lines[0])
    row[header["columns"].index("stamps")] = '{"name": ["yesterday", ""]}'
    tables["customers"] = b"\n".join([lines[0], json.dumps(row).encode(), b""])


def set_first(table: str, column: str, value: object) -> Callable[[dict[str, bytes]], None]:
    """A change that puts ``value`` into ``column`` of the table's first record."""

    def change(tables: dict[str, bytes]) -> None:
        lines, row = first_row(tables, table)
        row[json.loads(lines[0])["columns"].index(column)] = value
        tables[table] = b"\n".join([lines[0], json.dumps(row).encode(), *lines[2:]])

    return change


# Values a crafted snapshot may carry but no command could live with: refused at the door.
CRAFTED_VALUES: dict[str, tuple[str, str, object]] = {
    "stage_99": ("opportunities", "stage", 99),
    "stage_0": ("opportunities", "stage", 0),
    "stage_minus_3": ("opportunities", "stage", -3),
    "unknown_status": ("opportunities", "status", "archived"),
    "bad_step_letter": ("step_records", "letter", "!"),
    "nested_object_in_step_value": ("step_records", "values", {"why_pursue": {"html": {"x": 1}}}),
    "nul_in_text": ("opportunities", "name", "绝密\x00项目"),
    "vertical_tab_in_text": ("opportunities", "name", "绝密\x0b项目"),
    "x01_in_text": ("activities", "content", "见面\x01"),
    "esc_in_text": ("customers", "name", "星河\x1b[2J"),
    "lone_surrogate_in_text": ("customers", "notes", "备注\ud800"),
    "newline_in_a_name": ("customers", "name", "星河\n科技"),
    "note_over_the_limit": ("customers", "notes", "记" * (1_000_000 + 1)),
    "unknown_step_field": ("step_records", "values", {"no_such_field": "x"}),
    "bad_credit_code": ("customers", "credit_code", "不是代码"),
}


def orphan(tables: dict[str, bytes]) -> None:
    lines, _ = first_row(tables, "customers")
    tables["customers"] = lines[0] + b"\n"


def with_manifest(src: Path, dst: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """The same snapshot with its manifest changed (the members as they were)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == fmt.MANIFEST:
                manifest = json.loads(data)
                change(manifest)
                data = json.dumps(manifest).encode()
            zout.writestr(item, data)


def make_bad(kind: str, src: dict[str, Path], folder: Path) -> Path:
    path = folder / f"{kind}.pdsnap"
    good = src["plain"].read_bytes()
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(os.urandom(5000))
    elif kind == "truncated":
        path.write_bytes(good[: len(good) // 2])
    elif kind == "bit_flipped":
        # Flip one bit inside a table member's stored data (found by its local header).
        zf = zipfile.ZipFile(src["plain"])
        info = zf.getinfo(fmt.member_name("opportunities"))
        offset = info.header_offset + 30 + len(info.filename) + len(info.extra) + info.compress_size // 2
        flipped = bytearray(good)
        flipped[offset] ^= 0x10
        path.write_bytes(bytes(flipped))
    elif kind == "tampered":
        # Changed inside and re-zipped (so the zip's own CRC is right): only the manifest's SHA-256 knows.
        with zipfile.ZipFile(src["plain"]) as zin, zipfile.ZipFile(path, "w") as zout:
            for item in zin.infolist():
                data = zin.read(item)
                if item.filename == fmt.member_name("opportunities"):
                    data = data[:20] + bytes([data[20] ^ 1]) + data[21:]
                zout.writestr(item, data)
    elif kind == "foreign_zip":
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("readme.txt", "hello")
            zf.writestr("data/report.csv", "a,b\n1,2\n")
    elif kind == "path_traversal":
        with zipfile.ZipFile(src["plain"]) as zin, zipfile.ZipFile(path, "w") as zout:
            for item in zin.infolist():
                zout.writestr(item, zin.read(item))
            zout.writestr("../../x", "owned")
    elif kind == "bomb":
        manifest, _ = payloads(src["plain"])
        bomb = zlib.compress(b"\0" * (200 * 2**20), 9)
        name = fmt.member_name("activities")
        meta = manifest["members"][name]  # type: ignore[index]
        meta.update(
            size=len(bomb),
            raw_size=200 * 2**20,
            rows=1,
            sha256=__import__("hashlib").sha256(bomb).hexdigest(),
        )
        manifest["counts"]["activities"] = 1  # type: ignore[index]
        with zipfile.ZipFile(src["plain"]) as zin, zipfile.ZipFile(path, "w") as zout:
            for item in zin.infolist():
                if item.filename == name:
                    zout.writestr(zipfile.ZipInfo(name), bomb)
                elif item.filename == fmt.MANIFEST:
                    zout.writestr(fmt.MANIFEST, json.dumps(manifest))
                else:
                    zout.writestr(item, zin.read(item))
    elif kind == "zip_bomb_member":
        buffer = io.BytesIO()
        with zipfile.ZipFile(src["plain"]) as zin, zipfile.ZipFile(buffer, "w") as zout:
            for item in zin.infolist():
                if item.filename == fmt.member_name("activities"):
                    zout.writestr(item.filename, b"\0" * (50 * 2**20), compress_type=zipfile.ZIP_DEFLATED)
                else:
                    zout.writestr(item, zin.read(item))
        path.write_bytes(buffer.getvalue())
    elif kind == "newer_format":
        with_manifest(src["plain"], path, lambda m: m.update(format_version=99))
    elif kind == "duplicate_records":
        rebuild(src["plain"], path, duplicate_record)
    elif kind == "malformed_record":
        rebuild(src["plain"], path, malformed_record)
    elif kind == "bad_stamp":
        rebuild(src["plain"], path, bad_stamp)
    elif kind == "orphan_reference":
        rebuild(src["plain"], path, orphan)
    elif kind in CRAFTED_VALUES:
        rebuild(src["plain"], path, set_first(*CRAFTED_VALUES[kind]))
    elif kind == "key_derivation_too_costly":  # 2 GiB of memory per attempt
        with_manifest(src["encrypted"], path, lambda m: m["encryption"].update(n=2**20, r=16))
    elif kind in ("wrong_passphrase", "missing_passphrase"):
        path.write_bytes(src["encrypted"].read_bytes())
    else:
        raise AssertionError(kind)
    return path


KINDS = [
    ("empty", "空"),
    ("random", "不是 ProjDesk 快照"),
    ("truncated", "不是 ProjDesk 快照"),
    ("bit_flipped", "损坏"),
    ("tampered", "校验和不符"),
    ("foreign_zip", "不是 ProjDesk 快照"),
    ("path_traversal", "不安全的文件路径"),
    ("bomb", "压缩炸弹"),
    ("key_derivation_too_costly", "密钥派生参数超出上限"),
    ("zip_bomb_member", "与清单不符"),
    ("newer_format", "更新版本"),
    ("wrong_passphrase", "口令不正确"),
    ("missing_passphrase", "需要口令"),
    ("duplicate_records", "重复的记录"),
    ("malformed_record", "类型或格式错误"),
    ("bad_stamp", "时间戳无效"),
    ("orphan_reference", "快照不完整"),
    ("stage_99", "opportunities 的第 1 条记录的 stage 超出范围（应为 1–10 的整数）"),
    ("stage_0", "opportunities 的第 1 条记录的 stage 超出范围"),
    ("stage_minus_3", "opportunities 的第 1 条记录的 stage 超出范围"),
    ("unknown_status", "opportunities 的第 1 条记录的 status 不是允许的值"),
    ("bad_step_letter", "step_records 的第 1 条记录的 letter 不是允许的值"),
    ("nested_object_in_step_value", "step_records 的第 1 条记录的 values.why_pursue 应为文字"),
    ("nul_in_text", "opportunities 的第 1 条记录的 name 含有不允许的控制字符（U+0000）"),
    ("vertical_tab_in_text", "opportunities 的第 1 条记录的 name 含有不允许的控制字符（U+000B）"),
    ("x01_in_text", "activities 的第 1 条记录的 content 含有不允许的控制字符（U+0001）"),
    ("esc_in_text", "customers 的第 1 条记录的 name 含有不允许的控制字符（U+001B）"),
    ("lone_surrogate_in_text", "customers 的第 1 条记录的 notes 含有无效的字符（U+D800）"),
    ("newline_in_a_name", "customers 的第 1 条记录的 name 不能换行"),
    ("note_over_the_limit", "customers 的第 1 条记录的 notes 过长（最多 1000000 字"),
    ("bad_credit_code", "customers 的第 1 条记录的 credit_code 应为 18 位数字或大写字母"),
    ("unknown_step_field", "step_records 的第 1 条记录的 values.no_such_field 步骤 A 没有字段"),
]


def files_under(folder: Path) -> set[str]:
    """Every file, except SQLite's own -wal/-shm companions (they come and go with connections)."""
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.name.endswith(("-wal", "-shm"))}


@pytest.mark.parametrize(("kind", "message"), KINDS)
def test_bad_snapshot_is_refused_and_changes_nothing(
    kind: str, message: str, source: dict[str, Path], tmp_path: Path
) -> None:
    db_folder = tmp_path / "db"
    db_folder.mkdir()
    cli = Cli(db_folder / "mine.db")
    cli.run("opp", "add", "--customer", "本地客户", "--name", "本地项目")
    cli.run("backup")  # today's backup exists: opening for the import makes no daily one
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    bad = make_bad(kind, source, inbox)
    passfile = tmp_path / "pass.txt"
    passfile.write_text("错误的口令" if kind == "wrong_passphrase" else PASSPHRASE, encoding="utf-8")
    with_passphrase = kind in ("wrong_passphrase", "key_derivation_too_costly")

    before_dump = logical_dump(cli.db)
    before_bytes = cli.db.read_bytes()
    before_files = files_under(db_folder), files_under(inbox)
    args = ["snapshot", "import", str(bad), "--json"]
    if with_passphrase:
        args += ["--passphrase-file", str(passfile)]
    proc = cli.run(*args, check=False)

    assert proc.returncode == 4, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    assert (files_under(db_folder), files_under(inbox)) == before_files  # no backup, no extracted file
    assert not (tmp_path / "x").exists() and not (tmp_path.parent / "x").exists()
    assert logical_dump(cli.db) == before_dump
    assert cli.db.read_bytes() == before_bytes

    # inspect refuses the container-level problems the same way, and a dry run too.
    dry = cli.run(*args[:3], "--dry-run", *args[4:], check=False)
    assert dry.returncode == 4 and len(dry.stderr.strip().splitlines()) == 1


def test_encrypted_snapshot_hides_every_name(source: dict[str, Path]) -> None:
    raw = source["encrypted"].read_bytes()
    for secret in ("星河机密客户有限公司", "绝密项目甲", "与机密联系人见面"):
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in raw
        assert json.dumps(secret).encode() not in raw  # nor as JSON escapes
    _, tables = payloads(source["plain"])
    assert "绝密项目甲".encode() in tables["opportunities"]  # the plain one does carry them
    _, decrypted = payloads(source["encrypted"], PASSPHRASE)
    assert "绝密项目甲".encode() in decrypted["opportunities"]


def test_passphrase_file_with_bom_and_crlf_opens_the_snapshot(
    source: dict[str, Path], tmp_path: Path
) -> None:
    cli = Cli(tmp_path / "mine.db")
    passfile = tmp_path / "pass.txt"
    passfile.write_bytes(("\ufeff" + PASSPHRASE + "\r\n").encode("utf-8"))  # as Notepad saves it
    result = cli.json(
        "snapshot", "import", str(source["encrypted"]), "--json", "--passphrase-file", str(passfile)
    )
    assert result["added"] > 0 and result["conflicts"] == 0
