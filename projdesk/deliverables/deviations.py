"""The 技术偏离表 and 商务偏离表: one row per recorded tender requirement and our answer to it.

Nothing here is assumed: a clause without an answer leaves its response and deviation empty
(the template prints the gap placeholder there), never "无偏离".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from projdesk.storage import dto

__all__ = ["deviation_context", "deviation_rows"]


def _row(no: int, r: dto.RequirementView) -> dict[str, str]:
    """A row as the templates print it (no, clause, mark, text, response, deviation, explanation,
    reference); an unanswered clause leaves response and deviation empty, which the templates
    print as the gap placeholder (and pre-flight lists)."""
    answered = bool(r.response)
    return {
        "no": str(no),
        "clause": r.clause,
        "mark": r.mark,
        "starred": "★" if r.mark == "★" else "",
        "category": r.category,
        "text": r.text,
        # What we offer against the clause (the bare verdict when no explanation was written),
        # and the verdict (响应/正偏离/负偏离/无偏离).
        "response": (r.explanation or r.response) if answered else "",
        "deviation": r.response,
        "explanation": r.explanation,
        "reference": r.answered_in,
    }


def deviation_rows(
    requirements: Sequence[dto.RequirementView], category: str | None = None
) -> list[dict[str, str]]:
    """The rows of one table (``category`` 技术 or 商务), or of every requirement (None)."""
    chosen = [r for r in requirements if category is None or r.category == category]
    return [_row(i, r) for i, r in enumerate(chosen, start=1)]


def deviation_context(requirements: Sequence[dto.RequirementView]) -> dict[str, Any]:
    return {
        "tech_deviations": deviation_rows(requirements, "技术"),
        "business_deviations": deviation_rows(requirements, "商务"),
    }
