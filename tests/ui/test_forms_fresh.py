"""The committed pyside6-uic output must match forms/*.ui (regenerate when this fails)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def _body(text: str) -> list[str]:
    # The header names the uic version; everything after it must match.
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("from "))
    return lines[start:]


def _uic() -> list[str]:
    exe = shutil.which("pyside6-uic")
    if exe:
        return [exe]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_generated_form_is_fresh(form):
    committed = ROOT / "projdesk" / "ui" / "forms" / f"ui_{form.stem}.py"
    assert committed.exists(), f"run: pyside6-uic {form} -o {committed}"
    fresh = subprocess.run([*_uic(), str(form)], capture_output=True, text=True, check=True).stdout
    assert _body(fresh) == _body(committed.read_text(encoding="utf-8")), (
        f"{committed.name} is stale: run pyside6-uic forms/{form.name} -o {committed.relative_to(ROOT)}"
    )
