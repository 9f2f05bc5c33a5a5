"""Exact money through the real command line: the database, --json, snapshots, documents (issue 11)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from docx import Document
from openpyxl import Workbook

from tests.e2e.conftest import Cli

TOP = "9999999999999.99"
TOP_CAPITALS = "人民币玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(parts)


def test_9999999999999_99_exact_through_database_json_snapshot_and_document(tmp_path: Path) -> None:
    a = Cli(tmp_path / "a.db")
    opp = a.run(
        "opp", "add", "--customer", "华东电力有限公司", "--name", "调度系统", "--amount", TOP
    ).stdout.strip()
    con = sqlite3.connect(a.db)
    assert con.execute("SELECT amount FROM opportunities").fetchone() == (999999999999999,)
    con.close()
    assert a.json("opp", "show", opp, "--json")["amount"] == TOP
    assert a.json("opp", "list", "--json")[0]["amount"] == TOP

    snap = tmp_path / "a.pdsnap"
    a.run("snapshot", "export", "-o", str(snap))
    b = Cli(tmp_path / "b.db")
    b.run("snapshot", "import", str(snap))
    assert b.json("opp", "show", opp, "--json")["amount"] == TOP

    document = tmp_path / "立项.docx"
    b.run("doc", opp, "initiation", "-o", str(document))
    text = docx_text(document)
    assert "9,999,999,999,999.99" in text
    assert TOP_CAPITALS in text


def test_amount_above_the_bound_is_refused_with_one_line_and_exit_2(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "cli.db")
    proc = cli.run(
        "opp", "add", "--customer", "甲", "--name", "乙", "--amount", "1234567890123456.78", check=False
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().count("\n") == 0 and "超出上限" in proc.stderr
    assert cli.json("opp", "list", "--json") == []


def test_quote_totals_in_json_are_exact_strings(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "cli.db")
    opp = cli.run("opp", "add", "--customer", "甲", "--name", "乙").stdout.strip()
    cli.run("quote", "add", opp, "--lines", '[{"item": "服务器", "quantity": "3", "unit_price": "0.10"}]')
    quote = cli.json("opp", "show", opp, "--json")["quotes"][0]
    assert quote["total"] == "0.30"
    assert quote["lines"][0]["quantity"] == "3.00" and quote["lines"][0]["unit_price"] == "0.10"


def test_sheet_import_of_an_unknown_sheet_name_exits_2_with_one_line(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "本周"
    wb.active.append(["客户名称", "项目名称"])
    wb.active.append(["甲公司", "项目"])
    path = tmp_path / "book.xlsx"
    wb.save(path)
    cli = Cli(tmp_path / "cli.db")
    proc = cli.run("sheet", "import", str(path), "--sheet", "上周", check=False)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "错误：book.xlsx 中没有名为“上周”的工作表（有：本周）"
    assert cli.json("opp", "list", "--json") == []
    assert cli.json("sheet", "import", str(path), "--sheet", "本周", "--json")["created"] == 1
