"""The one table that turns the codes the lower layers return into words.

``domain``, ``storage`` and ``sync`` name an unmet rule by its code and parameters; the texts
live here, in Chinese (the source language), each marked for lupdate. The CLI prints them as they
are; the GUI passes each through Qt's translator first (projdesk.ui.labels), so the English
interface reads them in English. No Qt here: the CLI and storage's history notes use it too.
A leaf module (it imports no other part of ProjDesk at run time), so any layer may read it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from projdesk.translatable import QT_TR_NOOP

if TYPE_CHECKING:
    from projdesk.domain.gates import UnmetRule

Translate = Callable[[str], str]


@dataclass(frozen=True)
class RecordName:
    """The parts a user recognises a record by; conflict_record_text puts them in words."""

    opportunity: str = ""  # "customer · project" when the record belongs to an opportunity
    step: str = ""  # the letter of a step record
    step_title: str = ""  # the catalog's title of that step
    text: str = ""  # other rows: the name, content… of the row


class ConflictWords(Protocol):
    """What of a conflict (projdesk.sync.conflicts.ConflictView) its words are made from."""

    @property
    def entity(self) -> str: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def record(self) -> RecordName: ...
    @property
    def field(self) -> str: ...
    @property
    def step_field(self) -> str: ...


# Placeholders are ``{name}`` fields of the rule's params, filled after translation.
RULE_TEXTS: dict[str, str] = {
    "budget": QT_TR_NOOP("尚未了解客户预算（步骤 E：填写“预算”）"),
    "key_decision_maker": QT_TR_NOOP("尚未确定客户的关键决策人（步骤 E，或在联系人中标记“关键决策人”）"),
    "project_lead": QT_TR_NOOP("尚未指定项目主管（步骤 J）"),
    "lead_not_listed": QT_TR_NOOP("项目主管“{lead}”不在持证项目主管名单中"),
    "lead_certified": QT_TR_NOOP("项目主管“{lead}”尚未取得营销中心的项目主管认证"),
    "initiation": QT_TR_NOOP("项目立项申请尚未完成（步骤 J 申请立项）"),
    "kdm_support": QT_TR_NOOP("调研咨询需要客户关键决策人的支持：请在联系人中记录其态度为“支持”"),
    "implementation_manager": QT_TR_NOOP("项目移交需要技术支持部指定的项目实施经理（步骤 Y）"),
    "bid_review": QT_TR_NOOP("方案提交前，方案须通过总部业务营运部的评审（步骤 R）"),
    "contract_review": QT_TR_NOOP("合同签定前，合同须通过总部评审（步骤 V）"),
    "first_payment": QT_TR_NOOP("合同生效需要首付款到账：请先登记收款"),
    "required_field": QT_TR_NOOP("请填写：{field}"),
    "starred_unanswered": QT_TR_NOOP("招标要求第 {clause} 条（★）尚未答复（步骤 Q：招标要求）"),
}

# The first line of a refusal (domain.gates.GateRefused); its rules follow, one a line.
REFUSAL_TEXTS: dict[str, str] = {
    "move_blocked": QT_TR_NOOP("还不能进入“{stage}”，以下条件未满足："),
    "step_blocked": QT_TR_NOOP("步骤 {letter} {title} 还不能完成："),
    "step_missing": QT_TR_NOOP("步骤 {letter} {title} 还不能完成，缺少必填项："),
}

# Parameters that are the method's terms (stage names, step titles, field labels): translated too.
TERM_PARAMS = frozenset({"stage", "title", "field"})


# One name per kind of record (a synchronised table): conflicts, history, the value rules' lines.
TABLE_TEXTS: dict[str, str] = {
    "customers": QT_TR_NOOP("客户"),
    "contacts": QT_TR_NOOP("联系人"),
    "opportunities": QT_TR_NOOP("商机"),
    "step_records": QT_TR_NOOP("步骤"),
    "activities": QT_TR_NOOP("日志"),
    "competitors": QT_TR_NOOP("竞争对手"),
    "quotes": QT_TR_NOOP("报价"),
    "quote_lines": QT_TR_NOOP("报价明细"),
    "reviews": QT_TR_NOOP("评审"),
    "contracts": QT_TR_NOOP("合同"),
    "payments": QT_TR_NOOP("付款节点"),
    "documents": QT_TR_NOOP("文档"),
    "tender_requirements": QT_TR_NOOP("招标要求"),
    "history": QT_TR_NOOP("变更记录"),
}

# The fields a conflict or a history entry can name; others show their column name.
FIELD_TEXTS: dict[str, str] = {
    "name": QT_TR_NOOP("名称"),
    "amount": QT_TR_NOOP("金额"),
    "budget": QT_TR_NOOP("预算"),
    "status": QT_TR_NOOP("状态"),
    "stage": QT_TR_NOOP("阶段"),
    "owner": QT_TR_NOOP("负责人"),
    "next_step": QT_TR_NOOP("下一步"),
    "next_date": QT_TR_NOOP("下一步日期"),
    "probability": QT_TR_NOOP("赢单概率"),
    "expected_sign_date": QT_TR_NOOP("预计签约日期"),
    "notes": QT_TR_NOOP("备注"),
    "customer_id": QT_TR_NOOP("所属客户"),
    "merged_into": QT_TR_NOOP("合并到"),
    "project_lead": QT_TR_NOOP("项目主管"),
    "lead_certified": QT_TR_NOOP("项目主管已认证"),
    "business_contact": QT_TR_NOOP("业务联络人"),
    "accepted": QT_TR_NOOP("已接受"),
    "completed_at": QT_TR_NOOP("完成时间"),
}
# Where one table's field has a name of its own.
FIELD_TEXTS_BY_TABLE: dict[tuple[str, str], str] = {
    ("opportunities", "amount"): QT_TR_NOOP("预计签单额"),
}
# A conflict on "deleted" is over deleting or restoring; on "*", over the record as a whole.
CONFLICT_FIELD_TEXTS: dict[str, str] = {
    "deleted": QT_TR_NOOP("删除/恢复"),
    "*": QT_TR_NOOP("整条记录"),
    "parent.deleted": QT_TR_NOOP("所属记录已被删除"),  # sync.reachable.PARENT_DELETED (a leaf: no import)
}
# A history entry on "*" is the record's creation.
HISTORY_FIELD_TEXTS: dict[str, str] = {
    "deleted": QT_TR_NOOP("删除"),
    "*": QT_TR_NOOP("新建"),
}
HISTORY_KIND_TEXTS: dict[str, str] = {
    "edit": QT_TR_NOOP("修改"),
    "stage": QT_TR_NOOP("推进"),
    "override": QT_TR_NOOP("越过门槛"),
    "create": QT_TR_NOOP("新建"),
    "delete": QT_TR_NOOP("删除"),
    "undo": QT_TR_NOOP("撤销"),
}

STEP_STATUS_TEXTS: dict[str, str] = {
    "not_started": QT_TR_NOOP("未开始"),
    "in_progress": QT_TR_NOOP("进行中"),
    "done": QT_TR_NOOP("已完成"),
    "skipped": QT_TR_NOOP("已跳过"),
}


# What a service refused, by code (projdesk.domain.errors.ProjDeskError.coded). Placeholders are
# ``{name}`` fields of the error's params; a param named in TERM_PARAMS is translated too.
ERROR_TEXTS: dict[str, str] = {
    "quote_line_unnamed": QT_TR_NOOP("第 {position} 行报价缺少品名"),
    "quote_without_lines": QT_TR_NOOP("报价至少需要一行"),
    "requirements_none_found": QT_TR_NOOP("没有找到招标要求（每行一条，或 Word 中带“条款/要求”列的表格）"),
    "requirement_bad_response": QT_TR_NOOP("应答只能是：{allowed}（收到：{value}）"),
    "requirement_unknown_clause": QT_TR_NOOP("没有第 {clause} 条招标要求（可用 requirement list 查看）"),
}


# A snapshot's stages (projdesk.sync.progress); {table} is the table's name from TABLE_TEXTS.
PROGRESS_TEXTS: dict[str, str] = {
    "check": QT_TR_NOOP("检查 {table}"),
    "merge": QT_TR_NOOP("合并 {table}"),
    "write": QT_TR_NOOP("写入 {table}"),
    "export": QT_TR_NOOP("导出 {table}"),
    "write_file": QT_TR_NOOP("写入文件"),
    "done": QT_TR_NOOP("完成"),
}


def _as_is(text: str) -> str:
    return text


def _looked_up(table: dict[str, str], code: str, translate: Translate) -> str:
    """The code's text, translated; an unknown code as it is (a newer colleague's table or field)."""
    text = table.get(code)
    return translate(text) if text is not None else code


def _filled(template: str, params: Mapping[str, str], translate: Translate) -> str:
    values = {k: translate(v) if k in TERM_PARAMS else v for k, v in params.items()}
    return translate(template).format(**values)


def rule_text(rule: UnmetRule, translate: Translate = _as_is) -> str:
    """The rule in words: its text (translated by ``translate``) with its parameters filled in."""
    return _filled(RULE_TEXTS[rule.code], rule.params, translate)


def error_text(code: str, params: Mapping[str, str], translate: Translate = _as_is) -> str:
    """A coded error in words; an unknown code as it is (never a KeyError while reporting one)."""
    template = ERROR_TEXTS.get(code)
    return _filled(template, params, translate) if template is not None else code


def refusal_text(code: str, params: Mapping[str, str], translate: Translate = _as_is) -> str:
    return _filled(REFUSAL_TEXTS[code], params, translate)


def rule_texts(rules: list[UnmetRule], translate: Translate = _as_is) -> list[str]:
    return [rule_text(rule, translate) for rule in rules]


def table_text(table: str, translate: Translate = _as_is) -> str:
    return _looked_up(TABLE_TEXTS, table, translate)


def field_text(table: str, field: str, translate: Translate = _as_is) -> str:
    text = FIELD_TEXTS_BY_TABLE.get((table, field))
    return translate(text) if text is not None else _looked_up(FIELD_TEXTS, field, translate)


def progress_text(stage: str, table: str, translate: Translate = _as_is) -> str:
    """A progress report in words, e.g. 合并 客户."""
    return _looked_up(PROGRESS_TEXTS, stage, translate).format(table=table_text(table, translate))


def history_field_text(table: str, field: str, translate: Translate = _as_is) -> str:
    text = HISTORY_FIELD_TEXTS.get(field)
    return translate(text) if text is not None else field_text(table, field, translate)


def history_kind_text(kind: str, translate: Translate = _as_is) -> str:
    return _looked_up(HISTORY_KIND_TEXTS, kind, translate)


def step_status_text(status: str, translate: Translate = _as_is) -> str:
    return _looked_up(STEP_STATUS_TEXTS, status, translate)


def conflict_record_text(conflict: ConflictWords, translate: Translate = _as_is) -> str:
    """What a user recognises the record by: customer · project, then the step or the row."""
    record = conflict.record
    parts = [record.opportunity] if record.opportunity else []
    if record.step:
        title = translate(record.step_title)
        parts.append(translate(QT_TR_NOOP("步骤 {letter} {title}")).format(letter=record.step, title=title))
    elif record.text:
        table = table_text(conflict.entity, translate)
        parts.append(translate(QT_TR_NOOP("{table}：{text}")).format(table=table, text=record.text))
    return " / ".join(parts) or conflict.entity_id


def conflict_field_text(conflict: ConflictWords, translate: Translate = _as_is) -> str:
    """The field that conflicted, e.g. 预计签单额; a step's own value by its key."""
    if conflict.step_field:
        return conflict.step_field
    text = CONFLICT_FIELD_TEXTS.get(conflict.field)
    return translate(text) if text is not None else field_text(conflict.entity, conflict.field, translate)
