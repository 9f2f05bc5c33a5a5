"""The board start-up cache: what the first painted board needs, kept beside the database.

Written when the app exits (after the database is closed, so the files are final) and after a
full load. At the next start, when the database files are exactly as they were (size, mtime,
inode, also of the -wal file) and the schema revision is the app's, the board is painted from
it before SQLAlchemy is even imported; the live cards replace it a moment later.

Plain Python (no Qt, no SQLAlchemy): it is read before either is needed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from projdesk.deliverables.atomic import atomic_output
from projdesk.domain.catalog import STAGES
from projdesk.storage import first_screen as first_screen_reader
from projdesk.storage.first_screen import CHOICES, FirstScreen
from projdesk.storage.preferences import Preferences
from projdesk.storage.schema import HEAD_REVISION
from projdesk.storage.summary import OpportunitySummary
from projdesk.ui.board.store import BoardFilter, BoardStore, ColumnStats

VERSION = 2
SUFFIX = ".board-cache.json"
CARDS_PER_COLUMN = 24  # more than a tall screen shows; the rest arrive with the live cards
# Files older versions kept beside the database and this one no longer reads: pictures of the
# first cards (4–12 MB, for about 20 ms of the first paint).
STALE_SUFFIXES = (".board-cards", ".board-cards.partial")


@dataclass
class BoardSnapshot:
    """The board as last shown with the saved filters (no search text): per column its header
    figures and first cards, the filter lists, the card total and the preferences."""

    prefs: Preferences
    today: dt.date
    total: int
    choices: dict[str, list[str]]
    stats: list[ColumnStats]
    cards: list[list[OpportunitySummary]]
    token: str = dataclasses.field(default_factory=lambda: os.urandom(8).hex())  # names this snapshot


def cache_path(db: Path) -> Path:
    return db.with_name(db.name + SUFFIX)


def remove_stale_files(db: Path) -> None:
    """Delete what older versions left beside ``db`` (before anything looks at the database's
    files: the cache's signature is of the database alone)."""
    for suffix in STALE_SUFFIXES:
        with contextlib.suppress(OSError):  # a read-only folder: the file is only wasted space
            db.with_name(db.name + suffix).unlink(missing_ok=True)


def file_signature(db: Path) -> dict[str, list[int] | None]:
    """What changes whenever anything writes the database (ours or another process)."""

    def stat(path: Path) -> list[int] | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return [st.st_size, st.st_mtime_ns, st.st_ino]

    wal = stat(Path(f"{db}-wal"))
    # An empty -wal holds nothing (a read-only reader leaves one behind): as good as none.
    return {"db": stat(db), "wal": wal if wal and wal[0] else None}


def take_snapshot(store: BoardStore, prefs: Preferences, state: dict[str, Any]) -> BoardSnapshot:
    """The board under the saved filters ``state`` (one pass over the store)."""
    view = store.apply(BoardFilter.from_state(state))
    cards = [
        [card for i in ids[:CARDS_PER_COLUMN] if (card := store.get(i)) is not None] for ids in view.columns
    ]
    choices = {name: store.distinct(name) for name in CHOICES}
    return BoardSnapshot(prefs, store.today, len(store), choices, list(view.stats), cards)


def first_screen(db: Path) -> BoardSnapshot | None:
    """Without a cache: the same snapshot, read from ``db`` with plain queries (no SQLAlchemy
    before the first paint); None when the database must be opened first. Under the default
    filter the database sums the columns up and hands over only their first cards; a saved
    filter takes every card through the store, as the live board will."""

    def snapshot(screen: FirstScreen) -> BoardSnapshot:
        prefs = screen.preferences()
        state = prefs.extra.get("board")  # projdesk.ui.board.view.STATE_KEY, as load_cache reads it
        state = state if isinstance(state, dict) else {}
        if BoardFilter.from_state(state) != BoardFilter():
            store = BoardStore(prefs.idle_days_for)
            store.replace(screen.cards())
            shown = take_snapshot(store, prefs, state)
        else:
            today = dt.date.today()
            sums = screen.open_stats(today, {s.number: prefs.idle_days_for(s.number) for s in STAGES})
            newest = screen.newest_open(CARDS_PER_COLUMN)
            stats = [ColumnStats(*sums[s.number]) if s.number in sums else ColumnStats() for s in STAGES]
            cards = [newest.get(s.number, []) for s in STAGES]
            choices = screen.choices()
            shown = BoardSnapshot(prefs, today, screen.total(), choices, stats, cards)
        shown.cards = [screen.with_counts(column) for column in shown.cards]
        return shown

    return first_screen_reader.read(db, snapshot)


# -- encoding ---------------------------------------------------------------------------------


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


_FIELDS = [f.name for f in dataclasses.fields(OpportunitySummary)]
_DECODE: dict[str, Callable[[Any], Any]] = {
    "amount": _decimal,
    "next_date": _date,
    "expected_sign_date": _date,
    "updated_at": dt.datetime.fromisoformat,
    "stage_entered_at": dt.datetime.fromisoformat,
}
_PLAIN = (str, int, bool, type(None))


def _encode_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def encode_card(card: OpportunitySummary) -> list[Any]:
    """The card as a JSON list (dates and amounts as text)."""
    return [_encode_value(getattr(card, name)) for name in _FIELDS]


def decode_card(row: Any) -> OpportunitySummary:
    """The card ``encode_card`` wrote; ValueError for anything else."""
    if not isinstance(row, list) or len(row) != len(_FIELDS):
        raise ValueError("card row")
    values = {}
    for name, value in zip(_FIELDS, row, strict=True):
        decode = _DECODE.get(name)
        if decode is not None:
            values[name] = decode(value)
        elif isinstance(value, _PLAIN):
            values[name] = value
        else:
            raise ValueError(name)
    return OpportunitySummary(**values)


def _encode(snapshot: BoardSnapshot, signature: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": VERSION,
        "schema": HEAD_REVISION,
        "files": signature,
        "today": snapshot.today.isoformat(),
        "prefs": dataclasses.asdict(snapshot.prefs),
        "total": snapshot.total,
        "choices": snapshot.choices,
        "token": snapshot.token,
        "columns": [
            {
                "count": st.count,
                "total": str(st.total),
                "flagged": st.flagged,
                "cards": [encode_card(c) for c in cs],
            }
            for st, cs in zip(snapshot.stats, snapshot.cards, strict=True)
        ],
    }


def _decode(data: Any) -> BoardSnapshot:
    known = {f.name for f in dataclasses.fields(Preferences)}
    prefs = Preferences(**{k: v for k, v in data["prefs"].items() if k in known})
    columns = data["columns"]
    if len(columns) != len(STAGES):
        raise ValueError("columns")
    stats = [ColumnStats(int(c["count"]), Decimal(c["total"]), int(c["flagged"])) for c in columns]
    cards = [[decode_card(row) for row in c["cards"]] for c in columns]
    for number, column in enumerate(cards, start=1):
        if any(card.stage != number for card in column):
            raise ValueError("card in the wrong column")
    choices = {name: [str(v) for v in data["choices"].get(name, [])] for name in CHOICES}
    return BoardSnapshot(
        prefs,
        dt.date.fromisoformat(data["today"]),
        int(data["total"]),
        choices,
        stats,
        cards,
        str(data["token"]),
    )


# -- files ------------------------------------------------------------------------------------


def write_cache(db: Path, snapshot: BoardSnapshot) -> bool:
    """Write atomically beside ``db`` (the one atomic writer, deliverables/atomic.py: a
    temporary file of its own, so the running app's write and the exit's never mix); False
    when it could not be written."""
    payload = json.dumps(_encode(snapshot, file_signature(db)), ensure_ascii=False, separators=(",", ":"))
    try:
        with atomic_output(cache_path(db)) as partial:
            partial.write_bytes(payload.encode("utf-8"))
    except OSError:
        return False
    return True


def load_cache(db: Path, today: dt.date | None = None) -> BoardSnapshot | None:
    """The snapshot when it still describes ``db`` exactly; None when missing, stale or unreadable
    (never an error: the live start is always there to fall back on)."""
    try:
        with open(cache_path(db), "rb") as f:
            data = json.loads(f.read())
        if (
            not isinstance(data, dict)
            or data.get("version") != VERSION
            or data.get("schema") != HEAD_REVISION
            or data.get("files") != file_signature(db)
            or file_signature(db)["db"] is None
        ):
            return None
        snapshot = _decode(data)
    except (OSError, ValueError, TypeError, KeyError, AttributeError, ArithmeticError):
        return None
    state = snapshot.prefs.extra.get("board")
    overdue_only = isinstance(state, dict) and bool(state.get("overdue_only"))
    if overdue_only and snapshot.today != (today or dt.date.today()):
        return None  # which cards are overdue changed overnight
    return snapshot
