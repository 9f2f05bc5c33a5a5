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
    values = cli.json("config", "get", "--json")
    assert {k: values[k] for k in ("user_name", "company_name", "certified_leads")} == {
        "user_name": "张伟",
        "company_name": "齐鲁信息技术股份有限公司",
        "certified_leads": "刘洋、陈静",
    }
    assert values["key_account_threshold"] == "300.00" and values["template_folder"] == "/srv/模板"
    assert values["company_bank"] == ""  # every company particular is a key of its own
    assert values["snapshot_file_limit_mb"] == "50" and values["snapshot_files_limit_mb"] == "500"
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


def _document_text(path: str) -> str:
    import docx

    document = docx.Document(path)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_config_company_name_round_trips_into_a_document(cli, tmp_path):
    # A stored library (imported from the company's file) holds the company profile: config set
    # writes that profile, so the documents print what config get shows.
    library = tmp_path / "资料库.json"
    library.write_text(
        '{"format": "projdesk-library", "version": 1, "company": {"name": "旧名称有限公司", "bank": "工行济南分行"}}',
        encoding="utf-8",
    )
    cli.run("library", "import", str(library))
    cli.run("config", "set", "company_name", "齐鲁信息技术股份有限公司")
    assert cli.run("config", "get", "company_name").stdout.strip() == "齐鲁信息技术股份有限公司"
    assert cli.run("config", "get", "company_bank").stdout.strip() == "工行济南分行"  # the rest kept
    shown = cli.json("library", "show", "--json")["company"]
    assert shown["name"] == "齐鲁信息技术股份有限公司"
    opp_id = cli.run("opp", "add", "--customer", "华东电力设计院", "--name", "调度平台").stdout.strip()
    out = tmp_path / "立项.docx"
    cli.run("doc", opp_id, "initiation", "-o", str(out))
    text = _document_text(str(out))
    assert "齐鲁信息技术股份有限公司" in text and "旧名称有限公司" not in text


def test_internal_document_without_a_company_name_prints_the_placeholder(cli, tmp_path):
    opp_id = cli.run("opp", "add", "--customer", "华东电力设计院", "--name", "调度平台").stdout.strip()
    out = tmp_path / "立项.docx"
    cli.run("doc", opp_id, "initiation", "-o", str(out))
    assert "【待填：公司名称】" in _document_text(str(out))


def test_config_set_of_a_too_long_company_field_is_refused_and_keeps_the_old_value(cli):
    cli.run("config", "set", "company_phone", "0531-88886666")
    refused = cli.run("config", "set", "company_phone", "8" * 300, check=False)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "公司信息的“电话”过长（最多 200 字，实有 300 字）" in refused.stderr
    assert cli.run("config", "get", "company_phone").stdout.strip() == "0531-88886666"
