"""``projdesk risk …`` and ``projdesk change …``: the registers from the command line."""

from __future__ import annotations

from tests.e2e.conftest import Cli


def test_risk_add_list_update_close_from_the_command_line(cli: Cli) -> None:
    opp = cli.run("opp", "add", "--customer", "甲公司", "--name", "项目").stdout.strip()
    risk = cli.run(
        "risk", "add", opp, "--description", "竞争对手低价", "--probability", "高", "--impact", "高",
        "--response", "强调服务", "--due", "2026-12-20",
    ).stdout.strip()  # fmt: skip
    [row] = cli.json("risk", "list", opp, "--json")
    assert (row["id"], row["level"], row["open_high"], row["due_date"]) == (risk, "high", True, "2026-12-20")
    assert "【高】竞争对手低价" in cli.run("risk", "list", opp).stdout
    cli.run("risk", "update", risk[:8], "impact=低", "owner=李娜")
    [row] = cli.json("risk", "list", opp, "--json")
    assert (row["impact"], row["owner"], row["level"]) == ("low", "李娜", "medium")
    cli.run("risk", "close", risk, "--note", "对手已退出")
    assert cli.json("risk", "list", opp, "--open", "--json") == []


def test_bad_risk_values_exit_2_with_one_line_and_write_nothing(cli: Cli) -> None:
    opp = cli.run("opp", "add", "--customer", "甲公司", "--name", "项目").stdout.strip()
    bad = cli.run("risk", "add", opp, "--description", "x", "--impact", "极高", check=False)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "影响只能是 高/中/低" in bad.stderr
    risk = cli.run("risk", "add", opp, "--description", "x").stdout.strip()
    no_note = cli.run("risk", "close", risk, "--note", " ", check=False)
    assert no_note.returncode == 2 and "处理结果" in no_note.stderr
    assert [r["status"] for r in cli.json("risk", "list", opp, "--json")] == ["open"]


def test_change_before_the_contract_is_refused_with_exit_3(cli: Cli) -> None:
    opp = cli.run("opp", "add", "--customer", "甲公司", "--name", "项目").stdout.strip()
    refused = cli.run("change", "add", opp, "--reason", "增加模块", check=False)
    assert refused.returncode == 3 and "合同签订后" in refused.stderr and "Traceback" not in refused.stderr
    assert cli.json("change", "list", opp, "--json") == []


def test_approved_change_amends_the_contract_and_opp_show_lists_risks_and_changes(cli: Cli) -> None:
    opp = cli.run(
        "opp", "add", "--customer", "青岛港集团", "--name", "码头数据中台", "--amount", "800000"
    ).stdout.strip()
    _contract_signed(cli, opp)
    cli.run(
        "risk", "add", opp, "--description", "接口文档不全", "--probability", "high", "--impact", "medium"
    )
    approved = cli.run(
        "change", "add", opp, "--reason", "增加堆场接口", "--impact", "工期延长"
    ).stdout.strip()
    cli.run("change", "assess", approved, "--cost", "50000", "--days", "14", "--risk", "低")
    out = cli.run("change", "decide", approved, "--approve", "--by", "刘总").stdout
    assert "已批准" in out and "850,000.00" in out
    rejected = cli.run("change", "add", opp, "--reason", "再加一个大屏").stdout.strip()
    early = cli.run("change", "decide", rejected, "--reject", check=False)
    assert early.returncode == 3 and "尚未评估" in early.stderr
    cli.run("change", "assess", rejected, "--cost", "90000")
    cli.run("change", "decide", rejected, "--reject", "--note", "超出预算")
    shown = cli.json("opp", "show", opp, "--json")
    assert [(c["number"], c["status"], c["amount_change"]) for c in shown["changes"]] == [
        (1, "approved", "50000.00"),
        (2, "rejected", "90000.00"),
    ]
    assert shown["contract"]["amount"] == "800000.00" and shown["contract"]["current_amount"] == "850000.00"
    assert [(r["description"], r["level"]) for r in shown["risks"]] == [("接口文档不全", "high")]
    listed = cli.run("change", "list", opp).stdout
    assert "合同原金额 800,000.00 元，现金额 850,000.00 元" in listed


def _contract_signed(cli: Cli, opp: str) -> None:
    """The contract as the records engineer's commands will enter it; today through the service."""
    import subprocess
    import sys

    code = (
        "from projdesk.storage.services import Services;"
        f"s = Services.open({str(cli.db)!r});"
        f"s.commercial.save_contract({opp!r}, {{'amount': '800000', 'signed_date': '2026-11-20'}});"
        "s.close()"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
