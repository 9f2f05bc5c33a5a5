"""A company template renders in a child process; that child must not outlive the app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.unit.test_documents_templates import template

ROOT = Path(__file__).resolve().parents[2]
ENDLESS = "{% for i in range(99999) %}{% for j in range(99999) %}{{ i }}{% endfor %}{% endfor %}"

# The "app": renders the endless company template with a time limit far beyond the test.
PARENT = """
import sys
from pathlib import Path
from projdesk.deliverables.render_docx import render_docx
render_docx(Path(sys.argv[1]), {}, Path(sys.argv[2]), untrusted=True, time_limit=600)
"""


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _is_render_child(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"spawn_main" in cmdline and b"resource_tracker" not in cmdline


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")  # a zombie has stopped running; only its exit status is left


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc to find the child")
def test_template_render_child_dies_with_its_killed_parent(tmp_path: Path) -> None:
    endless = template(tmp_path / "t", "endless.docx", ENDLESS)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(endless), str(tmp_path / "out.docx")], env=env
    )
    child = None
    try:
        deadline = time.monotonic() + 60
        while child is None and time.monotonic() < deadline:
            child = next((c for c in _children(parent.pid) if _is_render_child(c)), None)
            time.sleep(0.1)
        assert child is not None, "the render child did not start"
        time.sleep(3)  # well into the endless loop (imports done, rendering)
        assert not _gone(child)
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 5
        while not _gone(child) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _gone(child), "the render child outlived its parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if child is not None and not _gone(child):
            os.kill(child, signal.SIGKILL)  # the test failed: leave no runaway render behind
