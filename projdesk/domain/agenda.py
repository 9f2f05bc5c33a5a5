"""The agenda's calendar: which section a due date falls in, seen from today.

Plain dates, no storage: the service orders the items, the GUI and the CLI word the sections
through ``projdesk.labels.AGENDA_SECTION_TEXTS``. Weeks are ISO weeks (Monday to Sunday), as in
the weekly report.
"""

from __future__ import annotations

import datetime as dt

# In the order they are shown: what is late comes first, then the nearest days.
SECTIONS = ("overdue", "today", "tomorrow", "this_week", "next_week", "later")


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def section_of(day: dt.date, today: dt.date) -> str:
    """``overdue`` before today; ``tomorrow`` even when it is next Monday; ``this_week`` the rest
    of today's ISO week; ``next_week`` the week after; ``later`` beyond."""
    if day < today:
        return "overdue"
    if day == today:
        return "today"
    if day == today + dt.timedelta(days=1):
        return "tomorrow"
    this_monday = week_start(today)
    if day < this_monday + dt.timedelta(weeks=1):
        return "this_week"
    if day < this_monday + dt.timedelta(weeks=2):
        return "next_week"
    return "later"


def rescheduled(due: dt.date, today: dt.date, days: int) -> dt.date:
    """The new date for "+N days": counted from the due date, or from today when the item is
    already overdue (an overdue item pushed by one day must not still be overdue)."""
    return max(due, today) + dt.timedelta(days=days)
