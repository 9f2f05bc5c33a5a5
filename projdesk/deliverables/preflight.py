"""Pre-flight: before a customer document is made, what data it lacks and where to fill it.

:data:`NEEDS` is the one list of what each customer document prints and cannot do without.
:func:`preflight` finds the gaps in a built context; :func:`fill_gaps` puts the one placeholder
(【待填：招标编号】) where each gap is printed, so "generate anyway" never yields a blank that reads
as finished. Internal documents (initiation request, handover sheet) have no pre-flight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from projdesk import labels
from projdesk.deliverables.gaps import placeholder
from projdesk.domain.catalog import DOCUMENT_TITLES, STEPS
from projdesk.domain.errors import RuleRefused
from projdesk.domain.library import Library, valid_qualifications

__all__ = [
    "CUSTOMER_KINDS",
    "LIBRARY_TARGETS",
    "NEEDS",
    "Gap",
    "GapsFound",
    "Need",
    "Notice",
    "Preflight",
    "fill_gaps",
    "preflight",
]

Translate = labels.Translate


def _chinese(text: str) -> str:
    return text  # the documents' and the CLI's language: the labels as written


CUSTOMER_KINDS: tuple[str, ...] = ("research", "proposal", "solution", "bid", "slides", "contract")

# Where a gap is filled, for a click: "step:Q", a part of the library, or the contract tab; its
# words are labels.GAP_WHERE_TEXTS.
LIBRARY_TARGETS: tuple[str, ...] = (
    "library:company",
    "library:qualifications",
    "library:cases",
    "library:team",
    "library:after_sales",
    "contract",
)


@dataclass(frozen=True)
class Need:
    """A value a document prints: its context path, where it is filled, what it is called (a
    code of labels.GAP_TEXTS; the path unless two documents call one value differently).

    ``row`` is set for a list (a table): the key of the row's first column, where the placeholder
    row carries the gap when the list is empty.
    """

    path: str
    target: str  # "step:Q" or one of LIBRARY_TARGETS
    row: str = ""
    code: str = ""

    @property
    def label_code(self) -> str:
        return self.code or self.path


def _company(*keys: str) -> tuple[Need, ...]:
    return tuple(Need(f"company.{k}", "library:company") for k in keys)


_NAME = _company("name")
_FINDINGS = (Need("research.findings", "step:K"), Need("research.recommendations", "step:K"))
_QUOTE_LINES = Need("quote.lines", "step:P", row="item")
NEEDS: dict[str, tuple[Need, ...]] = {
    "research": (*_NAME, Need("research.research_dates", "step:K"), *_FINDINGS),
    "proposal": (*_FINDINGS, _QUOTE_LINES),
    "solution": (*_NAME, *_FINDINGS, _QUOTE_LINES),
    "slides": _NAME,
    "bid": (
        *_NAME,
        *_company(
            "intro",
            "legal_representative",
            "address",
            "phone",
            "bank",
            "bank_account",
            "tax_number",
            "tax_rate",
        ),
        Need("bid.tender_number", "step:Q"),
        Need("bid.bid_deadline", "step:Q"),
        Need("bid.procurement_method", "step:Q"),
        Need("bid.delivery_period", "step:Q"),
        Need("bid.warranty", "step:Q"),
        Need("quote.total", "step:P", code="bid.total"),
        Need("quote.total_words", "step:P", code="bid.total_words"),
        _QUOTE_LINES,
        Need("tech_deviations", "step:Q", row="text"),
        Need("library.qualifications", "library:qualifications", row="name"),
        Need("library.cases", "library:cases", row="project"),
        Need("library.team", "library:team", row="name"),
        Need("library.after_sales", "library:after_sales"),
    ),
    "contract": (
        Need("contract.party_b", "library:company"),
        Need("contract.number", "step:U"),
        Need("contract.amount", "contract"),
        Need("contract.amount_words", "contract"),
        Need("payments", "contract", row="milestone"),
        _QUOTE_LINES,
        Need("quote.total", "step:P"),
        Need("quote.total_words", "step:P"),
    ),
}


@dataclass(frozen=True)
class Gap:
    """What is missing (a code of labels.GAP_TEXTS and its parameters) and where it is filled:
    ``target`` for a click ("step:Q", "library:company", "contract"), ``section`` when the words
    say more than the target (the step's 招标要求)."""

    code: str
    target: str
    params: Mapping[str, str] = field(default_factory=dict)
    need: Need | None = None  # the value that shows the placeholder (None: the rows already do)
    section: str = ""  # a code of labels.GAP_WHERE_TEXTS; "" for the target's own

    @property
    def where_code(self) -> str:
        return self.section or ("step" if self.target.startswith("step:") else self.target)

    @property
    def where_params(self) -> dict[str, str]:
        if not self.target.startswith("step:"):
            return {}
        letter = self.target[5:]
        return {"letter": letter, "title": STEPS[letter].title}

    @property
    def label(self) -> str:
        """What is missing, as the placeholder prints it: 【待填：{label}】."""
        return self.label_text()

    @property
    def line(self) -> str:
        return self.line_text()

    def label_text(self, translate: Translate | None = None) -> str:
        """What is missing in words: Chinese, as the placeholder prints it, unless ``translate``."""
        return labels.gap_text(self.code, self.params, translate or _chinese)

    def where_text(self, translate: Translate | None = None) -> str:
        return labels.gap_where_text(self.where_code, self.where_params, translate or _chinese)

    def line_text(self, translate: Translate | None = None) -> str:
        return f"{self.label_text(translate)}（{self.where_text(translate)}）"


@dataclass(frozen=True)
class Notice:
    """A warning pre-flight gives (a code of labels.NOTE_TEXTS): the document is made regardless."""

    code: str
    params: Mapping[str, str] = field(default_factory=dict)

    def text(self, translate: Translate | None = None) -> str:
        return labels.note_text(self.code, self.params, translate or _chinese)

    def __str__(self) -> str:
        return self.text()


@dataclass(frozen=True)
class Preflight:
    kind: str
    gaps: list[Gap] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        """Each gap once, in Chinese, in the order the document prints them (the CLI's list)."""
        return list(dict.fromkeys(g.line for g in self.gaps))

    def distinct_gaps(self) -> list[Gap]:
        """Each gap once (a list's gap and its placeholder row name the same value)."""
        seen: set[tuple[str, str]] = set()
        out = []
        for gap in self.gaps:
            key = (gap.line_text(), gap.target)
            if key not in seen:
                seen.add(key)
                out.append(gap)
        return out


class GapsFound(RuleRefused):
    """A customer document asked for without ``allow_gaps`` while data is missing (exit 3)."""

    def __init__(self, check: Preflight) -> None:
        title = DOCUMENT_TITLES.get(check.kind, check.kind)
        super().__init__(labels.error_text("gaps_found", {"title": title}), check.lines)
        self.code = "gaps_found"
        self.params = {"title": title}
        self.check = check


def _get(context: dict[str, Any], path: str) -> Any:
    value: Any = context
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _set(context: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target = context
    for key in parents:
        target = target[key]
    target[last] = value


def _unanswered(context: dict[str, Any]) -> list[Gap]:
    rows = [*context.get("tech_deviations", []), *context.get("business_deviations", [])]
    return [
        Gap("clause_answer", "step:Q", {"clause": r["clause"]}, section="requirements")
        for r in rows
        if not r["response"]
    ]


def _unanswered_suggestions(context: dict[str, Any]) -> list[Gap]:
    """A suggestion of the customer's this proposal version does not answer (修订说明)."""
    letter = "M" if context.get("steps", {}).get("M", {}).get("feedback") else "L"
    return [
        Gap("change_answer", f"step:{letter}", {"number": r["no"]})
        for r in context.get("proposal", {}).get("revisions", [])
        if not r["answer"]
    ]


def preflight(kind: str, context: dict[str, Any], library: Library, on: dt.date) -> Preflight:
    """The gaps of ``kind`` made from ``context``, and warnings (an expired qualification)."""
    gaps = [
        Gap(need.label_code, need.target, need=need)
        for need in NEEDS.get(kind, ())
        if _get(context, need.path) in ("", None, [])
    ]
    warnings: list[Notice] = []
    if kind == "proposal":
        gaps += _unanswered_suggestions(context)
    if kind == "bid":
        gaps += _unanswered(context)
        _valid, expired = valid_qualifications(library, on)
        warnings = [
            Notice("qualification_expired", {"name": q.name, "date": f"{q.valid_until:%Y-%m-%d}"})
            for q in expired
        ]
    return Preflight(kind, gaps, warnings)


def fill_gaps(context: dict[str, Any], gaps: Sequence[Gap]) -> None:
    """Put the placeholder where each gap is printed (a list gets one row that carries it); an
    unanswered tender clause gets its own in its response and deviation cells."""
    for rows in (context.get("tech_deviations", []), context.get("business_deviations", [])):
        for r in rows:
            if not r["response"]:
                clause = {"clause": r["clause"]}
                r["response"] = placeholder(labels.gap_text("clause_answer", clause))
                r["deviation"] = placeholder(labels.gap_text("clause_deviation", clause))
    for r in context.get("proposal", {}).get("revisions", []):
        if not r["answer"]:
            r["answer"] = placeholder(labels.gap_text("change_answer", {"number": r["no"]}))
    for gap in gaps:
        need = gap.need
        if need is None:
            continue
        if need.row:
            _set(context, need.path, [_placeholder_row(need, gap.label_text())])
        else:
            _set(context, need.path, placeholder(gap.label_text()))


# The keys of an empty list's rows, for the one row that shows its gap: a template may print any.
_ROW_KEYS: dict[str, tuple[str, ...]] = {
    "quote.lines": ("no", "item", "brand", "model", "quantity", "unit", "unit_price", "total"),
    "payments": (
        "no",
        "milestone",
        "due_date",
        "ratio",
        "amount",
        "amount_capitals",
        "received_date",
        "received_amount",
    ),
    "tech_deviations": (
        "no",
        "clause",
        "mark",
        "starred",
        "category",
        "text",
        "response",
        "deviation",
        "explanation",
        "reference",
    ),
    "library.qualifications": ("no", "name", "number", "issuer", "valid_until"),
    "library.cases": ("no", "customer", "project", "year", "amount", "industry", "summary"),
    "library.team": ("no", "role", "name", "certificates"),
}


def _placeholder_row(need: Need, label: str) -> dict[str, str]:
    row = dict.fromkeys(_ROW_KEYS[need.path], "")
    row[need.row] = placeholder(label)
    return row
