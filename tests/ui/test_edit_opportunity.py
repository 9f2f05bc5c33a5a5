"""编辑商机 and 删除商机 in the workspace header: every fact edited, kept, undone (#14)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from projdesk.storage.services import Services
from projdesk.ui.app import build_app
from projdesk.ui.workspace.opportunity_edit import HEADER_FIELDS, EditOpportunityDialog, header_values
from tests.ui.conftest import settle

TYPED = {
    "customer": "华东电网公司",
    "name": "调度平台二期",
    "amount": "150万",
    "budget": "1600000",
    "probability": "40",
    "expected_sign_date": "2027-03-31",
    "owner": "李娜",
    "project_lead": "刘洋",
    "next_step": "技术交流",
    "next_date": "2026-12-20",
    "source": "行业会议",
    "notes": "客户希望年底前立项",
}
STORED = {**TYPED, "amount": "1500000.00", "budget": "1600000.00"}


@pytest.fixture
def opened(qtbot: Any, db_path: Path) -> Iterator[Any]:
    """A function that opens the app on the database (as a user starting it), and closes them all."""
    made: list[tuple[Services, Any]] = []

    def open_app() -> tuple[Services, Any]:
        services = Services.open(db_path)
        services.ctx.prefs.user_name = "张伟"
        parts = build_app(services)
        window = parts.window
        qtbot.addWidget(window)
        window.resize(1500, 850)
        window.show()
        qtbot.waitExposed(window)
        made.append((services, window))
        return services, parts

    yield open_app
    for services, window in made:
        window.close()
        services.close()


def fill(values: dict[str, str]) -> Any:
    def answer(dialog: EditOpportunityDialog) -> int:
        for key, text in values.items():
            dialog.set_value(key, text)
        dialog.accept()
        return dialog.result()

    return answer


def test_each_header_field_edited_is_still_there_after_the_app_is_closed_and_opened_again(
    qtbot: Any, opened: Any, scripted_dialogs: Any
) -> None:
    services, parts = opened()
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    controller = parts.workspace
    controller.open(opp)
    scripted_dialogs.answer(fill(TYPED))
    with qtbot.waitSignal(controller.editor.saved, timeout=10000):
        parts.workspace.workspace.edit_button.click()
    assert (
        "华东电网公司" in parts.workspace.workspace.title.text()
        and "调度平台二期" in parts.workspace.workspace.title.text()
    )
    parts.window.close()
    services.close()

    services, parts = opened()
    parts.workspace.open(opp)
    assert header_values(services.opportunities.detail(opp)) == STORED
    assert (
        "李娜" in parts.workspace.workspace.facts.text()
        and "技术交流" in parts.workspace.workspace.facts.text()
    )
    dialog = EditOpportunityDialog(parts.workspace.workspace.detail)
    qtbot.addWidget(dialog)
    assert {key: dialog.value(key) for key, _ in HEADER_FIELDS} == STORED


def test_a_wrong_value_in_the_edit_dialog_is_told_in_place_and_nothing_is_written(
    qtbot: Any, opened: Any, scripted_dialogs: Any
) -> None:
    services, parts = opened()
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    parts.workspace.open(opp)
    seen: list[str] = []

    def answer(dialog: EditOpportunityDialog) -> int:
        dialog.set_value("amount", "很多")
        dialog.set_value("owner", "李娜")
        dialog.accept()
        seen.append(dialog.message.text() if dialog.message.isVisibleTo(dialog) else "")
        return dialog.result()

    scripted_dialogs.answer(answer)
    parts.workspace.workspace.edit_button.click()
    assert seen and "金额" in seen[0]
    summary = services.opportunities.summary(opp)
    assert summary.amount == Decimal("1200000.00") and summary.owner == "张伟"


def test_a_header_edit_is_undone_with_ctrl_z(qtbot: Any, opened: Any, scripted_dialogs: Any) -> None:
    services, parts = opened()
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    controller = parts.workspace
    controller.open(opp)
    scripted_dialogs.answer(fill({"probability": "60", "next_step": "报价"}))
    with qtbot.waitSignal(controller.editor.saved, timeout=10000):
        parts.workspace.workspace.edit_button.click()
    assert services.opportunities.summary(opp).probability == 60
    parts.actions.undo()
    settle(qtbot, parts.runner)  # undo runs on the write worker
    summary = services.opportunities.summary(opp)
    assert summary.next_step == "" and summary.probability == 5  # the stage's default again


def test_delete_an_opportunity_after_confirmation_and_ctrl_z_brings_it_back(
    qtbot: Any, opened: Any, scripted_dialogs: Any
) -> None:
    services, parts = opened()
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    controller = parts.workspace
    controller.open(opp)
    scripted_dialogs.answer(True)
    with qtbot.waitSignal(controller.editor.deleted, timeout=10000):
        parts.workspace.workspace.delete_button.click()
    assert ("yes_no", scripted_dialogs.asked[-1][1]) == scripted_dialogs.asked[-1]
    assert "调度自动化平台" in scripted_dialogs.asked[-1][1]
    assert services.opportunities.list() == []
    assert not controller.is_open()
    qtbot.waitUntil(lambda: opp not in parts.board.store, timeout=10000)  # the board heard it on the bus
    parts.actions.undo()
    settle(qtbot, parts.runner)  # undo runs on the write worker
    qtbot.waitUntil(controller.is_open, timeout=10000)
    assert [c.id for c in services.opportunities.list()] == [opp]
    qtbot.waitUntil(lambda: opp in parts.board.store, timeout=10000)


def test_delete_declined_changes_nothing(qtbot: Any, opened: Any, scripted_dialogs: Any) -> None:
    services, parts = opened()
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    parts.workspace.open(opp)
    scripted_dialogs.answer(False)
    parts.workspace.workspace.delete_button.click()
    assert [c.id for c in services.opportunities.list()] == [opp]
    assert parts.workspace.is_open()
