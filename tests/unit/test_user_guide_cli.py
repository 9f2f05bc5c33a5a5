"""The user guide's command-line chapter lists every command, and every example it shows runs (#14)."""

from __future__ import annotations

import argparse
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from projdesk.cli import build_parser, main

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"


def chapter() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index("## 命令行")
    return text[start : text.index("\n## ", start + 1)]


def commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[str]:
    """Every command of the ``projdesk --help`` tree: the leaves, and a group usable on its own."""
    groups = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not groups or (prefix and not all(g.required for g in groups)):
        yield " ".join(prefix)
    for group in groups:
        for name, sub in group.choices.items():
            yield from commands(sub, (*prefix, name))


def listed_commands() -> list[str]:
    """The first cells of the chapter's command table, e.g. ``projdesk opp list [--json]``."""
    return [m.group(1) for m in re.finditer(r"^\| `(projdesk [^`]*)` \|", chapter(), re.MULTILINE)]


def examples() -> list[str]:
    blocks = re.findall(r"```console\n(.*?)```", chapter(), re.DOTALL)
    return [line[2:] for block in blocks for line in block.splitlines() if line.startswith("$ ")]


def test_the_command_line_chapter_lists_every_command() -> None:
    listed = listed_commands()
    missing = [
        name
        for name in commands(build_parser())
        if not any(row == f"projdesk {name}" or row.startswith(f"projdesk {name} ") for row in listed)
    ]
    assert missing == []


def test_the_chapter_lists_no_command_that_does_not_exist() -> None:
    known = set(commands(build_parser()))
    for row in listed_commands():
        words = row.split()[1:]
        assert any(" ".join(words[:n]) in known for n in (1, 2)), row


def test_every_example_in_the_command_line_chapter_runs(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shown = examples()
    assert len(shown) >= 20
    variables: dict[str, str] = {}
    for line in shown:
        target = None
        assigned = re.fullmatch(r"(\w+)=\$\((.*)\)", line)
        if assigned:
            target, line = assigned.groups()
        for name, value in variables.items():
            line = line.replace(f"${name}", value)
        words = shlex.split(line)
        assert words[0] == "projdesk", line
        capsys.readouterr()
        code = main(["--db", str(db_path), *words[1:]])
        out, err = capsys.readouterr()
        assert code == 0, f"{line}\n→ exit {code}: {err}"
        if target:
            variables[target] = out.strip()
    assert (tmp_path / "立项申请.docx").is_file() and (tmp_path / "合同.docx").is_file()
