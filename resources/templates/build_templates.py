"""Build ProjDesk's built-in document templates (run: ``python resources/templates/build_templates.py``).

The generated ``*.docx``/``*.pptx`` are committed; a company may copy one, edit it in Word (keep the
``{{ … }}`` fields, see docs/templates.md) and put it in its template folder to override it.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docxkit import Builder  # noqa: E402

W = 15.4  # usable width in cm (A4 minus 2.8 cm margins)


def title_block(b: Builder, title: str, subtitle: str = "{{ customer.name }}  {{ project.name }}") -> None:
    b.para(title, style="Title")
    b.para(subtitle, style="Subtitle")


def multiline(b: Builder, field: str, empty: str) -> None:
    """A paragraph holding a user's text field (its line breaks kept), ``empty`` when it is blank:
    a gap() placeholder where the value is needed, plain words where "none" is an answer."""
    b.para(f"{{{{ {field} or '{empty}' }}}}")


def gap(name: str) -> str:
    """The one placeholder a missing value prints: 【待填：招标编号】 (Word's find steps through them)."""
    return f"【待填：{name}】"


def value(field: str, name: str) -> str:
    return f"{{{{ {field} or '{gap(name)}' }}}}"


# ------------------------------------------------------------------------------------------------


def _risk_table(b: Builder, only_open: bool = False) -> None:
    """The risk register (internal documents only: a customer document's context has no risks)."""
    b.table(
        ["风险", "等级", "应对措施", "责任人", "期限"],
        ["{{ r.description }}", "{{ r.level }}", "{{ r.response }}", "{{ r.owner }}", "{{ r.due_date }}"],
        [5.4, 1.4, 4.8, 1.8, 2.0],
        loop="r in risks if r.status == '未关闭'" if only_open else "r in risks",
        center=(1, 4),
    )


def initiation() -> Builder:
    b = Builder("项目立项申请表")
    title_block(b, "项目立项申请表", "申请日期：{{ initiation.submitted_on or doc.date }}")
    w = [3.6, 4.1, 3.2, 4.5]
    b.heading(1, "项目基本情况")
    b.form(
        [
            ["申请单位", value("company.name", "公司名称"), "", ""],
            ["项目名称", "{{ project.name }}", "", ""],
            ["客户名称", "{{ customer.name }}", "", ""],
            ["所属行业", "{{ customer.industry }}", "所在地区", "{{ customer.region }}"],
            ["客户地址", "{{ customer.address }}", "", ""],
            ["统一社会信用代码", "{{ customer.credit_code }}", "线索来源", "{{ project.source }}"],
            ["重点客户", "{{ customer.key_account }}", "重点客户理由", "{{ customer.key_reasons }}"],
            [
                "关键决策人",
                "{{ project.key_decision_maker }}",
                "采购方式",
                "{{ project.procurement_method }}",
            ],
            ["竞争对手", "{{ project.competitors or '暂未发现' }}", "", ""],
        ],
        w,
    )
    b.heading(1, "金额与进度")
    b.form(
        [
            ["项目预算", "{{ amounts.budget }} 元", "预计签单额", "{{ amounts.expected }} 元"],
            ["预计签单额（大写）", "{{ amounts.expected_capitals }}", "", ""],
            ["预计签约日期", "{{ project.expected_sign_date }}", "赢单概率", "{{ project.probability }}"],
            [
                "当前阶段",
                "{{ project.stage }}. {{ project.stage_name }}",
                "销售负责人",
                "{{ project.owner }}",
            ],
        ],
        w,
    )
    b.heading(1, "项目团队")
    b.form(
        [
            [
                "项目主管",
                "{{ initiation.project_lead or project.project_lead }}",
                "已通过认证",
                "{{ project.lead_certified }}",
            ],
            [
                "业务联络人",
                "{{ initiation.business_contact or project.business_contact }}",
                "申请支持",
                "{{ initiation.support_requested }}",
            ],
        ],
        w,
    )
    b.heading(1, "客户联系人")
    b.table(
        ["姓名", "职务", "决策角色", "态度", "联系电话"],
        ["{{ c.name }}", "{{ c.title }}", "{{ c.role }}", "{{ c.attitude }}", "{{ c.phone }}"],
        [2.4, 3.4, 3.0, 2.0, 4.6],
        loop="c in contacts",
        center=(3,),
    )
    b.heading(1, "推进计划")
    multiline(b, "initiation.push_plan", gap("推进计划"))
    b.heading(1, "需要的支持")
    multiline(b, "project.support_needed or initiation.support_requested", "无")
    b.heading(1, "风险")
    _risk_table(b)
    b.heading(1, "审批")
    b.form(
        [
            ["申请人", "{{ project.owner }}", "申请日期", "{{ initiation.submitted_on or doc.date }}"],
            ["部门意见", "\n\n签字：                日期：", "", ""],
            ["公司审批", "\n\n签字：                日期：", "", ""],
        ],
        w,
    )
    return b


def research() -> Builder:
    b = Builder("调研报告")
    b.cover_without_header()
    b.blank(6)
    b.para("{{ customer.name }}", style="Cover Project")
    b.para("{{ project.name }}", style="Cover Project")
    b.para("调 研 报 告", style="Cover Title")
    b.blank(10)
    b.para("编制单位：{{ company.name }}", style="Cover Line")
    b.para(f"调研日期：{value('research.research_dates', '调研日期')}", style="Cover Line")
    b.para(f"汇报日期：{value('research.debrief_date', '汇报会日期')}", style="Cover Line")
    b.page_break()
    b.heading(1, "引言")
    b.para(
        "为准确把握{{ customer.name }}“{{ project.name }}”的建设需求，{{ company.name }}组织项目组开展了现场调研。"
        "本报告汇总调研的范围、方法和发现，分析现状与需求，并提出初步建议，供双方确认后作为方案编制的依据。"
    )
    b.heading(1, "项目背景")
    b.para(
        "{{ customer.name }}属{{ customer.industry }}行业，位于{{ customer.region }}。{{ steps.C.industry_trends }}"
    )
    b.para(f"项目规划：{value('steps.E.project_plan', '项目规划')}")
    b.heading(1, "调研概况")
    b.heading(2, "调研时间与方式")
    b.para(
        f"调研时间：{value('research.research_dates', '调研日期')}。调研采用访谈、问卷和现场查看相结合的方式。"
    )
    b.heading(2, "调研部门及人员")
    multiline(b, "research.departments", gap("调研部门及人员"))
    b.heading(2, "参与调研的客户人员")
    b.table(
        ["姓名", "职务"],
        ["{{ c.name }}", "{{ c.title }}"],
        [5.0, 10.4],
        loop="c in contacts",
    )
    b.heading(1, "现状分析")
    b.para(f"信息化建设思路：{value('steps.I.informatization_ideas', '信息化建设思路')}")
    b.heading(2, "主要问题")
    multiline(b, "research.findings", gap("调研发现"))
    b.heading(1, "需求分析")
    b.para("结合调研和历次交流，客户的主要需求与特殊要求如下：")
    multiline(b, "steps.N.special_requirements", "见调研发现")
    b.para(f"预计建设进度：{value('steps.I.expected_schedule', '预计建设进度')}。")
    b.heading(1, "初步方案建议")
    multiline(b, "research.recommendations", gap("初步建议"))
    b.heading(1, "风险与待确认事项")
    b.para("调研中客户关注、需双方在方案阶段逐项确认的事项：")
    multiline(b, "research.concerns", "调研范围内未发现需要另行确认的事项。")
    b.heading(1, "调研汇报会")
    b.form(
        [
            ["汇报日期", value("research.debrief_date", "汇报会日期"), "", ""],
            ["参加人员", value("research.debrief_attendees", "汇报会参加人"), "", ""],
        ],
        [3.0, 4.7, 3.0, 4.7],
    )
    return b


def proposal() -> Builder:
    b = Builder("建议方案")
    title_block(b, "{{ project.name }}建议方案")
    b.para("版本：{{ proposal.version or doc.version_label }}    {{ company.name }}", style="Centered")
    b.heading(1, "版本说明")
    b.para("本版说明：{{ doc.note or '首次提交' }}")
    b.table(
        ["版本", "修改说明", "客户意见"],
        ["{{ h.version }}", "{{ h.change_note }}", "{{ h.feedback }}"],
        [2.4, 6.5, 6.5],
        loop="h in proposal.history",
        center=(0,),
    )
    b.heading(1, "项目背景与需求")
    b.para("{{ customer.name }}计划建设“{{ project.name }}”。{{ steps.E.project_plan }}")
    b.para("调研发现：")
    multiline(b, "research.findings", gap("调研发现"))
    b.heading(1, "建设目标")
    multiline(b, "research.recommendations", gap("初步建议"))
    b.heading(1, "方案概述")
    multiline(b, "company.products", gap("产品与方案介绍（资料库）"))
    b.heading(2, "主要产品与配置")
    _config_table(b)
    b.heading(1, "修订说明")
    b.tag("{%p if proposal.revisions %}")
    b.para("针对上一版方案收到的意见，本版逐条修改如下：")
    b.table(
        ["序号", "客户意见", "本版的修改"],
        ["{{ r.no }}", "{{ r.request }}", "{{ r.answer }}"],
        [1.4, 6.6, 7.4],
        loop="r in proposal.revisions",
        center=(0,),
    )
    b.tag("{%p else %}")
    b.para("本版为首次提交，暂无客户意见。")
    b.tag("{%p endif %}")
    b.heading(1, "实施计划与服务")
    _schedule(b)
    multiline(b, "company.service", gap("服务体系介绍（资料库）"))
    return b


def _config_table(b: Builder) -> None:
    b.table(
        ["序号", "名称", "品牌", "规格型号", "数量", "单位"],
        ["{{ l.no }}", "{{ l.item }}", "{{ l.brand }}", "{{ l.model }}", "{{ l.quantity }}", "{{ l.unit }}"],
        [1.3, 4.5, 2.6, 4.4, 1.4, 1.2],
        loop="l in quote.lines",
        center=(0, 4, 5),
    )


# The implementation schedule every customer document shows: 12 weeks, within the 90 days the
# bid's 开标一览表 promises.
SCHEDULE = [
    ["调研确认", "细化需求，确认接口清单和实施计划", "第 1–2 周"],
    ["方案设计", "详细设计、设备到货验收", "第 3–4 周"],
    ["部署实施", "安装调试、系统集成、数据迁移", "第 5–9 周"],
    ["试运行", "试运行、问题整改、用户培训", "第 10–11 周"],
    ["验收移交", "初步验收、文档移交、转入运维", "第 12 周"],
]


def _schedule(b: Builder) -> None:
    b.static_table(["阶段", "主要工作", "工期"], SCHEDULE, [3.0, 9.0, 3.4])


def solution() -> Builder:
    b = Builder("解决方案")
    title_block(b, "{{ project.name }}解决方案")
    b.para("{{ company.name }}", style="Centered")
    b.heading(1, "项目概述")
    b.para(
        "{{ customer.name }}（以下简称“用户”）计划建设{{ project.name }}。本方案依据调研报告与建议方案的确认结果编制，"
        "覆盖总体设计、实施、服务与配置。"
    )
    b.heading(1, "需求理解")
    multiline(b, "research.findings", gap("调研发现"))
    b.heading(1, "总体设计")
    multiline(b, "research.recommendations", gap("初步建议"))
    _chapters(b, "library.chapters", 2)
    b.tag("{%p if not library.chapters %}")
    multiline(b, "company.products", gap("产品与方案介绍（资料库）"))
    b.tag("{%p endif %}")
    b.tag("{%p if bid.requirements_list %}")
    b.heading(1, "招标要求响应")
    b.table(
        ["序号", "招标要求", "响应"],
        ["{{ r.no }}", "{{ r.mark }}{{ r.text }}", f"{{{{ r.response or '{gap('响应')}' }}}}"],
        [1.3, 9.6, 4.5],
        loop="r in bid.requirements_list",
        center=(0,),
    )
    b.tag("{%p endif %}")
    b.heading(1, "配置清单")
    _config_table(b)
    b.heading(1, "实施与服务")
    b.para("项目组由项目主管{{ project.project_lead }}负责，按以下里程碑推进。")
    _schedule(b)
    multiline(b, "company.service", gap("服务体系介绍（资料库）"))
    return b


def _quote_table(b: Builder, *, remarks: bool) -> None:
    headers = ["序号", "名称", "品牌（制造商）", "规格型号", "单位", "数量", "单价（元）", "小计（元）"]
    cells = [
        "{{ l.no }}",
        "{{ l.item }}",
        "{{ l.brand }}",
        "{{ l.model }}",
        "{{ l.unit }}",
        "{{ l.quantity }}",
        "{{ l.unit_price }}",
        "{{ l.total }}",
    ]
    widths = [1.0, 2.6, 2.0, 2.8, 1.1, 1.0, 2.2, 2.7]  # 小计 holds a bold "1,234,567.00"
    if remarks:
        headers.append("备注")
        cells.append(" ")
        widths = [1.0, 2.2, 1.7, 2.4, 1.1, 1.0, 2.1, 2.7, 1.2]
    n = len(headers)
    total_row = ["合计（小写，含税）", *[""] * 6, "{{ quote.total }}"] + ([" "] if remarks else [])
    b.table(
        headers,
        cells,
        widths,
        loop="l in quote.lines",
        center=(0, 4, 5),
        right=(6, 7),
        footer_rows=[total_row, ["合计（大写）", "", "{{ quote.total_words }}", *[""] * (n - 3)]],
    )


def _chapters(b: Builder, rows: str, level: int) -> None:
    """Chapters of the material library (资料库): a heading and the text of each."""
    b.tag(f"{{%p for ch in {rows} %}}")
    b.heading(level, "{{ ch.title }}")
    b.para("{{ ch.text }}")
    b.tag("{%p endfor %}")


def bid() -> Builder:
    b = Builder("投标文件")
    b.cover_without_header()
    b.blank(3)
    b.para("{{ project.name }}", style="Cover Project")
    b.para(f"招标编号：{value('bid.tender_number', '招标编号')}", style="Cover Line")
    b.blank(2)
    b.para("投 标 文 件", style="Cover Title")
    b.para("正  本", style="Cover Subtitle")
    b.blank(10)
    b.para("招标人：{{ customer.name }}", style="Cover Line")
    b.para("投标人：{{ company.name }}（盖章）", style="Cover Line")
    b.para(f"日  期：{value('bid.date', '投标日期')}", style="Cover Line")
    b.page_break()
    b.toc()

    b.heading(1, "商务部分", new_page=True)
    b.heading(2, "投标函")
    b.para("致：{{ customer.name }}", style="Normal")
    b.para(
        "根据贵方“{{ project.name }}”（招标编号："
        + value("bid.tender_number", "招标编号")
        + "，采购方式：{{ bid.procurement_method }}）的招标文件，我方{{ company.name }}经详细研究招标文件，"
        "决定参加投标，并作如下承诺："
    )
    b.para(
        "1. 我方愿以"
        + value("quote.total_words", "投标总价（大写）")
        + "（小写：￥"
        + value("quote.total", "投标总价")
        + "，含税）的投标总价，"
        "按招标文件的要求提供全部货物与服务。"
    )
    b.para(
        "2. 本投标文件自投标截止之日（"
        + value("bid.bid_deadline", "投标截止日期")
        + "）起 {{ bid.validity_days }} 日内有效；如我方中标，有效期延至合同履行完毕。"
    )
    b.para("3. 我方已详细审阅全部招标文件，完全理解并同意放弃对其提出含糊不清或误解的权利。")
    b.para("4. 如我方中标，将按招标文件的规定签订合同，并履行合同规定的全部责任和义务。")
    b.para("5. 我方承诺所提交的全部资料真实、准确、完整，并承担由此引起的法律责任。")
    b.blank()
    b.form(
        [
            ["投标人（盖章）", "{{ company.name }}", "日期", value("bid.date", "投标日期")],
            [
                "法定代表人或授权代表（签字）",
                "\n\n",
                "法定代表人",
                value("company.legal_representative", "法定代表人"),
            ],
            ["地址", value("company.address", "公司地址"), "电话", value("company.phone", "公司电话")],
            [
                "开户银行",
                value("company.bank", "开户银行"),
                "账号",
                value("company.bank_account", "银行账号"),
            ],
            ["纳税人识别号", value("company.tax_number", "纳税人识别号"), "", ""],
        ],
        [4.2, 4.8, 2.2, 4.2],
    )
    b.heading(2, "法定代表人授权书", new_page=True)
    b.para("致：{{ customer.name }}", style="Normal")
    b.para(
        "本授权书声明：{{ company.name }}的法定代表人"
        + value("company.legal_representative", "法定代表人")
        + "，授权{{ project.owner }}为我方合法代理人，以我方名义参加“{{ project.name }}”（招标编号："
        + value("bid.tender_number", "招标编号")
        + "）的投标活动，代理人在开标、评标、合同谈判过程中所签署的一切文件和处理与之有关的一切事务，我方均予承认。"
    )
    b.para("代理人无转委托权。本授权书自签署之日起至投标有效期届满之日止有效。特此声明。")
    b.blank()
    b.form(
        [
            ["法定代表人（签字）", " ", "被授权人（签字）", " "],
            [
                "法定代表人",
                value("company.legal_representative", "法定代表人"),
                "被授权人",
                "{{ project.owner }}",
            ],
            ["投标人（盖章）", "{{ company.name }}", "日期", value("bid.date", "投标日期")],
        ],
        [3.6, 4.6, 3.2, 4.0],
    )
    b.para("（附法定代表人及被授权人身份证复印件）", style="Centered")
    b.heading(2, "开标一览表", new_page=True)
    b.form(
        [
            ["项目名称", "{{ project.name }}", "", ""],
            ["招标编号", value("bid.tender_number", "招标编号"), "", ""],
            ["投标人", "{{ company.name }}", "", ""],
            ["投标总价（小写）", "￥" + value("quote.total", "投标总价"), "", ""],
            ["投标总价（大写）", value("quote.total_words", "投标总价（大写）"), "", ""],
            [
                "交货/实施期",
                value("bid.delivery_period", "交货/实施期"),
                "质保期",
                value("bid.warranty", "质保期"),
            ],
            ["投标有效期", "投标截止之日起 {{ bid.validity_days }} 日", "", ""],
        ],
        [3.4, 4.3, 2.6, 5.1],
    )
    b.para(
        "税费说明：以上投标总价为含税价，已包含增值税（税率 "
        + value("company.tax_rate", "增值税税率")
        + "）及货物、运输、保险、安装、调试、培训和质保期服务等全部费用，招标人不再另行支付任何费用。"
    )
    b.form(
        [
            ["投标人（盖章）", "{{ company.name }}", "日期", value("bid.date", "投标日期")],
            ["法定代表人或授权代表（签字）", " ", "", ""],
        ],
        [4.6, 5.0, 1.2, 4.6],
    )
    b.heading(2, "分项报价表", new_page=True)
    b.para(
        "币种：人民币    单位：元    报价为含税价（增值税税率 "
        + value("company.tax_rate", "增值税税率")
        + "）",
        style="Normal",
    )
    _quote_table(b, remarks=True)
    b.para("分项报价合计与开标一览表的投标总价一致。", style="Normal")
    b.heading(2, "技术偏离表", new_page=True)
    b.para("逐条响应招标文件的技术要求（★ 为实质性条款，▲ 为重要条款）：", style="Normal")
    _deviation_table(b, "tech_deviations")
    b.heading(2, "商务偏离表", new_page=True)
    b.para("逐条响应招标文件的商务要求：", style="Normal")
    _deviation_table(b, "business_deviations")
    b.heading(2, "投标人简介", new_page=True)
    multiline(b, "company.intro", gap("公司简介"))
    b.heading(2, "资格证明文件", new_page=True)
    b.para("以下资格证明文件的复印件加盖公章后附后：", style="Normal")
    b.table(
        ["序号", "文件名称", "证书编号", "发证机关", "有效期至"],
        ["{{ q.no }}", "{{ q.name }}", "{{ q.number }}", "{{ q.issuer }}", "{{ q.valid_until }}"],
        [1.2, 5.0, 3.4, 3.4, 2.4],
        loop="q in library.qualifications",
        center=(0, 4),
    )
    b.tag("{%p if not library.qualifications %}")
    b.para(gap("资格证明文件（资料库）"))
    b.tag("{%p endif %}")
    b.heading(2, "类似项目业绩", new_page=True)
    b.table(
        ["序号", "客户", "项目", "年份", "合同金额（元）"],
        ["{{ c.no }}", "{{ c.customer }}", "{{ c.project }}", "{{ c.year }}", "{{ c.amount }}"],
        [1.2, 4.2, 5.6, 1.6, 2.8],
        loop="c in library.cases",
        center=(0, 3),
        right=(4,),
    )
    b.tag("{%p if not library.cases %}")
    b.para(gap("类似项目业绩（资料库）"))
    b.tag("{%p endif %}")
    b.heading(2, "售后服务承诺", new_page=True)
    b.para("质保期：" + value("bid.warranty", "质保期") + "。")
    b.tag("{%p if library.after_sales %}")
    b.para("{{ library.after_sales }}")
    b.tag("{%p else %}")
    b.para(gap("售后服务承诺（资料库）"))
    b.tag("{%p endif %}")

    b.heading(1, "管理解决方案", new_page=True)
    b.heading(2, "项目组织")
    b.para(
        "我方成立专门项目组，由项目主管{{ project.project_lead }}全面负责，业务联络人{{ project.business_contact }}"
        "负责与用户的日常沟通，公司技术支持部提供实施与运维保障。"
    )
    b.heading(2, "项目团队")
    b.table(
        ["序号", "项目角色", "姓名", "资质证书"],
        ["{{ m.no }}", "{{ m.role }}", "{{ m.name }}", "{{ m.certificates }}"],
        [1.2, 3.6, 2.8, 7.8],
        loop="m in library.team",
        center=(0,),
    )
    b.tag("{%p if not library.team %}")
    b.para(gap("项目团队（资料库）"))
    b.tag("{%p endif %}")
    b.heading(2, "质量与进度管理")
    b.para(
        "项目按计划、执行、检查、改进的方法管理质量；每周向用户提交进度报告，重大问题当日通报并提出处理方案。"
    )
    b.heading(2, "实施风险控制")
    b.para("对数据迁移、接口联调和停机窗口等实施环节逐项制定预案，并在实施前与用户确认。")

    b.heading(1, "项目实施方案", new_page=True)
    b.heading(2, "实施步骤与里程碑")
    b.para("交货/实施期：" + value("bid.delivery_period", "交货/实施期") + "。")
    _schedule(b)
    b.heading(2, "实施与服务方案")
    _chapters(b, "library.service_chapters", 3)
    b.tag("{%p if not library.service_chapters %}")
    b.para("按本章（一）的步骤实施；质保期内的服务见“售后服务承诺”。")
    b.tag("{%p endif %}")
    b.heading(2, "培训")
    b.para("为用户的管理员和业务人员提供分层培训，保证其能独立完成日常操作和运维。")

    b.heading(1, "网络技术方案", new_page=True)
    b.heading(2, "需求理解")
    multiline(b, "research.findings", gap("调研发现"))
    b.heading(2, "总体设计")
    multiline(b, "research.recommendations", gap("初步建议"))
    b.heading(2, "产品与技术方案")
    b.tag("{%p for ch in library.chapters %}")
    b.para("{{ ch.title }}", style="Heading 3")
    b.para("{{ ch.text }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if not library.chapters %}")
    multiline(b, "company.products", gap("产品与技术方案（资料库）"))
    b.tag("{%p endif %}")
    b.heading(2, "设备配置")
    _config_table(b)
    return b


def _deviation_table(b: Builder, rows: str) -> None:
    b.table(
        ["序号", "条款号", "招标要求", "投标响应", "偏离情况", "投标文件位置"],
        [
            "{{ r.no }}",
            "{{ r.clause }}",
            "{{ r.mark }}{{ r.text }}",
            f"{{{{ r.response or '{gap('响应')}' }}}}",
            f"{{{{ r.deviation or '{gap('偏离情况')}' }}}}",
            "{{ r.reference }}",
        ],
        [1.0, 1.4, 4.4, 4.2, 1.8, 2.6],
        loop=f"r in {rows}",
        center=(0, 1, 4),
    )
    b.tag(f"{{%p if not {rows} %}}")
    b.para(gap("招标要求及我方响应（步骤 Q）"))
    b.tag("{%p endif %}")


def contract() -> Builder:
    b = Builder("合同")
    title_block(b, "{{ project.name }}合同", f"合同编号：{value('contract.number', '合同编号')}")
    w = [3.0, 5.2, 2.2, 5.0]
    b.form(
        [
            ["甲方（需方）", "{{ contract.party_a }}", "", ""],
            ["地址", value("customer.address", "甲方地址"), "", ""],
            ["统一社会信用代码", value("customer.credit_code", "甲方统一社会信用代码"), "", ""],
            ["乙方（供方）", "{{ contract.party_b }}", "", ""],
            ["地址", value("company.address", "乙方地址"), "", ""],
            [
                "法定代表人",
                value("company.legal_representative", "乙方法定代表人"),
                "电话",
                value("company.phone", "乙方电话"),
            ],
            [
                "开户银行",
                value("company.bank", "乙方开户银行"),
                "账号",
                value("company.bank_account", "乙方银行账号"),
            ],
            ["纳税人识别号", value("company.tax_number", "乙方纳税人识别号"), "", ""],
        ],
        w,
    )
    b.para(
        "根据《中华人民共和国民法典》及相关法律法规，甲乙双方在平等、自愿、诚信的基础上，就甲方“{{ project.name }}”"
        "的系统集成事宜协商一致，订立本合同，共同遵守。"
    )
    b.heading(1, "定义")
    b.para(
        "本合同所称“系统”指乙方按本合同及附件为甲方提供的硬件、软件及服务的总和；“初验”指系统安装调试完成后甲方组织的"
        "初步验收；“终验”指试运行期满后甲方组织的最终验收。"
    )
    b.heading(1, "项目概况与甲方需求")
    b.para("甲方的需求及现有系统情况以双方确认的调研报告和解决方案为准，构成本合同的组成部分。")
    b.heading(1, "供货与服务内容")
    b.para("乙方提供的硬件、软件与服务见附件一《供货清单》。")
    b.heading(1, "交付")
    b.para(
        "交付地点："
        + value("customer.address", "交付地点")
        + "（甲方指定的安装现场）。乙方应于合同生效后 30 日内将全部货物运抵交付地点，运输、保险及装卸费用由乙方承担，"
        "货物毁损灭失的风险自开箱验收合格时转移给甲方。"
    )
    b.heading(1, "实施进度与验收")
    b.para(
        "实施期限：{{ bid.delivery_period or '合同生效后 90 日内完成安装调试' }}，完成后乙方提请初验。"
        "设备到货后双方共同开箱验收；安装调试完成后甲方在 10 个工作日内组织初验；初验合格后系统试运行三个月，试运行期满且无重大缺陷的，甲方应在收到终验申请后 15 个工作日内组织终验并签署验收报告。"
    )
    b.heading(1, "变更")
    b.para(
        "任何一方提出需求或范围变更，应以书面形式提出，经双方协商一致并签署变更确认后执行，涉及价款和工期的相应调整。"
    )
    b.heading(1, "权属与知识产权")
    b.para(
        "硬件所有权自甲方付清对应款项时转移；乙方提供的软件著作权归原权利人所有，甲方在本项目范围内享有永久使用权。"
    )
    b.heading(1, "合同价款与付款")
    b.para(
        "本合同总价为"
        + value("contract.amount_words", "合同总价（大写）")
        + "（小写：￥"
        + value("contract.amount", "合同总价")
        + "），含税，包括货物、运输、安装、调试、"
        "培训及质保期服务的全部费用。甲方按以下节点付款："
    )
    b.tag("{%p for c in contract.payment_clauses %}")
    b.para("{{ c.text }}")
    b.tag("{%p endfor %}")
    b.tag("{%p if not contract.payment_clauses %}")
    b.para(gap("付款节点（合同与收款）"))
    b.tag("{%p endif %}")
    b.heading(1, "发票")
    b.para(
        "乙方在每期付款前向甲方开具等额的增值税专用发票（税率 "
        + value("company.tax_rate", "增值税税率")
        + "）；甲方在收到合格发票后按上述节点付款。发票信息变更的，应提前书面通知对方。"
    )
    b.heading(1, "保密与数据保护")
    b.para("双方对在履行本合同中知悉的对方商业秘密和技术资料负有保密义务，该义务在合同终止后继续有效。")
    b.para(
        "乙方在实施和运维中接触的甲方数据（包括个人信息和重要数据）仅可用于履行本合同，应遵守《中华人民共和国网络安全法》"
        "《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》，采取必要的安全措施，未经甲方书面同意不得复制、"
        "向第三方提供或带离甲方现场；合同终止时应返还或销毁，并书面确认。"
    )
    b.heading(1, "培训与服务")
    b.para("乙方为甲方技术人员提供系统管理和使用培训，保证其能独立完成日常运维。")
    b.heading(1, "质保与维护")
    b.para(
        "质保期：{{ bid.warranty or '系统终验合格之日起三年' }}。质保期内乙方提供免费维修、备件更换和软件升级，7×24 小时响应；质保金于质保期届满后支付。"
    )
    b.heading(1, "违约责任")
    b.para(
        "乙方逾期交付的，每逾期一日按合同总价的千分之一支付违约金；甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金。"
        "违约金累计不超过合同总价的百分之十。"
    )
    b.heading(1, "不可抗力")
    b.para(
        "因不可抗力不能履行合同的，受影响一方应及时通知对方并在 15 日内提供证明，根据不可抗力的影响部分或全部免除责任。"
    )
    b.heading(1, "通知")
    b.para(
        "与本合同有关的通知以书面形式送达本合同首部所列地址，或双方授权代表的电子邮箱；一方地址或联系人变更的，"
        "应在变更后 3 日内书面通知对方，否则按原地址送达即视为送达。"
    )
    b.heading(1, "争议解决")
    b.para(
        "因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。"
    )
    b.heading(1, "合同生效、变更与终止")
    b.para(
        "本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。合同一式肆份，甲乙双方各执贰份，具有同等法律效力。"
        "合同的变更和解除须经双方书面同意。"
    )
    b.para("（以下无正文）", style="Centered")
    b.form(
        [
            ["甲方（盖章）", "{{ contract.party_a }}\n\n\n", "乙方（盖章）", "{{ contract.party_b }}\n\n\n"],
            [
                "授权代表\n（签字）",
                "{{ contract.customer_signatory }}",
                "授权代表\n（签字）",
                "{{ project.owner }}",
            ],
            [
                "日期",
                "{{ contract.signed_date or '    年  月  日' }}",
                "日期",
                "{{ contract.signed_date or '    年  月  日' }}",
            ],
        ],
        [2.6, 5.1, 2.6, 5.1],  # the company's full name on one line
    )
    b.page_break()
    b.para("附件一：供货清单", style="Form Title")
    _quote_table(b, remarks=False)
    return b


def handover() -> Builder:
    b = Builder("项目移交单")
    title_block(b, "项目移交单")
    w = [3.0, 4.7, 3.0, 4.7]
    b.heading(1, "项目信息")
    b.form(
        [
            ["移交单位", value("company.name", "公司名称"), "", ""],
            ["客户名称", "{{ customer.name }}", "", ""],
            ["项目名称", "{{ project.name }}", "", ""],
            ["合同编号", "{{ contract.number }}", "合同金额", "{{ contract.amount }} 元"],
            ["合同金额（大写）", "{{ contract.amount_capitals }}", "", ""],
            [
                "变更后合同金额",
                "{{ contract.current_amount }} 元",
                "大写",
                "{{ contract.current_amount_capitals }}",
            ],
            ["签订日期", "{{ contract.signed_date }}", "生效日期", "{{ contract.effective_date }}"],
        ],
        w,
    )
    b.heading(1, "移交信息")
    b.form(
        [
            ["移交日期", "{{ handover.handover_date }}", "销售负责人", "{{ project.owner }}"],
            [
                "项目实施经理",
                "{{ handover.implementation_manager }}",
                "项目主管",
                "{{ project.project_lead }}",
            ],
            ["实施小组", "{{ handover.team }}", "", ""],
        ],
        w,
    )
    b.heading(1, "客户联系人")
    b.table(
        ["姓名", "职务", "决策角色", "联系电话"],
        ["{{ c.name }}", "{{ c.title }}", "{{ c.role }}", "{{ c.phone }}"],
        [3.0, 4.0, 3.4, 5.0],
        loop="c in contacts",
    )
    b.heading(1, "付款节点")
    b.table(
        ["付款节点", "金额（元）", "计划日期", "已到账（元）"],
        ["{{ p.milestone }}", "{{ p.amount }}", "{{ p.due_date }}", "{{ p.received_amount }}"],
        [4.4, 3.8, 3.6, 3.6],
        loop="p in payments",
        right=(1, 3),
        center=(2,),
    )
    b.heading(1, "合同变更")
    b.table(
        ["序号", "变更原因", "金额变动（元）", "工期（天）", "状态", "决定人/日期"],
        [
            "{{ x.number }}",
            "{{ x.reason }}",
            "{{ x.amount_change }}",
            "{{ x.schedule_days }}",
            "{{ x.status }}",
            "{{ x.decided_by }} {{ x.decided_on }}",
        ],
        [1.2, 5.0, 2.8, 1.6, 1.6, 3.2],
        loop="x in changes",
        right=(2,),
        center=(0, 3, 4),
    )
    b.heading(1, "未关闭的风险")
    _risk_table(b, only_open=True)
    b.heading(1, "移交说明")
    multiline(b, "handover.handover_notes", "无")
    b.heading(1, "签收")
    b.form(
        [
            ["移交人", "{{ project.owner }}", "接收人", "{{ handover.implementation_manager }}"],
            ["日期", " ", "日期", " "],
        ],
        w,
    )
    return b


BUILDERS = {
    "initiation": initiation,
    "research": research,
    "proposal": proposal,
    "solution": solution,
    "bid": bid,
    "contract": contract,
    "handover": handover,
}


def main() -> None:
    for kind, build in BUILDERS.items():
        build().save(str(HERE / f"{kind}.docx"))
        print(f"{kind}.docx")
    from pptxkit import build_slides_template

    build_slides_template(HERE / "slides.pptx")
    print("slides.pptx")


if __name__ == "__main__":
    main()
