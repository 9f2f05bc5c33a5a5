"""Demo tender clauses (step Q) and the answers a bid team would record for them.

Each industry's tender asks for what such a system really needs; the business clauses are the
ones Chinese tenders carry (period, warranty, payment, validity). The answers are specific: a
正偏离 says what we offer beyond the clause, a 负偏离 says where we fall short and why.
"""

from __future__ import annotations

from projdesk.deliverables.bid_sections import bid_sections
from projdesk.deliverables.templates import find_template

# (text, mark, our response, explanation, the title of the bid's section that answers it)
Clause = tuple[str, str, str, str, str]

_TECH: dict[str, tuple[Clause, ...]] = {
    "电力": (
        (
            "调度数据网接入满足《电力监控系统安全防护规定》（发改委 14 号令）",
            "★",
            "无偏离",
            "按安全分区部署，纵向加密认证装置接入",
            "总体设计",
        ),
        ("支持 IEC 61970 CIM 模型导入导出", "", "响应", "提供 CIM/XML 与 CIM/E 两种格式", "产品与技术方案"),
    ),
    "政务": (
        (
            "系统通过网络安全等级保护三级测评",
            "★",
            "无偏离",
            "同类系统已通过等保三级测评（附测评报告）",
            "产品与技术方案",
        ),
        (
            "对接省一体化政务服务平台统一身份认证",
            "",
            "响应",
            "提供标准 OAuth2 接口，已在两个地市对接",
            "产品与技术方案",
        ),
    ),
    "金融": (
        ("核心数据同城双活，RPO=0、RTO≤15 分钟", "★", "正偏离", "RTO 实测 8 分钟", "总体设计"),
        (
            "符合 JR/T 0071 金融行业网络安全等级保护要求",
            "",
            "无偏离",
            "按 JR/T 0071 三级要求设计",
            "产品与技术方案",
        ),
    ),
    "教育": (
        ("支持不少于 3 万名师生同时在线", "★", "正偏离", "压测 5 万并发在线，响应时间 < 2 秒", "总体设计"),
        ("对接学校现有统一身份认证（CAS）", "", "响应", "支持 CAS 3.0 与 LDAP", "产品与技术方案"),
    ),
    "医疗": (
        (
            "支持 DICOM 3.0、HL7 标准，与 HIS/LIS 对接",
            "★",
            "无偏离",
            "通过 DICOM 3.0 一致性声明，已与三家 HIS 厂商对接",
            "产品与技术方案",
        ),
        ("影像调阅首幅显示不超过 3 秒", "", "正偏离", "实测首幅 1.2 秒", "总体设计"),
    ),
    "制造": (
        (
            "支持与现有 SAP ERP 的物料、工单双向同步",
            "★",
            "无偏离",
            "提供标准 RFC/IDoc 接口",
            "产品与技术方案",
        ),
        ("车间终端支持离线作业，恢复后自动同步", "", "响应", "本地缓存 72 小时作业数据", "总体设计"),
    ),
    "交通": (
        ("视频接入满足 GB/T 28181-2022", "★", "无偏离", "平台通过 GB/T 28181 检测", "产品与技术方案"),
        ("支持不少于 2000 路视频并发调阅", "", "负偏离", "单平台 1500 路，二期扩容至 2000 路", "总体设计"),
    ),
    "能源": (
        ("生产控制大区与管理信息大区物理隔离", "★", "无偏离", "采用正反向隔离装置", "总体设计"),
        ("支持 10 万个测点秒级采集", "", "响应", "分布式采集，单节点 2 万测点", "总体设计"),
    ),
    "通信": (
        ("支持百万级设备接入与告警压缩", "★", "正偏离", "实测 150 万设备接入，告警压缩率 92%", "总体设计"),
        ("北向接口符合 TMF 标准", "", "响应", "提供 TMF 639/641 接口", "产品与技术方案"),
    ),
    "零售": (
        ("门店 POS 断网情况下可持续收银", "★", "无偏离", "POS 本地库支持 7 天离线", "总体设计"),
        ("支持会员、积分、券的全渠道通用", "", "响应", "线上线下一套会员体系", "产品与技术方案"),
    ),
}
_COMMON_TECH: tuple[Clause, ...] = (
    ("软硬件适配国产操作系统与数据库", "★", "无偏离", "已完成麒麟 V10、达梦 DM8 适配认证", "产品与技术方案"),
    ("提供完整的运维监控与日志审计", "▲", "响应", "统一监控平台，日志保存 180 天", "产品与技术方案"),
)
_BUSINESS: tuple[Clause, ...] = (
    (
        "实施周期：合同签订后 90 日历天内完成上线",
        "★",
        "无偏离",
        "合同签订后 84 日历天内完成上线",
        "实施步骤与里程碑",
    ),
    ("质保期：终验合格后不少于三年", "★", "正偏离", "终验合格后五年原厂质保", "售后服务承诺"),
    (
        "付款方式：按合同约定分期支付，终验后付至 95%",
        "",
        "响应",
        "接受招标文件的付款方式",
        "分项报价表",
    ),
    ("投标有效期：投标截止日后 90 日", "", "无偏离", "投标有效期 90 日", "投标函"),
)


def section_of(title: str) -> str:
    """Where in the bid a clause is answered, as the built-in bid numbers it: 四（三）产品与技术方案."""
    for section in bid_sections(find_template("bid").path):
        if section.endswith(f"）{title}") or section.endswith(f"、{title}"):
            return section
    raise ValueError(f"the bid template has no section {title}")


def tender_clauses(industry: str) -> list[tuple[str, str, str, str, str, str, str]]:
    """(clause number, text, mark, category, response, explanation, where) for the industry's tender."""
    tech = (*_TECH.get(industry, _TECH["政务"]), *_COMMON_TECH)
    rows = [(f"3.{i}", *c[:2], "技术", *c[2:4], section_of(c[4])) for i, c in enumerate(tech, start=1)]
    rows += [(f"4.{i}", *c[:2], "商务", *c[2:4], section_of(c[4])) for i, c in enumerate(_BUSINESS, start=1)]
    return rows
