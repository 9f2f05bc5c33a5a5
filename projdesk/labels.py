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
    "customer_industry": QT_TR_NOOP("客户基本情况未填：请填写客户所属行业"),
    "progress_log": QT_TR_NOOP("进展日志还是空的：请先记录一次拜访、电话或交流"),
    "budget": QT_TR_NOOP("尚未了解客户预算（步骤 E：填写“预算”）"),
    "key_decision_maker": QT_TR_NOOP("尚未确定客户的关键决策人（步骤 E，或在联系人中标记“关键决策人”）"),
    "project_lead": QT_TR_NOOP("尚未指定项目主管（步骤 J）"),
    "lead_not_listed": QT_TR_NOOP("项目主管“{lead}”不在持证项目主管名单中"),
    "lead_certified": QT_TR_NOOP("项目主管“{lead}”尚未取得营销中心的项目主管认证"),
    "initiation": QT_TR_NOOP("项目立项申请尚未完成（步骤 J 申请立项）"),
    "kdm_support": QT_TR_NOOP("调研咨询需要客户关键决策人的支持：请在联系人中记录其态度为“支持”"),
    "research": QT_TR_NOOP("调研咨询尚未完成（步骤 K）：完成调研，或写明理由后跳过"),
    "research_report": QT_TR_NOOP("调研已完成，但还没有生成调研报告"),
    "research_skip_reason": QT_TR_NOOP("跳过调研咨询需要写明理由（步骤 K）"),
    "research_key_account": QT_TR_NOOP("重点客户不能跳过调研咨询：请完成步骤 K 并生成调研报告"),
    "proposal_draft": QT_TR_NOOP("方案初稿尚未完成（步骤 L 方案初稿或 M 方案完善）"),
    "proposal_document": QT_TR_NOOP("还没有生成任何一版建议方案"),
    "demo_held": QT_TR_NOOP("尚未给客户做产品演示（步骤 N）"),
    "solution_explained": QT_TR_NOOP("尚未向客户讲解方案（步骤 O，可跳过）"),
    "quote_round": QT_TR_NOOP("报价日志里还没有任何一轮报价"),
    "pricing": QT_TR_NOOP("报价尚未发给客户（步骤 P 报价体系）"),
    "bid_review": QT_TR_NOOP("方案须通过总部业务营运部的评审（步骤 R）"),
    "bid_review_rejected": QT_TR_NOOP("最近一次方案评审未通过：请按意见修改后重新评审（步骤 R）"),
    "bid_submitted": QT_TR_NOOP("投标方案尚未提交（步骤 S 方案提交）"),
    "contract_review": QT_TR_NOOP("合同须通过总部评审（步骤 V）"),
    "contract_review_rejected": QT_TR_NOOP("最近一次合同评审未通过：请修改后重新评审（步骤 V）"),
    "contract_signed": QT_TR_NOOP("合同尚未签定（步骤 W 合同签定）"),
    "contract_effective": QT_TR_NOOP("合同尚未生效（步骤 X：首付款到账）"),
    "contract_missing": QT_TR_NOOP("还没有这个商机的合同：请先登记合同"),
    "first_payment": QT_TR_NOOP("合同生效需要“{milestone}”到账：请在付款节点中登记收款"),
    "first_payment_over": QT_TR_NOOP("首付款登记的到账金额超过了应收金额，请核对"),
    "milestones_none": QT_TR_NOOP("还没有登记任何付款节点"),
    "milestones_open": QT_TR_NOOP("还有付款节点未回款也未核销：{milestones}"),
    "implementation_manager": QT_TR_NOOP("项目移交需要技术支持部指定的项目实施经理（步骤 Y）"),
    "required_field": QT_TR_NOOP("请填写：{field}"),
    "starred_unanswered": QT_TR_NOOP("招标要求第 {clause} 条（★）尚未答复（步骤 Q：招标要求）"),
}

# The first line of a refusal (domain.gates.GateRefused); its rules follow, one a line.
REFUSAL_TEXTS: dict[str, str] = {
    "move_blocked": QT_TR_NOOP("还不能进入“{stage}”，以下条件未满足："),
    "step_blocked": QT_TR_NOOP("步骤 {letter} {title} 还不能完成："),
    "step_missing": QT_TR_NOOP("步骤 {letter} {title} 还不能完成，缺少必填项："),
    "win_blocked": QT_TR_NOOP("还不能记为赢单："),
}

# Parameters that are the method's terms (stage names, step titles, field labels): translated too.
TERM_PARAMS = frozenset({"stage", "title", "field", "status"})
# What a yes/no value is called where its field has no name of its own.
YES_NO = QT_TR_NOOP("是/否")
# Between the items of a list of terms ("choices"): Chinese 、, English a comma.
LIST_SEPARATOR = QT_TR_NOOP("、")

