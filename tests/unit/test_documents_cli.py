"""``projdesk doc ID KIND -o FILE``: writes the file, or one line and exit 4 for a broken template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from projdesk.cli import main
from tests.unit.documents_helpers import docx_text


def test_doc_command_writes_the_file_and_records_it(
    services: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    out = tmp_path / "投标书.docx"
    assert main(["--db", str(db_path), "doc", opp[:8], "bid", "--allow-gaps", "-o", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert "华东电力设计院" in docx_text(out)
    assert [d.kind for d in services.documents.of(opp)] == ["bid"]


def test_doc_command_exits_4_with_one_line_for_a_broken_template(
    services: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from docx import Document

    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    company = tmp_path / "company"
    company.mkdir()
    doc = Document()
    doc.add_paragraph("{{ customer.name }} {{ 客户电话 }}")
    doc.save(str(company / "contract.docx"))
    services.prefs.template_folder = str(company)
    services.ctx.save_preferences(services.prefs)
    out = tmp_path / "合同.docx"
    assert main(["--db", str(db_path), "doc", opp, "contract", "--allow-gaps", "-o", str(out)]) == 4
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "contract.docx" in err and "客户电话" in err
    assert not out.exists()


def test_doc_command_refuses_an_unknown_kind(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--db", str(db_path), "doc", "x", "memo", "-o", "x.docx"])
    assert caught.value.code == 2


def test_doc_output_may_be_a_folder_and_a_missing_folder_is_one_clear_line(
    services: Any, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000")
    assert main(["--db", str(db_path), "doc", opp, "research", "--allow-gaps", "-o", str(tmp_path)]) == 0
    assert (tmp_path / "华东电力设计院_调度自动化平台_调研报告_v1.docx").exists()
    capsys.readouterr()
    missing = tmp_path / "no-such-folder" / "x.docx"
    assert main(["--db", str(db_path), "doc", opp, "research", "-o", str(missing)]) == 2
    err = capsys.readouterr().err.strip()
    assert "输出文件夹不存在" in err and len(err.splitlines()) == 1
    assert [d.version for d in services.documents.of(opp)] == [1]
