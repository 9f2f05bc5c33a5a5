"""Helpers for snapshot tests: devices on temp databases, canonical dumps, exchanges."""

from __future__ import annotations

import atexit
import json
import shutil
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from projdesk.storage.db import Database
from projdesk.storage.models import SYNCED_MODELS, user_fields
from projdesk.storage.services import Services
from projdesk.sync.service import SyncService

_TEMPLATE: dict[str, Path] = {}


def template_db() -> Path:
    """A migrated empty database, made once per process and copied (migrations are slow)."""
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="projdesk-template-"))
        atexit.register(shutil.rmtree, folder, True)
        path = folder / "template.db"
        db = Database.open(path)
        db.close()
        con = sqlite3.connect(path)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
        con.close()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


def new_device(folder: Path, name: str, user: str, template: Path) -> tuple[Services, SyncService]:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.db"
    shutil.copy(template, path)
    services = Services.open(path)
    services.ctx.prefs.user_name = user
    return services, SyncService(services)


def canonical_dump(db_path: Path) -> dict[str, dict[str, tuple[Any, ...]]]:
    """Every synced row's user fields (tombstones included), JSON parsed, by table and id."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        out: dict[str, dict[str, tuple[Any, ...]]] = {}
        for model in SYNCED_MODELS:
            name = model.__tablename__  # type: ignore[attr-defined]
            fields = user_fields(model)
            cols = ", ".join(f'"{f}"' for f in ["id", *fields])
            rows = {}
            for row in con.execute(f"SELECT {cols} FROM {name}"):
                values = tuple(
                    json.dumps(json.loads(v), sort_keys=True) if f == "values" and v is not None else v
                    for f, v in zip(fields, row[1:], strict=True)
                )
                rows[row[0]] = values
            out[name] = rows
        return out
    finally:
        con.close()


def logical_dump(db_path: Path) -> list[str]:
    """All tables' rows, sorted: equal dumps mean the database holds the same data."""
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()
