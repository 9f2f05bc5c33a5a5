"""The tender's requirements (招标要求) and our answer to each, as plain data.

Step Q holds one record per clause of the tender: its number, its text, its mark (★ a clause
whose 负偏离 usually disqualifies the bid, ▲ an important one) and whether it is 技术 or 商务.
Our answer is one of :data:`RESPONSES`, an explanation and where in our bid it is answered. A
clause without an answer is never printed as compliant: the deviation tables show the one gap
placeholder there, and an unanswered ★ clause keeps step S (submission) from completing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from projdesk.domain.errors import InvalidInput

__all__ = [
    "CATEGORIES",
    "MARKS",
    "RESPONSES",
    "RequirementDraft",
    "parse_pasted",
    "split_mark",
    "unanswered_starred",
]

RESPONSES: tuple[str, ...] = ("响应", "正偏离", "负偏离", "无偏离")
MARKS: tuple[str, ...] = ("", "★", "▲")
CATEGORIES: tuple[str, ...] = ("技术", "商务")
STAR = "★"

# Marks as tenders type them: the black star, and the look-alikes a pasted text brings.
_MARK_ALIASES = {"★": "★", "☆": "★", "*": "★", "＊": "★", "▲": "▲", "△": "▲"}
# A clause number at the start of a line: 3.2.1, 3.2.1、, (5), （5）, 第5条; ASCII digits only.
_CLAUSE = re.compile(
    r"^(?:第(?P<nth>[0-9]{1,4})条|[(（](?P<par>[0-9]{1,4})[)）]|(?P<dot>[0-9]{1,4}(?:\.[0-9]{1,4}){0,4}))"
    r"(?:[、.．:：\s]+|(?=[^0-9.]))",
    re.ASCII,
)
# A heading line that opens the business or technical part of a pasted tender.
_SECTION = re.compile(
    r"^[一二三四五六七八九十]*[、.．]?\s*(?P<cat>商务|技术)(?:要求|部分|条款|需求|参数)?[:：]?$"
)
CLAUSE_LIMIT = 40


@dataclass(frozen=True)
class RequirementDraft:
    """One clause as read from a tender, before it is stored."""

    clause: str
    text: str
    mark: str = ""
    category: str = "技术"


def split_mark(text: str) -> tuple[str, str]:
    """(mark, text without it): a ★/▲ in front of the clause or its number."""
    stripped = text.strip()
    if stripped[:1] in _MARK_ALIASES:
        return _MARK_ALIASES[stripped[0]], stripped[1:].strip()
    return "", stripped


def normal_mark(raw: str) -> str:
    """A mark cell's text (★, *, ▲, 是/重要) as one of :data:`MARKS`."""
    value = raw.strip()
    if not value:
        return ""
    for ch in value:
        if ch in _MARK_ALIASES:
            return _MARK_ALIASES[ch]
    return ""


def _clause_and_text(line: str) -> tuple[str, str]:
    match = _CLAUSE.match(line)
    if match is None:
        return "", line
    number = match.group("nth") or match.group("par") or match.group("dot") or ""
    return number, line[match.end() :].strip()


def parse_pasted(text: str) -> list[RequirementDraft]:
    """Requirements pasted as lines: ``★3.2 要求…``, one a line.

    A line reading 商务要求 / 二、技术要求 switches the category of the lines after it (技术 until
    then). A line without a number is numbered by its place in the list. Raises InvalidInput
    when no requirement is found.
    """
    drafts: list[RequirementDraft] = []
    category = CATEGORIES[0]
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        section = _SECTION.match(line)
        if section is not None:
            category = section.group("cat")
            continue
        mark, rest = split_mark(line)
        clause, body = _clause_and_text(rest)
        if not mark:  # the mark may follow the number: 3.2 ★要求
            mark, body = split_mark(body)
        if not body:
            continue
        drafts.append(RequirementDraft(clause, body, mark, category))
    if not drafts:
        raise InvalidInput.coded("requirements_none_found")
    return number_clauses(drafts)


def number_clauses(drafts: Sequence[RequirementDraft]) -> list[RequirementDraft]:
    """Every clause gets a key unique in the list: a missing number becomes its place, and a
    number that a clause of the other category already uses is prefixed (商务1), since tenders
    number their technical and business tables from 1 each."""
    seen: set[str] = set()
    out = []
    for place, d in enumerate(drafts, start=1):
        clause = d.clause.strip()[:CLAUSE_LIMIT] or str(place)
        if clause in seen:
            clause = f"{d.category}{clause}"[:CLAUSE_LIMIT]
        suffix = 2
        base = clause
        while clause in seen:
            clause = f"{base}-{suffix}"
            suffix += 1
        seen.add(clause)
        out.append(RequirementDraft(clause, d.text.strip(), d.mark, d.category))
    return out


def check_response(response: str) -> str:
    value = response.strip()
    if value not in RESPONSES:
        raise InvalidInput.coded("requirement_bad_response", value=value, allowed="、".join(RESPONSES))
    return value


class Answerable(Protocol):
    """What the rule needs of a stored requirement."""

    clause: str
    mark: str
    response: str


def unanswered_starred(requirements: Iterable[Answerable]) -> list[str]:
    """The ★ clauses that have no response yet, in their order."""
    return [r.clause for r in requirements if r.mark == STAR and not r.response]
