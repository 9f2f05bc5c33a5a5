"""``projdesk config get|set``: the settings of the 设置 dialog from the command line."""

from __future__ import annotations


def test_config_set_and_get_each_key(cli):
    cli.run("config", "set", "user_name", "张伟")
    cli.run("config", "set", "company_name", "齐鲁信息技术股份有限公司")
    cli.run("config", "set", "certified_leads", "刘洋,陈静、刘洋")
    cli.run("config", "set", "key_account_threshold", "300")
    cli.run("config", "set", "template_folder", "/srv/模板")
    cli.run("config", "set", "snapshot_file_limit_mb", "50MB")
    cli.run("config", "set", "snapshot_files_limit_mb", "500")
    assert cli.json("config", "get", "--json") == {
        "user_name": "张伟",
        "company_name": "齐鲁信息技术股份有限公司",
        "certified_leads": "刘洋、陈静",
        "key_account_threshold": "300.00",
        "template_folder": "/srv/模板",
        "snapshot_file_limit_mb": "50",
        "snapshot_files_limit_mb": "500",
    }
    assert cli.run("config", "get", "user_name").stdout.strip() == "张伟"


def test_config_refuses_an_unknown_key_and_a_bad_value_and_keeps_the_old_one(cli):
    cli.run("config", "set", "key_account_threshold", "300")
    unknown = cli.run("config", "set", "colour", "red", check=False)
    assert unknown.returncode == 2 and "没有这项设置" in unknown.stderr
    bad = cli.run("config", "set", "key_account_threshold", "很多", check=False)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    empty = cli.run("config", "set", "user_name", " ", check=False)
    assert empty.returncode == 2 and "姓名" in empty.stderr
    assert cli.run("config", "get", "key_account_threshold").stdout.strip() == "300.00"
    too_big = cli.run("config", "set", "snapshot_file_limit_mb", "-5", check=False)
    assert too_big.returncode == 2 and "0–512" in too_big.stderr


def test_the_user_name_set_from_the_cli_signs_new_records(cli):
    cli.run("config", "set", "user_name", "张伟")
    opp_id = cli.run("opp", "add", "--customer", "华东电力设计院", "--name", "调度平台").stdout.strip()
    assert cli.json("opp", "show", opp_id, "--json")["owner"] == "张伟"


def test_certified_leads_set_from_the_cli_hold_for_the_gate_into_stage_4(cli):
    cli.run("config", "set", "certified_leads", "陈静")
    opp_id = cli.run("opp", "add", "--customer", "华东电力设计院", "--name", "调度平台").stdout.strip()
    cli.run("opp", "move", opp_id, "3", "--force", "--reason", "测试")
    cli.run("step", opp_id, "J", "project_lead=刘洋", "lead_certified=是")
    refused = cli.run("opp", "move", opp_id, "4", check=False)
    assert refused.returncode == 3 and "不在持证项目主管名单中" in refused.stderr


def test_key_account_from_the_cli_gets_the_reasons_of_the_rules_at_the_set_threshold(cli):
    cli.run("config", "set", "key_account_threshold", "100")
    opp_id = cli.run(
        "opp", "add", "--customer", "华东电力设计院", "--name", "调度平台", "--amount", "1200000"
    ).stdout.strip()
    cli.run("opp", "update", opp_id, "key_account=是")
    customer = cli.json("opp", "show", opp_id, "--json")["customer_detail"]
    assert customer["key_account"] is True
    assert customer["key_reasons"] == ["预计签单额 120.00 万，达到门槛 100.00 万"]
