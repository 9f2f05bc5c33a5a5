"""What every service shares: the database, the author of writes, the preferences."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from projdesk.domain.clock import HybridClock
from projdesk.domain.errors import NotFound
from projdesk.storage.change_log import committed
from projdesk.storage.db import Database
from projdesk.storage.models import Synced
from projdesk.storage.settings import (
    Preferences,
    device_id,
    load_preferences,
    read_setting,
    save_preferences,
)
from projdesk.storage.writer import CLOCK_KEY, Author, Writer

M = TypeVar("M", bound=Synced)


class Context:
    """Wired once at start-up and handed to every service."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.session() as session:
            self.device = device_id(session)
            self.prefs = load_preferences(session)
            last = read_setting(session, CLOCK_KEY, "")
        self.clock = HybridClock(self.device, last or "")

    @property
    def author(self) -> Author:
        return Author(self.prefs.user_name, self.device, self.clock)

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One transaction for one user action; once it commits, what it changed goes to the
        open change recording (``projdesk.storage.change_log``)."""
        with self.db.session() as session:
            writer = Writer(session, self.author)
            yield writer
        committed(writer.changes)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session

    def save_preferences(self, prefs: Preferences) -> None:
        with self.db.session() as session:
            save_preferences(session, prefs)
        self.prefs = prefs


def get_live(session: Session, model: type[M], record_id: str) -> M:
    """A row that exists and is not deleted, or a NotFound naming its kind by the model's table."""
    obj = session.get(model, record_id)
    if obj is None or obj.deleted:
        raise NotFound.coded("not_found", table=inspect(model).tables[0].name, id=record_id)
    return obj
