"""One store for every card on the board, filtered into the ten columns in one Python pass.

Plain Python (no Qt): the column models only hold the ids this store hands them.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from projdesk.domain.catalog import STAGES
from projdesk.domain.pinyin import pinyin_line
from projdesk.storage.summary import OpportunitySummary

CLOSED_STATUSES = ("won", "lost", "on_hold")
# How a column can be ordered besides its default (the most recently changed card first).
SORTS = ("next_date", "amount", "idle")
PinyinTexts = dict[str, tuple[OpportunitySummary, str]]  # card id -> (the card read, its search text)
_ZERO = Decimal(0)


@dataclass
class BoardFilter:
    """What the user narrowed the board to; ``shown_statuses`` adds closed cards to the open ones."""

    search: str = ""
    owner: str = ""
    industry: str = ""
    region: str = ""
    key_only: bool = False
    overdue_only: bool = False
    shown_statuses: set[str] = field(default_factory=set)
    sorts: dict[int, str] = field(default_factory=dict)  # stage -> a SORTS key; absent: newest first

    def to_state(self) -> dict[str, object]:
        """What persists between runs (not the search text)."""
        return {
            "owner": self.owner,
            "industry": self.industry,
            "region": self.region,
            "key_only": self.key_only,
            "overdue_only": self.overdue_only,
            "shown_statuses": sorted(self.shown_statuses),
            "sorts": {str(number): key for number, key in sorted(self.sorts.items())},
        }

    def choices(self) -> dict[str, object]:
        """What a saved filter keeps: the narrowing choices with the search text, not the sorting."""
        state = self.to_state()
        del state["sorts"]
        return {**state, "search": self.search}

    def take_choices(self, other: BoardFilter) -> None:
        """Narrow like ``other`` (a saved filter): everything but the columns' order."""
        self.search, self.owner, self.industry, self.region = (
            other.search,
            other.owner,
            other.industry,
            other.region,
        )
        self.key_only, self.overdue_only = other.key_only, other.overdue_only
        self.shown_statuses = set(other.shown_statuses)

    @classmethod
    def from_state(cls, state: dict[str, object]) -> BoardFilter:
        statuses = state.get("shown_statuses") or []
        sorts = state.get("sorts")
        return cls(
            search=str(state.get("search") or ""),
            sorts={
                int(number): key
                for number, key in sorts.items()
                if str(number).isascii() and str(number).isdigit() and key in SORTS
            }
            if isinstance(sorts, dict)
            else {},
            owner=str(state.get("owner") or ""),
            industry=str(state.get("industry") or ""),
            region=str(state.get("region") or ""),
            key_only=bool(state.get("key_only")),
            overdue_only=bool(state.get("overdue_only")),
            shown_statuses={s for s in statuses if s in CLOSED_STATUSES}
            if isinstance(statuses, list)
            else set(),
        )


@dataclass
class ColumnStats:
    count: int = 0
    total: Decimal = _ZERO
    flagged: int = 0  # overdue or idle longer than the stage allows


@dataclass
class BoardView:
    """The result of one filter pass: ids per column (stage 1 first) and their header figures."""

    columns: list[list[str]]
    stats: list[ColumnStats]

    @property
    def shown(self) -> int:
        return sum(s.count for s in self.stats)


