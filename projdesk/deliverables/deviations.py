"""The 技术偏离表 and 商务偏离表: one row per recorded tender requirement and our answer to it.

Nothing here is assumed: a clause without an answer prints the gap placeholder in its response
and deviation cells, never "无偏离".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from projdesk.deliverables.gaps import placeholder
from projdesk.storage import dto

__all__ = ["deviation_context", "deviation_rows"]


def _row(no: int, r: dto.RequirementView) -> dict[str, str]:
    answered = bool(r.response)
    return {
        "no": str(no),
        "clause": r.clause,
        "mark": r.mark,
        "starred": r.mark,
        "category": r.category,
        "text": r.text,
        "requirement": r.text,
        # What we offer against the clause; the bare verdict when no explanation was written.
        "response": (r.explanation or r.response) if answered else placeholder(f"第{r.clause}条应答"),
        "deviation": r.response if answered else placeholder(f"第{r.clause}条偏离情况"),
        "where": r.answered_in,
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
