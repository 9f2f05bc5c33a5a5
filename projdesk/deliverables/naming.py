"""File names of generated documents: ``客户_项目_调研报告_v2.docx``."""

from __future__ import annotations

import re

from projdesk.deliverables.context import KIND_TITLES

__all__ = ["document_file_name", "sanitise"]

# Characters Windows (and so a colleague's share) refuses in file names, plus control characters.
_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def sanitise(part: str, limit: int = 60) -> str:
    """One name part safe on Windows, macOS and Linux; never empty."""
    cleaned = " ".join(_ILLEGAL.sub("-", part).split())
    cleaned = cleaned.strip(". -")[:limit].strip(". -")
    if not cleaned or cleaned.upper() in _RESERVED:
        cleaned = f"_{cleaned}" if cleaned else "未命名"
    return cleaned


def file_suffix(kind: str) -> str:
    """What a document of ``kind`` is: the slides a PowerPoint file, every other a Word file."""
    return ".pptx" if kind == "slides" else ".docx"


def document_file_name(customer: str, project: str, kind: str, version: int) -> str:
    suffix = file_suffix(kind)
    title = KIND_TITLES.get(kind, kind)
    return f"{sanitise(customer)}_{sanitise(project)}_{title}_v{version}{suffix}"
