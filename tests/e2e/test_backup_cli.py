"""``projdesk backup``, ``backup list``, ``restore``, and damaged files on open, through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from projdesk.storage.backups import list_backups, make_backup
from projdesk.storage.services import Services
from projdesk.sync.service import SyncService
from tests.e2e.conftest import Cli
from tests.unit.database_helpers import corrupt_a_page, files_beside, make_foreign, make_newer, settle


@pytest.fixture
def filled(cli: Cli) -> Cli:
    cli.run("opp", "add", "--customer", "华东电力设计院", "--name", "调度自动化平台")
    return cli


def names(cli: Cli) -> list[str]:
    return sorted(o["name"] for o in cli.json("opp", "list", "--json"))


def one_line(text: str) -> bool:
    return len(text.strip().splitlines()) == 1 and "Traceback" not in text


def test_backup_prints_the_path_of_a_copy_in_the_backups_folder(filled: Cli):
    out = filled.run("backup").stdout.strip()
    backup = Path(out)
    assert backup.parent == filled.db.parent / "backups" and backup.exists()
    assert backup in {b.path for b in list_backups(filled.db)}


def test_backup_to_a_chosen_file(filled: Cli, tmp_path: Path):
    target = tmp_path / "U盘" / "work-copy.db"
    assert filled.run("backup", "-o", str(target)).stdout.strip() == str(target)
    copy = Cli(target)
    assert names(copy) == ["调度自动化平台"]


def test_backup_list_json_is_newest_first_with_time_reason_and_size(filled: Cli):
    first = Path(filled.run("backup").stdout.strip())
    second = Path(filled.run("backup").stdout.strip())
    rows = filled.json("backup", "list", "--json")
    files = [row["file"] for row in rows]
    assert files.index(str(second)) < files.index(str(first))
    row = rows[files.index(str(second))]
    assert row["reason"] == "manual" and row["size"] == second.stat().st_size and row["time"]


def test_backup_list_text_names_the_reason_in_chinese(filled: Cli):
    filled.run("backup")
    assert "手动" in filled.run("backup", "list").stdout


def test_restore_puts_a_backup_back_and_backs_up_the_current_one(filled: Cli):
    backup = filled.run("backup").stdout.strip()
    filled.run("opp", "add", "--customer", "国网浙江", "--name", "备份之后的项目")
    out = filled.run("restore", backup).stdout
    assert names(filled) == ["调度自动化平台"]
    previous = [b for b in list_backups(filled.db) if b.reason == "before-restore"]
    assert len(previous) == 1 and str(previous[0].path) in out
    assert "备份之后的项目" in names(Cli(previous[0].path))


@pytest.mark.parametrize(
    "spoil", [corrupt_a_page, make_foreign, make_newer], ids=["corrupt", "foreign", "newer"]
)
def test_restoring_a_corrupt_foreign_or_newer_file_exits_4_with_nothing_changed(
    filled: Cli, tmp_path: Path, spoil
):
    candidate = tmp_path / "candidate.db"
    if spoil is make_foreign:
        spoil(candidate)
    else:
        filled.run("backup", "-o", str(candidate))
        spoil(candidate)
    settle(filled.db)
    before = files_beside(filled.db)
    listed = list_backups(filled.db)
    proc = filled.run("restore", str(candidate), check=False)
    assert proc.returncode == 4 and one_line(proc.stderr), proc.stderr
    assert files_beside(filled.db) == before
    assert list_backups(filled.db) == listed


def test_restoring_a_missing_file_exits_4(filled: Cli, tmp_path: Path):
    proc = filled.run("restore", str(tmp_path / "nowhere.db"), check=False)
    assert proc.returncode == 4 and one_line(proc.stderr)


def test_corrupt_page_on_open_exits_4_with_one_line_and_the_file_byte_identical(filled: Cli):
    corrupt_a_page(filled.db)
    before = files_beside(filled.db)
    for command in (["opp", "list"], ["opp", "add", "--customer", "甲", "--name", "乙"], ["backup"]):
        proc = filled.run(*command, check=False)
        assert proc.returncode == 4 and one_line(proc.stderr) and "损坏" in proc.stderr, proc.stderr
    assert files_beside(filled.db) == before


def test_zero_byte_database_exits_4_and_is_not_recreated(cli: Cli):
    cli.db.write_bytes(b"")
    proc = cli.run("opp", "list", check=False)
    assert proc.returncode == 4 and one_line(proc.stderr) and "0 字节" in proc.stderr
    assert cli.db.read_bytes() == b""


def test_non_sqlite_file_exits_4_and_is_left_byte_identical(cli: Cli):
    cli.db.write_bytes(b"PK\x03\x04 not a database at all")
    proc = cli.run("opp", "list", check=False)
    assert proc.returncode == 4 and one_line(proc.stderr)
    assert cli.db.read_bytes() == b"PK\x03\x04 not a database at all"


def test_pre_import_backup_survives_when_a_sibling_database_has_backups(filled: Cli, tmp_path: Path):
    # The bug: work.db's rotation globbed "work-*.db" and deleted the backup it had just made,
    # because work-old.db's five backups sorted after it.
    sibling = filled.db.with_name(f"{filled.db.stem}-old.db")
    Services.open(sibling).close()
    theirs = [make_backup(sibling, "manual") for _ in range(5)]
    colleague = Services.open(tmp_path / "colleague.db")
    colleague.opportunities.add("国网浙江", "同事的项目")
    snapshot = tmp_path / "colleague.pdsnap"
    SyncService(colleague).export(snapshot)
    colleague.close()
    summary = filled.json("snapshot", "import", str(snapshot), "--json")
    assert summary["backup"] and Path(summary["backup"]).exists()
    assert "before-import" in summary["backup"]
    assert all(path.exists() for path in theirs)
    assert names(filled) == ["同事的项目", "调度自动化平台"]


def test_read_only_place_lists_but_refuses_a_write_with_one_line_saying_read_only(
    filled: Cli, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    # In-process: the tests run as root, for whom no folder is read-only; the probe is patched.
    from projdesk.cli import main
    from projdesk.storage import db, integrity

    settle(filled.db)
    before = files_beside(filled.db)
    monkeypatch.setattr(integrity, "location_writable", lambda path: False)
    monkeypatch.setattr(db, "location_writable", lambda path: False)
    assert main(["--db", str(filled.db), "opp", "list", "--json"]) == 0
    assert "调度自动化平台" in capsys.readouterr().out
    code = main(["--db", str(filled.db), "opp", "add", "--customer", "国网浙江", "--name", "二期"])
    err = capsys.readouterr().err
    assert code == 1 and one_line(err) and "只读" in err and "损坏" not in err
    assert files_beside(filled.db) == before


def test_a_lost_database_is_listed_and_restored_from_its_backups(filled: Cli):
    backup = filled.run("backup").stdout.strip()
    filled.db.unlink()
    assert [row["file"] for row in filled.json("backup", "list", "--json")] == [backup]
    filled.run("restore", backup)
    assert names(filled) == ["调度自动化平台"]


def test_gui_start_on_a_damaged_database_exits_4_with_one_line_and_the_file_byte_identical(filled: Cli):
    corrupt_a_page(filled.db)
    before = files_beside(filled.db)
    proc = filled.run("gui", "--exit-after-show", check=False)
    assert proc.returncode == 4 and one_line(proc.stderr) and "损坏" in proc.stderr, proc.stderr
    assert files_beside(filled.db) == before