# Parameters that hold a code, worded by their table: "table" a record kind (TABLE_TEXTS),
# "column" that table's field (FIELD_TEXTS), "problem" a value's problem (PROBLEM_TEXTS),
# "error" a coded error within another (ERROR_TEXTS): see _worded.


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
    "risks": QT_TR_NOOP("风险"),
    "change_requests": QT_TR_NOOP("变更申请"),
    "closings": QT_TR_NOOP("结案与项目总结"),
    "tender_requirements": QT_TR_NOOP("招标要求"),
    "attachments": QT_TR_NOOP("附件"),
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
    "date": QT_TR_NOOP("日期"),
    "quantity": QT_TR_NOOP("数量"),
    "unit_price": QT_TR_NOOP("单价"),
    "credit_code": QT_TR_NOOP("统一社会信用代码"),
    "description": QT_TR_NOOP("描述"),
    "impact": QT_TR_NOOP("影响"),
    "response": QT_TR_NOOP("应对措施"),
    "due_date": QT_TR_NOOP("期限"),
    "close_note": QT_TR_NOOP("关闭说明"),
    "reason": QT_TR_NOOP("原因"),
    "cost": QT_TR_NOOP("费用"),
    "schedule_days": QT_TR_NOOP("工期影响（天）"),
    "risk_note": QT_TR_NOOP("风险评估"),
    "decided_by": QT_TR_NOOP("决定人"),
    "decision_note": QT_TR_NOOP("决定说明"),
    # Every other field a history line or a conflict can name (tests: no column goes unnamed).
    "key_reasons": QT_TR_NOOP("重点客户依据"),
    "address": QT_TR_NOOP("地址"),
    "title": QT_TR_NOOP("职务"),
    "role": QT_TR_NOOP("角色"),
    "attitude": QT_TR_NOOP("态度"),
    "background": QT_TR_NOOP("背景"),
    "phone": QT_TR_NOOP("电话"),
    "email": QT_TR_NOOP("邮箱"),
    "stage_entered_at": QT_TR_NOOP("进入阶段时间"),
    "source": QT_TR_NOOP("来源"),
    "support_needed": QT_TR_NOOP("需要的支持"),
    "risks": QT_TR_NOOP("风险与问题"),
    "procurement_method": QT_TR_NOOP("采购方式"),
    "opportunity_id": QT_TR_NOOP("所属商机"),
    "letter": QT_TR_NOOP("步骤"),
    "values": QT_TR_NOOP("步骤字段"),
    "type": QT_TR_NOOP("类型"),
    "step": QT_TR_NOOP("步骤"),
    "people": QT_TR_NOOP("参与人"),
    "content": QT_TR_NOOP("内容"),
    "result": QT_TR_NOOP("结果"),
    "next_action": QT_TR_NOOP("下一步"),
    "offer": QT_TR_NOOP("对手方案"),
    "strengths": QT_TR_NOOP("对手优势"),
    "our_answer": QT_TR_NOOP("我方应对"),
    "round": QT_TR_NOOP("轮次"),
    "note": QT_TR_NOOP("说明"),
    "quote_id": QT_TR_NOOP("所属报价"),
    "position": QT_TR_NOOP("序号"),
    "item": QT_TR_NOOP("品名"),
    "brand": QT_TR_NOOP("品牌"),
    "model": QT_TR_NOOP("型号"),
    "unit": QT_TR_NOOP("单位"),
    "lineage": QT_TR_NOOP("沿用的报价行"),
    "kind": QT_TR_NOOP("类型"),
    "reviewer": QT_TR_NOOP("评审人"),
    "outcome": QT_TR_NOOP("结论"),
    "comments": QT_TR_NOOP("意见"),
    "number": QT_TR_NOOP("编号"),
    "party_a": QT_TR_NOOP("甲方"),
    "party_b": QT_TR_NOOP("乙方"),
    "terms": QT_TR_NOOP("主要条款"),
    "milestone": QT_TR_NOOP("付款节点"),
    "write_off_reason": QT_TR_NOOP("核销原因"),
    "version": QT_TR_NOOP("版本"),
    "file_path": QT_TR_NOOP("文件位置"),
    "generated_at": QT_TR_NOOP("生成时间"),
    "closed_on": QT_TR_NOOP("关闭日期"),
    "requested_by": QT_TR_NOOP("提出人"),
    "requested_on": QT_TR_NOOP("提出日期"),
    "cost_direction": QT_TR_NOOP("费用增减"),
    "assessed_by": QT_TR_NOOP("评估人"),
    "assessed_on": QT_TR_NOOP("评估日期"),
    "decided_on": QT_TR_NOOP("决定日期"),
    "reason_code": QT_TR_NOOP("原因类别"),
    "winner": QT_TR_NOOP("中标方"),
    "look_again": QT_TR_NOOP("重新评估日期"),
    "overridden": QT_TR_NOOP("越过门槛"),
    "industry": QT_TR_NOOP("行业"),
    "products": QT_TR_NOOP("产品"),
    "worked": QT_TR_NOOP("做得好的"),
    "not_worked": QT_TR_NOOP("做得不好的"),
    "lessons": QT_TR_NOOP("经验教训"),
    "tags": QT_TR_NOOP("标签"),
    "clause": QT_TR_NOOP("条款号"),
    "text": QT_TR_NOOP("要求原文"),
    "mark": QT_TR_NOOP("标记"),
    "category": QT_TR_NOOP("类别"),
    "explanation": QT_TR_NOOP("响应说明"),
    "answered_in": QT_TR_NOOP("应答位置"),
}
# Where one table's field has a name of its own.
FIELD_TEXTS_BY_TABLE: dict[tuple[str, str], str] = {
    ("opportunities", "amount"): QT_TR_NOOP("预计签单额"),
    ("opportunities", "name"): QT_TR_NOOP("项目名称"),
    ("customers", "name"): QT_TR_NOOP("客户名称"),
    ("customers", "industry"): QT_TR_NOOP("行业"),
    ("customers", "region"): QT_TR_NOOP("地区"),
    ("customers", "industry_key"): QT_TR_NOOP("行业重点客户"),
    ("customers", "regional_influence"): QT_TR_NOOP("在地区市场有影响力"),
    ("customers", "listed"): QT_TR_NOOP("上市公司"),
    ("customers", "key_account"): QT_TR_NOOP("重点客户"),
    ("quotes", "date"): QT_TR_NOOP("报价日期"),
    ("reviews", "submitted"): QT_TR_NOOP("提交评审日期"),
    ("contracts", "amount"): QT_TR_NOOP("合同金额"),
    ("contracts", "signed_date"): QT_TR_NOOP("签订日期"),
    ("contracts", "effective_date"): QT_TR_NOOP("生效日期"),
    ("payments", "amount"): QT_TR_NOOP("应收金额"),
    ("payments", "due_date"): QT_TR_NOOP("应收日期"),
    ("payments", "received_date"): QT_TR_NOOP("到账日期"),
    ("payments", "received_amount"): QT_TR_NOOP("到账金额"),
    ("competitors", "price"): QT_TR_NOOP("竞争对手报价"),
    ("risks", "probability"): QT_TR_NOOP("可能性"),
    ("risks", "owner"): QT_TR_NOOP("责任人"),
    ("closings", "outcome"): QT_TR_NOOP("结果"),
    ("closings", "closed_on"): QT_TR_NOOP("结案日期"),
    ("closings", "note"): QT_TR_NOOP("说明"),
    ("attachments", "file_name"): QT_TR_NOOP("文件名"),
    ("attachments", "note"): QT_TR_NOOP("说明"),
    ("attachments", "step"): QT_TR_NOOP("所属步骤"),
    ("attachments", "size"): QT_TR_NOOP("文件大小"),
    ("attachments", "mime"): QT_TR_NOOP("文件类型"),
    ("attachments", "added_at"): QT_TR_NOOP("添加时间"),
    ("attachments", "added_by"): QT_TR_NOOP("添加人"),
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
    "amend": QT_TR_NOOP("合同变更"),
    "migrate": QT_TR_NOOP("升级迁移"),
    "close": QT_TR_NOOP("结案"),
    "reopen": QT_TR_NOOP("重新打开"),
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
    # attachments (projdesk.storage.services.attachments)
    "megabytes_invalid": QT_TR_NOOP("应为 0–{most} 的整数（MB）：{value}"),
    "attachment_source_missing": QT_TR_NOOP("找不到要附加的文件：{path}"),
    "attachment_source_unreadable": QT_TR_NOOP("无法读取要附加的文件：{path}（{reason}）"),
    "attachment_source_changed": QT_TR_NOOP("文件在复制过程中被改动，未附加：{path}"),
    "attachment_too_large": QT_TR_NOOP("文件过大，无法附加（最大 {megabytes} MB）：{name}"),
    "attachment_not_here": QT_TR_NOOP("附件“{name}”未随快照传送，本机没有这个文件（请向 {holder} 索取）"),
    "attachment_export_onto_itself": QT_TR_NOOP("不能把附件另存到它自己的位置：{path}"),
    "attachment_damaged": QT_TR_NOOP("附件“{name}”的文件已损坏（内容与校验和不符）"),
    "quote_without_lines": QT_TR_NOOP("报价至少需要一行"),
    "quote_line_refused": QT_TR_NOOP("第 {position} 行{error}"),
    # a typed value (projdesk.domain.values, money, limits); {field} is the field's label
    "value_refused": QT_TR_NOOP("{field} {problem}"),
    "column_value_refused": QT_TR_NOOP("{table}的 {column} {problem}"),
    "step_value_refused": QT_TR_NOOP("步骤 {letter} 的 {key} {problem}"),
    "amount_invalid": QT_TR_NOOP("{field}不是有效的金额：{value}"),
    "amount_over_limit": QT_TR_NOOP("{field}超出上限（最多 {limit} 元）：{value}"),
    "number_invalid": QT_TR_NOOP("{field}应为数字：{value}"),
    "quantity_not_positive": QT_TR_NOOP("{field}必须大于 0：{value}"),
    "quantity_over_limit": QT_TR_NOOP("{field}超出上限（最多 {limit}）：{value}"),
    "capitals_not_a_number": QT_TR_NOOP("金额不是有效的数字：{value}"),
    "capitals_negative": QT_TR_NOOP("金额不能为负数或无效：{value}"),
    "capitals_too_large": QT_TR_NOOP("金额过大，无法写成大写：{value}"),
    "date_invalid": QT_TR_NOOP("{field}不是有效的日期（应为 YYYY-MM-DD）：{value}"),
    "date_entry_invalid": QT_TR_NOOP(
        "{field}不是能识别的日期：{value}（可写 2026-12-05、12-05、12/5、5日、明天、下周一、周五、+3、+2周）"
    ),
    "yes_no_invalid": QT_TR_NOOP("{field}应为 是 或 否：{value}"),
    "integer_invalid": QT_TR_NOOP("{field}应为整数：{value}"),
    "integer_out_of_range": QT_TR_NOOP("{field}必须在 {low}–{high} 之间：{value}"),
    "choice_invalid": QT_TR_NOOP("{field}只能是：{choices}（收到：{value}）"),
    # storage/integrity.py
    "database_unreadable": QT_TR_NOOP("无法读取数据库文件：{path}（{reason}）"),
    "database_empty": QT_TR_NOOP(
        "数据库文件是空的（0 字节），未做任何改动：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复"
    ),
    "database_not_sqlite": QT_TR_NOOP("不是 SQLite 数据库文件，未做任何改动：{path}"),
    "database_read_only": QT_TR_NOOP("数据库在只读位置，无法打开：{path}"),
    "database_damaged": QT_TR_NOOP(
        "数据库已损坏（完整性检查未通过），未做任何改动：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复"
    ),
    "database_damaged_unreadable": QT_TR_NOOP(
        "数据库已损坏，无法读取：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复"
    ),
    # storage/backups.py
    "backup_of_damaged_database": QT_TR_NOOP(
        "数据库已损坏（完整性检查未通过），未做备份：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复"
    ),
    # storage/db.py
    "database_too_new": QT_TR_NOOP(
        "数据库由更新版本的 ProjDesk 写入（版本 {revision}），本程序不能打开：{path}"
    ),
    "database_read_only_needs_upgrade": QT_TR_NOOP("数据库在只读位置，需要升级却不能写入：{path}"),
    "database_cannot_create": QT_TR_NOOP("不能在这里新建数据库（只读或无权限）：{path}"),
    "database_read_only_write": QT_TR_NOOP("数据库在只读位置，不能保存修改：{path}"),
    # storage/restore.py
    "restore_source_missing": QT_TR_NOOP("找不到要恢复的文件：{path}"),
    "restore_not_projdesk": QT_TR_NOOP("不是 ProjDesk 数据库（没有版本信息），未做任何改动：{path}"),
    "restore_too_new": QT_TR_NOOP(
        "该文件由更新版本的 ProjDesk 写入（版本 {revision}），不能恢复，未做任何改动：{path}"
    ),
    "restore_from_itself": QT_TR_NOOP("不能用数据库自身恢复：{path}"),
    "restore_database_in_use": QT_TR_NOOP(
        "数据库正在被使用（ProjDesk 窗口或其他命令），请先关闭后再恢复，未做任何改动：{path}"
    ),
    # storage/services/history.py
    "undo_impossible": QT_TR_NOOP("这条修改不能撤销：{table_name} {column_name}"),
    "undo_move_superseded": QT_TR_NOOP("移入“{stage}”之后这个商机又有了修改，不能再撤销这次移动"),
    # storage/services/base.py
    "not_found": QT_TR_NOOP("找不到{table}：{id}"),
    # storage/services/commercial.py
    # storage/services/opportunities.py
    "required_empty": QT_TR_NOOP("{field}不能为空"),
    "stage_edited_directly": QT_TR_NOOP("阶段请用“推进/退回”（opp move）修改，以便检查阶段门槛"),
    "opportunity_field_unknown": QT_TR_NOOP("未知字段：{key}（可用：{allowed}）"),
    "stage_out_of_range": QT_TR_NOOP("阶段必须在 1–10 之间：{value}"),
    "override_needs_reason": QT_TR_NOOP("越过阶段门槛需要说明理由（--reason）"),
    # storage/services/people.py
    # storage/services/reports.py
    "week_invalid": QT_TR_NOOP("周应写成 YYYY-Www（如 2026-W48）：{value}"),
    # storage/services/activities.py
    "activity_type_invalid": QT_TR_NOOP("日志类型只能是：{choices}（收到：{value}）"),
    "activity_content_empty": QT_TR_NOOP("日志内容不能为空"),
    "next_date_without_next_step": QT_TR_NOOP("填写了下一步日期，请同时写明下一步做什么"),
    # sync/conflicts.py
    "conflict_not_found": QT_TR_NOOP("找不到冲突：{id}"),
    "conflict_choice_invalid": QT_TR_NOOP("只能选择 mine（保留我的）、theirs（采用对方的）或 edit：{value}"),
    "conflict_choice_not_edit": QT_TR_NOOP("这条冲突只能选择 mine（保留我的）或 theirs（采用对方的）"),
    "conflict_value_missing": QT_TR_NOOP("请给出新的值"),
    # sync/duplicates.py
    "merge_into_itself": QT_TR_NOOP("不能把客户合并到它自己"),
    # deliverables: templates, documents, sheets read in
    "template_not_docx": QT_TR_NOOP("模板“{template}”不是有效的 Word 文件（.docx）"),
    "template_unknown_fields": QT_TR_NOOP(
        "模板“{template}”使用了未知字段：{names}（可用字段见 docs/templates.md）"
    ),
    "template_bad_tag": QT_TR_NOOP("模板“{template}”的标签有误：{detail}"),
    "template_bad_tag_near": QT_TR_NOOP("模板“{template}”的标签有误：{detail}（附近：{near}）"),
    "template_unsafe": QT_TR_NOOP("模板“{template}”试图访问程序内部属性，已拒绝：{detail}"),
    "template_failed": QT_TR_NOOP("模板“{template}”无法生成：{kind_of_error}: {detail}"),
    "template_timed_out": QT_TR_NOOP(
        "模板“{template}”生成超过 {seconds} 秒，已中止（模板中可能有过大的循环）"
    ),
    "template_process_died": QT_TR_NOOP("模板“{template}”生成时进程意外退出"),
    "slides_template_unreadable": QT_TR_NOOP("幻灯片模板“{template}”无法打开：{kind_of_error}: {detail}"),
    "output_folder_missing": QT_TR_NOOP("输出文件夹不存在：{path}"),
    "document_kind_unknown": QT_TR_NOOP("未知的文档类型：{value}（可用：{allowed}）"),
    "builtin_template_missing": QT_TR_NOOP("缺少内置模板：{path}"),
    "sheet_file_missing": QT_TR_NOOP("找不到文件：{path}"),
    "sheet_not_xlsx": QT_TR_NOOP("不是可读取的 Excel 文件（.xlsx）：{name}（{detail}）"),
    "sheet_damaged": QT_TR_NOOP("Excel 文件已损坏：{name}（{detail}）"),
    "sheet_not_found": QT_TR_NOOP("{name} 中没有名为“{sheet}”的工作表（有：{sheets}）"),
    "sheet_customer_empty": QT_TR_NOOP("客户名称为空"),
    "sheet_project_empty": QT_TR_NOOP("项目名称为空"),
    "sheet_stage_unknown": QT_TR_NOOP("无法识别的阶段：{value}（应为 1–10 或阶段名称）"),
    "sheet_text_too_long": QT_TR_NOOP("{field}过长（最多 {limit} 字）：{start}…"),
    "sheet_no_header_in": QT_TR_NOOP(
        "工作表“{sheet}”前 {rows} 行中找不到表头（需要“客户名称”和“项目名称”两列）：{name}"
    ),
    "sheet_row_repeats": QT_TR_NOOP("与第 {first} 行是同一个商机（{customer} / {project}），已跳过"),
    "sheet_no_header": QT_TR_NOOP(
        "可见的工作表前 {rows} 行中找不到表头（需要“客户名称”和“项目名称”两列）：{name}"
    ),
    # projdesk/failures.py: what the machine refused; "_somewhere" when no place is known
    "database_busy": QT_TR_NOOP("数据库正忙（{place}）：另一个程序正在写入，请稍后再试，没有做任何改动"),
    "database_busy_somewhere": QT_TR_NOOP("数据库正忙：另一个程序正在写入，请稍后再试，没有做任何改动"),
    "read_only": QT_TR_NOOP(
        "只读：无法写入 {place}（磁盘、文件夹或文件是只读的，或没有写入权限），没有做任何改动"
    ),
    "read_only_somewhere": QT_TR_NOOP(
        "只读：无法写入 文件（磁盘、文件夹或文件是只读的，或没有写入权限），没有做任何改动"
    ),
    "disk_full": QT_TR_NOOP("磁盘空间不足：无法写入 {place}，没有做任何改动，也没有留下不完整的文件"),
    "disk_full_somewhere": QT_TR_NOOP("磁盘空间不足：无法写入 文件，没有做任何改动，也没有留下不完整的文件"),
    "folder_not_database": QT_TR_NOOP("这是一个文件夹，不是数据库文件：{place}"),
    "database_corrupt": QT_TR_NOOP("数据库文件已损坏或不是 ProjDesk 数据库：{place}（没有做任何改动）"),
    "database_corrupt_somewhere": QT_TR_NOOP("数据库文件已损坏或不是 ProjDesk 数据库（没有做任何改动）"),
    "disk_error": QT_TR_NOOP("读写磁盘出错：{place}，没有做任何改动（请检查磁盘或网络文件夹）"),
    "disk_error_somewhere": QT_TR_NOOP("读写磁盘出错，没有做任何改动（请检查磁盘或网络文件夹）"),
    "write_rejected": QT_TR_NOOP("数据库拒绝了这次写入（数据之间的约束不成立），没有做任何改动"),
    "path_not_found": QT_TR_NOOP("找不到文件或文件夹：{place}"),
    "path_not_found_somewhere": QT_TR_NOOP("找不到文件或文件夹"),
    "folder_not_file": QT_TR_NOOP("这是一个文件夹，不是文件：{place}"),
    "folder_not_file_somewhere": QT_TR_NOOP("这是一个文件夹，不是文件"),
    "file_error": QT_TR_NOOP("无法读写文件：{place}（系统错误 {system}），没有做任何改动"),
    "file_error_somewhere": QT_TR_NOOP("无法读写文件（系统错误 {system}），没有做任何改动"),
    "input_not_utf8": QT_TR_NOOP(
        "输入中有无法识别的字符（不是有效的 UTF-8 文字，可能是终端的编码设置不对），没有做任何改动"
    ),
    # sync: a snapshot file refused, an export refused
    "status_invalid": QT_TR_NOOP("状态只能是：{allowed}；收到：{value}"),
    "move_back_needs_reason": QT_TR_NOOP("退回到“{stage}”需要说明原因（--reason）"),
    "export_value_over_limit": QT_TR_NOOP(
        "无法导出：{table_name} 中记录 {record} 的 {column_name} 超出上限（最多 {limit}），请先改正后再导出"
    ),
    "export_table_over_limit": QT_TR_NOOP(
        "{table_name} 中有超出字段上限的内容，无法导出；请先缩短过长的内容"
    ),
    "snapshot_incomplete": QT_TR_NOOP(
        "快照不完整：{table_name} 引用了 {count} 条既不在快照中也不在本地的 {parent} 记录：{name}"
    ),
    "snapshot_violates_constraints": QT_TR_NOOP(
        "快照中的数据与本地数据不一致（违反数据约束），已拒绝，数据库未改动：{name}"
    ),
    "snapshot_value_missing": QT_TR_NOOP("快照中 {table_name} 的第 {row} 条记录缺少 {column_name}：{name}"),
    "snapshot_value_wrong_type": QT_TR_NOOP(
        "快照中 {table_name} 的第 {row} 条记录的类型或格式错误：{column_name}：{name}"
    ),
    "snapshot_value_refused": QT_TR_NOOP(
        "快照中 {table_name} 的第 {row} 条记录的 {column_name} {problem}：{name}"
    ),
    "snapshot_unreadable": QT_TR_NOOP("无法读取快照文件：{name}（{reason}）"),
    "snapshot_empty": QT_TR_NOOP("快照文件是空的：{name}"),
    "snapshot_too_large": QT_TR_NOOP("快照文件过大（{megabytes} MB）：{name}"),
    "snapshot_not_a_snapshot": QT_TR_NOOP("不是 ProjDesk 快照，或文件已损坏：{name}"),
    "snapshot_unsafe_path": QT_TR_NOOP("快照包含不安全的文件路径（如 ../ 或绝对路径），已拒绝：{name}"),
    "snapshot_duplicate_member": QT_TR_NOOP("快照中有重复的成员，已拒绝：{name}"),
    "snapshot_no_manifest": QT_TR_NOOP("不是 ProjDesk 快照（缺少 manifest.json）：{name}"),
    "snapshot_manifest_too_large": QT_TR_NOOP("快照清单过大，已拒绝：{name}"),
    "snapshot_manifest_damaged": QT_TR_NOOP("快照清单已损坏：{name}"),
    "snapshot_manifest_malformed": QT_TR_NOOP("不是 ProjDesk 快照（清单格式不对）：{name}"),
    "snapshot_bad_format_version": QT_TR_NOOP("快照清单已损坏（格式版本无效）：{name}"),
    "snapshot_newer_format": QT_TR_NOOP(
        "快照由更新版本的 ProjDesk 生成（格式 v{version}，本程序支持 v{supported}），请先升级：{name}"
    ),
    "snapshot_unknown_revision": QT_TR_NOOP(
        "快照的数据结构版本（{revision}）比本程序新或无法识别，请先升级：{name}"
    ),
    "snapshot_manifest_missing_key": QT_TR_NOOP("快照清单已损坏（缺少 {key}）：{name}"),
    "snapshot_manifest_no_members": QT_TR_NOOP("快照清单已损坏（缺少成员列表）：{name}"),
    "snapshot_unknown_member": QT_TR_NOOP("快照包含未知的成员 {member}：{name}"),
    "snapshot_manifest_bad_member_key": QT_TR_NOOP("快照清单已损坏（{member} 的 {key}）：{name}"),
    "snapshot_manifest_bad_checksum": QT_TR_NOOP("快照清单已损坏（{member} 的校验信息）：{name}"),
    "snapshot_members_differ": QT_TR_NOOP("快照的成员与清单不符（多出或缺少文件）：{name}"),
    "snapshot_bad_selection": QT_TR_NOOP("快照清单已损坏（selection 无效）：{name}"),
    "snapshot_bad_encryption": QT_TR_NOOP("快照清单已损坏（加密参数无效）：{name}"),
    "snapshot_key_derivation_too_costly": QT_TR_NOOP(
        "快照要求的密钥派生参数超出上限（n ≤ 2^18，r ≤ 8，p ≤ 2），已拒绝：{name}"
    ),
    "snapshot_needs_passphrase": QT_TR_NOOP("快照已加密，需要口令（--passphrase-file）：{name}"),
    "snapshot_wrong_passphrase": QT_TR_NOOP("口令不正确（或快照清单被改动），无法解密：{name}"),
    "snapshot_member_differs": QT_TR_NOOP("快照成员 {member} 与清单不符（可能被改动）：{name}"),
    "snapshot_member_unreadable": QT_TR_NOOP("快照已损坏（{member} 读取失败）：{name}"),
    "snapshot_checksum_differs": QT_TR_NOOP("快照校验和不符（文件已损坏或被改动）：{name}"),
    "snapshot_file_differs": QT_TR_NOOP("快照中的附件文件与其校验和不符（已损坏或被改动），已拒绝：{name}"),
    "snapshot_bad_file_entry": QT_TR_NOOP("快照清单中的附件文件 {member} 描述无效：{name}"),
    "snapshot_member_too_large": QT_TR_NOOP(
        "快照成员 {member} 解压后过大（超出 {rows} 条记录可能的大小，疑似压缩炸弹），已拒绝：{name}"
    ),
    "snapshot_member_undecompressable": QT_TR_NOOP("快照已损坏（{member} 无法解压）：{name}"),
    "snapshot_member_wrong_size": QT_TR_NOOP(
        "快照成员 {member} 的内容与清单不符（大小不对，可能是压缩炸弹或已损坏）：{name}"
    ),
    "snapshot_records_malformed": QT_TR_NOOP("快照中 {table_name} 的记录格式错误：{name}"),
    "snapshot_bad_header": QT_TR_NOOP("快照中 {table_name} 的表头无效：{name}"),
    "snapshot_columns_differ": QT_TR_NOOP(
        "快照中 {table_name} 的字段与本程序不一致（缺少或多出字段）：{name}"
    ),
    "snapshot_row_count_differs": QT_TR_NOOP("快照中 {table_name} 的记录数与清单不符：{name}"),
    "snapshot_row_malformed": QT_TR_NOOP("快照中 {table_name} 的第 {row} 条记录格式错误：{name}"),
    "snapshot_column_malformed": QT_TR_NOOP("快照中 {table_name} 的 {column_name} 类型或格式错误：{name}"),
    "snapshot_duplicate_ids": QT_TR_NOOP("快照中 {table_name} 有重复的记录（同一 ID 出现多次）：{name}"),
    "snapshot_bad_stamp": QT_TR_NOOP("快照中 {table_name} 的第 {row} 条记录的时间戳格式错误：{name}"),
    "snapshot_bad_field_stamps": QT_TR_NOOP("快照中 {table_name} 的第 {row} 条记录的字段时间戳无效：{name}"),
    # Records edited and found by what a user types (projdesk.storage.services, #14).
    "id_prefix_ambiguous": QT_TR_NOOP("ID 前缀“{ref}”对应多个{table}，请写得更长"),
    "unknown_fields": QT_TR_NOOP("{record}没有这些字段：{keys}（可用：{known}）"),
    "unknown_field_names": QT_TR_NOOP("未知字段：{keys}（可用：{known}）"),
    "name_required": QT_TR_NOOP("名称不能为空"),
    "contact_role_invalid": QT_TR_NOOP("决策角色只能是：{choices}（收到：{value}）"),
    "contact_attitude_invalid": QT_TR_NOOP("态度只能是：{choices}（收到：{value}）"),
    "contact_exists": QT_TR_NOOP("联系人“{name}”已存在（{id}），请修改这条记录，不要重复添加"),
    "quote_line_unknown_key": QT_TR_NOOP("第 {position} 行报价有未知的键：{key}（可用：{known}）"),
    "quote_line_quantity_missing": QT_TR_NOOP("第 {position} 行报价缺少数量"),
    "quote_line_price_missing": QT_TR_NOOP("第 {position} 行报价缺少单价"),
    "quote_line_price_not_positive": QT_TR_NOOP("第 {position} 行报价的单价必须大于 0"),
    "quote_line_not_found": QT_TR_NOOP("这一轮报价没有第 {ref} 行"),
    "quote_last_line": QT_TR_NOOP("这是本轮报价的最后一行：请删除整轮报价"),
    "quote_date_missing": QT_TR_NOOP("报价日期不能为空"),
    "quote_round_not_found": QT_TR_NOOP("没有第 {round} 轮报价"),
    "review_kind_invalid": QT_TR_NOOP("评审类型只能是：{choices}（收到：{value}）"),
    "review_outcome_invalid": QT_TR_NOOP("评审结论只能是：{choices}（收到：{value}）"),
    "contract_missing": QT_TR_NOOP("这个商机还没有合同"),
    "contract_exists": QT_TR_NOOP("这个商机已有合同：请用 contract update 修改"),
    "nothing_to_change": QT_TR_NOOP("没有要修改的内容"),
    "milestone_unnamed": QT_TR_NOOP("付款节点名称不能为空"),
    "milestone_amount_missing": QT_TR_NOOP("应收金额不能为空"),
    "milestone_ambiguous": QT_TR_NOOP("有多个名为“{milestone}”的付款节点，请用 ID 指明"),
    "milestone_invalid": QT_TR_NOOP("付款节点应写成 名称=金额[@应收日期]：{text}"),
    "milestone_share_without_amount": QT_TR_NOOP("按比例（{share}）计算付款节点需要先有合同金额"),
    "milestone_share_invalid": QT_TR_NOOP("付款比例应在 0–100% 之间：{share}"),
    "document_extension_wrong": QT_TR_NOOP("{kind}是 {expected} 文件，输出文件名却是 {name}"),
    "weekly_empty_keeps_file": QT_TR_NOOP("{scope}本周没有进行中的商机：已有文件“{file}”未被空表覆盖"),
    "risk_description_empty": QT_TR_NOOP("风险描述不能为空"),
    "risk_level_invalid": QT_TR_NOOP("{what}只能是 高/中/低（收到：{value}）"),
    "risk_close_needs_note": QT_TR_NOOP("关闭风险需要写明处理结果"),
    "risk_closed": QT_TR_NOOP("风险已关闭，不能再修改：{description}"),
    "risk_field_unknown": QT_TR_NOOP("风险没有字段“{field}”（可用：{fields}）"),
    "change_reason_empty": QT_TR_NOOP("变更原因不能为空"),
    "change_needs_contract": QT_TR_NOOP("合同签订后才能登记变更：请先登记合同及签订日期"),
    "change_decided": QT_TR_NOOP("变更 #{number} 已有决定，不能再修改"),
    "change_not_assessed": QT_TR_NOOP("变更 #{number} 尚未评估（费用、工期、风险），还不能决定"),
    "change_decision_invalid": QT_TR_NOOP("决定只能是 批准 或 驳回（收到：{value}）"),
    "change_below_zero": QT_TR_NOOP("批准变更 #{number} 后合同金额将小于零（现为 {amount} 元）"),
    "change_contract_without_amount": QT_TR_NOOP("合同尚无金额，不能批准有费用的变更 #{number}"),
    "override_reason_missing": QT_TR_NOOP("越过门槛需要说明理由"),
    "loss_reason_missing": QT_TR_NOOP("记为丢单需要说明原因（{reasons}之一，可再补充说明）"),
    "loss_reason_unknown": QT_TR_NOOP("丢单原因“{reason}”不在列表中（可用：{reasons}）"),
    "hold_reason_missing": QT_TR_NOOP("暂停需要说明原因"),
    "look_again_missing": QT_TR_NOOP("暂停需要一个重新评估的日期"),
    "reopen_reason_missing": QT_TR_NOOP("重新打开需要说明原因"),
    "status_by_close": QT_TR_NOOP("状态请用“结案/重新打开”（opp close、opp reopen）修改，以便记录原因"),
    "user_name_empty": QT_TR_NOOP("请填写你的姓名（日志、历史记录和文档的署名用它）"),
    "threshold_not_positive": QT_TR_NOOP("重点客户金额门槛应为大于 0 的万元数"),
    "setting_unknown": QT_TR_NOOP("没有这项设置：{key}（可用：{keys}）"),
    "write_off_reason_missing": QT_TR_NOOP("核销付款节点需要说明原因"),
    "already_open": QT_TR_NOOP("这个商机本来就在进行中"),
    "agenda_kind_unknown": QT_TR_NOOP("日程里没有这类事项：{value}"),
    "agenda_days_invalid": QT_TR_NOOP("天数应为 0 到 366 之间的整数：{value}"),
    "look_again_needs_decision": QT_TR_NOOP("暂停的商机到了重新评估的日子：打开它决定重新开启，或改期再看"),
    "agenda_date_missing": QT_TR_NOOP("改期需要一个日期"),
    "agenda_item_gone": QT_TR_NOOP("这项日程已不在了（已完成、已删除或已改期）"),
    "already_closed": QT_TR_NOOP("这个商机已结案（{status}）：如需改变，请先重新打开"),
    # storage/services/tender.py: the tender's requirements (step Q)
    "requirements_none_found": QT_TR_NOOP("没有找到招标要求（每行一条，或 Word 中带“条款/要求”列的表格）"),
    "requirement_bad_response": QT_TR_NOOP("应答只能是：{allowed}（收到：{value}）"),
    "requirement_unknown_clause": QT_TR_NOOP("没有第 {clause} 条招标要求（可用 requirement list 查看）"),
    "tender_not_docx": QT_TR_NOOP("不是有效的 Word 文件（.docx）：{name}"),
    "tender_unreadable": QT_TR_NOOP("无法读取 Word 文件 {name}：{kind_of_error}"),
    # deliverables/library_file.py: a library file read in (资料库)
    "library_file_too_large": QT_TR_NOOP("资料库文件过大：{name}"),
    "library_file_not_utf8": QT_TR_NOOP("资料库文件不是 UTF-8 文本：{name}"),
    "library_file_bad_json": QT_TR_NOOP("资料库文件已损坏（第 {line} 行不是有效的 JSON）：{name}"),
    # domain/library.py: a library's values checked ({part}, {library_field}: LIBRARY_*_TEXTS)
    "library_file_wrong_format": QT_TR_NOOP("不是 ProjDesk 资料库文件"),
    "library_file_bad_version": QT_TR_NOOP("资料库文件已损坏（版本号无效）"),
    "library_file_newer": QT_TR_NOOP("资料库文件由更新版本的 ProjDesk 生成（v{version}），请先升级"),
    "library_part_bad": QT_TR_NOOP("资料库文件有误：“{part}”{problem}"),
    "library_value_bad": QT_TR_NOOP("资料库文件有误：{part}的“{library_field}”{problem}"),
    "library_item_not_object": QT_TR_NOOP("资料库文件有误：{part}第 {item} 项应为对象"),
    "library_item_bad": QT_TR_NOOP("资料库文件有误：{part}第 {item} 项的“{library_field}”{problem}"),
    # storage/services/library.py: one record or particular edited (config set, 设置 › 资料库)
    "company_value_bad": QT_TR_NOOP("{part}的“{library_field}”{problem}"),
    "library_record_bad": QT_TR_NOOP("{part}的“{library_field}”{problem}"),
    "library_record_missing": QT_TR_NOOP("{part}中没有第 {item} 项（可能已被删除）"),
    # deliverables/assembly.py: the parts chosen for a document (文档组装)
    "assembly_part_unknown": QT_TR_NOOP("资料库的{part}中没有“{name}”（可用：{known}）"),
    # deliverables/preflight.py: a customer document asked for while data is missing
    "gaps_found": QT_TR_NOOP(
        "生成{title}前还缺少以下资料（补齐后再生成；加 --allow-gaps 仍可生成，缺项标为【待填：…】）："
    ),
}

