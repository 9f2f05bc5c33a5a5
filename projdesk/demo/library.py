"""A plausible material library for the demo company (海岱数智科技股份有限公司).

Every name, number and account here is invented. One qualification has lapsed a few weeks before
the demo's day, so the documents show how an expired certificate is left out with a warning.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from projdesk.domain.library import Case, Chapter, CompanyProfile, Library, Qualification, TeamMember

__all__ = ["demo_library"]

_COMPANY = CompanyProfile(
    name="海岱数智科技股份有限公司",
    intro=(
        "海岱数智科技股份有限公司成立于 2006 年，是一家从事信息系统集成、软件开发和运维服务的综合性 IT 服务商，"
        "总部位于济南，在省内 17 个地市设有分支机构，员工 860 余人，其中技术人员 620 人。\n"
        "公司具备信息系统建设和服务能力等级 CS4、ISO 9001 与 ISO/IEC 27001 体系认证，"
        "近五年承建政务、电力、医疗、教育、金融等行业的信息化项目 400 余个。"
    ),
    legal_rep="孙立群",
    address="山东省济南市高新区舜华路 2000 号舜泰广场 8 号楼 12 层",
    phone="0531-8890 6600",
    bank="中国工商银行济南高新支行",
    account="1602 0012 0920 0088 816",
    tax_number="91370100MA3C8K2X7Q",
    tax_rate="13%",
)

_PRODUCT_CHAPTERS = (
    Chapter(
        "总体架构",
        "系统采用“基础设施层—平台层—应用层—展现层”四层架构：基础设施层提供计算、存储与网络资源；"
        "平台层提供数据库、中间件和统一身份认证；应用层承载业务系统；展现层提供 PC 端与移动端访问。"
        "各层之间通过标准接口解耦，便于分期建设和后续扩容。",
    ),
    Chapter(
        "服务器与计算资源",
        "计算资源采用国产化机架式服务器集群，按业务负载分为数据库、应用和管理三个资源池。"
        "关键业务采用双机热备，单台服务器故障时业务在 30 秒内自动切换；集群预留 30% 的计算余量。",
        products=("服务器",),
    ),
    Chapter(
        "存储与数据保护",
        "核心数据存放在全闪存存储上，采用 RAID 2.0+ 与快照保护；通过存储双活实现同城容灾，"
        "RPO 为 0、RTO 不超过 15 分钟；每日增量、每周全量备份，备份数据保留 180 天。",
        products=("存储",),
    ),
    Chapter(
        "网络与安全",
        "网络按核心、汇聚、接入三层设计，核心交换机双机虚拟化部署；互联网出口部署下一代防火墙，"
        "按等级保护三级要求划分安全域，日志审计系统集中采集网络设备、服务器和数据库日志，保存不少于 180 天。",
        products=("交换机", "防火墙", "日志审计"),
    ),
    Chapter(
        "国产化基础软件",
        "操作系统采用银河麒麟 V10，数据库采用达梦 DM8 或人大金仓 KingbaseES V8，"
        "我方已完成主要业务组件在上述平台的适配与性能调优，并提供数据迁移工具和迁移验证报告。",
        products=("数据库", "操作系统"),
    ),
    Chapter(
        "虚拟化平台",
        "采用 FusionCompute 虚拟化平台统一管理计算资源，支持虚拟机在线迁移与高可用，"
        "通过资源池化把服务器利用率由 15% 左右提高到 60% 以上。",
        products=("虚拟化",),
    ),
)

_SERVICE_CHAPTERS = (
    Chapter(
        "实施方案",
        "项目按调研确认、详细设计、部署实施、试运行、验收移交五个阶段推进。"
        "每个阶段结束时与用户共同评审交付物，评审通过后进入下一阶段；数据迁移前在测试环境完成两轮演练。",
        kind="service",
    ),
    Chapter(
        "运维服务",
        "提供 7×24 小时服务热线和驻场运维；每月一次巡检并提交巡检报告，每季度一次系统健康评估。",
        kind="service",
        products=("运维",),
    ),
    Chapter(
        "培训方案",
        "培训分管理员、业务骨干和普通用户三个层次，采用集中授课与上机操作结合的方式，"
        "提供培训教材和操作手册，培训后进行考核。",
        kind="service",
        products=("培训",),
    ),
)

_CASES = (
    Case(
        "省电力公司信息通信分公司",
        "调度数据网安全防护改造",
        2024,
        Decimal("3860000.00"),
        "电力",
        "覆盖 16 个地市调度中心",
    ),
    Case(
        "淄博市供电公司",
        "配网自动化主站扩容",
        2023,
        Decimal("1520000.00"),
        "电力",
        "新增 1.2 万个配电终端接入",
    ),
    Case(
        "潍坊市大数据局",
        "一网通办平台二期",
        2024,
        Decimal("5230000.00"),
        "政务",
        "对接 42 个部门、1100 项事项",
    ),
    Case("济南市历下区行政审批服务局", "政务服务中心智能导办", 2023, Decimal("980000.00"), "政务", ""),
    Case("泰安城市商业银行", "同城双活数据中心建设", 2024, Decimal("7600000.00"), "金融", "RTO 实测 8 分钟"),
    Case("临沂农村商业银行", "核心系统国产化迁移", 2023, Decimal("4300000.00"), "金融", ""),
    Case("聊城师范学院", "智慧校园统一门户", 2024, Decimal("2180000.00"), "教育", "服务 3.6 万名师生"),
    Case("德州市第一中学", "录播教室与校园网升级", 2023, Decimal("860000.00"), "教育", ""),
    Case(
        "烟台市立医院",
        "PACS 影像系统与院内数据中心",
        2024,
        Decimal("3380000.00"),
        "医疗",
        "日均调阅 1.8 万幅",
    ),
    Case(
        "平阴县人民医院",
        "医院信息平台互联互通",
        2023,
        Decimal("1650000.00"),
        "医疗",
        "通过互联互通四级甲等测评",
    ),
    Case("济宁重型机械集团", "MES 与 ERP 集成", 2024, Decimal("2900000.00"), "制造", ""),
    Case("青岛市轨道交通集团", "视频监控平台扩容", 2023, Decimal("2450000.00"), "交通", "接入 1500 路视频"),
    Case("济宁热电有限公司", "生产实时数据平台", 2024, Decimal("1380000.00"), "能源", ""),
    Case("某通信运营商山东分公司", "综合网管告警压缩", 2023, Decimal("2760000.00"), "通信", ""),
    Case("潍坊连锁商业集团", "门店 POS 与会员系统", 2024, Decimal("1240000.00"), "零售", "覆盖 320 家门店"),
)

_TEAM = (
    TeamMember("项目经理", "王建华", "信息系统项目管理师（高级）、PMP"),
    TeamMember("技术负责人", "李文博", "系统架构设计师、华为 HCIE-Datacom"),
    TeamMember("数据库工程师", "赵明", "达梦 DCP、Oracle OCP"),
    TeamMember("安全工程师", "陈静", "CISP、等级保护测评师"),
    TeamMember("实施工程师", "刘洋", "HCIP-Storage、RHCE"),
)

_AFTER_SALES = (
    "7×24 小时服务热线 400-660-8890，接到故障报告后 30 分钟内响应。",
    "市区 2 小时、其他地区 4 小时内到达现场；重大故障 24 小时内恢复业务。",
    "质保期内免费维修和更换备件，备件库设在用户所在地市分支机构。",
    "质保期内免费提供软件升级和安全补丁，每季度上门巡检一次。",
    "质保期满后按不高于合同金额 8% 的年费提供续保服务。",
)


def demo_library(today: dt.date) -> Library:
    quals = (
        Qualification(
            "信息系统建设和服务能力等级证书（CS4）",
            "CS4-3701-000218",
            "中国电子信息行业联合会",
            today + dt.timedelta(days=620),
        ),
        Qualification(
            "ISO 9001 质量管理体系认证", "00224Q31877R2M", "中国质量认证中心", today + dt.timedelta(days=410)
        ),
        Qualification(
            "ISO/IEC 27001 信息安全管理体系认证",
            "0322ISMS0410",
            "中国网络安全审查认证中心",
            today + dt.timedelta(days=300),
        ),
        Qualification(
            "ISO/IEC 20000 信息技术服务管理体系认证",
            "0322ITSM0188",
            "中国网络安全审查认证中心",
            today - dt.timedelta(days=40),
        ),
        Qualification(
            "高新技术企业证书", "GR202437001266", "山东省科学技术厅", today + dt.timedelta(days=700)
        ),
    )
    return Library(
        company=_COMPANY,
        qualifications=quals,
        cases=_CASES,
        chapters=(*_PRODUCT_CHAPTERS, *_SERVICE_CHAPTERS),
        team=_TEAM,
        after_sales=_AFTER_SALES,
    )
