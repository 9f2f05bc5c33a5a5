<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>客户名称包含…</source>
        <translation>Customer name contains…</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>参与人</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>（只显示前 %d 条）</source>
        <translation>(showing the first %d)</translation>
    </message>
    <message>
        <source>%d 条</source>
        <translation>%d entries</translation>
    </message>
    <message>
        <source>搜索客户名称</source>
        <translation>Search customer names</translation>
    </message>
    <message>
        <source>编辑客户…</source>
        <translation>Edit customer…</translation>
    </message>
    <message>
        <source>把另一个客户并入…</source>
        <translation>Merge another customer in…</translation>
    </message>
    <message>
        <source>重点客户</source>
        <translation>Key account</translation>
    </message>
    <message>
        <source>理由，用“；”分隔</source>
        <translation>Reasons, separated by “；”</translation>
    </message>
    <message>
        <source>按规则建议理由</source>
        <translation>Suggest reasons by rule</translation>
    </message>
    <message>
        <source>确认为重点客户</source>
        <translation>Confirm key account</translation>
    </message>
    <message>
        <source>取消重点客户</source>
        <translation>Remove key account</translation>
    </message>
    <message>
        <source>当前</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>如 12-05、下周一、+3</source>
        <translation>e.g. 12-05, “下周一” (next Monday), +3</translation>
    </message>
    <message>
        <source>从日历中选择日期</source>
        <translation>Pick the date from a calendar</translation>
    </message>
    <message>
        <source>按紧迫程度</source>
        <translation>By urgency</translation>
    </message>
    <message>
        <source>按天</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>按周</source>
        <translation>By week</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>改期</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>未来 %d 天</source>
        <translation>Next %d days</translation>
    </message>
    <message>
        <source>下一步：标为已做（清除卡片上的下一步）；回款：记为今天全额到账；风险：关闭并写处理结果</source>
        <translation>Next step: mark it done (clears the card&apos;s next step); payment: received in full today; risk: close it with what became of it</translation>
    </message>
    <message>
        <source>推后 1 天</source>
        <translation>1 day later</translation>
    </message>
    <message>
        <source>推后 1 周</source>
        <translation>1 week later</translation>
    </message>
    <message>
        <source>选择日期…</source>
        <translation>Pick a date…</translation>
    </message>
    <message>
        <source>撤销日程里的上一次完成或改期 (Ctrl+Z)</source>
        <translation>Undo the agenda&apos;s last done or reschedule (Ctrl+Z)</translation>
    </message>
    <message>
        <source>%s 起的一周</source>
        <translation>Week of %s</translation>
    </message>
    <message>
        <source>%s（%d）</source>
        <translation>%s (%d)</translation>
    </message>
    <message>
        <source>（未写明）</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>双击打开商机</source>
        <translation>Double-click to open the opportunity</translation>
    </message>
    <message>
        <source>……另有 %d 项（最早的在前）</source>
        <translation>…%d more (earliest first)</translation>
    </message>
    <message>
        <source>共 %d 项，逾期 %d 项</source>
        <translation>%d items, %d overdue</translation>
    </message>
    <message>
        <source>关闭风险</source>
        <translation>Close risk</translation>
    </message>
    <message>
        <source>处理结果：</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>已完成：%s（可撤销）</source>
        <translation>Done: %s (can be undone)</translation>
    </message>
    <message>
        <source>完成日程</source>
        <translation>Complete agenda item</translation>
    </message>
    <message>
        <source>已改到 %s（可撤销）</source>
        <translation>Moved to %s (can be undone)</translation>
    </message>
    <message>
        <source>日程里没有可撤销的操作了</source>
        <translation>Nothing left to undo in the agenda</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>决策角色</source>
        <translation>Decision role</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>态度</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <source>客户已保存</source>
        <translation>Customer saved</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>沟通要点</source>
        <translation>Talking points</translation>
    </message>
    <message>
        <source>商机（双击打开）</source>
        <translation>Opportunities (double-click to open)</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>上市公司</source>
        <translation>Listed company</translation>
    </message>
    <message>
        <source>行业重点</source>
        <translation>Industry leader</translation>
    </message>
    <message>
        <source>地区有影响力</source>
        <translation>Regional influence</translation>
    </message>
    <message>
        <source>编辑客户</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <source>保存客户</source>
        <translation>Saving the customer</translation>
    </message>
    <message>
        <source>没有别的客户可以合并</source>
        <translation>There is no other customer to merge</translation>
    </message>
    <message>
        <source>并入的客户</source>
        <translation>Customer to merge in</translation>
    </message>
    <message>
        <source>合并到“%s”</source>
        <translation>Merge into “%s”</translation>
    </message>
    <message>
        <source>把“%s”的联系人和商机并入“%s”，并删除“%s”？</source>
        <translation>Move the contacts and opportunities of “%s” into “%s” and delete “%s”?</translation>
    </message>
    <message>
        <source>合并客户</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <source>★ 重点客户：%s</source>
        <translation>★ Key account: %s</translation>
    </message>
    <message>
        <source>不是重点客户</source>
        <translation>Not a key account</translation>
    </message>
    <message>
        <source>规则建议标为重点客户；确认后生效。</source>
        <translation>The rules suggest a key account; confirm to apply.</translation>
    </message>
    <message>
        <source>规则没有找到标为重点客户的理由；如有其他理由可自行填写。</source>
        <translation>The rules found no reason for a key account; enter your own reasons if you have any.</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>已标为重点客户</source>
        <translation>Marked as a key account</translation>
    </message>
    <message>
        <source>已取消重点客户</source>
        <translation>Key account removed</translation>
    </message>
    <message>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>正在生成文档，请等这一批完成后再试。</source>
        <translation>Documents are being generated; try again when this batch is done.</translation>
    </message>
    <message>
        <source>正在生成%s…</source>
        <translation>Generating %s…</translation>
    </message>
    <message>
        <source>已生成：%s</source>
        <translation>Generated: %s</translation>
    </message>
    <message>
        <source>请先在看板上选中商机（按住 Ctrl 或 Shift 可多选）。</source>
        <translation>Select opportunities on the board first (hold Ctrl or Shift to select several).</translation>
    </message>
    <message>
        <source>无法生成文档</source>
        <translation>Cannot generate the document</translation>
    </message>
    <message>
        <source>正在生成 %d/%d：%s</source>
        <translation>Generating %d/%d: %s</translation>
    </message>
    <message>
        <source>已生成 %d 份文档，保存在 %s</source>
        <translation>Generated %d documents in %s</translation>
    </message>
    <message>
        <source>已取消；</source>
        <translation>Cancelled; </translation>
    </message>
    <message>
        <source>；其中 %d 份资料不全，缺项已标为“【待填：…】”</source>
        <translation>; %d of them lack data, the gaps are marked (【待填：…】)</translation>
    </message>
    <message>
        <source>部分文档未能生成</source>
        <translation>Some documents could not be generated</translation>
    </message>
    <message>
        <source>批量生成文档</source>
        <translation>Generate documents</translation>
    </message>
    <message>
        <source>为选中的 %d 个商机生成：</source>
        <translation>Generate for the %d selected opportunities:</translation>
    </message>
    <message>
        <source>为当前商机生成%s</source>
        <translation>Generate the %s for the current opportunity</translation>
    </message>
    <message>
        <source>获取信息</source>
        <translation>Gather information (获取信息)</translation>
    </message>
    <message>
        <source>交流公关</source>
        <translation>Relationship and exchange (交流公关)</translation>
    </message>
    <message>
        <source>申请立项</source>
        <translation>Initiation request (申请立项)</translation>
    </message>
    <message>
        <source>调研咨询</source>
        <translation>Research and consulting (调研咨询)</translation>
    </message>
    <message>
        <source>方案准备</source>
        <translation>Proposal preparation (方案准备)</translation>
    </message>
    <message>
        <source>产品演示</source>
        <translation>Product demo (产品演示)</translation>
    </message>
    <message>
        <source>制定价格</source>
        <translation>Pricing (制定价格)</translation>
    </message>
    <message>
        <source>方案投标</source>
        <translation>Bid (方案投标)</translation>
    </message>
    <message>
        <source>签定合同</source>
        <translation>Contract (签定合同)</translation>
    </message>
    <message>
        <source>项目移交</source>
        <translation>Handover (项目移交)</translation>
    </message>
    <message>
        <source>搜索客户</source>
        <translation>Find customers (搜索客户)</translation>
    </message>
    <message>
        <source>预约拜访</source>
        <translation>Book a visit (预约拜访)</translation>
    </message>
    <message>
        <source>收集资料</source>
        <translation>Collect material (收集资料)</translation>
    </message>
    <message>
        <source>借鉴资料</source>
        <translation>Reuse company material (借鉴资料)</translation>
    </message>
    <message>
        <source>了解客户情况</source>
        <translation>Learn the customer&apos;s situation (了解客户情况)</translation>
    </message>
    <message>
        <source>介绍公司背景</source>
        <translation>Introduce the company (介绍公司背景)</translation>
    </message>
    <message>
        <source>介绍公司产品</source>
        <translation>Introduce the products (介绍公司产品)</translation>
    </message>
    <message>
        <source>介绍服务体系</source>
        <translation>Introduce the service system (介绍服务体系)</translation>
    </message>
    <message>
        <source>其他交流</source>
        <translation>Other exchanges (其他交流)</translation>
    </message>
    <message>
        <source>方案初稿</source>
        <translation>First draft (方案初稿)</translation>
    </message>
    <message>
        <source>方案完善</source>
        <translation>Refine the proposal (方案完善)</translation>
    </message>
    <message>
        <source>讲解方案</source>
        <translation>Explain the solution (讲解方案)</translation>
    </message>
    <message>
        <source>报价体系</source>
        <translation>Pricing (报价体系)</translation>
    </message>
    <message>
        <source>方案定稿</source>
        <translation>Finalise the bid (方案定稿)</translation>
    </message>
    <message>
        <source>方案评审</source>
        <translation>Review the bid (方案评审)</translation>
    </message>
    <message>
        <source>方案提交</source>
        <translation>Submit the bid (方案提交)</translation>
    </message>
    <message>
        <source>方案讲解</source>
        <translation>Present the bid (方案讲解)</translation>
    </message>
    <message>
        <source>合同起草</source>
        <translation>Draft the contract (合同起草)</translation>
    </message>
    <message>
        <source>合同评审</source>
        <translation>Review the contract (合同评审)</translation>
    </message>
    <message>
        <source>合同签定</source>
        <translation>Sign the contract (合同签定)</translation>
    </message>
    <message>
        <source>合同生效</source>
        <translation>Contract in force (合同生效)</translation>
    </message>
    <message>
        <source>项目实施</source>
        <translation>Implementation (项目实施)</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Lead source</translation>
    </message>
    <message>
        <source>介绍人</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>跟进理由</source>
        <translation>Why follow up</translation>
    </message>
    <message>
        <source>约定时间</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>预约结果</source>
        <translation>Appointment result</translation>
    </message>
    <message>
        <source>改约日期</source>
        <translation>Rescheduled to</translation>
    </message>
    <message>
        <source>拜访目的</source>
        <translation>Purpose of visit</translation>
    </message>
    <message>
        <source>资料摘要</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>资料来源</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>行业动向与问题</source>
        <translation>Industry trends and issues</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>请教的同事</source>
        <translation>Colleagues consulted</translation>
    </message>
    <message>
        <source>可借鉴的案例</source>
        <translation>Reference cases</translation>
    </message>
    <message>
        <source>经验要点</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>项目预算</source>
        <translation>Project budget</translation>
    </message>
    <message>
        <source>主管部门</source>
        <translation>Supervising department</translation>
    </message>
    <message>
        <source>具体经办人</source>
        <translation>Working contact</translation>
    </message>
    <message>
        <source>关键决策人</source>
        <translation>Key decision maker</translation>
    </message>
    <message>
        <source>项目规划</source>
        <translation>Project plan</translation>
    </message>
    <message>
        <source>已知竞争对手</source>
        <translation>Known competitors</translation>
    </message>
    <message>
        <source>介绍日期</source>
        <translation>Presented on</translation>
    </message>
    <message>
        <source>听取对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>介绍重点</source>
        <translation>Focus</translation>
    </message>
    <message>
        <source>客户反应</source>
        <translation>Customer reaction</translation>
    </message>
    <message>
        <source>介绍的产品</source>
        <translation>Products presented</translation>
    </message>
    <message>
        <source>引用的同行业客户</source>
        <translation>Industry references cited</translation>
    </message>
    <message>
        <source>介绍内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>信息化建设思路</source>
        <translation>IT strategy</translation>
    </message>
    <message>
        <source>预计建设进度</source>
        <translation>Expected schedule</translation>
    </message>
    <message>
        <source>接触的人员</source>
        <translation>People met</translation>
    </message>
    <message>
        <source>有选型小组</source>
        <translation>Selection committee exists</translation>
    </message>
    <message>
        <source>客户关注的问题及建议</source>
        <translation>Customer concerns and suggestions</translation>
    </message>
    <message>
        <source>项目主管</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <source>项目主管已通过认证</source>
        <translation>Project lead is certified</translation>
    </message>
    <message>
        <source>业务联络人</source>
        <translation>Business contact</translation>
    </message>
    <message>
        <source>推进计划</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>申请支持</source>
        <translation>Support requested</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>调研日期</source>
        <translation>Research date</translation>
    </message>
    <message>
        <source>调研部门及人员</source>
        <translation>Departments and people interviewed</translation>
    </message>
    <message>
        <source>调研发现</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>初步建议</source>
        <translation>Initial recommendations</translation>
    </message>
    <message>
        <source>汇报会日期</source>
        <translation>Debrief date</translation>
    </message>
    <message>
        <source>汇报会参加人</source>
        <translation>Debrief attendees</translation>
    </message>
    <message>
        <source>不调研的理由</source>
        <translation>Why no research</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>本版说明</source>
        <translation>Version notes</translation>
    </message>
    <message>
        <source>客户意见</source>
        <translation>Customer feedback</translation>
    </message>
    <message>
        <source>对意见的修改</source>
        <translation>How this version answers the comments</translation>
    </message>
    <message>
        <source>交货/实施期</source>
        <translation>Delivery period</translation>
    </message>
    <message>
        <source>质保期</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>编写人</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>交给的客户人员</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>演示日期</source>
        <translation>Demo date</translation>
    </message>
    <message>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>演示人</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>客户特殊需求</source>
        <translation>Special requirements</translation>
    </message>
    <message>
        <source>讲解日期</source>
        <translation>Presentation date</translation>
    </message>
    <message>
        <source>讲解要点</source>
        <translation>Key points</translation>
    </message>
    <message>
        <source>客户疑问</source>
        <translation>Customer questions</translation>
    </message>
    <message>
        <source>已对照报价手册</source>
        <translation>Checked against the price handbook</translation>
    </message>
    <message>
        <source>客户承受能力判断</source>
        <translation>Customer&apos;s budget capacity</translation>
    </message>
    <message>
        <source>竞争对手报价</source>
        <translation>Competitor prices</translation>
    </message>
    <message>
        <source>回旋余地</source>
        <translation>Room to negotiate</translation>
    </message>
    <message>
        <source>协商部门</source>
        <translation>Departments consulted</translation>
    </message>
    <message>
        <source>招标编号</source>
        <translation>Tender no.</translation>
    </message>
    <message>
        <source>投标截止日期</source>
        <translation>Bid deadline</translation>
    </message>
    <message>
        <source>招标要求</source>
        <translation>Tender requirements</translation>
    </message>
    <message>
        <source>采购方式</source>
        <translation>Procurement method</translation>
    </message>
    <message>
        <source>评审人</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>评审日期</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>评审结论</source>
        <translation>Review outcome</translation>
    </message>
    <message>
        <source>评审意见</source>
        <translation>Review comments</translation>
    </message>
    <message>
        <source>提交日期</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>提交方式</source>
        <translation>Submission method</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>听众</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>讲解人</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>评委提问</source>
        <translation>Panel questions</translation>
    </message>
    <message>
        <source>合同编号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>关键条款</source>
        <translation>Key terms</translation>
    </message>
    <message>
        <source>已报公关策划部</source>
        <translation>Reported to PR planning</translation>
    </message>
    <message>
        <source>起草日期</source>
        <translation>Drafted on</translation>
    </message>
    <message>
        <source>磋商记录</source>
        <translation>Negotiation notes</translation>
    </message>
    <message>
        <source>签定日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>客户签署人</source>
        <translation>Customer signatory</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective on</translation>
    </message>
    <message>
        <source>首付款到账日期</source>
        <translation>Down payment received on</translation>
    </message>
    <message>
        <source>首付款金额</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <source>项目实施经理</source>
        <translation>Implementation manager</translation>
    </message>
    <message>
        <source>实施小组</source>
        <translation>Implementation team</translation>
    </message>
    <message>
        <source>移交日期</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>移交说明</source>
        <translation>Handover notes</translation>
    </message>
    <message>
        <source>里程碑</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>问题与处理</source>
        <translation>Issues and actions</translation>
    </message>
    <message>
        <source>回款情况</source>
        <translation>Payments received</translation>
    </message>
    <message>
        <source>信息中心</source>
        <translation>IT department</translation>
    </message>
    <message>
        <source>业务部门</source>
        <translation>Business unit</translation>
    </message>
    <message>
        <source>领导</source>
        <translation>Leadership</translation>
    </message>
    <message>
        <source>选型小组</source>
        <translation>Selection committee</translation>
    </message>
    <message>
        <source>支持</source>
        <translation>Supportive</translation>
    </message>
    <message>
        <source>中立</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>反对</source>
        <translation>Opposed</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>项目立项申请表</source>
        <translation>Initiation request form</translation>
    </message>
    <message>
        <source>解决方案讲解</source>
        <translation>Solution presentation</translation>
    </message>
    <message>
        <source>项目运作周进度总结表</source>
        <translation>Weekly progress summary</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>赢单</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>丢单</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>暂停</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>移动 %d 个商机到…</source>
        <translation>Move %d opportunities to…</translation>
    </message>
    <message>
        <source>移动到…</source>
        <translation>Move to…</translation>
    </message>
    <message>
        <source>结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>结案 %d 个商机</source>
        <translation>Close %d opportunities</translation>
    </message>
    <message>
        <source>赢单…</source>
        <translation>Won…</translation>
    </message>
    <message>
        <source>丢单…</source>
        <translation>Lost…</translation>
    </message>
    <message>
        <source>暂停…</source>
        <translation>On hold…</translation>
    </message>
    <message>
        <source>记录日志…</source>
        <translation>Log an activity…</translation>
    </message>
    <message>
        <source>为 %d 个商机生成文档</source>
        <translation>Generate a document for %d opportunities</translation>
    </message>
    <message>
        <source>生成文档</source>
        <translation>Generate a document</translation>
    </message>
    <message>
        <source>批量生成文档…</source>
        <translation>Generate documents…</translation>
    </message>
    <message>
        <source>复制名称</source>
        <translation>Copy the name</translation>
    </message>
    <message>
        <source>已复制：%s</source>
        <translation>Copied: %s</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>补充说明：丢单的具体原因、暂停的原因</source>
        <translation>More words: why exactly it was lost, why it is paused</translation>
    </message>
    <message>
        <source>合同尚未签定，仍记为赢单（请在补充说明中写明理由）</source>
        <translation>The contract is not signed yet; close as won anyway (give the reason in the note)</translation>
    </message>
    <message>
        <source>逗号分隔，例如：电力, 调度</source>
        <translation>Comma separated, e.g. power, dispatching</translation>
    </message>
    <message>
        <source>丢单原因</source>
        <translation>Loss reason</translation>
    </message>
    <message>
        <source>中标方</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>重新评估日期</source>
        <translation>Look again on</translation>
    </message>
    <message>
        <source>做得好的</source>
        <translation>What worked</translation>
    </message>
    <message>
        <source>做得不好的</source>
        <translation>What did not</translation>
    </message>
    <message>
        <source>经验教训</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>请选择丢单原因</source>
        <translation>Choose the loss reason</translation>
    </message>
    <message>
        <source>请说明暂停的原因</source>
        <translation>Say why it is put on hold</translation>
    </message>
    <message>
        <source>越过门槛需要说明理由</source>
        <translation>Going past a gate needs a reason</translation>
    </message>
    <message>
        <source>正在结案…</source>
        <translation>Closing…</translation>
    </message>
    <message>
        <source>重新打开的原因：</source>
        <translation>Why reopen it:</translation>
    </message>
    <message>
        <source>正在重新打开…</source>
        <translation>Reopening…</translation>
    </message>
    <message>
        <source>拜访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>演示</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>宴请</source>
        <translation>Dinner</translation>
    </message>
    <message>
        <source>邮件</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>记录进展日志</source>
        <translation>Log progress</translation>
    </message>
    <message>
        <source>对方和我方参与人，如：王主任、李工</source>
        <translation>Participants on both sides, e.g. Director Wang, Engineer Li</translation>
    </message>
    <message>
        <source>谈了什么（Enter 保存，Shift+Enter 换行）</source>
        <translation>What was discussed (Enter saves, Shift+Enter for a new line)</translation>
    </message>
    <message>
        <source>结果、客户的反馈</source>
        <translation>Outcome, customer feedback</translation>
    </message>
    <message>
        <source>下一步做什么（会成为卡片上的下一步）</source>
        <translation>What to do next (becomes the card&apos;s next step)</translation>
    </message>
    <message>
        <source>日期：12-05、+3、明天、下周一</source>
        <translation>Date: 12-05, +3, “明天” (tomorrow), “下周一” (next Monday)</translation>
    </message>
    <message>
        <source>商机</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>日期/类型/步骤</source>
        <translation>Date/type/step</translation>
    </message>
    <message>
        <source>内容 *</source>
        <translation>Content *</translation>
    </message>
    <message>
        <source>请选择要记录的商机</source>
        <translation>Choose the opportunity to log</translation>
    </message>
    <message>
        <source>正在保存日志…</source>
        <translation>Saving the log entry…</translation>
    </message>
    <message>
        <source>逾期 %d 天</source>
        <translation>Overdue %d d</translation>
    </message>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>%d 天后</source>
        <translation>Due in %d d</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>客户 / 项目</source>
        <translation>Customer / project</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>只看我的（%s）</source>
        <translation>Mine only (%s)</translation>
    </message>
    <message>
        <source>展开或收起提醒 (Ctrl+R)</source>
        <translation>Unfold or fold the reminders (Ctrl+R)</translation>
    </message>
    <message>
        <source>隐藏提醒</source>
        <translation>Hide the reminders</translation>
    </message>
    <message>
        <source>今天该做和已逾期的下一步</source>
        <translation>Next steps due today or overdue</translation>
    </message>
    <message>
        <source>近期应收款</source>
        <translation>Payments due soon</translation>
    </message>
    <message>
        <source>停滞的商机</source>
        <translation>Idle opportunities</translation>
    </message>
    <message>
        <source>本阶段已 %d 天</source>
        <translation>%d d in this stage</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>……另有 %d 项（最紧迫的在前）</source>
        <translation>…and %d more (the most urgent are listed first)</translation>
    </message>
    <message>
        <source>提醒（%d）</source>
        <translation>Reminders (%d)</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>客户名称</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>当前阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>当前步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>本周进展</source>
        <translation>Progress this week</translation>
    </message>
    <message>
        <source>下周计划</source>
        <translation>Plan for next week</translation>
    </message>
    <message>
        <source>计划日期</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>预计签单额(万元)</source>
        <translation>Expected amount (wan yuan)</translation>
    </message>
    <message>
        <source>预计签约日期</source>
        <translation>Expected signing</translation>
    </message>
    <message>
        <source>需要的支持</source>
        <translation>Support needed</translation>
    </message>
    <message>
        <source>风险与问题</source>
        <translation>Risks and issues</translation>
    </message>
    <message>
        <source>最后更新</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <source>检查结果（尚未写入）</source>
        <translation>Check result (nothing written yet)</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>%1：新建 %2 个，更新 %3 个，不变 %4 个，跳过 %5 行。</source>
        <translation>%1: %2 created, %3 updated, %4 unchanged, %5 rows skipped.</translation>
    </message>
    <message>
        <source>第 %1 行：%2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>……另有 %1 行</source>
        <translation>… and %1 more rows</translation>
    </message>
    <message>
        <source>导出报价日志</source>
        <translation>Export quote log</translation>
    </message>
    <message>
        <source>导出进展日志</source>
        <translation>Export progress log</translation>
    </message>
    <message>
        <source>导出失败：%1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>每行一位持证项目主管；留空则以各商机自己的“已认证”为准</source>
        <translation>One certified project lead per line; if empty, each opportunity&apos;s “certified” box counts</translation>
    </message>
    <message>
        <source>未满足阶段门槛时阻止推进（不勾选则只提醒）</source>
        <translation>Block advancing when a stage gate is not met (otherwise only warn)</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>我的姓名</source>
        <translation>My name</translation>
    </message>
    <message>
        <source>本机名称</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>持证项目主管</source>
        <translation>Certified project leads</translation>
    </message>
    <message>
        <source>重点客户金额门槛（万元）</source>
        <translation>Key account threshold (wan yuan)</translation>
    </message>
    <message>
        <source>启动时提醒今天和逾期的日程（每天一次）</source>
        <translation>On start, tell me today&apos;s and overdue agenda items (once a day)</translation>
    </message>
    <message>
        <source>公司模板文件夹</source>
        <translation>Company template folder</translation>
    </message>
    <message>
        <source>投标书、合同中的我方名称，例如：某某信息技术股份有限公司</source>
        <translation>Our name in bids and contracts, e.g. Example Information Technology Co., Ltd.</translation>
    </message>
    <message>
        <source>我方公司名称</source>
        <translation>Our company name</translation>
    </message>
    <message>
        <source>留空：用户“文档”文件夹下的 ProjDesk</source>
        <translation>Empty: ProjDesk in your Documents folder</translation>
    </message>
    <message>
        <source>文档保存位置</source>
        <translation>Save documents in</translation>
    </message>
    <message>
        <source>界面语言将在下次启动 ProjDesk 时生效。</source>
        <translation>The language changes the next time ProjDesk starts.</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>舒适（五行，带步骤进度）</source>
        <translation>Comfortable (five lines, with step progress)</translation>
    </message>
    <message>
        <source>紧凑（四行，一屏更多商机）</source>
        <translation>Compact (four lines, more deals on a screen)</translation>
    </message>
    <message>
        <source>看板卡片</source>
        <translation>Board cards</translation>
    </message>
    <message>
        <source>单个文件</source>
        <translation>Each file</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>In all</translation>
    </message>
    <message>
        <source>随快照传送的附件</source>
        <translation>Attachments sent with snapshots</translation>
    </message>
    <message>
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>停滞提醒</source>
        <translation>Idle reminders</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>公司地址</source>
        <translation>Company address</translation>
    </message>
    <message>
        <source>公司电话</source>
        <translation>Company telephone</translation>
    </message>
    <message>
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <source>纳税人识别号</source>
        <translation>Taxpayer ID</translation>
    </message>
    <message>
        <source>增值税税率</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>公司简介</source>
        <translation>Company profile</translation>
    </message>
    <message>
        <source>每行一条，例如：接到故障报告后 30 分钟内响应</source>
        <translation>One per line, e.g.: respond within 30 minutes of a fault report</translation>
    </message>
    <message>
        <source>售后服务承诺</source>
        <translation>After-sales commitments</translation>
    </message>
    <message>
        <source>资质、案例、章节、团队</source>
        <translation>Qualifications, cases, chapters, team</translation>
    </message>
    <message>
        <source>导入资料库…</source>
        <translation>Import library…</translation>
    </message>
    <message>
        <source>导出资料库…</source>
        <translation>Export library…</translation>
    </message>
    <message>
        <source>资质 %d 项、案例 %d 个、产品与服务章节 %d 篇、项目团队 %d 人。公司统一维护时，导入公司下发的资料库文件即可。</source>
        <translation>%d qualifications, %d cases, %d product and service chapters, %d team members. When the company maintains the library, import the file it hands out.</translation>
    </message>
    <message>
        <source>导入资料库</source>
        <translation>Import library</translation>
    </message>
    <message>
        <source>资料库文件 (*.json)</source>
        <translation>Library files (*.json)</translation>
    </message>
    <message>
        <source>已读入资料库文件；保存设置后生效。</source>
        <translation>Library file read; it takes effect when the settings are saved.</translation>
    </message>
    <message>
        <source>导出资料库</source>
        <translation>Export library</translation>
    </message>
    <message>
        <source>资料库.json</source>
        <translation>library.json</translation>
    </message>
    <message>
        <source>资料库已导出：%s</source>
        <translation>Library exported: %s</translation>
    </message>
    <message>
        <source>资料库</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>更大的附件只传送说明，同事看到“未随快照传送”</source>
        <translation>Larger attachments travel as their description only; colleagues see “not sent with the snapshot”</translation>
    </message>
    <message>
        <source>选择模板文件夹中的任一模板</source>
        <translation>Choose any template in the template folder</translation>
    </message>
    <message>
        <source>重点客户金额门槛应为大于 0 的万元数</source>
        <translation>The key account threshold must be more than 0 wan yuan</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>合同金额</source>
        <translation>Contract amount</translation>
    </message>
    <message>
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>甲方</source>
        <translation>Party A</translation>
    </message>
    <message>
        <source>乙方</source>
        <translation>Party B</translation>
    </message>
    <message>
        <source>主要条款</source>
        <translation>Main terms</translation>
    </message>
    <message>
        <source>合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>元，可写“120万”</source>
        <translation>Yuan; “120万” works</translation>
    </message>
    <message>
        <source>保存合同</source>
        <translation>Save contract</translation>
    </message>
    <message>
        <source>删除合同</source>
        <translation>Delete contract</translation>
    </message>
    <message>
        <source>大写</source>
        <translation>In words</translation>
    </message>
    <message>
        <source>付款节点与到账</source>
        <translation>Payment milestones and receipts</translation>
    </message>
    <message>
        <source>付款节点</source>
        <translation>Payment milestone</translation>
    </message>
    <message>
        <source>应收日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>应收金额（元）</source>
        <translation>Amount due (yuan)</translation>
    </message>
    <message>
        <source>到账日期</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>到账金额（元）</source>
        <translation>Amount received (yuan)</translation>
    </message>
    <message>
        <source>节点，如：首付款 30%</source>
        <translation>Milestone, e.g. down payment 30%</translation>
    </message>
    <message>
        <source>添加节点</source>
        <translation>Add milestone</translation>
    </message>
    <message>
        <source>到账金额</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>到账日期（空=今天）</source>
        <translation>Received on (empty = today)</translation>
    </message>
    <message>
        <source>登记所选节点到账</source>
        <translation>Record payment for selected</translation>
    </message>
    <message>
        <source>修改所选节点…</source>
        <translation>Edit milestone…</translation>
    </message>
    <message>
        <source>删除所选节点</source>
        <translation>Delete milestone</translation>
    </message>
    <message>
        <source>核销所选节点…</source>
        <translation>Write off milestone…</translation>
    </message>
    <message>
        <source>不再催收这个节点的余款（写明原因）：步骤 Z 把它算作已结清</source>
        <translation>Stop collecting what is still due on this milestone (give the reason): step Z counts it as settled</translation>
    </message>
    <message>
        <source>合同变更（在“变更”页登记、评估、决定）</source>
        <translation>Contract changes (request, assess and decide them on the Changes tab)</translation>
    </message>
    <message>
        <source>评审</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>添加评审</source>
        <translation>Add review</translation>
    </message>
    <message>
        <source>修改所选评审…</source>
        <translation>Edit review…</translation>
    </message>
    <message>
        <source>删除所选评审</source>
        <translation>Delete review</translation>
    </message>
    <message>
        <source>（已核销：%s）</source>
        <translation> (written off: %s)</translation>
    </message>
    <message>
        <source>请先在表中选中一行</source>
        <translation>Select a row in the table first</translation>
    </message>
    <message>
        <source>合同已保存</source>
        <translation>Contract saved</translation>
    </message>
    <message>
        <source>已添加付款节点</source>
        <translation>Payment milestone added</translation>
    </message>
    <message>
        <source>请先在表中选中一个付款节点</source>
        <translation>Select a payment milestone in the table first</translation>
    </message>
    <message>
        <source>已登记到账</source>
        <translation>Payment recorded</translation>
    </message>
    <message>
        <source>核销付款节点</source>
        <translation>Write off a payment milestone</translation>
    </message>
    <message>
        <source>核销原因（如：客户破产清算、双方协商免除）：</source>
        <translation>Reason for the write-off (e.g. the customer is in liquidation, waived by agreement):</translation>
    </message>
    <message>
        <source>已核销付款节点</source>
        <translation>Milestone written off</translation>
    </message>
    <message>
        <source>已添加评审</source>
        <translation>Review added</translation>
    </message>
    <message>
        <source>不是有效的金额</source>
        <translation>Not a valid amount</translation>
    </message>
    <message>
        <source>%s（%s）</source>
        <translation>%s (%s)</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>请先在看板上选中或打开一个商机</source>
        <translation>First select or open an opportunity on the board</translation>
    </message>
    <message>
        <source>已结案</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已记录日志</source>
        <translation>Activity logged</translation>
    </message>
    <message>
        <source>设置已保存</source>
        <translation>Settings saved</translation>
    </message>
    <message>
        <source>打开一个商机后，Ctrl+Z 撤销对它的上一次修改</source>
        <translation>Open an opportunity, then Ctrl+Z undoes its last change</translation>
    </message>
    <message>
        <source>已撤销 %d 处修改</source>
        <translation>Undid %d changes</translation>
    </message>
    <message>
        <source>没有可撤销的修改了</source>
        <translation>Nothing left to undo</translation>
    </message>
    <message>
        <source>没有可重做的操作</source>
        <translation>Nothing to redo</translation>
    </message>
    <message>
        <source>公司背景介绍</source>
        <translation>Company background</translation>
    </message>
    <message>
        <source>产品介绍</source>
        <translation>Product introduction</translation>
    </message>
    <message>
        <source>服务体系介绍</source>
        <translation>Service system</translation>
    </message>
    <message>
        <source>同行业案例</source>
        <translation>Industry references</translation>
    </message>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>添加时间</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>添加人</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>把文件从桌面拖到这里即可附加（招标文件、名片照片…）</source>
        <translation>Drag files here from the desktop to attach them (the tender, photos of business cards…)</translation>
    </message>
    <message>
        <source>属于商机</source>
        <translation>The opportunity</translation>
    </message>
    <message>
        <source>说明（可选），如：招标文件第二版</source>
        <translation>Note (optional), e.g. tender, second edition</translation>
    </message>
    <message>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>YYYY-MM-DD，留空为长期有效</source>
        <translation>YYYY-MM-DD; empty: no expiry</translation>
    </message>
    <message>
        <source>产品名称，用顿号分隔；留空则适用于所有商机</source>
        <translation>Product names separated by 、; empty: relevant to every opportunity</translation>
    </message>
    <message>
        <source>新增…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>撤销上一次修改</source>
        <translation>Undo the last change</translation>
    </message>
    <message>
        <source>新增资料库记录</source>
        <translation>Adding a library record</translation>
    </message>
    <message>
        <source>请先选中一行</source>
        <translation>Select a row first</translation>
    </message>
    <message>
        <source>修改资料库记录</source>
        <translation>Editing a library record</translation>
    </message>
    <message>
        <source>删除资料库记录</source>
        <translation>Deleting a library record</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>撤销资料库修改</source>
        <translation>Undoing a library change</translation>
    </message>
    <message>
        <source>撤销删除 (Ctrl+Z)</source>
        <translation>Undo delete (Ctrl+Z)</translation>
    </message>
    <message>
        <source>所属</source>
        <translation>For</translation>
    </message>
    <message>
        <source>未随快照传送（%s 处有）</source>
        <translation>Not sent with the snapshot (%s has it)</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>已附加：%s</source>
        <translation>Attached: %s</translation>
    </message>
    <message>
        <source>正在附加文件…</source>
        <translation>Attaching files…</translation>
    </message>
    <message>
        <source>请先选中一个附件</source>
        <translation>Select an attachment first</translation>
    </message>
    <message>
        <source>附件另存为</source>
        <translation>Save attachment as</translation>
    </message>
    <message>
        <source>已另存为 %s</source>
        <translation>Saved as %s</translation>
    </message>
    <message>
        <source>正在保存附件…</source>
        <translation>Saving the attachment…</translation>
    </message>
    <message>
        <source>修改说明</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>%s 的说明：</source>
        <translation>Note on %s:</translation>
    </message>
    <message>
        <source>正在保存说明…</source>
        <translation>Saving the note…</translation>
    </message>
    <message>
        <source>说明已修改</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <source>已删除附件：%s（Ctrl+Z 撤销）</source>
        <translation>Attachment deleted: %s (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>正在删除附件…</source>
        <translation>Deleting the attachment…</translation>
    </message>
    <message>
        <source>清空表单</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <source>邮箱</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>背景</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>和%s谈：%s</source>
        <translation>With the %s, talk about: %s</translation>
    </message>
    <message>
        <source>已添加联系人：%s</source>
        <translation>Contact added: %s</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>对方方案</source>
        <translation>Their solution</translation>
    </message>
    <message>
        <source>报价</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>优势</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>我方对策</source>
        <translation>Our response</translation>
    </message>
    <message>
        <source>元，可写“120万”；不清楚可空着</source>
        <translation>Yuan; “120万” works; leave empty if unknown</translation>
    </message>
    <message>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>对方报价</source>
        <translation>Their price</translation>
    </message>
    <message>
        <source>对方优势</source>
        <translation>Their strengths</translation>
    </message>
    <message>
        <source>已添加竞争对手：%s</source>
        <translation>Competitor added: %s</translation>
    </message>
    <message>
        <source>品名</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>型号</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (yuan)</translation>
    </message>
    <message>
        <source>轮次 / 品名</source>
        <translation>Round / item</translation>
    </message>
    <message>
        <source>小计（元）</source>
        <translation>Subtotal (yuan)</translation>
    </message>
    <message>
        <source>接受所选轮次</source>
        <translation>Accept selected round</translation>
    </message>
    <message>
        <source>修改所选…</source>
        <translation>Edit selected…</translation>
    </message>
    <message>
        <source>选中一轮：改日期和说明；选中一行：改品名、品牌、型号、数量、单价</source>
        <translation>A round selected: edit its date and note; a line selected: its item, brand, model, quantity, price</translation>
    </message>
    <message>
        <source>给所选轮次加一行…</source>
        <translation>Add a line to the selected round…</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <source>本轮说明，例如：让利 3%，延长质保一年</source>
        <translation>Note for this round, e.g. 3% discount, one more year of warranty</translation>
    </message>
    <message>
        <source>加一行</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>复制上一轮</source>
        <translation>Copy last round</translation>
    </message>
    <message>
        <source>保存为新一轮报价</source>
        <translation>Save as new round</translation>
    </message>
    <message>
        <source>新一轮报价（逐项列明数量和单价）</source>
        <translation>New quote round (each item with its quantity and unit price)</translation>
    </message>
    <message>
        <source>（已接受）</source>
        <translation> (accepted)</translation>
    </message>
    <message>
        <source>第 %d 轮  %s%s</source>
        <translation>Round %d  %s%s</translation>
    </message>
    <message>
        <source>共 %d 轮报价；最新一轮 %s</source>
        <translation>%d quote rounds; latest %s</translation>
    </message>
    <message>
        <source>；已接受第 %d 轮 %s</source>
        <translation>; round %d accepted, %s</translation>
    </message>
    <message>
        <source>还没有报价。按报价手册逐项列明，每一轮都会记入报价日志。</source>
        <translation>No quotes yet. Itemise them per the price handbook; every round goes into the quote log.</translation>
    </message>
    <message>
        <source>已保存新一轮报价（%d 行）</source>
        <translation>New quote round saved (%d rows)</translation>
    </message>
    <message>
        <source>正在保存报价…</source>
        <translation>Saving the quote…</translation>
    </message>
    <message>
        <source>请先在上面选中一轮报价或其中一行</source>
        <translation>Select a quote round or one of its lines above first</translation>
    </message>
    <message>
        <source>请先在上面选中一轮报价</source>
        <translation>Select a quote round above first</translation>
    </message>
    <message>
        <source>已接受这一轮报价</source>
        <translation>Quote round accepted</translation>
    </message>
    <message>
        <source>立项申请表</source>
        <translation>Initiation form</translation>
    </message>
    <message>
        <source>调研报告</source>
        <translation>Research report</translation>
    </message>
    <message>
        <source>建议方案</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>解决方案</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>投标书</source>
        <translation>Bid</translation>
    </message>
    <message>
        <source>讲解幻灯片</source>
        <translation>Presentation slides</translation>
    </message>
    <message>
        <source>项目移交单</source>
        <translation>Handover form</translation>
    </message>
    <message>
        <source>周进度总结表</source>
        <translation>Weekly summary</translation>
    </message>
    <message>
        <source>报价日志</source>
        <translation>Quote log</translation>
    </message>
    <message>
        <source>进展日志</source>
        <translation>Progress log</translation>
    </message>
    <message>
        <source>日志</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>竞争对手</source>
        <translation>Competitors</translation>
    </message>
    <message>
        <source>报价明细</source>
        <translation>Quote items</translation>
    </message>
    <message>
        <source>文档</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>预计签单额（元）</source>
        <translation>Expected amount (yuan)</translation>
    </message>
    <message>
        <source>项目预算（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>赢单概率（%）</source>
        <translation>Win probability (%)</translation>
    </message>
    <message>
        <source>销售负责人</source>
        <translation>Sales owner</translation>
    </message>
    <message>
        <source>下一步日期</source>
        <translation>Next step date</translation>
    </message>
    <message>
        <source>线索来源</source>
        <translation>Lead source</translation>
    </message>
    <message>
        <source>编辑商机</source>
        <translation>Edit opportunity</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>如 1200000 或 120万</source>
        <translation>e.g. 1200000 or 120万</translation>
    </message>
    <message>
        <source>客户名称不能为空</source>
        <translation>The customer name cannot be empty</translation>
    </message>
    <message>
        <source>保存商机</source>
        <translation>Saving the opportunity</translation>
    </message>
    <message>
        <source>删除商机“%s / %s”？删除后可按 Ctrl+Z 撤销。</source>
        <translation>Delete the opportunity “%s / %s”? Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>删除商机</source>
        <translation>Delete opportunity</translation>
    </message>
    <message>
        <source>撤销删除</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>项目主管已认证</source>
        <translation>Project lead certified</translation>
    </message>
    <message>
        <source>已接受</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>客户基本情况未填：请填写客户所属行业</source>
        <translation>The customer&apos;s basics are missing: fill in the customer&apos;s industry</translation>
    </message>
    <message>
        <source>进展日志还是空的：请先记录一次拜访、电话或交流</source>
        <translation>The progress log is still empty: log a visit, a call or a meeting first</translation>
    </message>
    <message>
        <source>还不能记为赢单：</source>
        <translation>Cannot be closed as won yet:</translation>
    </message>
    <message>
        <source>是/否</source>
        <translation>Yes/No</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>变更申请</source>
        <translation>Change request</translation>
    </message>
    <message>
        <source>结案与项目总结</source>
        <translation>Closings and retrospectives</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>推进</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>越过门槛</source>
        <translation>Gate overridden</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation>Generated</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>打开文件</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>打开所在文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>修改说明…</source>
        <translation>Edit note…</translation>
    </message>
    <message>
        <source>从列表删除</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>请先选中一个文档</source>
        <translation>Select a document first</translation>
    </message>
    <message>
        <source>文件不在了：%s（可能已被移动或删除，可重新生成）</source>
        <translation>The file is gone: %s (moved or deleted? You can generate it again)</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>谁</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>撤销上一次修改 (Ctrl+Z)</source>
        <translation>Undo last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>只撤销本机做的修改，按时间从新到旧。</source>
        <translation>Undoes only this device&apos;s changes, newest first.</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>生成立项申请表</source>
        <translation>Generate initiation form</translation>
    </message>
    <message>
        <source>生成调研报告</source>
        <translation>Generate research report</translation>
    </message>
    <message>
        <source>生成建议方案</source>
        <translation>Generate proposal</translation>
    </message>
    <message>
        <source>生成解决方案</source>
        <translation>Generate solution</translation>
    </message>
    <message>
        <source>生成投标书</source>
        <translation>Generate bid</translation>
    </message>
    <message>
        <source>生成讲解幻灯片</source>
        <translation>Generate slides</translation>
    </message>
    <message>
        <source>生成合同</source>
        <translation>Generate contract</translation>
    </message>
    <message>
        <source>生成项目移交单</source>
        <translation>Generate handover form</translation>
    </message>
    <message>
        <source>导出周进度总结表</source>
        <translation>Export weekly summary</translation>
    </message>
    <message>
        <source>做好这一步：</source>
        <translation>Doing this step well (the method&apos;s advice, in Chinese by design):</translation>
    </message>
    <message>
        <source>完成此步骤需要填写：</source>
        <translation>To complete this step, fill in:</translation>
    </message>
    <message>
        <source>原因：%s&#x3000;中标方：%s</source>
        <translation>Reason: %s   Winner: %s</translation>
    </message>
    <message>
        <source>产品：%s</source>
        <translation>Products: %s</translation>
    </message>
    <message>
        <source>怎么做</source>
        <translation>How to (the method&apos;s guidance, in Chinese by design)</translation>
    </message>
    <message>
        <source>完成此步骤</source>
        <translation>Complete step</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>完成于 %s</source>
        <translation>Completed on %s</translation>
    </message>
    <message>
        <source>本步文档：</source>
        <translation>Documents for this step:</translation>
    </message>
    <message>
        <source> 等 %d 个</source>
        <translation> and more, %d in all</translation>
    </message>
    <message>
        <source>本步附件：%s</source>
        <translation>This step&apos;s attachments: %s</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>资料库：%s</source>
        <translation>Library: %s</translation>
    </message>
    <message>
        <source>（资料库还是空的：在“设置 → 资料库”中填写标准介绍和案例，这里就能直接引用。）</source>
        <translation>(The library is empty: fill in the standard introductions and cases under “Settings → Library” to quote them here.)</translation>
    </message>
    <message>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>写入日志…</source>
        <translation>Add to log…</translation>
    </message>
    <message>
        <source>同行业案例（结案商机的项目总结）</source>
        <translation>Cases from the same industry (retrospectives of closed deals)</translation>
    </message>
    <message>
        <source>在案例中查找：客户、产品、原因、经验…</source>
        <translation>Search the cases: customer, products, reason, lessons…</translation>
    </message>
    <message>
        <source>还没有同行业的案例：结案时填写的项目总结会出现在这里。</source>
        <translation>No case from this industry yet: the retrospectives written when deals close appear here.</translation>
    </message>
    <message>
        <source>本步骤的进展日志（%d）</source>
        <translation>Log entries for this step (%d)</translation>
    </message>
    <message>
        <source>还没有记录。按 Ctrl+L 记一笔。</source>
        <translation>Nothing logged yet. Press Ctrl+L to add an entry.</translation>
    </message>
    <message>
        <source>有字段的内容不正确，请先改正（见字段下方的提示）。</source>
        <translation>Some fields are not valid; correct them first (see the notes under the fields).</translation>
    </message>
    <message>
        <source>完成此步骤需要填写“%s”</source>
        <translation>Fill in “%s” to complete this step</translation>
    </message>
    <message>
        <source>← 返回看板 (Esc)</source>
        <translation>← Back to board (Esc)</translation>
    </message>
    <message>
        <source>推进到下一阶段</source>
        <translation>Advance to next stage</translation>
    </message>
    <message>
        <source>和在看板上拖到下一列一样：门槛未满足时会询问</source>
        <translation>Same as dragging the card to the next column: asks when a stage gate is not met</translation>
    </message>
    <message>
        <source>编辑商机…</source>
        <translation>Edit opportunity…</translation>
    </message>
    <message>
        <source>修改客户、项目名称、金额、概率、日期、负责人、下一步、来源和备注</source>
        <translation>Change the customer, project name, amounts, probability, dates, owner, next step, source and notes</translation>
    </message>
    <message>
        <source>结案…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>合同与收款</source>
        <translation>Contract and payments</translation>
    </message>
    <message>
        <source>变更</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <source>（中标方 %s）</source>
        <translation> (won by %s)</translation>
    </message>
    <message>
        <source>，%s 重新评估</source>
        <translation>, look again on %s</translation>
    </message>
    <message>
        <source>预计 %s</source>
        <translation>Expected %s</translation>
    </message>
    <message>
        <source>负责人 %s</source>
        <translation>Owner %s</translation>
    </message>
    <message>
        <source>本阶段 %d 天</source>
        <translation>%d d in stage</translation>
    </message>
    <message>
        <source>高风险 %d 条</source>
        <translation>%d high risks</translation>
    </message>
    <message>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>正在撤销…</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>操作未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>程序遇到了一个意外错误（%s）。刚才的操作可能没有完成，其余数据不受影响，可以继续工作。</source>
        <translation>ProjDesk met an unexpected error (%s). The last action may not have finished; the rest of your data is unaffected and you can go on working.</translation>
    </message>
    <message>
        <source>已取消，未写入任何文件。</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>（日志文件夹不可写，未能记录）</source>
        <translation>(the log folder is not writable: nothing was recorded)</translation>
    </message>
    <message>
        <source>尚未了解客户预算（步骤 E：填写“预算”）</source>
        <translation>The customer&apos;s budget is not known yet (step E: fill in “Budget”)</translation>
    </message>
    <message>
        <source>尚未确定客户的关键决策人（步骤 E，或在联系人中标记“关键决策人”）</source>
        <translation>The customer&apos;s key decision maker is not identified yet (step E, or mark a contact as “Key decision maker”)</translation>
    </message>
    <message>
        <source>尚未指定项目主管（步骤 J）</source>
        <translation>No project lead is assigned yet (step J)</translation>
    </message>
    <message>
        <source>项目主管“{lead}”不在持证项目主管名单中</source>
        <translation>Project lead “{lead}” is not on the list of certified project leads</translation>
    </message>
    <message>
        <source>项目主管“{lead}”尚未取得营销中心的项目主管认证</source>
        <translation>Project lead “{lead}” is not yet certified by the marketing center</translation>
    </message>
    <message>
        <source>项目立项申请尚未完成（步骤 J 申请立项）</source>
        <translation>The initiation request is not complete yet (step J)</translation>
    </message>
    <message>
        <source>调研咨询需要客户关键决策人的支持：请在联系人中记录其态度为“支持”</source>
        <translation>Research needs the support of the customer&apos;s key decision maker: record their attitude as “Supportive” in the contacts</translation>
    </message>
    <message>
        <source>调研咨询尚未完成（步骤 K）：完成调研，或写明理由后跳过</source>
        <translation>Research is not done yet (step K): complete it, or skip it with a reason</translation>
    </message>
    <message>
        <source>调研已完成，但还没有生成调研报告</source>
        <translation>Research is done but no research report has been generated</translation>
    </message>
    <message>
        <source>跳过调研咨询需要写明理由（步骤 K）</source>
        <translation>Skipping research needs a reason (step K)</translation>
    </message>
    <message>
        <source>重点客户不能跳过调研咨询：请完成步骤 K 并生成调研报告</source>
        <translation>A key account cannot skip research: complete step K and generate the research report</translation>
    </message>
    <message>
        <source>方案初稿尚未完成（步骤 L 方案初稿或 M 方案完善）</source>
        <translation>No proposal draft is complete yet (step L or M)</translation>
    </message>
    <message>
        <source>还没有生成任何一版建议方案</source>
        <translation>No version of the proposal has been generated yet</translation>
    </message>
    <message>
        <source>尚未给客户做产品演示（步骤 N）</source>
        <translation>The product demo has not been held yet (step N)</translation>
    </message>
    <message>
        <source>尚未向客户讲解方案（步骤 O，可跳过）</source>
        <translation>The solution has not been explained yet (step O, may be skipped)</translation>
    </message>
    <message>
        <source>报价日志里还没有任何一轮报价</source>
        <translation>The quote log has no quote round yet</translation>
    </message>
    <message>
        <source>报价尚未发给客户（步骤 P 报价体系）</source>
        <translation>The quote has not been sent to the customer yet (step P)</translation>
    </message>
    <message>
        <source>方案须通过总部业务营运部的评审（步骤 R）</source>
        <translation>The bid must pass the headquarters&apos; business operations review (step R)</translation>
    </message>
    <message>
        <source>最近一次方案评审未通过：请按意见修改后重新评审（步骤 R）</source>
        <translation>The latest bid review rejected it: revise as advised and have it reviewed again (step R)</translation>
    </message>
    <message>
        <source>投标方案尚未提交（步骤 S 方案提交）</source>
        <translation>The bid has not been submitted yet (step S)</translation>
    </message>
    <message>
        <source>合同须通过总部评审（步骤 V）</source>
        <translation>The contract must pass the headquarters&apos; review (step V)</translation>
    </message>
    <message>
        <source>最近一次合同评审未通过：请修改后重新评审（步骤 V）</source>
        <translation>The latest contract review rejected it: revise and have it reviewed again (step V)</translation>
    </message>
    <message>
        <source>合同尚未签定（步骤 W 合同签定）</source>
        <translation>The contract has not been signed yet (step W)</translation>
    </message>
    <message>
        <source>合同尚未生效（步骤 X：首付款到账）</source>
        <translation>The contract is not in force yet (step X: the down payment received)</translation>
    </message>
    <message>
        <source>还没有这个商机的合同：请先登记合同</source>
        <translation>This opportunity has no contract yet: record the contract first</translation>
    </message>
    <message>
        <source>合同生效需要“{milestone}”到账：请在付款节点中登记收款</source>
        <translation>The contract takes effect once “{milestone}” is received: record it in the payment milestones</translation>
    </message>
    <message>
        <source>首付款登记的到账金额超过了应收金额，请核对</source>
        <translation>The down payment received is more than the amount due: please check it</translation>
    </message>
    <message>
        <source>还没有登记任何付款节点</source>
        <translation>No payment milestone has been recorded yet</translation>
    </message>
    <message>
        <source>还有付款节点未回款也未核销：{milestones}</source>
        <translation>Payment milestones neither received nor written off: {milestones}</translation>
    </message>
    <message>
        <source>项目移交需要技术支持部指定的项目实施经理（步骤 Y）</source>
        <translation>Handover needs an implementation manager named by technical support (step Y)</translation>
    </message>
    <message>
        <source>请填写：{field}</source>
        <translation>Fill in: {field}</translation>
    </message>
    <message>
        <source>招标要求第 {clause} 条（★）尚未答复（步骤 Q：招标要求）</source>
        <translation>Tender clause {clause} (★) has no answer yet (step Q: tender requirements)</translation>
    </message>
    <message>
        <source>还不能进入“{stage}”，以下条件未满足：</source>
        <translation>Cannot enter “{stage}” yet; these conditions are not met:</translation>
    </message>
    <message>
        <source>步骤 {letter} {title} 还不能完成：</source>
        <translation>Step {letter} {title} cannot be completed yet:</translation>
    </message>
    <message>
        <source>步骤 {letter} {title} 还不能完成，缺少必填项：</source>
        <translation>Step {letter} {title} cannot be completed yet; required fields are missing:</translation>
    </message>
    <message>
        <source>变更记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>合并到</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <source>预计签单额</source>
        <translation>Expected amount</translation>
    </message>
    <message>
        <source>赢单概率</source>
        <translation>Win probability</translation>
    </message>
    <message>
        <source>删除/恢复</source>
        <translation>Delete/restore</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>所属客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>关闭说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>费用</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>重点客户依据</source>
        <translation>Key account reasons</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>进入阶段时间</source>
        <translation>Entered the stage</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>所属商机</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>步骤字段</source>
        <translation>Step fields</translation>
    </message>
    <message>
        <source>对手方案</source>
        <translation>Competitor&apos;s offer</translation>
    </message>
    <message>
        <source>对手优势</source>
        <translation>Competitor&apos;s strengths</translation>
    </message>
    <message>
        <source>我方应对</source>
        <translation>Our answer</translation>
    </message>
    <message>
        <source>轮次</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>所属报价</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>沿用的报价行</source>
        <translation>Carried-over quote line</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>核销原因</source>
        <translation>Write-off reason</translation>
    </message>
    <message>
        <source>文件位置</source>
        <translation>File location</translation>
    </message>
    <message>
        <source>关闭日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>提出人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>费用增减</source>
        <translation>Cost up or down</translation>
    </message>
    <message>
        <source>评估人</source>
        <translation>Assessed by</translation>
    </message>
    <message>
        <source>评估日期</source>
        <translation>Assessed on</translation>
    </message>
    <message>
        <source>原因类别</source>
        <translation>Reason category</translation>
    </message>
    <message>
        <source>产品</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>条款号</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>要求原文</source>
        <translation>Requirement text</translation>
    </message>
    <message>
        <source>标记</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>响应说明</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>应答位置</source>
        <translation>Answered in</translation>
    </message>
    <message>
        <source>行业重点客户</source>
        <translation>Key account in its industry</translation>
    </message>
    <message>
        <source>在地区市场有影响力</source>
        <translation>Influential in the regional market</translation>
    </message>
    <message>
        <source>提交评审日期</source>
        <translation>Date submitted for review</translation>
    </message>
    <message>
        <source>应收金额</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>结案日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>所属步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>文件大小</source>
        <translation>File size</translation>
    </message>
    <message>
        <source>文件类型</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>整条记录</source>
        <translation>Whole record</translation>
    </message>
    <message>
        <source>所属记录已被删除</source>
        <translation>Its parent record was deleted</translation>
    </message>
    <message>
        <source>合同变更</source>
        <translation>Contract change</translation>
    </message>
    <message>
        <source>升级迁移</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <source>第 {position} 行报价缺少品名</source>
        <translation>Line {position} of the quote has no item name</translation>
    </message>
    <message>
        <source>应为 0–{most} 的整数（MB）：{value}</source>
        <translation>Must be a whole number of MB from 0 to {most}: {value}</translation>
    </message>
    <message>
        <source>找不到要附加的文件：{path}</source>
        <translation>File to attach not found: {path}</translation>
    </message>
    <message>
        <source>无法读取要附加的文件：{path}（{reason}）</source>
        <translation>Cannot read the file to attach: {path} ({reason})</translation>
    </message>
    <message>
        <source>文件在复制过程中被改动，未附加：{path}</source>
        <translation>The file changed while it was being copied; not attached: {path}</translation>
    </message>
    <message>
        <source>文件过大，无法附加（最大 {megabytes} MB）：{name}</source>
        <translation>File too large to attach (at most {megabytes} MB): {name}</translation>
    </message>
    <message>
        <source>附件“{name}”未随快照传送，本机没有这个文件（请向 {holder} 索取）</source>
        <translation>The attachment “{name}” was not sent with the snapshot; this computer does not have the file (ask {holder} for it)</translation>
    </message>
    <message>
        <source>不能把附件另存到它自己的位置：{path}</source>
        <translation>Cannot save an attachment over its own stored file: {path}</translation>
    </message>
    <message>
        <source>附件“{name}”的文件已损坏（内容与校验和不符）</source>
        <translation>The file of the attachment “{name}” is damaged (its content does not match its checksum)</translation>
    </message>
    <message>
        <source>报价至少需要一行</source>
        <translation>A quote needs at least one line</translation>
    </message>
    <message>
        <source>第 {position} 行{error}</source>
        <translation>Line {position}: {error}</translation>
    </message>
    <message>
        <source>{field} {problem}</source>
        <translation>{field} {problem}</translation>
    </message>
    <message>
        <source>{table}的 {column} {problem}</source>
        <translation>{table} · {column} {problem}</translation>
    </message>
    <message>
        <source>步骤 {letter} 的 {key} {problem}</source>
        <translation>Step {letter}, {key} {problem}</translation>
    </message>
    <message>
        <source>{field}不是有效的金额：{value}</source>
        <translation>{field} is not a valid amount: {value}</translation>
    </message>
    <message>
        <source>{field}超出上限（最多 {limit} 元）：{value}</source>
        <translation>{field} is over the limit (at most {limit} yuan): {value}</translation>
    </message>
    <message>
        <source>{field}应为数字：{value}</source>
        <translation>{field} must be a number: {value}</translation>
    </message>
    <message>
        <source>{field}必须大于 0：{value}</source>
        <translation>{field} must be greater than 0: {value}</translation>
    </message>
    <message>
        <source>{field}超出上限（最多 {limit}）：{value}</source>
        <translation>{field} is over the limit (at most {limit}): {value}</translation>
    </message>
    <message>
        <source>金额不是有效的数字：{value}</source>
        <translation>The amount is not a valid number: {value}</translation>
    </message>
    <message>
        <source>金额不能为负数或无效：{value}</source>
        <translation>The amount cannot be negative or invalid: {value}</translation>
    </message>
    <message>
        <source>金额过大，无法写成大写：{value}</source>
        <translation>The amount is too large to write in Chinese capitals: {value}</translation>
    </message>
    <message>
        <source>{field}不是有效的日期（应为 YYYY-MM-DD）：{value}</source>
        <translation>{field} is not a valid date (use YYYY-MM-DD): {value}</translation>
    </message>
    <message>
        <source>{field}不是能识别的日期：{value}（可写 2026-12-05、12-05、12/5、5日、明天、下周一、周五、+3、+2周）</source>
        <translation>{field} is not a date this can read: {value} (write 2026-12-05, 12-05, 12/5, 5日, 明天, 下周一, 周五, +3, +2周)</translation>
    </message>
    <message>
        <source>{field}应为 是 或 否：{value}</source>
        <translation>{field} must be yes or no: {value}</translation>
    </message>
    <message>
        <source>{field}应为整数：{value}</source>
        <translation>{field} must be a whole number: {value}</translation>
    </message>
    <message>
        <source>{field}必须在 {low}–{high} 之间：{value}</source>
        <translation>{field} must be between {low} and {high}: {value}</translation>
    </message>
    <message>
        <source>{field}只能是：{choices}（收到：{value}）</source>
        <translation>{field} must be one of: {choices} (got: {value})</translation>
    </message>
    <message>
        <source>无法读取数据库文件：{path}（{reason}）</source>
        <translation>Cannot read the database file: {path} ({reason})</translation>
    </message>
    <message>
        <source>数据库文件是空的（0 字节），未做任何改动：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复</source>
        <translation>The database file is empty (0 bytes); nothing was changed: {path}. See the backups with projdesk backup list and restore one with projdesk restore</translation>
    </message>
    <message>
        <source>不是 SQLite 数据库文件，未做任何改动：{path}</source>
        <translation>Not an SQLite database file; nothing was changed: {path}</translation>
    </message>
    <message>
        <source>数据库在只读位置，无法打开：{path}</source>
        <translation>The database is in a read-only place and cannot be opened: {path}</translation>
    </message>
    <message>
        <source>数据库已损坏（完整性检查未通过），未做任何改动：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复</source>
        <translation>The database is damaged (integrity check failed); nothing was changed: {path}. See the backups with projdesk backup list and restore one with projdesk restore</translation>
    </message>
    <message>
        <source>数据库已损坏，无法读取：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复</source>
        <translation>The database is damaged and cannot be read: {path}. See the backups with projdesk backup list and restore one with projdesk restore</translation>
    </message>
    <message>
        <source>数据库已损坏（完整性检查未通过），未做备份：{path}；可用 projdesk backup list 查看备份，projdesk restore 恢复</source>
        <translation>The database is damaged (integrity check failed); no backup was made: {path}. See the backups with projdesk backup list and restore one with projdesk restore</translation>
    </message>
    <message>
        <source>数据库由更新版本的 ProjDesk 写入（版本 {revision}），本程序不能打开：{path}</source>
        <translation>The database was written by a newer ProjDesk (revision {revision}); this version cannot open it: {path}</translation>
    </message>
    <message>
        <source>数据库在只读位置，需要升级却不能写入：{path}</source>
        <translation>The database is in a read-only place: it needs an upgrade but cannot be written: {path}</translation>
    </message>
    <message>
        <source>不能在这里新建数据库（只读或无权限）：{path}</source>
        <translation>Cannot create a database here (read-only or no permission): {path}</translation>
    </message>
    <message>
        <source>数据库在只读位置，不能保存修改：{path}</source>
        <translation>The database is in a read-only place; changes cannot be saved: {path}</translation>
    </message>
    <message>
        <source>找不到要恢复的文件：{path}</source>
        <translation>The file to restore was not found: {path}</translation>
    </message>
    <message>
        <source>不是 ProjDesk 数据库（没有版本信息），未做任何改动：{path}</source>
        <translation>Not a ProjDesk database (no version information); nothing was changed: {path}</translation>
    </message>
    <message>
        <source>该文件由更新版本的 ProjDesk 写入（版本 {revision}），不能恢复，未做任何改动：{path}</source>
        <translation>This file was written by a newer ProjDesk (revision {revision}) and cannot be restored; nothing was changed: {path}</translation>
    </message>
    <message>
        <source>不能用数据库自身恢复：{path}</source>
        <translation>A database cannot be restored from itself: {path}</translation>
    </message>
    <message>
        <source>数据库正在被使用（ProjDesk 窗口或其他命令），请先关闭后再恢复，未做任何改动：{path}</source>
        <translation>The database is in use (a ProjDesk window or another command); close it, then restore. Nothing was changed: {path}</translation>
    </message>
    <message>
        <source>这条修改不能撤销：{table_name} {column_name}</source>
        <translation>This change cannot be undone: {table_name} {column_name}</translation>
    </message>
    <message>
        <source>移入“{stage}”之后这个商机又有了修改，不能再撤销这次移动</source>
        <translation>The opportunity has changed since it moved into “{stage}”: that move can no longer be undone</translation>
    </message>
    <message>
        <source>找不到{table}：{id}</source>
        <translation>{table} not found: {id}</translation>
    </message>
    <message>
        <source>{field}不能为空</source>
        <translation>{field} cannot be empty</translation>
    </message>
    <message>
        <source>阶段请用“推进/退回”（opp move）修改，以便检查阶段门槛</source>
        <translation>Change the stage by moving forward or back (opp move), so that the stage gates are checked</translation>
    </message>
    <message>
        <source>未知字段：{key}（可用：{allowed}）</source>
        <translation>Unknown field: {key} (available: {allowed})</translation>
    </message>
    <message>
        <source>阶段必须在 1–10 之间：{value}</source>
        <translation>The stage must be between 1 and 10: {value}</translation>
    </message>
    <message>
        <source>越过阶段门槛需要说明理由（--reason）</source>
        <translation>Overriding a stage gate needs a reason (--reason)</translation>
    </message>
    <message>
        <source>周应写成 YYYY-Www（如 2026-W48）：{value}</source>
        <translation>Write the week as YYYY-Www (e.g. 2026-W48): {value}</translation>
    </message>
    <message>
        <source>日志类型只能是：{choices}（收到：{value}）</source>
        <translation>The activity type must be one of: {choices} (got: {value})</translation>
    </message>
    <message>
        <source>日志内容不能为空</source>
        <translation>The activity needs some content</translation>
    </message>
    <message>
        <source>填写了下一步日期，请同时写明下一步做什么</source>
        <translation>A next-step date is given: also say what the next step is</translation>
    </message>
    <message>
        <source>找不到冲突：{id}</source>
        <translation>Conflict not found: {id}</translation>
    </message>
    <message>
        <source>只能选择 mine（保留我的）、theirs（采用对方的）或 edit：{value}</source>
        <translation>Choose mine (keep mine), theirs (take theirs) or edit: {value}</translation>
    </message>
    <message>
        <source>这条冲突只能选择 mine（保留我的）或 theirs（采用对方的）</source>
        <translation>For this conflict choose mine (keep mine) or theirs (take theirs)</translation>
    </message>
    <message>
        <source>请给出新的值</source>
        <translation>Give the new value</translation>
    </message>
    <message>
        <source>不能把客户合并到它自己</source>
        <translation>A customer cannot be merged into itself</translation>
    </message>
    <message>
        <source>模板“{template}”不是有效的 Word 文件（.docx）</source>
        <translation>The template “{template}” is not a valid Word file (.docx)</translation>
    </message>
    <message>
        <source>模板“{template}”使用了未知字段：{names}（可用字段见 docs/templates.md）</source>
        <translation>The template “{template}” uses unknown fields: {names} (see docs/templates.md for the fields)</translation>
    </message>
    <message>
        <source>模板“{template}”的标签有误：{detail}</source>
        <translation>The template “{template}” has a faulty tag: {detail}</translation>
    </message>
    <message>
        <source>模板“{template}”的标签有误：{detail}（附近：{near}）</source>
        <translation>The template “{template}” has a faulty tag: {detail} (near: {near})</translation>
    </message>
    <message>
        <source>模板“{template}”试图访问程序内部属性，已拒绝：{detail}</source>
        <translation>The template “{template}” tried to reach the program&apos;s internals and was refused: {detail}</translation>
    </message>
    <message>
        <source>模板“{template}”无法生成：{kind_of_error}: {detail}</source>
        <translation>The template “{template}” could not be rendered: {kind_of_error}: {detail}</translation>
    </message>
    <message>
        <source>模板“{template}”生成超过 {seconds} 秒，已中止（模板中可能有过大的循环）</source>
        <translation>The template “{template}” took more than {seconds} s and was stopped (it may hold too large a loop)</translation>
    </message>
    <message>
        <source>模板“{template}”生成时进程意外退出</source>
        <translation>The process rendering the template “{template}” ended unexpectedly</translation>
    </message>
    <message>
        <source>幻灯片模板“{template}”无法打开：{kind_of_error}: {detail}</source>
        <translation>The slide template “{template}” cannot be opened: {kind_of_error}: {detail}</translation>
    </message>
    <message>
        <source>输出文件夹不存在：{path}</source>
        <translation>The output folder does not exist: {path}</translation>
    </message>
    <message>
        <source>未知的文档类型：{value}（可用：{allowed}）</source>
        <translation>Unknown document kind: {value} (available: {allowed})</translation>
    </message>
    <message>
        <source>缺少内置模板：{path}</source>
        <translation>A built-in template is missing: {path}</translation>
    </message>
    <message>
        <source>找不到文件：{path}</source>
        <translation>File not found: {path}</translation>
    </message>
    <message>
        <source>不是可读取的 Excel 文件（.xlsx）：{name}（{detail}）</source>
        <translation>Not a readable Excel file (.xlsx): {name} ({detail})</translation>
    </message>
    <message>
        <source>Excel 文件已损坏：{name}（{detail}）</source>
        <translation>The Excel file is damaged: {name} ({detail})</translation>
    </message>
    <message>
        <source>{name} 中没有名为“{sheet}”的工作表（有：{sheets}）</source>
        <translation>{name} has no sheet named “{sheet}” (it has: {sheets})</translation>
    </message>
    <message>
        <source>客户名称为空</source>
        <translation>The customer name is empty</translation>
    </message>
    <message>
        <source>项目名称为空</source>
        <translation>The project name is empty</translation>
    </message>
    <message>
        <source>无法识别的阶段：{value}（应为 1–10 或阶段名称）</source>
        <translation>Unknown stage: {value} (use 1–10 or a stage name)</translation>
    </message>
    <message>
        <source>{field}过长（最多 {limit} 字）：{start}…</source>
        <translation>{field} is too long (at most {limit} characters): {start}…</translation>
    </message>
    <message>
        <source>工作表“{sheet}”前 {rows} 行中找不到表头（需要“客户名称”和“项目名称”两列）：{name}</source>
        <translation>No header row in the first {rows} rows of the sheet “{sheet}” (the columns 客户名称 and 项目名称 are needed): {name}</translation>
    </message>
    <message>
        <source>与第 {first} 行是同一个商机（{customer} / {project}），已跳过</source>
        <translation>The same opportunity as row {first} ({customer} / {project}); skipped</translation>
    </message>
    <message>
        <source>可见的工作表前 {rows} 行中找不到表头（需要“客户名称”和“项目名称”两列）：{name}</source>
        <translation>No header row in the first {rows} rows of any visible sheet (the columns 客户名称 and 项目名称 are needed): {name}</translation>
    </message>
    <message>
        <source>数据库正忙（{place}）：另一个程序正在写入，请稍后再试，没有做任何改动</source>
        <translation>The database is busy ({place}): another program is writing to it. Try again shortly; nothing was changed</translation>
    </message>
    <message>
        <source>数据库正忙：另一个程序正在写入，请稍后再试，没有做任何改动</source>
        <translation>The database is busy: another program is writing to it. Try again shortly; nothing was changed</translation>
    </message>
    <message>
        <source>只读：无法写入 {place}（磁盘、文件夹或文件是只读的，或没有写入权限），没有做任何改动</source>
        <translation>Read-only: cannot write {place} (the disk, folder or file is read-only, or there is no write permission); nothing was changed</translation>
    </message>
    <message>
        <source>只读：无法写入 文件（磁盘、文件夹或文件是只读的，或没有写入权限），没有做任何改动</source>
        <translation>Read-only: cannot write the file (the disk, folder or file is read-only, or there is no write permission); nothing was changed</translation>
    </message>
    <message>
        <source>磁盘空间不足：无法写入 {place}，没有做任何改动，也没有留下不完整的文件</source>
        <translation>The disk is full: cannot write {place}; nothing was changed and no partial file was left</translation>
    </message>
    <message>
        <source>磁盘空间不足：无法写入 文件，没有做任何改动，也没有留下不完整的文件</source>
        <translation>The disk is full: cannot write the file; nothing was changed and no partial file was left</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是数据库文件：{place}</source>
        <translation>This is a folder, not a database file: {place}</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是 ProjDesk 数据库：{place}（没有做任何改动）</source>
        <translation>The database file is damaged or not a ProjDesk database: {place} (nothing was changed)</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是 ProjDesk 数据库（没有做任何改动）</source>
        <translation>The database file is damaged or not a ProjDesk database (nothing was changed)</translation>
    </message>
    <message>
        <source>读写磁盘出错：{place}，没有做任何改动（请检查磁盘或网络文件夹）</source>
        <translation>Disk read/write error: {place}; nothing was changed (check the disk or the network folder)</translation>
    </message>
    <message>
        <source>读写磁盘出错，没有做任何改动（请检查磁盘或网络文件夹）</source>
        <translation>Disk read/write error; nothing was changed (check the disk or the network folder)</translation>
    </message>
    <message>
        <source>数据库拒绝了这次写入（数据之间的约束不成立），没有做任何改动</source>
        <translation>The database refused this write (a constraint between the data does not hold); nothing was changed</translation>
    </message>
    <message>
        <source>找不到文件或文件夹：{place}</source>
        <translation>File or folder not found: {place}</translation>
    </message>
    <message>
        <source>找不到文件或文件夹</source>
        <translation>File or folder not found</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件：{place}</source>
        <translation>This is a folder, not a file: {place}</translation>
    </message>
    <message>
        <source>这是一个文件夹，不是文件</source>
        <translation>This is a folder, not a file</translation>
    </message>
    <message>
        <source>无法读写文件：{place}（系统错误 {system}），没有做任何改动</source>
        <translation>Cannot read or write the file: {place} (system error {system}); nothing was changed</translation>
    </message>
    <message>
        <source>无法读写文件（系统错误 {system}），没有做任何改动</source>
        <translation>Cannot read or write the file (system error {system}); nothing was changed</translation>
    </message>
    <message>
        <source>输入中有无法识别的字符（不是有效的 UTF-8 文字，可能是终端的编码设置不对），没有做任何改动</source>
        <translation>The input holds characters that cannot be read (not valid UTF-8 text; the terminal&apos;s encoding may be set wrongly); nothing was changed</translation>
    </message>
    <message>
        <source>状态只能是：{allowed}；收到：{value}</source>
        <translation>The status must be one of: {allowed}; got: {value}</translation>
    </message>
    <message>
        <source>退回到“{stage}”需要说明原因（--reason）</source>
        <translation>Moving back to “{stage}” needs a reason (--reason)</translation>
    </message>
    <message>
        <source>无法导出：{table_name} 中记录 {record} 的 {column_name} 超出上限（最多 {limit}），请先改正后再导出</source>
        <translation>Cannot export: {column_name} of record {record} in {table_name} is over the limit (at most {limit}); correct it, then export</translation>
    </message>
    <message>
        <source>{table_name} 中有超出字段上限的内容，无法导出；请先缩短过长的内容</source>
        <translation>{table_name} holds values over their field&apos;s limit and cannot be exported; shorten them first</translation>
    </message>
    <message>
        <source>快照不完整：{table_name} 引用了 {count} 条既不在快照中也不在本地的 {parent} 记录：{name}</source>
        <translation>The snapshot is incomplete: {table_name} refers to {count} {parent} records that are neither in the snapshot nor here: {name}</translation>
    </message>
    <message>
        <source>快照中的数据与本地数据不一致（违反数据约束），已拒绝，数据库未改动：{name}</source>
        <translation>The snapshot&apos;s data contradicts the data here (a constraint is violated); refused, the database is unchanged: {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的第 {row} 条记录缺少 {column_name}：{name}</source>
        <translation>In the snapshot, record {row} of {table_name} lacks {column_name}: {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的第 {row} 条记录的类型或格式错误：{column_name}：{name}</source>
        <translation>In the snapshot, record {row} of {table_name} has a wrong type or format: {column_name}: {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的第 {row} 条记录的 {column_name} {problem}：{name}</source>
        <translation>In the snapshot, record {row} of {table_name}: {column_name} {problem}: {name}</translation>
    </message>
    <message>
        <source>无法读取快照文件：{name}（{reason}）</source>
        <translation>Cannot read the snapshot file: {name} ({reason})</translation>
    </message>
    <message>
        <source>快照文件是空的：{name}</source>
        <translation>The snapshot file is empty: {name}</translation>
    </message>
    <message>
        <source>快照文件过大（{megabytes} MB）：{name}</source>
        <translation>The snapshot file is too large ({megabytes} MB): {name}</translation>
    </message>
    <message>
        <source>不是 ProjDesk 快照，或文件已损坏：{name}</source>
        <translation>Not a ProjDesk snapshot, or the file is damaged: {name}</translation>
    </message>
    <message>
        <source>快照包含不安全的文件路径（如 ../ 或绝对路径），已拒绝：{name}</source>
        <translation>The snapshot holds unsafe file paths (such as ../ or absolute paths); refused: {name}</translation>
    </message>
    <message>
        <source>快照中有重复的成员，已拒绝：{name}</source>
        <translation>The snapshot holds duplicate members; refused: {name}</translation>
    </message>
    <message>
        <source>不是 ProjDesk 快照（缺少 manifest.json）：{name}</source>
        <translation>Not a ProjDesk snapshot (no manifest.json): {name}</translation>
    </message>
    <message>
        <source>快照清单过大，已拒绝：{name}</source>
        <translation>The snapshot&apos;s manifest is too large; refused: {name}</translation>
    </message>
    <message>
        <source>快照清单已损坏：{name}</source>
        <translation>The snapshot&apos;s manifest is damaged: {name}</translation>
    </message>
    <message>
        <source>不是 ProjDesk 快照（清单格式不对）：{name}</source>
        <translation>Not a ProjDesk snapshot (the manifest&apos;s format is wrong): {name}</translation>
    </message>
    <message>
        <source>快照清单已损坏（格式版本无效）：{name}</source>
        <translation>The snapshot&apos;s manifest is damaged (invalid format version): {name}</translation>
    </message>
    <message>
        <source>快照由更新版本的 ProjDesk 生成（格式 v{version}，本程序支持 v{supported}），请先升级：{name}</source>
        <translation>The snapshot was made by a newer ProjDesk (format v{version}; this version reads v{supported}); upgrade first: {name}</translation>
    </message>
    <message>
        <source>快照的数据结构版本（{revision}）比本程序新或无法识别，请先升级：{name}</source>
        <translation>The snapshot&apos;s schema revision ({revision}) is newer than this program or unknown; upgrade first: {name}</translation>
    </message>
    <message>
        <source>快照清单已损坏（缺少 {key}）：{name}</source>
        <translation>The snapshot&apos;s manifest is damaged (no {key}): {name}</translation>
    </message>
    <message>
        <source>快照清单已损坏（缺少成员列表）：{name}</source>
        <translation>The snapshot&apos;s manifest is damaged (no member list): {name}</translation>
    </message>
    <message>
        <source>快照包含未知的成员 {member}：{name}</source>
        <translation>The snapshot holds an unknown member {member}: {name}</translation>
    </message>
    <message>
        <source>快照清单已损坏（{member} 的 {key}）：{name}</source>
        <translation>The snapshot&apos;s manifest is damaged ({key} of {member}): {name}</translation>
    </message>
    <message>
        <source>快照清单已损坏（{member} 的校验信息）：{name}</source>
        <translation>The snapshot&apos;s manifest is damaged (the checksum of {member}): {name}</translation>
    </message>
    <message>
        <source>快照的成员与清单不符（多出或缺少文件）：{name}</source>
        <translation>The snapshot&apos;s members differ from its manifest (files added or missing): {name}</translation>
    </message>
    <message>
        <source>快照清单已损坏（selection 无效）：{name}</source>
        <translation>The snapshot&apos;s manifest is damaged (invalid selection): {name}</translation>
    </message>
    <message>
        <source>快照清单已损坏（加密参数无效）：{name}</source>
        <translation>The snapshot&apos;s manifest is damaged (invalid encryption parameters): {name}</translation>
    </message>
    <message>
        <source>快照要求的密钥派生参数超出上限（n ≤ 2^18，r ≤ 8，p ≤ 2），已拒绝：{name}</source>
        <translation>The snapshot asks for key derivation parameters over the limit (n ≤ 2^18, r ≤ 8, p ≤ 2); refused: {name}</translation>
    </message>
    <message>
        <source>快照已加密，需要口令（--passphrase-file）：{name}</source>
        <translation>The snapshot is encrypted and needs a passphrase (--passphrase-file): {name}</translation>
    </message>
    <message>
        <source>口令不正确（或快照清单被改动），无法解密：{name}</source>
        <translation>Wrong passphrase (or the snapshot&apos;s manifest was altered); cannot decrypt: {name}</translation>
    </message>
    <message>
        <source>快照成员 {member} 与清单不符（可能被改动）：{name}</source>
        <translation>The snapshot&apos;s member {member} differs from the manifest (it may have been altered): {name}</translation>
    </message>
    <message>
        <source>快照已损坏（{member} 读取失败）：{name}</source>
        <translation>The snapshot is damaged ({member} cannot be read): {name}</translation>
    </message>
    <message>
        <source>快照校验和不符（文件已损坏或被改动）：{name}</source>
        <translation>The snapshot&apos;s checksum does not match (the file is damaged or altered): {name}</translation>
    </message>
    <message>
        <source>快照中的附件文件与其校验和不符（已损坏或被改动），已拒绝：{name}</source>
        <translation>An attachment&apos;s file in the snapshot does not match its checksum (damaged or altered); refused: {name}</translation>
    </message>
    <message>
        <source>快照清单中的附件文件 {member} 描述无效：{name}</source>
        <translation>The snapshot&apos;s manifest describes the attachment file {member} wrongly: {name}</translation>
    </message>
    <message>
        <source>快照成员 {member} 解压后过大（超出 {rows} 条记录可能的大小，疑似压缩炸弹），已拒绝：{name}</source>
        <translation>The snapshot&apos;s member {member} unpacks too large (beyond what {rows} records can take; likely a zip bomb); refused: {name}</translation>
    </message>
    <message>
        <source>快照已损坏（{member} 无法解压）：{name}</source>
        <translation>The snapshot is damaged ({member} cannot be unpacked): {name}</translation>
    </message>
    <message>
        <source>快照成员 {member} 的内容与清单不符（大小不对，可能是压缩炸弹或已损坏）：{name}</source>
        <translation>The content of the snapshot&apos;s member {member} differs from the manifest (wrong size: a zip bomb or damage): {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的记录格式错误：{name}</source>
        <translation>In the snapshot, the records of {table_name} are malformed: {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的表头无效：{name}</source>
        <translation>In the snapshot, the header of {table_name} is invalid: {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的字段与本程序不一致（缺少或多出字段）：{name}</source>
        <translation>In the snapshot, the fields of {table_name} differ from this program&apos;s (fields missing or added): {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的记录数与清单不符：{name}</source>
        <translation>In the snapshot, the number of {table_name} records differs from the manifest: {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的第 {row} 条记录格式错误：{name}</source>
        <translation>In the snapshot, record {row} of {table_name} is malformed: {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的 {column_name} 类型或格式错误：{name}</source>
        <translation>In the snapshot, {column_name} of {table_name} has a wrong type or format: {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 有重复的记录（同一 ID 出现多次）：{name}</source>
        <translation>In the snapshot, {table_name} holds duplicate records (one ID more than once): {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的第 {row} 条记录的时间戳格式错误：{name}</source>
        <translation>In the snapshot, the timestamp of record {row} of {table_name} is malformed: {name}</translation>
    </message>
    <message>
        <source>快照中 {table_name} 的第 {row} 条记录的字段时间戳无效：{name}</source>
        <translation>In the snapshot, the field timestamps of record {row} of {table_name} are invalid: {name}</translation>
    </message>
    <message>
        <source>ID 前缀“{ref}”对应多个{table}，请写得更长</source>
        <translation>The ID prefix “{ref}” matches several records ({table}): type more of it</translation>
    </message>
    <message>
        <source>{record}没有这些字段：{keys}（可用：{known}）</source>
        <translation>{record} has no such fields: {keys} (available: {known})</translation>
    </message>
    <message>
        <source>未知字段：{keys}（可用：{known}）</source>
        <translation>Unknown fields: {keys} (available: {known})</translation>
    </message>
    <message>
        <source>名称不能为空</source>
        <translation>The name cannot be empty</translation>
    </message>
    <message>
        <source>决策角色只能是：{choices}（收到：{value}）</source>
        <translation>The decision role must be one of: {choices} (got: {value})</translation>
    </message>
    <message>
        <source>态度只能是：{choices}（收到：{value}）</source>
        <translation>The attitude must be one of: {choices} (got: {value})</translation>
    </message>
    <message>
        <source>联系人“{name}”已存在（{id}），请修改这条记录，不要重复添加</source>
        <translation>The contact “{name}” already exists ({id}): edit that record instead of adding it again</translation>
    </message>
    <message>
        <source>第 {position} 行报价有未知的键：{key}（可用：{known}）</source>
        <translation>Line {position} of the quote has an unknown key: {key} (available: {known})</translation>
    </message>
    <message>
        <source>第 {position} 行报价缺少数量</source>
        <translation>Line {position} of the quote has no quantity</translation>
    </message>
    <message>
        <source>第 {position} 行报价缺少单价</source>
        <translation>Line {position} of the quote has no unit price</translation>
    </message>
    <message>
        <source>第 {position} 行报价的单价必须大于 0</source>
        <translation>The unit price on line {position} of the quote must be above 0</translation>
    </message>
    <message>
        <source>这一轮报价没有第 {ref} 行</source>
        <translation>This quote round has no line {ref}</translation>
    </message>
    <message>
        <source>这是本轮报价的最后一行：请删除整轮报价</source>
        <translation>This is the round&apos;s last line: delete the whole round instead</translation>
    </message>
    <message>
        <source>报价日期不能为空</source>
        <translation>The quote date cannot be empty</translation>
    </message>
    <message>
        <source>没有第 {round} 轮报价</source>
        <translation>There is no quote round {round}</translation>
    </message>
    <message>
        <source>评审类型只能是：{choices}（收到：{value}）</source>
        <translation>The review kind must be one of: {choices} (got: {value})</translation>
    </message>
    <message>
        <source>评审结论只能是：{choices}（收到：{value}）</source>
        <translation>The review outcome must be one of: {choices} (got: {value})</translation>
    </message>
    <message>
        <source>这个商机还没有合同</source>
        <translation>This opportunity has no contract yet</translation>
    </message>
    <message>
        <source>这个商机已有合同：请用 contract update 修改</source>
        <translation>This opportunity already has a contract: use contract update</translation>
    </message>
    <message>
        <source>没有要修改的内容</source>
        <translation>Nothing to change</translation>
    </message>
    <message>
        <source>付款节点名称不能为空</source>
        <translation>The payment milestone needs a name</translation>
    </message>
    <message>
        <source>应收金额不能为空</source>
        <translation>The amount due cannot be empty</translation>
    </message>
    <message>
        <source>有多个名为“{milestone}”的付款节点，请用 ID 指明</source>
        <translation>Several milestones are named “{milestone}”: give its ID</translation>
    </message>
    <message>
        <source>付款节点应写成 名称=金额[@应收日期]：{text}</source>
        <translation>Write a milestone as NAME=AMOUNT[@DUE-DATE]: {text}</translation>
    </message>
    <message>
        <source>按比例（{share}）计算付款节点需要先有合同金额</source>
        <translation>A milestone as a share ({share}) needs the contract amount first</translation>
    </message>
    <message>
        <source>付款比例应在 0–100% 之间：{share}</source>
        <translation>A payment share must be between 0 and 100%: {share}</translation>
    </message>
    <message>
        <source>{kind}是 {expected} 文件，输出文件名却是 {name}</source>
        <translation>A {kind} is a {expected} file, but the output is named {name}</translation>
    </message>
    <message>
        <source>{scope}本周没有进行中的商机：已有文件“{file}”未被空表覆盖</source>
        <translation>{scope}: no open opportunities this week; the existing file “{file}” was not replaced by an empty sheet</translation>
    </message>
    <message>
        <source>风险描述不能为空</source>
        <translation>A risk needs a description</translation>
    </message>
    <message>
        <source>{what}只能是 高/中/低（收到：{value}）</source>
        <translation>{what} must be high, medium or low (got: {value})</translation>
    </message>
    <message>
        <source>关闭风险需要写明处理结果</source>
        <translation>Closing a risk needs a note on how it was handled</translation>
    </message>
    <message>
        <source>风险已关闭，不能再修改：{description}</source>
        <translation>The risk is closed and can no longer be edited: {description}</translation>
    </message>
    <message>
        <source>风险没有字段“{field}”（可用：{fields}）</source>
        <translation>A risk has no field “{field}” (available: {fields})</translation>
    </message>
    <message>
        <source>变更原因不能为空</source>
        <translation>A change request needs a reason</translation>
    </message>
    <message>
        <source>合同签订后才能登记变更：请先登记合同及签订日期</source>
        <translation>Changes can be requested only after the contract is signed: enter the contract and its signing date first</translation>
    </message>
    <message>
        <source>变更 #{number} 已有决定，不能再修改</source>
        <translation>Change #{number} has already been decided and can no longer be changed</translation>
    </message>
    <message>
        <source>变更 #{number} 尚未评估（费用、工期、风险），还不能决定</source>
        <translation>Change #{number} has not been assessed yet (cost, schedule, risk) and cannot be decided</translation>
    </message>
    <message>
        <source>决定只能是 批准 或 驳回（收到：{value}）</source>
        <translation>The decision must be approve or reject (got: {value})</translation>
    </message>
    <message>
        <source>批准变更 #{number} 后合同金额将小于零（现为 {amount} 元）</source>
        <translation>Approving change #{number} would take the contract amount below zero (now {amount} yuan)</translation>
    </message>
    <message>
        <source>合同尚无金额，不能批准有费用的变更 #{number}</source>
        <translation>The contract has no amount yet: change #{number}, which has a cost, cannot be approved</translation>
    </message>
    <message>
        <source>记为丢单需要说明原因（{reasons}之一，可再补充说明）</source>
        <translation>Closing as lost needs a reason (one of {reasons}, with more words if you like)</translation>
    </message>
    <message>
        <source>丢单原因“{reason}”不在列表中（可用：{reasons}）</source>
        <translation>The loss reason “{reason}” is not in the list (use: {reasons})</translation>
    </message>
    <message>
        <source>暂停需要说明原因</source>
        <translation>Putting on hold needs a reason</translation>
    </message>
    <message>
        <source>暂停需要一个重新评估的日期</source>
        <translation>Putting on hold needs a date to look again</translation>
    </message>
    <message>
        <source>重新打开需要说明原因</source>
        <translation>Reopening needs a reason</translation>
    </message>
    <message>
        <source>状态请用“结案/重新打开”（opp close、opp reopen）修改，以便记录原因</source>
        <translation>Change the status by closing or reopening (opp close, opp reopen), so the reason is recorded</translation>
    </message>
    <message>
        <source>请填写你的姓名（日志、历史记录和文档的署名用它）</source>
        <translation>Fill in your name (activities, history and documents are signed with it)</translation>
    </message>
    <message>
        <source>没有这项设置：{key}（可用：{keys}）</source>
        <translation>No such setting: {key} (available: {keys})</translation>
    </message>
    <message>
        <source>核销付款节点需要说明原因</source>
        <translation>Writing off a payment milestone needs a reason</translation>
    </message>
    <message>
        <source>这个商机本来就在进行中</source>
        <translation>This opportunity is already open</translation>
    </message>
    <message>
        <source>日程里没有这类事项：{value}</source>
        <translation>The agenda has no such kind of item: {value}</translation>
    </message>
    <message>
        <source>天数应为 0 到 366 之间的整数：{value}</source>
        <translation>The number of days must be a whole number from 0 to 366: {value}</translation>
    </message>
    <message>
        <source>暂停的商机到了重新评估的日子：打开它决定重新开启，或改期再看</source>
        <translation>An on-hold deal is due for a second look: open it to reopen it, or reschedule the look</translation>
    </message>
    <message>
        <source>改期需要一个日期</source>
        <translation>Rescheduling needs a date</translation>
    </message>
    <message>
        <source>这项日程已不在了（已完成、已删除或已改期）</source>
        <translation>This agenda item is gone (done, deleted or moved)</translation>
    </message>
    <message>
        <source>这个商机已结案（{status}）：如需改变，请先重新打开</source>
        <translation>This opportunity is closed ({status}): reopen it first to change that</translation>
    </message>
    <message>
        <source>没有找到招标要求（每行一条，或 Word 中带“条款/要求”列的表格）</source>
        <translation>No tender requirements found (one per line, or a Word table with a clause/requirement column)</translation>
    </message>
    <message>
        <source>应答只能是：{allowed}（收到：{value}）</source>
        <translation>The response must be one of: {allowed} (got: {value})</translation>
    </message>
    <message>
        <source>没有第 {clause} 条招标要求（可用 requirement list 查看）</source>
        <translation>There is no tender clause {clause} (see requirement list)</translation>
    </message>
    <message>
        <source>不是有效的 Word 文件（.docx）：{name}</source>
        <translation>Not a valid Word file (.docx): {name}</translation>
    </message>
    <message>
        <source>无法读取 Word 文件 {name}：{kind_of_error}</source>
        <translation>Cannot read the Word file {name}: {kind_of_error}</translation>
    </message>
    <message>
        <source>资料库文件过大：{name}</source>
        <translation>The library file is too large: {name}</translation>
    </message>
    <message>
        <source>资料库文件不是 UTF-8 文本：{name}</source>
        <translation>The library file is not UTF-8 text: {name}</translation>
    </message>
    <message>
        <source>资料库文件已损坏（第 {line} 行不是有效的 JSON）：{name}</source>
        <translation>The library file is damaged (line {line} is not valid JSON): {name}</translation>
    </message>
    <message>
        <source>不是 ProjDesk 资料库文件</source>
        <translation>Not a ProjDesk library file</translation>
    </message>
    <message>
        <source>资料库文件已损坏（版本号无效）</source>
        <translation>The library file is damaged (invalid version number)</translation>
    </message>
    <message>
        <source>资料库文件由更新版本的 ProjDesk 生成（v{version}），请先升级</source>
        <translation>The library file was made by a newer ProjDesk (v{version}); upgrade first</translation>
    </message>
    <message>
        <source>资料库文件有误：“{part}”{problem}</source>
        <translation>Library file error: “{part}” {problem}</translation>
    </message>
    <message>
        <source>资料库文件有误：{part}的“{library_field}”{problem}</source>
        <translation>Library file error: {part}, “{library_field}” {problem}</translation>
    </message>
    <message>
        <source>资料库文件有误：{part}第 {item} 项应为对象</source>
        <translation>Library file error: {part} item {item} should be an object</translation>
    </message>
    <message>
        <source>资料库文件有误：{part}第 {item} 项的“{library_field}”{problem}</source>
        <translation>Library file error: {part} item {item}, “{library_field}” {problem}</translation>
    </message>
    <message>
        <source>{part}的“{library_field}”{problem}</source>
        <translation>{part}: “{library_field}” {problem}</translation>
    </message>
    <message>
        <source>{part}中没有第 {item} 项（可能已被删除）</source>
        <translation>{part} has no item {item} (it may have been deleted)</translation>
    </message>
    <message>
        <source>资料库的{part}中没有“{name}”（可用：{known}）</source>
        <translation>The library&apos;s {part} has no “{name}” (available: {known})</translation>
    </message>
    <message>
        <source>生成{title}前还缺少以下资料（补齐后再生成；加 --allow-gaps 仍可生成，缺项标为【待填：…】）：</source>
        <translation>Before the {title} can be generated, this data is missing (fill it in first; with --allow-gaps it is generated anyway, each gap marked 【待填：…】):</translation>
    </message>
    <message>
        <source>公司信息</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>资质</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>案例</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>公司名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>证书编号</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>发证机构</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>简介</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>适用产品</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>证书</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>初步方案建议</source>
        <translation>Preliminary recommendations</translation>
    </message>
    <message>
        <source>投标总价</source>
        <translation>Bid total</translation>
    </message>
    <message>
        <source>投标总价（大写）</source>
        <translation>Bid total (in capitals)</translation>
    </message>
    <message>
        <source>技术类招标要求</source>
        <translation>Technical tender requirements</translation>
    </message>
    <message>
        <source>合同总价</source>
        <translation>Contract price</translation>
    </message>
    <message>
        <source>合同总价（大写）</source>
        <translation>Contract price (in capitals)</translation>
    </message>
    <message>
        <source>付款节点（合同与收款）</source>
        <translation>Payment milestones (contract and payments)</translation>
    </message>
    <message>
        <source>报价合计</source>
        <translation>Quote total</translation>
    </message>
    <message>
        <source>报价合计（大写）</source>
        <translation>Quote total (in capitals)</translation>
    </message>
    <message>
        <source>第{clause}条应答</source>
        <translation>Answer to clause {clause}</translation>
    </message>
    <message>
        <source>第{clause}条偏离情况</source>
        <translation>Deviation of clause {clause}</translation>
    </message>
    <message>
        <source>第 {number} 条修改意见的答复</source>
        <translation>Answer to suggestion {number}</translation>
    </message>
    <message>
        <source>步骤 {letter} {title} › 招标要求</source>
        <translation>Step {letter} {title} › Tender requirements</translation>
    </message>
    <message>
        <source>资料库 › 公司信息</source>
        <translation>Library › Company</translation>
    </message>
    <message>
        <source>资料库 › 资质</source>
        <translation>Library › Qualifications</translation>
    </message>
    <message>
        <source>资料库 › 案例</source>
        <translation>Library › Cases</translation>
    </message>
    <message>
        <source>资料库 › 项目团队</source>
        <translation>Library › Project team</translation>
    </message>
    <message>
        <source>资料库 › 售后服务承诺</source>
        <translation>Library › After-sales commitments</translation>
    </message>
    <message>
        <source>合同与付款</source>
        <translation>Contract and payments</translation>
    </message>
    <message>
        <source>过长（最多 {limit} 字，实有 {length} 字）</source>
        <translation>is too long (at most {limit} characters, has {length})</translation>
    </message>
    <message>
        <source>不能换行</source>
        <translation>cannot hold a line break</translation>
    </message>
    <message>
        <source>含有不允许的控制字符（U+{char}）</source>
        <translation>holds a control character that is not allowed (U+{char})</translation>
    </message>
    <message>
        <source>含有无效的字符（U+{char}）</source>
        <translation>holds an invalid character (U+{char})</translation>
    </message>
    <message>
        <source>不是允许的值（可用：{allowed}）</source>
        <translation>is not an allowed value (allowed: {allowed})</translation>
    </message>
    <message>
        <source>不是允许的值（可用：空）</source>
        <translation>is not an allowed value (only empty is allowed)</translation>
    </message>
    <message>
        <source>超出范围（应为 {low}–{high} 的整数）</source>
        <translation>is out of range (a whole number from {low} to {high})</translation>
    </message>
    <message>
        <source>应为 18 位数字或大写字母</source>
        <translation>must be 18 digits or capital letters</translation>
    </message>
    <message>
        <source>不能含有 / \ : * ? &quot; &lt; &gt; | 或控制字符，也不能是 . 或 ..</source>
        <translation>may not contain / \ : * ? &quot; &lt; &gt; | or control characters, nor be . or ..</translation>
    </message>
    <message>
        <source>应为 64 位小写十六进制数字（SHA-256）</source>
        <translation>must be 64 lower-case hexadecimal digits (SHA-256)</translation>
    </message>
    <message>
        <source>步骤字母无效</source>
        <translation>has an invalid step letter</translation>
    </message>
    <message>
        <source>步骤 {letter} 没有字段“{key}”</source>
        <translation>step {letter} has no field “{key}”</translation>
    </message>
    <message>
        <source>应为 是/否</source>
        <translation>must be yes or no</translation>
    </message>
    <message>
        <source>应为日期（YYYY-MM-DD）</source>
        <translation>must be a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>应为数字</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>金额超出范围（0–{max}）</source>
        <translation>is an amount out of range (0–{max})</translation>
    </message>
    <message>
        <source>应为文字</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>应为列表</source>
        <translation>should be a list</translation>
    </message>
    <message>
        <source>应为对象</source>
        <translation>should be an object</translation>
    </message>
    <message>
        <source>应为文字列表</source>
        <translation>should be a list of texts</translation>
    </message>
    <message>
        <source>为空</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>不是有效日期</source>
        <translation>is not a valid date</translation>
    </message>
    <message>
        <source>应为两位小数的金额文字，如 &quot;1200000.00&quot;</source>
        <translation>should be an amount as text with two decimals, e.g. &quot;1200000.00&quot;</translation>
    </message>
    <message>
        <source>应为四位年份（1949–2100）</source>
        <translation>should be a four-digit year (1949–2100)</translation>
    </message>
    <message>
        <source>（{value}）不是已知行业：{allowed}</source>
        <translation>({value}) is not a known industry: {allowed}</translation>
    </message>
    <message>
        <source>缺少</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>类型或格式错误</source>
        <translation>wrong type or format</translation>
    </message>
    <message>
        <source>资质“{name}”已于 {date} 过期，未列入投标文件（资料库 › 资质）</source>
        <translation>The qualification “{name}” expired on {date} and is left out of the bid (Library › Qualifications)</translation>
    </message>
    <message>
        <source>发送方的时钟比本机快 {duration}</source>
        <translation>The sender&apos;s clock is {duration} ahead of this computer&apos;s</translation>
    </message>
    <message>
        <source>发送方的时钟比本机快 {duration}：超过一天的修改会按本机时间重新记时，并列入冲突供核对</source>
        <translation>The sender&apos;s clock is {duration} ahead of this computer&apos;s: changes more than a day ahead are restamped with this computer&apos;s time and listed as conflicts to check</translation>
    </message>
    <message>
        <source>{days} 天 {hours} 小时</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <source>{days} 天</source>
        <translation>{days} d</translation>
    </message>
    <message>
        <source>{hours} 小时 {minutes} 分钟</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{hours} 小时</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{minutes} 分钟</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>方案</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>投标</source>
        <translation>Bid</translation>
    </message>
    <message>
        <source>待评审</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不通过</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>每日</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <source>损坏的原文件</source>
        <translation>Damaged original</translation>
    </message>
    <message>
        <source>低</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>中</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>高</source>
        <translation>High</translation>
    </message>
    <message>
        <source>未关闭</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>已申请</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>已评估</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>重新评估</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>回款</source>
        <translation>Payment due</translation>
    </message>
    <message>
        <source>风险应对</source>
        <translation>Risk response</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>明天</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>下周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>以后</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>昨天</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>{month}月{day}日</source>
        <translation>{mon} {day}</translation>
    </message>
    <message>
        <source>{year}年{month}月{day}日</source>
        <translation>{mon} {day}, {year}</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>万</source>
        <translation>wan</translation>
    </message>
    <message>
        <source>亿</source>
        <translation>yi</translation>
    </message>
    <message>
        <source>检查 {table}</source>
        <translation>Checking: {table}</translation>
    </message>
    <message>
        <source>合并 {table}</source>
        <translation>Merging: {table}</translation>
    </message>
    <message>
        <source>写入 {table}</source>
        <translation>Writing: {table}</translation>
    </message>
    <message>
        <source>导出 {table}</source>
        <translation>Exporting: {table}</translation>
    </message>
    <message>
        <source>写入文件</source>
        <translation>Writing the file</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>步骤 {letter} {title}</source>
        <translation>Step {letter} {title}</translation>
    </message>
    <message>
        <source>{table}：{text}</source>
        <translation>{table}: {text}</translation>
    </message>
    <message>
        <source>变更原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>影响</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>金额变动（元）</source>
        <translation>Amount change (yuan)</translation>
    </message>
    <message>
        <source>工期（天）</source>
        <translation>Schedule (days)</translation>
    </message>
    <message>
        <source>风险评估</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>决定人</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>尚无合同金额</source>
        <translation>No contract amount yet</translation>
    </message>
    <message>
        <source>合同金额 %s</source>
        <translation>Contract amount %s</translation>
    </message>
    <message>
        <source>合同原金额 %s，经批准的变更后为 %s</source>
        <translation>Contract amount %s as signed, %s after the approved changes</translation>
    </message>
    <message>
        <source>变更申请（合同签订后）</source>
        <translation>Change request (after the contract is signed)</translation>
    </message>
    <message>
        <source>变更原因，如：客户要求增加堆场接口</source>
        <translation>Reason, e.g. the customer asks for an interface to the yard system</translation>
    </message>
    <message>
        <source>影响（范围、工期、费用）</source>
        <translation>Impact (scope, schedule, cost)</translation>
    </message>
    <message>
        <source>登记变更</source>
        <translation>Request change</translation>
    </message>
    <message>
        <source>评估所选变更</source>
        <translation>Assess the selected change</translation>
    </message>
    <message>
        <source>合同金额变动（元；减少写 -5000）</source>
        <translation>Contract amount change (yuan; a decrease as -5000)</translation>
    </message>
    <message>
        <source>工期影响（天）</source>
        <translation>Schedule impact (days)</translation>
    </message>
    <message>
        <source>保存评估</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <source>决定所选变更</source>
        <translation>Decide the selected change</translation>
    </message>
    <message>
        <source>决定人（空=本机用户）</source>
        <translation>Decided by (empty = this user)</translation>
    </message>
    <message>
        <source>决定说明</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>请先在表中选中一项变更</source>
        <translation>Select a change in the table first</translation>
    </message>
    <message>
        <source>正在登记变更…</source>
        <translation>Requesting the change…</translation>
    </message>
    <message>
        <source>已登记变更</source>
        <translation>Change requested</translation>
    </message>
    <message>
        <source>正在保存评估…</source>
        <translation>Saving the assessment…</translation>
    </message>
    <message>
        <source>变更 #%d 已评估</source>
        <translation>Change #%d assessed</translation>
    </message>
    <message>
        <source>批准变更 #%d 后，合同金额由 %s 变为 %s。确定批准？</source>
        <translation>Approving change #%d takes the contract amount from %s to %s. Approve it?</translation>
    </message>
    <message>
        <source>批准变更</source>
        <translation>Approve change</translation>
    </message>
    <message>
        <source>变更 #%d 已批准</source>
        <translation>Change #%d approved</translation>
    </message>
    <message>
        <source>变更 #%d 已驳回</source>
        <translation>Change #%d rejected</translation>
    </message>
    <message>
        <source>正在保存决定…</source>
        <translation>Saving the decision…</translation>
    </message>
    <message>
        <source>商机已保存</source>
        <translation>Opportunity saved</translation>
    </message>
    <message>
        <source>商机已删除（Ctrl+Z 撤销）</source>
        <translation>Opportunity deleted (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>已恢复删除的商机</source>
        <translation>The deleted opportunity is back</translation>
    </message>
    <message>
        <source>如 56000 或 5.6万</source>
        <translation>e.g. 56000 or 5.6万</translation>
    </message>
    <message>
        <source>报价日期</source>
        <translation>Quote date</translation>
    </message>
    <message>
        <source>本轮说明</source>
        <translation>Round note</translation>
    </message>
    <message>
        <source>说明（如：已发客户、客户意见）</source>
        <translation>Note (e.g. sent to the customer, the customer&apos;s comments)</translation>
    </message>
    <message>
        <source>修改报价行</source>
        <translation>Edit quote line</translation>
    </message>
    <message>
        <source>修改这一轮报价</source>
        <translation>Edit quote round</translation>
    </message>
    <message>
        <source>修改付款节点</source>
        <translation>Edit payment milestone</translation>
    </message>
    <message>
        <source>修改评审</source>
        <translation>Edit review</translation>
    </message>
    <message>
        <source>修改文档说明</source>
        <translation>Edit the document&apos;s note</translation>
    </message>
    <message>
        <source>删除报价行“%s”？</source>
        <translation>Delete the quote line “%s”?</translation>
    </message>
    <message>
        <source>删除%s及其各行？</source>
        <translation>Delete %s with its lines?</translation>
    </message>
    <message>
        <source>删除付款节点“%s”？</source>
        <translation>Delete the payment milestone “%s”?</translation>
    </message>
    <message>
        <source>删除这次评审（%s）？</source>
        <translation>Delete this review (%s)?</translation>
    </message>
    <message>
        <source>删除合同%s？付款节点保留。</source>
        <translation>Delete the contract%s? Its payment milestones stay.</translation>
    </message>
    <message>
        <source>从文档列表删除“%s”？文件本身不删除。</source>
        <translation>Remove “%s” from the documents list? The file itself is kept.</translation>
    </message>
    <message>
        <source>给这一轮加一行</source>
        <translation>Add a line to this round</translation>
    </message>
    <message>
        <source>（可按 Ctrl+Z 撤销）</source>
        <translation> (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>已删除（Ctrl+Z 撤销）</source>
        <translation>Deleted (Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>第 %d 轮报价</source>
        <translation>quote round %d</translation>
    </message>
    <message>
        <source>等级</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>风险</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>可能性</source>
        <translation>Probability</translation>
    </message>
    <message>
        <source>应对措施</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>处理结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>风险（仅内部使用，不会出现在给客户的文档中）</source>
        <translation>Risk (internal only: never printed in a document for the customer)</translation>
    </message>
    <message>
        <source>风险描述，如：竞争对手与客户领导关系较深</source>
        <translation>Description, e.g. a competitor is close to the customer’s management</translation>
    </message>
    <message>
        <source>责任人（空=商机负责人）</source>
        <translation>Owner (empty = the opportunity’s owner)</translation>
    </message>
    <message>
        <source>期限，如 12-05、下周五</source>
        <translation>Due, e.g. 12-05 or “下周五” (next Friday)</translation>
    </message>
    <message>
        <source>添加风险</source>
        <translation>Add risk</translation>
    </message>
    <message>
        <source>保存所选风险</source>
        <translation>Save the selected risk</translation>
    </message>
    <message>
        <source>处理结果（关闭时必填）</source>
        <translation>Outcome (needed to close)</translation>
    </message>
    <message>
        <source>关闭所选风险</source>
        <translation>Close the selected risk</translation>
    </message>
    <message>
        <source>未关闭 %d 条，其中高风险 %d 条</source>
        <translation>%d open, %d of them high</translation>
    </message>
    <message>
        <source>正在登记风险…</source>
        <translation>Adding the risk…</translation>
    </message>
    <message>
        <source>已添加风险</source>
        <translation>Risk added</translation>
    </message>
    <message>
        <source>请先在表中选中一条风险</source>
        <translation>Select a risk in the table first</translation>
    </message>
    <message>
        <source>正在保存风险…</source>
        <translation>Saving the risk…</translation>
    </message>
    <message>
        <source>风险已保存</source>
        <translation>Risk saved</translation>
    </message>
    <message>
        <source>正在关闭风险…</source>
        <translation>Closing the risk…</translation>
    </message>
    <message>
        <source>风险已关闭</source>
        <translation>Risk closed</translation>
    </message>
    <message>
        <source>生成前检查：%s</source>
        <translation>Before generating: %s</translation>
    </message>
    <message>
        <source>%s还缺少以下 %d 项资料。双击一项前往填写；仍然生成时，缺项处标为“【待填：…】”。</source>
        <translation>The %s still lacks the %d items below. Double-click one to go and fill it in; if you generate anyway, each gap is marked (【待填：…】).</translation>
    </message>
    <message>
        <source>仍然生成</source>
        <translation>Generate anyway</translation>
    </message>
    <message>
        <source>从招标文件导入…</source>
        <translation>Import from the tender…</translation>
    </message>
    <message>
        <source>导入“招标要求”栏的各行</source>
        <translation>Import the lines of “Tender requirements”</translation>
    </message>
    <message>
        <source>（未答复）</source>
        <translation>(not answered)</translation>
    </message>
    <message>
        <source>招标要求 %d 条，未答复 %d 条（其中 ★ %d 条：答复前不能完成步骤 S）</source>
        <translation>%d tender requirements, %d not answered (%d of them ★: step S cannot be completed until they are)</translation>
    </message>
    <message>
        <source>尚无招标要求：从招标文件的表格导入，或把“招标要求”栏的各行导入为逐条记录。</source>
        <translation>No tender requirements yet: import them from the tables of the tender, or import the lines of “Tender requirements” as records.</translation>
    </message>
    <message>
        <source>保存应答</source>
        <translation>Saving the response</translation>
    </message>
    <message>
        <source>导入招标要求</source>
        <translation>Importing the tender requirements</translation>
    </message>
    <message>
        <source>选择招标文件</source>
        <translation>Choose the tender document</translation>
    </message>
    <message>
        <source>Word 文件 (*.docx)</source>
        <translation>Word files (*.docx)</translation>
    </message>
    <message>
        <source>放弃填写的内容</source>
        <translation>Discard what you typed</translation>
    </message>
    <message>
        <source>刚才填写的内容还没有保存，确定放弃吗？</source>
        <translation>What you typed has not been saved. Discard it?</translation>
    </message>
    <message>
        <source>正在生成演示数据…</source>
        <translation>Creating the demo data…</translation>
    </message>
    <message>
        <source>欢迎，%1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>今天和逾期的日程共 %d 项（其中逾期 %d 项）。</source>
        <translation>%d agenda items due today or overdue (%d of them overdue). </translation>
    </message>
    <message>
        <source>最早的：%s · %s</source>
        <translation>Earliest: %s · %s</translation>
    </message>
    <message>
        <source>ProjDesk 日程</source>
        <translation>ProjDesk agenda</translation>
    </message>
    <message>
        <source>记下今天已提醒</source>
        <translation>Remember today&apos;s notice</translation>
    </message>
    <message>
        <source>预计签约月份</source>
        <translation>Expected signing month</translation>
    </message>
    <message>
        <source>商机数</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>加权金额</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>进行中商机的预计签单额 × 赢单概率（商机自己填的，未填则用阶段默认值）；赢单、丢单、暂停的不计入</source>
        <translation>Open deals&apos; expected amount × win probability (the deal&apos;s own, else its stage&apos;s default); won, lost and on-hold deals are not counted</translation>
    </message>
    <message>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>预计签约月份已过，请更新预计签约日期</source>
        <translation>The expected signing month has passed: update the expected sign date</translation>
    </message>
    <message>
        <source>加权预测：预计签单额 %s，加权 %s</source>
        <translation>Weighted forecast: expected %s, weighted %s</translation>
    </message>
    <message>
        <source>（另有 %d 个商机未填金额）</source>
        <translation> (%d more deals have no amount)</translation>
    </message>
    <message>
        <source>最近更新在前</source>
        <translation>Most recently updated first</translation>
    </message>
    <message>
        <source>按下一步日期</source>
        <translation>By next-step date</translation>
    </message>
    <message>
        <source>按金额（大的在前）</source>
        <translation>By amount (largest first)</translation>
    </message>
    <message>
        <source>按停留天数（久的在前）</source>
        <translation>By days in stage (longest first)</translation>
    </message>
    <message>
        <source>产品与服务章节</source>
        <translation>Product and service chapters</translation>
    </message>
    <message>
        <source>类似项目业绩</source>
        <translation>Similar projects</translation>
    </message>
    <message>
        <source>资格证明文件</source>
        <translation>Qualification documents</translation>
    </message>
    <message>
        <source>项目团队</source>
        <translation>Project team</translation>
    </message>
    <message>
        <source>文档组装：%s</source>
        <translation>Assemble the document: %s</translation>
    </message>
    <message>
        <source>勾选%s要用的资料库内容，拖动或用“上移/下移”排列顺序；已按商机的产品和客户行业预先选好。</source>
        <translation>Check the library content the %s should use and order it by dragging or with Up/Down; it is preselected by the opportunity&apos;s products and the customer&apos;s industry.</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>生成</source>
        <translation>Generate</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>恢复所选</source>
        <translation>Restore selected</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>备份保存在数据库旁的 backups 文件夹：%s</source>
        <translation>Backups are kept in the backups folder beside the database: %s</translation>
    </message>
    <message>
        <source>还没有备份</source>
        <translation>No backups yet</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份：%s</source>
        <translation>Backed up: %s</translation>
    </message>
    <message>
        <source>用 %1 的备份（%2）替换当前数据库？
当前数据库会先备份。恢复后 ProjDesk 会关闭，请重新打开。</source>
        <translation>Replace the current database with the backup of %1 (%2)?
The current database is backed up first. ProjDesk closes after the restore; please open it again.</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>已恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>已恢复备份。恢复前的数据库已保存到 backups 文件夹。
ProjDesk 现在关闭，请重新打开。</source>
        <translation>The backup is restored. The database as it was is saved in the backups folder.
ProjDesk closes now; please open it again.</translation>
    </message>
    <message>
        <source>操作失败：%s</source>
        <translation>Failed: %s</translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>%s
没有可用的完好备份。</source>
        <translation>%s
There is no good backup to restore.</translation>
    </message>
    <message>
        <source>%1

最新的完好备份：%2（%3）。
要用它恢复吗？损坏的文件会先保存到 backups 文件夹。</source>
        <translation>%1

Newest good backup: %2 (%3).
Restore it? The damaged file is first saved in the backups folder.</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>BoardWidget</name>
    <message>
        <source>看板 %1 / %2 个商机</source>
        <translation>Board: %1 / %2 opportunities</translation>
    </message>
    <message>
        <source>正在载入商机，请稍候</source>
        <translation>Loading opportunities, please wait</translation>
    </message>
    <message>
        <source>正在载入商机，载入后立即打开</source>
        <translation>Loading the opportunities; it opens as soon as they are loaded</translation>
    </message>
    <message>
        <source>没有匹配“%1”的商机</source>
        <translation>No opportunity matches “%1”</translation>
    </message>
    <message>
        <source>没有匹配当前筛选条件的商机</source>
        <translation>No opportunity matches the current filters</translation>
    </message>
    <message>
        <source>保存当前筛选…</source>
        <translation>Save the current filter…</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>保存筛选</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>给当前的筛选条件起个名字：</source>
        <translation>A name for the current filter:</translation>
    </message>
    <message>
        <source>已保存筛选“%1”</source>
        <translation>Saved the filter “%1”</translation>
    </message>
    <message>
        <source>正在移动商机…</source>
        <translation>Moving the opportunity…</translation>
    </message>
    <message>
        <source>已撤销移动：“%1”回到“%2”</source>
        <translation>Move undone: “%1” is back in “%2”</translation>
    </message>
    <message>
        <source>正在撤销移动…</source>
        <translation>Undoing the move…</translation>
    </message>
    <message>
        <source>已重做移动：“%1”进入“%2”</source>
        <translation>Move redone: “%1” entered “%2”</translation>
    </message>
    <message>
        <source>正在重做移动…</source>
        <translation>Redoing the move…</translation>
    </message>
    <message>
        <source>“%1”：%2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>“%1”已进入“%2”</source>
        <translation>“%1” moved to “%2”</translation>
    </message>
    <message>
        <source>；未满足的门槛：</source>
        <translation>; stage gate not met: </translation>
    </message>
    <message>
        <source>退回阶段</source>
        <translation>Move back</translation>
    </message>
    <message>
        <source>把“%1”退回到“%2”的原因：</source>
        <translation>Why move “%1” back to “%2”?</translation>
    </message>
    <message>
        <source>已取消，商机留在原阶段</source>
        <translation>Cancelled; the opportunity stays in its stage</translation>
    </message>
    <message>
        <source>不能移动</source>
        <translation>Cannot move</translation>
    </message>
    <message>
        <source>填写有误</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>请输入：客户 项目 [金额]</source>
        <translation>Enter: customer project [amount]</translation>
    </message>
    <message>
        <source>正在新建商机…</source>
        <translation>Creating the opportunity…</translation>
    </message>
    <message>
        <source>已新建；当前的筛选条件下看不到它</source>
        <translation>Created; the current filters hide it</translation>
    </message>
    <message>
        <source>已新建商机</source>
        <translation>Opportunity created</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>金额未定</source>
        <translation>No amount</translation>
    </message>
    <message>
        <source>未定下一步</source>
        <translation>No next step</translation>
    </message>
    <message>
        <source>%1天</source>
        <translation>%1d</translation>
    </message>
</context>
<context>
    <name>CardDensity</name>
    <message>
        <source>紧凑卡片</source>
        <translation>Compact cards</translation>
    </message>
    <message>
        <source>紧凑：每张卡片四行，一屏看到更多商机；舒适：五行，带本阶段的步骤进度</source>
        <translation>Compact: four lines per card, more deals on a screen; comfortable: five lines, with the stage&apos;s step progress</translation>
    </message>
</context>
<context>
    <name>ColumnHeader</name>
    <message>
        <source>在“%1”新建商机</source>
        <translation>New opportunity in “%1”</translation>
    </message>
    <message>
        <source>逾期或停滞：%1 / %2</source>
        <translation>Overdue or idle: %1 / %2</translation>
    </message>
    <message>
        <source>排序：%1</source>
        <translation>Sorted: %1</translation>
    </message>
    <message>
        <source>右键点表头可排序</source>
        <translation>Right-click the header to sort</translation>
    </message>
</context>
<context>
    <name>ColumnWidget</name>
    <message>
        <source>%1 个 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>预计签单额合计 %1</source>
        <translation>Expected total: %1</translation>
    </message>
    <message>
        <source>客户 项目 [金额]，回车新建</source>
        <translation>Customer project [amount], Enter to add</translation>
    </message>
    <message>
        <source>获取信息</source>
        <translation>Gather info</translation>
    </message>
    <message>
        <source>交流公关</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>申请立项</source>
        <translation>Initiation</translation>
    </message>
    <message>
        <source>调研咨询</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>方案准备</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>产品演示</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>制定价格</source>
        <translation>Pricing</translation>
    </message>
    <message>
        <source>方案投标</source>
        <translation>Bid</translation>
    </message>
    <message>
        <source>签定合同</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>项目移交</source>
        <translation>Handover</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>详细信息已写入日志：%1</source>
        <translation>The details were written to the log: %1</translation>
    </message>
    <message>
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>继续工作</source>
        <translation>Go on working</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>导出快照</source>
        <translation>Export snapshot</translation>
    </message>
    <message>
        <source>全部数据</source>
        <translation>All data</translation>
    </message>
    <message>
        <source>我负责的商机</source>
        <translation>My opportunities</translation>
    </message>
    <message>
        <source>指定的商机（ID，逗号分隔）</source>
        <translation>Selected opportunities (IDs, comma-separated)</translation>
    </message>
    <message>
        <source>自某日起的改动</source>
        <translation>Changes since a date</translation>
    </message>
    <message>
        <source>用口令加密</source>
        <translation>Encrypt with a passphrase</translation>
    </message>
    <message>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>口令至少 6 个字符</source>
        <translation>The passphrase needs at least 6 characters</translation>
    </message>
    <message>
        <source>两次输入的口令不一致</source>
        <translation>The passphrases do not match</translation>
    </message>
    <message>
        <source>请填写要导出的商机 ID</source>
        <translation>Enter the IDs of the opportunities to export</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>全部负责人</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>全部行业</source>
        <translation>All industries</translation>
    </message>
    <message>
        <source>全部地区</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>只看重点客户</source>
        <translation>Key accounts only</translation>
    </message>
    <message>
        <source>只看逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>同时显示：</source>
        <translation>Also show:</translation>
    </message>
    <message>
        <source>筛选方案</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>保存当前的搜索和筛选条件，或套用保存过的</source>
        <translation>Save the current search and filters, or apply a saved one</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>搜索客户、项目、联系人</source>
        <translation>Search customers, projects, contacts</translation>
    </message>
    <message>
        <source>数据库：%s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <source>ProjDesk 项目运作助手 %1
按公司的项目运作方法跟进售前商机。

图标：Lucide（ISC 许可证）。</source>
        <translation>ProjDesk %1
Presales opportunities through the company&apos;s method.

Icons: Lucide (ISC licence).</translation>
    </message>
    <message>
        <source>关于 ProjDesk</source>
        <translation>About ProjDesk</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>ProjDesk 项目运作助手</source>
        <translation>ProjDesk presales assistant</translation>
    </message>
    <message>
        <source>看板</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>日志</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <source>日程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>商机(&amp;O)</source>
        <translation>&amp;Opportunity</translation>
    </message>
    <message>
        <source>文档(&amp;D)</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>报表(&amp;R)</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>同步(&amp;S)</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>新建商机</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>在第一阶段新建一个商机</source>
        <translation>Create an opportunity in stage 1</translation>
    </message>
    <message>
        <source>打开商机</source>
        <translation>Open opportunity</translation>
    </message>
    <message>
        <source>打开看板上选中的商机</source>
        <translation>Open the opportunity selected on the board</translation>
    </message>
    <message>
        <source>编辑商机…</source>
        <translation>Edit opportunity…</translation>
    </message>
    <message>
        <source>修改当前商机的客户、名称、金额、日期和下一步</source>
        <translation>Change the current opportunity&apos;s customer, name, amount, dates and next step</translation>
    </message>
    <message>
        <source>结案（赢单/丢单）…</source>
        <translation>Close as won or lost…</translation>
    </message>
    <message>
        <source>把当前商机结案为赢单或丢单</source>
        <translation>Close the current opportunity as won or lost</translation>
    </message>
    <message>
        <source>删除商机…</source>
        <translation>Delete opportunity…</translation>
    </message>
    <message>
        <source>删除当前商机（可用 Ctrl+Z 撤销）</source>
        <translation>Delete the current opportunity (Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <source>为当前商机记录一次拜访、电话或会议</source>
        <translation>Log a visit, call or meeting for the current opportunity</translation>
    </message>
    <message>
        <source>关闭商机</source>
        <translation>Close opportunity</translation>
    </message>
    <message>
        <source>关闭打开的商机，回到看板</source>
        <translation>Close the open opportunity and go back to the board</translation>
    </message>
    <message>
        <source>合并同事导出的快照文件</source>
        <translation>Merge a snapshot file a colleague exported</translation>
    </message>
    <message>
        <source>把本机的数据导出为快照文件</source>
        <translation>Export this computer&apos;s data as a snapshot file</translation>
    </message>
    <message>
        <source>打开本周的周报</source>
        <translation>Open this week&apos;s report</translation>
    </message>
    <message>
        <source>导出周报…</source>
        <translation>Export weekly report…</translation>
    </message>
    <message>
        <source>把周报导出为 Excel 文件</source>
        <translation>Export the weekly report as an Excel file</translation>
    </message>
    <message>
        <source>从表格导入商机…</source>
        <translation>Import opportunities from a sheet…</translation>
    </message>
    <message>
        <source>从周报格式的 Excel 表导入商机</source>
        <translation>Import opportunities from an Excel sheet in the weekly report&apos;s columns</translation>
    </message>
    <message>
        <source>今天该做和已逾期的下一步、应收款、停滞的商机</source>
        <translation>Next steps due today or overdue, payments due, idle opportunities</translation>
    </message>
    <message>
        <source>撤销对打开的商机的上一次修改</source>
        <translation>Undo the last change to the open opportunity</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>重做刚撤销的修改</source>
        <translation>Redo the change just undone</translation>
    </message>
    <message>
        <source>姓名、公司、模板、停滞天数和资料库</source>
        <translation>Name, company, templates, idle days and the library</translation>
    </message>
    <message>
        <source>备份与恢复…</source>
        <translation>Backup and restore…</translation>
    </message>
    <message>
        <source>查看数据库的备份，或从备份恢复</source>
        <translation>See the database&apos;s backups, or restore one</translation>
    </message>
    <message>
        <source>导入资料库…</source>
        <translation>Import library…</translation>
    </message>
    <message>
        <source>从资料库文件读入公司资质、案例和团队</source>
        <translation>Read the company&apos;s qualifications, cases and team from a library file</translation>
    </message>
    <message>
        <source>导出资料库…</source>
        <translation>Export library…</translation>
    </message>
    <message>
        <source>把资料库导出为文件，交给同事</source>
        <translation>Export the library as a file to hand to a colleague</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>关闭 ProjDesk</source>
        <translation>Close ProjDesk</translation>
    </message>
    <message>
        <source>批量生成文档…</source>
        <translation>Generate documents…</translation>
    </message>
    <message>
        <source>为看板上选中的商机生成立项申请表、调研报告、投标书等文档</source>
        <translation>Generate initiation forms, research reports, bids and more for the opportunities selected on the board</translation>
    </message>
    <message>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>列出每个操作和它的快捷键</source>
        <translation>List every action and its key</translation>
    </message>
    <message>
        <source>记录日志</source>
        <translation>Log activity</translation>
    </message>
    <message>
        <source>导入快照</source>
        <translation>Import snapshot</translation>
    </message>
    <message>
        <source>导出快照</source>
        <translation>Export snapshot</translation>
    </message>
    <message>
        <source>周报</source>
        <translation>Weekly report</translation>
    </message>
    <message>
        <source>提醒</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>MoveHistory</name>
    <message>
        <source>撤销移动</source>
        <translation>Undo move</translation>
    </message>
    <message>
        <source>重做移动</source>
        <translation>Redo move</translation>
    </message>
    <message>
        <source>撤销看板上的上一次移动</source>
        <translation>Undo the last move on the board</translation>
    </message>
    <message>
        <source>重做刚撤销的移动</source>
        <translation>Redo the move just undone</translation>
    </message>
</context>
<context>
    <name>MovePromptDialog</name>
    <message>
        <source>推进到“%1”</source>
        <translation>Advance to “%1”</translation>
    </message>
    <message>
        <source>“%1”还不能进入“%2”，以下条件未满足：</source>
        <translation>“%1” cannot enter “%2” yet. Stage gate not met:</translation>
    </message>
    <message>
        <source>在这里补上</source>
        <translation>Fill in here</translation>
    </message>
    <message>
        <source>例如 120万 或 1200000</source>
        <translation>e.g. 120万 or 1200000</translation>
    </message>
    <message>
        <source>客户预算</source>
        <translation>Customer budget</translation>
    </message>
    <message>
        <source>金额写法：120万、1200000 或 1,200,000.50</source>
        <translation>Write amounts like 1200000, 1,200,000.50 or 120万</translation>
    </message>
    <message>
        <source>项目主管</source>
        <translation>Project lead</translation>
    </message>
    <message>
        <source>项目主管已取得营销中心认证</source>
        <translation>Project lead certified by the marketing centre</translation>
    </message>
    <message>
        <source>保存并推进</source>
        <translation>Save and advance</translation>
    </message>
    <message>
        <source>或者越过门槛（会记入历史）</source>
        <translation>Or override the stage gate (recorded in history)</translation>
    </message>
    <message>
        <source>必须说明理由</source>
        <translation>A reason is required</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>越过门槛推进</source>
        <translation>Override and advance</translation>
    </message>
</context>
<context>
    <name>NewOpportunityDialog</name>
    <message>
        <source>新建商机</source>
        <translation>New opportunity</translation>
    </message>
    <message>
        <source>客户全称</source>
        <translation>Customer&apos;s full name</translation>
    </message>
    <message>
        <source>例如 智慧校园一期</source>
        <translation>e.g. Smart campus phase 1</translation>
    </message>
    <message>
        <source>例如 120万 或 1200000</source>
        <translation>e.g. 120万 or 1200000</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>预计签单额</source>
        <translation>Expected amount</translation>
    </message>
    <message>
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>可空着；如 2027-03-31、3/31、+90</source>
        <translation>Optional, e.g. 2027-03-31, 3/31, +90</translation>
    </message>
    <message>
        <source>预计签约日期</source>
        <translation>Expected signing</translation>
    </message>
    <message>
        <source>正在新建商机…</source>
        <translation>Creating the opportunity…</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>导入快照</source>
        <translation>Import snapshot</translation>
    </message>
    <message>
        <source>来自：%s（设备 %s）</source>
        <translation>From: %s (device %s)</translation>
    </message>
    <message>
        <source>导出时间：%s</source>
        <translation>Exported: %s</translation>
    </message>
    <message>
        <source>内容：</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <source>附件的文件：%d 个随快照传送，%d 个超出发送方的大小上限，只有说明</source>
        <translation>Attachment files: %d travel with the snapshot, %d are over the sender&apos;s size limits (description only)</translation>
    </message>
    <message>
        <source>此快照已加密，口令：</source>
        <translation>This snapshot is encrypted. Passphrase:</translation>
    </message>
    <message>
        <source>导入前会自动备份数据库；同一字段的并发修改会列入冲突，供您复核。</source>
        <translation>The database is backed up before the import; concurrent edits of the same field are listed as conflicts for you to review.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>%1（%2月%3日—%4月%5日）</source>
        <translation>%1 (%2/%3 – %4/%5)</translation>
    </message>
    <message>
        <source> 本周</source>
        <translation> this week</translation>
    </message>
    <message>
        <source>我的商机</source>
        <translation>My opportunities</translation>
    </message>
    <message>
        <source>全部商机</source>
        <translation>All opportunities</translation>
    </message>
    <message>
        <source>含阶段 1–2</source>
        <translation>Include stages 1–2</translation>
    </message>
    <message>
        <source>导出周进度总结表…</source>
        <translation>Export weekly summary…</translation>
    </message>
    <message>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <source>周：</source>
        <translation>Week:</translation>
    </message>
    <message>
        <source>范围：</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>“%1”名下还没有进行中的商机，这里显示全部商机（姓名在 设置 中填写）。</source>
        <translation>“%1” owns no open opportunity yet, so everyone&apos;s are shown (set your name in Settings). </translation>
    </message>
    <message>
        <source>进行中商机 %1 个，预计签单额 %2，重点客户 %3 个，下一步逾期 %4 个，暂停 %9 个；本周新增商机 %5，阶段变化 %6，拜访 %7，新增日志 %8</source>
        <translation>%1 open opportunities, expected %2, %3 key accounts, %4 overdue next steps, %9 on hold; this week: %5 new opportunities, %6 stage changes, %7 visits, %8 new log entries</translation>
    </message>
    <message>
        <source>导出周进度总结表</source>
        <translation>Export weekly summary</translation>
    </message>
    <message>
        <source>正在导出周进度总结表…</source>
        <translation>Exporting the weekly summary…</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>已取消，未写入任何文件。</source>
        <translation>Cancelled; no file was written.</translation>
    </message>
    <message>
        <source>操作未完成：发生了意外错误，详情已写入日志。</source>
        <translation>Not done: an unexpected error occurred; the details are in the log.</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <source>从 Excel 导入商机</source>
        <translation>Import opportunities from Excel</translation>
    </message>
    <message>
        <source>正在检查表格…</source>
        <translation>Checking the sheet…</translation>
    </message>
    <message>
        <source>从 Excel 导入</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>现在导入吗？</source>
        <translation>Import now?</translation>
    </message>
    <message>
        <source>未导入。</source>
        <translation>Not imported.</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>操作未完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>快捷键一览</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>快捷键</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>这个数据库已在另一个 ProjDesk 窗口中打开（进程 %s）：%s。请切换到那个窗口；命令行仍可同时使用</source>
        <translation>This database is already open in another ProjDesk window (process %s): %s. Switch to that window; the command line can still be used alongside it</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>StepPane</name>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>正在保存步骤…</source>
        <translation>Saving the step…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>导入快照…</source>
        <translation>Import snapshot…</translation>
    </message>
    <message>
        <source>导出快照…</source>
        <translation>Export snapshot…</translation>
    </message>
    <message>
        <source>可把同事的 .pdsnap 快照文件拖到窗口上导入。</source>
        <translation>Drop a colleague&apos;s .pdsnap snapshot on the window to import it.</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>我的</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>对方的</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>对方</source>
        <translation>Colleague</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>保留我的</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>采用对方的</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>编辑…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>冲突</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>商机</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>ProjDesk 快照 (*.pdsnap)</source>
        <translation>ProjDesk snapshots (*.pdsnap)</translation>
    </message>
    <message>
        <source>日志</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>报价</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>合同</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>变更记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>把同组其他客户并入所选客户</source>
        <translation>Merge the group&apos;s other customers into the selected one</translation>
    </message>
    <message>
        <source>重复客户</source>
        <translation>Duplicate customers</translation>
    </message>
    <message>
        <source>方向</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>导入导出记录</source>
        <translation>Import and export history</translation>
    </message>
    <message>
        <source>冲突 (%d)</source>
        <translation>Conflicts (%d)</translation>
    </message>
    <message>
        <source>统一社会信用代码相同</source>
        <translation>Same credit code</translation>
    </message>
    <message>
        <source>名称相同</source>
        <translation>Same name</translation>
    </message>
    <message>
        <source>重复客户 (%d)</source>
        <translation>Duplicate customers (%d)</translation>
    </message>
    <message>
        <source>新增 %d，更新 %d，冲突 %d</source>
        <translation>%d new, %d updated, %d conflicts</translation>
    </message>
    <message>
        <source>商机 %d</source>
        <translation>%d opportunities</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>上次导入 %s（%s）</source>
        <translation>Last import %s (%s)</translation>
    </message>
    <message>
        <source>上次导出 %s</source>
        <translation>Last export %s</translation>
    </message>
    <message>
        <source>待处理冲突 %d</source>
        <translation>Open conflicts: %d</translation>
    </message>
    <message>
        <source>选择快照文件</source>
        <translation>Choose a snapshot file</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <source>正在导入快照…</source>
        <translation>Importing snapshot…</translation>
    </message>
    <message>
        <source>已导入 %s 的快照：新增 %d，更新 %d，未变 %d，冲突 %d</source>
        <translation>Imported %s&apos;s snapshot: %d new, %d updated, %d unchanged, %d conflicts</translation>
    </message>
    <message>
        <source>，恢复被删除的记录 %d</source>
        <translation>, %d deleted records restored</translation>
    </message>
    <message>
        <source>，发送方时钟超前，%d 处修改已按本机时间重新记时</source>
        <translation>, the sender&apos;s clock runs ahead: %d changes were restamped with this computer&apos;s time</translation>
    </message>
    <message>
        <source>。发现 %d 组疑似重复的客户，请在“重复客户”中处理</source>
        <translation>. Found %d groups of possibly duplicate customers; resolve them under “Duplicate customers”</translation>
    </message>
    <message>
        <source>。%d 个附件未随快照传送（在 %s 处）</source>
        <translation>. %d attachments were not sent with the snapshot (%s has them)</translation>
    </message>
    <message>
        <source>已取消，数据库未改动。</source>
        <translation>Cancelled; the database is unchanged.</translation>
    </message>
    <message>
        <source>操作未完成：发生了意外错误，详情已写入日志。</source>
        <translation>Not done: an unexpected error occurred; the details are in the log.</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <source>保存快照</source>
        <translation>Save snapshot</translation>
    </message>
    <message>
        <source>已导出 %s：商机 %d，客户 %d，日志 %d</source>
        <translation>Exported %s: %d opportunities, %d customers, %d activities</translation>
    </message>
    <message>
        <source>。%d 个附件超出大小上限，只传送了说明</source>
        <translation>. %d attachments are over the size limits: only their descriptions were sent</translation>
    </message>
    <message>
        <source>正在导出快照…</source>
        <translation>Exporting snapshot…</translation>
    </message>
    <message>
        <source>请先在列表中选择一个冲突</source>
        <translation>Select a conflict in the list first</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>%s 的新值：</source>
        <translation>New value for %s:</translation>
    </message>
    <message>
        <source>已处理：%s · %s</source>
        <translation>Resolved: %s · %s</translation>
    </message>
    <message>
        <source>正在处理冲突…</source>
        <translation>Resolving the conflict…</translation>
    </message>
    <message>
        <source>请先在一组中选择要保留的客户</source>
        <translation>Select the customer to keep in a group first</translation>
    </message>
    <message>
        <source>把 %d 个重复客户的联系人和商机并入“%s”？被并入的客户将被删除。</source>
        <translation>Merge the contacts and opportunities of %d duplicate customers into “%s”? The merged customers will be deleted.</translation>
    </message>
    <message>
        <source>合并客户</source>
        <translation>Merge customers</translation>
    </message>
    <message>
        <source>已合并到“%s”</source>
        <translation>Merged into “%s”</translation>
    </message>
    <message>
        <source>正在合并客户…</source>
        <translation>Merging customers…</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>欢迎使用 ProjDesk</source>
        <translation>Welcome to ProjDesk</translation>
    </message>
    <message>
        <source>先告诉 ProjDesk 你是谁：日志、历史记录和文档的署名，以及周报里的“我的商机”都用这个姓名。</source>
        <translation>First tell ProjDesk who you are: logs, the history and documents are signed with this name, and the weekly report&apos;s “my opportunities” are the ones you own.</translation>
    </message>
    <message>
        <source>投标书、合同中的我方名称，可以以后在“设置”中填写</source>
        <translation>Our name in bids and contracts; you can fill it in later in Settings</translation>
    </message>
    <message>
        <source>我的姓名</source>
        <translation>My name</translation>
    </message>
    <message>
        <source>我方公司名称</source>
        <translation>Our company name</translation>
    </message>
    <message>
        <source>演示数据：%1 个虚构商机，先看看每一步怎么走</source>
        <translation>Demo data: %1 made-up opportunities, to see how each step goes</translation>
    </message>
    <message>
        <source>空白开始：从我自己的第一个商机开始</source>
        <translation>Empty start: begin with my own first opportunity</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
</context>
</TS>
