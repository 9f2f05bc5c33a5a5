"""Failures of the machine through the real command line: a locked database, a read-only folder."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import Cli
from tests.unit.snapshot_helpers import logical_dump


def hold_write_lock(db: Path) -> sqlite3.Connection:
    """Another program (a GUI's snapshot merge) holding the write lock."""
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_write_meeting_a_locked_database_waits_then_says_busy_in_one_line(cli: Cli) -> None:
    opp = cli.run("opp", "add", "--customer", "星河客户", "--name", "平台项目").stdout.strip()
    before = logical_dump(cli.db)
    holder = hold_write_lock(cli.db)
    try:
        started = time.monotonic()
        proc = cli.run("opp", "update", opp, "name=机密的新名字", check=False)
        waited = time.monotonic() - started
    finally:
        holder.rollback()
        holder.close()
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 2, proc.stderr
    assert "继续等待" in lines[0]  # after about a second
    assert lines[1].startswith("错误：数据库正忙")
    for leak in ("Traceback", "SQL", "UPDATE", "机密的新名字", "OperationalError"):
        assert leak not in proc.stderr
    assert waited >= 4  # the busy timeout, not an immediate refusal
    assert logical_dump(cli.db) == before


def test_write_waits_for_a_lock_released_in_time_and_succeeds(cli: Cli) -> None:
    opp = cli.run("opp", "add", "--customer", "星河客户", "--name", "平台项目").stdout.strip()
    holder = hold_write_lock(cli.db)
    env = {**os.environ, "PYTHONUTF8": "1"}
    with subprocess.Popen(
        [sys.executable, "-m", "projdesk", "--db", str(cli.db), "opp", "update", opp, "name=新名字"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as proc:  # the with-block closes the pipe whatever the assertions say
        assert proc.stderr is not None
        waiting = proc.stderr.readline()  # the command says it waits ...
        holder.rollback()  # ... and the other program finishes within the busy timeout
        holder.close()
        rest = proc.stderr.read()
        assert proc.wait(60) == 0, rest
    assert "继续等待" in waiting and rest == ""
    assert cli.json("opp", "show", opp, "--json")["name"] == "新名字"


def _without_root_override() -> list[str] | None:
    """A prefix that makes file permissions apply to this user (root ignores them)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_read_only_folder_holding_a_healthy_database_says_read_only_not_damaged(
    cli: Cli, tmp_path: Path
) -> None:
    prefix = _without_root_override()
    if prefix is None:
        pytest.skip("running as root without setpriv: permissions cannot be made to apply")
    cli.run("opp", "add", "--customer", "星河客户", "--name", "平台项目")
    folder = cli.db.parent
    before = cli.db.read_bytes()
    os.chmod(cli.db, stat.S_IRUSR | stat.S_IRGRP)
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        env = {**os.environ, "PYTHONUTF8": "1"}

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [*prefix, sys.executable, "-m", "projdesk", "--db", str(cli.db), *args],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )

        listed = run("opp", "list")  # reading works where SQLite allows it
        assert listed.returncode == 0 and "平台项目" in listed.stdout, listed.stderr
        proc = run("opp", "add", "--customer", "乙", "--name", "y")
        assert proc.returncode == 1, proc.stderr
        assert proc.stderr.startswith("错误："), proc.stderr
        assert "只读" in proc.stderr and "损坏" not in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1
    finally:
        os.chmod(folder, stat.S_IRWXU)
        os.chmod(cli.db, stat.S_IRUSR | stat.S_IWUSR)
    assert cli.db.read_bytes() == before
