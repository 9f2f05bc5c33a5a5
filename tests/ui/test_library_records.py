"""设置 › 资质、案例、章节、团队: the library's records edited in the GUI, on the runner, with undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from projdesk.domain.library import Case, CompanyProfile, Library, Qualification
from projdesk.ui.common.runner import Runner
from projdesk.ui.library_records import LibraryRecords
from tests.ui.conftest import settle


def fill(values: dict[str, str]) -> Any:
    """A scripted answer for the record form: type ``values``, then 确定."""

    def answer(dialog: Any) -> int:
        for key, text in values.items():
            widget = dialog.fields[key]
            if hasattr(widget, "findData"):
                widget.setCurrentIndex(widget.findData(text))
            elif hasattr(widget, "setPlainText"):
                widget.setPlainText(text)
            else:
                widget.setText(text)
        return 1

    return answer


@pytest.fixture
def records(services: Any, qtbot: Any) -> tuple[LibraryRecords, Runner]:
    services.library.save(
        Library(
            company=CompanyProfile(name="海岱数智科技股份有限公司"),
            cases=(Case("省电力公司", "调度数据网改造", 2024, Decimal("3860000.00"), "电力"),),
        )
    )
    runner = Runner()
    widget = LibraryRecords(services, runner)
    qtbot.addWidget(widget)
    return widget, runner


def test_library_record_added_in_the_gui_persists_and_undo_takes_it_back(
    services: Any, records: tuple[LibraryRecords, Runner], qtbot: Any, scripted_dialogs: Any
) -> None:
    widget, runner = records
    scripted_dialogs.answer(
        fill(
            {
                "name": "CS4 等级证书",
                "number": "CS4-3701-000218",
                "issuer": "联合会",
                "valid_until": "2028-08-12",
            }
        )
    )
    widget.add("qualifications")
    settle(qtbot, runner)
    assert services.library.load().qualifications == (
        Qualification("CS4 等级证书", "CS4-3701-000218", "联合会", dt.date(2028, 8, 12)),
    )
    assert widget.tables["qualifications"].rowCount() == 1
    assert services.library.load().company.name == "海岱数智科技股份有限公司"  # the rest untouched
    widget.undo()
    settle(qtbot, runner)
    assert services.library.load().qualifications == ()
    assert widget.tables["qualifications"].rowCount() == 0
    assert not widget.undo_button.isEnabled()


def test_a_case_edited_in_the_gui_persists_with_its_amount_and_industry(
    services: Any, records: tuple[LibraryRecords, Runner], qtbot: Any, scripted_dialogs: Any
) -> None:
    widget, runner = records
    widget.tables["cases"].selectRow(0)
    scripted_dialogs.answer(fill({"project": "调度数据网安全防护改造", "amount": "386万", "year": "2025"}))
    widget.edit("cases")
    settle(qtbot, runner)
    [case] = services.library.load().cases
    assert (case.project, case.amount, case.year, case.industry) == (
        "调度数据网安全防护改造",
        Decimal("3860000.00"),
        2025,
        "电力",
    )
    widget.tables["cases"].selectRow(0)
    widget.delete("cases")
    settle(qtbot, runner)
    assert services.library.load().cases == ()
    widget.undo()
    settle(qtbot, runner)
    assert [c.project for c in services.library.load().cases] == ["调度数据网安全防护改造"]


def test_a_bad_record_value_is_refused_by_its_field_and_nothing_is_saved(
    services: Any, records: tuple[LibraryRecords, Runner], qtbot: Any, scripted_dialogs: Any
) -> None:
    widget, runner = records
    before = services.library.load()
    cancel = 0
    scripted_dialogs.answer(fill({"project": "新项目", "year": "二〇二五"}), None, cancel)
    widget.add("cases")
    settle(qtbot, runner)
    warned = [text for kind, text in scripted_dialogs.asked if kind == "warn"]
    assert warned == ["案例的“年份”应为四位年份（1949–2100）"]
    assert services.library.load() == before


def test_a_chapter_added_in_the_gui_names_its_products(
    services: Any, records: tuple[LibraryRecords, Runner], qtbot: Any, scripted_dialogs: Any
) -> None:
    widget, runner = records
    scripted_dialogs.answer(
        fill(
            {"title": "运维服务", "kind": "service", "products": "运维、巡检", "text": "7×24 小时服务热线。"}
        )
    )
    widget.add("chapters")
    settle(qtbot, runner)
    [chapter] = services.library.load().chapters
    assert (chapter.title, chapter.kind, chapter.products) == ("运维服务", "service", ("运维", "巡检"))


def test_saving_the_settings_keeps_the_records_edited_in_the_records_tab(
    services: Any, qtbot: Any, scripted_dialogs: Any
) -> None:
    from projdesk.ui.settings_dialog import LIBRARY_RECORDS_TAB, SettingsDialog

    runner = Runner()
    dialog = SettingsDialog(services, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show_tab(LIBRARY_RECORDS_TAB)
    assert dialog.tabs.currentWidget() is dialog.records
    scripted_dialogs.answer(fill({"role": "项目经理", "name": "王建华", "certificates": "PMP"}))
    dialog.records.add("team")
    settle(qtbot, runner)
    dialog.company_name.setText("海岱数智科技股份有限公司")
    dialog.save()
    library = services.library.load()
    assert [m.name for m in library.team] == ["王建华"]
    assert library.company.name == "海岱数智科技股份有限公司"