# The parts of the material library (资料库) and their fields, as errors and the GUI name them.
LIBRARY_PART_TEXTS: dict[str, str] = {
    "company": QT_TR_NOOP("公司信息"),
    "qualifications": QT_TR_NOOP("资质"),
    "cases": QT_TR_NOOP("案例"),
    "chapters": QT_TR_NOOP("产品与服务章节"),
    "team": QT_TR_NOOP("项目团队"),
    "after_sales": QT_TR_NOOP("售后服务承诺"),
}
LIBRARY_FIELD_TEXTS: dict[tuple[str, str], str] = {
    ("company", "name"): QT_TR_NOOP("公司名称"),
    ("company", "intro"): QT_TR_NOOP("公司简介"),
    ("company", "legal_rep"): QT_TR_NOOP("法定代表人"),
    ("company", "address"): QT_TR_NOOP("地址"),
    ("company", "phone"): QT_TR_NOOP("电话"),
    ("company", "bank"): QT_TR_NOOP("开户银行"),
    ("company", "account"): QT_TR_NOOP("银行账号"),
    ("company", "tax_number"): QT_TR_NOOP("纳税人识别号"),
    ("company", "tax_rate"): QT_TR_NOOP("增值税税率"),
    ("qualifications", "name"): QT_TR_NOOP("名称"),
    ("qualifications", "number"): QT_TR_NOOP("证书编号"),
    ("qualifications", "issuer"): QT_TR_NOOP("发证机构"),
    ("qualifications", "valid_until"): QT_TR_NOOP("有效期至"),
    ("cases", "customer"): QT_TR_NOOP("客户"),
    ("cases", "project"): QT_TR_NOOP("项目"),
    ("cases", "year"): QT_TR_NOOP("年份"),
    ("cases", "amount"): QT_TR_NOOP("金额"),
    ("cases", "industry"): QT_TR_NOOP("行业"),
    ("cases", "summary"): QT_TR_NOOP("简介"),
    ("chapters", "title"): QT_TR_NOOP("标题"),
    ("chapters", "kind"): QT_TR_NOOP("类别"),
    ("chapters", "products"): QT_TR_NOOP("适用产品"),
    ("chapters", "text"): QT_TR_NOOP("正文"),
    ("team", "role"): QT_TR_NOOP("岗位"),
    ("team", "name"): QT_TR_NOOP("姓名"),
    ("team", "certificates"): QT_TR_NOOP("证书"),
    ("after_sales", "text"): QT_TR_NOOP("内容"),
}

