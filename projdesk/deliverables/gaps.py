"""The one way a document shows missing data: 【待填：招标编号】.

Every gap in a generated document reads the same and carries the character style
:data:`STYLE_NAME` (highlighted), so Word's find — by the text 【待填 or by the style — steps
through all of them, and none reads as if it were finished.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

__all__ = ["OPEN", "STYLE_NAME", "mark_placeholders", "placeholder"]

OPEN = "【待填："
CLOSE = "】"
STYLE_NAME = "待填"  # the character style every placeholder run gets
_PLACEHOLDER = re.compile(f"{OPEN}[^{CLOSE}]*{CLOSE}")


def placeholder(label: str) -> str:
    return f"{OPEN}{label}{CLOSE}"


def _style(document: Any) -> Any:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_COLOR_INDEX
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = document.styles
    for style in styles:
        if style.name == STYLE_NAME and style.type == WD_STYLE_TYPE.CHARACTER:
            return style
    style = styles.add_style(STYLE_NAME, WD_STYLE_TYPE.CHARACTER)
    style.font.highlight_color = WD_COLOR_INDEX.YELLOW  # Word's highlight
    style.font.bold = True
    # LibreOffice ignores a highlight in a character style; a shading shows in both.
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), "FFFF00")
    style.element.get_or_add_rPr().append(shading)
    return style


def _paragraphs(document: Any) -> Any:
    def of(container: Any) -> Any:
        yield from container.paragraphs
        for table in container.tables:
            for row in table.rows:
                for cell in row.cells:
                    yield from of(cell)

    yield from of(document)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not part.is_linked_to_previous:
                yield from of(part)


def _split(run: Any, style: Any) -> int:
    """Cut a run around its placeholders; each placeholder becomes a run of its own in ``style``."""
    from docx.text.run import Run

    text = run.text
    pieces: list[tuple[str, bool]] = []
    end = 0
    for match in _PLACEHOLDER.finditer(text):
        pieces.append((text[end : match.start()], False))
        pieces.append((match.group(), True))
        end = match.end()
    pieces.append((text[end:], False))
    pieces = [p for p in pieces if p[0]]
    if not any(is_gap for _, is_gap in pieces):
        return 0
    anchor = run._r
    for piece, is_gap in pieces:
        element = copy.deepcopy(run._r)
        anchor.addnext(element)
        anchor = element
        new = Run(element, run._parent)
        new.text = piece
        if is_gap:
            new.style = style
    run._r.getparent().remove(run._r)
    return sum(1 for _, is_gap in pieces if is_gap)


def mark_placeholders(path: Path) -> int:
    """Give every placeholder in the .docx at ``path`` the placeholder style; returns how many."""
    import docx

    document = docx.Document(str(path))
    style = None
    count = 0
    # The elements themselves, not their ids: lxml makes a new proxy per access and a freed
    # proxy's id is reused, so an id could stand for another paragraph (a merged cell repeats).
    seen: set[Any] = set()
    for paragraph in _paragraphs(document):
        if paragraph._p in seen or OPEN not in paragraph.text:
            continue
        seen.add(paragraph._p)
        style = style or _style(document)
        for run in list(paragraph.runs):
            if OPEN in run.text:
                count += _split(run, style)
    if count:
        document.save(str(path))
    return count
