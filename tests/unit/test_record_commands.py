"""Every kind of record through the command line: add, list, show, update, delete (#14)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from projdesk.cli import main
from tests.unit.documents_helpers import docx_text


class Cli:
    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.db = db
        self.capsys = capsys

    def run(self, *args: str, code: int = 0) -> str:
        self.capsys.readouterr()
        got = main(["--db", str(self.db), *args])
        out, err = self.capsys.readouterr()
        assert got == code, f"projdesk {' '.join(args)} → {got}: {err}"
        if code:
            assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
            return err.strip()
        return out.strip()

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args))


@pytest.fixture
def cli(services: Any, db_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(db_path, capsys)


@pytest.fixture
def opp(services: Any) -> str:
    return str(services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000"))


def test_contact_whole_cycle_add_list_show_update_delete(cli: Cli, opp: str) -> None:
    new = cli.run(
        "contact", "add", opp, "--name", "王主任", "--role", "关键决策人", "--attitude", "中立",
        "--email", "wang@hdpower.cn", "--background", "信息中心出身",
    )  # fmt: skip
    [listed] = cli.json("contact", "list", opp, "--json")
    assert listed["id"] == new and listed["email"] == "wang@hdpower.cn"
    assert cli.json("contact", "show", opp, "王主任", "--json")["background"] == "信息中心出身"
    assert cli.run("contact", "update", opp, new[:8], "attitude=支持", "title=主任") == "已修改 2 个字段"
    shown = cli.json("contact", "show", opp, new, "--json")
    assert (shown["attitude"], shown["title"]) == ("支持", "主任")
    assert "王主任" in cli.run("contact", "list", opp)
    cli.run("contact", "delete", opp, "王主任")
    assert cli.json("contact", "list", opp, "--json") == []


def test_contact_added_twice_is_refused_naming_the_one_to_edit(cli: Cli, opp: str) -> None:
    first = cli.run("contact", "add", opp, "--name", "王主任", "--attitude", "中立")
    err = cli.run("contact", "add", opp, "--name", "王主任", "--attitude", "支持", code=2)
    assert "已存在" in err and first[:8] in err
    assert len(cli.json("contact", "list", opp, "--json")) == 1


def test_contact_attitude_changed_with_no_duplicate_in_any_document(
    cli: Cli, opp: str, tmp_path: Path
) -> None:
    cli.run("contact", "add", opp, "--name", "王主任", "--role", "关键决策人", "--attitude", "中立")
    cli.run("contact", "update", opp, "王主任", "attitude=支持")
    [contact] = cli.json("opp", "show", opp, "--json")["contacts"]
    assert contact["attitude"] == "支持"
    for kind in ("initiation", "research", "handover"):
        out = tmp_path / f"{kind}.docx"
        cli.run("doc", opp, kind, "--allow-gaps", "-o", str(out))
        assert len(_person_rows(out, "王主任")) == 1, kind
    [initiation_row] = _person_rows(tmp_path / "initiation.docx", "王主任")
    assert "支持" in initiation_row and "中立" not in initiation_row


def _person_rows(path: Path, name: str) -> list[list[str]]:
    """The rows of the document's tables that list this person (their name in the first cell)."""
    from docx import Document

    rows = [[cell.text for cell in row.cells] for table in Document(str(path)).tables for row in table.rows]
    return [row for row in rows if row and row[0] == name]


def test_contact_with_an_unknown_field_or_attitude_is_refused_and_nothing_changes(cli: Cli, opp: str) -> None:
    cli.run("contact", "add", opp, "--name", "王主任")
    assert "mood" in cli.run("contact", "update", opp, "王主任", "mood=好", code=2)
    assert "态度只能是" in cli.run("contact", "update", opp, "王主任", "attitude=很好", code=2)
    assert cli.json("contact", "show", opp, "王主任", "--json")["attitude"] == "未知"


