"""Where a document kind's template is: the company folder first, then the built-in one."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from projdesk.deliverables.context import KIND_TITLES
from projdesk.deliverables.naming import file_suffix
from projdesk.domain.errors import InvalidInput

__all__ = ["KINDS", "TemplateRef", "builtin_folder", "find_template", "template_names"]

KINDS: tuple[str, ...] = (
    "initiation",
    "research",
    "proposal",
    "solution",
    "bid",
    "contract",
    "handover",
    "slides",
)


def builtin_folder() -> Path:
    """``resources/templates`` beside the package (or inside a PyInstaller bundle)."""
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return root / "resources" / "templates"


@dataclass(frozen=True)
class TemplateRef:
    kind: str
    path: Path
    company: bool  # from the company folder: untrusted, rendered with a time limit


def template_names(kind: str) -> list[str]:
    """File names a template for ``kind`` may have: ``bid.docx`` or ``投标书.docx``."""
    suffix = file_suffix(kind)
    return [kind + suffix, KIND_TITLES[kind] + suffix]


def find_template(kind: str, company_folder: str | Path | None = None) -> TemplateRef:
    if kind not in KINDS:
        raise InvalidInput.coded("document_kind_unknown", value=kind, allowed="、".join(KINDS))
    if company_folder:
        folder = Path(company_folder).expanduser()
        for name in template_names(kind):
            candidate = folder / name
            if candidate.is_file():
                return TemplateRef(kind, candidate, company=True)
    path = builtin_folder() / template_names(kind)[0]
    if not path.is_file():
        raise InvalidInput.coded("builtin_template_missing", path=path)
    return TemplateRef(kind, path, company=False)