class BoardStore:
    """All cards by id, kept newest-first per stage; ``apply`` filters them into columns."""

    def __init__(self, idle_days: Callable[[int], int]) -> None:
        self._idle_days = idle_days
        self._cards: dict[str, OpportunitySummary] = {}
        self._search_text: dict[str, str] = {}
        self._by_stage: dict[int, list[str]] = {s.number: [] for s in STAGES}
        # Whether every card's search text carries its pinyin: not at start-up (pypinyin takes
        # 0.2 s to import and ~1 s at 10,000 cards), but before the first search needs it.
        self.pinyin_ready = False
        self.today = dt.date.today()

    def __len__(self) -> int:
        return len(self._cards)

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._cards

    def get(self, card_id: str) -> OpportunitySummary | None:
        return self._cards.get(card_id)

    def cards(self) -> Iterable[OpportunitySummary]:
        return self._cards.values()

    def replace(self, cards: Iterable[OpportunitySummary], *, pinyin: bool = False) -> None:
        """Every card anew; ``pinyin``: index the pinyin now too (off the GUI thread)."""
        self._cards = {}
        self._search_text = {}
        self.pinyin_ready = pinyin
        self.today = dt.date.today()
        for card in cards:
            self._index(card)
        by_stage: dict[int, list[str]] = {s.number: [] for s in STAGES}
        for card in sorted(self._cards.values(), key=_newest_first):
            by_stage[card.stage].append(card.id)
        self._by_stage = by_stage

    def copy_empty(self) -> BoardStore:
        """A new store with the same idle rule, to fill off the GUI thread and then ``adopt``."""
        return BoardStore(self._idle_days)

    def adopt(self, other: BoardStore) -> None:
        """Take ``other``'s cards at once: the models and the delegate keep this store."""
        self._cards, self._search_text, self._by_stage = other._cards, other._search_text, other._by_stage
        self.today, self.pinyin_ready = other.today, other.pinyin_ready

    def pinyin_texts(self) -> PinyinTexts:
        """Every card's search text with its pinyin (pure Python: it runs on the read worker
        over a copy of the cards; :meth:`take_pinyin` hands the result back)."""
        return {c.id: (c, _search_text(c, pinyin=True)) for c in list(self._cards.values())}

    def take_pinyin(self, texts: PinyinTexts) -> None:
        """Adopt texts made by :meth:`pinyin_texts`; a card changed meanwhile is indexed anew."""
        for card_id, card in self._cards.items():
            made = texts.get(card_id)
            fresh = made is not None and made[0] is card
            self._search_text[card_id] = made[1] if made and fresh else _search_text(card, pinyin=True)
        self.pinyin_ready = True

    def ensure_pinyin(self) -> None:
        """Index the pinyin here and now when it is not yet (a search typed before it arrived)."""
        if not self.pinyin_ready:
            self.take_pinyin(self.pinyin_texts())

    def upsert(self, cards: Iterable[OpportunitySummary]) -> set[int]:
        """Add or change cards; returns the stages whose columns changed."""
        stages: set[int] = set()
        for card in cards:
            old = self._cards.get(card.id)
            if old is not None:
                self._by_stage[old.stage].remove(card.id)
                stages.add(old.stage)
            self._index(card)
            self._insert(card)
            stages.add(card.stage)
        return stages

    def remove(self, ids: Iterable[str]) -> set[int]:
        """Forget cards (deleted elsewhere); returns the stages whose columns changed."""
        stages: set[int] = set()
        for card_id in ids:
            card = self._cards.pop(card_id, None)
            self._search_text.pop(card_id, None)
            if card is not None:
                self._by_stage[card.stage].remove(card_id)
                stages.add(card.stage)
        return stages

    def _index(self, card: OpportunitySummary) -> None:
        self._cards[card.id] = card
        self._search_text[card.id] = _search_text(card, pinyin=self.pinyin_ready)

    def _insert(self, card: OpportunitySummary) -> None:
        """Into its stage's newest-first list; a changed card is usually the newest, so look from the top."""
        column = self._by_stage[card.stage]
        key = _newest_first(card)
        cards = self._cards
        position = 0
        while position < len(column) and _newest_first(cards[column[position]]) < key:
            position += 1
        column.insert(position, card.id)

    def distinct(self, attribute: str) -> list[str]:
        """Sorted distinct non-empty values of a card attribute (for the filter lists)."""
        return sorted({v for c in self._cards.values() if (v := getattr(c, attribute))})

    def is_idle(self, card: OpportunitySummary) -> bool:
        return card.status == "open" and card.days_in_stage(self.today) > self._idle_days(card.stage)

    def apply(
        self,
        flt: BoardFilter,
        stages: set[int] | None = None,
        previous: BoardView | None = None,
        within: BoardView | None = None,
    ) -> BoardView:
        """One pass over the cards: which column each lands in, and the header figures.

        With ``stages`` and the ``previous`` view (same filter), only those columns are redone.
        ``within``: a view whose cards are known to include every match (the search text only
        grew since it was made), so only its cards are looked at.
        """
        if previous is None or stages is None:
            stages = {s.number for s in STAGES}
            columns: list[list[str]] = [[] for _ in STAGES]
            stats = [ColumnStats() for _ in STAGES]
        else:
            columns = list(previous.columns)
            stats = list(previous.stats)
        if needs_pinyin(flt.search):
            self.ensure_pinyin()
        terms = flt.search.strip().casefold().split()
        term = terms[0] if len(terms) == 1 else None  # the usual case, without the generator
        owner, industry, region = flt.owner, flt.industry, flt.region
        key_only, overdue_only = flt.key_only, flt.overdue_only
        statuses = {"open", *flt.shown_statuses}
        today = self.today
        cards, texts = self._cards, self._search_text
        for number in stages:
            ids: list[str] = []
            st = ColumnStats()
            idle_limit = self._idle_days(number)
            for card_id in self._by_stage[number] if within is None else within.columns[number - 1]:
                card = cards[card_id]
                if card.status not in statuses:
                    continue
                if owner and card.owner != owner:
                    continue
                if industry and card.industry != industry:
                    continue
                if region and card.region != region:
                    continue
                if key_only and not card.key_account:
                    continue
                is_open = card.status == "open"
                overdue = is_open and card.next_date is not None and card.next_date < today
                if overdue_only and not overdue:
                    continue
                if term is not None:
                    if term not in texts[card_id]:
                        continue
                elif terms:
                    text = texts[card_id]
                    if not all(t in text for t in terms):
                        continue
                ids.append(card_id)
                st.count += 1
                if card.amount is not None:
                    st.total += card.amount
                if overdue or (is_open and (today - card.stage_entered_at.date()).days > idle_limit):
                    st.flagged += 1
            if number in flt.sorts:
                key = sort_key(flt.sorts[number])
                ids.sort(key=lambda i: key(cards[i]))
            columns[number - 1] = ids
            stats[number - 1] = st
        return BoardView(columns, stats)

    def passes(self, card: OpportunitySummary, flt: BoardFilter) -> tuple[bool, bool]:
        """(shown under ``flt``, counted in the overdue/idle bar) — the rule of ``apply`` for one card."""
        is_open = card.status == "open"
        overdue = is_open and card.next_date is not None and card.next_date < self.today
        shown = (
            card.status in ("open", *flt.shown_statuses)
            and (not flt.owner or card.owner == flt.owner)
            and (not flt.industry or card.industry == flt.industry)
            and (not flt.region or card.region == flt.region)
            and (not flt.key_only or card.key_account)
            and (not flt.overdue_only or overdue)
        )
        terms = flt.search.strip().casefold().split()
        if shown and terms:
            if needs_pinyin(flt.search):
                self.ensure_pinyin()
            text = self._search_text.get(card.id) or ""
            shown = all(t in text for t in terms)
        flagged = overdue or (is_open and card.days_in_stage(self.today) > self._idle_days(card.stage))
        return shown, flagged

    def patch(
        self,
        flt: BoardFilter,
        previous: BoardView,
        changes: Iterable[tuple[OpportunitySummary | None, OpportunitySummary | None]],
    ) -> BoardView:
        """``previous`` (made with ``flt``) after a few cards changed from old to new (None: absent).

        Equal to ``apply(flt)`` but without a pass over every card: a drop stays fast at 10,000.
        """
        columns = list(previous.columns)
        stats = list(previous.stats)
        copied: set[int] = set()

        def column(number: int) -> tuple[list[str], ColumnStats]:
            i = number - 1
            if i not in copied:
                copied.add(i)
                columns[i] = list(columns[i])
                old = stats[i]
                stats[i] = ColumnStats(old.count, old.total, old.flagged)
            return columns[i], stats[i]

        cards = self._cards
        for old, new in changes:
            if old is not None:
                ids, st = column(old.stage)
                if old.id in ids:
                    ids.remove(old.id)
                    st.count -= 1
                    st.total -= old.amount or _ZERO
                    st.flagged -= self.passes(old, flt)[1]
            if new is not None:
                shown, flagged = self.passes(new, flt)
                if shown:
                    ids, st = column(new.stage)
                    key = sort_key(flt.sorts.get(new.stage, ""))
                    at = bisect_left(ids, key(new), key=lambda i: key(cards[i]))
                    ids.insert(at, new.id)
                    st.count += 1
                    st.total += new.amount or _ZERO
                    st.flagged += flagged
        return BoardView(columns, stats)