def test_competitor_whole_cycle_with_strengths_and_our_answer(cli: Cli, opp: str) -> None:
    new = cli.run(
        "competitor", "add", opp, "--name", "东方软件", "--price", "98万",
        "--strengths", "本地团队", "--our-answer", "强调平台成熟度",
    )  # fmt: skip
    shown = cli.json("competitor", "show", opp, "东方软件", "--json")
    assert shown["id"] == new and shown["price"] == "980000.00"
    assert (shown["strengths"], shown["our_answer"]) == ("本地团队", "强调平台成熟度")
    cli.run("competitor", "update", opp, new[:8], "price=95万", "our_answer=派驻实施团队")
    [listed] = cli.json("competitor", "list", opp, "--json")
    assert (listed["price"], listed["our_answer"]) == ("950000.00", "派驻实施团队")
    assert "不是有效的金额" in cli.run("competitor", "update", opp, "东方软件", "price=很多", code=2)
    cli.run("competitor", "delete", opp, "东方软件")
    assert cli.json("competitor", "list", opp, "--json") == []


LINES = '[{"item":"服务器","brand":"浪潮","model":"NF5280M6","quantity":2,"unit":"台","unit_price":"56000"}]'


def test_quote_whole_cycle_add_copy_edit_a_line_accept_delete(cli: Cli, opp: str) -> None:
    cli.run("quote", "add", opp, "--lines", LINES, "--date", "2026-10-01", "--note", "首轮")
    cli.run("quote", "copy", opp, "1", "--date", "2026-10-15", "--note", "二轮")
    cli.run("quote", "line-update", opp, "2", "1", "brand=华为", "model=2288H", "unit_price=52000")
    cli.run("quote", "line-add", opp, "2", "item=实施服务", "quantity=10", "unit=人天", "unit_price=2000")
    cli.run("quote", "update", opp, "2", "note=二轮（降价）")
    cli.run("quote", "accept", opp, "2")
    first, second = cli.json("quote", "list", opp, "--json")
    assert first["lines"][0]["lineage"] == second["lines"][0]["lineage"]  # the same line, changed
    assert second["lines"][0]["brand"] == "华为" and second["total"] == "124000.00"
    assert second["accepted"] and not first["accepted"] and second["note"] == "二轮（降价）"
    assert cli.json("quote", "show", opp, "1", "--json")["lines"][0]["brand"] == "浪潮"
    cli.run("quote", "line-delete", opp, "2", "2")
    assert len(cli.json("quote", "show", opp, "2", "--json")["lines"]) == 1
    assert "最后一行" in cli.run("quote", "line-delete", opp, "2", "1", code=2)
    cli.run("quote", "delete", opp, "1")
    assert [q["round"] for q in cli.json("quote", "list", opp, "--json")] == [2]
    assert "没有第 7 轮" in cli.run("quote", "accept", opp, "7", code=2)


def test_quote_accept_from_the_command_line_marks_one_round(cli: Cli, opp: str) -> None:
    cli.run("quote", "add", opp, "--lines", LINES)
    cli.run("quote", "add", opp, "--lines", LINES)
    cli.run("quote", "accept", opp, "1")
    assert [q["accepted"] for q in cli.json("opp", "show", opp, "--json")["quotes"]] == [True, False]


def test_quote_line_with_a_mistyped_key_is_refused_naming_the_key(cli: Cli, opp: str) -> None:
    err = cli.run("quote", "add", opp, "--lines", '[{"item":"服务器","quantity":1,"unitprice":"5"}]', code=2)
    assert "unitprice" in err
    assert cli.json("quote", "list", opp, "--json") == []


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('{"item":"服务器","quantity":1}', "缺少单价"),
        ('{"item":"服务器","unit_price":"5"}', "缺少数量"),
        ('{"item":"服务器","quantity":1,"unit_price":"0"}', "必须大于 0"),
        ('{"item":"服务器","quantity":0,"unit_price":"5"}', "必须大于 0"),
        ('{"item":"服务器","quantity":-2,"unit_price":"5"}', "数量"),
    ],
)
def test_quote_line_without_a_positive_quantity_and_price_is_refused(
    cli: Cli, opp: str, line: str, words: str
) -> None:
    assert words in cli.run("quote", "add", opp, "--lines", f"[{line}]", code=2)
    assert cli.json("quote", "list", opp, "--json") == []


