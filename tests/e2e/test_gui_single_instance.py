"""One GUI per database: a second one is refused; the CLI works beside it; a killed GUI's lock is stale."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import Cli


@pytest.fixture
def running_gui(cli: Cli):  # type: ignore[no-untyped-def]
    cli.run("opp", "add", "--customer", "星河客户", "--name", "平台项目")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    gui = subprocess.Popen(
        [sys.executable, "-m", "projdesk", "--db", str(cli.db), "gui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    lock = cli.db.with_name(cli.db.name + ".gui-lock")
    deadline = time.monotonic() + 60
    while not lock.exists() and gui.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert lock.exists() and gui.poll() is None, "the first GUI did not start"
    yield gui
    if gui.poll() is None:
        gui.terminate()
        try:
            gui.wait(20)
        except subprocess.TimeoutExpired:
            gui.kill()
            gui.wait()


def test_second_gui_on_the_same_database_is_refused_with_exit_4(cli: Cli, running_gui) -> None:  # type: ignore[no-untyped-def]
    proc = cli.run("gui", "--exit-after-show", check=False)
    assert proc.returncode == 4
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "已在另一个 ProjDesk 窗口中打开" in lines[0]
    assert f"进程 {running_gui.pid}" in lines[0]
    assert proc.stdout == ""  # it never painted


def test_cli_commands_keep_working_beside_a_running_gui(cli: Cli, running_gui) -> None:  # type: ignore[no-untyped-def]
    added = cli.run("opp", "add", "--customer", "乙客户", "--name", "第二个项目").stdout.strip()
    names = {o["name"] for o in cli.json("opp", "list", "--json")}
    assert names == {"平台项目", "第二个项目"} and added


def test_lock_of_a_killed_gui_does_not_block_the_next_start(cli: Cli, running_gui) -> None:  # type: ignore[no-untyped-def]
    os.kill(running_gui.pid, signal.SIGKILL)
    running_gui.wait(10)
    assert cli.db.with_name(cli.db.name + ".gui-lock").exists()  # left behind by the kill
    proc = cli.run("gui", "--exit-after-show", check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1].isdigit()


def test_gui_writes_its_log_in_the_log_folder(cli: Cli, running_gui) -> None:  # type: ignore[no-untyped-def]
    log = Path(os.environ["PROJDESK_LOG_DIR"]) / "projdesk.log"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if log.exists() and f"图形界面已启动：{cli.db}" in log.read_text(encoding="utf-8"):
            break
        time.sleep(0.2)
    else:
        pytest.fail("the GUI did not log its start")
