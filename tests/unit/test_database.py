"""The database file: WAL, Alembic, backups on open, and every file it refuses left untouched."""

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import text

from projdesk.domain.errors import BadInputFile, DatabaseDamaged, DatabaseTooNew, ReadOnlyPlace
from projdesk.storage import backups, db, integrity
from projdesk.storage.db import Database, head_revision
from tests.unit.database_helpers import corrupt_a_page, files_beside, make_foreign, settle


def test_new_database_is_migrated_in_wal_mode(db_path):
    Database.open(db_path).close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    con.close()


def test_new_database_has_8_kib_pages_and_an_older_file_keeps_its_own(db_path, tmp_path, monkeypatch):
    Database.open(db_path).close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA page_size").fetchone()[0] == db.PAGE_SIZE == 8192
    con.close()
    older = tmp_path / "older.db"
    monkeypatch.setattr(db, "PAGE_SIZE", 4096)  # a file made before pages were 8 KiB
    Database.open(older).close()
    monkeypatch.undo()
    reopened = Database.open(older)
    with reopened.session() as session:
        session.execute(text("INSERT INTO settings (key, value) VALUES ('kept', '\"yes\"')"))
    reopened.close()
    con = sqlite3.connect(older)
    assert con.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert con.execute("SELECT value FROM settings WHERE key = 'kept'").fetchone()[0] == '"yes"'
    con.close()


def at(day: int, hour: int = 9) -> backups.Clock:
    return lambda: dt.datetime(2026, 12, day, hour, tzinfo=dt.UTC)


def test_new_database_is_created_without_a_backup(db_path):
    fresh = Database.open(db_path)
    fresh.close()
    assert fresh.last_backup is None
    assert not (db_path.parent / "backups").exists()


def test_first_start_of_a_day_makes_one_daily_backup_and_later_starts_that_day_none(db_path):
    Database.open(db_path).close()
    first = Database.open(db_path, now=at(1, 9))
    first.close()
    again = Database.open(db_path, now=at(1, 17))
    again.close()
    assert first.last_backup is not None and "daily" in first.last_backup.name
    assert again.last_backup is None
    assert [b.reason for b in backups.list_backups(db_path)] == ["daily"]


def test_an_open_without_the_daily_backup_leaves_it_to_back_up_if_due(db_path):
    Database.open(db_path).close()
    gui = Database.open(db_path, now=at(1, 9), daily_backup=False)  # the GUI's open: no copy yet
    assert gui.last_backup is None and backups.list_backups(db_path) == []
    made = gui.back_up_if_due(now=at(1, 9))  # what the GUI then runs on its read worker
    assert made is not None and gui.last_backup == made
    assert gui.back_up_if_due(now=at(1, 17)) is None  # once a day
    gui.close()
    assert [b.reason for b in backups.list_backups(db_path)] == ["daily"]


def test_first_start_of_the_next_day_makes_another_daily_backup(db_path):
    Database.open(db_path).close()
    Database.open(db_path, now=at(1, 9)).close()
    next_day = Database.open(db_path, now=at(2, 9))
    next_day.close()
    assert next_day.last_backup is not None
    assert len(backups.list_backups(db_path)) == 2


def test_a_daily_backup_the_disk_cannot_take_does_not_block_the_start(db_path, monkeypatch):
    Database.open(db_path).close()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "copy_database", disk_full)
    opened = Database.open(db_path, now=at(1))
    opened.close()
    assert opened.last_backup is None


def test_a_backup_before_migration_the_disk_cannot_take_refuses_the_migration(db_path, monkeypatch):
    make_foreign(db_path)
    before = files_beside(db_path)

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "copy_database", disk_full)
    with pytest.raises(OSError):
        Database.open(db_path)
    assert files_beside(db_path) == before


def test_second_start_migrates_nothing(db_path):
    Database.open(db_path).close()
    Database.open(db_path, now=at(1)).close()
    assert [b.reason for b in backups.list_backups(db_path)] == ["daily"]  # no "before-migration"


def test_corrupt_page_is_detected_on_open_and_the_file_left_byte_identical(services, db_path):
    services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    services.close()
    corrupt_a_page(db_path)
    before = files_beside(db_path)
    with pytest.raises(DatabaseDamaged) as refused:
        Database.open(db_path)
    assert "损坏" in str(refused.value) and "\n" not in str(refused.value)
    assert files_beside(db_path) == before
    assert not (db_path.parent / "backups").exists()