def test_quote_line_edit_with_an_unknown_key_or_zero_price_leaves_the_line(cli: Cli, opp: str) -> None:
    cli.run("quote", "add", opp, "--lines", LINES)
    assert "unitprice" in cli.run("quote", "line-update", opp, "1", "1", "unitprice=5", code=2)
    assert "大于 0" in cli.run("quote", "line-update", opp, "1", "1", "unit_price=0", code=2)
    assert cli.json("quote", "show", opp, "1", "--json")["lines"][0]["unit_price"] == "56000.00"


def test_contract_created_from_the_cli_appears_in_opp_show_and_the_contract_document(
    cli: Cli, opp: str, tmp_path: Path
) -> None:
    new = cli.run(
        "contract", "add", opp, "--number", "HDPS-2026-118", "--amount", "118万",
        "--party-a", "华东电力设计院", "--party-b", "本公司", "--signed", "2026-11-20",
        "--milestone", "首付款=30%@2026-12-01", "--milestone", "验收款=826000",
    )  # fmt: skip
    shown = cli.json("opp", "show", opp, "--json")
    assert shown["contract"]["id"] == new and shown["contract"]["number"] == "HDPS-2026-118"
    assert shown["contract"]["amount"] == "1180000.00" and shown["contract"]["signed_date"] == "2026-11-20"
    assert [(p["milestone"], p["amount"]) for p in shown["payments"]] == [
        ("首付款", "354000.00"),
        ("验收款", "826000.00"),
    ]
    out = tmp_path / "合同.docx"
    cli.run("doc", opp, "contract", "--allow-gaps", "-o", str(out))
    text = docx_text(out)
    assert "HDPS-2026-118" in text and "本公司" in text
    assert "已有合同" in cli.run("contract", "add", opp, "--number", "X", code=2)


def test_contract_whole_cycle_update_show_delete(cli: Cli, opp: str) -> None:
    assert "还没有合同" in cli.run("contract", "update", opp, "--number", "X", code=2)
    cli.run("contract", "add", opp, "--number", "HT-1", "--amount", "100万")
    cli.run("contract", "update", opp, "--party-b", "本公司", "terms=验收后 30 日内付清")
    shown = cli.json("contract", "show", opp, "--json")
    assert shown["contract"]["party_b"] == "本公司" and shown["contract"]["terms"] == "验收后 30 日内付清"
    assert "签订日期" in cli.run("contract", "update", opp, "signed_date=明天", code=2)
    assert "HT-1" in cli.run("contract", "show", opp)
    cli.run("contract", "delete", opp)
    assert cli.json("opp", "show", opp, "--json")["contract"] is None


def test_payment_marked_received_without_a_new_milestone(cli: Cli, opp: str) -> None:
    cli.run(
        "contract", "add", opp, "--amount", "100万", "--milestone", "首付款=30%", "--milestone", "验收款=70%"
    )
    cli.run("payment", "update", opp, "首付款", "--received", "30万", "--date", "2026-12-02")
    payments = cli.json("payment", "list", opp, "--json")
    assert [p["milestone"] for p in payments] == ["首付款", "验收款"]
    paid = next(p for p in payments if p["milestone"] == "首付款")
    assert (paid["received_amount"], paid["received_date"]) == ("300000.00", "2026-12-02")
    total = sum(float(p["amount"]) for p in payments)
    assert total == 1000000.0  # 100 %, not 130 %


