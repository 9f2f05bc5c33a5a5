"""Field stamps in their compact text form: how the database and snapshots keep them.

Every synced row keeps, for each field, the hybrid-clock stamp of its last write and the stamp
that write replaced: ``{field: [stamp, base]}`` (DESIGN.md, Snapshots and merge). Most rows are
written once, so every field has the same pair; spelt out as JSON that pair was a third of the
database. The text keeps one pair for the row and lists only the fields whose pair differs::

    text  := row-pair (";" name ("=" pair)?)*
    pair  := "" | stamp | stamp ">" base          ("" = no stamp; no ">": base "")

The row's pair stands for every stamped field of the table that is not listed; a listed field
with an empty pair has no stamp. Keys that are not columns (a step record's ``values.<key>``)
are always listed, by name alone when they have the row's pair. A column added to a table later
reads the row's pair, on every device alike.

The text is canonical, so two devices holding the same stamps hold the same text (the merge
compares texts first): the row's pair is the commonest among the table's fields (ties: the
higher pair; no stamp counts as a pair too), the listed fields sorted by name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence

from projdesk.domain.clock import STAMP_PATTERN

Stamps = dict[str, list[str]]
NO_PAIR = ("", "")
VALUES_KEY_PATTERN = r"values\.[A-Za-z0-9_]{1,60}"
_PAIR_PATTERN = f"(?:{STAMP_PATTERN}(?:>{STAMP_PATTERN})?)?"
# A write stamp starts the text or follows "=" (a base follows ">"); texts joined by "\x00".
WRITE_STAMP = re.compile(f"(?:^|(?<=[=\\x00]))({STAMP_PATTERN})(?=[;>\\x00]|$)")


def _pair_text(pair: Sequence[str]) -> str:
    stamp, base = pair
    return f"{stamp}>{base}" if base else stamp


def _pair(text: str) -> list[str]:
    stamp, _, base = text.partition(">")
    return [stamp, base]


def encode(stamps: Stamps, fields: Sequence[str]) -> str:
    """The canonical text of ``stamps`` for a table whose stamped columns are ``fields``."""
    if not stamps:
        return ""
    pairs = {f: tuple(stamps.get(f) or NO_PAIR) for f in fields}
    counts = Counter(pairs.values())
    row = max(counts, key=lambda p: (counts[p], p))
    listed = {f: p for f, p in pairs.items() if p != row}
    listed.update({k: tuple(p) for k, p in stamps.items() if k not in pairs})
    parts = [_pair_text(row)]
    for name in sorted(listed):
        pair = listed[name]
        parts.append(name if pair == row and name not in pairs else f"{name}={_pair_text(pair)}")
    return ";".join(parts)


def decode(text: str, fields: Iterable[str]) -> Stamps:
    """The stamps a text holds for a table whose stamped columns are ``fields``."""
    head, *listed = text.split(";")
    out: Stamps = {f: _pair(head) for f in fields} if head else {}
    for item in listed:
        name, equals, pair = item.partition("=")
        if not equals:
            pair = head  # a key with the row's pair
        if pair:
            out[name] = _pair(pair)
        else:
            out.pop(name, None)
    return out


def pattern(fields: Collection[str]) -> re.Pattern[str]:
    """A well-formed text for a table with these stamped columns (not yet proven canonical)."""
    names = "|".join(re.escape(f) for f in sorted(fields, key=len, reverse=True))
    name = f"(?:{names}|{VALUES_KEY_PATTERN})" if names else VALUES_KEY_PATTERN
    return re.compile(f"{_PAIR_PATTERN}(?:;{name}(?:={_PAIR_PATTERN})?)*")


def canonical(text: str, fields: Sequence[str]) -> str:
    """The canonical spelling of a well-formed text (a text with no list already is one)."""
    return text if ";" not in text else encode(decode(text, fields), fields)
