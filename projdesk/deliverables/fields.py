"""The fields a template may use, described for ``docs/templates.md`` (a test keeps both in sync).

Lists are written ``name[].key``: in a table row use ``{%tr for x in name %}`` … ``{{ x.key }}``
… ``{%tr endfor %}``; in paragraphs ``{%p for x in name %}`` … ``{%p endfor %}``.
"""

from __future__ import annotations

from typing import Any

from projdesk.domain.catalog import STEPS

__all__ = ["FIELDS", "field_paths", "reference_markdown"]

FIELDS: dict[str, str] = {
    "doc.kind": "文档类型（initiation、research、proposal、solution、bid、contract、handover、slides）",
    "doc.title": "文档名称，如 调研报告",
    "doc.version": "版本号（第几次生成该类文档）",
    "doc.version_label": "版本标记，如 v2",
    "doc.note": "本版说明（生成时填写；建议方案缺省取步骤 M/L 的“本版说明”）",
    "doc.date": "生成日期，如 2026年11月27日",
    "doc.date_iso": "生成日期，ISO 格式 2026-11-27",
    "doc.year": "生成年份",
    "company.name": "我方公司名称（资料库 › 公司信息，否则取合同乙方）",
    "company.intro": "公司简介（资料库 › 公司信息）",
    "company.products": "按本商机所选的产品章节正文，依次连接（资料库 › 产品与服务章节）",
    "company.service": "服务章节正文，依次连接",
    "company.cases": "所选案例，一行一个：客户项目（年份）",
    "company.legal_representative": "法定代表人（资料库 › 公司信息）",
    "company.address": "公司地址（资料库 › 公司信息）",
    "company.phone": "公司电话（资料库 › 公司信息）",
    "company.bank": "开户银行（资料库 › 公司信息）",
    "company.bank_account": "银行账号（资料库 › 公司信息）",
    "company.tax_number": "纳税人识别号（统一社会信用代码，资料库 › 公司信息）",
    "company.tax_rate": "增值税税率，如 13%（资料库 › 公司信息）",
    "library.qualifications[].no": "资格证明文件：序号（资料库；已过期的资质不列出，生成前提示）",
    "library.qualifications[].name": "资格证明文件：名称",
    "library.qualifications[].number": "资格证明文件：证书编号",
    "library.qualifications[].issuer": "资格证明文件：发证机关",
    "library.qualifications[].valid_until": "资格证明文件：有效期至（或“长期有效”）",
    "library.cases[].no": "类似项目业绩：序号（客户所在行业的案例，新的在前；本行业没有时取其他行业）",
    "library.cases[].customer": "类似项目业绩：客户",
    "library.cases[].project": "类似项目业绩：项目",
    "library.cases[].year": "类似项目业绩：年份",
    "library.cases[].amount": "类似项目业绩：合同金额（元）",
    "library.cases[].industry": "类似项目业绩：行业",
    "library.cases[].summary": "类似项目业绩：简介",
    "library.team[].no": "项目团队：序号（资料库）",
    "library.team[].role": "项目团队：角色",
    "library.team[].name": "项目团队：姓名",
    "library.team[].certificates": "项目团队：资质证书",
    "library.chapters[].title": "技术章节：标题（资料库 › 产品章节，按报价明细与项目名称中出现的产品选取；未指定产品的章节总是选入）",
    "library.chapters[].text": "技术章节：正文",
    "library.service_chapters[].title": "服务章节：标题（资料库）",
    "library.service_chapters[].text": "服务章节：正文",
    "library.after_sales": "售后服务承诺（资料库），一行一条：1. …",
    "customer.name": "客户名称",
    "customer.industry": "所属行业",
    "customer.region": "所在地区",
    "customer.address": "客户地址",
    "customer.credit_code": "统一社会信用代码",
    "customer.listed": "是否上市（是/否）",
    "customer.key_account": "是否重点客户（是/否）",
    "customer.key_reasons": "重点客户理由，顿号分隔",
    "customer.notes": "客户备注",
    "project.name": "项目名称",
    "project.stage": "当前阶段序号 1–10",
    "project.stage_name": "当前阶段名称",
    "project.status": "状态（进行中/赢单/丢单/暂停）",
    "project.owner": "销售负责人",
    "project.project_lead": "项目主管",
    "project.lead_certified": "项目主管是否已通过认证（是/否）",
    "project.business_contact": "业务联络人",
    "project.source": "线索来源",
    "project.procurement_method": "采购方式",
    "project.probability": "赢单概率，如 90%",
    "project.expected_sign_date": "预计签约日期",
    "project.next_step": "下一步",
    "project.next_date": "下一步日期",
    "project.support_needed": "需要的支持",
    "project.notes": "备注",
    "project.key_decision_maker": "关键决策人姓名",
    "project.competitors": "竞争对手名称，顿号分隔",
    "amounts.expected": "预计签单额（元，千分位两位小数）",
    "amounts.expected_capitals": "预计签单额大写（人民币…元整）",
    "amounts.expected_wan": "预计签单额（万元）",
    "amounts.expected_words": "预计签单额：人民币（大写）：…元整",
    "amounts.budget_words": "项目预算：人民币（大写）：…元整",
    "amounts.budget": "项目预算（元）",
    "amounts.budget_capitals": "项目预算大写",
    "amounts.budget_wan": "项目预算（万元）",
    "quote.exists": "是否有报价（用于 {% if quote.exists %}）",
    "quote.round": "报价轮次（已确认的一轮，否则最新一轮）",
    "quote.date": "报价日期",
    "quote.note": "报价说明",
    "quote.status": "已确认报价 / 最新一轮报价",
    "quote.count": "报价行数",
    "quote.total": "报价合计（元，由各行数量×单价计算）",
    "quote.total_capitals": "报价合计大写",
    "quote.total_wan": "报价合计（万元）",
    "quote.total_words": "报价合计：人民币（大写）：…元整（“人民币”只写一次）",
    "quote.lines[].no": "报价行序号",
    "quote.lines[].item": "名称",
    "quote.lines[].brand": "品牌",
    "quote.lines[].model": "规格型号",
    "quote.lines[].quantity": "数量",
    "quote.lines[].unit": "单位",
    "quote.lines[].unit_price": "单价（元）",
    "quote.lines[].total": "小计（元，数量×单价）",
    "contacts[].name": "联系人姓名",
    "contacts[].title": "职务",
    "contacts[].role": "决策角色（关键决策人、具体经办人…）",
    "contacts[].attitude": "态度（支持/中立/反对/未知）",
    "contacts[].background": "背景与关注点",
    "contacts[].phone": "电话",
    "contacts[].email": "邮箱",
    "competitors[].name": "竞争对手名称",
    "competitors[].offer": "对手方案",
    "competitors[].price": "对手报价（元）",
    "competitors[].strengths": "对手优势",
    "competitors[].our_answer": "我方应对",
    "activities[].date": "日志日期",
    "activities[].type": "方式（拜访、电话…）",
    "activities[].step": "所属步骤字母",
    "activities[].people": "参加人员",
    "activities[].content": "内容",
    "activities[].result": "结果",
    "activities[].next_action": "下一步",
    "activities[].next_date": "下一步日期",
    "activities[].owner": "记录人",
    "reviews[].kind": "评审类型（proposal/bid/contract）",
    "reviews[].submitted": "提交评审日期",
    "reviews[].reviewer": "评审人",
    "reviews[].outcome": "评审结论",
    "reviews[].comments": "评审意见",
    "initiation.*": "步骤 J（申请立项）的全部字段，同 steps.J.*",
    "research.*": "步骤 K（调研咨询）的全部字段，同 steps.K.*",
    "research.people_met": "接触的人员（步骤 I）",
    "research.concerns": "客户关注的问题及建议（步骤 I）",
    "proposal.version": "方案版本（步骤 M，否则 L）",
    "proposal.feedback": "客户意见（步骤 M，否则 L）",
    "proposal.revisions[].no": "修订说明：序号",
    "proposal.revisions[].request": "修订说明：客户意见（每行一条）",
    "proposal.revisions[].answer": "修订说明：本版的修改（“对意见的修改”的对应行）",
    "proposal.history[].version": "版本记录：版本（步骤 L、M）",
    "proposal.history[].change_note": "版本记录：修改说明",
    "proposal.history[].feedback": "版本记录：客户意见",
    "bid.*": "步骤 Q（方案定稿）的全部字段，同 steps.Q.*",
    "bid.validity_days": "投标有效期（日）",
    "bid.date": "投标日期：方案提交日期（步骤 S），不晚于投标截止日期（步骤 Q）",
    "contract.number": "合同编号",
    "contract.party_a": "甲方（客户）",
    "contract.party_b": "乙方（我方）",
    "contract.terms": "付款条款",
    "contract.key_clauses": "关键条款（步骤 U）",
    "contract.drafted_on": "起草日期（步骤 U）",
    "contract.signed_date": "签订日期",
    "contract.effective_date": "生效日期",
    "contract.customer_signatory": "客户签署人（步骤 W）",
    "contract.amount": "合同金额（元；无合同金额时取已确认或最新一轮报价的合计；都没有时为空）",
    "contract.amount_capitals": "合同金额大写",
    "contract.amount_wan": "合同金额（万元）",
    "contract.amount_words": "合同金额：人民币（大写）：…元整",
    "contract.payment_clauses[].no": "付款条款序号",
    "contract.payment_clauses[].text": "付款条款全文（节点、触发条件、大写与小写金额、比例，由付款记录生成）",
    "contract.current_amount": "变更后的合同金额（元；合同金额加上已批准的变更）",
    "contract.current_amount_capitals": "变更后的合同金额大写",
    "contract.current_amount_wan": "变更后的合同金额（万元）",
    "contract.current_amount_words": "变更后的合同金额：人民币（大写）：…元整",
    "risks[].description": "风险描述（仅内部文档：立项申请、移交单）",
    "risks[].level": "风险等级（高/中/低）",
    "risks[].probability": "可能性（高/中/低）",
    "risks[].impact": "影响（高/中/低）",
    "risks[].response": "应对措施",
    "risks[].owner": "责任人",
    "risks[].due_date": "期限",
    "risks[].status": "状态（未关闭/已关闭）",
    "risks[].close_note": "关闭说明",
    "changes[].number": "变更序号（仅内部文档：立项申请、移交单）",
    "changes[].reason": "变更原因",
    "changes[].impact": "变更影响",
    "changes[].requested_on": "申请日期",
    "changes[].status": "状态（已申请/已评估/已批准/已驳回）",
    "changes[].amount_change": "合同金额变动（元，带 +/-）",
    "changes[].schedule_days": "工期影响（天）",
    "changes[].risk": "风险评估",
    "changes[].decided_by": "决定人",
    "changes[].decided_on": "决定日期",
    "payments[].no": "付款节点序号",
    "payments[].milestone": "付款节点",
    "payments[].due_date": "计划日期",
    "payments[].ratio": "占合同金额比例，如 30%",
    "payments[].amount": "金额（元）",
    "payments[].amount_capitals": "金额大写",
    "payments[].amount_words": "金额：人民币（大写）：…元整",
    "payments[].trigger": "付款条件（由节点名称得出：首付款→合同生效后…，初验款→初验后…）",
    "payments[].received_date": "到账日期",
    "payments[].received_amount": "到账金额（元）",
    "handover.*": "步骤 Y（项目移交）的全部字段，同 steps.Y.*",
    "steps.<字母>.title": "步骤名称",
    "steps.<字母>.status": "步骤状态（未开始/进行中/已完成/已跳过）",
    "steps.<字母>.completed": "完成日期",
}

