"""Missing values in a generated Word file: each 【待填：…】 placeholder highlighted on its own run.

The templates print one placeholder style for a value that is needed but blank (招标编号,
法定代表人…). After rendering, every placeholder is split into a run of its own and highlighted,
so a reader sees each gap at a glance and Word's find (【待填) steps through them; the text
around it keeps its formatting.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

__all__ = ["GAP_PATTERN", "highlight_gaps"]

GAP_PATTERN = re.compile(r"【待填：[^】]*】")
_SPLIT = re.compile(r"(【待填：[^】]*】)")


def _highlight(run: Any) -> None:
    rpr = run.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        run.insert(0, rpr)
    mark = OxmlElement("w:highlight")
    mark.set(qn("w:val"), "yellow")
    rpr.append(mark)


def _split(run: Any) -> int:
    texts = run.findall(qn("w:t"))
    content = [child for child in run if child.tag != qn("w:rPr")]
    if len(texts) != 1 or len(content) != 1 or not GAP_PATTERN.search(texts[0].text or ""):
        return 0
    pieces = [piece for piece in _SPLIT.split(texts[0].text or "") if piece]
    anchor = run
    for piece in pieces:
        new = copy.deepcopy(run)
        t = new.find(qn("w:t"))
        t.text = piece
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if GAP_PATTERN.fullmatch(piece):
            _highlight(new)
        anchor.addnext(new)
        anchor = new
    run.getparent().remove(run)
    return sum(1 for piece in pieces if GAP_PATTERN.fullmatch(piece))


def highlight_gaps(document: Any) -> int:
    """Highlight every placeholder in the body, headers and footers; returns how many."""
    parts = [document.element.body]
    # The header and footer parts that exist (asking a section for one would create it).
    for rel in document.part.rels.values():
        if rel.reltype.endswith(("/header", "/footer")) and not rel.is_external:
            parts.append(rel.target_part.element)
    return sum(_split(run) for part in parts for run in list(part.iter(qn("w:r"))))
