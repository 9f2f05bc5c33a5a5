"""The one way a document shows missing data: 【待填：招标编号】, highlighted on a run of its own.

The templates print one placeholder style for a value that is needed but blank (招标编号,
法定代表人…), and the context prints the same one (:func:`placeholder`). After rendering, every
placeholder is split into a run of its own that carries the character style :data:`STYLE_NAME`
and a yellow highlight (shaded too: LibreOffice ignores a character style's highlight), so a
reader sees each gap at a glance and Word's find — by the text 【待填 or by the style — steps
through all of them; the text around it keeps its formatting.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

__all__ = ["CLOSE", "GAP_PATTERN", "OPEN", "STYLE_NAME", "highlight_gaps", "mark_placeholders", "placeholder"]

OPEN = "【待填："
CLOSE = "】"
STYLE_NAME = "待填"  # the character style every placeholder run gets
GAP_PATTERN = re.compile(f"{OPEN}[^{CLOSE}]*{CLOSE}")
_SPLIT = re.compile(f"({OPEN}[^{CLOSE}]*{CLOSE})")


def placeholder(label: str) -> str:
    """The placeholder a missing value prints: ``placeholder("招标编号")`` is 【待填：招标编号】."""
    return f"{OPEN}{label}{CLOSE}"


def _style_id(document: Any) -> str:
    """The id of the placeholder character style, added to ``document`` when it has none."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_COLOR_INDEX

    styles = document.styles
    for style in styles:
        if style.name == STYLE_NAME and style.type == WD_STYLE_TYPE.CHARACTER:
            return str(style.style_id)
    style = styles.add_style(STYLE_NAME, WD_STYLE_TYPE.CHARACTER)
    style.font.highlight_color = WD_COLOR_INDEX.YELLOW  # Word's highlight
    style.font.bold = True
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), "FFFF00")
    style.element.get_or_add_rPr().append(shading)
    return str(style.style_id)


def _rpr(run: Any) -> Any:
    rpr = run.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        run.insert(0, rpr)
    return rpr


def _is_marked(run: Any, style_id: str) -> bool:
    rpr = run.find(qn("w:rPr"))
    ref = rpr.find(qn("w:rStyle")) if rpr is not None else None
    return ref is not None and ref.get(qn("w:val")) == style_id


def _mark(run: Any, style_id: str) -> None:
    """The placeholder style (first in the run's properties) and a direct yellow highlight."""
    rpr = _rpr(run)
    for old in rpr.findall(qn("w:rStyle")) + rpr.findall(qn("w:highlight")):
        rpr.remove(old)
    ref = OxmlElement("w:rStyle")
    ref.set(qn("w:val"), style_id)
    rpr.insert(0, ref)
    mark = OxmlElement("w:highlight")
    mark.set(qn("w:val"), "yellow")
    rpr.append(mark)


def _split(run: Any, style_id: str) -> int:
    texts = run.findall(qn("w:t"))
    content = [child for child in run if child.tag != qn("w:rPr")]
    if len(texts) != 1 or len(content) != 1 or not GAP_PATTERN.search(texts[0].text or ""):
        return 0
    if _is_marked(run, style_id) and GAP_PATTERN.fullmatch(texts[0].text or ""):
        return 1  # marked already
    pieces = [piece for piece in _SPLIT.split(texts[0].text or "") if piece]
    anchor = run
    for piece in pieces:
        new = copy.deepcopy(run)
        t = new.find(qn("w:t"))
        t.text = piece
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if GAP_PATTERN.fullmatch(piece):
            _mark(new, style_id)
        anchor.addnext(new)
        anchor = new
    run.getparent().remove(run)
    return sum(1 for piece in pieces if GAP_PATTERN.fullmatch(piece))


def highlight_gaps(document: Any) -> int:
    """Mark every placeholder in the body, headers and footers of a python-docx ``document``;
    returns how many."""
    parts = [document.element.body]
    # The header and footer parts that exist (asking a section for one would create it).
    for rel in document.part.rels.values():
        if rel.reltype.endswith(("/header", "/footer")) and not rel.is_external:
            parts.append(rel.target_part.element)
    runs = [run for part in parts for run in list(part.iter(qn("w:r")))]
    if not any(OPEN in "".join(t.text or "" for t in run.iter(qn("w:t"))) for run in runs):
        return 0
    style_id = _style_id(document)
    return sum(_split(run, style_id) for run in runs)


def mark_placeholders(path: Path) -> int:
    """Mark every placeholder in the .docx at ``path`` (see :func:`highlight_gaps`); returns how many."""
    import docx

    document = docx.Document(str(path))
    count = highlight_gaps(document)
    if count:
        document.save(str(path))
    return count