# Pre-flight (deliverables/preflight.py): what a customer document lacks, by the code of the
# value (its context path), and where it is filled, by the gap's target. The documents print
# the Chinese label in their placeholder (【待填：招标编号】); the GUI lists it translated.
GAP_TEXTS: dict[str, str] = {
    "company.name": QT_TR_NOOP("我方公司名称"),
    "company.intro": QT_TR_NOOP("公司简介"),
    "company.legal_representative": QT_TR_NOOP("法定代表人"),
    "company.address": QT_TR_NOOP("公司地址"),
    "company.phone": QT_TR_NOOP("公司电话"),
    "company.bank": QT_TR_NOOP("开户银行"),
    "company.bank_account": QT_TR_NOOP("银行账号"),
    "company.tax_number": QT_TR_NOOP("纳税人识别号"),
    "company.tax_rate": QT_TR_NOOP("增值税税率"),
    "research.research_dates": QT_TR_NOOP("调研日期"),
    "research.findings": QT_TR_NOOP("调研发现"),
    "research.recommendations": QT_TR_NOOP("初步方案建议"),
    "quote.lines": QT_TR_NOOP("报价明细"),
    "bid.tender_number": QT_TR_NOOP("招标编号"),
    "bid.bid_deadline": QT_TR_NOOP("投标截止日期"),
    "bid.procurement_method": QT_TR_NOOP("采购方式"),
    "bid.delivery_period": QT_TR_NOOP("交货/实施期"),
    "bid.warranty": QT_TR_NOOP("质保期"),
    "bid.total": QT_TR_NOOP("投标总价"),
    "bid.total_words": QT_TR_NOOP("投标总价（大写）"),
    "tech_deviations": QT_TR_NOOP("技术类招标要求"),
    "library.qualifications": QT_TR_NOOP("资格证明文件"),
    "library.cases": QT_TR_NOOP("类似项目业绩"),
    "library.team": QT_TR_NOOP("项目团队"),
    "library.after_sales": QT_TR_NOOP("售后服务承诺"),
    "contract.party_b": QT_TR_NOOP("我方公司名称"),
    "contract.number": QT_TR_NOOP("合同编号"),
    "contract.amount": QT_TR_NOOP("合同总价"),
    "contract.amount_words": QT_TR_NOOP("合同总价（大写）"),
    "payments": QT_TR_NOOP("付款节点（合同与收款）"),
    "quote.total": QT_TR_NOOP("报价合计"),
    "quote.total_words": QT_TR_NOOP("报价合计（大写）"),
    "clause_answer": QT_TR_NOOP("第{clause}条应答"),
    "clause_deviation": QT_TR_NOOP("第{clause}条偏离情况"),
    "change_answer": QT_TR_NOOP("第 {number} 条修改意见的答复"),
}
GAP_WHERE_TEXTS: dict[str, str] = {
    "step": QT_TR_NOOP("步骤 {letter} {title}"),
    "requirements": QT_TR_NOOP("步骤 {letter} {title} › 招标要求"),
    "library:company": QT_TR_NOOP("资料库 › 公司信息"),
    "library:qualifications": QT_TR_NOOP("资料库 › 资质"),
    "library:cases": QT_TR_NOOP("资料库 › 案例"),
    "library:team": QT_TR_NOOP("资料库 › 项目团队"),
    "library:after_sales": QT_TR_NOOP("资料库 › 售后服务承诺"),
    "contract": QT_TR_NOOP("合同与付款"),
}


