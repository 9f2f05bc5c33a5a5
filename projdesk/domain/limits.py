"""The rules every stored value follows, whether it is typed in, imported from a sheet or read
from a colleague's snapshot: text lengths and characters, stages, statuses, step letters, and the
kinds of step fields. The services' writer and the snapshot reader both ask this module, so
anything the app can save it can export and import again, and nothing an import accepts can
later crash a list, a document or a report.

Each check returns ``None`` for a good value or a short Chinese phrase saying what is wrong;
the caller adds where the value came from (a field being typed, a table row in a file).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from projdesk.domain import slices
from projdesk.domain.catalog import (
    ACTIVITY_TYPES,
    ATTITUDES,
    DECISION_ROLES,
    DOCUMENT_KINDS,
    LOSS_REASONS,
    STAGES,
    STATUSES,
    STEPS,
    FieldKind,
)
from projdesk.domain.errors import InvalidInput, Problem
from projdesk.domain.money import MAX_AMOUNT
from projdesk.domain.registers import (
    CHANGE_STATUSES,
    COST_DIRECTIONS,
    LEVELS,
    MAX_SCHEDULE_DAYS,
    RISK_STATUSES,
)
from projdesk.domain.tender import CATEGORIES, MARKS, RESPONSES

# A pasted meeting transcript or a month of notes runs to some 100,000 characters; a million
# leaves room for any real paste while bounding what one value (and so one file) can weigh.
LONG_TEXT = 1_000_000
# The largest file one attachment may be (a scanned tender runs to some hundreds of megabytes).
MAX_ATTACHMENT_BYTES = 2 * 2**30
# The largest attachment whose bytes travel inside a snapshot: a reader holds one such file in
# memory to check (and decrypt) it, so a crafted file must not ask for more. Larger ones travel
# as their description, like any file over the sender's own limit.
MAX_SNAPSHOT_FILE_BYTES = 512 * 2**20
# What all of a snapshot's files may add up to (a snapshot is read only up to 4 GiB).
MAX_SNAPSHOT_FILES_BYTES = 3 * 2**30


@dataclass(frozen=True)
class TextRule:
    """How long a text may be and whether it may hold line breaks."""

    limit: int
    multiline: bool = False


LONG = TextRule(LONG_TEXT, multiline=True)
STEP_LINE = TextRule(LONG_TEXT)  # a one-line step field: no length of its own in the catalog

# Control characters (Unicode Cc), lone surrogates and the two XML non-characters: documents,
# sheets and the terminal cannot carry them. Tab is text; a newline only in multi-line fields.
_BAD_IN_LINE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_BAD_IN_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")

TEXT_KINDS = frozenset((FieldKind.TEXT, FieldKind.LONG_TEXT, FieldKind.CHOICE, FieldKind.PERSON))
STEP_STATUSES: tuple[str, ...] = ("not_started", "in_progress", "done", "skipped")
# A review's kind and outcome, by code; their words are projdesk.labels' REVIEW_*_TEXTS.
REVIEW_KINDS: tuple[str, ...] = ("proposal", "bid", "contract")
REVIEW_OUTCOMES: tuple[str, ...] = ("pending", "passed", "rejected")
STAGE_RANGE = (1, len(STAGES))
_POSITIVE = (1, 2**31 - 1)


def _line(limit: int) -> TextRule:
    return TextRule(limit)


# Per table, every text column. The short limits are the column lengths of the database schema
# (a test holds the two together); every long text column gets the same generous bound.
_META_TEXT = {"device": _line(40)}
TEXT_RULES: dict[str, dict[str, TextRule]] = {
    "customers": {
        "name": _line(200),
        "credit_code": _line(18),
        "industry": _line(40),
        "region": _line(40),
        "key_reasons": LONG,
        "address": _line(200),
        "notes": LONG,
    },
    "contacts": {
        "name": _line(80),
        "title": _line(80),
        "role": _line(20),
        "attitude": _line(10),
        "background": LONG,
        "phone": _line(40),
        "email": _line(120),
    },
    "opportunities": {
        "name": _line(200),
        "status": _line(10),
        "owner": _line(80),
        "project_lead": _line(80),
        "business_contact": _line(80),
        "next_step": _line(200),
        "source": _line(40),
        "support_needed": LONG,
        "risks": LONG,
        "procurement_method": _line(20),
        "notes": LONG,
    },
    "step_records": {"letter": _line(1), "status": _line(12)},
    "activities": {
        "type": _line(10),
        "step": _line(1),
        "people": _line(200),
        "content": LONG,
        "result": LONG,
        "next_action": _line(200),
        "owner": _line(80),
    },
    "competitors": {"name": _line(120), "offer": LONG, "strengths": LONG, "our_answer": LONG},
    "quotes": {"note": LONG},
    "quote_lines": {"item": _line(200), "brand": _line(80), "model": _line(120), "unit": _line(20)},
    "reviews": {"kind": _line(10), "reviewer": _line(80), "outcome": _line(10), "comments": LONG},
    "contracts": {
        "number": _line(60),
        "party_a": _line(200),
        "party_b": _line(200),
        "terms": LONG,
    },
    "payments": {"milestone": _line(80), "write_off_reason": LONG},
    "closings": {
        "outcome": _line(10),
        "reason_code": _line(20),
        "reason": LONG,
        "winner": _line(120),
        "overridden": LONG,
        "industry": _line(40),
        "products": LONG,
        "worked": LONG,
        "not_worked": LONG,
        "lessons": LONG,
        "tags": _line(200),
    },
    "documents": {"kind": _line(20), "file_path": LONG, "note": LONG},
    "risks": {
        "description": LONG,
        "probability": _line(10),
        "impact": _line(10),
        "response": LONG,
        "owner": _line(80),
        "status": _line(10),
        "close_note": LONG,
    },
    "change_requests": {
        "reason": LONG,
        "impact": LONG,
        "requested_by": _line(80),
        "status": _line(10),
        "cost_direction": _line(10),
        "risk_note": LONG,
        "assessed_by": _line(80),
        "decided_by": _line(80),
        "decision_note": LONG,
    },
    "tender_requirements": {
        "clause": _line(40),
        "text": LONG,
        "mark": _line(1),
        "category": _line(2),
        "response": _line(3),
        "explanation": LONG,
        "answered_in": _line(200),
    },
    "attachments": {
        "step": _line(1),
        "file_name": _line(255),
        "sha256": _line(64),
        "mime": _line(100),
        "note": LONG,
        "added_by": _line(80),
    },
    "history": {
        "entity": _line(20),
        "field": _line(60),
        "old": LONG,
        "new": LONG,
        "kind": _line(12),
        "reason": LONG,
        "actor": _line(80),
        "stamp": _line(80),
        "undoes": _line(36),
    },
}

# Fields whose value must be one of a known set (what the lists, documents and reports look up).
CHOICES: dict[str, dict[str, frozenset[str]]] = {
    "opportunities": {"status": frozenset(STATUSES)},
    "contacts": {"role": frozenset(("", *DECISION_ROLES)), "attitude": frozenset(ATTITUDES)},
    "step_records": {"letter": frozenset(STEPS), "status": frozenset(STEP_STATUSES)},
    "activities": {"type": frozenset(ACTIVITY_TYPES), "step": frozenset(("", *STEPS))},
    "reviews": {"kind": frozenset(REVIEW_KINDS), "outcome": frozenset(REVIEW_OUTCOMES)},
    "documents": {"kind": frozenset(DOCUMENT_KINDS)},
    "risks": {
        "probability": frozenset(LEVELS),
        "impact": frozenset(LEVELS),
        "status": frozenset(RISK_STATUSES),
    },
    "change_requests": {"status": frozenset(CHANGE_STATUSES), "cost_direction": frozenset(COST_DIRECTIONS)},
    "closings": {"outcome": frozenset(STATUSES), "reason_code": frozenset(("", *LOSS_REASONS))},
    "tender_requirements": {
        "mark": frozenset(MARKS),
        "category": frozenset(CATEGORIES),
        "response": frozenset(("", *RESPONSES)),
    },
    "attachments": {"step": frozenset(("", *STEPS))},
}

# Text fields with a fixed form: the 统一社会信用代码 (GB 32100) is 18 ASCII digits or capitals.
PATTERNS: dict[str, dict[str, tuple[re.Pattern[str], Problem]]] = {
    "customers": {"credit_code": (re.compile(r"[0-9A-Z]{18}"), Problem("credit_code_form"))},
    # An attachment's name is only shown and offered when saving a copy, never a path: no folder
    # separators, none of the characters Windows refuses in a name, not "." or "..".
    "attachments": {
        "file_name": (re.compile(r'(?!\.{1,2}\Z)[^/\\:*?"<>|\x00-\x1f]+'), Problem("file_name_form")),
        "sha256": (re.compile(r"[0-9a-f]{64}"), Problem("sha256_form")),
    },
}

# Integer fields and their inclusive range.
RANGES: dict[str, dict[str, tuple[int, int]]] = {
    "opportunities": {"stage": STAGE_RANGE, "probability": (0, 100)},
    "quotes": {"round": _POSITIVE},
    "quote_lines": {"position": _POSITIVE},
    "documents": {"version": _POSITIVE},
    "change_requests": {"number": _POSITIVE, "schedule_days": (-MAX_SCHEDULE_DAYS, MAX_SCHEDULE_DAYS)},
    "tender_requirements": {"position": _POSITIVE},
    "attachments": {"size": (0, MAX_ATTACHMENT_BYTES)},
}


def text_rule(table: str, field: str) -> TextRule | None:
    """The rule for a text column (``None``: not a text column this module knows)."""
    if field in _META_TEXT:
        return _META_TEXT[field]
    return TEXT_RULES.get(table, {}).get(field)


def bad_characters(rule: TextRule) -> re.Pattern[str]:
    """What may not appear in a text under ``rule`` (one search checks a whole column)."""
    return _BAD_IN_LINES if rule.multiline else _BAD_IN_LINE


def any_bad_characters(texts: Sequence[str], rule: TextRule) -> bool:
    """Whether any of the texts holds a character ``rule`` refuses, a slice at a time joined.

    Every refused character is unprintable, so a slice that ``isprintable()`` (a C loop that
    stops at the first unprintable one, faster than the regex) has none; only the others are
    searched. The space between the texts is printable and allowed everywhere."""
    search = bad_characters(rule).search
    for part in slices.slices(texts):
        joined = " ".join(part)
        if not joined.isprintable() and search(joined):
            return True
    return False


def texts_pass(texts: Sequence[str], rule: TextRule) -> bool:
    """Whether every text passes :func:`text_problem` (a whole column: its longest text, then
    its characters), the check a snapshot's columns and step fields share."""
    return slices.longest(texts) <= rule.limit and not any_bad_characters(texts, rule)


