"""The report and sheet commands end to end, through the real command line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook

from tests.e2e.conftest import Cli


def open_book(cli: Cli) -> set[tuple[Any, ...]]:
    return {
        (o["customer"], o["name"], o["stage"], o["amount"], o["key_account"])
        for o in cli.json("opp", "list", "--json")
        if o["status"] == "open"
    }


def test_weekly_all_round_trips_into_an_empty_database(cli: Cli, tmp_path: Path) -> None:
    cli.run("demo-data", "--count", "60", "--seed", "5")
    out = cli.run(
        "report", "weekly", "--all", "--all-stages", "--week", "2026-W48", "-o", str(tmp_path)
    ).stdout
    path = tmp_path / "项目运作周进度总结表_2026-W48_全部.xlsx"
    assert str(path) in out and path.exists()
    ws = load_workbook(path)["周进度总结"]
    assert any(c.value == "重点客户" for c in ws[7])

    empty = Cli(tmp_path / "b.db")
    result = empty.json("sheet", "import", str(path), "--json")
    assert result["errors"] == []
    assert open_book(empty) == open_book(cli)
    assert result["created"] == len(open_book(cli))
    again = empty.json("sheet", "import", str(path), "--json")
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, result["created"])


def test_weekly_defaults_to_my_opportunities(cli: Cli, tmp_path: Path) -> None:
    cli.run("opp", "add", "--customer", "甲公司", "--name", "我的项目", "--owner", "王芳")
    cli.run("opp", "add", "--customer", "乙公司", "--name", "别人的项目", "--owner", "李娜")
    target = tmp_path / "w.xlsx"
    cli.run("report", "weekly", "--owner", "王芳", "--all-stages", "-o", str(target))
    values = [c.value for row in load_workbook(target)["周进度总结"].iter_rows(min_row=8) for c in row]
    assert "我的项目" in values and "别人的项目" not in values
    bad = cli.run("report", "weekly", "--owner", "王芳", "--all", "-o", str(target), check=False)
    assert bad.returncode == 2


def test_weekly_from_the_cli_starts_at_stage_3_and_lists_on_hold_deals_apart(
    cli: Cli, tmp_path: Path
) -> None:
    lead = cli.run(
        "opp", "add", "--customer", "甲公司", "--name", "线索项目", "--owner", "王芳"
    ).stdout.strip()
    held = cli.run(
        "opp", "add", "--customer", "乙公司", "--name", "暂停项目", "--owner", "王芳"
    ).stdout.strip()
    cli.run("opp", "move", held, "3", "--force", "--reason", "客户领导直接推动")
    cli.run("opp", "close", held, "--hold", "--reason", "预算冻结", "--look-again", "2027-03-01")
    target = tmp_path / "w.xlsx"
    out = cli.run("report", "weekly", "--owner", "王芳", "-o", str(target)).stdout
    assert "0 个进行中商机" in out and "暂停 1 个" in out
    book = load_workbook(target)
    values = [c.value for row in book["周进度总结"].iter_rows(min_row=8) for c in row]
    assert "线索项目" not in values and "暂停项目" not in values
    held_values = [c.value for row in book["暂停商机"].iter_rows(min_row=5) for c in row]
    assert "暂停项目" in held_values and "预算冻结" in held_values
    cli.run("report", "weekly", "--owner", "王芳", "--all-stages", "-o", str(target))
    assert lead and "线索项目" in [
        c.value for row in load_workbook(target)["周进度总结"].iter_rows(min_row=8) for c in row
    ]


def test_bad_rows_reported_and_dry_run_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["客户名称", "项目名称", "当前阶段", "预计签单额(万元)", "重点客户"])
    ws.append(["甲公司", "好项目", "2", 12.5, "是"])  # row 2
    ws.append(["乙公司", "坏金额", "2", "十二万"])  # row 3
    ws.append(["丙公司", "坏阶段", "第十一阶段", 1])  # row 4
    ws.append([None, "没有客户", "1", 1])  # row 5
    path = tmp_path / "tracker.xlsx"
    wb.save(path)

    dry = cli.json("sheet", "import", str(path), "--dry-run", "--json")
    assert dry["created"] == 1 and dry["dry_run"] is True
    assert [e["row"] for e in dry["errors"]] == [3, 4, 5]
    assert cli.json("opp", "list", "--json") == []

    text = cli.run("sheet", "import", str(path)).stdout
    assert "第 3 行" in text and "第 4 行" in text and "第 5 行" in text
    cards = cli.json("opp", "list", "--json")
    assert [(c["name"], c["amount"], c["key_account"]) for c in cards] == [("好项目", "125000.00", True)]


def test_unreadable_file_exits_4_with_one_line(cli: Cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.xlsx"
    junk.write_text("hello")
    proc = cli.run("sheet", "import", str(junk), check=False)
    assert proc.returncode == 4
    assert len(proc.stderr.strip().splitlines()) == 1 and "Excel" in proc.stderr


def test_quote_and_progress_logs(cli: Cli, tmp_path: Path) -> None:
    opp = cli.run("opp", "add", "--customer", "华东电力", "--name", "平台").stdout.strip()
    cli.run("quote", "add", opp, "--lines", '[{"item": "服务器", "quantity": 2, "unit_price": 1000}]')
    cli.run("activity", "add", opp, "--type", "拜访", "--content", "=1+2", "--date", "2026-11-02")
    out = cli.run("report", "quotes", opp[:8], "-o", str(tmp_path)).stdout.strip()
    assert Path(out).name == "华东电力_平台_报价日志.xlsx"
    assert load_workbook(out)["报价轮次"]["D5"].value == 2000
    log = tmp_path / "log.xlsx"
    cli.run("report", "log", opp, "-o", str(log))
    cell = load_workbook(log)["进展日志"]["F5"]
    assert cell.value == "=1+2" and cell.data_type == "s"
    documents = cli.json("opp", "show", opp, "--json")["documents"]
    assert sorted(d["kind"] for d in documents) == ["log", "quotes"]


def test_weekly_empty_export_keeps_an_existing_file_unless_forced(cli: Cli, tmp_path: Path) -> None:
    cli.run("opp", "add", "--customer", "甲公司", "--name", "我的项目", "--owner", "王芳")
    target = tmp_path / "团队.xlsx"
    cli.run("report", "weekly", "--all", "-o", str(target))
    before = target.read_bytes()
    refused = cli.run("report", "weekly", "--owner", "无此人", "-o", str(target), check=False)
    assert refused.returncode == 2 and "未被空表覆盖" in refused.stderr
    assert "Traceback" not in refused.stderr and target.read_bytes() == before
    cli.run("report", "weekly", "--owner", "无此人", "--force", "-o", str(target))
    assert target.read_bytes() != before
