"""Fill the English translations in resources/translations/projdesk_en.ts from the table below.

Only unfinished entries are filled; a translation already in the .ts (perhaps edited in Linguist)
is never overwritten. Stage names and step titles come from the catalog's English names, with the
Chinese method term kept in brackets so a salesperson can match them with the method handbook.

    python tools/fill_translations.py && python tools/update_translations.py

``--refresh`` also rewrites finished entries whose text differs from the table (after a wording
change here).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from projdesk.domain.catalog import STAGES, STEPS

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "projdesk_en.ts"

# Where one Chinese word needs different English in different places.
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("MainWindow", "客户"): "Customers",
    ("MainWindow", "日志"): "Activity log",
    ("MainWindow", "设置"): "Settings",
    ("SyncPage", "客户"): "Customers",
    ("SyncPage", "商机"): "Opportunities",
    ("SyncPage", "联系人"): "Contacts",
    ("SyncPage", "日志"): "Activities",
    ("SyncPage", "报价"): "Quotes",
    ("SyncPage", "合同"): "Contracts",
    ("SyncPage", "变更记录"): "Change history",
    ("SyncPage", "导入"): "Import",
    ("SyncPage", "导出"): "Export",
    ("SyncPage", "文件"): "File",
    ("SyncPage", "时间"): "Time",
    # Board column headings are narrow: short stage names (the number keeps the method's order).
    ("ColumnWidget", "获取信息"): "Gather info",
    ("ColumnWidget", "交流公关"): "Relationship",
    ("ColumnWidget", "申请立项"): "Initiation",
    ("ColumnWidget", "调研咨询"): "Research",
    ("ColumnWidget", "方案准备"): "Proposal",
    ("ColumnWidget", "产品演示"): "Demo",
    ("ColumnWidget", "制定价格"): "Pricing",
    ("ColumnWidget", "方案投标"): "Bid",
    ("ColumnWidget", "签定合同"): "Contract",
    ("ColumnWidget", "项目移交"): "Handover",
}

EN: dict[str, str] = {
    # Conflict labels (projdesk/labels.py): tables, fields, the record; {…} are filled in after translation
    "赢单概率": "Win probability",
    "删除/恢复": "Delete/restore",
    "备注": "Notes",
    "所属客户": "Customer",
    "整条记录": "Whole record",
    "合并到": "Merged into",
    "所属记录已被删除": "Its parent record was deleted",
    "步骤 {letter} {title}": "Step {letter} {title}",
    "第 {position} 行报价缺少品名": "Line {position} of the quote has no item name",
    "核销所选节点…": "Write off milestone…",
    "修改说明…": "Edit note…",
    "说明（如：已发客户、客户意见）": "Note (e.g. sent to the customer, the customer's comments)",
    "修改文档说明": "Edit the document's note",
    "不再催收这个节点的余款（写明原因）：步骤 Z 把它算作已结清": (
        "Stop collecting what is still due on this milestone (give the reason): step Z counts it as settled"
    ),
    "核销付款节点": "Write off a payment milestone",
    "核销原因（如：客户破产清算、双方协商免除）：": "Reason for the write-off (e.g. the customer is in liquidation, waived by agreement):",
    "已核销付款节点": "Milestone written off",
    "（已核销：%s）": " (written off: %s)",
    "报价至少需要一行": "A quote needs at least one line",
    # Records edited and found by what a user types (#14)
    "找不到{what}：{ref}": "Not found ({what}): {ref}",
    "ID 前缀“{ref}”对应多个{table}，请写得更长": "The ID prefix “{ref}” matches several records ({table}): type more of it",
    "{record}没有这些字段：{keys}（可用：{known}）": "{record} has no such fields: {keys} (available: {known})",
    "未知字段：{keys}（可用：{known}）": "Unknown fields: {keys} (available: {known})",
    "名称不能为空": "The name cannot be empty",
    "决策角色只能是：{choices}（收到：{value}）": "The decision role must be one of: {choices} (got: {value})",
    "态度只能是：{choices}（收到：{value}）": "The attitude must be one of: {choices} (got: {value})",
    "联系人“{name}”已存在（{id}），请修改这条记录，不要重复添加": (
        "The contact “{name}” already exists ({id}): edit that record instead of adding it again"
    ),
    "第 {position} 行报价有未知的键：{key}（可用：{known}）": (
        "Line {position} of the quote has an unknown key: {key} (available: {known})"
    ),
    "第 {position} 行报价缺少数量": "Line {position} of the quote has no quantity",
    "第 {position} 行报价缺少单价": "Line {position} of the quote has no unit price",
    "第 {position} 行报价的单价必须大于 0": "The unit price on line {position} of the quote must be above 0",
    "这一轮报价没有第 {ref} 行": "This quote round has no line {ref}",
    "这是本轮报价的最后一行：请删除整轮报价": "This is the round's last line: delete the whole round instead",
    "报价日期不能为空": "The quote date cannot be empty",
    "没有第 {round} 轮报价": "There is no quote round {round}",
    "评审类型只能是：{choices}（收到：{value}）": "The review kind must be one of: {choices} (got: {value})",
    "评审结论只能是：{choices}（收到：{value}）": "The review outcome must be one of: {choices} (got: {value})",
    "这个商机还没有合同": "This opportunity has no contract yet",
    "这个商机已有合同：请用 contract update 修改": "This opportunity already has a contract: use contract update",
    "没有要修改的内容": "Nothing to change",
    "付款节点名称不能为空": "The payment milestone needs a name",
    "应收金额不能为空": "The amount due cannot be empty",
    "有多个名为“{milestone}”的付款节点，请用 ID 指明": "Several milestones are named “{milestone}”: give its ID",
    "付款节点应写成 名称=金额[@应收日期]：{text}": "Write a milestone as NAME=AMOUNT[@DUE-DATE]: {text}",
    "按比例（{share}）计算付款节点需要先有合同金额": "A milestone as a share ({share}) needs the contract amount first",
    "付款比例应在 0–100% 之间：{share}": "A payment share must be between 0 and 100%: {share}",
    "{kind}是 {expected} 文件，输出文件名却是 {name}": "A {kind} is a {expected} file, but the output is named {name}",
    # 编辑商机 / 删除商机 (projdesk/ui/workspace/opportunity_edit.py)
    "编辑商机": "Edit opportunity",
    "编辑商机…": "Edit opportunity…",
    "修改客户、项目名称、金额、概率、日期、负责人、下一步、来源和备注": (
        "Change the customer, project name, amounts, probability, dates, owner, next step, source and notes"
    ),
    "删除商机": "Delete opportunity",
    "删除商机“%s / %s”？删除后可按 Ctrl+Z 撤销。": "Delete the opportunity “%s / %s”? Ctrl+Z brings it back.",
    "商机已保存": "Opportunity saved",
    "商机已删除（Ctrl+Z 撤销）": "Opportunity deleted (Ctrl+Z to undo)",
    "已恢复删除的商机": "The deleted opportunity is back",
    "撤销删除": "Undo delete",
    "保存商机": "Saving the opportunity",
    "预计签单额（元）": "Expected amount (yuan)",
    "项目预算（元）": "Budget (yuan)",
    "赢单概率（%）": "Win probability (%)",
    "销售负责人": "Sales owner",
    "线索来源": "Lead source",
    "保存": "Save",
    "如 1200000 或 120万": "e.g. 1200000 or 120万",
    "客户名称不能为空": "The customer name cannot be empty",
    "{scope}本周没有进行中的商机：已有文件“{file}”未被空表覆盖": "{scope}: no open opportunities this week; the existing file “{file}” was not replaced by an empty sheet",
    # Record edits in the workspace tabs (projdesk/ui/workspace/record_edit.py)
    "删除合同": "Delete contract",
    "修改所选节点…": "Edit milestone…",
    "删除所选节点": "Delete milestone",
    "修改所选评审…": "Edit review…",
    "删除所选评审": "Delete review",
    "请先在表中选中一行": "Select a row in the table first",
    "修改所选…": "Edit selected…",
    "选中一轮：改日期和说明；选中一行：改品名、品牌、型号、数量、单价": (
        "A round selected: edit its date and note; a line selected: its item, brand, model, quantity, price"
    ),
    "删除所选": "Delete selected",
    "新一轮报价（逐项列明数量和单价）": "New quote round (each item with its quantity and unit price)",
    "请先在上面选中一轮报价或其中一行": "Select a quote round or one of its lines above first",
    "从列表删除": "Remove from list",
    "如 56000 或 5.6万": "e.g. 56000 or 5.6万",
    "报价日期": "Quote date",
    "本轮说明": "Round note",
    "修改报价行": "Edit quote line",
    "修改这一轮报价": "Edit quote round",
    "修改付款节点": "Edit payment milestone",
    "修改评审": "Edit review",
    "删除报价行“%s”？": "Delete the quote line “%s”?",
    "删除%s及其各行？": "Delete %s with its lines?",
    "删除付款节点“%s”？": "Delete the payment milestone “%s”?",
    "删除这次评审（%s）？": "Delete this review (%s)?",
    "删除合同%s？付款节点保留。": "Delete the contract%s? Its payment milestones stay.",
    "从文档列表删除“%s”？文件本身不删除。": "Remove “%s” from the documents list? The file itself is kept.",
    "（可按 Ctrl+Z 撤销）": " (Ctrl+Z undoes it)",
    "已删除（Ctrl+Z 撤销）": "Deleted (Ctrl+Z to undo)",
    "第 %d 轮报价": "quote round %d",
    "给这一轮加一行": "Add a line to this round",
    "给所选轮次加一行…": "Add a line to the selected round…",
    # The customers page (projdesk/ui/pages/customer_edit.py)
    "编辑客户…": "Edit customer…",
    "编辑客户": "Edit customer",
    "把另一个客户并入…": "Merge another customer in…",
    "地址": "Address",
    "保存客户": "Saving the customer",
    "没有别的客户可以合并": "There is no other customer to merge",
    "并入的客户": "Customer to merge in",
    "合并到“%s”": "Merge into “%s”",
    "把“%s”的联系人和商机并入“%s”，并删除“%s”？": (
        "Move the contacts and opportunities of “%s” into “%s” and delete “%s”?"
    ),
    "客户已保存": "Customer saved",
    "生成前检查：%s": "Before generating: %s",
    "从招标文件导入…": "Import from the tender…",
    "导入“招标要求”栏的各行": "Import the lines of “Tender requirements”",
    "条款号": "Clause",
    "标记": "Mark",
    "类别": "Kind",
    "应答": "Response",
    "投标文件位置": "Where in our bid",
    "响应": "Complies",
    "正偏离": "Exceeds",
    "负偏离": "Falls short",
    "无偏离": "No deviation",
    "（未答复）": "(not answered)",
    "招标要求 %d 条，未答复 %d 条（其中 ★ %d 条：答复前不能完成步骤 S）": "%d tender requirements, %d not answered (%d of them ★: step S cannot be completed until they are)",
    "尚无招标要求：从招标文件的表格导入，或把“招标要求”栏的各行导入为逐条记录。": "No tender requirements yet: import them from the tables of the tender, or import the lines of “Tender requirements” as records.",
    "保存应答": "Saving the response",
    "导入招标要求": "Importing the tender requirements",
    "选择招标文件": "Choose the tender document",
    "Word 文件 (*.docx)": "Word files (*.docx)",
    "法定代表人": "Legal representative",
    "公司地址": "Company address",
    "公司电话": "Company telephone",
    "开户银行": "Bank",
    "银行账号": "Bank account",
    "纳税人识别号": "Taxpayer ID",
    "增值税税率": "VAT rate",
    "不是有效的 Word 文件（.docx）：{name}": "Not a valid Word file (.docx): {name}",
    "无法读取 Word 文件 {name}：{kind_of_error}": "Cannot read the Word file {name}: {kind_of_error}",
    "资料库文件过大：{name}": "The library file is too large: {name}",
    "资料库文件不是 UTF-8 文本：{name}": "The library file is not UTF-8 text: {name}",
    "资料库文件已损坏（第 {line} 行不是有效的 JSON）：{name}": (
        "The library file is damaged (line {line} is not valid JSON): {name}"
    ),
    "公司简介": "Company profile",
    "每行一条，例如：接到故障报告后 30 分钟内响应": "One per line, e.g.: respond within 30 minutes of a fault report",
    "售后服务承诺": "After-sales commitments",
    "资质、案例、章节、团队": "Qualifications, cases, chapters, team",
    "导入资料库…": "Import library…",
    "导出资料库…": "Export library…",
    "资质 %d 项、案例 %d 个、产品与服务章节 %d 篇、项目团队 %d 人。公司统一维护时，导入公司下发的资料库文件即可。": "%d qualifications, %d cases, %d product and service chapters, %d team members. When the company maintains the library, import the file it hands out.",
    "导入资料库": "Import library",
    "资料库文件 (*.json)": "Library files (*.json)",
    "已读入资料库文件；保存设置后生效。": "Library file read; it takes effect when the settings are saved.",
    "导出资料库": "Export library",
    "资料库.json": "library.json",
    "资料库已导出：%s": "Library exported: %s",
    "%s还缺少以下 %d 项资料。双击一项前往填写；仍然生成时，缺项处标为“【待填：…】”。": (
        "The %s still lacks the %d items below. Double-click one to go and fill it in; "
        "if you generate anyway, each gap is marked (【待填：…】)."
    ),
    "仍然生成": "Generate anyway",
    "；其中 %d 份资料不全，缺项已标为“【待填：…】”": "; %d of them lack data, the gaps are marked (【待填：…】)",
    "没有找到招标要求（每行一条，或 Word 中带“条款/要求”列的表格）": (
        "No tender requirements found (one per line, or a Word table with a clause/requirement column)"
    ),
    "应答只能是：{allowed}（收到：{value}）": "The response must be one of: {allowed} (got: {value})",
    "没有第 {clause} 条招标要求（可用 requirement list 查看）": (
        "There is no tender clause {clause} (see requirement list)"
    ),
    "招标要求第 {clause} 条（★）尚未答复（步骤 Q：招标要求）": (
        "Tender clause {clause} (★) has no answer yet (step Q: tender requirements)"
    ),
    "{table}：{text}": "{table}: {text}",
    # A snapshot's progress (projdesk/labels.py); {table} is the table's translated name
    "检查 {table}": "Checking: {table}",
    "合并 {table}": "Merging: {table}",
    "写入 {table}": "Writing: {table}",
    "导出 {table}": "Exporting: {table}",
    "写入文件": "Writing the file",
    "完成": "Done",
    # Refusals by the method's rules (projdesk/labels.py); the stage, title and field are translated terms
    "请填写：{field}": "Fill in: {field}",
    "还不能进入“{stage}”，以下条件未满足：": "Cannot enter “{stage}” yet; these conditions are not met:",
    "步骤 {letter} {title} 还不能完成：": "Step {letter} {title} cannot be completed yet:",
    "步骤 {letter} {title} 还不能完成，缺少必填项：": (
        "Step {letter} {title} cannot be completed yet; required fields are missing:"
    ),
    # Unmet stage gates and step rules (projdesk/labels.py); {lead} is filled in after translation
    "尚未了解客户预算（步骤 E：填写“预算”）": "The customer's budget is not known yet (step E: fill in “Budget”)",
    "尚未确定客户的关键决策人（步骤 E，或在联系人中标记“关键决策人”）": (
        "The customer's key decision maker is not identified yet "
        "(step E, or mark a contact as “Key decision maker”)"
    ),
    "尚未指定项目主管（步骤 J）": "No project lead is assigned yet (step J)",
    "项目主管“{lead}”不在持证项目主管名单中": "Project lead “{lead}” is not on the list of certified project leads",
    "项目主管“{lead}”尚未取得营销中心的项目主管认证": (
        "Project lead “{lead}” is not yet certified by the marketing center"
    ),
    "项目立项申请尚未完成（步骤 J 申请立项）": "The initiation request is not complete yet (step J)",
    "调研咨询需要客户关键决策人的支持：请在联系人中记录其态度为“支持”": (
        "Research needs the support of the customer's key decision maker: "
        "record their attitude as “Supportive” in the contacts"
    ),
    "项目移交需要技术支持部指定的项目实施经理（步骤 Y）": (
        "Handover needs an implementation manager named by technical support (step Y)"
    ),
    "客户基本情况未填：请填写客户所属行业": "The customer's basics are missing: fill in the customer's industry",
    "进展日志还是空的：请先记录一次拜访、电话或交流": (
        "The progress log is still empty: log a visit, a call or a meeting first"
    ),
    "调研咨询尚未完成（步骤 K）：完成调研，或写明理由后跳过": (
        "Research is not done yet (step K): complete it, or skip it with a reason"
    ),
    "调研已完成，但还没有生成调研报告": "Research is done but no research report has been generated",
    "跳过调研咨询需要写明理由（步骤 K）": "Skipping research needs a reason (step K)",
    "重点客户不能跳过调研咨询：请完成步骤 K 并生成调研报告": (
        "A key account cannot skip research: complete step K and generate the research report"
    ),
    "方案初稿尚未完成（步骤 L 方案初稿或 M 方案完善）": "No proposal draft is complete yet (step L or M)",
    "还没有生成任何一版建议方案": "No version of the proposal has been generated yet",
    "尚未给客户做产品演示（步骤 N）": "The product demo has not been held yet (step N)",
    "尚未向客户讲解方案（步骤 O，可跳过）": "The solution has not been explained yet (step O, may be skipped)",
    "报价日志里还没有任何一轮报价": "The quote log has no quote round yet",
    "报价尚未发给客户（步骤 P 报价体系）": "The quote has not been sent to the customer yet (step P)",
    "方案须通过总部业务营运部的评审（步骤 R）": (
        "The bid must pass the headquarters' business operations review (step R)"
    ),
    "最近一次方案评审未通过：请按意见修改后重新评审（步骤 R）": (
        "The latest bid review rejected it: revise as advised and have it reviewed again (step R)"
    ),
    "投标方案尚未提交（步骤 S 方案提交）": "The bid has not been submitted yet (step S)",
    "合同须通过总部评审（步骤 V）": "The contract must pass the headquarters' review (step V)",
    "最近一次合同评审未通过：请修改后重新评审（步骤 V）": (
        "The latest contract review rejected it: revise and have it reviewed again (step V)"
    ),
    "合同尚未签定（步骤 W 合同签定）": "The contract has not been signed yet (step W)",
    "合同尚未生效（步骤 X：首付款到账）": "The contract is not in force yet (step X: the down payment received)",
    "还没有这个商机的合同：请先登记合同": "This opportunity has no contract yet: record the contract first",
    "合同生效需要“{milestone}”到账：请在付款节点中登记收款": (
        "The contract takes effect once “{milestone}” is received: record it in the payment milestones"
    ),
    "首付款登记的到账金额超过了应收金额，请核对": (
        "The down payment received is more than the amount due: please check it"
    ),
    "还没有登记任何付款节点": "No payment milestone has been recorded yet",
    "还有付款节点未回款也未核销：{milestones}": "Payment milestones neither received nor written off: {milestones}",
    "还不能记为赢单：": "Cannot be closed as won yet:",
    "结案与项目总结": "Closings and retrospectives",
    "越过门槛需要说明理由": "Going past a gate needs a reason",
    "记为丢单需要说明原因（{reasons}之一，可再补充说明）": (
        "Closing as lost needs a reason (one of {reasons}, with more words if you like)"
    ),
    "丢单原因“{reason}”不在列表中（可用：{reasons}）": "The loss reason “{reason}” is not in the list (use: {reasons})",
    "暂停需要说明原因": "Putting on hold needs a reason",
    "暂停需要一个重新评估的日期": "Putting on hold needs a date to look again",
    "重新打开需要说明原因": "Reopening needs a reason",
    "这个商机本来就在进行中": "This opportunity is already open",
    "这个商机已结案（{status}）：如需改变，请先重新打开": "This opportunity is closed ({status}): reopen it first to change that",
    "结案": "Closed",
    "（请选择）": "(choose)",
    "补充说明：丢单的具体原因、暂停的原因": "More words: why exactly it was lost, why it is paused",
    "合同尚未签定，仍记为赢单（请在补充说明中写明理由）": (
        "The contract is not signed yet; close as won anyway (give the reason in the note)"
    ),
    "逗号分隔，例如：电力, 调度": "Comma separated, e.g. power, dispatching",
    "丢单原因": "Loss reason",
    "中标方": "Winner",
    "重新评估日期": "Look again on",
    "做得好的": "What worked",
    "做得不好的": "What did not",
    "经验教训": "Lessons",
    "标签": "Tags",
    "请选择丢单原因": "Choose the loss reason",
    "请说明暂停的原因": "Say why it is put on hold",
    "正在结案…": "Closing…",
    "重新打开的原因：": "Why reopen it:",
    "正在重新打开…": "Reopening…",
    "原因：%s　中标方：%s": "Reason: %s   Winner: %s",
    "产品：%s": "Products: %s",
    "同行业案例（结案商机的项目总结）": "Cases from the same industry (retrospectives of closed deals)",
    "在案例中查找：客户、产品、原因、经验…": "Search the cases: customer, products, reason, lessons…",
    "还没有同行业的案例：结案时填写的项目总结会出现在这里。": (
        "No case from this industry yet: the retrospectives written when deals close appear here."
    ),
    "结案…": "Close…",
    "（中标方 %s）": " (won by %s)",
    "，%s 重新评估": ", look again on %s",
    "打开": "Open",
    "重新打开…": "Reopen…",
    "“%1”：%2": "“%1”: %2",
    "请填写你的姓名（日志、历史记录和文档的署名用它）": (
        "Fill in your name (activities, history and documents are signed with it)"
    ),
    "没有这项设置：{key}（可用：{keys}）": "No such setting: {key} (available: {keys})",
    "状态请用“结案/重新打开”（opp close、opp reopen）修改，以便记录原因": (
        "Change the status by closing or reopening (opp close, opp reopen), so the reason is recorded"
    ),
    "核销付款节点需要说明原因": "Writing off a payment milestone needs a reason",
    "我方公司名称": "Our company name",
    "投标书、合同中的我方名称，例如：某某信息技术股份有限公司": "Our name in bids and contracts, e.g. Example Information Technology Co., Ltd.",
    "文档保存位置": "Save documents in",
    "留空：用户“文档”文件夹下的 ProjDesk": "Empty: ProjDesk in your Documents folder",
    # Navigation, toolbar, window
    "ProjDesk 项目运作助手": "ProjDesk presales assistant",
    "看板": "Board",
    "客户": "Customer",
    "日志": "Log",
    "报表": "Reports",
    "同步": "Sync",
    "工具栏": "Toolbar",
    "新建商机": "New opportunity",
    "记录日志": "Log activity",
    "导入快照": "Import snapshot",
    "导出快照": "Export snapshot",
    "周报": "Weekly report",
    "提醒": "Reminders",
    "撤销": "Undo",
    "设置": "Settings",
    "搜索": "Search",
    "搜索客户、项目、联系人 (Ctrl+F)": "Search customers, projects, contacts (Ctrl+F)",
    "数据库：%s": "Database: %s",
    "Ctrl+N": "Ctrl+N",
    "Ctrl+L": "Ctrl+L",
    "Ctrl+I": "Ctrl+I",
    "Ctrl+E": "Ctrl+E",
    "Ctrl+W": "Ctrl+W",
    "Ctrl+R": "Ctrl+R",
    "Ctrl+Z": "Ctrl+Z",
    "Ctrl+,": "Ctrl+,",
    "Ctrl+F": "Ctrl+F",
    "取消": "Cancel",
    "正在载入商机，请稍候": "Loading opportunities, please wait",
    "无法打开数据库": "Cannot open the database",
    # Board
    "看板 %1 / %2 个商机": "Board: %1 / %2 opportunities",
    "“%1”已进入“%2”": "“%1” moved to “%2”",
    "；未满足的门槛：": "; stage gate not met: ",
    "退回阶段": "Move back",
    "把“%1”退回到“%2”的原因：": "Why move “%1” back to “%2”?",
    "已取消，商机留在原阶段": "Cancelled; the opportunity stays in its stage",
    "不能移动": "Cannot move",
    "填写有误": "Invalid input",
    "请输入：客户 项目 [金额]": "Enter: customer project [amount]",
    "已新建；当前的筛选条件下看不到它": "Created; the current filters hide it",
    "已新建商机": "Opportunity created",
    "金额未定": "No amount",
    "未定下一步": "No next step",
    "%1天": "%1d",
    "在“%1”新建商机": "New opportunity in “%1”",
    "客户 项目 [金额]，回车新建": "Customer project [amount], Enter to add",
    "%1 个 · %2": "%1 · %2",
    "预计签单额合计 %1": "Expected total: %1",
    "全部负责人": "All owners",
    "全部行业": "All industries",
    "全部地区": "All regions",
    "只看重点客户": "Key accounts only",
    "只看逾期": "Overdue only",
    "同时显示：": "Also show:",
    "逾期或停滞：%1 / %2": "Overdue or idle: %1 / %2",
    "推进到“%1”": "Advance to “%1”",
    "“%1”还不能进入“%2”，以下条件未满足：": "“%1” cannot enter “%2” yet. Stage gate not met:",
    "在这里补上": "Fill in here",
    "例如 120万 或 1200000": "e.g. 120万 or 1200000",
    "客户预算": "Customer budget",
    "项目主管": "Project lead",
    "项目主管已取得营销中心认证": "Project lead certified by the marketing centre",
    "保存并推进": "Save and advance",
    "或者越过门槛（会记入历史）": "Or override the stage gate (recorded in history)",
    "必须说明理由": "A reason is required",
    "理由": "Reason",
    "越过门槛推进": "Override and advance",
    # Issue 16 (window): prompts keep what was typed, the workspace advances, reminders fold
    "金额写法：120万、1200000 或 1,200,000.50": "Write amounts like 1200000, 1,200,000.50 or 120万",
    "放弃填写的内容": "Discard what you typed",
    "刚才填写的内容还没有保存，确定放弃吗？": "What you typed has not been saved. Discard it?",
    "推进到下一阶段": "Advance to next stage",
    "和在看板上拖到下一列一样：门槛未满足时会询问": (
        "Same as dragging the card to the next column: asks when a stage gate is not met"
    ),
    "展开或收起提醒 (Ctrl+R)": "Unfold or fold the reminders (Ctrl+R)",
    "隐藏提醒": "Hide the reminders",
    "紧凑卡片": "Compact cards",
    "紧凑：每张卡片四行，一屏看到更多商机；舒适：五行，带本阶段的步骤进度": (
        "Compact: four lines per card, more deals on a screen; comfortable: five lines, with the stage's step progress"
    ),
    "舒适（五行，带步骤进度）": "Comfortable (five lines, with step progress)",
    "紧凑（四行，一屏更多商机）": "Compact (four lines, more deals on a screen)",
    "看板卡片": "Board cards",
    "客户全称": "Customer's full name",
    "例如 智慧校园一期": "e.g. Smart campus phase 1",
    "项目": "Project",
    "预计签单额": "Expected amount",
    "行业": "Industry",
    "地区": "Region",
    "阶段": "Stage",
    # Snapshots (Sync)
    "全部数据": "All data",
    "我负责的商机": "My opportunities",
    "指定的商机（ID，逗号分隔）": "Selected opportunities (IDs, comma-separated)",
    "自某日起的改动": "Changes since a date",
    "用口令加密": "Encrypt with a passphrase",
    "口令": "Passphrase",
    "再输入一次": "Repeat passphrase",
    "导出": "Export",
    "口令至少 6 个字符": "The passphrase needs at least 6 characters",
    "两次输入的口令不一致": "The passphrases do not match",
    "请填写要导出的商机 ID": "Enter the IDs of the opportunities to export",
    "来自：%s（设备 %s）": "From: %s (device %s)",
    "导出时间：%s": "Exported: %s",
    "内容：": "Contents:",
    "此快照已加密，口令：": "This snapshot is encrypted. Passphrase:",
    "导入前会自动备份数据库；同一字段的并发修改会列入冲突，供您复核。": (
        "The database is backed up before the import; concurrent edits of the same field "
        "are listed as conflicts for you to review."
    ),
    "导入": "Import",
    "导入快照…": "Import snapshot…",
    "导出快照…": "Export snapshot…",
    "可把同事的 .pdsnap 快照文件拖到窗口上导入。": "Drop a colleague's .pdsnap snapshot on the window to import it.",
    "ProjDesk 快照 (*.pdsnap)": "ProjDesk snapshots (*.pdsnap)",
    "记录": "Record",
    "字段": "Field",
    "我的": "Mine",
    "对方的": "Theirs",
    "对方": "Colleague",
    "时间": "Time",
    "保留我的": "Keep mine",
    "采用对方的": "Take theirs",
    "编辑…": "Edit…",
    "冲突": "Conflicts",
    "商机": "Opportunity",
    "联系人": "Contacts",
    "统一社会信用代码": "Unified social credit code",
    "把同组其他客户并入所选客户": "Merge the group's other customers into the selected one",
    "重复客户": "Duplicate customers",
    "方向": "Direction",
    "文件": "File",
    "结果": "Result",
    "导入导出记录": "Import and export history",
    "冲突 (%d)": "Conflicts (%d)",
    "统一社会信用代码相同": "Same credit code",
    "名称相同": "Same name",
    "重复客户 (%d)": "Duplicate customers (%d)",
    "新增 %d，更新 %d，冲突 %d": "%d new, %d updated, %d conflicts",
    "商机 %d": "%d opportunities",
    "上次导入 %s（%s）": "Last import %s (%s)",
    "上次导出 %s": "Last export %s",
    "待处理冲突 %d": "Open conflicts: %d",
    "选择快照文件": "Choose a snapshot file",
    "无法导入": "Cannot import",
    "正在导入快照…": "Importing snapshot…",
    # Writes on the runner's write worker (their progress titles) and the reminders' overflow line
    "正在新建商机…": "Creating the opportunity…",
    "正在保存…": "Saving…",
    "正在保存步骤…": "Saving the step…",
    "正在保存报价…": "Saving the quote…",
    "正在撤销…": "Undoing…",
    "正在处理冲突…": "Resolving the conflict…",
    "正在合并客户…": "Merging customers…",
    "……另有 %d 项（最紧迫的在前）": "…and %d more (the most urgent are listed first)",
    "已导入 %s 的快照：新增 %d，更新 %d，未变 %d，冲突 %d": (
        "Imported %s's snapshot: %d new, %d updated, %d unchanged, %d conflicts"
    ),
    "，恢复被删除的记录 %d": ", %d deleted records restored",
    "，发送方时钟超前，%d 处修改已按本机时间重新记时": ", the sender's clock runs ahead: %d changes were restamped with this computer's time",
    "。发现 %d 组疑似重复的客户，请在“重复客户”中处理": (
        ". Found %d groups of possibly duplicate customers; resolve them under “Duplicate customers”"
    ),
    "已取消，数据库未改动。": "Cancelled; the database is unchanged.",
    "操作未完成": "Not done",
    "程序遇到了一个意外错误（%s）。刚才的操作可能没有完成，其余数据不受影响，可以继续工作。": (
        "ProjDesk met an unexpected error (%s). The last action may not have finished; the rest of "
        "your data is unaffected and you can go on working."
    ),
    "（日志文件夹不可写，未能记录）": "(the log folder is not writable: nothing was recorded)",
    "意外错误": "Unexpected error",
    "详细信息已写入日志：%1": "The details were written to the log: %1",
    "复制详细信息": "Copy details",
    "继续工作": "Go on working",
    "已复制": "Copied",
    "操作未完成：发生了意外错误，详情已写入日志。": "Not done: an unexpected error occurred; the details are in the log.",
    "这个数据库已在另一个 ProjDesk 窗口中打开（进程 %s）：%s。请切换到那个窗口；命令行仍可同时使用": (
        "This database is already open in another ProjDesk window (process %s): %s. Switch to that "
        "window; the command line can still be used alongside it"
    ),
    "操作失败": "Operation failed",
    "保存快照": "Save snapshot",
    "已导出 %s：商机 %d，客户 %d，日志 %d": "Exported %s: %d opportunities, %d customers, %d activities",
    "正在导出快照…": "Exporting snapshot…",
    "请先在列表中选择一个冲突": "Select a conflict in the list first",
    "编辑": "Edit",
    "%s 的新值：": "New value for %s:",
    "已处理：%s · %s": "Resolved: %s · %s",
    "请先在一组中选择要保留的客户": "Select the customer to keep in a group first",
    "把 %d 个重复客户的联系人和商机并入“%s”？被并入的客户将被删除。": (
        "Merge the contacts and opportunities of %d duplicate customers into “%s”? "
        "The merged customers will be deleted."
    ),
    "合并客户": "Merge customers",
    "已合并到“%s”": "Merged into “%s”",
    "报价": "Quotes",
    "合同": "Contract",
    "变更记录": "Change history",
    # Reports
    "%1（%2月%3日—%4月%5日）": "%1 (%2/%3 – %4/%5)",
    " 本周": " this week",
    "我的商机": "My opportunities",
    "全部商机": "All opportunities",
    "导出周进度总结表…": "Export weekly summary…",
    "从 Excel 导入…": "Import from Excel…",
    "周：": "Week:",
    "含阶段 1–2": "Include stages 1–2",
    "范围：": "Scope:",
    "进行中商机 %1 个，预计签单额 %2，重点客户 %3 个，下一步逾期 %4 个，暂停 %9 个；"
    "本周新增商机 %5，阶段变化 %6，拜访 %7，新增日志 %8": (
        "%1 open opportunities, expected %2, %3 key accounts, %4 overdue next steps, %9 on hold; "
        "this week: %5 new opportunities, %6 stage changes, %7 visits, %8 new log entries"
    ),
    "导出周进度总结表": "Export weekly summary",
    "正在导出周进度总结表…": "Exporting the weekly summary…",
    "已导出：%1": "Exported: %1",
    "已取消，未写入任何文件。": "Cancelled; no file was written.",
    "从 Excel 导入商机": "Import opportunities from Excel",
    "正在检查表格…": "Checking the sheet…",
    "从 Excel 导入": "Import from Excel",
    "现在导入吗？": "Import now?",
    "未导入。": "Not imported.",
    "正在导入…": "Importing…",
    "Excel 文件 (*.xlsx)": "Excel files (*.xlsx)",
    "序号": "No.",
    "客户名称": "Customer",
    "项目名称": "Project",
    "重点客户": "Key account",
    "当前阶段": "Stage",
    "当前步骤": "Step",
    "本周进展": "Progress this week",
    "下周计划": "Plan for next week",
    "计划日期": "Planned date",
    "预计签单额(万元)": "Expected amount (wan yuan)",
    "预计签约日期": "Expected signing",
    "负责人": "Owner",
    "需要的支持": "Support needed",
    "风险与问题": "Risks and issues",
    "最后更新": "Last updated",
    "检查结果（尚未写入）": "Check result (nothing written yet)",
    "导入完成": "Import finished",
    "%1：新建 %2 个，更新 %3 个，不变 %4 个，跳过 %5 行。": (
        "%1: %2 created, %3 updated, %4 unchanged, %5 rows skipped."
    ),
    "第 %1 行：%2": "Row %1: %2",
    "……另有 %1 行": "… and %1 more rows",
    "导出报价日志": "Export quote log",
    "导出进展日志": "Export progress log",
    "导出失败：%1": "Export failed: %1",
    # Activity log page
    "全部类型": "All types",
    "客户名称包含…": "Customer name contains…",
    "刷新": "Refresh",
    "从": "From",
    "到": "To",
    "日期": "Date",
    "类型": "Type",
    "步骤": "Step",
    "参与人": "Participants",
    "内容": "Content",
    "下一步": "Next step",
    "（只显示前 %d 条）": "(showing the first %d)",
    "%d 条": "%d entries",
    # Customers page
    "搜索客户名称": "Search customer names",
    "理由，用“；”分隔": "Reasons, separated by “；”",
    "按规则建议理由": "Suggest reasons by rule",
    "确认为重点客户": "Confirm key account",
    "取消重点客户": "Remove key account",
    "当前": "Current",
    "状态": "Status",
    "金额": "Amount",
    "姓名": "Name",
    "决策角色": "Decision role",
    "职务": "Title",
    "态度": "Attitude",
    "电话": "Phone",
    "沟通要点": "Talking points",
    "商机（双击打开）": "Opportunities (double-click to open)",
    "上市公司": "Listed company",
    "行业重点": "Industry leader",
    "地区有影响力": "Regional influence",
    "★ 重点客户：%s": "★ Key account: %s",
    "不是重点客户": "Not a key account",
    "规则建议标为重点客户；确认后生效。": "The rules suggest a key account; confirm to apply.",
    "规则没有找到标为重点客户的理由；如有其他理由可自行填写。": (
        "The rules found no reason for a key account; enter your own reasons if you have any."
    ),
    "已标为重点客户": "Marked as a key account",
    "已取消重点客户": "Key account removed",
    # Documents
    "请稍候": "Please wait",
    "正在生成文档，请等这一批完成后再试。": "Documents are being generated; try again when this batch is done.",
    "正在生成%s…": "Generating %s…",
    "已生成：%s": "Generated: %s",
    "无法生成文档": "Cannot generate the document",
    "正在生成 %d/%d：%s": "Generating %d/%d: %s",
    "已生成 %d 份文档，保存在 %s": "Generated %d documents in %s",
    "已取消；": "Cancelled; ",
    "部分文档未能生成": "Some documents could not be generated",
    "批量生成文档": "Generate documents",
    "请先在看板上选中商机（按住 Ctrl 或 Shift 可多选）。": (
        "Select opportunities on the board first (hold Ctrl or Shift to select several)."
    ),
    "为选中的 %d 个商机生成：": "Generate for the %d selected opportunities:",
    "无法写入文件：%s": "Cannot write the file: %s",
    "批量生成文档…": "Generate documents…",
    "为看板上选中的商机生成立项申请表、调研报告、投标书等文档": (
        "Generate initiation forms, research reports, bids and more for the opportunities selected on the board"
    ),
    # Quick log
    "记录进展日志": "Log progress",
    "对方和我方参与人，如：王主任、李工": "Participants on both sides, e.g. Director Wang, Engineer Li",
    "谈了什么（Enter 保存，Shift+Enter 换行）": "What was discussed (Enter saves, Shift+Enter for a new line)",
    "结果、客户的反馈": "Outcome, customer feedback",
    "下一步做什么（会成为卡片上的下一步）": "What to do next (becomes the card's next step)",
    "日期：2026-03-12、+3、明天、下周": "Date: 2026-03-12, or +3 for in three days",
    "日期/类型/步骤": "Date/type/step",
    "内容 *": "Content *",
    "请选择要记录的商机": "Choose the opportunity to log",
    # Reminders
    "逾期 %d 天": "Overdue %d d",
    "今天": "Today",
    "%d 天后": "Due in %d d",
    "客户 / 项目": "Customer / project",
    "事项": "Item",
    "情况": "Status",
    "只看我的（%s）": "Mine only (%s)",
    "今天该做和已逾期的下一步": "Next steps due today or overdue",
    "近期应收款": "Payments due soon",
    "停滞的商机": "Idle opportunities",
    "本阶段已 %d 天": "%d d in this stage",
    "提醒（%d）": "Reminders (%d)",
    # Settings
    "每行一位持证项目主管；留空则以各商机自己的“已认证”为准": (
        "One certified project lead per line; if empty, each opportunity's “certified” box counts"
    ),
    "未满足阶段门槛时阻止推进（不勾选则只提醒）": "Block advancing when a stage gate is not met (otherwise only warn)",
    "选择…": "Choose…",
    "我的姓名": "My name",
    "本机名称": "Device name",
    "持证项目主管": "Certified project leads",
    "重点客户金额门槛（万元）": "Key account threshold (wan yuan)",
    "公司模板文件夹": "Company template folder",
    "界面语言将在下次启动 ProjDesk 时生效。": "The language changes the next time ProjDesk starts.",
    "界面语言": "Language",
    "常规": "General",
    " 天": " days",
    "停滞提醒": "Idle reminders",
    "本行业做过的项目：客户、内容、规模、效果": "Projects done in this industry: customer, scope, size, results",
    "案例的行业": "Industry of the cases",
    "行业案例": "Industry cases",
    "资料库": "Library",
    "选择模板文件夹中的任一模板": "Choose any template in the template folder",
    "请填写你的姓名（日志和历史记录用它署名）": "Enter your name (log entries and history are signed with it)",
    "重点客户金额门槛": "Key account threshold",
    "重点客户金额门槛应为大于 0 的万元数": "The key account threshold must be more than 0 wan yuan",
    "设置已保存": "Settings saved",
    # Workspace: common
    "%s 万元": "%s wan yuan",
    "%s（%s）": "%s (%s)",
    "万": "wan",
    "是": "Yes",
    "否": "No",
    "YYYY-MM-DD": "YYYY-MM-DD",
    "不是有效的金额": "Not a valid amount",
    "已记录日志": "Activity logged",
    "打开一个商机后，Ctrl+Z 撤销对它的上一次修改": "Open an opportunity, then Ctrl+Z undoes its last change",
    "已撤销 %d 处修改": "Undid %d changes",
    "没有可撤销的修改了": "Nothing left to undo",
    "公司背景介绍": "Company background",
    "产品介绍": "Product introduction",
    "服务体系介绍": "Service system",
    "同行业案例": "Industry references",
    # Workspace: contract
    "合同编号": "Contract no.",
    "合同金额": "Contract amount",
    "签订日期": "Signed on",
    "生效日期": "Effective on",
    "甲方": "Party A",
    "乙方": "Party B",
    "主要条款": "Main terms",
    "元，可写“120万”": "Yuan; “120万” works",
    "保存合同": "Save contract",
    "大写": "In words",
    "付款节点与到账": "Payment milestones and receipts",
    "付款节点": "Payment milestone",
    "应收日期": "Due date",
    "应收金额（元）": "Amount due (yuan)",
    "到账日期": "Received on",
    "到账金额（元）": "Amount received (yuan)",
    "节点，如：首付款 30%": "Milestone, e.g. down payment 30%",
    "添加节点": "Add milestone",
    "到账金额": "Amount received",
    "到账日期（空=今天）": "Received on (empty = today)",
    "登记所选节点到账": "Record payment for selected",
    "评审": "Reviews",
    "提交日期": "Submitted",
    "评审人": "Reviewer",
    "结论": "Outcome",
    "意见": "Comments",
    "评审意见": "Review comments",
    "添加评审": "Add review",
    "合同已保存": "Contract saved",
    "已添加付款节点": "Payment milestone added",
    "请先在表中选中一个付款节点": "Select a payment milestone in the table first",
    "已登记到账": "Payment recorded",
    "已添加评审": "Review added",
    # Workspace: people and competitors
    "添加": "Add",
    "保存修改": "Save changes",
    "删除": "Delete",
    "清空表单": "Clear form",
    "邮箱": "Email",
    "姓名 *": "Name *",
    "背景": "Background",
    "和%s谈：%s": "With the %s, talk about: %s",
    "已添加联系人：%s": "Contact added: %s",
    "已保存": "Saved",
    "名称": "Name",
    "对方方案": "Their solution",
    "优势": "Strengths",
    "我方对策": "Our response",
    "元，可写“120万”；不清楚可空着": "Yuan; “120万” works; leave empty if unknown",
    "名称 *": "Name *",
    "对方报价": "Their price",
    "对方优势": "Their strengths",
    "已添加竞争对手：%s": "Competitor added: %s",
    # Workspace: quotes
    "品名": "Item",
    "品牌": "Brand",
    "型号": "Model",
    "数量": "Qty",
    "单位": "Unit",
    "单价（元）": "Unit price (yuan)",
    "轮次 / 品名": "Round / item",
    "小计（元）": "Subtotal (yuan)",
    "接受所选轮次": "Accept selected round",
    "本轮说明，例如：让利 3%，延长质保一年": "Note for this round, e.g. 3% discount, one more year of warranty",
    "加一行": "Add row",
    "复制上一轮": "Copy last round",
    "保存为新一轮报价": "Save as new round",
    "新一轮报价（逐项列明，数量默认 1）": "New quote round (itemised; quantity defaults to 1)",
    "（已接受）": " (accepted)",
    "第 %d 轮  %s%s": "Round %d  %s%s",
    "共 %d 轮报价；最新一轮 %s": "%d quote rounds; latest %s",
    "；已接受第 %d 轮 %s": "; round %d accepted, %s",
    "还没有报价。按报价手册逐项列明，每一轮都会记入报价日志。": (
        "No quotes yet. Itemise them per the price handbook; every round goes into the quote log."
    ),
    "已保存新一轮报价（%d 行）": "New quote round saved (%d rows)",
    "请先在上面选中一轮报价": "Select a quote round above first",
    "已接受这一轮报价": "Quote round accepted",
    # Workspace: documents and records
    "立项申请表": "Initiation form",
    "调研报告": "Research report",
    "建议方案": "Proposal",
    "解决方案": "Solution",
    "投标书": "Bid",
    "讲解幻灯片": "Presentation slides",
    "项目移交单": "Handover form",
    "周进度总结表": "Weekly summary",
    "报价日志": "Quote log",
    "进展日志": "Progress log",
    "竞争对手": "Competitors",
    "报价明细": "Quote items",
    "文档": "Documents",
    "预算": "Budget",
    "下一步日期": "Next step date",
    "项目主管已认证": "Project lead certified",
    "业务联络人": "Business contact",
    "已接受": "Accepted",
    "新建": "Created",
    "完成时间": "Completed",
    "修改": "Changed",
    "推进": "Advanced",
    "越过门槛": "Gate overridden",
    "版本": "Version",
    "生成时间": "Generated",
    "说明": "Note",
    "打开文件": "Open file",
    "打开所在文件夹": "Open folder",
    "请先选中一个文档": "Select a document first",
    "文件不在了：%s（可能已被移动或删除，可重新生成）": (
        "The file is gone: %s (moved or deleted? You can generate it again)"
    ),
    "谁": "Who",
    "操作": "Action",
    "原值": "Old value",
    "新值": "New value",
    "原因": "Reason",
    "撤销上一次修改 (Ctrl+Z)": "Undo last change (Ctrl+Z)",
    "只撤销本机做的修改，按时间从新到旧。": "Undoes only this device's changes, newest first.",
    # Workspace: step pane
    "未开始": "Not started",
    "进行中": "In progress",
    "已完成": "Done",
    "已跳过": "Skipped",
    "生成立项申请表": "Generate initiation form",
    "生成调研报告": "Generate research report",
    "生成建议方案": "Generate proposal",
    "生成解决方案": "Generate solution",
    "生成投标书": "Generate bid",
    "生成讲解幻灯片": "Generate slides",
    "生成合同": "Generate contract",
    "生成项目移交单": "Generate handover form",
    # The step guidance stays in the method's own Chinese by design; its header says so in English.
    "怎么做": "How to (the method's guidance, in Chinese by design)",
    "完成此步骤": "Complete step",
    "跳过": "Skip",
    "重新打开": "Reopen",
    "完成于 %s": "Completed on %s",
    "本步文档：": "Documents for this step:",
    "资料库：%s": "Library: %s",
    "（资料库还是空的：在“设置 → 资料库”中填写标准介绍和案例，这里就能直接引用。）": (
        "(The library is empty: fill in the standard introductions and cases under "
        "“Settings → Library” to quote them here.)"
    ),
    "复制": "Copy",
    "写入日志…": "Add to log…",
    "本步骤的进展日志（%d）": "Log entries for this step (%d)",
    "还没有记录。按 Ctrl+L 记一笔。": "Nothing logged yet. Press Ctrl+L to add an entry.",
    "有字段的内容不正确，请先改正（见字段下方的提示）。": (
        "Some fields are not valid; correct them first (see the notes under the fields)."
    ),
    "完成此步骤需要填写“%s”": "Fill in “%s” to complete this step",
    "← 返回看板 (Esc)": "← Back to board (Esc)",
    "合同与收款": "Contract and payments",
    "历史": "History",
    "预计 %s": "Expected %s",
    "负责人 %s": "Owner %s",
    "本阶段 %d 天": "%d d in stage",
    # Statuses and activity types
    "赢单": "Won",
    "丢单": "Lost",
    "暂停": "On hold",
    "拜访": "Visit",
    "会议": "Meeting",
    "演示": "Demo",
    "宴请": "Dinner",
    "邮件": "Email",
    "其他": "Other",
    # Field labels of the method's steps
    "来源渠道": "Lead source",
    "介绍人": "Referrer",
    "发现日期": "Found on",
    "跟进理由": "Why follow up",
    "约定时间": "Appointment",
    "预约结果": "Appointment result",
    "改约日期": "Rescheduled to",
    "拜访目的": "Purpose of visit",
    "资料摘要": "Summary",
    "资料来源": "Sources",
    "行业动向与问题": "Industry trends and issues",
    "附件": "Attachments",
    "请教的同事": "Colleagues consulted",
    "可借鉴的案例": "Reference cases",
    "经验要点": "Lessons",
    "项目预算": "Project budget",
    "主管部门": "Supervising department",
    "具体经办人": "Working contact",
    "关键决策人": "Key decision maker",
    "项目规划": "Project plan",
    "已知竞争对手": "Known competitors",
    "介绍日期": "Presented on",
    "听取对象": "Audience",
    "介绍重点": "Focus",
    "客户反应": "Customer reaction",
    "介绍的产品": "Products presented",
    "引用的同行业客户": "Industry references cited",
    "介绍内容": "Content",
    "信息化建设思路": "IT strategy",
    "预计建设进度": "Expected schedule",
    "接触的人员": "People met",
    "有选型小组": "Selection committee exists",
    "客户关注的问题及建议": "Customer concerns and suggestions",
    "项目主管已通过认证": "Project lead is certified",
    "推进计划": "Action plan",
    "申请支持": "Support requested",
    "申请日期": "Requested on",
    "调研日期": "Research date",
    "调研部门及人员": "Departments and people interviewed",
    "调研发现": "Findings",
    "初步建议": "Initial recommendations",
    "汇报会日期": "Debrief date",
    "汇报会参加人": "Debrief attendees",
    "不调研的理由": "Why no research",
    "本版说明": "Version notes",
    "客户意见": "Customer feedback",
    "编写人": "Author",
    "交给的客户人员": "Handed to",
    "演示日期": "Demo date",
    "客户类型": "Customer type",
    "演示人": "Presenter",
    "参加人员": "Attendees",
    "客户特殊需求": "Special requirements",
    "讲解日期": "Presentation date",
    "讲解要点": "Key points",
    "客户疑问": "Customer questions",
    "已对照报价手册": "Checked against the price handbook",
    "客户承受能力判断": "Customer's budget capacity",
    "竞争对手报价": "Competitor prices",
    "回旋余地": "Room to negotiate",
    "协商部门": "Departments consulted",
    "招标编号": "Tender no.",
    "投标截止日期": "Bid deadline",
    "招标要求": "Tender requirements",
    "采购方式": "Procurement method",
    "评审日期": "Review date",
    "评审结论": "Review outcome",
    "提交方式": "Submission method",
    "接收人": "Recipient",
    "听众": "Audience",
    "讲解人": "Presenter",
    "评委提问": "Panel questions",
    "关键条款": "Key terms",
    "已报公关策划部": "Reported to PR planning",
    "起草日期": "Drafted on",
    "磋商记录": "Negotiation notes",
    "签定日期": "Signed on",
    "客户签署人": "Customer signatory",
    "已归档": "Filed",
    "首付款到账日期": "Down payment received on",
    "首付款金额": "Down payment",
    "项目实施经理": "Implementation manager",
    "实施小组": "Implementation team",
    "移交日期": "Handover date",
    "移交说明": "Handover notes",
    "里程碑": "Milestones",
    "问题与处理": "Issues and actions",
    "回款情况": "Payments received",
    # Backups and restore (文件 › 备份与恢复…)
    "文件(&F)": "&File",
    # The menu bar (forms/main_window.ui), the shortcut overview, 关于
    "编辑(&E)": "&Edit",
    "视图(&V)": "&View",
    "商机(&O)": "&Opportunity",
    "文档(&D)": "&Documents",
    "报表(&R)": "&Reports",
    "同步(&S)": "&Sync",
    "帮助(&H)": "&Help",
    "在第一阶段新建一个商机": "Create an opportunity in stage 1",
    "打开商机": "Open opportunity",
    "打开看板上选中的商机": "Open the opportunity selected on the board",
    "修改当前商机的客户、名称、金额、日期和下一步": "Change the current opportunity's customer, name, amount, dates and next step",
    "结案（赢单/丢单）…": "Close as won or lost…",
    "把当前商机结案为赢单或丢单": "Close the current opportunity as won or lost",
    "删除商机…": "Delete opportunity…",
    "删除当前商机（可用 Ctrl+Z 撤销）": "Delete the current opportunity (Ctrl+Z undoes it)",
    "为当前商机记录一次拜访、电话或会议": "Log a visit, call or meeting for the current opportunity",
    "关闭商机": "Close opportunity",
    "关闭打开的商机，回到看板": "Close the open opportunity and go back to the board",
    "合并同事导出的快照文件": "Merge a snapshot file a colleague exported",
    "把本机的数据导出为快照文件": "Export this computer's data as a snapshot file",
    "打开本周的周报": "Open this week's report",
    "导出周报…": "Export weekly report…",
    "把周报导出为 Excel 文件": "Export the weekly report as an Excel file",
    "从表格导入商机…": "Import opportunities from a sheet…",
    "从周报格式的 Excel 表导入商机": "Import opportunities from an Excel sheet in the weekly report's columns",
    "今天该做和已逾期的下一步、应收款、停滞的商机": "Next steps due today or overdue, payments due, idle opportunities",
    "撤销对打开的商机的上一次修改": "Undo the last change to the open opportunity",
    "重做": "Redo",
    "重做刚撤销的修改": "Redo the change just undone",
    "姓名、公司、模板、停滞天数和资料库": "Name, company, templates, idle days and the library",
    "查看数据库的备份，或从备份恢复": "See the database's backups, or restore one",
    "从资料库文件读入公司资质、案例和团队": "Read the company's qualifications, cases and team from a library file",
    "把资料库导出为文件，交给同事": "Export the library as a file to hand to a colleague",
    "退出": "Quit",
    "关闭 ProjDesk": "Close ProjDesk",
    "快捷键一览": "Keyboard shortcuts",
    "列出每个操作和它的快捷键": "List every action and its key",
    "快捷键": "Key",
    "关于 ProjDesk": "About ProjDesk",
    "ProjDesk 项目运作助手 %1\n按公司的项目运作方法跟进售前商机。\n\n图标：Lucide（ISC 许可证）。": (
        "ProjDesk %1\nPresales opportunities through the company's method.\n\nIcons: Lucide (ISC licence)."
    ),
    "为当前商机生成%s": "Generate the %s for the current opportunity",
    "请先在看板上选中或打开一个商机": "First select or open an opportunity on the board",
    "已结案": "Closed",
    "%1（%2）": "%1 (%2)",  # a reminders section and its count
    "项目立项申请表": "Initiation request form",
    "解决方案讲解": "Solution presentation",
    "项目运作周进度总结表": "Weekly progress summary",
    # Contacts: decision roles and attitudes (stored in Chinese, the method's words)
    "信息中心": "IT department",
    "业务部门": "Business unit",
    "领导": "Leadership",
    "选型小组": "Selection committee",
    "支持": "Supportive",
    "中立": "Neutral",
    "反对": "Opposed",
    "未知": "Unknown",
    # The first start's welcome (projdesk/ui/welcome.py)
    "正在生成演示数据…": "Creating the demo data…",
    "欢迎，%1": "Welcome, %1",
    "欢迎使用 ProjDesk": "Welcome to ProjDesk",
    "先告诉 ProjDesk 你是谁：日志、历史记录和文档的署名，以及周报里的“我的商机”都用这个姓名。": (
        "First tell ProjDesk who you are: logs, the history and documents are signed with this name, "
        "and the weekly report's “my opportunities” are the ones you own."
    ),
    "投标书、合同中的我方名称，可以以后在“设置”中填写": "Our name in bids and contracts; you can fill it in later in Settings",
    "演示数据：%1 个虚构商机，先看看每一步怎么走": "Demo data: %1 made-up opportunities, to see how each step goes",
    "空白开始：从我自己的第一个商机开始": "Empty start: begin with my own first opportunity",
    "以后再说": "Later",
    "开始": "Start",
    "搜索客户、项目、联系人": "Search customers, projects, contacts",
    "备份与恢复…": "Backup and restore…",
    "备份与恢复": "Backup and restore",
    "手动": "Manual",
    "每日": "Daily",
    "升级前": "Before upgrade",
    "导入前": "Before import",
    "恢复前": "Before restore",
    "损坏的原文件": "Damaged original",
    "大小": "Size",
    "立即备份": "Back up now",
    "恢复所选": "Restore selected",
    "关闭": "Close",
    "备份保存在数据库旁的 backups 文件夹：%s": "Backups are kept in the backups folder beside the database: %s",
    "还没有备份": "No backups yet",
    "正在备份…": "Backing up…",
    "已备份：%s": "Backed up: %s",
    "用 %1 的备份（%2）替换当前数据库？\n当前数据库会先备份。恢复后 ProjDesk 会关闭，请重新打开。": (
        "Replace the current database with the backup of %1 (%2)?\n"
        "The current database is backed up first. ProjDesk closes after the restore; please open it again."
    ),
    "恢复备份": "Restore backup",
    "正在恢复…": "Restoring…",
    "已恢复": "Restored",
    "已恢复备份。恢复前的数据库已保存到 backups 文件夹。\nProjDesk 现在关闭，请重新打开。": (
        "The backup is restored. The database as it was is saved in the backups folder.\n"
        "ProjDesk closes now; please open it again."
    ),
    "操作失败：%s": "Failed: %s",
    "数据库已损坏": "The database is damaged",
    "%s\n没有可用的完好备份。": "%s\nThere is no good backup to restore.",
    "%1\n\n最新的完好备份：%2（%3）。\n要用它恢复吗？损坏的文件会先保存到 backups 文件夹。": (
        "%1\n\nNewest good backup: %2 (%3).\n"
        "Restore it? The damaged file is first saved in the backups folder."
    ),
    "恢复失败": "Restore failed",
    # Coded errors and value problems (projdesk/labels.py ERROR_TEXTS, PROBLEM_TEXTS); {field},
    # {stage}, {kind} are translated terms, {table}/{column}/{problem}/{error} worded codes
    "是/否": "Yes/No",
    "、": ", ",
    "单价": "Unit price",
    "行业重点客户": "Key account in its industry",
    "在地区市场有影响力": "Influential in the regional market",
    "提交评审日期": "Date submitted for review",
    "应收金额": "Amount due",
    "第 {position} 行{error}": "Line {position}: {error}",
    "{field} {problem}": "{field} {problem}",
    "{table}的 {column} {problem}": "{table} · {column} {problem}",
    "步骤 {letter} 的 {key} {problem}": "Step {letter}, {key} {problem}",
    "{field}不是有效的金额：{value}": "{field} is not a valid amount: {value}",
    "{field}超出上限（最多 {limit} 元）：{value}": "{field} is over the limit (at most {limit} yuan): {value}",
    "{field}应为数字：{value}": "{field} must be a number: {value}",
    "{field}必须大于 0：{value}": "{field} must be greater than 0: {value}",
    "{field}超出上限（最多 {limit}）：{value}": "{field} is over the limit (at most {limit}): {value}",
    "金额不是有效的数字：{value}": "The amount is not a valid number: {value}",
    "金额不能为负数或无效：{value}": "The amount cannot be negative or invalid: {value}",
    "金额过大，无法写成大写：{value}": "The amount is too large to write in Chinese capitals: {value}",
    "{field}不是有效的日期（应为 YYYY-MM-DD）：{value}": "{field} is not a valid date (use YYYY-MM-DD): {value}",
    "{field}应为 是 或 否：{value}": "{field} must be yes or no: {value}",
    "{field}应为整数：{value}": "{field} must be a whole number: {value}",
    "{field}必须在 {low}–{high} 之间：{value}": "{field} must be between {low} and {high}: {value}",
    "{field}只能是：{choices}（收到：{value}）": "{field} must be one of: {choices} (got: {value})",
    "无法读取数据库文件：{path}（{reason}）": "Cannot read the database file: {path} ({reason})",
    "数据库文件是空的（0 字节），未做任何改动：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复": (
        "The database file is empty (0 bytes); nothing was changed: {path}. "
        "See the backups with projdesk backup list and restore one with projdesk restore"
    ),
    "不是 SQLite 数据库文件，未做任何改动：{path}": "Not an SQLite database file; nothing was changed: {path}",
    "数据库在只读位置，无法打开：{path}": "The database is in a read-only place and cannot be opened: {path}",
    "数据库已损坏（完整性检查未通过），未做任何改动：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复": (
        "The database is damaged (integrity check failed); nothing was changed: {path}. "
        "See the backups with projdesk backup list and restore one with projdesk restore"
    ),
    "数据库已损坏，无法读取：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复": (
        "The database is damaged and cannot be read: {path}. "
        "See the backups with projdesk backup list and restore one with projdesk restore"
    ),
    "数据库已损坏（完整性检查未通过），未做备份：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复": (
        "The database is damaged (integrity check failed); no backup was made: {path}. "
        "See the backups with projdesk backup list and restore one with projdesk restore"
    ),
    "数据库由更新版本的 ProjDesk 写入（版本 {revision}），本程序不能打开：{path}": (
        "The database was written by a newer ProjDesk (revision {revision}); this version cannot open it: {path}"
    ),
    "数据库在只读位置，需要升级却不能写入：{path}": (
        "The database is in a read-only place: it needs an upgrade but cannot be written: {path}"
    ),
    "不能在这里新建数据库（只读或无权限）：{path}": "Cannot create a database here (read-only or no permission): {path}",
    "数据库在只读位置，不能保存修改：{path}": "The database is in a read-only place; changes cannot be saved: {path}",
    "找不到要恢复的文件：{path}": "The file to restore was not found: {path}",
    "不是 ProjDesk 数据库（没有版本信息），未做任何改动：{path}": (
        "Not a ProjDesk database (no version information); nothing was changed: {path}"
    ),
    "该文件由更新版本的 ProjDesk 写入（版本 {revision}），不能恢复，未做任何改动：{path}": (
        "This file was written by a newer ProjDesk (revision {revision}) and cannot be restored; "
        "nothing was changed: {path}"
    ),
    "不能用数据库自身恢复：{path}": "A database cannot be restored from itself: {path}",
    "数据库正在被使用（ProjDesk 窗口或其他命令），请先关闭后再恢复，未做任何改动：{path}": (
        "The database is in use (a ProjDesk window or another command); close it, then restore. "
        "Nothing was changed: {path}"
    ),
    "这条修改不能撤销：{table_name} {column_name}": "This change cannot be undone: {table_name} {column_name}",
    "找不到{table}：{id}": "{table} not found: {id}",
    "评审类型只能是：{allowed}（收到：{value}）": "The review kind must be one of: {allowed} (got: {value})",
    "评审结论只能是：{allowed}（收到：{value}）": "The review outcome must be one of: {allowed} (got: {value})",
    "未知的合同字段：{key}": "Unknown contract field: {key}",
    "{field}不能为空": "{field} cannot be empty",
    "阶段请用“推进/退回”（opp move）修改，以便检查阶段门槛": (
        "Change the stage by moving forward or back (opp move), so that the stage gates are checked"
    ),
    "未知字段：{key}（可用：{allowed}）": "Unknown field: {key} (available: {allowed})",
    "阶段必须在 1–10 之间：{value}": "The stage must be between 1 and 10: {value}",
    "越过阶段门槛需要说明理由（--reason）": "Overriding a stage gate needs a reason (--reason)",
    "ID 前缀“{id}”对应多个商机，请写得更长": "The ID prefix “{id}” matches several opportunities; type more of it",
    "未知字段：{keys}": "Unknown fields: {keys}",
    "周应写成 YYYY-Www（如 2026-W48）：{value}": "Write the week as YYYY-Www (e.g. 2026-W48): {value}",
    "日志类型只能是：{choices}（收到：{value}）": "The activity type must be one of: {choices} (got: {value})",
    "日志内容不能为空": "The activity needs some content",
    "填写了下一步日期，请同时写明下一步做什么": "A next-step date is given: also say what the next step is",
    "找不到冲突：{id}": "Conflict not found: {id}",
    "只能选择 mine（保留我的）、theirs（采用对方的）或 edit：{value}": (
        "Choose mine (keep mine), theirs (take theirs) or edit: {value}"
    ),
    "这条冲突只能选择 mine（保留我的）或 theirs（采用对方的）": (
        "For this conflict choose mine (keep mine) or theirs (take theirs)"
    ),
    "请给出新的值": "Give the new value",
    "不能把客户合并到它自己": "A customer cannot be merged into itself",
    "模板“{template}”不是有效的 Word 文件（.docx）": "The template “{template}” is not a valid Word file (.docx)",
    "模板“{template}”使用了未知字段：{names}（可用字段见 docs/templates.md）": (
        "The template “{template}” uses unknown fields: {names} (see docs/templates.md for the fields)"
    ),
    "模板“{template}”的标签有误：{detail}": "The template “{template}” has a faulty tag: {detail}",
    "模板“{template}”的标签有误：{detail}（附近：{near}）": (
        "The template “{template}” has a faulty tag: {detail} (near: {near})"
    ),
    "模板“{template}”试图访问程序内部属性，已拒绝：{detail}": (
        "The template “{template}” tried to reach the program's internals and was refused: {detail}"
    ),
    "模板“{template}”无法生成：{kind_of_error}: {detail}": (
        "The template “{template}” could not be rendered: {kind_of_error}: {detail}"
    ),
    "模板“{template}”生成超过 {seconds} 秒，已中止（模板中可能有过大的循环）": (
        "The template “{template}” took more than {seconds} s and was stopped (it may hold too large a loop)"
    ),
    "模板“{template}”生成时进程意外退出": "The process rendering the template “{template}” ended unexpectedly",
    "幻灯片模板“{template}”无法打开：{kind_of_error}: {detail}": (
        "The slide template “{template}” cannot be opened: {kind_of_error}: {detail}"
    ),
    "输出文件夹不存在：{path}": "The output folder does not exist: {path}",
    "未知的文档类型：{value}（可用：{allowed}）": "Unknown document kind: {value} (available: {allowed})",
    "缺少内置模板：{path}": "A built-in template is missing: {path}",
    "找不到文件：{path}": "File not found: {path}",
    "不是可读取的 Excel 文件（.xlsx）：{name}（{detail}）": "Not a readable Excel file (.xlsx): {name} ({detail})",
    "Excel 文件已损坏：{name}（{detail}）": "The Excel file is damaged: {name} ({detail})",
    "{name} 中没有名为“{sheet}”的工作表（有：{sheets}）": "{name} has no sheet named “{sheet}” (it has: {sheets})",
    # A review's kind and outcome (projdesk/labels.py REVIEW_KIND_TEXTS, REVIEW_OUTCOME_TEXTS)
    "方案": "Proposal",
    "投标": "Bid",
    "待评审": "Pending",
    "通过": "Passed",
    "不通过": "Rejected",
    "客户名称为空": "The customer name is empty",
    # The preview's note on the sender's clock (projdesk/labels.py NOTE_TEXTS, DURATION_TEXTS)
    "发送方的时钟比本机快 {duration}": "The sender's clock is {duration} ahead of this computer's",
    "发送方的时钟比本机快 {duration}：超过一天的修改会按本机时间重新记时，并列入冲突供核对": (
        "The sender's clock is {duration} ahead of this computer's: changes more than a day ahead are "
        "restamped with this computer's time and listed as conflicts to check"
    ),
    "{days} 天 {hours} 小时": "{days} d {hours} h",
    "{days} 天": "{days} d",
    "{hours} 小时 {minutes} 分钟": "{hours} h {minutes} min",
    "{hours} 小时": "{hours} h",
    "{minutes} 分钟": "{minutes} min",
    "与第 {first} 行是同一个商机（{customer} / {project}），已跳过": (
        "The same opportunity as row {first} ({customer} / {project}); skipped"
    ),
    "项目名称为空": "The project name is empty",
    "无法识别的阶段：{value}（应为 1–10 或阶段名称）": "Unknown stage: {value} (use 1–10 or a stage name)",
    "{field}过长（最多 {limit} 字）：{start}…": "{field} is too long (at most {limit} characters): {start}…",
    "工作表“{sheet}”前 {rows} 行中找不到表头（需要“客户名称”和“项目名称”两列）：{name}": (
        "No header row in the first {rows} rows of the sheet “{sheet}” "
        "(the columns 客户名称 and 项目名称 are needed): {name}"
    ),
    "可见的工作表前 {rows} 行中找不到表头（需要“客户名称”和“项目名称”两列）：{name}": (
        "No header row in the first {rows} rows of any visible sheet "
        "(the columns 客户名称 and 项目名称 are needed): {name}"
    ),
    "状态只能是：{allowed}；收到：{value}": "The status must be one of: {allowed}; got: {value}",
    "退回到“{stage}”需要说明原因（--reason）": "Moving back to “{stage}” needs a reason (--reason)",
    "无法导出：{table_name} 中记录 {record} 的 {column_name} 超出上限（最多 {limit}），请先改正后再导出": (
        "Cannot export: {column_name} of record {record} in {table_name} is over the limit (at most {limit}); "
        "correct it, then export"
    ),
    "{table_name} 中有超出字段上限的内容，无法导出；请先缩短过长的内容": (
        "{table_name} holds values over their field's limit and cannot be exported; shorten them first"
    ),
    "快照不完整：{table_name} 引用了 {count} 条既不在快照中也不在本地的 {parent} 记录：{name}": (
        "The snapshot is incomplete: {table_name} refers to {count} {parent} records that are neither "
        "in the snapshot nor here: {name}"
    ),
    "快照中的数据与本地数据不一致（违反数据约束），已拒绝，数据库未改动：{name}": (
        "The snapshot's data contradicts the data here (a constraint is violated); refused, "
        "the database is unchanged: {name}"
    ),
    "快照中 {table_name} 的第 {row} 条记录缺少 {column_name}：{name}": (
        "In the snapshot, record {row} of {table_name} lacks {column_name}: {name}"
    ),
    "快照中 {table_name} 的第 {row} 条记录的类型或格式错误：{column_name}：{name}": (
        "In the snapshot, record {row} of {table_name} has a wrong type or format: {column_name}: {name}"
    ),
    "快照中 {table_name} 的第 {row} 条记录的 {column_name} {problem}：{name}": (
        "In the snapshot, record {row} of {table_name}: {column_name} {problem}: {name}"
    ),
    "无法读取快照文件：{name}（{reason}）": "Cannot read the snapshot file: {name} ({reason})",
    "快照文件是空的：{name}": "The snapshot file is empty: {name}",
    "快照文件过大（{megabytes} MB）：{name}": "The snapshot file is too large ({megabytes} MB): {name}",
    "不是 ProjDesk 快照，或文件已损坏：{name}": "Not a ProjDesk snapshot, or the file is damaged: {name}",
    "快照包含不安全的文件路径（如 ../ 或绝对路径），已拒绝：{name}": (
        "The snapshot holds unsafe file paths (such as ../ or absolute paths); refused: {name}"
    ),
    "快照中有重复的成员，已拒绝：{name}": "The snapshot holds duplicate members; refused: {name}",
    "不是 ProjDesk 快照（缺少 manifest.json）：{name}": "Not a ProjDesk snapshot (no manifest.json): {name}",
    "快照清单已损坏：{name}": "The snapshot's manifest is damaged: {name}",
    "快照清单过大，已拒绝：{name}": "The snapshot's manifest is too large; refused: {name}",
    "不是 ProjDesk 快照（清单格式不对）：{name}": "Not a ProjDesk snapshot (the manifest's format is wrong): {name}",
    "快照清单已损坏（格式版本无效）：{name}": "The snapshot's manifest is damaged (invalid format version): {name}",
    "快照由更新版本的 ProjDesk 生成（格式 v{version}，本程序支持 v{supported}），请先升级：{name}": (
        "The snapshot was made by a newer ProjDesk (format v{version}; this version reads v{supported}); "
        "upgrade first: {name}"
    ),
    "快照的数据结构版本（{revision}）比本程序新或无法识别，请先升级：{name}": (
        "The snapshot's schema revision ({revision}) is newer than this program or unknown; upgrade first: {name}"
    ),
    "快照清单已损坏（缺少 {key}）：{name}": "The snapshot's manifest is damaged (no {key}): {name}",
    "快照清单已损坏（缺少成员列表）：{name}": "The snapshot's manifest is damaged (no member list): {name}",
    "快照包含未知的成员 {member}：{name}": "The snapshot holds an unknown member {member}: {name}",
    "快照清单已损坏（{member} 的 {key}）：{name}": "The snapshot's manifest is damaged ({key} of {member}): {name}",
    "快照清单已损坏（{member} 的校验信息）：{name}": (
        "The snapshot's manifest is damaged (the checksum of {member}): {name}"
    ),
    "快照的成员与清单不符（多出或缺少文件）：{name}": (
        "The snapshot's members differ from its manifest (files added or missing): {name}"
    ),
    "快照清单已损坏（selection 无效）：{name}": "The snapshot's manifest is damaged (invalid selection): {name}",
    "快照清单已损坏（加密参数无效）：{name}": (
        "The snapshot's manifest is damaged (invalid encryption parameters): {name}"
    ),
    "快照要求的密钥派生参数超出上限（n ≤ 2^18，r ≤ 8，p ≤ 2），已拒绝：{name}": (
        "The snapshot asks for key derivation parameters over the limit (n ≤ 2^18, r ≤ 8, p ≤ 2); refused: {name}"
    ),
    "快照已加密，需要口令（--passphrase-file）：{name}": (
        "The snapshot is encrypted and needs a passphrase (--passphrase-file): {name}"
    ),
    "口令不正确（或快照清单被改动），无法解密：{name}": (
        "Wrong passphrase (or the snapshot's manifest was altered); cannot decrypt: {name}"
    ),
    "快照成员 {member} 与清单不符（可能被改动）：{name}": (
        "The snapshot's member {member} differs from the manifest (it may have been altered): {name}"
    ),
    "快照已损坏（{member} 读取失败）：{name}": "The snapshot is damaged ({member} cannot be read): {name}",
    "快照校验和不符（文件已损坏或被改动）：{name}": (
        "The snapshot's checksum does not match (the file is damaged or altered): {name}"
    ),
    "快照成员 {member} 解压后过大（超出 {rows} 条记录可能的大小，疑似压缩炸弹），已拒绝：{name}": (
        "The snapshot's member {member} unpacks too large (beyond what {rows} records can take; "
        "likely a zip bomb); refused: {name}"
    ),
    "快照已损坏（{member} 无法解压）：{name}": "The snapshot is damaged ({member} cannot be unpacked): {name}",
    "快照成员 {member} 的内容与清单不符（大小不对，可能是压缩炸弹或已损坏）：{name}": (
        "The content of the snapshot's member {member} differs from the manifest "
        "(wrong size: a zip bomb or damage): {name}"
    ),
    "快照中 {table_name} 的记录格式错误：{name}": "In the snapshot, the records of {table_name} are malformed: {name}",
    "快照中 {table_name} 的表头无效：{name}": "In the snapshot, the header of {table_name} is invalid: {name}",
    "快照中 {table_name} 的字段与本程序不一致（缺少或多出字段）：{name}": (
        "In the snapshot, the fields of {table_name} differ from this program's (fields missing or added): {name}"
    ),
    "快照中 {table_name} 的记录数与清单不符：{name}": (
        "In the snapshot, the number of {table_name} records differs from the manifest: {name}"
    ),
    "快照中 {table_name} 的第 {row} 条记录格式错误：{name}": (
        "In the snapshot, record {row} of {table_name} is malformed: {name}"
    ),
    "快照中 {table_name} 的 {column_name} 类型或格式错误：{name}": (
        "In the snapshot, {column_name} of {table_name} has a wrong type or format: {name}"
    ),
    "快照中 {table_name} 有重复的记录（同一 ID 出现多次）：{name}": (
        "In the snapshot, {table_name} holds duplicate records (one ID more than once): {name}"
    ),
    "快照中 {table_name} 的第 {row} 条记录的时间戳格式错误：{name}": (
        "In the snapshot, the timestamp of record {row} of {table_name} is malformed: {name}"
    ),
    "快照中 {table_name} 的第 {row} 条记录的字段时间戳无效：{name}": (
        "In the snapshot, the field timestamps of record {row} of {table_name} are invalid: {name}"
    ),
    "数据库正忙（{place}）：另一个程序正在写入，请稍后再试，没有做任何改动": (
        "The database is busy ({place}): another program is writing to it. Try again shortly; nothing was changed"
    ),
    "数据库正忙：另一个程序正在写入，请稍后再试，没有做任何改动": (
        "The database is busy: another program is writing to it. Try again shortly; nothing was changed"
    ),
    "只读：无法写入 {place}（磁盘、文件夹或文件是只读的，或没有写入权限），没有做任何改动": (
        "Read-only: cannot write {place} (the disk, folder or file is read-only, or there is no write "
        "permission); nothing was changed"
    ),
    "只读：无法写入 文件（磁盘、文件夹或文件是只读的，或没有写入权限），没有做任何改动": (
        "Read-only: cannot write the file (the disk, folder or file is read-only, or there is no write "
        "permission); nothing was changed"
    ),
    "磁盘空间不足：无法写入 {place}，没有做任何改动，也没有留下不完整的文件": (
        "The disk is full: cannot write {place}; nothing was changed and no partial file was left"
    ),
    "磁盘空间不足：无法写入 文件，没有做任何改动，也没有留下不完整的文件": (
        "The disk is full: cannot write the file; nothing was changed and no partial file was left"
    ),
    "这是一个文件夹，不是数据库文件：{place}": "This is a folder, not a database file: {place}",
    "数据库文件已损坏或不是 ProjDesk 数据库：{place}（没有做任何改动）": (
        "The database file is damaged or not a ProjDesk database: {place} (nothing was changed)"
    ),
    "数据库文件已损坏或不是 ProjDesk 数据库（没有做任何改动）": (
        "The database file is damaged or not a ProjDesk database (nothing was changed)"
    ),
    "读写磁盘出错：{place}，没有做任何改动（请检查磁盘或网络文件夹）": (
        "Disk read/write error: {place}; nothing was changed (check the disk or the network folder)"
    ),
    "读写磁盘出错，没有做任何改动（请检查磁盘或网络文件夹）": (
        "Disk read/write error; nothing was changed (check the disk or the network folder)"
    ),
    "数据库拒绝了这次写入（数据之间的约束不成立），没有做任何改动": (
        "The database refused this write (a constraint between the data does not hold); nothing was changed"
    ),
    "找不到文件或文件夹：{place}": "File or folder not found: {place}",
    "找不到文件或文件夹": "File or folder not found",
    "这是一个文件夹，不是文件：{place}": "This is a folder, not a file: {place}",
    "这是一个文件夹，不是文件": "This is a folder, not a file",
    "无法读写文件：{place}（系统错误 {system}），没有做任何改动": (
        "Cannot read or write the file: {place} (system error {system}); nothing was changed"
    ),
    "无法读写文件（系统错误 {system}），没有做任何改动": (
        "Cannot read or write the file (system error {system}); nothing was changed"
    ),
    "输入中有无法识别的字符（不是有效的 UTF-8 文字，可能是终端的编码设置不对），没有做任何改动": (
        "The input holds characters that cannot be read (not valid UTF-8 text; the terminal's encoding "
        "may be set wrongly); nothing was changed"
    ),
    "过长（最多 {limit} 字，实有 {length} 字）": "is too long (at most {limit} characters, has {length})",
    "不能换行": "cannot hold a line break",
    "含有不允许的控制字符（U+{char}）": "holds a control character that is not allowed (U+{char})",
    "含有无效的字符（U+{char}）": "holds an invalid character (U+{char})",
    "不是允许的值（可用：{allowed}）": "is not an allowed value (allowed: {allowed})",
    "不是允许的值（可用：空）": "is not an allowed value (only empty is allowed)",
    "超出范围（应为 {low}–{high} 的整数）": "is out of range (a whole number from {low} to {high})",
    "应为 18 位数字或大写字母": "must be 18 digits or capital letters",
    "步骤字母无效": "has an invalid step letter",
    "步骤 {letter} 没有字段“{key}”": "step {letter} has no field “{key}”",
    "应为 是/否": "must be yes or no",
    "应为日期（YYYY-MM-DD）": "must be a date (YYYY-MM-DD)",
    "应为数字": "must be a number",
    "金额超出范围（0–{max}）": "is an amount out of range (0–{max})",
    "应为文字": "must be text",
    "缺少": "missing",
    "类型或格式错误": "wrong type or format",
    "合同变更（在“变更”页登记、评估、决定）": "Contract changes (request, assess and decide them on the Changes tab)",
    "变更": "Changes",
    "变更申请": "Change request",
    "描述": "Description",
    "关闭说明": "Closing note",
    "费用": "Cost",
    "风险描述不能为空": "A risk needs a description",
    "{what}只能是 高/中/低（收到：{value}）": "{what} must be high, medium or low (got: {value})",
    "关闭风险需要写明处理结果": "Closing a risk needs a note on how it was handled",
    "风险已关闭，不能再修改：{description}": "The risk is closed and can no longer be edited: {description}",
    "风险没有字段“{field}”（可用：{fields}）": "A risk has no field “{field}” (available: {fields})",
    "变更原因不能为空": "A change request needs a reason",
    "合同签订后才能登记变更：请先登记合同及签订日期": "Changes can be requested only after the contract is signed: enter the contract and its signing date first",
    "变更 #{number} 已有决定，不能再修改": "Change #{number} has already been decided and can no longer be changed",
    "变更 #{number} 尚未评估（费用、工期、风险），还不能决定": "Change #{number} has not been assessed yet (cost, schedule, risk) and cannot be decided",
    "决定只能是 批准 或 驳回（收到：{value}）": "The decision must be approve or reject (got: {value})",
    "批准变更 #{number} 后合同金额将小于零（现为 {amount} 元）": "Approving change #{number} would take the contract amount below zero (now {amount} yuan)",
    "合同尚无金额，不能批准有费用的变更 #{number}": "The contract has no amount yet: change #{number}, which has a cost, cannot be approved",
    "低": "Low",
    "中": "Medium",
    "高": "High",
    "未关闭": "Open",
    "已关闭": "Closed",
    "已申请": "Requested",
    "已评估": "Assessed",
    "已批准": "Approved",
    "已驳回": "Rejected",
    "变更原因": "Reason for the change",
    "影响": "Impact",
    "金额变动（元）": "Amount change (yuan)",
    "工期（天）": "Schedule (days)",
    "风险评估": "Risk assessment",
    "决定人": "Decided by",
    "决定日期": "Decided on",
    "尚无合同金额": "No contract amount yet",
    "合同金额 %s": "Contract amount %s",
    "合同原金额 %s，经批准的变更后为 %s": "Contract amount %s as signed, %s after the approved changes",
    "变更申请（合同签订后）": "Change request (after the contract is signed)",
    "变更原因，如：客户要求增加堆场接口": "Reason, e.g. the customer asks for an interface to the yard system",
    "影响（范围、工期、费用）": "Impact (scope, schedule, cost)",
    "登记变更": "Request change",
    "评估所选变更": "Assess the selected change",
    "合同金额变动（元；减少写 -5000）": "Contract amount change (yuan; a decrease as -5000)",
    "工期影响（天）": "Schedule impact (days)",
    "保存评估": "Save assessment",
    "决定所选变更": "Decide the selected change",
    "决定人（空=本机用户）": "Decided by (empty = this user)",
    "决定说明": "Decision note",
    "批准": "Approve",
    "驳回": "Reject",
    "请先在表中选中一项变更": "Select a change in the table first",
    "正在登记变更…": "Requesting the change…",
    "已登记变更": "Change requested",
    "正在保存评估…": "Saving the assessment…",
    "变更 #%d 已评估": "Change #%d assessed",
    "批准变更 #%d 后，合同金额由 %s 变为 %s。确定批准？": "Approving change #%d takes the contract amount from %s to %s. Approve it?",
    "批准变更": "Approve change",
    "变更 #%d 已批准": "Change #%d approved",
    "变更 #%d 已驳回": "Change #%d rejected",
    "正在保存决定…": "Saving the decision…",
    "等级": "Level",
    "风险": "Risks",
    "可能性": "Probability",
    "应对措施": "Response",
    "责任人": "Owner",
    "期限": "Due",
    "处理结果": "Outcome",
    "风险（仅内部使用，不会出现在给客户的文档中）": "Risk (internal only: never printed in a document for the customer)",
    "风险描述，如：竞争对手与客户领导关系较深": "Description, e.g. a competitor is close to the customer’s management",
    "责任人（空=商机负责人）": "Owner (empty = the opportunity’s owner)",
    "期限 YYYY-MM-DD": "Due YYYY-MM-DD",
    "添加风险": "Add risk",
    "保存所选风险": "Save the selected risk",
    "处理结果（关闭时必填）": "Outcome (needed to close)",
    "关闭所选风险": "Close the selected risk",
    "未关闭 %d 条，其中高风险 %d 条": "%d open, %d of them high",
    "正在登记风险…": "Adding the risk…",
    "已添加风险": "Risk added",
    "请先在表中选中一条风险": "Select a risk in the table first",
    "正在保存风险…": "Saving the risk…",
    "风险已保存": "Risk saved",
    "正在关闭风险…": "Closing the risk…",
    "风险已关闭": "Risk closed",
    "高风险 %d 条": "%d high risks",
    "合同变更": "Contract change",
    "升级迁移": "Upgrade",
    # The agenda page, its notice and the agenda's codes (projdesk/labels.py)
    "按紧迫程度": "By urgency",
    # The weighted forecast on the reports page
    "预计签约月份": "Expected signing month",
    "商机数": "Deals",
    "加权金额": "Weighted",
    "进行中商机的预计签单额 × 赢单概率（商机自己填的，未填则用阶段默认值）；赢单、丢单、暂停的不计入": (
        "Open deals' expected amount × win probability (the deal's own, else its stage's default); "
        "won, lost and on-hold deals are not counted"
    ),
    "未定": "Not set",
    "预计签约月份已过，请更新预计签约日期": "The expected signing month has passed: update the expected sign date",
    "加权预测：预计签单额 %s，加权 %s": "Weighted forecast: expected %s, weighted %s",
    "（另有 %d 个商机未填金额）": " (%d more deals have no amount)",
    "%s（%d）": "%s (%d)",
    # Money and dates (projdesk.domain.display, labels.DATE_TEXTS) and date entry.
    "明天": "Tomorrow",
    "昨天": "Yesterday",
    "{month}月{day}日": "{mon} {day}",
    "{year}年{month}月{day}日": "{mon} {day}, {year}",
    "元": "yuan",
    "日期：12-05、+3、明天、下周一": "Date: 12-05, +3, “明天” (tomorrow), “下周一” (next Monday)",
    "期限，如 12-05、下周五": "Due, e.g. 12-05 or “下周五” (next Friday)",
    "如 12-05、下周一、+3": "e.g. 12-05, “下周一” (next Monday), +3",
    "从日历中选择日期": "Pick the date from a calendar",
    "重点客户依据": "Key account reasons",
    "角色": "Role",
    "进入阶段时间": "Entered the stage",
    "来源": "Source",
    "所属商机": "Opportunity",
    "步骤字段": "Step fields",
    "对手方案": "Competitor's offer",
    "对手优势": "Competitor's strengths",
    "我方应对": "Our answer",
    "轮次": "Round",
    "所属报价": "Quote",
    "沿用的报价行": "Carried-over quote line",
    "编号": "Number",
    "核销原因": "Write-off reason",
    "文件位置": "File location",
    "关闭日期": "Closed on",
    "提出人": "Requested by",
    "提出日期": "Requested on",
    "费用增减": "Cost up or down",
    "评估人": "Assessed by",
    "评估日期": "Assessed on",
    "原因类别": "Reason category",
    "产品": "Products",
    "要求原文": "Requirement text",
    "响应说明": "Response",
    "应答位置": "Answered in",
    "结案日期": "Closed on",
    "做好这一步：": "Doing this step well (the method's advice, in Chinese by design):",
    "完成此步骤需要填写：": "To complete this step, fill in:",
    "“%1”名下还没有进行中的商机，这里显示全部商机（姓名在 设置 中填写）。": (
        "“%1” owns no open opportunity yet, so everyone's are shown (set your name in Settings). "
    ),
    "可空着；如 2027-03-31、3/31、+90": "Optional, e.g. 2027-03-31, 3/31, +90",
    "周一": "Mon",
    "周二": "Tue",
    "周三": "Wed",
    "周四": "Thu",
    "周五": "Fri",
    "周六": "Sat",
    "周日": "Sun",
    "按天": "By day",
    "按周": "By week",
    "改期": "Reschedule",
    "未来 %d 天": "Next %d days",
    "下一步：标为已做（清除卡片上的下一步）；回款：记为今天全额到账；风险：关闭并写处理结果": (
        "Next step: mark it done (clears the card's next step); payment: received in full today; "
        "risk: close it with what became of it"
    ),
    "推后 1 天": "1 day later",
    "推后 1 周": "1 week later",
    "选择日期…": "Pick a date…",
    "撤销日程里的上一次完成或改期 (Ctrl+Z)": "Undo the agenda's last done or reschedule (Ctrl+Z)",
    "%s 起的一周": "Week of %s",
    "（未写明）": "(not stated)",
    "双击打开商机": "Double-click to open the opportunity",
    "……另有 %d 项（最早的在前）": "…%d more (earliest first)",
    "共 %d 项，逾期 %d 项": "%d items, %d overdue",
    "关闭风险": "Close risk",
    "处理结果：": "Outcome:",
    "已完成：%s（可撤销）": "Done: %s (can be undone)",
    "完成日程": "Complete agenda item",
    "已改到 %s（可撤销）": "Moved to %s (can be undone)",
    "日程里没有可撤销的操作了": "Nothing left to undo in the agenda",
    "日程": "Agenda",
    "日程：今天、本周和逾期的事项 (Ctrl+4)": "Agenda: today's, this week's and overdue items (Ctrl+4)",
    "启动时提醒今天和逾期的日程（每天一次）": "On start, tell me today's and overdue agenda items (once a day)",
    "日程里没有这类事项：{value}": "The agenda has no such kind of item: {value}",
    "天数应为 0 到 366 之间的整数：{value}": "The number of days must be a whole number from 0 to 366: {value}",
    "暂停的商机到了重新评估的日子：打开它决定重新开启，或改期再看": (
        "An on-hold deal is due for a second look: open it to reopen it, or reschedule the look"
    ),
    "改期需要一个日期": "Rescheduling needs a date",
    "这项日程已不在了（已完成、已删除或已改期）": "This agenda item is gone (done, deleted or moved)",
    "重新评估": "Look again",
    "回款": "Payment due",
    "风险应对": "Risk response",
    "逾期": "Overdue",
    "本周": "This week",
    "下周": "Next week",
    "以后": "Later",
    "今天和逾期的日程共 %d 项（其中逾期 %d 项）。": "%d agenda items due today or overdue (%d of them overdue). ",
    "最早的：%s · %s": "Earliest: %s · %s",
    "ProjDesk 日程": "ProjDesk agenda",
    "记下今天已提醒": "Remember today's notice",
    "亿": "yi",
    "{field}不是能识别的日期：{value}（可写 2026-12-05、12-05、12/5、5日、明天、下周一、周五、+3、+2周）": (
        "{field} is not a date this can read: {value} (write 2026-12-05, 12-05, 12/5, 5日, 明天, 下周一, 周五, +3, +2周)"
    ),
    # attachments (#16)
    "文件名": "File name",
    "添加时间": "Added",
    "添加人": "Added by",
    "文件大小": "File size",
    "文件类型": "File type",
    "把文件从桌面拖到这里即可附加（招标文件、名片照片…）": (
        "Drag files here from the desktop to attach them (the tender, photos of business cards…)"
    ),
    "属于商机": "The opportunity",
    "说明（可选），如：招标文件第二版": "Note (optional), e.g. tender, second edition",
    "添加…": "Add…",
    "另存为…": "Save as…",
    "撤销删除 (Ctrl+Z)": "Undo delete (Ctrl+Z)",
    "所属": "For",
    "未随快照传送（%s 处有）": "Not sent with the snapshot (%s has it)",
    "添加附件": "Add attachment",
    "所有文件 (*)": "All files (*)",
    "已附加：%s": "Attached: %s",
    "正在附加文件…": "Attaching files…",
    "请先选中一个附件": "Select an attachment first",
    "附件另存为": "Save attachment as",
    "已另存为 %s": "Saved as %s",
    "正在保存附件…": "Saving the attachment…",
    "已删除附件：%s（Ctrl+Z 撤销）": "Attachment deleted: %s (Ctrl+Z to undo)",
    "正在删除附件…": "Deleting the attachment…",
    " 等 %d 个": " and more, %d in all",
    "本步附件：%s": "This step's attachments: %s",
    "无": "none",
    "添加附件…": "Add attachment…",
    "所属步骤": "Step",
    "应为 0–{most} 的整数（MB）：{value}": "Must be a whole number of MB from 0 to {most}: {value}",
    "找不到要附加的文件：{path}": "File to attach not found: {path}",
    "无法读取要附加的文件：{path}（{reason}）": "Cannot read the file to attach: {path} ({reason})",
    "文件在复制过程中被改动，未附加：{path}": "The file changed while it was being copied; not attached: {path}",
    "文件过大，无法附加（最大 {megabytes} MB）：{name}": "File too large to attach (at most {megabytes} MB): {name}",
    "附件“{name}”未随快照传送，本机没有这个文件（请向 {holder} 索取）": (
        "The attachment “{name}” was not sent with the snapshot; this computer does not have the file"
        " (ask {holder} for it)"
    ),
    "不能把附件另存到它自己的位置：{path}": "Cannot save an attachment over its own stored file: {path}",
    "附件“{name}”的文件已损坏（内容与校验和不符）": (
        "The file of the attachment “{name}” is damaged (its content does not match its checksum)"
    ),
    "快照中的附件文件与其校验和不符（已损坏或被改动），已拒绝：{name}": (
        "An attachment's file in the snapshot does not match its checksum (damaged or altered); refused: {name}"
    ),
    "快照清单中的附件文件 {member} 描述无效：{name}": (
        "The snapshot's manifest describes the attachment file {member} wrongly: {name}"
    ),
    '不能含有 / \\ : * ? " < > | 或控制字符，也不能是 . 或 ..': (
        'may not contain / \\ : * ? " < > | or control characters, nor be . or ..'
    ),
    "应为 64 位小写十六进制数字（SHA-256）": "must be 64 lower-case hexadecimal digits (SHA-256)",
    "附件的文件：%d 个随快照传送，%d 个超出发送方的大小上限，只有说明": (
        "Attachment files: %d travel with the snapshot, %d are over the sender's size limits (description only)"
    ),
    "。%d 个附件未随快照传送（在 %s 处）": ". %d attachments were not sent with the snapshot (%s has them)",
    "。%d 个附件超出大小上限，只传送了说明": ". %d attachments are over the size limits: only their descriptions were sent",
    "单个文件": "Each file",
    "%s 的说明：": "Note on %s:",
    "正在保存说明…": "Saving the note…",
    "说明已修改": "Note changed",
    "修改说明": "Edit note",
    "随快照传送的附件": "Attachments sent with snapshots",
    "更大的附件只传送说明，同事看到“未随快照传送”": (
        "Larger attachments travel as their description only; colleagues see “not sent with the snapshot”"
    ),
    "合计": "In all",
    # The board: card menu, undo/redo of moves, sorting, saved filters, search hints
    "移动 %d 个商机到…": "Move %d opportunities to…",
    "移动到…": "Move to…",
    "结案 %d 个商机": "Close %d opportunities",
    "赢单…": "Won…",
    "丢单…": "Lost…",
    "暂停…": "On hold…",
    "记录日志…": "Log an activity…",
    "为 %d 个商机生成文档": "Generate a document for %d opportunities",
    "生成文档": "Generate a document",
    "复制名称": "Copy the name",
    "已复制：%s": "Copied: %s",
    "重做 (Ctrl+Shift+Z / Ctrl+Y)": "Redo (Ctrl+Shift+Z / Ctrl+Y)",
    "没有可重做的操作": "Nothing to redo",
    "移入“{stage}”之后这个商机又有了修改，不能再撤销这次移动": (
        "The opportunity has changed since it moved into “{stage}”: that move can no longer be undone"
    ),
    "最近更新在前": "Most recently updated first",
    "按下一步日期": "By next-step date",
    "按金额（大的在前）": "By amount (largest first)",
    "按停留天数（久的在前）": "By days in stage (longest first)",
    "正在载入商机，载入后立即打开": "Loading the opportunities; it opens as soon as they are loaded",
    "没有匹配“%1”的商机": "No opportunity matches “%1”",
    "没有匹配当前筛选条件的商机": "No opportunity matches the current filters",
    "保存当前筛选…": "Save the current filter…",
    "保存筛选": "Save filter",
    "给当前的筛选条件起个名字：": "A name for the current filter:",
    "已保存筛选“%1”": "Saved the filter “%1”",
    "已撤销移动：“%1”回到“%2”": "Move undone: “%1” is back in “%2”",
    "正在撤销移动…": "Undoing the move…",
    "已重做移动：“%1”进入“%2”": "Move redone: “%1” entered “%2”",
    "正在重做移动…": "Redoing the move…",
    "右键点表头可排序": "Right-click the header to sort",
    "排序：%1": "Sorted: %1",
    "筛选方案": "Saved filters",
    "保存当前的搜索和筛选条件，或套用保存过的": "Save the current search and filters, or apply a saved one",
    "撤销移动": "Undo move",
    "重做移动": "Redo move",
    "撤销看板上的上一次移动": "Undo the last move on the board",
    "重做刚撤销的移动": "Redo the move just undone",
    # 文档组装, the library's records, coded pre-flight gaps and library-file errors
    "对意见的修改": "How this version answers the comments",
    "交货/实施期": "Delivery period",
    "质保期": "Warranty",
    "服务": "Service",
    "YYYY-MM-DD，留空为长期有效": "YYYY-MM-DD; empty: no expiry",
    "产品名称，用顿号分隔；留空则适用于所有商机": "Product names separated by 、; empty: relevant to every opportunity",
    "新增…": "Add…",
    "修改…": "Edit…",
    "撤销上一次修改": "Undo the last change",
    "新增资料库记录": "Adding a library record",
    "请先选中一行": "Select a row first",
    "修改资料库记录": "Editing a library record",
    "删除资料库记录": "Deleting a library record",
    "已撤销": "Undone",
    "撤销资料库修改": "Undoing a library change",
    "不是 ProjDesk 资料库文件": "Not a ProjDesk library file",
    "资料库文件已损坏（版本号无效）": "The library file is damaged (invalid version number)",
    "资料库文件由更新版本的 ProjDesk 生成（v{version}），请先升级": "The library file was made by a newer ProjDesk (v{version}); upgrade first",
    "资料库文件有误：“{part}”{problem}": "Library file error: “{part}” {problem}",
    "资料库文件有误：{part}的“{library_field}”{problem}": "Library file error: {part}, “{library_field}” {problem}",
    "资料库文件有误：{part}第 {item} 项应为对象": "Library file error: {part} item {item} should be an object",
    "资料库文件有误：{part}第 {item} 项的“{library_field}”{problem}": "Library file error: {part} item {item}, “{library_field}” {problem}",
    "{part}的“{library_field}”{problem}": "{part}: “{library_field}” {problem}",
    "{part}中没有第 {item} 项（可能已被删除）": "{part} has no item {item} (it may have been deleted)",
    "资料库的{part}中没有“{name}”（可用：{known}）": "The library's {part} has no “{name}” (available: {known})",
    "生成{title}前还缺少以下资料（补齐后再生成；加 --allow-gaps 仍可生成，缺项标为【待填：…】）：": "Before the {title} can be generated, this data is missing (fill it in first; with --allow-gaps it is generated anyway, each gap marked 【待填：…】):",
    "公司信息": "Company",
    "资质": "Qualifications",
    "案例": "Cases",
    "公司名称": "Company name",
    "证书编号": "Certificate number",
    "发证机构": "Issuer",
    "有效期至": "Valid until",
    "年份": "Year",
    "简介": "Summary",
    "标题": "Title",
    "适用产品": "Products",
    "正文": "Text",
    "岗位": "Role",
    "证书": "Certificates",
    "初步方案建议": "Preliminary recommendations",
    "投标总价": "Bid total",
    "投标总价（大写）": "Bid total (in capitals)",
    "技术类招标要求": "Technical tender requirements",
    "合同总价": "Contract price",
    "合同总价（大写）": "Contract price (in capitals)",
    "付款节点（合同与收款）": "Payment milestones (contract and payments)",
    "报价合计": "Quote total",
    "报价合计（大写）": "Quote total (in capitals)",
    "第{clause}条应答": "Answer to clause {clause}",
    "第{clause}条偏离情况": "Deviation of clause {clause}",
    "第 {number} 条修改意见的答复": "Answer to suggestion {number}",
    "步骤 {letter} {title} › 招标要求": "Step {letter} {title} › Tender requirements",
    "资料库 › 公司信息": "Library › Company",
    "资料库 › 资质": "Library › Qualifications",
    "资料库 › 案例": "Library › Cases",
    "资料库 › 项目团队": "Library › Project team",
    "资料库 › 售后服务承诺": "Library › After-sales commitments",
    "合同与付款": "Contract and payments",
    "应为列表": "should be a list",
    "应为对象": "should be an object",
    "应为文字列表": "should be a list of texts",
    "为空": "is empty",
    "不是有效日期": "is not a valid date",
    '应为两位小数的金额文字，如 "1200000.00"': 'should be an amount as text with two decimals, e.g. "1200000.00"',
    "应为四位年份（1949–2100）": "should be a four-digit year (1949–2100)",
    "（{value}）不是已知行业：{allowed}": "({value}) is not a known industry: {allowed}",
    "资质“{name}”已于 {date} 过期，未列入投标文件（资料库 › 资质）": "The qualification “{name}” expired on {date} and is left out of the bid (Library › Qualifications)",
    "产品与服务章节": "Product and service chapters",
    "类似项目业绩": "Similar projects",
    "资格证明文件": "Qualification documents",
    "项目团队": "Project team",
    "文档组装：%s": "Assemble the document: %s",
    "勾选%s要用的资料库内容，拖动或用“上移/下移”排列顺序；已按商机的产品和客户行业预先选好。": "Check the library content the %s should use and order it by dragging or with Up/Down; it is preselected by the opportunity's products and the customer's industry.",
    "上移": "Up",
    "下移": "Down",
    "生成": "Generate",
}


def method_terms() -> dict[str, str]:
    """Stage names and step titles: the English name, then the method's own term."""
    terms = {s.name: f"{s.name_en} ({s.name})" for s in STAGES}
    terms.update({s.title: f"{s.title_en} ({s.title})" for s in STEPS.values()})
    return terms


def fill(ts: Path = TS, refresh: bool = False) -> list[str]:
    """Fill unfinished entries; returns the sources still missing an English text."""
    tree = ET.parse(ts)
    table = {**EN, **method_terms()}
    missing = []
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            waiting = translation.get("type") == "unfinished"
            english = BY_CONTEXT.get((name, source)) or table.get(source)
            if english is None:
                if waiting:
                    missing.append(f"{name}\t{source}")
                continue
            if waiting or (refresh and translation.text != english):
                translation.text = english
                translation.attrib.pop("type", None)
                filled += 1
    if not filled:
        return missing
    body = ET.tostring(tree.getroot(), encoding="unicode")
    # ElementTree drops the declaration and doctype; lupdate rewrites the rest in its own layout.
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    left = fill(refresh="--refresh" in sys.argv[1:])
    print("\n".join(left) or "every entry has an English translation")
    sys.exit(1 if left else 0)
