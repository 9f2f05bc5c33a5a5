"""What a write changed: record kind → ids, so each view reloads just those rows.

A write that cannot name its rows (a snapshot merge touches any number of them) says that a
whole kind changed; a view then reloads that kind in full.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

OPPORTUNITY = "opportunity"
CUSTOMER = "customer"
ACTIVITY = "activity"
CONTACT = "contact"
COMPETITOR = "competitor"
STEP = "step"
QUOTE = "quote"
REVIEW = "review"
CONTRACT = "contract"
PAYMENT = "payment"
DOCUMENT = "document"
CONFLICT = "conflict"
RISK = "risk"
CHANGE_REQUEST = "change_request"
CLOSING = "closing"
ATTACHMENT = "attachment"


@dataclass(frozen=True)
class Changes:
    """``rows`` names the changed ids per kind; ``whole`` the kinds changed beyond naming."""

    rows: Mapping[str, frozenset[str]] = field(default_factory=dict)
    whole: frozenset[str] = frozenset()

    @classmethod
    def of(cls, kind: str, ids: Iterable[str]) -> Changes:
        return cls({kind: frozenset(ids)})

    @classmethod
    def all_of(cls, *kinds: str) -> Changes:
        return cls(whole=frozenset(kinds))

    def __or__(self, other: Changes) -> Changes:
        kinds = set(self.rows) | set(other.rows)
        rows = {k: self.rows.get(k, frozenset()) | other.rows.get(k, frozenset()) for k in kinds}
        return Changes(rows, self.whole | other.whole)

    def __bool__(self) -> bool:
        return bool(self.whole) or any(self.rows.values())

    def ids(self, kind: str) -> frozenset[str] | None:
        """The changed ids of ``kind``; None when the whole kind changed (reload it all)."""
        if kind in self.whole:
            return None
        return self.rows.get(kind, frozenset())
