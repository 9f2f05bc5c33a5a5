"""Settings (saved through the services), the 客户 page's key-account flag, the 日志 page filters."""

from __future__ import annotations

from decimal import Decimal

from projdesk.ui.app import build_app
from projdesk.ui.common.runner import Runner
from projdesk.ui.pages.activities import ActivitiesPage
from projdesk.ui.pages.customers import CustomersPage
from tests.ui.conftest import settle


def test_settings_dialog_saves_threshold_in_wan_idle_days_and_the_library(qtbot, services, scripted_dialogs):
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)

    def fill(dialog):
        dialog.threshold.setText("300")
        dialog.idle_days[1].setValue(20)
        dialog.gates_block.setChecked(False)
        dialog.intro.setPlainText("公司在 17 个地市设有分支机构")
        dialog.company_fields["bank"].setText("中国工商银行济南高新支行")
        dialog.after_sales.setPlainText("30 分钟内响应\n\n4 小时到场")
        dialog.save()
        return dialog.result()

    scripted_dialogs.answer(fill)
    window.ui.actionSettings.trigger()
    prefs = services.prefs
    assert prefs.threshold == Decimal("3000000.00") and prefs.idle_days_for(1) == 20
    assert prefs.gates_block is False
    library = services.library.load()
    assert library.company.intro == "公司在 17 个地市设有分支机构"
    assert library.company.bank == "中国工商银行济南高新支行"
    assert library.after_sales == ("30 分钟内响应", "4 小时到场")


def test_settings_threshold_written_with_wan_is_not_multiplied_twice(qtbot, services, scripted_dialogs):
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)

    def fill(dialog):
        dialog.threshold.setText("300万")  # the field is in 万元: the unit says the same thing
        dialog.save()
        return dialog.result()

    scripted_dialogs.answer(fill)
    window.ui.actionSettings.trigger()
    assert services.prefs.threshold == Decimal("3000000.00")


def test_key_account_is_suggested_by_the_rules_and_set_when_confirmed(qtbot, services):
    opp = services.opportunities.add("江南银行", "数据中台", amount="800万")
    customer_id = services.opportunities.summary(opp).customer_id
    runner = Runner()
    page = CustomersPage(services, runner, lambda _id: None)
    qtbot.addWidget(page)
    page.show_customer(customer_id)
    page.suggest()
    assert "达到门槛" in page.reasons.text()
    assert not services.people.customer(customer_id).key_account  # only a suggestion so far
    page.mark_button.click()
    settle(qtbot, runner)  # written on the write worker; the page hears of it on the bus
    customer = services.people.customer(customer_id)
    assert customer.key_account and any("达到门槛" in r for r in customer.key_reasons)
    assert page.opportunities.rowCount() == 1
    assert page.list.item(0).text() == "★ 江南银行" and "达到门槛" in page.key_state.text()


def test_activities_page_filters_by_type_and_customer(qtbot, services):
    a = services.opportunities.add("江南银行", "数据中台")
    b = services.opportunities.add("滨海医院", "HIS")
    services.activities.add(a, type="拜访", content="拜访信息中心")
    services.activities.add(b, type="电话", content="电话约时间")
    runner = Runner()
    page = ActivitiesPage(services, runner, lambda _id: None)
    qtbot.addWidget(page)

    def column(number: int) -> list[str]:
        qtbot.waitUntil(lambda: page.runner.idle)  # the list is read as a query
        return [page.table.item(r, number).text() for r in range(page.table.rowCount())]

    page.refresh()
    settle(qtbot, runner)  # read on the read worker
    assert page.table.rowCount() == 2
    page.type.setCurrentIndex(page.type.findData("电话"))
    settle(qtbot, runner)
    assert [page.table.item(r, 2).text() for r in range(page.table.rowCount())] == ["滨海医院"]
    page.type.setCurrentIndex(0)
    page.customer.setText("江南")
    page.refresh()
    settle(qtbot, runner)
    assert [page.table.item(r, 6).text() for r in range(page.table.rowCount())] == ["拜访信息中心"]


def test_customers_page_lists_the_customers_when_shown_read_as_a_query(qtbot, services):
    services.opportunities.add("江南银行", "数据中台")
    services.opportunities.add("滨海医院", "HIS")
    page = CustomersPage(services, Runner(), lambda _id: None)
    qtbot.addWidget(page)
    assert page.list.count() == 0  # built at start, read only when shown
    page.show()
    qtbot.waitUntil(lambda: page.list.count() == 2)
    page.search.setText("滨海")
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert page.list.item(0).text() == "滨海医院"


