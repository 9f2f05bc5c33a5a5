"""Device-local settings kept in the database's ``settings`` table."""

from __future__ import annotations

import uuid
from dataclasses import asdict, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from projdesk.storage.models import Setting
from projdesk.storage.preferences import Preferences as Preferences  # re-exported

DEVICE_KEY = "device.id"
PREFS_KEY = "prefs"


def read_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else row.value


def write_setting(session: Session, key: str, value: Any) -> None:
    session.merge(Setting(key=key, value=value))


def device_id(session: Session) -> str:
    """This database's device id, created once."""
    value = read_setting(session, DEVICE_KEY)
    if not value:
        value = uuid.uuid4().hex[:12]  # 48 random bits: unique within any team, short in every stamp
        write_setting(session, DEVICE_KEY, value)
    return str(value)


def load_preferences(session: Session) -> Preferences:
    stored = read_setting(session, PREFS_KEY) or {}
    known = {f.name for f in fields(Preferences)}
    prefs = Preferences(**{k: v for k, v in stored.items() if k in known})
    return prefs


def save_preferences(session: Session, prefs: Preferences) -> None:
    write_setting(session, PREFS_KEY, asdict(prefs))


def all_settings(session: Session) -> dict[str, Any]:
    return {row.key: row.value for row in session.scalars(select(Setting))}
