"""文档组装: which of the library's parts a document carries, and in what order.

By default a document takes the chapters about what the opportunity offers, the cases of the
customer's industry, every valid qualification and the whole team (:func:`default_parts`). The
user may review that choice before generating (the GUI's 文档组装 dialog, the CLI's
``--chapters``/``--cases``/``--qualifications``/``--team``): an :class:`Assembly` names the parts
of each group to print, in the order to print them. The choice is data, handed to the context;
nothing is stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from projdesk.domain.errors import InvalidInput
from projdesk.domain.library import Case, Chapter, Library, Qualification, TeamMember, cases_for, chapters_for

__all__ = [
    "ASSEMBLED_KINDS",
    "GROUPS",
    "Assembly",
    "Candidate",
    "Parts",
    "candidates",
    "choose_parts",
    "default_parts",
    "split_names",
]

# The documents assembled from the library's chapters and cases (the others print none).
ASSEMBLED_KINDS: tuple[str, ...] = ("bid", "proposal", "solution", "slides")
GROUPS: tuple[str, ...] = ("chapters", "cases", "qualifications", "team")


@dataclass(frozen=True)
class Assembly:
    """The parts chosen per group, by name and in order; ``None``: the group's default choice.

    Names are a chapter's title, a case's project, a qualification's name, a member's name.
    """

    chapters: tuple[str, ...] | None = None
    cases: tuple[str, ...] | None = None
    qualifications: tuple[str, ...] | None = None
    team: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Parts:
    """What a document prints from the library, in order."""

    chapters: list[Chapter]
    cases: list[Case]
    qualifications: list[Qualification]
    team: list[TeamMember]


@dataclass(frozen=True)
class Candidate:
    """One part the 文档组装 view lists: its group, name, a short description, whether the
    default choice takes it."""

    group: str
    name: str
    detail: str
    chosen: bool


def split_names(text: str) -> tuple[str, ...]:
    """``"产品介绍,服务体系"`` (ASCII or full-width commas) as names; an empty text names none."""
    return tuple(name.strip() for name in text.replace("，", ",").split(",") if name.strip())


def default_parts(library: Library, offered: Sequence[str], industry: str, on: dt.date) -> Parts:
    return Parts(
        chapters_for(library, offered),
        cases_for(library, industry),
        [q for q in library.qualifications if not q.expired(on)],
        list(library.team),
    )


T = TypeVar("T")


def _pick(group: str, pool: Sequence[T], name: Callable[[T], str], names: Sequence[str]) -> list[T]:
    by_name = {name(item): item for item in reversed(pool)}  # the first of two same names wins
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise InvalidInput.coded(
            "assembly_part_unknown", part=group, name=unknown[0], known="、".join(by_name) or "—"
        )
    return [by_name[n] for n in dict.fromkeys(names)]


def choose_parts(
    library: Library, assembly: Assembly | None, offered: Sequence[str], industry: str, on: dt.date
) -> Parts:
    """The parts a document prints: the default choice, group by group replaced by the user's.
    An expired qualification is never printed, chosen or not (pre-flight warns about it)."""
    parts = default_parts(library, offered, industry, on)
    if assembly is None:
        return parts
    return Parts(
        parts.chapters
        if assembly.chapters is None
        else _pick("chapters", library.chapters, lambda c: c.title, assembly.chapters),
        parts.cases
        if assembly.cases is None
        else _pick("cases", library.cases, lambda c: c.project, assembly.cases),
        parts.qualifications
        if assembly.qualifications is None
        else [
            q
            for q in _pick(
                "qualifications", library.qualifications, lambda q: q.name, assembly.qualifications
            )
            if not q.expired(on)
        ],
        parts.team if assembly.team is None else _pick("team", library.team, lambda m: m.name, assembly.team),
    )


def candidates(library: Library, offered: Sequence[str], industry: str, on: dt.date) -> list[Candidate]:
    """Every part of the library, group by group: the default choice first (checked, in its
    order), then the rest (unchecked); an expired qualification is not offered."""
    chosen = default_parts(library, offered, industry, on)
    out: list[Candidate] = []

    def add(
        group: str,
        picked: Sequence[T],
        pool: Sequence[T],
        name: Callable[[T], str],
        detail: Callable[[T], str],
    ) -> None:
        rest = [item for item in pool if item not in picked]
        out.extend(Candidate(group, name(i), detail(i), True) for i in picked)
        out.extend(Candidate(group, name(i), detail(i), False) for i in rest)

    add("chapters", chosen.chapters, library.chapters, lambda c: c.title, lambda c: "、".join(c.products))
    add(
        "cases",
        chosen.cases,
        library.cases,
        lambda c: c.project,
        lambda c: " ".join(p for p in (c.customer, str(c.year or ""), c.industry) if p),
    )
    add("qualifications", chosen.qualifications, chosen.qualifications, lambda q: q.name, lambda q: q.number)
    add("team", chosen.team, library.team, lambda m: m.name, lambda m: m.role)
    return out
