"""Attachments in snapshots: the bytes travel beside the rows, checked by their SHA-256 before
anything is written, within the sender's limits; what stays behind is listed as not sent."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from projdesk.domain.errors import BadInputFile, RuleRefused
from projdesk.storage import attachment_files
from projdesk.storage.services import Services
from projdesk.sync.service import SyncService
from tests.unit.snapshot_helpers import canonical_dump, new_device, template_db

TENDER = "招标文件（华东电力）.pdf".encode() + bytes(range(256)) * 40
CARD = b"\xff\xd8\xff\xe0 business card " * 500


@pytest.fixture
def devices(tmp_path: Path) -> tuple[tuple[Services, SyncService], tuple[Services, SyncService]]:
    template = template_db()
    a = new_device(tmp_path / "a", "a", "张伟", template)
    b = new_device(tmp_path / "b", "b", "李娜", template)
    yield a, b
    a[0].close()
    b[0].close()


def _file(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def _opportunity_with_tender(services: Services, folder: Path) -> tuple[str, str]:
    opp = services.opportunities.add("华东电力有限公司", "调度自动化系统")
    att = services.attachments.add(opp, _file(folder, "招标文件.pdf", TENDER), step="Q", note="第一版")
    return opp, att


def _folder_state(folder: Path) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in attachment_files.held_files(folder)]


def _rewrite(src: Path, dst: Path, change: Callable[[dict[str, bytes], dict[str, Any]], None]) -> Path:
    """A copy of a snapshot with its members or manifest changed (``change`` edits both in place)."""
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    change(members, manifest)
    with zipfile.ZipFile(dst, "w") as out:
        for name, data in members.items():
            out.writestr(name, data, compress_type=zipfile.ZIP_STORED)
        out.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False))
    return dst


def test_an_attachment_round_trips_through_a_snapshot(devices: Any, tmp_path: Path) -> None:
    (a, sync_a), (b, sync_b) = devices
    opp, _ = _opportunity_with_tender(a, tmp_path)
    snap = tmp_path / "a.pdsnap"
    info = sync_a.export(snap)
    assert info["files"] == 1 and info["files_left_out"] == 0

    summary = sync_b.import_snapshot(snap)

    assert summary["files_added"] == 1 and summary["files_not_sent"] == []
    [received] = b.attachments.list(opp)
    assert (received.file_name, received.step, received.note, received.added_by) == (
        "招标文件.pdf", "Q", "第一版", "张伟",
    )  # fmt: skip
    assert received.held and received.sha256 == hashlib.sha256(TENDER).hexdigest()
    stored = b.attachments.path(received.id)
    assert stored.read_bytes() == TENDER
    assert attachment_files.file_digest(stored) == (received.sha256, len(TENDER))


def test_an_encrypted_snapshot_carries_the_attachment_encrypted(devices: Any, tmp_path: Path) -> None:
    (a, sync_a), (b, sync_b) = devices
    opp, _ = _opportunity_with_tender(a, tmp_path)
    snap = tmp_path / "a.pdsnap"
    sync_a.export(snap, passphrase="口令 secret")
    with zipfile.ZipFile(snap) as zf:
        assert all(TENDER[:200] not in zf.read(n) for n in zf.namelist())

    sync_b.import_snapshot(snap, "口令 secret")

    [received] = b.attachments.list(opp)
    assert b.attachments.path(received.id).read_bytes() == TENDER


def test_two_attachments_of_the_same_file_share_its_bytes(devices: Any, tmp_path: Path) -> None:
    (a, _), _ = devices
    opp, first = _opportunity_with_tender(a, tmp_path)
    second = a.attachments.add(opp, _file(tmp_path, "copy.pdf", TENDER))
    assert a.attachments.path(first) == a.attachments.path(second)
    assert len(list(attachment_files.held_files(a.attachments.folder))) == 1


def _tamper_content(members: dict[str, bytes], manifest: dict[str, Any]) -> None:
    [member] = [n for n in members if n.startswith("files/")]
    members[member] = members[member][:-1] + b"!"


def _tamper_content_and_its_checksum(members: dict[str, bytes], manifest: dict[str, Any]) -> None:
    _tamper_content(members, manifest)
    [member] = [n for n in members if n.startswith("files/")]
    manifest["files"][member]["sha256"] = hashlib.sha256(members[member]).hexdigest()


def _name_under_another_hash(members: dict[str, bytes], manifest: dict[str, Any]) -> None:
    [member] = [n for n in members if n.startswith("files/")]
    other = "files/" + hashlib.sha256(b"something else").hexdigest()
    members[other] = members.pop(member)
    manifest["files"][other] = manifest["files"].pop(member)


def _path_traversal_member(members: dict[str, bytes], manifest: dict[str, Any]) -> None:
    [member] = [n for n in members if n.startswith("files/")]
    evil = "files/../../evil.sh"
    members[evil] = members.pop(member)
    manifest["files"][evil] = manifest["files"].pop(member)


def _traversal_in_the_manifest_only(members: dict[str, bytes], manifest: dict[str, Any]) -> None:
    [member] = [n for n in members if n.startswith("files/")]
    manifest["files"]["../evil.sh"] = manifest["files"].pop(member)


def _claims_a_file_too_large_to_hold(members: dict[str, bytes], manifest: dict[str, Any]) -> None:
    [member] = [n for n in members if n.startswith("files/")]
    manifest["files"][member]["raw_size"] = 600 * 2**20  # a reader would hold it all in memory


@pytest.mark.parametrize(
    ("tamper", "code"),
    [
        (_tamper_content, "snapshot_checksum_differs"),
        (_tamper_content_and_its_checksum, "snapshot_file_differs"),
        (_name_under_another_hash, "snapshot_file_differs"),
        (_path_traversal_member, "snapshot_unsafe_path"),
        (_traversal_in_the_manifest_only, "snapshot_bad_file_entry"),
        (_claims_a_file_too_large_to_hold, "snapshot_bad_file_entry"),
    ],
    ids=[
        "content",
        "content-and-checksum",
        "wrong-hash-name",
        "path-traversal",
        "manifest-traversal",
        "huge",
    ],
)
def test_a_snapshot_with_a_tampered_file_is_refused_database_and_folder_unchanged(
    devices: Any, tmp_path: Path, tamper: Callable[..., None], code: str
) -> None:
    (a, sync_a), (b, sync_b) = devices
    _opportunity_with_tender(a, tmp_path)
    good = tmp_path / "good.pdsnap"
    sync_a.export(good)
    bad = _rewrite(good, tmp_path / "bad.pdsnap", tamper)
    before, folder = canonical_dump(b.db.path), _folder_state(sync_b.files_folder)

    with pytest.raises(BadInputFile) as refused:
        sync_b.import_snapshot(bad)

    assert refused.value.code == code
    assert canonical_dump(b.db.path) == before
    assert _folder_state(sync_b.files_folder) == folder
    assert not (b.db.path.parent / "evil.sh").exists()


def test_an_attachment_row_whose_name_is_a_path_is_refused(devices: Any, tmp_path: Path) -> None:
    (a, sync_a), (b, sync_b) = devices
    _opportunity_with_tender(a, tmp_path)
    with a.db.session() as session:  # as a hostile sender's database would hold it
        session.execute(attachment_table().update().values(file_name="../../etc/passwd"))
    snap = tmp_path / "a.pdsnap"
    sync_a.export(snap)
    before = canonical_dump(b.db.path)

    with pytest.raises(BadInputFile) as refused:
        sync_b.import_snapshot(snap)

    assert refused.value.code == "snapshot_value_refused"
    assert refused.value.params["column_name"] == "file_name"
    assert canonical_dump(b.db.path) == before


def attachment_table() -> Any:
    from projdesk.storage.models import Attachment

    return Attachment.__table__


def test_an_over_limit_file_travels_as_metadata_and_is_listed_as_not_sent(
    devices: Any, tmp_path: Path
) -> None:
    (a, sync_a), (b, sync_b) = devices
    opp, _ = _opportunity_with_tender(a, tmp_path)
    a.ctx.prefs.snapshot_file_limit_mb = 0  # every file is over the limit
    snap = tmp_path / "a.pdsnap"

    info = sync_a.export(snap)
    summary = sync_b.import_snapshot(snap)

    assert (info["files"], info["files_left_out"]) == (0, 1)
    assert summary["files_not_sent"] == [{"file_name": "招标文件.pdf", "holder": "张伟"}]
    [listed] = b.attachments.list(opp)
    assert (listed.file_name, listed.size, listed.held) == ("招标文件.pdf", len(TENDER), False)
    with pytest.raises(RuleRefused) as refused:
        b.attachments.path(listed.id)
    assert refused.value.code == "attachment_not_here" and refused.value.params["holder"] == "张伟"


def test_files_beyond_the_snapshot_limit_travel_as_metadata(devices: Any, tmp_path: Path) -> None:
    (a, sync_a), (b, sync_b) = devices
    opp = a.opportunities.add("华东电力有限公司", "调度自动化系统")
    big = b"A" * (700 * 1024)
    first = a.attachments.add(opp, _file(tmp_path, "first.pdf", big))
    a.attachments.add(opp, _file(tmp_path, "second.pdf", big.replace(b"A", b"B")))
    a.ctx.prefs.snapshot_files_limit_mb = 1  # room for one of the two
    snap = tmp_path / "a.pdsnap"

    info = sync_a.export(snap)
    sync_b.import_snapshot(snap)

    assert (info["files"], info["files_left_out"]) == (1, 1)
    held = {att.file_name: att.held for att in b.attachments.list(opp)}
    assert held == {"first.pdf": True, "second.pdf": False}
    assert b.attachments.path(first).read_bytes() == big


def test_bytes_left_out_arrive_with_a_later_snapshot(devices: Any, tmp_path: Path) -> None:
    (a, sync_a), (b, sync_b) = devices
    _opp, att = _opportunity_with_tender(a, tmp_path)
    a.ctx.prefs.snapshot_file_limit_mb = 0
    sync_a.export(tmp_path / "first.pdsnap")
    sync_b.import_snapshot(tmp_path / "first.pdsnap")
    a.ctx.prefs.snapshot_file_limit_mb = 20
    sync_a.export(tmp_path / "second.pdsnap")

    summary = sync_b.import_snapshot(tmp_path / "second.pdsnap")

    assert summary["files_added"] == 1
    assert b.attachments.path(att).read_bytes() == TENDER


def test_a_deleted_attachment_is_deleted_on_the_other_side(devices: Any, tmp_path: Path) -> None:
    (a, sync_a), (b, sync_b) = devices
    opp, att = _opportunity_with_tender(a, tmp_path)
    sync_a.export(tmp_path / "first.pdsnap")
    sync_b.import_snapshot(tmp_path / "first.pdsnap")
    a.attachments.delete(att)
    sync_a.export(tmp_path / "second.pdsnap")

    sync_b.import_snapshot(tmp_path / "second.pdsnap")

    assert b.attachments.list(opp) == []


def test_a_selection_carries_its_opportunities_attachments_only(devices: Any, tmp_path: Path) -> None:
    from projdesk.sync.export import Selection

    (a, sync_a), (b, sync_b) = devices
    opp, _ = _opportunity_with_tender(a, tmp_path)
    other = a.opportunities.add("西南石化", "安全生产平台")
    a.attachments.add(other, _file(tmp_path, "名片.jpg", CARD))
    snap = tmp_path / "a.pdsnap"

    info = sync_a.export(snap, Selection(ids=[opp]))
    sync_b.import_snapshot(snap)

    assert info["counts"]["attachments"] == 1 and info["files"] == 1
    assert [x.file_name for x in b.attachments.list(opp)] == ["招标文件.pdf"]
    assert not attachment_files.has_file(sync_b.files_folder, hashlib.sha256(CARD).hexdigest())


def test_concurrent_notes_on_one_attachment_are_a_conflict_named_by_the_file(
    devices: Any, tmp_path: Path
) -> None:
    (a, sync_a), (b, sync_b) = devices
    _, att = _opportunity_with_tender(a, tmp_path)
    sync_a.export(tmp_path / "first.pdsnap")
    sync_b.import_snapshot(tmp_path / "first.pdsnap")
    a.attachments.set_note(att, "第二版，已盖章")
    b.attachments.set_note(att, "客户发来的最终版")
    sync_b.export(tmp_path / "b.pdsnap")

    summary = sync_a.import_snapshot(tmp_path / "b.pdsnap")

    assert summary["conflicts"] == 1
    [conflict] = sync_a.conflicts()
    assert (conflict.entity, conflict.field) == ("attachments", "note")
    assert conflict.record.text == "招标文件.pdf"
    assert {conflict.mine, conflict.theirs} == {"第二版，已盖章", "客户发来的最终版"}
