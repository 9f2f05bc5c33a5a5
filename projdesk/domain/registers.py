"""The method's project-management registers: risks (风险管理) and change requests (变更管理).

Values are stored as codes; projdesk.labels words them. A risk's level follows the usual
probability × impact matrix, so "open high risks" means the same on the board, in the weekly
summary and in the CLI.
"""

from __future__ import annotations

from decimal import Decimal

# Low / medium / high, for a risk's probability and its impact (weights for the matrix).
LEVELS: dict[str, int] = {"low": 1, "medium": 2, "high": 3}
RISK_STATUSES: tuple[str, ...] = ("open", "closed")
# A change request is requested, then assessed (cost, schedule, risk), then decided.
CHANGE_STATUSES: tuple[str, ...] = ("requested", "assessed", "approved", "rejected")
CHANGE_DECISIONS: tuple[str, ...] = ("approved", "rejected")
# The contract amount goes up or down by the change's cost (snapshots carry money unsigned).
COST_DIRECTIONS: tuple[str, ...] = ("increase", "decrease")
MAX_SCHEDULE_DAYS = 3650  # a change that moves the schedule by more than ten years is a typo


def risk_level(probability: str, impact: str) -> str:
    """high when the product of the two weights is 6 or more, medium from 3, else low."""
    score = LEVELS[probability] * LEVELS[impact]
    if score >= 6:
        return "high"
    return "medium" if score >= 3 else "low"


# The (probability, impact) pairs of level high, for queries that count them in SQL.
HIGH_PAIRS: tuple[tuple[str, str], ...] = ()


def is_open_high(status: str, probability: str, impact: str) -> bool:
    return status == "open" and risk_level(probability, impact) == "high"


HIGH_PAIRS = tuple((p, i) for p in LEVELS for i in LEVELS if risk_level(p, i) == "high")


def signed_cost(cost: Decimal | None, direction: str) -> Decimal:
    """The change's effect on the contract amount, negative for a decrease."""
    value = cost or Decimal("0.00")
    return -value if direction == "decrease" else value


# A risk as one line of the weekly summary's 风险与问题, and back when that sheet is imported:
# 【高】description. The level word is the one projdesk.labels gives (kept here: the sheet is
# Chinese whatever the interface language).
_LEVEL_MARKS = {"high": "高", "medium": "中", "low": "低"}
_MARK_LEVELS = {mark: level for level, mark in _LEVEL_MARKS.items()}


def one_line(text: str) -> str:
    return " ".join(text.split())


def risk_line(level: str, description: str) -> str:
    return f"【{_LEVEL_MARKS[level]}】{one_line(description)}"


def parse_risk_lines(cell: str) -> list[tuple[str, str]]:
    """(level, description) for each line of a 风险与问题 cell; unmarked lines are medium."""
    found = []
    for raw in cell.splitlines():
        line = raw.strip()
        if not line:
            continue
        level = "medium"
        if len(line) > 3 and line[0] == "【" and line[2] == "】" and line[1] in _MARK_LEVELS:
            level, line = _MARK_LEVELS[line[1]], line[3:].strip()
        if line:
            found.append((level, line))
    return found
