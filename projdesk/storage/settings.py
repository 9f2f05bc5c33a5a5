"""Device-local settings kept in the database's ``settings`` table."""

from __future__ import annotations

import getpass
import socket
import uuid
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from projdesk.domain.catalog import STAGES
from projdesk.domain.key_account import DEFAULT_THRESHOLD
from projdesk.storage.models import Setting

DEVICE_KEY = "device.id"
PREFS_KEY = "prefs"


@dataclass
class Preferences:
    """What the user sets in 设置. Stored as one JSON value; unknown keys are kept."""

    user_name: str = field(default_factory=lambda: _login_name())
    device_name: str = field(default_factory=socket.gethostname)
    certified_leads: list[str] = field(default_factory=list)
    key_account_threshold: str = str(DEFAULT_THRESHOLD)  # yuan, as text (JSON has no Decimal)
    idle_days: dict[str, int] = field(default_factory=lambda: {str(s.number): s.idle_days for s in STAGES})
    gates_block: bool = True  # False: unmet gates only warn
    template_folder: str = ""
    materials: dict[str, str] = field(default_factory=dict)  # company/product/service/cases text
    extra: dict[str, Any] = field(default_factory=dict)  # UI state and future keys

    @property
    def threshold(self) -> Decimal:
        return Decimal(self.key_account_threshold)

    def idle_days_for(self, stage: int) -> int:
        return int(self.idle_days.get(str(stage), STAGES[stage - 1].idle_days))


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "me"


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
