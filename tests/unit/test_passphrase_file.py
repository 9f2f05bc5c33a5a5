"""Passphrase files as editors save them: a BOM and the line's ending are not the passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from projdesk.cli.snapshot import read_passphrase
from projdesk.domain.errors import InvalidInput


@pytest.mark.parametrize(
    ("case", "content", "expected"),
    [
        ("plain", b"correct horse", "correct horse"),
        ("trailing_newline", b"correct horse\n", "correct horse"),
        ("trailing_crlf", b"correct horse\r\n", "correct horse"),
        ("utf8_bom", "\ufeff团队口令".encode(), "团队口令"),
        ("notepad_bom_and_crlf", "\ufeff团队口令 2026\r\n".encode(), "团队口令 2026"),
        ("only_one_newline_is_the_ending", b"pass\n\n", "pass\n"),
        ("inner_spaces_and_tabs_kept", b" pass\tword \n", " pass\tword "),
        ("inner_crlf_kept", b"line1\r\nline2", "line1\r\nline2"),
    ],
)
def test_passphrase_file_loses_a_bom_and_one_trailing_newline(
    tmp_path: Path, case: str, content: bytes, expected: str
) -> None:
    path = tmp_path / f"{case}.txt"
    path.write_bytes(content)
    assert read_passphrase(path) == expected


@pytest.mark.parametrize("content", [b"", b"\n", b"\r\n", "\ufeff".encode(), "\ufeff\r\n".encode()])
def test_passphrase_file_with_nothing_but_a_bom_or_newline_is_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match="口令文件是空的"):
        read_passphrase(path)


def test_passphrase_file_not_utf8_is_refused_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "pass.txt"
    path.write_bytes("口令".encode("gbk"))
    with pytest.raises(InvalidInput, match="无法读取口令文件") as refused:
        read_passphrase(path)
    assert "\n" not in str(refused.value)
