"""Saved filters: a name for a set of the board's choices (search, owner, industry, region,
key accounts, overdue, closed cards shown), kept with the database's preferences."""

from __future__ import annotations

from projdesk.storage.preferences import Preferences
from projdesk.ui.board.store import BoardFilter

SAVED_KEY = "board_saved_filters"
NAME_LIMIT = 40  # characters: a name fits a menu


def saved_filters(prefs: Preferences) -> dict[str, dict[str, object]]:
    """The saved filters by name, in the order they were saved (anything malformed left out)."""
    saved = prefs.extra.get(SAVED_KEY)
    if not isinstance(saved, dict):
        return {}
    return {str(name): state for name, state in saved.items() if isinstance(state, dict)}


def save_filter(prefs: Preferences, name: str, flt: BoardFilter) -> str:
    """Keep ``flt``'s choices under ``name`` (replacing one of that name); returns the name kept."""
    name = " ".join(name.split())[:NAME_LIMIT]
    prefs.extra[SAVED_KEY] = {**saved_filters(prefs), name: flt.choices()}
    return name


def delete_filter(prefs: Preferences, name: str) -> None:
    prefs.extra[SAVED_KEY] = {n: s for n, s in saved_filters(prefs).items() if n != name}
