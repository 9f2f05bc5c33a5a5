"""The material library (资料库): standard introductions and cases kept in the preferences."""

from __future__ import annotations

from projdesk.domain.catalog import INDUSTRIES
from projdesk.storage.settings import Preferences
from projdesk.ui.translatable import QT_TR_NOOP

# prefs.materials keys and what they hold; cases are kept per industry as "cases:<industry>".
TEXT_KEYS: dict[str, str] = {
    "company": QT_TR_NOOP("公司背景介绍"),
    "products": QT_TR_NOOP("产品介绍"),
    "services": QT_TR_NOOP("服务体系介绍"),
}
CASES_PREFIX = "cases:"
STEP_MATERIAL = {"D": "cases", "F": "company", "G": "products", "H": "services"}


def cases_key(industry: str) -> str:
    return CASES_PREFIX + industry


def material_for_step(prefs: Preferences, letter: str, industry: str) -> tuple[str, str] | None:
    """(title, text) to show beside step D/F/G/H; None for other steps."""
    kind = STEP_MATERIAL.get(letter)
    if kind is None:
        return None
    if kind != "cases":
        return TEXT_KEYS[kind], prefs.materials.get(kind, "")
    own = prefs.materials.get(cases_key(industry), "")
    if own:
        return f"{industry}行业案例", own  # notr: shown through tr() by the step pane
    others = [
        f"【{i}】{prefs.materials[cases_key(i)]}" for i in INDUSTRIES if prefs.materials.get(cases_key(i))
    ]
    return QT_TR_NOOP("同行业案例"), "\n".join(others)
