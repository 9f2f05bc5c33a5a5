"""Every failure path of the CLI is one Chinese line with its documented exit code (in-process).

Disk full, a constraint the database refuses, a lone surrogate, a bad ``manifest.selection``, an
unexpected bug: no traceback, no SQL, no values on stderr; nothing written; no stray backup.
"""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from projdesk.cli import main
from projdesk.storage import db as db_module
from projdesk.storage.services import Services
from projdesk.sync import format as fmt
from projdesk.sync.service import SyncService
from tests.e2e.test_snapshot_bad_input import payloads, rebuild
from tests.unit.snapshot_helpers import logical_dump

SECRET = "机密客户值"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_clean_line(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for leak in ("Traceback", "SQL", "INSERT", "UPDATE", "parameters", SECRET):
        assert leak not in err, err


@pytest.fixture
def database(tmp_path: Path) -> tuple[Path, str]:
    """A database with one opportunity, and that opportunity's id."""
    path = tmp_path / "work.db"
    services = Services.open(path)
    opp = services.opportunities.add("星河客户", "平台项目", amount="120万")
    services.close()
    return path, str(opp)


def fail_fsync_of(suffix: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up when a file ending in ``suffix`` is flushed to it (ENOSPC from fsync)."""
    real = os.fsync

    def fsync(fd: int) -> None:
        if os.readlink(f"/proc/self/fd/{fd}").endswith(suffix):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


# What each writer of a file names its temporary file, and the command that writes one.
FILE_WRITERS = {
    "doc": (".docx.tmp", ["doc", "{opp}", "research", "--allow-gaps", "-o", "{out}/调研报告.docx"]),
    "slides": (".pptx.tmp", ["doc", "{opp}", "slides", "--allow-gaps", "-o", "{out}/讲解.pptx"]),
    "report": (".xlsx.tmp", ["report", "weekly", "-o", "{out}/周报.xlsx"]),
    "snapshot": (".part", ["snapshot", "export", "-o", "{out}/我的.pdsnap"]),
}


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="tells files apart through /proc")
@pytest.mark.parametrize("writer", list(FILE_WRITERS))
def test_disk_full_while_writing_a_file_says_disk_full_and_leaves_no_partial_file(
    writer: str,
    database: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, opp = database
    out = tmp_path / "out"
    out.mkdir()
    suffix, argv = FILE_WRITERS[writer]
    fail_fsync_of(suffix, monkeypatch)
    args = [a.format(opp=opp, out=out) for a in argv]
    code, _, err = run(capsys, "--db", str(path), *args)
    assert code == 1
    assert err.startswith("错误：磁盘空间不足")
    assert_one_clean_line(err)
    assert list(out.iterdir()) == []  # neither the file nor its temporary file
    monkeypatch.undo()
    code, shown, _ = run(capsys, "--db", str(path), "opp", "show", opp, "--json")
    assert code == 0 and json.loads(shown)["documents"] == []  # no document recorded either


def test_disk_full_in_the_database_says_disk_full_and_writes_nothing(
    database: tuple[Path, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, opp = database
    before = logical_dump(path)
    real = db_module._set_pragmas

    def no_room_to_grow(dbapi_connection: Any, record: Any) -> None:
        real(dbapi_connection, record)
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own SQLITE_FULL

    monkeypatch.setattr(db_module, "_set_pragmas", no_room_to_grow)
    content = SECRET + "长" * 60_000  # needs new pages
    code, _, err = run(
        capsys, "--db", str(path), "activity", "add", opp, "--type", "拜访", "--content", content
    )
    assert code == 1
    assert err.startswith("错误：磁盘空间不足")
    assert_one_clean_line(err)
    monkeypatch.undo()
    assert logical_dump(path) == before


def test_lone_surrogate_in_an_argument_is_one_line_with_exit_2(
    database: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = database
    before = logical_dump(path)
    # A terminal in GBK: the bytes of 客户 that are not UTF-8 arrive as lone surrogates.
    customer = "客户".encode("gbk").decode("utf-8", "surrogateescape")
    code, _, err = run(capsys, "--db", str(path), "opp", "add", "--customer", customer, "--name", "项目")
    assert code == 2
    assert "无效的字符" in err  # the domain's text rule refuses it before anything is written
    assert_one_clean_line(err)
    assert logical_dump(path) == before


@pytest.fixture
def exchange(tmp_path: Path) -> dict[str, Path]:
    """A colleague's snapshot (with a step record) and a local database that has not seen it."""
    colleague = Services.open(tmp_path / "colleague.db")
    colleague.ctx.prefs.user_name = "王芳"
    opp = colleague.opportunities.add("星河客户", "平台项目", amount="120万")
    colleague.steps.update(opp, "A", {"referrer": "张三"})
    snapshot = tmp_path / "colleague.pdsnap"
    SyncService(colleague).export(snapshot)
    colleague.close()
    local = tmp_path / "mine" / "work.db"
    local.parent.mkdir()
    Services.open(local).close()
    Services.open(local).close()  # the first reopen makes today's backup: the import's open makes none
    return {"snapshot": snapshot, "db": local}


def backups_of(db: Path) -> list[str]:
    folder = db.parent / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def assert_refused_untouched(
    capsys: pytest.CaptureFixture[str], db: Path, snapshot: Path, code: int, words: str
) -> None:
    before = logical_dump(db)
    backups = backups_of(db)
    got, _, err = run(capsys, "--db", str(db), "snapshot", "import", str(snapshot))
    assert got == code, err
    assert words in err
    assert_one_clean_line(err)
    assert logical_dump(db) == before
    assert backups_of(db) == backups  # no stray backup of a database that did not change


def test_integrity_error_in_a_snapshot_is_refused_with_exit_4_and_no_backup(
    exchange: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def second_record_for_the_same_step(tables: dict[str, bytes]) -> None:
        lines = tables["step_records"].split(b"\n")
        columns = json.loads(lines[0])["columns"]
        twin = json.loads(lines[1])
        twin[columns.index("id")] = str(uuid.uuid4())
        tables["step_records"] = b"\n".join([lines[0], lines[1], json.dumps(twin).encode(), b""])

    bad = rebuild(exchange["snapshot"], tmp_path / "twin-step.pdsnap", second_record_for_the_same_step)
    assert_refused_untouched(capsys, exchange["db"], bad, 4, "违反数据约束")


def test_lone_surrogate_in_a_snapshot_file_name_leaves_no_stray_backup(
    exchange: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / ("同事快照".encode("gbk").decode("utf-8", "surrogateescape") + ".pdsnap")
    odd.write_bytes(exchange["snapshot"].read_bytes())
    assert_refused_untouched(capsys, exchange["db"], odd, 2, "无法识别的字符")


def with_selection(src: Path, dst: Path, selection: object) -> Path:
    """``src`` rewritten with valid checksums and another ``manifest.selection``."""
    manifest, tables = payloads(src)
    with fmt.SnapshotWriter(dst) as writer:
        for table, payload in tables.items():
            writer.add_table(table, manifest["counts"][table], payload)  # type: ignore[index]
        keys = ("app_version", "schema_revision", "device", "author", "created_at")
        writer.finish({**{k: manifest[k] for k in keys}, "selection": selection})
    return dst


@pytest.mark.parametrize(
    "selection",
    [
        "all",
        ["since"],
        {"kind": "everything"},
        {"kind": "since"},
        {"kind": "since", "since": "去年"},
        {"kind": "mine"},
    ],
)
def test_bad_manifest_selection_is_refused_with_exit_4(
    selection: object, exchange: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = with_selection(exchange["snapshot"], tmp_path / "bad-selection.pdsnap", selection)
    assert_refused_untouched(capsys, exchange["db"], bad, 4, "selection")


def test_good_manifest_selections_still_import(
    exchange: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for n, selection in enumerate(
        [{"kind": "all"}, {"kind": "since", "since": "2026-11-01"}, {"kind": "ids", "count": 1}]
    ):
        good = with_selection(exchange["snapshot"], tmp_path / f"good-{n}.pdsnap", selection)
        code, _, err = run(capsys, "--db", str(exchange["db"]), "snapshot", "import", str(good))
        assert code == 0, err


def test_unexpected_error_is_one_line_and_its_traceback_goes_to_the_log(
    database: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from projdesk.cli import opp as opp_cli

    monkeypatch.setenv("PROJDESK_LOG_DIR", str(tmp_path / "logs"))

    def broken(args: Any, open_services: Callable[[], Any]) -> int:
        open_services()
        raise RuntimeError(f"a bug that prints {SECRET}")

    monkeypatch.setattr(opp_cli, "list_cmd", broken)
    path, _ = database
    code, _, err = run(capsys, "--db", str(path), "opp", "list")
    assert code == 1
    assert err.startswith("意外错误：RuntimeError")
    assert_one_clean_line(err)
    log = (tmp_path / "logs" / "projdesk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and SECRET in log and "def broken" not in err


def test_locked_database_in_process_is_one_busy_line(
    database: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, opp = database
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        code, _, err = run(capsys, "--db", str(path), "opp", "update", opp, f"name={SECRET}")
    finally:
        holder.rollback()
        holder.close()
    assert code == 1
    busy = [line for line in err.splitlines() if line.startswith("错误：")]
    assert busy and busy[0].startswith("错误：数据库正忙")
    assert "继续等待" in err  # the waiting line came first, after about a second
    for leak in ("Traceback", "SQL", "UPDATE", SECRET):
        assert leak not in err


@pytest.mark.parametrize("kind", ["research", "slides"])
def test_document_whose_record_meets_a_busy_database_leaves_no_file(
    kind: str, database: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, opp = database
    out = tmp_path / "out"
    out.mkdir()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the document renders (reads only), its record must wait
    try:
        code, _, err = run(capsys, "--db", str(path), "doc", opp, kind, "--allow-gaps", "-o", str(out))
    finally:
        holder.rollback()
        holder.close()
    assert code == 1
    assert "错误：数据库正忙" in err and "没有做任何改动" in err
    assert list(out.iterdir()) == []  # what the line says: nothing, not a file without its record
    code, shown, _ = run(capsys, "--db", str(path), "opp", "show", opp, "--json")
    assert json.loads(shown)["documents"] == []
