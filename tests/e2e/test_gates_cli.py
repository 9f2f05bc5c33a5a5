"""The method's gates from the command line: every forward move refused (exit 3, the rule named)
until the stage's products exist, then accepted; closing, reopening and the cases it leaves."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from projdesk.labels import RULE_TEXTS
from projdesk.storage.services import Services
from tests.method_helpers import carry_to_stage, produce_stage_products, sign_contract

# The rule each stage's gate names while the products of the stage before it are missing.
FIRST_RULE = {
    2: "customer_industry",
    3: "budget",
    4: "project_lead",
    5: "research",
    6: "proposal_draft",
    7: "demo_held",
    8: "quote_round",
    9: "bid_review",
    10: "contract_signed",
}


@contextmanager
def services_on(cli: Any) -> Any:
    services = Services.open(cli.db, daily_backup=False)
    try:
        yield services
    finally:
        services.close()


def add(cli: Any, *extra: str) -> str:
    return cli.run(
        "opp", "add", "--customer", "华东电力设计院", "--name", "调度自动化平台", *extra
    ).stdout.strip()


def _with(cli: Any, work: Callable[[Services], None]) -> None:
    with services_on(cli) as services:
        services.ctx.prefs.user_name = "张伟"
        work(services)


def test_every_move_into_the_next_stage_refused_until_the_stage_products_exist(cli):
    opp_id = add(cli)
    for stage in range(1, 10):
        refused = cli.run("opp", "move", opp_id, str(stage + 1), check=False)
        assert refused.returncode == 3, (stage, refused.stderr)
        assert RULE_TEXTS[FIRST_RULE[stage + 1]].split("{")[0] in refused.stderr, stage
        assert "Traceback" not in refused.stderr
        assert cli.json("opp", "show", opp_id, "--json")["stage"] == stage
        _with(cli, lambda s, stage=stage: produce_stage_products(s, opp_id, stage))
        accepted = cli.run("opp", "move", opp_id, str(stage + 1))
        assert f"已移到阶段 {stage + 1}" in accepted.stdout


def test_shortcut_from_1_to_9_refused_even_with_j_done_and_a_supportive_kdm(cli):
    opp_id = add(cli, "--industry", "电力")
    _with(cli, lambda s: carry_to_stage(s, opp_id, 4))
    cli.run("opp", "move", opp_id, "1", "--reason", "重新梳理")
    refused = cli.run("opp", "move", opp_id, "9", check=False)
    assert refused.returncode == 3
    for code in ("research", "proposal_draft", "demo_held", "quote_round", "bid_review", "bid_submitted"):
        assert RULE_TEXTS[code] in refused.stderr


def test_shortcut_from_9_to_10_refused_without_contract_and_payment(cli):
    opp_id = add(cli)
    _with(cli, lambda s: carry_to_stage(s, opp_id, 9))
    cli.run("step", opp_id, "Y", "implementation_manager=赵磊", "handover_date=2026-12-10")
    refused = cli.run("opp", "move", opp_id, "10", check=False)
    assert refused.returncode == 3
    assert RULE_TEXTS["contract_signed"] in refused.stderr and "合同尚未生效" in refused.stderr


def test_override_is_logged_with_the_rules_it_passed(cli):
    opp_id = add(cli)
    refused = cli.run("opp", "move", opp_id, "3", "--force", check=False)
    assert refused.returncode == 2  # an override needs its reason
    moved = cli.run("opp", "move", opp_id, "3", "--force", "--reason", "客户领导直接推动")
    assert "已越过：进展日志还是空的" in moved.stdout
    history = cli.json("opp", "show", opp_id, "--json")["history"]
    [entry] = [h for h in history if h["field"] == "stage"]
    assert entry["kind"] == "override" and "客户领导直接推动" in entry["reason"]
    assert "尚未了解客户预算" in entry["reason"] and "客户基本情况未填" in entry["reason"]


def test_reading_a_step_writes_nothing(cli):
    opp_id = add(cli)

    def counts() -> tuple[int, int]:
        with sqlite3.connect(cli.db) as conn:
            return (
                conn.execute("select count(*) from step_records").fetchone()[0],
                conn.execute("select count(*) from history").fetchone()[0],
            )

    before = counts()
    shown = cli.run("step", opp_id, "K")
    assert "调研咨询" in shown.stdout
    assert counts() == before


def test_r_completed_with_not_passed_refused(cli):
    opp_id = add(cli)
    refused = cli.run("step", opp_id, "R", "--done", "outcome=不通过", "review_date=2026-12-01", check=False)
    assert refused.returncode == 3 and "最近一次方案评审未通过" in refused.stderr


def test_x_at_stage_1_refused(cli):
    opp_id = add(cli)
    cli.run("payment", "add", opp_id, "--milestone", "首付款", "--amount", "100", "--received", "100")
    refused = cli.run("step", opp_id, "X", "--done", "effective_on=2026-12-01", check=False)
    assert refused.returncode == 3 and RULE_TEXTS["contract_signed"] in refused.stderr


def test_won_without_w_refused_then_forced_with_a_reason(cli):
    opp_id = add(cli)
    refused = cli.run("opp", "close", opp_id, "--won", check=False)
    assert refused.returncode == 3 and RULE_TEXTS["contract_signed"] in refused.stderr
    forced = cli.run("opp", "close", opp_id, "--won", "--force", "--reason", "纸质合同在途")
    assert "已越过：合同尚未签定" in forced.stdout
    assert cli.json("opp", "show", opp_id, "--json")["status"] == "won"


def test_won_with_w_done(cli):
    opp_id = add(cli)
    _with(cli, lambda s: sign_contract(s, opp_id))
    cli.run("opp", "close", opp_id, "--won")
    detail = cli.json("opp", "show", opp_id, "--json")
    assert detail["status"] == "won" and detail["probability"] == 100 and detail["close"]["outcome"] == "won"


def test_lost_without_a_reason_refused(cli):
    opp_id = add(cli)
    refused = cli.run("opp", "close", opp_id, "--lost", "--winner", "南瑞集团", check=False)
    assert refused.returncode == 3 and "丢单需要说明原因" in refused.stderr
    assert cli.json("opp", "show", opp_id, "--json")["status"] == "open"


def test_lost_records_reason_winner_retrospective_and_sets_probability_0(cli):
    opp_id = add(cli, "--industry", "电力")
    cli.run(
        "opp", "close", opp_id, "--lost", "--loss-reason", "价格", "--reason", "对手低价 15%",
        "--winner", "南瑞集团", "--worked", "信息中心支持", "--not-worked", "报价偏高",
        "--lessons", "电力客户看重本地服务", "--tags", "电力,调度",
    )  # fmt: skip
    detail = cli.json("opp", "show", opp_id, "--json")
    assert detail["status"] == "lost" and detail["probability"] == 0
    close = detail["close"]
    assert (close["reason_code"], close["reason"], close["winner"]) == ("价格", "对手低价 15%", "南瑞集团")
    assert close["retrospective"] == {
        "worked": "信息中心支持",
        "not_worked": "报价偏高",
        "lessons": "电力客户看重本地服务",
        "tags": ["电力", "调度"],
    }
    [case] = cli.json("case", "list", "--industry", "电力", "--json")
    assert case["opportunity_id"] == opp_id and case["winner"] == "南瑞集团"
    assert cli.json("case", "list", "--industry", "金融", "--json") == []
    assert "电力客户看重本地服务" in cli.run("case", "list").stdout


def test_hold_and_reopen_ask_for_reasons(cli):
    opp_id = add(cli)
    refused = cli.run("opp", "close", opp_id, "--hold", "--reason", "预算冻结", check=False)
    assert refused.returncode == 3 and "重新评估的日期" in refused.stderr
    cli.run("opp", "close", opp_id, "--hold", "--reason", "预算冻结", "--look-again", "2027-03-01")
    detail = cli.json("opp", "show", opp_id, "--json")
    assert detail["status"] == "on_hold" and detail["next_date"] == "2027-03-01"
    assert cli.run("opp", "reopen", opp_id, check=False).returncode == 3
    cli.run("opp", "reopen", opp_id, "--reason", "预算已批")
    assert cli.json("opp", "show", opp_id, "--json")["status"] == "open"


def test_z_completed_only_when_every_milestone_is_received_or_written_off(cli):
    opp_id = add(cli)
    refused = cli.run("step", opp_id, "Z", "--done", check=False)
    assert refused.returncode == 3 and RULE_TEXTS["milestones_none"] in refused.stderr
    warranty = cli.run("payment", "add", opp_id, "--milestone", "质保金", "--amount", "5000").stdout.strip()
    assert cli.run("step", opp_id, "Z", "--done", check=False).returncode == 3
    assert (
        cli.run("payment", "write-off", opp_id, warranty, check=False).returncode == 3
    )  # a reason is needed
    cli.run("payment", "write-off", opp_id, warranty, "--reason", "客户破产清算")
    cli.run("step", opp_id, "Z", "--done")
    [payment] = cli.json("opp", "show", opp_id, "--json")["payments"]
    assert payment["write_off_reason"] == "客户破产清算"
