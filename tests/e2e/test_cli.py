"""The command-line contract of DESIGN.md, through a real subprocess."""

import sqlite3

import pytest

STAGE_OF = {
    **dict.fromkeys("ABCD", 1),
    **dict.fromkeys("EFGHI", 2),
    "J": 3,
    "K": 4,
    "L": 5,
    "M": 5,
    "N": 6,
    "O": 6,
    "P": 7,
    **dict.fromkeys("QRST", 8),
    **dict.fromkeys("UVWX", 9),
    "Y": 10,
    "Z": 10,
}


def add(cli, customer="华东电力设计院", name="调度自动化平台", *extra):
    return cli.run(
        "opp", "add", "--customer", customer, "--name", name, "--amount", "1200000", *extra
    ).stdout.strip()


def test_add_list_show(cli):
    opp_id = add(cli, "华东电力设计院", "调度自动化平台", "--industry", "电力", "--region", "杭州")
    [card] = cli.json("opp", "list", "--json")
    assert card["id"] == opp_id and card["stage"] == 1 and card["status"] == "open"
    assert card["amount"] == "1200000.00" and card["key_account"] is False
    for key in ("customer", "name", "stage_name", "owner", "next_step", "next_date", "updated_at"):
        assert key in card
    detail = cli.json("opp", "show", opp_id, "--json")
    assert [s["letter"] for s in detail["steps"]] == [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    assert all(s["stage"] == STAGE_OF[s["letter"]] for s in detail["steps"])
    assert all({"status", "fields"} <= set(s) for s in detail["steps"])
    for key in (
        "contacts",
        "competitors",
        "activities",
        "quotes",
        "reviews",
        "contract",
        "payments",
        "handover",
        "documents",
        "history",
    ):
        assert key in detail


def test_move_refused_then_forced_with_reason_in_history(cli):
    opp_id = add(cli)
    refused = cli.run("opp", "move", opp_id, "3", check=False)
    assert refused.returncode == 3 and "预算" in refused.stderr and "关键决策人" in refused.stderr
    assert "Traceback" not in refused.stderr
    cli.run("opp", "move", opp_id, "3", "--force", "--reason", "领导要求先立项")
    detail = cli.json("opp", "show", opp_id, "--json")
    assert detail["stage"] == 3
    [move] = [h for h in detail["history"] if h["field"] == "stage"]
    assert move["kind"] == "override" and "领导要求先立项" in move["reason"]


def test_step_done_with_required_field_empty_names_it(cli):
    opp_id = add(cli)
    refused = cli.run("step", opp_id, "J", "--done", "push_plan=下周拜访", check=False)
    assert refused.returncode == 3 and "项目主管" in refused.stderr
    done = cli.run(
        "step",
        opp_id,
        "J",
        "--done",
        "project_lead=刘洋",
        "lead_certified=是",
        "business_contact=李娜",
        "push_plan=拜访分管领导",
        "submitted_on=2026-11-20",
    )
    assert "已完成" in done.stdout
    step_j = next(s for s in cli.json("opp", "show", opp_id, "--json")["steps"] if s["letter"] == "J")
    assert step_j["status"] == "done" and step_j["fields"]["project_lead"] == "刘洋"


def test_gate_path_through_the_cli(cli):
    opp_id = add(cli, "华东电力设计院", "调度自动化平台", "--industry", "电力")
    cli.run("activity", "add", opp_id, "--type", "拜访", "--content", "首次拜访信息中心")
    cli.run("contact", "add", opp_id, "--name", "王建国", "--role", "关键决策人", "--attitude", "支持")
    cli.run("step", opp_id, "E", "budget=80万")
    cli.run("opp", "move", opp_id, "3")
    cli.run(
        "step",
        opp_id,
        "J",
        "--done",
        "project_lead=刘洋",
        "lead_certified=是",
        "business_contact=李娜",
        "push_plan=拜访",
        "submitted_on=2026-11-20",
    )
    cli.run("opp", "move", opp_id, "4")
    assert cli.json("opp", "show", opp_id, "--json")["stage"] == 4


def test_activity_add_becomes_next_step(cli):
    opp_id = add(cli)
    cli.run(
        "activity",
        "add",
        opp_id,
        "--type",
        "拜访",
        "--content",
        "首次拜访信息中心",
        "--next",
        "发送案例",
        "--next-date",
        "2026-12-05",
    )
    detail = cli.json("opp", "show", opp_id, "--json")
    assert detail["next_step"] == "发送案例" and detail["next_date"] == "2026-12-05"
    assert detail["activities"][0]["content"] == "首次拜访信息中心"


@pytest.mark.parametrize(
    ("args", "codes"),
    [
        (("opp", "show", "no-such-id", "--json"), {2}),
        (("opp", "move", "{id}", "11"), {2}),
        (("opp", "move", "{id}", "0"), {2}),
        (("opp", "update", "{id}", "amount=abc"), {2}),
        (("opp", "update", "{id}", "next_date=2026-13-40"), {2}),
        (("opp", "update", "{id}", "stage=5"), {2}),
        (("step", "{id}", "Q", "no_field=1"), {2}),
        (("step", "{id}", "%"), {2}),
        (("activity", "add", "{id}", "--type", "拜访", "--content", ""), {2}),
        (("opp", "bogus"), {2}),
    ],
)
def test_bad_input_is_one_clear_line_and_changes_nothing(cli, args, codes):
    opp_id = add(cli)
    before = cli.run("opp", "show", opp_id, "--json").stdout
    proc = cli.run(*[a.replace("{id}", opp_id) for a in args], check=False)
    assert proc.returncode in codes
    assert "Traceback" not in proc.stderr and proc.stderr.strip()
    after = cli.run("opp", "show", opp_id, "--json").stdout
    assert after == before


def test_database_has_alembic_version_and_wal(cli):
    add(cli)
    con = sqlite3.connect(cli.db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    con.close()


def test_future_database_refused_untouched(cli):
    add(cli)
    con = sqlite3.connect(cli.db)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("UPDATE alembic_version SET version_num='ffff_future'")
    con.commit()
    con.close()
    before = cli.db.read_bytes()
    proc = cli.run("opp", "list", check=False)
    assert proc.returncode == 4 and "更新版本" in proc.stderr and "Traceback" not in proc.stderr
    assert cli.db.read_bytes() == before


def test_version(cli):
    assert "ProjDesk" in cli.run("--version").stdout