def text_problem(value: str, rule: TextRule) -> Problem | None:
    if len(value) > rule.limit:
        return Problem("too_long", {"limit": str(rule.limit), "length": str(len(value))})
    bad = bad_characters(rule).search(value)
    if bad is not None:
        char = bad.group()
        if char == "\n":
            return Problem("line_break")
        code = "control_character" if char < "\ud800" else "invalid_character"
        return Problem(code, {"char": f"{ord(char):04X}"})
    return None


def choice_problem(value: Any, allowed: frozenset[str]) -> Problem | None:
    if value in allowed:
        return None
    choices = "、".join(sorted(a for a in allowed if a))
    return Problem("not_allowed", {"allowed": choices}) if choices else Problem("only_empty_allowed")


def range_problem(value: Any, low: int, high: int) -> Problem | None:
    if type(value) is int and low <= value <= high:
        return None
    return Problem("out_of_range", {"low": str(low), "high": str(high)})


def field_problem(table: str, field: str, value: Any) -> Problem | None:
    """What is wrong with ``value`` for ``table.field`` (``None``: fine or not a ruled field)."""
    if value is None:
        return None
    rule = text_rule(table, field)
    if rule is not None and isinstance(value, str):
        problem = text_problem(value, rule)
        if problem is not None:
            return problem
    form = PATTERNS.get(table, {}).get(field)
    if form is not None and not (isinstance(value, str) and form[0].fullmatch(value)):
        return form[1]
    allowed = CHOICES.get(table, {}).get(field)
    if allowed is not None:
        problem = choice_problem(value, allowed)
        if problem is not None:
            return problem
    span = RANGES.get(table, {}).get(field)
    if span is not None:
        return range_problem(value, *span)
    return None