def test_zero_byte_database_is_refused_not_recreated(db_path):
    db_path.write_bytes(b"")
    with pytest.raises(BadInputFile) as refused:
        Database.open(db_path)
    assert "0 字节" in str(refused.value)
    assert db_path.read_bytes() == b""
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_non_sqlite_file_is_refused_and_left_byte_identical(db_path):
    db_path.write_text("客户名单\n华东电力设计院\n", encoding="utf-8")
    before = db_path.read_bytes()
    with pytest.raises(BadInputFile) as refused:
        Database.open(db_path)
    assert "不是 SQLite" in str(refused.value)
    assert db_path.read_bytes() == before


def test_missing_database_and_folder_are_created(tmp_path):
    path = tmp_path / "新文件夹" / "work.db"
    Database.open(path).close()
    assert integrity.stored_revision(path) == head_revision()


@pytest.fixture
def read_only_place(monkeypatch):
    """As if the folder and the file were not writable (the tests run as root, where chmod is no bar)."""
    monkeypatch.setattr(integrity, "location_writable", lambda path: False)
    monkeypatch.setattr(db, "location_writable", lambda path: False)


def test_read_only_place_opens_healthy_database_for_reading(services, db_path, read_only_place):
    opp_id = services.opportunities.add("华东电力设计院", "调度自动化平台")
    services.close()
    settle(db_path)
    before = files_beside(db_path)
    from projdesk.storage.services import Services

    reader = Services.open(db_path)
    assert reader.db.read_only
    assert [o.id for o in reader.opportunities.list()] == [opp_id]
    reader.close()
    assert files_beside(db_path) == before


def test_read_only_place_refuses_a_write_with_one_line_saying_read_only(services, db_path, read_only_place):
    services.close()
    settle(db_path)
    before = files_beside(db_path)
    from projdesk.storage.services import Services

    reader = Services.open(db_path)
    with pytest.raises(ReadOnlyPlace) as refused:
        reader.opportunities.add("华东电力设计院", "二期")
    reader.close()
    assert "只读" in str(refused.value) and "损坏" not in str(refused.value)
    assert files_beside(db_path) == before


def test_read_only_place_refuses_a_migration_it_cannot_write(db_path, read_only_place):
    make_foreign(db_path)
    with pytest.raises(ReadOnlyPlace) as refused:
        Database.open(db_path)
    assert "只读" in str(refused.value)


def test_read_only_place_refuses_a_new_database(tmp_path, read_only_place):
    with pytest.raises(ReadOnlyPlace):
        Database.open(tmp_path / "new.db")
    assert not (tmp_path / "new.db").exists()


def test_foreign_keys_are_enforced(db_path):
    from sqlalchemy.exc import IntegrityError

    from projdesk.storage.models import Opportunity

    opened = Database.open(db_path)
    with pytest.raises(IntegrityError), opened.session() as session:
        session.add(Opportunity(customer_id="no-such-customer", name="x"))
    opened.close()


def test_database_from_a_newer_app_is_refused_and_left_byte_identical(db_path):
    Database.open(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("UPDATE alembic_version SET version_num='9999_future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(DatabaseTooNew):
        Database.open(db_path)
    assert db_path.read_bytes() == before
    assert not (db_path.parent / "backups").exists()


def test_unmigrated_database_is_backed_up_before_migrating(db_path):
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE legacy_notes (text TEXT)")
    con.execute("INSERT INTO legacy_notes VALUES ('客户资料')")
    con.commit()
    con.close()
    opened = Database.open(db_path)
    assert opened.last_backup is not None
    opened.close()
    [backup] = (db_path.parent / "backups").glob("*.db")
    con = sqlite3.connect(backup)
    assert con.execute("SELECT text FROM legacy_notes").fetchone()[0] == "客户资料"
    assert con.execute("SELECT name FROM sqlite_master WHERE name='alembic_version'").fetchone() is None
    con.close()


def test_head_revision_constant_matches_alembic_head():
    # Start-up compares against the constant without importing Alembic: it must not drift.
    from alembic.script import ScriptDirectory

    from projdesk.storage.db import _alembic_config
    from projdesk.storage.schema import HEAD_REVISION

    assert ScriptDirectory.from_config(_alembic_config()).get_current_head() == HEAD_REVISION


def test_commits_kept_in_the_wal_are_copied_into_the_file_behind_and_the_limit_comes_back(db_path):
    database = Database.open(db_path)
    with db.wal_kept_for_later(database.engine) as conn, conn.begin():
        for n in range(3000):  # past the automatic checkpoint's 1,000 pages, were it on
            conn.execute(
                text("INSERT INTO settings (key, value) VALUES (:k, :v)"), {"k": f"k{n}", "v": "x" * 4000}
            )
    before = db_path.stat().st_size
    assert before < 3000 * 4000  # the commit left its pages in the WAL
    db.checkpoint_behind(db_path).join()
    assert db_path.stat().st_size > 3000 * 4000  # copied into the file
    with database.engine.connect() as conn:  # the pool's connections keep SQLite's limit
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000
    database.close()
