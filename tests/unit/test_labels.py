"""projdesk.labels: every code a rule returns has its words, with its parameters filled in."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from dataclasses import field as default
from pathlib import Path
from typing import get_args

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
    assert len(codes) == 13
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
    assert len(texts) == len(unmet) == 7
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


def test_the_opportunity_amount_is_the_expected_amount_and_other_amounts_are_amounts() -> None:
    assert labels.conflict_field_text(_Conflict(entity="opportunities", field="amount")) == "预计签单额"
    assert labels.history_field_text("opportunities", "amount") == "预计签单额"
    assert labels.history_field_text("payments", "amount") == "金额"


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
    raised = {
        code
        for path in root.rglob("*.py")
        for code in re.findall(r"\.coded\(\s*\"(\w+)\"", path.read_text(encoding="utf-8"))
    }
    assert raised, "no coded error found: the pattern above is stale"
    assert raised <= set(labels.ERROR_TEXTS), raised - set(labels.ERROR_TEXTS)
