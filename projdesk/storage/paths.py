"""Where the database lives by default (stdlib + platformdirs only: read before SQLAlchemy loads)."""

from __future__ import annotations

import os
from pathlib import Path


def default_db_path() -> Path:
    env = os.environ.get("PROJDESK_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir("ProjDesk", appauthor=False)) / "projdesk.db"
