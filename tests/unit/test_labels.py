"""projdesk.labels: every code a rule returns has its words, with its parameters filled in."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from dataclasses import field as default
from pathlib import Path
from typing import get_args

import pytest

from projdesk import labels
from projdesk.domain import gates
from projdesk.domain.gates import GateContext, UnmetRule, unmet_for_move, unmet_for_step
from projdesk.sync.progress import Stage


def _codes_in_gates_source() -> set[str]:
    tree = ast.parse(Path(gates.__file__).read_text(encoding="utf-8"))
    return {
        str(node.args[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", "") == "UnmetRule"
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_rule_code_in_gates_has_a_text() -> None:
    codes = _codes_in_gates_source()
    assert len(codes) == 34
    assert codes == set(labels.RULE_TEXTS)


def test_rule_text_fills_in_the_lead_named_by_the_rule() -> None:
    rule = UnmetRule("lead_certified", "lead_certified", {"lead": "刘洋"})
    assert labels.rule_text(rule) == "项目主管“刘洋”尚未取得营销中心的项目主管认证"


def test_rule_text_translates_before_filling_in_the_params() -> None:
    rule = UnmetRule("lead_not_listed", "project_lead", {"lead": "刘洋"})
    seen: list[str] = []

    def translate(text: str) -> str:
        seen.append(text)
        return "Project lead {lead} is not on the list"

    assert labels.rule_text(rule, translate) == "Project lead 刘洋 is not on the list"
    assert seen == ["项目主管“{lead}”不在持证项目主管名单中"]


def test_every_unmet_rule_of_a_bare_opportunity_reads_in_chinese() -> None:
    unmet = unmet_for_move(GateContext(stage=1), 10) + unmet_for_step(GateContext(stage=8), "S")
    texts = labels.rule_texts(unmet)
    assert len(texts) == len(unmet) == 20
    assert all(text and "{" not in text for text in texts)
    assert "尚未了解客户预算（步骤 E：填写“预算”）" in texts


@dataclass(frozen=True)
class _Conflict:
    entity: str = "opportunities"
    entity_id: str = "0f3c"
    record: labels.RecordName = default(default_factory=labels.RecordName)
    field: str = "amount"
    step_field: str = ""


def test_conflict_on_a_step_value_names_the_opportunity_the_step_and_the_key() -> None:
    conflict = _Conflict(
        entity="step_records",
        record=labels.RecordName("华东电力 · 调度系统", step="E", step_title="了解客户情况"),
        field="values.budget_note",
        step_field="budget_note",
    )
    assert labels.conflict_record_text(conflict) == "华东电力 · 调度系统 / 步骤 E 了解客户情况"
    assert labels.conflict_field_text(conflict) == "budget_note"


def test_conflict_on_a_contact_names_the_table_and_the_row() -> None:
    conflict = _Conflict(entity="contacts", record=labels.RecordName(text="赵总"), field="name")
    assert labels.conflict_record_text(conflict) == "联系人：赵总"
    assert labels.conflict_field_text(conflict) == "名称"


def test_conflict_on_a_record_gone_from_the_database_names_its_id() -> None:
    assert labels.conflict_record_text(_Conflict(field="*")) == "0f3c"
    assert labels.conflict_field_text(_Conflict(field="*")) == "整条记录"


def test_a_table_or_field_code_of_a_newer_version_shows_as_it_is() -> None:
    assert labels.table_text("tenders") == "tenders"
    assert labels.field_text("contacts", "tender_no") == "tender_no"


def test_step_status_reads_in_chinese_and_an_unknown_one_as_it_is() -> None:
    assert [labels.step_status_text(s) for s in ("not_started", "in_progress", "done", "skipped")] == [
        "未开始",
        "进行中",
        "已完成",
        "已跳过",
    ]
    assert labels.step_status_text("paused") == "paused"


def test_each_amount_is_named_by_its_table_and_an_unnamed_one_is_an_amount() -> None:
    assert labels.conflict_field_text(_Conflict(entity="opportunities", field="amount")) == "预计签单额"
    assert labels.history_field_text("opportunities", "amount") == "预计签单额"
    assert labels.history_field_text("payments", "amount") == "应收金额"
    assert labels.history_field_text("contracts", "amount") == "合同金额"
    assert labels.history_field_text("quote_lines", "amount") == "金额"


def test_star_is_the_whole_record_in_a_conflict_and_its_creation_in_the_history() -> None:
    assert labels.conflict_field_text(_Conflict(field="*")) == "整条记录"
    assert labels.history_field_text("contacts", "*") == "新建"
    assert labels.history_kind_text("override") == "越过门槛"


def test_progress_reads_the_stage_with_the_tables_name() -> None:
    assert labels.progress_text("merge", "customers") == "合并 客户"
    assert labels.progress_text("write_file", "") == "写入文件"


def test_every_sync_stage_has_a_progress_text() -> None:
    assert set(get_args(Stage)) == set(labels.PROGRESS_TEXTS)


def test_a_refused_move_reads_in_chinese_for_the_cli() -> None:
    refusal = gates.GateRefused("move_blocked", {"stage": "申请立项"}, [UnmetRule("budget", "budget")])
    assert (
        str(refusal) == "还不能进入“申请立项”，以下条件未满足：\n  - 尚未了解客户预算（步骤 E：填写“预算”）"
    )
    assert refusal.exit_code == 3 and refusal.code == "move_blocked"


def test_a_step_with_required_fields_missing_lists_each_field() -> None:
    rules = gates.required_fields_unmet(["来源渠道", "发现日期"])
    refusal = gates.GateRefused("step_missing", {"letter": "A", "title": "搜索客户"}, rules)
    assert refusal.reasons == ["请填写：来源渠道", "请填写：发现日期"]
    assert str(refusal).startswith("步骤 A 搜索客户 还不能完成，缺少必填项：")


def test_the_terms_a_refusal_names_are_translated_and_the_names_of_people_are_not() -> None:
    english = {
        "申请立项": "Initiation",
        "刘洋": "never",
        "还不能进入“{stage}”，以下条件未满足：": "Not yet {stage}:",
    }
    assert labels.refusal_text("move_blocked", {"stage": "申请立项"}, lambda t: english.get(t, t)) == (
        "Not yet Initiation:"
    )
    lead = UnmetRule("lead_certified", "lead_certified", {"lead": "刘洋"})
    assert "刘洋" in labels.rule_text(lead, lambda t: english.get(t, t))


def test_a_coded_error_reads_in_chinese_with_its_params_and_keeps_its_code() -> None:
    from projdesk.domain.errors import InvalidInput

    error = InvalidInput.coded("quote_line_unnamed", position=3)
    assert str(error) == "第 3 行报价缺少品名"
    assert (error.code, error.params) == ("quote_line_unnamed", {"position": "3"})
    assert error.exit_code == 2


def test_every_coded_error_raised_in_the_code_has_a_text() -> None:
    import re
    from pathlib import Path

    from projdesk import labels

    root = Path(labels.__file__).parent
    # Error.coded("x"), the snapshot reader's _bad("x"), failures' _coded(Kind, "x", place)
    # (which also raises "x_somewhere" when no place is known)
    patterns = {
        r"\.coded\(\s*\"(\w+)\"": "",
        r"\b_bad\(\s*\"(\w+)\"": "",
        r"\b_coded\(\s*\w+,\s*\"(\w+)\"": "_somewhere",
    }
    raised = set()
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern, variant in patterns.items():
            for code in re.findall(pattern, text):
                raised |= {code, code + variant}
    assert {"quote_line_unnamed", "snapshot_empty", "database_busy_somewhere"} <= raised, "a pattern is stale"
    assert raised <= set(labels.ERROR_TEXTS), raised - set(labels.ERROR_TEXTS)


def test_a_refused_value_reads_as_its_field_then_its_problem() -> None:
    from projdesk.domain import limits
    from projdesk.domain.errors import InvalidInput

    with pytest.raises(InvalidInput) as refused:
        limits.checked("customers", "credit_code", "123", label=labels.field_text("customers", "credit_code"))
    assert str(refused.value) == "统一社会信用代码 应为 18 位数字或大写字母"
    assert refused.value.code == "value_refused"
    assert refused.value.params == {"field": "统一社会信用代码", "problem": "credit_code_form"}


def test_a_refused_value_is_worded_whole_by_the_translator() -> None:
    from projdesk.domain import limits
    from projdesk.domain.errors import InvalidInput

    english = {
        "{table}的 {column} {problem}": "{table} · {column} {problem}",
        "商机": "Opportunity",
        "项目名称": "Project name",
        "不能换行": "cannot hold a line break",
    }
    with pytest.raises(InvalidInput) as refused:
        limits.checked("opportunities", "name", "第一行\n第二行")
    error = refused.value
    assert str(error) == "商机的 项目名称 不能换行"
    worded = labels.error_text(error.code, error.params, lambda t: english.get(t, t))
    assert worded == "Opportunity · Project name cannot hold a line break"


def test_the_choices_a_refusal_lists_are_each_translated_and_joined_in_the_language() -> None:
    from projdesk.domain.errors import InvalidInput

    error = InvalidInput.coded("contact_attitude_invalid", choices="支持、反对", value="不好说")
    assert str(error) == "态度只能是：支持、反对（收到：不好说）"
    english = {
        "、": ", ",
        "支持": "Supportive",
        "反对": "Opposed",
        "态度只能是：{choices}（收到：{value}）": "{choices} / {value}",
    }
    assert (
        labels.error_text(error.code, error.params, lambda t: english.get(t, t))
        == "Supportive, Opposed / 不好说"
    )


def test_a_quote_line_refusal_names_the_line_and_what_is_wrong_with_its_price() -> None:
    from projdesk.domain.errors import InvalidInput
    from projdesk.storage.services.commercial import parse_quote_line

    with pytest.raises(InvalidInput) as refused:
        parse_quote_line(3, {"item": "服务器", "quantity": 1, "unit_price": "很贵"})
    assert str(refused.value) == "第 3 行单价不是有效的金额：很贵"
    assert (refused.value.code, refused.value.params["error"]) == ("quote_line_refused", "amount_invalid")


def test_a_lock_error_is_one_coded_line_naming_the_database() -> None:
    from projdesk.failures import busy

    assert (
        str(busy("/data/pd.db"))
        == "数据库正忙（/data/pd.db）：另一个程序正在写入，请稍后再试，没有做任何改动"
    )
    assert str(busy()) == "数据库正忙：另一个程序正在写入，请稍后再试，没有做任何改动"
    assert busy().code == "database_busy_somewhere"


def test_every_error_and_problem_text_fills_all_its_placeholders() -> None:
    """A template formats with its own params (a nested problem or error by a real code): no
    KeyError while reporting a refusal, no stray brace reaching the user."""
    import re

    nested = {"problem": "line_break", "error": "quote_without_lines", "table": "customers", "column": "name"}
    for code, template in {**labels.ERROR_TEXTS, **labels.PROBLEM_TEXTS}.items():
        params = {name: nested.get(name, "x") for name in re.findall(r"\{(\w+)\}", template)}
        word = labels.error_text if code in labels.ERROR_TEXTS else labels.problem_text
        assert "{" not in word(code, params), code
