"""The material library (资料库) beside steps D/F/G/H: the standard introductions and the cases."""

from __future__ import annotations

from projdesk.domain.catalog import INDUSTRIES
from projdesk.domain.library import Chapter, Library, cases_for
from projdesk.ui.translatable import QT_TR_NOOP

# Which part of the library each step of stage 1–2 draws on (method: D 借鉴资料, F/G/H 介绍).
STEP_MATERIAL = {"D": "cases", "F": "company", "G": "products", "H": "services"}
TITLES: dict[str, str] = {
    "company": QT_TR_NOOP("公司背景介绍"),
    "products": QT_TR_NOOP("产品介绍"),
    "services": QT_TR_NOOP("服务体系介绍"),
}


def _chapters(chapters: list[Chapter]) -> str:
    return "\n\n".join(f"【{c.title}】\n{c.text}" for c in chapters)


def material_for_step(library: Library, letter: str, industry: str) -> tuple[str, str] | None:
    """(title, text) to show beside step D/F/G/H; None for other steps."""
    kind = STEP_MATERIAL.get(letter)
    if kind is None:
        return None
    if kind == "company":
        return TITLES[kind], library.company.intro
    if kind in ("products", "services"):
        wanted = "product" if kind == "products" else "service"
        return TITLES[kind], _chapters([c for c in library.chapters if c.kind == wanted])
    cases = cases_for(library, industry, limit=20)
    lines = "\n".join(
        f"【{c.industry}】{c.customer} {c.project}" + (f"（{c.year}）" if c.year else "") for c in cases
    )
    if industry in INDUSTRIES and any(c.industry == industry for c in cases):
        return f"{industry}行业案例", lines  # notr: shown through tr() by the step pane
    return QT_TR_NOOP("同行业案例"), lines
