"""The English translation: every UI string is translatable, translated, and the files are current."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from projdesk.domain.catalog import ACTIVITY_TYPES, STAGES, STATUSES, STEPS
from projdesk.ui.app import RESOURCES, build_app

ROOT = Path(__file__).resolve().parents[2]
TS = RESOURCES / "translations" / "projdesk_en.ts"
QM = RESOURCES / "translations" / "projdesk_en.qm"
PLACEHOLDER = re.compile(r"%(?:\d|[sdn])")


def _tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_no_ui_text_bypasses_tr() -> None:
    check_tr = _tool("check_tr")
    found = [line for path in check_tr.ui_sources() for line in check_tr.problems(path)]
    assert found == []


def test_every_string_is_translated_with_its_placeholders() -> None:
    messages = _messages(TS)
    assert len(messages) > 400
    unfinished = [src for _, src, m in messages if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []
    for context, source, message in messages:
        english = message.findtext("translation") or ""
        assert english.strip(), (context, source)
        assert not re.search(r"[\u4e00-\u9fff]", english) or "(" in english or "万" in english, source
        assert sorted(PLACEHOLDER.findall(english)) == sorted(PLACEHOLDER.findall(source)), source


def test_committed_ts_holds_every_string_of_the_sources(tmp_path: Path) -> None:
    """A fresh lupdate finds nothing the committed .ts lacks (run tools/update_translations.py)."""
    update = _tool("update_translations")
    fresh = tmp_path / "fresh.ts"
    update.lupdate(fresh, quiet=True)
    wanted = {(c, s) for c, s, _ in _messages(fresh)}
    committed = {(c, s) for c, s, _ in _messages(TS)}
    assert wanted - committed == set()
    assert committed - wanted == set()  # no stale entries either


def test_method_terms_cover_the_catalog() -> None:
    """Widgets translate catalog names at run time; lupdate only sees them in method_terms.py."""
    sources = {s for _, s, _ in _messages(TS)}
    names = {st.name for st in STAGES} | {sp.title for sp in STEPS.values()}
    labels = {f.label for sp in STEPS.values() for f in sp.fields}
    assert names | labels | set(STATUSES.values()) | set(ACTIVITY_TYPES) <= sources


def test_committed_qm_matches_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / "check.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(TS), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == QM.read_bytes(), "run tools/update_translations.py and commit the .qm"


def test_main_window_speaks_english(english: None, qtbot: Any, services: Any) -> None:
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    window.show()
    nav = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert nav == ["Board", "Customers", "Activity log", "Agenda", "Reports", "Sync"]
    actions = {a.text() for a in window.ui.mainToolBar.actions() if a.text()}
    assert {
        "New opportunity",
        "Log activity",
        "Import snapshot",
        "Export snapshot",
        "Weekly report",
    } <= actions
    assert window.search.placeholderText().startswith("Search customers")
    # Module-level tr() helpers and catalog terms find their English through the context fallback.
    assert QCoreApplication.translate("Workspace", "申请立项") == "Initiation request (申请立项)"
    assert QCoreApplication.translate("ColumnWidget", "申请立项") == "Initiation"
    assert QCoreApplication.translate("ReportsPage", "导出报价日志") == "Export quote log"
    assert QCoreApplication.translate("Workspace", "not a known text") == "not a known text"


def test_chinese_stays_the_default(qtbot: Any, services: Any) -> None:
    """Without the English translator the same window shows the Chinese source text."""
    parts = build_app(services)
    window = parts.window
    qtbot.addWidget(window)
    assert window.ui.navList.item(0).text() == "看板"


def test_language_choice_env_then_preference(monkeypatch: pytest.MonkeyPatch, services: Any) -> None:
    from projdesk.ui.language import ENV_VAR, PREF_KEY, chosen_language

    monkeypatch.delenv(ENV_VAR, raising=False)
    assert chosen_language(services.prefs) is None  # the system's language
    services.prefs.extra[PREF_KEY] = "en"
    assert chosen_language(services.prefs) == "en"
    monkeypatch.setenv(ENV_VAR, "zh_CN")
    assert chosen_language(services.prefs) == "zh_CN"


def test_settings_dialog_saves_the_language_for_next_start(qtbot: Any, services: Any) -> None:
    from projdesk.ui.language import PREF_KEY
    from projdesk.ui.settings_dialog import SettingsDialog

    services.prefs.user_name = "张伟"
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.language_note.isVisible()  # applied on the next start, and the dialog says so
    dialog.save()
    assert services.prefs.extra[PREF_KEY] == "en"
