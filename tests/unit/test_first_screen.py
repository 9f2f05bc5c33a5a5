"""The board's first screen without a start-up cache: every card in one plain sqlite3 query."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from projdesk.demo.generate import generate_demo
from projdesk.storage.db import _alembic_config
from projdesk.storage.first_screen import FirstScreen, read
from projdesk.storage.preferences import Preferences
from projdesk.storage.services import Services
from projdesk.storage.summary import OpportunitySummary
from projdesk.ui.board.store import BoardStore
from projdesk.ui.startup.board_cache import BoardSnapshot, first_screen, take_snapshot


def read_first_screen(path: Path) -> tuple[Preferences, list[OpportunitySummary]] | None:
    def everything(screen: FirstScreen) -> tuple[Preferences, list[OpportunitySummary]]:
        return screen.preferences(), screen.with_counts(screen.cards())

    return read(path, everything)


def test_the_first_screen_reads_the_cards_the_services_list(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "a.db")
    try:
        prefs = services.ctx.prefs
        prefs.user_name = "张伟"
        services.ctx.save_preferences(prefs)
        opp = services.opportunities.add("华东电力设计院", "调度平台", owner="张伟", amount="120000.50")
        services.opportunities.add("青岛港集团", "码头数据中台", amount="9999999999999.99")
        services.steps.update(opp, "A", {"referrer": "刘总"}, action="skip")  # a step of stage 1 counts
        services.risks.add(opp, "预算可能压缩", probability="high", impact="high")
        services.opportunities.delete(services.opportunities.add("某客户", "删掉的商机"))
        expected = services.opportunities.list(include_closed=True)
        found = read_first_screen(services.db.path)
    finally:
        services.close()
    assert found is not None
    prefs, cards = found
    assert prefs.user_name == "张伟"
    # Everything the services give, contact names aside (the first screen has no search text yet).
    unsearched = [dataclasses.replace(c, contacts="") for c in expected]
    assert sorted(cards, key=lambda c: c.id) == sorted(unsearched, key=lambda c: c.id)
    assert len(cards) == 2
    mine = next(c for c in cards if c.id == opp)
    assert (mine.steps_done, mine.high_risks, str(mine.amount)) == (1, 1, "120000.50")


def test_the_first_screen_is_read_without_sqlalchemy(tmp_path: Path) -> None:
    Services.open(tmp_path / "a.db").close()
    code = (
        "import sys; from pathlib import Path; from projdesk.ui.startup.board_cache import first_screen; "
        f"assert first_screen(Path({str(tmp_path / 'a.db')!r})) is not None; "
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_a_database_that_needs_a_migration_has_no_first_screen(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Services.open(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "0008")
    engine.dispose()
    assert read_first_screen(path) is None


def test_a_missing_or_foreign_file_has_no_first_screen(tmp_path: Path) -> None:
    assert read_first_screen(tmp_path / "none.db") is None
    (tmp_path / "text.db").write_text("不是数据库", encoding="utf-8")
    assert read_first_screen(tmp_path / "text.db") is None
    sqlite3.connect(tmp_path / "empty.db").execute("CREATE TABLE t (x)").connection.close()
    assert read_first_screen(tmp_path / "empty.db") is None


def _store_snapshot(path: Path) -> BoardSnapshot:
    """The first screen the slow way: every card through the board's store."""

    def through_store(screen: FirstScreen) -> BoardSnapshot:
        prefs = screen.preferences()
        store = BoardStore(prefs.idle_days_for)
        store.replace(screen.with_counts(screen.cards()))
        state = prefs.extra.get("board")
        return take_snapshot(store, prefs, state if isinstance(state, dict) else {})

    found = read(path, through_store)
    assert found is not None
    return found


def test_the_default_board_summed_up_by_the_database_is_the_boards_own(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "demo.db")
    generate_demo(services, count=150, seed=5)
    services.close()
    quick = first_screen(tmp_path / "demo.db")
    slow = _store_snapshot(tmp_path / "demo.db")
    assert quick is not None
    assert [c.count for c in quick.stats] == [c.count for c in slow.stats]
    assert [str(c.total) for c in quick.stats] == [str(c.total) for c in slow.stats]
    assert [c.flagged for c in quick.stats] == [c.flagged for c in slow.stats]
    assert sum(c.flagged for c in quick.stats) > 0  # the demo has overdue and idle cards
    assert quick.cards == slow.cards and quick.choices == slow.choices and quick.total == slow.total


def test_a_saved_filter_takes_the_first_screen_through_the_store(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "demo.db")
    generate_demo(services, count=60, seed=2)
    prefs = services.ctx.prefs
    owner = services.opportunities.list()[0].owner
    prefs.extra["board"] = {"owner": owner, "shown_statuses": ["won"]}
    services.ctx.save_preferences(prefs)
    services.close()
    quick = first_screen(tmp_path / "demo.db")
    slow = _store_snapshot(tmp_path / "demo.db")
    assert quick is not None
    assert quick.stats == slow.stats and quick.cards == slow.cards
    assert all(card.owner == owner for column in quick.cards for card in column)