# What is wrong with one value (projdesk.domain.errors.Problem): the end of a refusal's line.
PROBLEM_TEXTS: dict[str, str] = {
    "too_long": QT_TR_NOOP("过长（最多 {limit} 字，实有 {length} 字）"),
    "line_break": QT_TR_NOOP("不能换行"),
    "control_character": QT_TR_NOOP("含有不允许的控制字符（U+{char}）"),
    "invalid_character": QT_TR_NOOP("含有无效的字符（U+{char}）"),
    "not_allowed": QT_TR_NOOP("不是允许的值（可用：{allowed}）"),
    "only_empty_allowed": QT_TR_NOOP("不是允许的值（可用：空）"),
    "out_of_range": QT_TR_NOOP("超出范围（应为 {low}–{high} 的整数）"),
    "credit_code_form": QT_TR_NOOP("应为 18 位数字或大写字母"),
    "file_name_form": QT_TR_NOOP('不能含有 / \\ : * ? " < > | 或控制字符，也不能是 . 或 ..'),
    "sha256_form": QT_TR_NOOP("应为 64 位小写十六进制数字（SHA-256）"),
    "bad_step_letter": QT_TR_NOOP("步骤字母无效"),
    "unknown_step_field": QT_TR_NOOP("步骤 {letter} 没有字段“{key}”"),
    "not_yes_no": QT_TR_NOOP("应为 是/否"),
    "not_a_date": QT_TR_NOOP("应为日期（YYYY-MM-DD）"),
    "not_a_number": QT_TR_NOOP("应为数字"),
    "amount_out_of_range": QT_TR_NOOP("金额超出范围（0–{max}）"),
    "not_text": QT_TR_NOOP("应为文字"),
    "not_a_list": QT_TR_NOOP("应为列表"),
    "not_an_object": QT_TR_NOOP("应为对象"),
    "not_text_list": QT_TR_NOOP("应为文字列表"),
    "empty": QT_TR_NOOP("为空"),
    "invalid_date": QT_TR_NOOP("不是有效日期"),
    "amount_text_form": QT_TR_NOOP('应为两位小数的金额文字，如 "1200000.00"'),
    "year_form": QT_TR_NOOP("应为四位年份（1949–2100）"),
    "unknown_industry": QT_TR_NOOP("（{value}）不是已知行业：{allowed}"),
    "missing": QT_TR_NOOP("缺少"),  # a snapshot's value that may not be null
    "wrong_type": QT_TR_NOOP("类型或格式错误"),  # a snapshot's value of the wrong JSON type
}


