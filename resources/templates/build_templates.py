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
    b.para(title, align="center", indent=False, bold=True, size=20, space_after=6)
    b.para(subtitle, align="center", indent=False, size=12, space_after=14)


def multiline(b: Builder, field: str, empty: str = "（待补充）") -> None:
    """A paragraph holding a user's text field; its line breaks are kept."""
    b.para(f"{{{{ {field} or '{empty}' }}}}")


# ------------------------------------------------------------------------------------------------


def initiation() -> Builder:
    b = Builder("项目立项申请表")
    title_block(b, "项目立项申请表", "申请日期：{{ initiation.submitted_on or doc.date }}")
    w = [3.6, 4.1, 3.2, 4.5]
    b.heading(1, "项目基本情况", toc=False)
    b.form(
        [
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
    b.heading(1, "金额与进度", toc=False)
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
    b.heading(1, "项目团队", toc=False)
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
    b.heading(1, "客户联系人", toc=False)
    b.table(
        ["姓名", "职务", "决策角色", "态度", "联系电话"],
        ["{{ c.name }}", "{{ c.title }}", "{{ c.role }}", "{{ c.attitude }}", "{{ c.phone }}"],
        [2.4, 3.4, 3.0, 2.0, 4.6],
        loop="c in contacts",
        center=(3,),
    )
    b.heading(1, "推进计划", toc=False)
    multiline(b, "initiation.push_plan")
    b.heading(1, "需要的支持", toc=False)
    multiline(b, "project.support_needed or initiation.support_requested", "无")
    b.heading(1, "风险", toc=False)
    multiline(b, "project.risks", "暂无")
    b.heading(1, "审批", toc=False)
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
    for _ in range(6):
        b.para("", indent=False)
    b.para("{{ customer.name }}", align="center", indent=False, bold=True, size=18, space_after=10)
    b.para("{{ project.name }}", align="center", indent=False, bold=True, size=18, space_after=10)
    b.para("调 研 报 告", align="center", indent=False, bold=True, size=26, space_after=60)
    for _ in range(6):
        b.para("", indent=False)
    b.para("编制单位：{{ company.name }}", align="center", indent=False, size=12)
    b.para("调研日期：{{ research.research_dates }}", align="center", indent=False, size=12)
    b.para("报告日期：{{ doc.date }}", align="center", indent=False, size=12)
    b.page_break()
    b.heading(1, "引言")
    b.para(
        "为准确把握{{ customer.name }}“{{ project.name }}”的建设需求，{{ company.name }}组织项目组开展了现场调研。"
        "本报告汇总调研的范围、方法和发现，分析现状与需求，并提出初步建议，供双方确认后作为方案编制的依据。"
    )
    b.heading(1, "项目背景")
    b.para("{{ customer.name }}属{{ customer.industry }}行业，位于{{ customer.region }}。{{ steps.C.notes }}")
    b.para("{{ steps.C.industry_trends }}")
    b.para("项目规划：{{ steps.E.project_plan }}")
    b.heading(1, "调研概况")
    b.heading(2, "调研时间与方式")
    b.para(
        "调研时间：{{ research.research_dates or '（待补充）' }}。调研采用访谈、问卷和现场查看相结合的方式。"
    )
    b.heading(2, "调研部门及人员")
    multiline(b, "research.departments")
    b.heading(2, "接触的客户人员")
    b.table(
        ["姓名", "职务", "决策角色", "关注重点"],
        ["{{ c.name }}", "{{ c.title }}", "{{ c.role }}", "{{ c.background }}"],
        [2.4, 3.2, 2.8, 7.0],
        loop="c in contacts",
    )
    b.heading(1, "现状分析")
    b.para("信息化建设思路：{{ steps.I.informatization_ideas }}")
    b.heading(2, "主要问题")
    multiline(b, "research.findings")
    b.heading(2, "客户关注的问题")
    multiline(b, "research.concerns", "无")
    b.heading(1, "需求分析")
    b.para("结合调研和历次交流，客户的主要需求与特殊要求如下：")
    multiline(b, "steps.N.special_requirements", "见调研发现")
    b.para(
        "预计建设进度：{{ steps.I.expected_schedule }}；项目预算：{{ amounts.budget }} 元（{{ amounts.budget_capitals }}）。"
    )
    b.heading(1, "初步方案建议")
    multiline(b, "research.recommendations")
    b.heading(1, "风险与待确认事项")
    multiline(b, "project.risks", "暂无需特别说明的风险，具体事项在方案阶段逐项确认。")
    b.heading(1, "调研汇报会")
    b.form(
        [
            ["汇报日期", "{{ research.debrief_date }}", "汇报对象", "{{ project.key_decision_maker }}"],
            ["参加人员", "{{ research.debrief_attendees }}", "", ""],
        ],
        [3.0, 4.7, 3.0, 4.7],
    )
    b.heading(1, "附录：调研记录")
    b.table(
        ["日期", "方式", "人员", "内容", "结果"],
        ["{{ a.date }}", "{{ a.type }}", "{{ a.people }}", "{{ a.content }}", "{{ a.result }}"],
        [2.6, 1.4, 2.6, 5.0, 3.8],
        loop="a in activities",
        center=(1,),
    )
    return b


def proposal() -> Builder:
    b = Builder("建议方案")
    title_block(b, "{{ project.name }}建议方案")
    b.para(
        "版本：{{ proposal.version or doc.version_label }}（第 {{ doc.version }} 版）    日期：{{ doc.date }}",
        align="center",
        indent=False,
    )
    b.heading(1, "版本说明", toc=False)
    b.para("本版说明：{{ doc.note or '首次提交' }}")
    b.table(
        ["版本", "修改说明", "客户意见"],
        ["{{ h.version }}", "{{ h.change_note }}", "{{ h.feedback }}"],
        [2.4, 6.5, 6.5],
        loop="h in proposal.history",
        center=(0,),
    )
    b.heading(1, "项目背景与需求", toc=False)
    b.para("{{ customer.name }}计划建设“{{ project.name }}”。{{ steps.E.project_plan }}")
    b.para("调研发现：")
    multiline(b, "research.findings")
    b.heading(1, "建设目标", toc=False)
    multiline(b, "research.recommendations")
    b.heading(1, "方案概述", toc=False)
    b.para(
        "{{ company.products or '本方案以成熟产品为基础，结合客户业务特点进行配置和必要的定制开发，分期建设、平滑过渡。' }}"
    )
    b.heading(2, "主要产品与配置", toc=False)
    b.table(
        ["序号", "名称", "品牌", "规格型号", "数量"],
        ["{{ l.no }}", "{{ l.item }}", "{{ l.brand }}", "{{ l.model }}", "{{ l.quantity }} {{ l.unit }}"],
        [1.3, 4.5, 2.8, 4.6, 2.2],
        loop="l in quote.lines",
        center=(0, 4),
    )
    b.heading(1, "客户意见与本版调整", toc=False)
    multiline(b, "proposal.feedback", "暂无")
    b.heading(1, "实施计划与服务", toc=False)
    b.para("项目按调研确认、方案设计、部署实施、试运行、验收五个阶段推进。{{ company.service }}")
    return b


def solution() -> Builder:
    b = Builder("解决方案")
    title_block(b, "{{ project.name }}解决方案")
    b.para("{{ company.name }}    {{ doc.date }}", align="center", indent=False)
    b.heading(1, "项目概述", toc=False)
    b.para(
        "{{ customer.name }}（以下简称“用户”）计划建设{{ project.name }}。本方案依据调研报告与建议方案的确认结果编制，"
        "覆盖总体设计、实施、服务与报价。"
    )
    b.heading(1, "需求理解", toc=False)
    multiline(b, "research.findings")
    b.heading(1, "总体设计", toc=False)
    multiline(b, "research.recommendations")
    _chapters(b, "library.product_chapters")
    b.heading(1, "招标要求响应", toc=False)
    b.table(
        ["序号", "招标要求", "响应"],
        ["{{ r.no }}", "{{ r.starred }}{{ r.text }}", "{{ r.response }}"],
        [1.3, 7.1, 7.0],
        loop="r in bid.requirements_list",
        center=(0,),
    )
    b.heading(1, "配置清单", toc=False)
    b.table(
        ["序号", "名称", "品牌", "规格型号", "数量"],
        ["{{ l.no }}", "{{ l.item }}", "{{ l.brand }}", "{{ l.model }}", "{{ l.quantity }} {{ l.unit }}"],
        [1.3, 4.5, 2.8, 4.6, 2.2],
        loop="l in quote.lines",
        center=(0, 4),
    )
    b.heading(1, "实施与服务", toc=False)
    b.para("项目组由项目主管{{ project.project_lead }}负责，按里程碑推进。{{ company.service }}")
    return b


def _quote_table(b: Builder) -> None:
    b.table(
        ["序号", "名称", "品牌", "规格型号", "数量", "单价（元）", "小计（元）"],
        [
            "{{ l.no }}",
            "{{ l.item }}",
            "{{ l.brand }}",
            "{{ l.model }}",
            "{{ l.quantity }} {{ l.unit }}",
            "{{ l.unit_price }}",
            "{{ l.total }}",
        ],
        [1.1, 3.2, 1.9, 3.3, 1.6, 2.1, 2.2],
        loop="l in quote.lines",
        center=(0, 4),
        right=(5, 6),
        footer_rows=[
            ["合计（小写）", "", "", "", "", "", "{{ quote.total }}"],
            ["合计（大写）", "", "{{ quote.total_capitals }}", "", "", "", ""],
        ],
    )


def _bidder_form(b: Builder) -> None:
    """The bidder's particulars under the 投标函 (资料库 › 公司信息)."""
    b.form(
        [
            ["投标人名称", "{{ company.name }}", "", ""],
            ["法定代表人或授权代表（签字）", "", "法定代表人", "{{ company.legal_rep }}"],
            ["地址", "{{ company.address }}", "", ""],
            ["电话", "{{ company.phone }}", "纳税人识别号", "{{ company.tax_number }}"],
            ["开户银行", "{{ company.bank }}", "账号", "{{ company.account }}"],
        ],
        [3.6, 4.6, 2.6, 4.6],
    )


def _chapters(b: Builder, rows: str) -> None:
    """Chapters of the material library: a heading and the text of each."""
    b.tag(f"{{%p for ch in {rows} %}}")
    b.heading(2, "{{ ch.title }}", toc=False)
    b.para("{{ ch.text }}")
    b.tag("{%p endfor %}")


def _library_parts(b: Builder) -> None:
    """The bid's parts that come from the material library (资料库)."""
    b.heading(2, "投标人简介")
    b.para("{{ company.intro }}")
    b.heading(2, "资格证明文件")
    b.table(
        ["序号", "资质名称", "证书编号", "发证机构", "有效期至"],
        ["{{ q.no }}", "{{ q.name }}", "{{ q.number }}", "{{ q.issuer }}", "{{ q.valid_until }}"],
        [1.2, 5.4, 3.2, 3.2, 2.4],
        loop="q in library.qualifications",
        center=(0,),
    )
    b.heading(2, "类似项目业绩")
    b.table(
        ["序号", "客户", "项目", "年份", "合同金额（元）"],
        ["{{ c.no }}", "{{ c.customer }}", "{{ c.project }}", "{{ c.year }}", "{{ c.amount }}"],
        [1.2, 4.4, 5.4, 1.6, 2.8],
        loop="c in library.cases",
        center=(0, 3),
        right=(4,),
    )
    b.heading(2, "项目团队")
    b.table(
        ["序号", "岗位", "姓名", "证书与资格"],
        ["{{ m.no }}", "{{ m.role }}", "{{ m.name }}", "{{ m.certificates }}"],
        [1.2, 3.2, 2.6, 8.4],
        loop="m in library.team",
        center=(0,),
    )
    b.heading(2, "售后服务承诺")
    b.tag("{%p for a in library.after_sales %}")
    b.para("{{ a.no }}. {{ a.text }}")
    b.tag("{%p endfor %}")


def bid() -> Builder:
    b = Builder("投标文件")
    b.cover_without_header()
    for _ in range(3):
        b.para("", indent=False)
    b.para("{{ project.name }}", align="center", indent=False, bold=True, size=22, space_after=8)
    b.para(
        "招标编号：{{ bid.tender_number }}",
        align="center",
        indent=False,
        size=12,
        space_after=40,
    )
    b.para("投 标 文 件", align="center", indent=False, bold=True, size=30, space_after=20)
    b.para("正  本", align="center", indent=False, bold=True, size=16, space_after=80)
    for _ in range(6):
        b.para("", indent=False)
    b.para("招标人：{{ customer.name }}", align="center", indent=False, size=13)
    b.para("投标人：{{ company.name }}（盖章）", align="center", indent=False, size=13)
    b.para("日  期：{{ doc.date }}", align="center", indent=False, size=13)
    b.page_break()
    placeholder = b.toc_placeholder()
    b.page_break()

    b.heading(1, "商务部分")
    b.heading(2, "投标函")
    b.para("致：{{ customer.name }}", indent=False)
    b.para(
        "根据贵方“{{ project.name }}”（招标编号：{{ bid.tender_number }}，采购方式：{{ bid.procurement_method }}）的招标文件，"
        "我方{{ company.name }}经详细研究招标文件，决定参加投标，并作如下承诺："
    )
    b.para(
        "1. 我方愿以人民币（大写）{{ quote.total_capitals }}（小写：￥{{ quote.total }}）的投标总价，"
        "按招标文件的要求提供全部货物与服务。"
    )
    b.para("2. 本投标文件自投标截止之日（{{ bid.bid_deadline }}）起 {{ bid.validity_days }} 日内有效。")
    b.para("3. 我方已详细审阅全部招标文件，完全理解并同意放弃对其提出含糊不清或误解的权利。")
    b.para("4. 如我方中标，将按招标文件的规定签订合同并履行全部责任和义务。")
    b.para("投标人：{{ company.name }}（盖章）        日期：{{ doc.date }}", indent=False, align="right")
    _bidder_form(b)
    b.heading(2, "开标一览表")
    b.form(
        [
            ["项目名称", "{{ project.name }}", "", ""],
            ["招标编号", "{{ bid.tender_number }}", "投标人", "{{ company.name }}"],
            ["投标总价（小写）", "￥{{ quote.total }}", "", ""],
            ["投标总价（大写）", "{{ quote.total_capitals }}", "", ""],
            ["交货/实施期", "合同签订后 90 日内", "质保期", "三年"],
        ],
        [3.4, 4.3, 2.6, 5.1],
    )
    b.heading(2, "分项报价表")
    b.para(
        "报价依据：第 {{ quote.round }} 轮报价（{{ quote.status }}，{{ quote.date }}）。分项小计由单价与数量计算，合计等于开标一览表的投标总价。"
    )
    _quote_table(b)
    b.heading(2, "项目承诺")
    b.para("1. 质量承诺：所供货物均为原厂全新正品，符合国家及行业标准和招标文件的技术要求。")
    b.para("2. 工期承诺：合同签订后按项目实施方案的里程碑完成交付，因我方原因延误的承担相应责任。")
    b.para(
        "3. 服务承诺：提供 7×24 小时服务热线，接到故障报告后 30 分钟内响应，4 小时内到达现场（{{ customer.region }}）。"
    )
    b.para("4. 质保承诺：整体质保三年，质保期内免费维修和更换备件，并提供软件升级。")
    for title, rows, part in (
        ("技术偏离表", "tech_deviations", "技术"),
        ("商务偏离表", "business_deviations", "商务"),
    ):
        b.heading(2, title)
        b.para(f"下表逐条答复招标文件的{part}要求（★ 为实质性条款，▲ 为重要条款）：")
        b.table(
            ["序号", "条款号", "招标要求", "投标响应", "偏离情况", "投标文件位置"],
            [
                "{{ r.no }}",
                "{{ r.clause }}",
                "{{ r.mark }}{{ r.text }}",
                "{{ r.response }}",
                "{{ r.deviation }}",
                "{{ r.where }}",
            ],
            [1.0, 1.4, 4.4, 4.2, 1.8, 2.6],
            loop=f"r in {rows}",
            center=(0, 1, 4),
        )

    _library_parts(b)

    b.heading(1, "管理解决方案")
    b.heading(2, "项目组织")
    b.para(
        "我方成立专门项目组，由持证项目主管{{ project.project_lead }}全面负责，业务联络人{{ project.business_contact }}负责与用户的日常沟通，"
        "公司技术支持部提供实施与运维保障。"
    )
    b.heading(2, "质量与进度管理")
    b.para(
        "项目按计划、执行、检查、改进的方法管理质量；每周向用户提交进度报告，重大问题当日通报并提出处理方案。"
    )
    b.heading(2, "风险管理")
    multiline(b, "project.risks", "对数据迁移、接口联调和停机窗口等风险逐项制定预案，并在实施前与用户确认。")

    b.heading(1, "项目实施方案")
    b.heading(2, "实施步骤与里程碑")
    b.static_table(
        ["阶段", "主要工作", "工期"],
        [
            ["调研确认", "细化需求，确认接口清单和实施计划", "第 1–2 周"],
            ["方案设计", "详细设计、设备到货验收", "第 3–5 周"],
            ["部署实施", "安装调试、系统集成、数据迁移", "第 6–10 周"],
            ["试运行", "试运行、问题整改、用户培训", "第 11–12 周"],
            ["验收移交", "竣工验收、文档移交、转入运维", "第 13 周"],
        ],
        [3.0, 9.0, 3.4],
    )
    b.heading(2, "培训与售后服务")
    b.para("为用户的管理员和业务人员提供分层培训；质保期内提供定期巡检和远程支持。{{ company.service }}")

    b.heading(1, "网络技术方案")
    b.heading(2, "现状与需求")
    multiline(b, "research.findings")
    b.heading(2, "总体设计")
    multiline(b, "research.recommendations")
    b.heading(2, "设备配置")
    b.table(
        ["序号", "名称", "品牌", "规格型号", "数量"],
        ["{{ l.no }}", "{{ l.item }}", "{{ l.brand }}", "{{ l.model }}", "{{ l.quantity }} {{ l.unit }}"],
        [1.3, 4.5, 2.8, 4.6, 2.2],
        loop="l in quote.lines",
        center=(0, 4),
    )
    _chapters(b, "library.product_chapters")
    b.fill_toc(placeholder)
    return b


def contract() -> Builder:
    b = Builder("合同")
    title_block(b, "{{ project.name }}合同", "合同编号：{{ contract.number }}")
    b.form(
        [
            ["甲方（需方）", "{{ contract.party_a }}", "", ""],
            ["地址", "{{ customer.address }}", "", ""],
            ["乙方（供方）", "{{ contract.party_b }}", "", ""],
            [
                "签订日期",
                "{{ contract.signed_date or '    年  月  日' }}",
                "签订地点",
                "{{ customer.region }}",
            ],
        ],
        [3.0, 5.2, 2.6, 4.6],
    )
    b.para(
        "根据《中华人民共和国民法典》及相关法律法规，甲乙双方在平等、自愿、诚信的基础上，就甲方“{{ project.name }}”"
        "的系统集成事宜协商一致，订立本合同，共同遵守。"
    )
    b.heading(1, "定义", toc=False)
    b.para(
        "本合同所称“系统”指乙方按本合同及附件为甲方提供的硬件、软件及服务的总和；“验收”指甲方按本合同约定对系统进行的检验和确认。"
    )
    b.heading(1, "项目概况与甲方需求", toc=False)
    b.para("甲方的需求及现有系统情况以双方确认的调研报告和解决方案为准，构成本合同的组成部分。")
    b.heading(1, "供货与服务内容", toc=False)
    b.para("乙方提供的硬件、软件与服务见附件一《供货清单》。")
    b.heading(1, "实施进度与里程碑", toc=False)
    b.para("乙方应于合同生效后按双方确认的项目实施方案完成部署、试运行与验收，主要里程碑与付款节点一致。")
    b.heading(1, "变更", toc=False)
    b.para(
        "任何一方提出需求或范围变更，应以书面形式提出，经双方协商一致并签署变更确认后执行，涉及价款和工期的相应调整。"
    )
    b.heading(1, "交付与验收", toc=False)
    b.para(
        "设备到货后双方共同开箱验收；系统试运行期满且无重大缺陷的，甲方应在收到验收申请后 15 个工作日内组织终验并签署验收报告。"
    )
    b.heading(1, "权属与知识产权", toc=False)
    b.para(
        "硬件所有权自甲方付清对应款项时转移；乙方提供的软件著作权归原权利人所有，甲方在本项目范围内享有永久使用权。"
    )
    b.heading(1, "合同价款与付款", toc=False)
    b.para(
        "本合同总价为人民币（大写）{{ contract.amount_capitals }}（小写：￥{{ contract.amount }}），含税，包括货物、运输、安装、调试、培训及质保期服务的全部费用。"
    )
    b.para("付款方式：{{ contract.terms or '按下表的里程碑分期支付。' }}")
    b.table(
        ["序号", "付款节点", "比例", "金额（元）", "计划日期"],
        ["{{ p.no }}", "{{ p.milestone }}", "{{ p.ratio }}", "{{ p.amount }}", "{{ p.due_date }}"],
        [1.3, 4.6, 2.0, 3.8, 3.7],
        loop="p in payments",
        center=(0, 2, 4),
        right=(3,),
        footer_rows=[["合计", "", "", "{{ contract.amount }}", ""]],
    )
    b.heading(1, "保密", toc=False)
    b.para("双方对在履行本合同中知悉的对方商业秘密和技术资料负有保密义务，该义务在合同终止后继续有效。")
    b.heading(1, "培训与服务", toc=False)
    b.para("乙方为甲方技术人员提供系统管理和使用培训，保证其能独立完成日常运维。")
    b.heading(1, "质保与维护", toc=False)
    b.para("质保期为系统终验合格之日起三年。质保期内乙方提供免费维修、备件更换和软件升级，7×24 小时响应。")
    b.heading(1, "违约责任", toc=False)
    b.para(
        "乙方逾期交付的，每逾期一日按合同总价的千分之一支付违约金；甲方逾期付款的，每逾期一日按应付未付金额的千分之一支付违约金。"
        "违约金累计不超过合同总价的百分之十。"
    )
    b.heading(1, "不可抗力", toc=False)
    b.para(
        "因不可抗力不能履行合同的，受影响一方应及时通知对方并在 15 日内提供证明，根据不可抗力的影响部分或全部免除责任。"
    )
    b.heading(1, "争议解决", toc=False)
    b.para(
        "因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。"
    )
    b.heading(1, "合同生效、变更与终止", toc=False)
    b.para("本合同经双方签字盖章并在乙方收到首付款后生效。合同一式肆份，甲乙双方各执贰份，具有同等法律效力。")
    b.heading(1, "其他约定", toc=False)
    multiline(b, "contract.key_clauses", "无")
    b.para("（以下无正文）", align="center", indent=False)
    b.form(
        [
            ["甲方（盖章）", "{{ contract.party_a }}\n\n\n", "乙方（盖章）", "{{ contract.party_b }}\n\n\n"],
            ["授权代表", "{{ contract.customer_signatory }}", "授权代表", "{{ project.owner }}"],
            ["日期", "{{ contract.signed_date }}", "日期", "{{ contract.signed_date }}"],
        ],
        [2.8, 4.9, 2.8, 4.9],
    )
    b.page_break()
    b.para("附件一：供货清单", indent=False, bold=True, size=13)
    _quote_table(b)
    return b


def handover() -> Builder:
    b = Builder("项目移交单")
    title_block(b, "项目移交单")
    w = [3.0, 4.7, 3.0, 4.7]
    b.heading(1, "项目信息", toc=False)
    b.form(
        [
            ["客户名称", "{{ customer.name }}", "", ""],
            ["项目名称", "{{ project.name }}", "", ""],
            ["合同编号", "{{ contract.number }}", "合同金额", "{{ contract.amount }} 元"],
            ["合同金额（大写）", "{{ contract.amount_capitals }}", "", ""],
            ["签订日期", "{{ contract.signed_date }}", "生效日期", "{{ contract.effective_date }}"],
        ],
        w,
    )
    b.heading(1, "移交信息", toc=False)
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
    b.heading(1, "客户联系人", toc=False)
    b.table(
        ["姓名", "职务", "决策角色", "联系电话"],
        ["{{ c.name }}", "{{ c.title }}", "{{ c.role }}", "{{ c.phone }}"],
        [3.0, 4.0, 3.4, 5.0],
        loop="c in contacts",
    )
    b.heading(1, "付款节点", toc=False)
    b.table(
        ["付款节点", "金额（元）", "计划日期", "已到账（元）"],
        ["{{ p.milestone }}", "{{ p.amount }}", "{{ p.due_date }}", "{{ p.received_amount }}"],
        [4.4, 3.8, 3.6, 3.6],
        loop="p in payments",
        right=(1, 3),
        center=(2,),
    )
    b.heading(1, "移交说明", toc=False)
    multiline(b, "handover.handover_notes", "无")
    b.heading(1, "签收", toc=False)
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
