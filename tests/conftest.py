"""Shared fixtures: a fresh database and services per test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's log (projdesk.logs) goes to a folder of the test run, never the user's log folder;
# set here so the CLI and GUI subprocesses inherit it.
os.environ.setdefault("PROJDESK_LOG_DIR", tempfile.mkdtemp(prefix="projdesk-test-logs-"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "projdesk.db"


@pytest.fixture
def services(db_path: Path) -> Iterator[object]:
    from projdesk.storage.services import Services

    s = Services.open(db_path)
    s.ctx.prefs.user_name = "张伟"
    yield s
    s.close()