# Notes a preview shows (projdesk.sync.skew.skew_note); {duration} a code of DURATION_TEXTS.
NOTE_TEXTS: dict[str, str] = {
    # pre-flight's warnings (deliverables/preflight.py)
    "qualification_expired": QT_TR_NOOP("资质“{name}”已于 {date} 过期，未列入投标文件（资料库 › 资质）"),
    "clock_ahead": QT_TR_NOOP("发送方的时钟比本机快 {duration}"),
    "clock_ahead_restamped": QT_TR_NOOP(
        "发送方的时钟比本机快 {duration}：超过一天的修改会按本机时间重新记时，并列入冲突供核对"
    ),
}
DURATION_TEXTS: dict[str, str] = {
    "days_hours": QT_TR_NOOP("{days} 天 {hours} 小时"),
    "days": QT_TR_NOOP("{days} 天"),
    "hours_minutes": QT_TR_NOOP("{hours} 小时 {minutes} 分钟"),
    "hours": QT_TR_NOOP("{hours} 小时"),
    "minutes": QT_TR_NOOP("{minutes} 分钟"),
}


# A review's kind and outcome (projdesk.domain.limits.REVIEW_KINDS, REVIEW_OUTCOMES).
REVIEW_KIND_TEXTS: dict[str, str] = {
    "proposal": QT_TR_NOOP("方案"),
    "bid": QT_TR_NOOP("投标"),
    "contract": QT_TR_NOOP("合同"),
}
REVIEW_OUTCOME_TEXTS: dict[str, str] = {
    "pending": QT_TR_NOOP("待评审"),
    "passed": QT_TR_NOOP("通过"),
    "rejected": QT_TR_NOOP("不通过"),
}

