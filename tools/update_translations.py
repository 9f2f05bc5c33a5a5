"""Refresh resources/translations/projdesk_en.ts from the UI sources, then compile the .qm.

Chinese is the source language; existing English translations are kept, strings that no longer
exist are dropped. New strings arrive as ``type="unfinished"``: translate them, then run this again.

    python tools/update_translations.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "projdesk_en.ts"
QM = TRANSLATIONS / "projdesk_en.qm"


def sources() -> list[Path]:
    """The UI modules (not the generated forms, whose .ui files are read instead) and the forms."""
    ui = ROOT / "projdesk" / "ui"
    modules = [p for p in ui.rglob("*.py") if "forms" not in p.relative_to(ui).parts]
    # projdesk/labels.py: the Qt-free texts of the rules, translated where the GUI shows them
    return [*sorted(modules), ROOT / "projdesk" / "labels.py", *sorted((ROOT / "forms").glob("*.ui"))]


def lupdate(ts: Path, quiet: bool = False) -> None:
    """Extract the strings into ``ts`` (merging with what it already holds)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    files = [str(p.relative_to(ROOT)) for p in sources()]
    command = ["pyside6-lupdate", *files, "-no-obsolete", "-locations", "none"]
    command += ["-source-language", "zh_CN", "-target-language", "en", "-ts", str(ts)]
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path, quiet: bool = False) -> None:
    command = ["pyside6-lrelease", str(ts), "-qm", str(qm)]
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[str]:
    """Source texts still waiting for a translation."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ts).getroot()
    return [
        message.findtext("source") or ""
        for message in root.iter("message")
        if (message.find("translation") is not None)
        and message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]


def main() -> int:
    lupdate(TS)
    lrelease(TS, QM)
    waiting = unfinished(TS)
    if waiting:
        print(f"{len(waiting)} string(s) still need an English translation in {TS.relative_to(ROOT)}:")
        for text in waiting:
            print(f"  {text}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
