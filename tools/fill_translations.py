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
    "报价至少需要一行": "A quote needs at least one line",
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
    "方案提交前，方案须通过总部业务营运部的评审（步骤 R）": (
        "Before the proposal is submitted it must pass the headquarters' business operations review (step R)"
    ),
    "合同签定前，合同须通过总部评审（步骤 V）": "Before signing, the contract must pass the headquarters' review (step V)",
    "合同生效需要首付款到账：请先登记收款": (
        "The contract takes effect once the first payment arrives: record the payment first"
    ),
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
    "%1 个 · %2 万": "%1 · %2 wan",
    "预计签单额合计 %1 万元": "Expected total: %1 wan yuan",
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
    "范围：": "Scope:",
    "进行中商机 %1 个，预计签单额 %2 万元，重点客户 %3 个，下一步逾期 %4 个；"
    "本周新增商机 %5，阶段变化 %6，拜访 %7，新增日志 %8": (
        "%1 open opportunities, expected %2 wan yuan, %3 key accounts, %4 overdue next steps; "
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
    "请先在看板上选中商机（每个阶段列可选一张卡片）。": (
        "Select opportunities on the board first (one card per stage column)."
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
    "%s 元（%s）": "%s yuan (%s)",
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
    "怎么做": "How to",
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