# What each kind of record is called: in a refused value's line and in the conflict list.
def normalised(value: Any) -> Any:
    """Line breaks as the app keeps them: text pasted from Windows or an old Mac holds \\r."""
    if isinstance(value, str) and "\r" in value:
        return value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def checked(table: str, field: str, value: Any, label: str | None = None) -> Any:
    """``value`` as it is stored (line breaks normalised in multi-line text), or InvalidInput
    with one line naming the field and what is wrong: the rule every typed value passes."""
    rule = text_rule(table, field)
    if rule is not None and rule.multiline:
        value = normalised(value)
    problem = field_problem(table, field, value)
    if problem is not None:
        if label:
            raise InvalidInput.coded("value_refused", field=label, problem=problem)
        raise InvalidInput.coded("column_value_refused", table=table, column=field, problem=problem)
    return value


# -- step-record values: the kinds the catalog gives each step's fields -----------------------

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"-?[0-9]{1,30}(?:\.[0-9]{1,30})?(?:E[+-]?[0-9]{1,4})?")


def _date_text(value: Any) -> bool:
    if type(value) is not str or not _ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _decimal(value: Any) -> Decimal | None:
    if type(value) is not str or not _DECIMAL.fullmatch(value):
        return None
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def step_value_problem(letter: str, key: str, value: Any) -> Problem | None:
    """What is wrong with a stored step field value (as JSON holds it: dates and money as text)."""
    spec = STEPS.get(letter)
    if spec is None:
        return Problem("bad_step_letter")
    field = next((f for f in spec.fields if f.key == key), None)
    if field is None:
        return Problem("unknown_step_field", {"letter": letter, "key": key})
    if value is None:
        return None
    kind = field.kind
    if kind is FieldKind.BOOL:
        return None if type(value) is bool else Problem("not_yes_no")
    if kind is FieldKind.DATE:
        return None if _date_text(value) else Problem("not_a_date")
    if kind in (FieldKind.MONEY, FieldKind.NUMBER):
        number = _decimal(value)
        if number is None:
            return Problem("not_a_number")
        if kind is FieldKind.MONEY and not 0 <= number <= MAX_AMOUNT:
            return Problem("amount_out_of_range", {"max": str(MAX_AMOUNT)})
        return None
    if type(value) is not str or kind not in TEXT_KINDS:
        return Problem("not_text")
    rule = LONG if kind is FieldKind.LONG_TEXT else STEP_LINE
    problem = text_problem(value, rule)
    if problem is None and kind is FieldKind.CHOICE and value not in field.choices:
        return choice_problem(value, frozenset(field.choices))
    return problem


def step_values_ok(letter: str, key: str, values: list[Any]) -> bool:
    """True when every value passes :func:`step_value_problem` for this step field, checked with
    C-level passes over the whole list (an import holds a value per step record). False may be
    too cautious: the caller then asks value by value, which is exact."""
    spec = STEPS.get(letter)
    field = next((f for f in spec.fields if f.key == key), None) if spec else None
    if field is None:
        return False
    present = [v for v in values if v is not None]
    if not present:
        return True
    types = slices.types_of(present)
    kind = field.kind
    if kind is FieldKind.BOOL:
        return types == {bool}
    if types != {str}:
        return False
    if kind is FieldKind.DATE:
        return all(map(_date_text, set(present)))  # a field holds few distinct dates
    if kind in (FieldKind.MONEY, FieldKind.NUMBER):
        if not slices.all_pass(_DECIMAL.fullmatch, present):
            return False
        return (
            kind is FieldKind.NUMBER
            or 0 <= min(map(Decimal, present)) <= max(map(Decimal, present)) <= MAX_AMOUNT
        )
    rule = LONG if kind is FieldKind.LONG_TEXT else STEP_LINE
    if not texts_pass(present, rule):
        return False
    return kind is not FieldKind.CHOICE or set(present) <= set(field.choices)
