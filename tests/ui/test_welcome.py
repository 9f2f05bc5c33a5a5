"""The first start asks the user's name and company, then a demo or an empty start."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from projdesk.storage.preferences import Preferences
from projdesk.storage.settings import load_preferences
from projdesk.ui.app import build_app
from projdesk.ui.welcome import WELCOMED_KEY, WelcomeDialog, needs_welcome, offer_welcome, system_user_name
from tests.ui.conftest import settle


@pytest.fixture
def fresh(services: Any) -> Any:
    """A database no one has named themselves in (the conftest names the user 张伟)."""
    services.ctx.prefs = Preferences()
    return services


def stored_prefs(services: Any) -> Preferences:
    with services.db.read() as session:
        return load_preferences(session)


def answer_with(name: str, company: str, demo: bool) -> Any:
    def fill(dialog: WelcomeDialog) -> int:
        assert dialog.user_name.text() == system_user_name()  # prefilled from the system
        dialog.user_name.setText(name)
        dialog.company.setText(company)
        (dialog.demo if demo else dialog.empty).setChecked(True)
        return 1

    return fill


def test_welcome_on_a_fresh_database_stores_name_and_company_and_the_weekly_report_shows_that_users_deals(
    qtbot: Any, fresh: Any, scripted_dialogs: Any
) -> None:
    parts = build_app(fresh)
    qtbot.addWidget(parts.window)
    assert needs_welcome(fresh.prefs)
    scripted_dialogs.answer(answer_with("李明", "东方信息技术有限公司", demo=True))
    assert offer_welcome(fresh, parts.runner, parts.window, parts.actions.reload_reminders, demo_count=120)
    settle(qtbot, parts.runner, timeout=60000)
    assert ("dialog", "WelcomeDialog") in scripted_dialogs.asked
    assert stored_prefs(fresh).user_name == "李明"
    assert fresh.library.load().company.name == "东方信息技术有限公司"  # the one company profile
    assert not needs_welcome(fresh.prefs)
    # The demo arrived on the board, and 李明 owns a share of it.
    assert parts.board.store.get(next(iter(o.id for o in fresh.opportunities.list()))) is not None
    report = parts.reports._read_report()
    assert report.owner == "李明"
    assert report.rows or report.on_hold
    assert {row.owner for row in [*report.rows, *report.on_hold]} == {"李明"}
    settle(qtbot, parts.runner)
    assert parts.actions.reminders.mine_only.text() == "只看我的（李明）"  # not the login any more


def test_welcome_with_an_empty_start_adds_no_opportunities(
    qtbot: Any, fresh: Any, scripted_dialogs: Any
) -> None:
    parts = build_app(fresh)
    qtbot.addWidget(parts.window)
    scripted_dialogs.answer(answer_with("李明", "", demo=False))
    offer_welcome(fresh, parts.runner, parts.window)
    settle(qtbot, parts.runner)
    assert stored_prefs(fresh).user_name == "李明"
    assert fresh.opportunities.list(include_closed=True) == []
    assert parts.window.statusBar().currentMessage() == "欢迎，李明"


def test_welcome_put_off_is_not_asked_again_and_changes_no_name(
    qtbot: Any, fresh: Any, scripted_dialogs: Any
) -> None:
    parts = build_app(fresh)
    qtbot.addWidget(parts.window)
    default = fresh.prefs.user_name
    scripted_dialogs.answer(0)  # 以后再说
    assert offer_welcome(fresh, parts.runner, parts.window)
    settle(qtbot, parts.runner)
    assert stored_prefs(fresh).extra[WELCOMED_KEY] is True
    assert stored_prefs(fresh).user_name == default
    assert not offer_welcome(fresh, parts.runner, parts.window)


def test_no_welcome_once_the_user_has_a_name(services: Any) -> None:
    assert services.prefs.user_name == "张伟"
    assert not needs_welcome(services.prefs)


def test_welcome_offers_the_demo_only_on_an_empty_database(
    qtbot: Any, fresh: Any, scripted_dialogs: Any
) -> None:
    fresh.opportunities.add(customer="华东电力", name="调度系统")
    parts = build_app(fresh)
    qtbot.addWidget(parts.window)
    seen: list[bool] = []

    def look(dialog: WelcomeDialog) -> int:
        seen.append(dialog.offer_demo)
        return 0

    scripted_dialogs.answer(look)
    offer_welcome(fresh, parts.runner, parts.window)
    settle(qtbot, parts.runner)
    assert seen == [False]


def test_enter_in_the_welcome_starts_when_the_name_is_filled_and_an_empty_name_is_refused(qtbot: Any) -> None:
    dialog = WelcomeDialog("李明", "", offer_demo=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.user_name.setText("")
    QTest.keyClick(dialog.user_name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.message.isVisibleTo(dialog) and dialog.message.text()
    dialog.user_name.setText("李明")
    QTest.keyClick(dialog.user_name, Qt.Key.Key_Return)
    assert dialog.result() == 1