# One row of the deviation tables (projdesk.deliverables.deviations), under each list's name.
_DEVIATION_ROW = {
    "no": "序号",
    "clause": "招标文件条款号",
    "mark": "★（实质性条款）或 ▲（重要条款），否则为空",
    "starred": "★（实质性条款），否则为空",
    "category": "技术 / 商务",
    "text": "招标要求条文",
    "response": "投标响应：我方的应答说明，未写说明时为应答本身（未答复时为空；生成时为【待填：第…条应答】）",
    "deviation": "偏离情况：响应/正偏离/负偏离/无偏离（未答复时为空；生成时为【待填：第…条偏离情况】）",
    "explanation": "应答说明（步骤 Q 招标要求记录的说明）",
    "reference": "应答位置（投标文件中的章节）",
}
_DEVIATION_LISTS = {
    "bid.requirements_list": "全部招标要求（步骤 Q 记录的条款及应答）",
    "tech_deviations": "技术偏离表（技术类招标要求）",
    "business_deviations": "商务偏离表（商务类招标要求）",
}
FIELDS.update(
    {
        f"{name}[].{key}": f"{title}：{meaning}"
        for name, title in _DEVIATION_LISTS.items()
        for key, meaning in _DEVIATION_ROW.items()
    }
)

# Keys that stand for a whole step's fields (documented by the step table below).
_STEP_ALIASES = {"initiation": "J", "research": "K", "bid": "Q", "handover": "Y"}


