"""The menu bar, its keys, the tooltips that name them, the shortcut overview (F1) and the icons."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from projdesk.ui.app import build_app
from tests.ui.conftest import settle

MENUS = ["文件", "编辑", "视图", "商机", "文档", "报表", "同步", "帮助"]

# What each menu must hold (object names of the actions in forms/main_window.ui).
MENU_ACTIONS = {
    "文件": {"actionBackups", "actionImportLibrary", "actionExportLibrary", "actionSettings", "actionQuit"},
    "编辑": {"actionUndo", "actionRedo", "actionFind"},
    "视图": {
        "actionShowBoard",
        "actionShowCustomers",
        "actionShowActivities",
        "actionShowReports",
        "actionShowSync",
        "actionReminders",
    },
    "商机": {
        "actionNewOpportunity",
        "actionOpenOpportunity",
        "actionEditOpportunity",
        "actionQuickLog",
        "actionCloseDeal",
        "actionDeleteOpportunity",
        "actionCloseWorkspace",
    },
    "文档": {"actionBatchDocuments", "actionDocument_initiation", "actionDocument_bid", "actionDocument_log"},
    "报表": {"actionWeeklyReport", "actionExportWeekly", "actionImportSheet"},
    "同步": {"actionImportSnapshot", "actionExportSnapshot"},
    "帮助": {"actionShortcuts", "actionAbout"},
}


@pytest.fixture
def parts(qtbot: Any, services: Any) -> Any:
    built = build_app(services)
    qtbot.addWidget(built.window)
    built.window.show()
    settle(qtbot, built.runner)
    return built


def menus(window: Any) -> dict[str, QMenu]:
    from projdesk.ui.shortcuts_dialog import menu_title

    found = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            found[menu_title(menu)] = menu
    return found


def test_every_menu_exists_and_holds_its_actions(parts: Any) -> None:
    found = menus(parts.window)
    assert list(found) == MENUS
    for title, names in MENU_ACTIONS.items():
        held = {a.objectName() for a in found[title].actions() if not a.isSeparator()}
        assert names <= held, f"{title} lacks {names - held}"


def test_every_toolbar_action_is_in_a_menu(parts: Any) -> None:
    in_menus = {a for menu in menus(parts.window).values() for a in menu.actions()}
    for action in parts.window.ui.mainToolBar.actions():
        if action.isSeparator() or not action.text():
            continue  # the search box's widget action
        assert action in in_menus, action.text()


def test_standard_keys_follow_the_platform_and_ctrl_w_is_not_the_weekly_report(parts: Any) -> None:
    ui = parts.window.ui
    standard = QKeySequence.StandardKey
    for action, key in (
        (ui.actionNewOpportunity, standard.New),
        (ui.actionOpenOpportunity, standard.Open),
        (ui.actionUndo, standard.Undo),
        (ui.actionRedo, standard.Redo),
        (ui.actionFind, standard.Find),
        (ui.actionQuit, standard.Quit),
        (ui.actionCloseWorkspace, standard.Close),
        (ui.actionShortcuts, standard.HelpContents),
    ):
        assert action.shortcuts() == QKeySequence.keyBindings(key), action.text()
    assert QKeySequence("Ctrl+W") not in ui.actionWeeklyReport.shortcuts()
    assert ui.actionWeeklyReport.shortcut() == QKeySequence("Ctrl+Shift+W")
    assert ui.actionShortcuts.shortcut() == QKeySequence("F1")


def test_no_two_actions_or_shortcuts_share_a_key_in_one_context(parts: Any, qtbot: Any) -> None:
    parts.workspace.workspace  # the workspace page and its shortcuts exist too  # noqa: B018
    seen: dict[tuple[str, int, str], str] = {}
    window = parts.window
    for action in window.findChildren(QAction):
        if not action.isVisible():
            continue  # a hidden action's keys are off (Qt)
        for key in action.shortcuts():
            owner = action.parent()
            scope = (
                "window" if action.shortcutContext() != Qt.ShortcutContext.WidgetShortcut else str(id(owner))
            )
            where = (key.toString(), action.shortcutContext().value, scope)
            assert where not in seen, f"{key.toString()}: {seen[where]} and {action.text()}"
            seen[where] = action.text() or action.objectName()
    for shortcut in window.findChildren(QShortcut):
        key = shortcut.key().toString()
        if not key:
            continue
        taken = [text for (k, _ctx, _scope), text in seen.items() if k == key]
        assert not taken, f"{key}: a QShortcut of {shortcut.parent().objectName()} and {taken}"


def test_tooltips_carry_shortcuts(parts: Any) -> None:
    ui = parts.window.ui
    assert ui.actionQuickLog.toolTip() == "记录日志 (Ctrl+L)"
    assert ui.actionWeeklyReport.toolTip() == "周报 (Ctrl+Shift+W)"
    assert ui.actionBatchDocuments.toolTip() == "批量生成文档 (Ctrl+Shift+G)"
    for action in ui.mainToolBar.actions():
        if action.isSeparator() or not action.text() or action.shortcut().isEmpty():
            continue
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert action.toolTip().endswith(f"({key})"), action.toolTip()
    nav = ui.navList
    assert [nav.item(i).toolTip() for i in range(nav.count())] == [
        "看板 (Ctrl+1)",
        "客户 (Ctrl+2)",
        "日志 (Ctrl+3)",
        "日程 (Ctrl+4)",
        "报表 (Ctrl+5)",
        "同步 (Ctrl+6)",
    ]


def test_f1_opens_the_overview_listing_every_menu_action_and_its_key(
    parts: Any, scripted_dialogs: Any
) -> None:
    from projdesk.ui.shortcuts_dialog import ShortcutsDialog

    shown: list[dict[str, dict[str, str]]] = []

    def read(dialog: ShortcutsDialog) -> int:
        tree = dialog.tree
        shown.append(
            {
                tree.topLevelItem(i).text(0): {
                    tree.topLevelItem(i).child(j).text(0): tree.topLevelItem(i).child(j).text(1)
                    for j in range(tree.topLevelItem(i).childCount())
                }
                for i in range(tree.topLevelItemCount())
            }
        )
        return 0

    scripted_dialogs.answer(read)
    parts.window.ui.actionShortcuts.trigger()
    assert ("dialog", "ShortcutsDialog") in scripted_dialogs.asked
    [overview] = shown
    assert list(overview) == MENUS
    assert overview["商机"]["记录日志"] == "Ctrl+L"
    assert overview["报表"]["周报"] == "Ctrl+Shift+W"
    assert overview["帮助"]["快捷键一览"] == "F1"
    assert overview["编辑"]["撤销"] == "Ctrl+Z"
    assert overview["编辑"]["重做"] in {"Ctrl+Y", "Ctrl+Shift+Z"}  # the board's redo of moves
    for title, menu in menus(parts.window).items():
        visible = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        assert len(overview[title]) == len(visible)


def test_page_actions_switch_pages_also_from_the_workspace(parts: Any, services: Any) -> None:
    opp_id = services.opportunities.add(customer="华东电力", name="调度系统")
    parts.workspace.open(opp_id)
    assert parts.workspace.is_open()
    parts.window.ui.actionShowReports.trigger()
    assert parts.window.ui.pages.currentWidget() is parts.reports.parentWidget()
    parts.window.ui.actionShowBoard.trigger()
    assert parts.window.ui.pages.currentIndex() == 0


def test_open_and_close_the_selected_opportunity_from_the_menu(parts: Any, services: Any, qtbot: Any) -> None:
    opp_id = services.opportunities.add(customer="华东电力", name="调度系统")
    parts.board.refresh([opp_id])
    settle(qtbot, parts.runner)
    assert parts.board.select(opp_id)
    parts.window.ui.actionOpenOpportunity.trigger()
    assert parts.workspace.open_id() == opp_id
    parts.window.ui.actionCloseWorkspace.trigger()
    assert not parts.workspace.is_open()


def test_menu_without_a_chosen_opportunity_says_what_to_choose(parts: Any) -> None:
    parts.window.ui.actionEditOpportunity.trigger()
    assert parts.window.statusBar().currentMessage() == "请先在看板上选中或打开一个商机"


def test_document_menu_generates_the_kind_for_the_open_opportunity(
    qtbot: Any, parts: Any, services: Any, scripted_dialogs: Any
) -> None:
    opp_id = services.opportunities.add(customer="华东电力", name="调度系统")
    parts.workspace.open(opp_id)
    asked: list[tuple[str, str]] = []
    parts.workspace.deliverable_requested.connect(lambda o, k: asked.append((o, k)))
    [action] = [
        a for a in parts.window.ui.menuDocuments.actions() if a.objectName() == "actionDocument_research"
    ]
    action.trigger()
    assert asked == [(opp_id, "research")]
    # The generation ends here, not after the test (its gaps question would meet a closing window).
    settle(qtbot, parts.runner)
    assert ("dialog", "PreflightDialog") in scripted_dialogs.asked  # a new opportunity has gaps


def test_icons_load_from_the_installed_package(parts: Any) -> None:
    import projdesk
    from projdesk.ui.common import icons

    assert icons.FOLDER.is_relative_to(__import__("pathlib").Path(projdesk.__file__).parent)
    for name in icons.ICONS:
        assert not icons.icon(name).isNull(), name
        assert not icons.icon(name).pixmap(24).isNull(), name
        assert not icons.pixmap(name, 16).isNull(), name
    assert (icons.FOLDER / "LICENSE").is_file()
    window = parts.window
    assert not window.windowIcon().isNull()
    for action in window.ui.mainToolBar.actions():
        if action.text() and not action.isSeparator():
            assert not action.icon().isNull(), action.text()
    nav = window.ui.navList
    assert all(not nav.item(i).icon().isNull() for i in range(nav.count()))


def test_unknown_icon_name_is_refused() -> None:
    from projdesk.ui.common import icons

    with pytest.raises(KeyError):
        icons.icon("no-such-icon")


def test_icons_are_package_data_so_the_wheel_carries_them() -> None:
    """An installed wheel has only what package-data names (checked by hand: a built wheel holds
    projdesk/resources/icons/*, and icons load from it in a fresh venv)."""
    import fnmatch
    import tomllib
    from pathlib import Path

    from projdesk.ui.common import icons

    root = Path(__file__).resolve().parents[2]
    patterns = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["projdesk"]
    package = root / "projdesk"
    for file, _color in icons.ICONS.values():
        relative = (icons.FOLDER / f"{file}.svg").relative_to(package).as_posix()
        assert any(fnmatch.fnmatch(relative, pattern) for pattern in patterns), relative
    for extra in ("LICENSE", "README.md"):
        assert any(fnmatch.fnmatch(f"resources/icons/{extra}", p) for p in patterns)


def test_step_states_are_drawn_with_their_icons(parts: Any, services: Any) -> None:
    opp_id = services.opportunities.add(customer="华东电力", name="调度系统")
    parts.workspace.open(opp_id)
    workspace = parts.workspace.workspace
    assert not workspace.step_pane.status_icon.pixmap().isNull()
    for item in workspace.step_list.items.values():
        assert not item.icon(0).isNull()
        assert item.data(0, Qt.ItemDataRole.AccessibleTextRole) in {
            "not_started",
            "in_progress",
            "done",
            "skipped",
        }


def test_about_names_the_version_and_the_icons_licence(parts: Any, scripted_dialogs: Any) -> None:
    from projdesk import __version__

    parts.window.ui.actionAbout.trigger()
    [(kind, text)] = scripted_dialogs.asked
    assert kind == "inform" and __version__ in text and "Lucide" in text


def test_library_export_from_the_file_menu_asks_where_in_the_settings_library_tab(
    parts: Any, scripted_dialogs: Any
) -> None:
    parts.window.ui.actionExportLibrary.trigger()
    assert scripted_dialogs.asked[0] == ("save", "导出资料库")
    assert ("dialog", "SettingsDialog") in scripted_dialogs.asked


def test_quit_closes_the_window(parts: Any) -> None:
    assert parts.window.isVisible()
    parts.window.ui.actionQuit.trigger()
    assert not parts.window.isVisible()