def test_reminders_show_only_my_items_when_i_own_cards(qtbot, services):
    from projdesk.ui.reminders import RemindersPanel

    mine = services.opportunities.add("甲客户", "我的项目")
    theirs = services.opportunities.add("乙客户", "同事的项目", owner="李娜")
    for opp in (mine, theirs):
        services.opportunities.update(opp, {"next_step": "回访", "next_date": "2026-01-05"})
    runner = Runner()
    panel = RemindersPanel(services, runner)
    qtbot.addWidget(panel)
    assert panel.mine_only.isChecked()
    panel.refresh()
    settle(qtbot, runner)  # read on the read worker
    shown = " ".join(panel.texts())
    assert "我的项目" in shown and "同事的项目" not in shown
    panel.mine_only.setChecked(False)
    settle(qtbot, runner)
    assert "同事的项目" in " ".join(panel.texts())


def test_company_name_and_documents_folder_reach_the_documents(qtbot, services, scripted_dialogs, tmp_path):
    from projdesk.deliverables.service import generate
    from projdesk.ui.documents import documents_folder

    parts = build_app(services)

    window = parts.window
    qtbot.addWidget(window)

    def fill(dialog):
        dialog.company_name.setText("海岱数智科技股份有限公司")
        dialog.documents_folder.setText(str(tmp_path / "文档"))
        dialog.save()
        return dialog.result()

    scripted_dialogs.answer(fill)
    window.ui.actionSettings.trigger()
    assert documents_folder(services) == tmp_path / "文档"
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    services.commercial.add_quote(opp, [{"item": "服务器", "quantity": 1, "unit_price": "50000"}])
    doc = generate(services, opp, "bid", folder=tmp_path / "文档", allow_gaps=True)
    from docx import Document

    text = "\n".join(p.text for p in Document(str(doc.path)).paragraphs)
    assert "海岱数智科技股份有限公司" in text


def test_thousands_of_reminders_show_the_most_urgent_per_section_and_count_the_rest(qtbot, services):
    import datetime as dt

    from projdesk.storage.services.reminders import Reminder, Reminders
    from projdesk.ui.common.runner import Runner
    from projdesk.ui.reminders import SHOWN_PER_SECTION, RemindersPanel

    today = dt.date.today()
    late = [Reminder(f"o{n}", "客户", f"项目{n}", "回访", today, 3) for n in range(SHOWN_PER_SECTION + 40)]
    idle = [Reminder(f"i{n}", "客户", f"停滞{n}", "方案设计", today, 40) for n in range(5)]
    panel = RemindersPanel(services, Runner())
    qtbot.addWidget(panel)
    panel._show(Reminders(today, next_steps=late, idle=idle))
    heads = [panel.tree.topLevelItem(i) for i in range(3)]
    assert [h.text(0) for h in heads] == [
        f"今天该做和已逾期的下一步（{SHOWN_PER_SECTION + 40}）",
        "近期应收款（0）",
        "停滞的商机（5）",
    ]
    assert heads[0].childCount() == SHOWN_PER_SECTION + 1  # the most urgent, then one "……另有 40 项"
    assert "40" in heads[0].child(SHOWN_PER_SECTION).text(0)
    assert heads[0].child(0).foreground(3).color().name() == "#b3261e"  # overdue in red
    assert heads[2].childCount() == 5 and heads[2].child(0).text(3) == "本阶段已 40 天"
    assert panel.windowTitle() == f"提醒（{SHOWN_PER_SECTION + 45}）"


def test_settings_imports_a_library_file_and_a_bad_one_is_one_line_and_changes_nothing(
    qtbot, services, scripted_dialogs, tmp_path
):
    import datetime as dt

    from PySide6.QtWidgets import QPushButton

    from projdesk.deliverables.library_file import write_library_file
    from projdesk.demo.library import demo_library
    from projdesk.ui.settings_dialog import SettingsDialog

    good = write_library_file(demo_library(dt.date(2026, 12, 1)), tmp_path / "资料库.json")
    bad = tmp_path / "坏.json"
    bad.write_text('{"format": "projdesk-library", "version": 1, "cases": 3}', encoding="utf-8")
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    scripted_dialogs.answer(str(bad))
    dialog.findChild(QPushButton, "libraryImport").click()
    assert "“案例”应为列表" in dialog.message.text()
    assert dialog.collect_library().cases == ()
    scripted_dialogs.answer(str(good))
    dialog.findChild(QPushButton, "libraryImport").click()
    assert dialog.company_name.text() == "海岱数智科技股份有限公司"
    assert "案例 15 个" in dialog.library_summary.text()
    dialog.save()
    assert services.library.load() == demo_library(dt.date(2026, 12, 1))
