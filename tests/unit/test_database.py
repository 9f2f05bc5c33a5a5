"""The database file: WAL, Alembic, backups, and a too-new database left untouched."""

import sqlite3

import pytest

from projdesk.domain.errors import DatabaseTooNew
from projdesk.storage.db import Database, head_revision


def test_new_database_is_migrated_in_wal_mode(db_path):
    Database.open(db_path).close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    con.close()


def test_second_start_migrates_nothing_and_makes_no_backup(db_path):
    Database.open(db_path).close()
    db = Database.open(db_path)
    assert db.last_backup is None
    db.close()
    assert not (db_path.parent / "backups").exists()


def test_foreign_keys_are_enforced(db_path):
    from sqlalchemy.exc import IntegrityError

    from projdesk.storage.models import Opportunity

    db = Database.open(db_path)
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Opportunity(customer_id="no-such-customer", name="x"))
    db.close()


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
    db = Database.open(db_path)
    assert db.last_backup is not None
    db.close()
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
