"""The bid's own section titles, numbered as Word numbers them (一、 / （一）), for the 投标文件位置
of each tender answer: a 偏离表 row then points at a heading the reader finds in the same file.

The headings are read from the bid template in use (a company's own, else the built-in one): its
Heading 1 and Heading 2 paragraphs, numbered by the one multi-level list bound to those styles
(docs: FIELD-NOTES, LibreOffice renders 一、/（一） correctly). A heading filled in per document
(a library chapter's ``{{ ch.title }}``) has no fixed title and is not listed.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["bid_sections", "chinese_number", "section_reference"]

_DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 21 → 二十一 (the headings' numbers, 1–99)."""
    if not 0 < n < 100:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def section_reference(part: int, section: int, title: str) -> str:
    """How a 偏离表 names a section: 四（三）产品与技术方案 (part 4, its section 3)."""
    return f"{chinese_number(part)}（{chinese_number(section)}）{title}"


@lru_cache(maxsize=8)
def _sections(path: str, modified: float) -> tuple[str, ...]:
    import docx

    out: list[str] = []
    part = section = 0
    for paragraph in docx.Document(path).paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        title = paragraph.text.strip()
        if style == "Heading 1":
            part, section = part + 1, 0
            if title and "{" not in title:
                out.append(f"{chinese_number(part)}、{title}")
        elif style == "Heading 2" and part:
            section += 1
            if title and "{" not in title:
                out.append(section_reference(part, section, title))
    return tuple(out)


def bid_sections(template: Path) -> list[str]:
    """The numbered section titles of the bid template at ``template``, in order."""
    return list(_sections(str(template), template.stat().st_mtime))
