"""The user's preferences as plain data (no SQLAlchemy: the start-up cache rebuilds them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from projdesk.domain.catalog import STAGES
from projdesk.domain.key_account import DEFAULT_THRESHOLD


@dataclass
class Preferences:
    """What the user sets in 设置. Stored as one JSON value; unknown keys are kept."""

    user_name: str = field(default_factory=lambda: _login_name())
    device_name: str = field(default_factory=lambda: _host_name())
    certified_leads: list[str] = field(default_factory=list)
    key_account_threshold: str = str(DEFAULT_THRESHOLD)  # yuan, as text (JSON has no Decimal)
    idle_days: dict[str, int] = field(default_factory=lambda: {str(s.number): s.idle_days for s in STAGES})
    gates_block: bool = True  # False: unmet gates only warn
    template_folder: str = ""
    materials: dict[str, str] = field(default_factory=dict)  # company/product/service/cases text
    # Attachments' bytes travel in a snapshot up to these sizes (MB): one file, all of them.
    snapshot_file_limit_mb: int = 20
    snapshot_files_limit_mb: int = 200
    extra: dict[str, Any] = field(default_factory=dict)  # UI state and future keys

    @property
    def threshold(self) -> Decimal:
        return Decimal(self.key_account_threshold)

    def idle_days_for(self, stage: int) -> int:
        return int(self.idle_days.get(str(stage), STAGES[stage - 1].idle_days))


# getpass and socket are imported when a default is needed: the board's first paint reads
# preferences from the start-up cache and should not pay for the network stack.
def _login_name() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "me"


def _host_name() -> str:
    import socket

    return socket.gethostname()