def field_paths(context: dict[str, Any]) -> set[str]:
    """The documented names of every value in ``context`` (lists as ``name[].key``)."""
    paths: set[str] = set()

    def walk(value: Any, prefix: str) -> None:
        if isinstance(value, dict):
            for key, sub in value.items():
                walk(sub, f"{prefix}.{key}" if prefix else key)
        elif isinstance(value, list):
            for item in value:
                walk(item, prefix + "[]")
        else:
            paths.add(prefix)

    walk(context, "")
    out = set()
    step_keys = {
        letter: {f.key for f in spec.fields} | {"title", "status", "completed"}
        for letter, spec in STEPS.items()
    }
    for path in paths:
        head, _, rest = path.partition(".")
        if head == "steps":
            _letter, _, key = rest.partition(".")
            out.add(
                f"steps.<字母>.{key}" if key in ("title", "status", "completed") else "steps.<字母>.<字段>"
            )
        elif head in _STEP_ALIASES and rest in step_keys[_STEP_ALIASES[head]] and path not in FIELDS:
            out.add(f"{head}.*")
        else:
            out.add(path)
    return out


def reference_markdown() -> str:
    lines = [
        "# 模板字段 (template fields)",
        "",
        "<!-- Generated from projdesk/deliverables/fields.py; tests/unit/test_documents_fields.py keeps it in sync. -->",
        "",
        "Word templates are `.docx` files with [docxtpl](https://docxtpl.readthedocs.io/) tags. The built-in",
        "ones are in `resources/templates/` (rebuilt by `resources/templates/build_templates.py`). To use a",
        "company template (letterhead, the company's own contract), copy one, edit it in Word, and put it in",
        "the template folder named in 设置 (`template_folder`) as `<kind>.docx` or with its Chinese name",
        "(`contract.docx` or `合同.docx`, `bid.docx` or `投标书.docx`, …). It is used instead of the built-in one.",
        "",
        "Rules:",
        "",
        "- Values are printed as text and escaped: `& < > \" '`, `{{ 7*7 }}` or `{% if %}` inside a value",
        "  appear literally. Line breaks in a value start new paragraphs.",
        "- Templates render in a sandbox: reaching for Python internals (`{{ ''.__class__ }}`) is refused.",
        "  Company templates render in a separate process with a time limit.",
        "- A field not listed here, or a broken tag, stops generation with one message naming the",
        "  template and the field; no file is written.",
        "- Amounts are text already formatted (`1,202,470.00`); capitals (`人民币…元整`) are computed from the",
        "  stored amounts, never typed.",
        "- Tables: `{%tr for l in quote.lines %}` in a row of its own, the row with `{{ l.item }}` …, then",
        "  a row with `{%tr endfor %}`. Paragraph loops use `{%p for … %}` / `{%p endfor %}`.",
        "- Slides (`slides.pptx`) are drawn by code; a company `.pptx` contributes its master and layouts.",
        "- Customer documents (research, proposal, solution, bid, slides, contract) see only customer-facing",
        "  data (`projdesk/deliverables/audience.py`): internal fields print empty and internal lists",
        "  (`activities`, `competitors`, `reviews`) are empty there, whatever a company template asks for.",
        "- Amounts in words: `*_words` reads 人民币（大写）：壹佰…元整; write it without a 人民币 of your own.",
        "",
        "## Fields",
        "",
        "| field | meaning |",
        "|---|---|",
    ]
    lines += [f"| `{name}` | {text.replace('|', '/')} |" for name, text in FIELDS.items()]
    lines += [
        "",
        "## Step fields: `steps.<字母>.<字段>`",
        "",
        "Every step's fields, formatted as text (dates 2026年11月27日, 是/否, amounts in yuan).",
        "`initiation`, `research`, `bid` and `handover` repeat steps J, K, Q and Y.",
        "",
        "| step | field | meaning |",
        "|---|---|---|",
    ]
    for letter, spec in STEPS.items():
        for f in spec.fields:
            lines.append(f"| {letter} {spec.title} | `steps.{letter}.{f.key}` | {f.label} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m projdesk.deliverables.fields > docs/templates.md
    print(reference_markdown(), end="")