def _search_text(card: OpportunitySummary, *, pinyin: bool) -> str:
    """What a search term is looked for in: customer, project, contact and owner names, and
    with ``pinyin`` their full pinyin and initials (each name on its own line)."""
    text = f"{card.customer}\n{card.name}\n{card.contacts}\n{card.owner}".casefold()
    if not pinyin:
        return text
    names = (card.customer, card.name, *card.contacts.split(), card.owner)
    return f"{text}\n{pinyin_line(names)}"


def needs_pinyin(search: str) -> bool:
    """Whether a search could be pinyin (Latin letters): only then must the pinyin be indexed."""
    return any(ch.isascii() and ch.isalpha() for ch in search)


def _newest_first(card: OpportunitySummary) -> tuple[float, str]:
    """Sort key: the most recently changed card first (then by id, for a stable order)."""
    return (-card.updated_at.timestamp(), card.id)


def _next_date_first(card: OpportunitySummary) -> tuple[bool, dt.date, str]:
    """The earliest next step first (overdue ones lead); cards without a date last."""
    return (card.next_date is None, card.next_date or dt.date.max, card.id)


def _largest_first(card: OpportunitySummary) -> tuple[bool, Decimal, str]:
    """The largest expected amount first; cards without an amount last."""
    return (card.amount is None, -(card.amount or _ZERO), card.id)


def _longest_idle_first(card: OpportunitySummary) -> tuple[float, str]:
    """The card longest in its stage first."""
    return (card.stage_entered_at.timestamp(), card.id)


SortKey = Callable[[OpportunitySummary], tuple[object, ...]]
_SORT_KEYS: dict[str, SortKey] = {
    "next_date": _next_date_first,
    "amount": _largest_first,
    "idle": _longest_idle_first,
}


def sort_key(name: str) -> SortKey:
    """The order of a column sorted by ``name`` (a SORTS key; anything else: newest first)."""
    return _SORT_KEYS.get(name, _newest_first)