def test_payment_whole_cycle_add_show_update_delete(cli: Cli, opp: str) -> None:
    new = cli.run("payment", "add", opp, "--milestone", "到货款", "--amount", "40万", "--due", "2027-01-10")
    assert cli.json("payment", "show", opp, "到货款", "--json")["id"] == new
    cli.run("payment", "update", opp, new[:8], "due_date=2027-01-20", "amount=45万")
    shown = cli.json("payment", "show", opp, new, "--json")
    assert (shown["due_date"], shown["amount"]) == ("2027-01-20", "450000.00")
    assert "不能为空" in cli.run("payment", "update", opp, "到货款", "milestone=", code=2)
    assert "没有要修改" in cli.run("payment", "update", opp, "到货款", code=2)
    cli.run("payment", "delete", opp, "到货款")
    assert cli.json("payment", "list", opp, "--json") == []


def test_review_whole_cycle_add_list_show_update_delete(cli: Cli, opp: str) -> None:
    new = cli.run("review", "add", opp, "--kind", "bid", "--reviewer", "李总", "--submitted", "2026-11-01")
    [listed] = cli.json("review", "list", opp, "--json")
    assert listed["id"] == new and listed["outcome"] == "pending"
    cli.run("review", "update", opp, new[:8], "outcome=passed", "comments=报价需再压 3%")
    shown = cli.json("review", "show", opp, new, "--json")
    assert (shown["outcome"], shown["comments"]) == ("passed", "报价需再压 3%")
    assert "评审结论只能是" in cli.run("review", "update", opp, new, "outcome=ok", code=2)
    cli.run("review", "delete", opp, new)
    assert cli.json("review", "list", opp, "--json") == []


def test_customer_list_show_update_and_merge(cli: Cli, services: Any, opp: str) -> None:
    other = services.opportunities.add("华东电力设计院有限公司", "配网项目")
    cli.run("contact", "add", other, "--name", "赵工")
    cli.run("customer", "update", "华东电力设计院", "industry=电力", "listed=是", "address=杭州市")
    shown = cli.json("customer", "show", "华东电力设计院", "--json")
    assert (shown["industry"], shown["listed"], shown["address"]) == ("电力", True, "杭州市")
    assert len(cli.json("customer", "list", "--json")) == 2
    cli.run("customer", "merge", "华东电力设计院", "华东电力设计院有限公司")
    [kept] = cli.json("customer", "list", "--json")
    assert kept["name"] == "华东电力设计院"
    assert {c["customer"] for c in cli.json("opp", "list", "--json")} == {"华东电力设计院"}
    assert [c["name"] for c in cli.json("contact", "list", opp, "--json")] == ["赵工"]
    assert "找不到客户" in cli.run("customer", "show", "没有这家", code=2)


@pytest.mark.parametrize(
    ("kind", "name"), [("bid", "bid.pdf"), ("contract", "合同.xlsx"), ("slides", "汇报.docx")]
)
def test_doc_output_with_the_wrong_extension_is_refused_with_one_line(
    cli: Cli, opp: str, tmp_path: Path, kind: str, name: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    err = cli.run("doc", opp, kind, "-o", str(out / name), code=2)
    assert name in err and ("pptx" if kind == "slides" else "docx") in err
    assert list(out.iterdir()) == []
    assert cli.json("opp", "show", opp, "--json")["documents"] == []


def test_opportunity_moved_to_another_customer_by_name(cli: Cli, opp: str) -> None:
    cli.run("opp", "update", opp, "customer=华东电网公司", "budget=150万", "source=行业会议")
    shown = cli.json("opp", "show", opp, "--json")
    assert (
        shown["customer"] == "华东电网公司"
        and shown["budget"] == "1500000.00"
        and shown["source"] == "行业会议"
    )
    assert "客户名称不能为空" in cli.run("opp", "update", opp, "customer=", code=2)
