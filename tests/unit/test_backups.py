"""Backups: the backup API, exact names per database, rotation, restore, and the check before export."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from projdesk.domain.errors import BadInputFile, DatabaseDamaged, DatabaseTooNew, RuleRefused
from projdesk.storage import backups
from projdesk.storage.backups import list_backups, make_backup
from projdesk.storage.db import Database
from projdesk.storage.restore import restore_database
from tests.unit.database_helpers import (
    corrupt_a_page,
    files_beside,
    make_foreign,
    make_newer,
    opportunity_names,
    settle,
)

START = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


class FakeClock:
    def __init__(self, start: dt.datetime = START) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def index_scrambled(path: Path) -> None:
    """Swap the root pages of two indexes of one table: quick_check passes, integrity_check fails."""
    settle(path)
    con = sqlite3.connect(path)
    rows = con.execute(
        "SELECT tbl_name, name, rootpage FROM sqlite_master WHERE type='index' AND tbl_name='opportunities'"
    ).fetchall()
    (_, first, first_root), (_, second, second_root) = rows[:2]
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (second_root, first))
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (first_root, second))
    con.commit()
    con.close()


@pytest.fixture
def work_db(services, db_path):
    for i in range(3):
        services.opportunities.add("华东电力设计院", f"项目{i}", amount="1200000")
    return db_path


def test_backup_holds_the_data_still_in_the_wal(services, work_db):
    services.opportunities.add("国网浙江", "只在 WAL 里的项目")
    target = make_backup(work_db, "manual", FakeClock())
    assert "只在 WAL 里的项目" in opportunity_names(target)
    assert not Path(f"{target}-wal").exists()


def test_backup_name_carries_database_time_and_reason(work_db):
    target = make_backup(work_db, "before-import", FakeClock())
    assert target.name == "projdesk.20261201T090000000000Z.before-import.db"
    [info] = list_backups(work_db)
    assert (info.taken_at, info.reason, info.size) == (START, "before-import", target.stat().st_size)


def test_backups_are_listed_newest_first(work_db):
    clock = FakeClock()
    for reason in ("daily", "manual", "before-import"):
        make_backup(work_db, reason, clock)
        clock.advance(hours=1)
    assert [b.reason for b in list_backups(work_db)] == ["before-import", "manual", "daily"]


def test_two_backups_in_the_same_microsecond_both_stay(work_db):
    clock = FakeClock()
    first = make_backup(work_db, "manual", clock)
    second = make_backup(work_db, "manual", clock)
    assert first != second and first.exists() and second.exists()


def test_rotation_keeps_the_last_ten_within_a_week(work_db):
    clock = FakeClock()
    made = []
    for _ in range(14):
        made.append(make_backup(work_db, "manual", clock))
        clock.advance(minutes=5)
    assert [b.path for b in list_backups(work_db)] == made[::-1][:10]


def test_rotation_keeps_one_a_week_for_eight_weeks(work_db):
    clock = FakeClock()
    weekly_newest = []
    for _week in range(12):
        for _day in range(3):
            last = make_backup(work_db, "daily", clock)
            clock.advance(days=1)
        weekly_newest.append(last)
        clock.advance(days=4)
    kept = {b.path for b in list_backups(work_db)}
    newest_ten = {b.path for b in sorted(list_backups(work_db), key=lambda b: b.taken_at)[-10:]}
    # The newest of each of the last 8 weeks, and nothing from the weeks before (beyond the last 10).
    assert set(weekly_newest[-8:]) <= kept
    assert kept - newest_ten <= set(weekly_newest[-8:])
    assert all(b.taken_at >= clock.now - dt.timedelta(weeks=9) for b in list_backups(work_db))


def test_rotation_never_deletes_the_backup_just_made_even_when_the_clock_went_back(work_db):
    clock = FakeClock()
    for _ in range(12):
        make_backup(work_db, "manual", clock)
        clock.advance(hours=1)
    clock.now = START - dt.timedelta(days=400)  # a clock set a year back: the new one sorts oldest
    newest = make_backup(work_db, "manual", clock)
    assert newest.exists()
    assert newest in {b.path for b in list_backups(work_db)}


def test_rotation_never_touches_a_sibling_databases_backups(work_db, tmp_path):
    sibling = tmp_path / "projdesk-old.db"
    dotted = tmp_path / "projdesk.old.db"
    for other in (sibling, dotted):
        Database.open(other).close()
    clock = FakeClock()
    theirs = [make_backup(other, "manual", clock) for other in (sibling, dotted) for _ in range(5)]
    for _ in range(15):
        clock.advance(minutes=1)
        make_backup(work_db, "manual", clock)
    assert all(path.exists() for path in theirs)
    assert len(list_backups(work_db)) == 10
    assert len(list_backups(sibling)) == 5 and len(list_backups(dotted)) == 5


def test_files_that_only_look_like_backups_are_not_listed_or_deleted(work_db):
    folder = backups.backup_folder(work_db)
    folder.mkdir()
    strangers = [folder / "projdesk-20261201-090000-000000-manual.db", folder / "projdesk.notes.db"]
    for stranger in strangers:
        stranger.write_bytes(b"keep me")
    clock = FakeClock()
    for _ in range(12):
        make_backup(work_db, "manual", clock)
        clock.advance(minutes=1)
    assert all(s.read_bytes() == b"keep me" for s in strangers)
    assert all(b.path not in strangers for b in list_backups(work_db))


def test_damaged_database_is_not_backed_up_and_no_backup_rotates(services, work_db):
    clock = FakeClock()
    good = []
    for _ in range(10):
        good.append(make_backup(work_db, "manual", clock))
        clock.advance(minutes=1)
    services.close()
    index_scrambled(work_db)
    with pytest.raises(DatabaseDamaged):
        make_backup(work_db, "manual", clock)
    assert [b.path for b in list_backups(work_db)] == good[::-1]
    assert not list(backups.backup_folder(work_db).glob("*.partial"))


def test_newest_good_backup_skips_a_damaged_one(work_db):
    clock = FakeClock()
    good = make_backup(work_db, "manual", clock)
    clock.advance(minutes=1)
    bad = make_backup(work_db, "manual", clock)
    corrupt_a_page(bad)
    found = backups.newest_good_backup(work_db)
    assert found is not None and found.path == good


def test_first_start_of_a_day_finds_damage_the_quick_check_misses(services, work_db):
    services.close()
    index_scrambled(work_db)
    before = files_beside(work_db)
    with pytest.raises(DatabaseDamaged):
        Database.open(work_db)
    assert files_beside(work_db) == before
    assert list_backups(work_db) == []


def test_export_refuses_a_damaged_database_and_writes_no_file(services, work_db, tmp_path):
    from projdesk.storage.services import Services
    from projdesk.sync.service import SyncService

    make_backup(work_db, "manual")  # today's: the reopening makes no daily backup (it would check)
    services.close()
    index_scrambled(work_db)  # passes the quick check on open; only the full check sees it
    reopened = Services.open(work_db)
    out = tmp_path / "out.pdsnap"
    with pytest.raises(DatabaseDamaged):
        SyncService(reopened).export(out)
    reopened.close()
    assert not out.exists()


# -- restore -----------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_backs_up_the_current_one(services, work_db):
    clock = FakeClock()
    backup = make_backup(work_db, "manual", clock)
    services.opportunities.add("国网浙江", "备份之后的项目")
    services.close()
    clock.advance(minutes=1)
    done = restore_database(work_db, backup, clock)
    assert "备份之后的项目" not in opportunity_names(work_db)
    assert done.previous is not None and "before-restore" in done.previous.name
    assert "备份之后的项目" in opportunity_names(done.previous)
    assert not Path(f"{work_db}-wal").exists() and not Path(f"{work_db}.restoring").exists()
    Database.open(work_db).close()  # and the app opens it


def test_restore_replaces_a_damaged_database_keeping_its_raw_bytes(services, work_db):
    clock = FakeClock()
    backup = make_backup(work_db, "manual", clock)
    services.close()
    corrupt_a_page(work_db)
    damaged = work_db.read_bytes()
    clock.advance(minutes=1)
    done = restore_database(work_db, backup, clock)
    assert done.previous is not None and done.previous.read_bytes() == damaged
    assert opportunity_names(work_db) == ["项目0", "项目1", "项目2"]


@pytest.mark.parametrize(
    ("spoil", "error", "words"),
    [
        (corrupt_a_page, DatabaseDamaged, "损坏"),
        (make_foreign, BadInputFile, "不是 ProjDesk"),
        (make_newer, DatabaseTooNew, "更新版本"),
    ],
    ids=["corrupt", "foreign", "newer"],
)
def test_restoring_a_corrupt_foreign_or_newer_file_is_refused_with_nothing_changed(
    services, work_db, tmp_path, spoil, error, words
):
    candidate = tmp_path / "candidate.db"
    if spoil is make_foreign:
        spoil(candidate)
    else:
        make_backup(work_db, "manual", FakeClock())
        [made] = list_backups(work_db)
        made.path.rename(candidate)
        spoil(candidate)
    services.close()
    settle(work_db)
    before = files_beside(work_db)
    listed = list_backups(work_db)
    with pytest.raises(error) as refused:
        restore_database(work_db, candidate, FakeClock())
    assert words in str(refused.value)
    assert files_beside(work_db) == before
    assert list_backups(work_db) == listed
    assert not Path(f"{work_db}.restoring").exists()


def test_restore_is_refused_while_the_database_is_open_elsewhere(services, work_db):
    backup = make_backup(work_db, "manual", FakeClock())
    services.opportunities.list()  # the pool keeps a connection open, as a running window does
    with pytest.raises(RuleRefused) as refused:
        restore_database(work_db, backup, FakeClock())
    assert "正在被使用" in str(refused.value)
    assert opportunity_names(work_db) == ["项目0", "项目1", "项目2"]


def test_restore_into_a_missing_database_creates_it(work_db, tmp_path):
    backup = make_backup(work_db, "manual", FakeClock())
    fresh = tmp_path / "新电脑" / "work.db"
    fresh.parent.mkdir()
    done = restore_database(fresh, backup, FakeClock())
    assert done.previous is None
    assert opportunity_names(fresh) == ["项目0", "项目1", "项目2"]


def test_backup_sizes_read_in_binary_units():
    assert [backups.size_text(n) for n in (512, 1536, 5 * 1024**2, 3 * 1024**3)] == [
        "512 B",
        "1.5 KB",
        "5.0 MB",
        "3.0 GB",
    ]


def test_rotating_out_a_damaged_original_removes_its_wal_too(services, work_db):
    clock = FakeClock()
    backup = make_backup(work_db, "manual", clock)
    services.close()
    corrupt_a_page(work_db)
    Path(f"{work_db}-wal").write_bytes(b"unmerged pages")  # kept with the damaged file
    clock.advance(minutes=1)
    damaged = restore_database(work_db, backup, clock).previous
    assert damaged is not None and Path(f"{damaged}-wal").read_bytes() == b"unmerged pages"
    for _ in range(12):
        clock.advance(minutes=1)
        make_backup(work_db, "manual", clock)
    assert not damaged.exists() and not Path(f"{damaged}-wal").exists()


def test_a_copy_cut_off_by_a_crash_is_removed_by_a_later_backup_but_a_fresh_one_is_left(work_db, tmp_path):
    import os

    folder = backups.backup_folder(work_db)
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    abandoned = folder / (backups.backup_name(work_db, stamp, "daily") + ".partial")
    in_progress = folder / (backups.backup_name(work_db, stamp, "manual") + ".partial")
    sibling = folder / (backups.backup_name(tmp_path / "other.db", stamp, "daily") + ".partial")
    for path in (abandoned, in_progress, sibling):
        path.write_bytes(b"half a copy")
    two_hours_ago = dt.datetime.now(dt.UTC).timestamp() - 2 * 3600
    for path in (abandoned, sibling):
        os.utime(path, (two_hours_ago, two_hours_ago))
    make_backup(work_db, "manual")
    assert not abandoned.exists()
    assert in_progress.exists()  # perhaps the CLI's backup, being written now
    assert sibling.exists()  # another database's