# Why a backup was made (the reason in a backup's file name, projdesk.storage.backups).
BACKUP_REASON_TEXTS: dict[str, str] = {
    "manual": QT_TR_NOOP("手动"),
    "daily": QT_TR_NOOP("每日"),
    "before-migration": QT_TR_NOOP("升级前"),
    "before-import": QT_TR_NOOP("导入前"),
    "before-restore": QT_TR_NOOP("恢复前"),
    "damaged": QT_TR_NOOP("损坏的原文件"),  # the raw bytes of a damaged database a restore replaced
}

RISK_LEVEL_TEXTS: dict[str, str] = {
    "low": QT_TR_NOOP("低"),
    "medium": QT_TR_NOOP("中"),
    "high": QT_TR_NOOP("高"),
}
RISK_STATUS_TEXTS: dict[str, str] = {"open": QT_TR_NOOP("未关闭"), "closed": QT_TR_NOOP("已关闭")}
CHANGE_STATUS_TEXTS: dict[str, str] = {
    "requested": QT_TR_NOOP("已申请"),
    "assessed": QT_TR_NOOP("已评估"),
    "approved": QT_TR_NOOP("已批准"),
    "rejected": QT_TR_NOOP("已驳回"),
}


# The agenda (projdesk.storage.services.agenda): what an item is, and the section it falls in
# (projdesk.domain.agenda.SECTIONS).
AGENDA_KIND_TEXTS: dict[str, str] = {
    "next_step": QT_TR_NOOP("下一步"),
    "look_again": QT_TR_NOOP("重新评估"),
    "payment": QT_TR_NOOP("回款"),
    "risk": QT_TR_NOOP("风险应对"),
}
AGENDA_SECTION_TEXTS: dict[str, str] = {
    "overdue": QT_TR_NOOP("逾期"),
    "today": QT_TR_NOOP("今天"),
    "tomorrow": QT_TR_NOOP("明天"),
    "this_week": QT_TR_NOOP("本周"),
    "next_week": QT_TR_NOOP("下周"),
    "later": QT_TR_NOOP("以后"),
}
# How a date and an amount's unit read (projdesk.domain.display): {month} and {day} are numbers,
# {mon} the English month's abbreviation, so a translation can pick either.
DATE_TEXTS: dict[str, str] = {
    "today": QT_TR_NOOP("今天"),
    "tomorrow": QT_TR_NOOP("明天"),
    "yesterday": QT_TR_NOOP("昨天"),
    "month_day": QT_TR_NOOP("{month}月{day}日"),
    "year_month_day": QT_TR_NOOP("{year}年{month}月{day}日"),
}
MONEY_UNIT_TEXTS: dict[str, str] = {"元": QT_TR_NOOP("元"), "万": QT_TR_NOOP("万"), "亿": QT_TR_NOOP("亿")}


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


