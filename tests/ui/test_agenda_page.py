"""The 日程 page: sections, 完成, 改期, undo, opening the workspace, and the start-of-day notice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QSystemTrayIcon

from projdesk.ui.agenda_notice import ENABLED_KEY, TOLD_ON_KEY, TodayNotice
from projdesk.ui.common.runner import Runner
from projdesk.ui.pages.agenda import AgendaPage, DateDialog, day_text
from tests.ui.conftest import settle

TODAY = dt.date.today()


def _day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def _deal(services: Any, customer: str, step: str = "", when: dt.date | None = None) -> str:
    opp_id: str = services.opportunities.add(customer, "调度系统", owner="张伟")
    if step:
        services.opportunities.update(opp_id, {"next_step": step, "next_date": when})
    return opp_id


def _page(qtbot: Any, services: Any, opened: list[str] | None = None) -> AgendaPage:
    runner = Runner()
    page = AgendaPage(services, runner, (opened if opened is not None else []).append)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, runner)
    return page


def _pick(page: AgendaPage, what: str) -> None:
    item = next(i for i in page._items.values() if i.what == what)
    assert page.select(item)


def test_the_page_shows_overdue_first_then_today_and_this_week(qtbot: Any, services: Any) -> None:
    _deal(services, "华东电力", "周例会", _day(0))
    _deal(services, "华北银行", "补交资料", _day(-3))
    heads = [line for line in _page(qtbot, services).rows() if "|" not in line]
    assert heads[:2] == ["逾期（1）", "今天（1）"]


def test_done_on_an_agenda_row_marks_the_step_done_and_the_row_leaves(qtbot: Any, services: Any) -> None:
    opp_id = _deal(services, "华东电力", "周例会", _day(0))
    page = _page(qtbot, services)
    _pick(page, "周例会")
    assert page.done_button.isEnabled()
    page.done_button.click()
    settle(qtbot, page.runner)
    settle(qtbot, page.runner)  # the bus's re-read
    assert services.opportunities.summary(opp_id).next_step == ""
    assert not any("周例会" in line for line in page.rows())
    assert "已完成：周例会" in page.message.text()


def test_done_on_a_payment_row_records_it_received_in_full(qtbot: Any, services: Any) -> None:
    opp_id = _deal(services, "华东电力")
    services.commercial.add_payment(opp_id, "首付款", "300000", due_date=_day(1))
    page = _page(qtbot, services)
    assert any(line.startswith("明天") for line in page.rows())
    _pick(page, "首付款")
    page.complete_selected()
    settle(qtbot, page.runner)
    [payment] = services.commercial.payments(opp_id)
    assert (payment.received_amount, payment.received_date) == (Decimal("300000.00"), TODAY)


def test_done_on_a_risk_asks_what_became_of_it(qtbot: Any, services: Any, scripted_dialogs: Any) -> None:
    opp_id = _deal(services, "华东电力")
    risk_id = services.risks.add(opp_id, "竞争对手低价", due_date=_day(0))
    page = _page(qtbot, services)
    _pick(page, "竞争对手低价")
    scripted_dialogs.answer("已约高层沟通")
    page.complete_selected()
    settle(qtbot, page.runner)
    assert services.risks.get(risk_id).status == "closed"


def test_an_on_hold_look_again_row_cannot_be_ticked_off_but_can_be_moved(qtbot: Any, services: Any) -> None:
    opp_id = _deal(services, "华东电力")
    services.closing.hold(opp_id, reason="预算冻结", look_again=_day(0))
    page = _page(qtbot, services)
    _pick(page, next(i.what for i in page._items.values()))
    assert not page.done_button.isEnabled() and page.later_button.isEnabled()


def test_reschedule_by_a_week_moves_the_row(qtbot: Any, services: Any) -> None:
    opp_id = _deal(services, "华东电力", "周例会", _day(-2))
    page = _page(qtbot, services)
    _pick(page, "周例会")
    page.one_week.trigger()  # overdue: a week from today, not from the missed day
    settle(qtbot, page.runner)
    settle(qtbot, page.runner)
    assert services.opportunities.summary(opp_id).next_date == _day(7)
    assert not any(line.startswith("逾期") for line in page.rows())
    assert any(line.startswith(day_text(_day(7))) for line in page.rows())


def test_reschedule_to_a_picked_date_moves_a_payment(
    qtbot: Any, services: Any, scripted_dialogs: Any
) -> None:
    opp_id = _deal(services, "华东电力")
    services.commercial.add_payment(opp_id, "首付款", "300000", due_date=_day(0))
    page = _page(qtbot, services)
    _pick(page, "首付款")
    target = _day(10)

    def choose(dialog: DateDialog) -> int:
        dialog.calendar.setSelectedDate(QDate(target.year, target.month, target.day))
        return 1

    scripted_dialogs.answer(choose)
    page.pick_date.trigger()
    settle(qtbot, page.runner)
    assert services.commercial.payments(opp_id)[0].due_date == target


def test_undo_takes_back_the_last_done(qtbot: Any, services: Any) -> None:
    opp_id = _deal(services, "华东电力", "周例会", _day(0))
    page = _page(qtbot, services)
    _pick(page, "周例会")
    page.complete_selected()
    settle(qtbot, page.runner)
    assert page.take_undo()  # the window's Ctrl+Z while the page is shown
    settle(qtbot, page.runner)
    settle(qtbot, page.runner)
    assert services.opportunities.summary(opp_id).next_step == "周例会"
    assert any("周例会" in line for line in page.rows())


def test_double_click_opens_the_opportunity(qtbot: Any, services: Any) -> None:
    opp_id = _deal(services, "华东电力", "周例会", _day(0))
    opened: list[str] = []
    page = _page(qtbot, services, opened)
    row = page.tree.topLevelItem(0).child(0)  # type: ignore[union-attr]
    page.tree.itemDoubleClicked.emit(row, 0)
    assert opened == [opp_id]


def test_the_day_and_week_views_group_the_same_items(qtbot: Any, services: Any) -> None:
    _deal(services, "华东电力", "周例会", _day(0))
    _deal(services, "华北银行", "补交资料", _day(-10))
    page = _page(qtbot, services)
    page.grouping.setCurrentIndex(page.grouping.findData("day"))
    heads = [line for line in page.rows() if "|" not in line]
    assert heads == [f"{day_text(_day(-10))}（1）", f"{day_text(_day(0))}（1）"]
    page.grouping.setCurrentIndex(page.grouping.findData("week"))
    assert all("起的一周" in line for line in page.rows() if "|" not in line)


def test_the_agenda_is_a_page_of_the_window_and_ctrl_4_shows_it(qtbot: Any, services: Any) -> None:
    from projdesk.ui.app import build_app
    from projdesk.ui.main_window import PAGES

    parts = build_app(services)
    qtbot.addWidget(parts.window)
    parts.window.show()
    assert parts.window.ui.navList.item(PAGES.index("agenda")).text() == "日程"
    assert parts.agenda.show_action.shortcut().toString() == "Ctrl+4"
    assert "Ctrl+4" in parts.agenda.show_action.toolTip()
    parts.agenda.show_action.trigger()
    assert parts.window.ui.pages.currentWidget() is parts.window.ui.pages.widget(PAGES.index("agenda"))
    assert parts.window.page("agenda") is parts.agenda.page
    settle(qtbot, parts.runner)


class FakeTray:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def showMessage(self, title: str, msg: str, icon: QSystemTrayIcon.MessageIcon, msecs: int = 0) -> None:
        self.messages.append(msg)


def _notice(qtbot: Any, services: Any, tray: FakeTray | None, day: dt.date = TODAY) -> TodayNotice:
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    return TodayNotice(
        services, Runner(), window, window.statusBar(), tray=lambda _w: tray, today=lambda: day
    )


def test_the_notification_fires_once_per_day(qtbot: Any, services: Any) -> None:
    _deal(services, "华东电力", "周例会", _day(0))
    _deal(services, "华北银行", "补交资料", _day(-1))
    tray = FakeTray()
    first = _notice(qtbot, services, tray)
    first.check()
    settle(qtbot, first.runner)
    assert tray.messages == ["今天和逾期的日程共 2 项（其中逾期 1 项）。最早的：华北银行 · 补交资料"]
    assert services.prefs.extra[TOLD_ON_KEY] == TODAY.isoformat()
    again = _notice(qtbot, services, tray)  # a second start the same day
    again.check()
    settle(qtbot, again.runner)
    assert len(tray.messages) == 1
    tomorrow = _notice(qtbot, services, tray, _day(1))
    tomorrow.check()
    settle(qtbot, tomorrow.runner)
    assert len(tray.messages) == 2


def test_without_a_tray_the_notice_goes_to_the_status_bar(qtbot: Any, services: Any) -> None:
    _deal(services, "华东电力", "周例会", _day(0))
    notice = _notice(qtbot, services, None)
    notice.check()
    settle(qtbot, notice.runner)
    assert notice.status_bar.currentMessage().startswith("今天和逾期的日程共 1 项")


def test_the_notice_turned_off_in_the_settings_says_nothing(qtbot: Any, services: Any) -> None:
    _deal(services, "华东电力", "周例会", _day(0))
    services.prefs.extra[ENABLED_KEY] = False
    tray = FakeTray()
    notice = _notice(qtbot, services, tray)
    notice.check()
    settle(qtbot, notice.runner)
    assert tray.messages == [] and TOLD_ON_KEY not in services.prefs.extra


def test_the_agenda_speaks_english(english: None, qtbot: Any, services: Any) -> None:
    opp_id = _deal(services, "华东电力", "周例会", _day(-1))
    services.commercial.add_payment(opp_id, "首付款", "300000", due_date=_day(0))
    rows = _page(qtbot, services).rows()
    assert rows[0] == "Overdue (1)" and rows[2] == "Today (1)"
    assert "| Next step | 周例会 |" in rows[1] and "| Payment due | 首付款 |" in rows[3]


def test_the_notice_is_turned_off_in_the_settings_dialog(qtbot: Any, services: Any) -> None:
    from projdesk.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.agenda_notice.isChecked()  # on unless turned off
    dialog.agenda_notice.setChecked(False)
    dialog.save()
    assert services.prefs.extra[ENABLED_KEY] is False
    again = SettingsDialog(services)
    qtbot.addWidget(again)
    assert not again.agenda_notice.isChecked()


def test_a_renamed_user_sees_the_new_name_and_their_own_items(qtbot: Any, services: Any) -> None:
    services.opportunities.add("华北银行", "核心改造", owner="李娜")
    theirs = services.opportunities.list()[0].id
    services.opportunities.update(theirs, {"next_step": "报价", "next_date": _day(0)})
    _deal(services, "华东电力", "周例会", _day(0))
    page = _page(qtbot, services)
    assert page.mine_only.isChecked() and not any("报价" in line for line in page.rows())
    services.prefs.user_name = "李娜"
    page.refresh()
    settle(qtbot, page.runner)
    assert page.mine_only.text() == "只看我的（李娜）"
    assert any("报价" in line for line in page.rows()) and not any("周例会" in line for line in page.rows())


def test_ctrl_enter_completes_and_the_next_row_is_selected_for_the_next_one(
    qtbot: Any, services: Any
) -> None:
    from PySide6.QtCore import Qt

    _deal(services, "华北银行", "补交资料", _day(-3))
    _deal(services, "华东电力", "周例会", _day(0))
    page = _page(qtbot, services)
    _pick(page, "补交资料")
    page.tree.setFocus()
    assert "Ctrl+Enter" in page.done_button.toolTip()
    qtbot.keyClick(page.tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, page.runner)
    settle(qtbot, page.runner)
    assert not any("补交资料" in line for line in page.rows())
    selected = page.selected()
    assert selected is not None and selected.what == "周例会"
