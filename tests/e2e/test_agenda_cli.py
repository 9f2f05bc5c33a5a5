"""``projdesk agenda`` end to end: the same items as the 日程 page, in Chinese or as JSON."""

from __future__ import annotations

import datetime as dt

from tests.e2e.conftest import Cli


def _day(offset: int) -> str:
    return (dt.date.today() + dt.timedelta(days=offset)).isoformat()


def _deal(cli: Cli, customer: str, owner: str) -> str:
    return cli.run(
        "opp", "add", "--customer", customer, "--name", "调度系统", "--owner", owner
    ).stdout.strip()


def test_agenda_json_lists_overdue_first_with_sections_and_exact_amounts(cli: Cli) -> None:
    cli.run("config", "set", "user_name", "张伟")
    mine = _deal(cli, "华东电力", "张伟")
    cli.run("opp", "update", mine, "next_step=交方案", f"next_date={_day(-2)}")
    cli.run("payment", "add", mine, "--milestone", "首付款", "--amount", "300000.10", "--due", _day(1))
    theirs = _deal(cli, "华北银行", "李娜")
    cli.run("opp", "update", theirs, "next_step=报价", f"next_date={_day(0)}")

    agenda = cli.json("agenda", "--json")
    items = agenda["items"]
    assert [(i["section"], i["kind"], i["what"]) for i in items] == [
        ("overdue", "next_step", "交方案"),
        ("tomorrow", "payment", "首付款"),
    ]
    assert items[1]["amount"] == "300000.10" and items[1]["opportunity_id"] == mine
    assert agenda["today"] == _day(0)

    everyone = cli.json("agenda", "--all", "--json")["items"]
    assert [i["owner"] for i in everyone] == ["张伟", "李娜", "张伟"]
    assert [i["what"] for i in cli.json("agenda", "--owner", "李娜", "--json")["items"]] == ["报价"]


def test_agenda_prints_chinese_sections_and_refuses_a_bad_horizon(cli: Cli) -> None:
    cli.run("config", "set", "user_name", "张伟")
    opp = _deal(cli, "华东电力", "张伟")
    cli.run("opp", "update", opp, "next_step=周例会", f"next_date={_day(0)}")
    out = cli.run("agenda").stdout
    assert out.splitlines()[0] == "今天（1）"
    assert "下一步  周例会  华东电力 · 调度系统" in out

    bad = cli.run("agenda", "--days", "-3", check=False)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "天数" in bad.stderr
    assert cli.run("agenda", "--owner", "没有的人").stdout.strip().endswith("没有待办的日程")


def test_report_forecast_json_sums_weighted_amounts_by_month(cli: Cli) -> None:
    cli.run("config", "set", "user_name", "张伟")
    first = cli.run(
        "opp", "add", "--customer", "华东电力", "--name", "调度系统", "--amount", "1000000"
    ).stdout.strip()
    cli.run("opp", "update", first, "expected_sign_date=2027-01-15")  # stage 1: 5 %
    second = cli.run(
        "opp", "add", "--customer", "华北银行", "--name", "核心改造", "--amount", "200000"
    ).stdout.strip()
    cli.run("opp", "update", second, "expected_sign_date=2027-01-20", "probability=50")
    result = cli.json("report", "forecast", "--json")
    assert result["months"] == [
        {"month": "2027-01", "count": 2, "amount": "1200000.00", "weighted": "150000.00"}
    ]
    assert (result["weighted"], result["without_amount"]) == ("150000.00", 0)
    text = cli.run("report", "forecast").stdout
    assert "2027-01" in text and "15.00 万" in text