def _worded(name: str, value: str, params: Mapping[str, str], translate: Translate) -> str:
    """One parameter as the text shows it: a term translated, a code in words, others as given."""
    if name in TERM_PARAMS:
        return translate(value)
    if name == "choices":  # the method's terms, listed
        return translate(LIST_SEPARATOR).join(translate(choice) for choice in value.split(LIST_SEPARATOR))
    if name == "table":
        return table_text(value, translate)
    if name == "column":
        return field_text(params.get("table", ""), value, translate)
    if name == "problem":
        return problem_text(value, params, translate)
    if name == "duration":
        return _filled(DURATION_TEXTS[value], {k: v for k, v in params.items() if k != name}, translate)
    if name == "error":
        return error_text(value, {k: v for k, v in params.items() if k != "error"}, translate)
    if name == "part":
        return _looked_up(LIBRARY_PART_TEXTS, value, translate)
    if name == "library_field":
        text = LIBRARY_FIELD_TEXTS.get((params.get("part", ""), value))
        return translate(text) if text is not None else value
    return value


def _filled(template: str, params: Mapping[str, str], translate: Translate) -> str:
    values = {k: _worded(k, v, params, translate) for k, v in params.items()}
    return translate(template).format(**values)


def rule_text(rule: UnmetRule, translate: Translate = _as_is) -> str:
    """The rule in words: its text (translated by ``translate``) with its parameters filled in."""
    return _filled(RULE_TEXTS[rule.code], rule.params, translate)


def error_text(code: str, params: Mapping[str, str], translate: Translate = _as_is) -> str:
    """A coded error in words; an unknown code as it is (never a KeyError while reporting one)."""
    template = ERROR_TEXTS.get(code)
    return _filled(template, params, translate) if template is not None else code


def gap_text(code: str, params: Mapping[str, str], translate: Translate = _as_is) -> str:
    """What a document lacks (GAP_TEXTS), e.g. 招标编号, 第★3.1条应答."""
    template = GAP_TEXTS.get(code)
    return _filled(template, params, translate) if template is not None else code


def gap_where_text(where: str, params: Mapping[str, str], translate: Translate = _as_is) -> str:
    """Where a gap is filled (GAP_WHERE_TEXTS), e.g. 步骤 Q 方案定稿, 资料库 › 公司信息."""
    template = GAP_WHERE_TEXTS.get(where)
    return _filled(template, params, translate) if template is not None else where


def library_part_text(part: str, translate: Translate = _as_is) -> str:
    return _looked_up(LIBRARY_PART_TEXTS, part, translate)


def library_field_text(part: str, field: str, translate: Translate = _as_is) -> str:
    text = LIBRARY_FIELD_TEXTS.get((part, field))
    return translate(text) if text is not None else field


def problem_text(code: str, params: Mapping[str, str], translate: Translate = _as_is) -> str:
    """What is wrong with a value (projdesk.domain.errors.Problem), e.g. 不能换行."""
    template = PROBLEM_TEXTS.get(code)
    own = {k: v for k, v in params.items() if k != "problem"}  # the refusal's own code, not this one
    return _filled(template, own, translate) if template is not None else code


def note_text(code: str, params: Mapping[str, str], translate: Translate = _as_is) -> str:
    """A preview's note (NOTE_TEXTS), e.g. 发送方的时钟比本机快 3 天."""
    return _filled(NOTE_TEXTS[code], params, translate)


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


def review_kind_text(kind: str, translate: Translate = _as_is) -> str:
    return _looked_up(REVIEW_KIND_TEXTS, kind, translate)


def review_outcome_text(outcome: str, translate: Translate = _as_is) -> str:
    return _looked_up(REVIEW_OUTCOME_TEXTS, outcome, translate)


def backup_reason_text(reason: str, translate: Translate = _as_is) -> str:
    return _looked_up(BACKUP_REASON_TEXTS, reason, translate)


def history_kind_text(kind: str, translate: Translate = _as_is) -> str:
    return _looked_up(HISTORY_KIND_TEXTS, kind, translate)


def risk_level_text(level: str, translate: Translate = _as_is) -> str:
    return _looked_up(RISK_LEVEL_TEXTS, level, translate)


def risk_status_text(status: str, translate: Translate = _as_is) -> str:
    return _looked_up(RISK_STATUS_TEXTS, status, translate)


def change_status_text(status: str, translate: Translate = _as_is) -> str:
    return _looked_up(CHANGE_STATUS_TEXTS, status, translate)


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


def agenda_kind_text(kind: str, translate: Translate = _as_is) -> str:
    return _looked_up(AGENDA_KIND_TEXTS, kind, translate)


def agenda_section_text(section: str, translate: Translate = _as_is) -> str:
    return _looked_up(AGENDA_SECTION_TEXTS, section, translate)
