"""Realistic synthetic data for demos and benchmarks (``projdesk demo-data``, ``gui --demo``).

Everything is derived from ``random.Random(seed)`` and from ``today``: the same seed on the
same day gives the same ids, names, amounts and dates. Rows go in with Core bulk inserts in one
transaction, each stamped like :meth:`projdesk.storage.writer.Writer.create` would stamp it
(every user field ``[stamp, ""]``), so snapshots and merges treat demo rows like any others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import uuid
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Date, DateTime, insert, select
from sqlalchemy.orm import Session

from projdesk.demo.library import demo_library
from projdesk.demo.tender import tender_clauses
from projdesk.domain import stamps as field_stamps
from projdesk.domain.catalog import DOCUMENT_TITLES, STAGES, STEPS, StepSpec
from projdesk.domain.errors import InvalidInput
from projdesk.domain.key_account import KeyAccountFacts, suggest_reasons
from projdesk.domain.values import to_text
from projdesk.storage.models import (
    SYNCED_MODELS,
    Activity,
    ChangeRequest,
    Closing,
    Competitor,
    Contact,
    Contract,
    Customer,
    Document,
    HistoryEntry,
    Opportunity,
    Payment,
    Quote,
    QuoteLine,
    Review,
    Risk,
    Setting,
    StepRecord,
    Synced,
    TenderRequirement,
    user_fields,
)
from projdesk.storage.services.steps import _STEP_NAMESPACE, step_record_id
from projdesk.storage.writer import CLOCK_KEY

if TYPE_CHECKING:
    from projdesk.storage.services import Services

__all__ = ["DemoStats", "generate_demo"]

KEY_THRESHOLD = Decimal("5000000")
_NAMESPACE = uuid.UUID("0f6b7c44-3d0e-5a51-9c55-d3b1c6e0a9f2")
_OUR_COMPANY = "海岱数智科技股份有限公司"

# Risk register entries: description, response, probability, impact (the first four are the
# themes the older free-text field used).
_RISKS: tuple[tuple[str, str, str, str], ...] = (
    ("竞争对手关系较深", "请公司领导拜访关键决策人，突出本地服务与同行业案例", "high", "high"),
    ("预算可能压缩", "准备分期建设方案，先上核心模块", "medium", "medium"),
    ("招标时间不确定", "每周与信息中心确认采购计划", "low", "medium"),
    ("客户领导可能调整", "同时维护分管领导与业务部门关系", "low", "high"),
    ("接口文档不全，联调工期难估", "调研时约第三方厂商一并确认接口", "medium", "medium"),
    ("客户对数据迁移顾虑较大", "演示迁移工具并提供回退预案", "low", "medium"),
    ("付款条件可能偏长", "在合同评审前与财务确认底线", "low", "low"),
)
_CLOSED_RISK_NOTES = {"won": "已签约，风险未发生", "lost": "丢单，风险成真"}
# Change requests after signing: reason, impact, how it was decided when not the first one.
_CHANGES: tuple[tuple[str, str, str], ...] = (
    ("客户要求增加与财务系统的接口", "增加接口开发与联调，工期延长约两周", "approved"),
    ("增加两个地市分支机构的部署", "增加部署与培训工作量", "approved"),
    ("报表需求调整，新增管理驾驶舱", "增加报表开发，需客户提供口径", "rejected"),
    ("硬件型号升级（原型号停产）", "设备单价上调，到货时间不变", "approved"),
)
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class DemoStats:
    customers: int
    contacts: int
    opportunities: int
    activities: int
    quotes: int


# ---------------------------------------------------------------------------------------
# Vocabulary.

# 17 prefecture-level cities: (city, area code, division code, districts/counties).
CITIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("济南", "0531", "370100", ("历下区", "市中区", "槐荫区", "历城区", "章丘区", "长清区")),
    ("青岛", "0532", "370200", ("市南区", "市北区", "黄岛区", "崂山区", "城阳区", "即墨区", "胶州市")),
    ("淄博", "0533", "370300", ("张店区", "淄川区", "博山区", "临淄区", "周村区")),
    ("枣庄", "0632", "370400", ("市中区", "薛城区", "峄城区", "滕州市")),
    ("东营", "0546", "370500", ("东营区", "河口区", "垦利区", "广饶县")),
    ("烟台", "0535", "370600", ("芝罘区", "福山区", "莱山区", "龙口市", "莱州市")),
    ("潍坊", "0536", "370700", ("奎文区", "潍城区", "寿光市", "青州市", "诸城市")),
    ("济宁", "0537", "370800", ("任城区", "兖州区", "曲阜市", "邹城市")),
    ("泰安", "0538", "370900", ("泰山区", "岱岳区", "新泰市", "肥城市")),
    ("威海", "0631", "371000", ("环翠区", "文登区", "荣成市", "乳山市")),
    ("日照", "0633", "371100", ("东港区", "岚山区", "五莲县", "莒县")),
    ("莱芜", "0634", "371200", ("莱城区", "钢城区")),
    ("临沂", "0539", "371300", ("兰山区", "罗庄区", "河东区", "沂南县", "郯城县")),
    ("德州", "0534", "371400", ("德城区", "陵城区", "禹城市", "乐陵市")),
    ("聊城", "0635", "371500", ("东昌府区", "临清市", "茌平区", "阳谷县")),
    ("滨州", "0543", "371600", ("滨城区", "沾化区", "邹平市", "博兴县")),
    ("菏泽", "0530", "371700", ("牡丹区", "定陶区", "曹县", "单县", "郓城县")),
)

# Per industry: name patterns ({c} city, {d} district with its city, {w} brand word),
# the kind of body (企业 / 机关 / 事业单位) for the credit code, and typical projects.
_BODIES: dict[str, tuple[tuple[str, str], ...]] = {
    "电力": (
        ("国网{c}供电公司", "企业"),
        ("国网{d}供电公司", "企业"),
        ("{c}{w}热电有限公司", "企业"),
        ("{c}电力设计院有限公司", "企业"),
        ("{c}{w}新能源发电有限公司", "企业"),
    ),
    "政务": (
        ("{c}市政务服务中心", "机关"),
        ("{c}市大数据局", "机关"),
        ("{c}市公安局", "机关"),
        ("{c}市人力资源和社会保障局", "机关"),
        ("{c}市自然资源和规划局", "机关"),
        ("{c}市住房公积金管理中心", "事业单位"),
        ("{d}行政审批服务局", "机关"),
        ("{d}人民法院", "机关"),
        ("{c}市市场监督管理局", "机关"),
        ("{d}综合行政执法局", "机关"),
    ),
    "金融": (
        ("{c}农商银行", "企业"),
        ("{d}农村商业银行", "企业"),
        ("{c}银行股份有限公司", "企业"),
        ("中国建设银行{c}分行", "企业"),
        ("中国人寿保险{c}分公司", "企业"),
        ("{c}{w}融资担保有限公司", "企业"),
    ),
    "教育": (
        ("{c}第一中学", "事业单位"),
        ("{c}职业技术学院", "事业单位"),
        ("{d}实验中学", "事业单位"),
        ("{c}市教育局", "机关"),
        ("{d}第二实验小学", "事业单位"),
        ("{c}{w}学院", "事业单位"),
        ("{c}市技师学院", "事业单位"),
    ),
    "医疗": (
        ("{c}市人民医院", "事业单位"),
        ("{c}市中医医院", "事业单位"),
        ("{d}人民医院", "事业单位"),
        ("{c}市妇幼保健院", "事业单位"),
        ("{c}市中心医院", "事业单位"),
        ("{d}中医院", "事业单位"),
        ("{c}市卫生健康委员会", "机关"),
    ),
    "制造": (
        ("{c}{w}机械制造有限公司", "企业"),
        ("{c}{w}重工集团有限公司", "企业"),
        ("{c}{w}化工有限公司", "企业"),
        ("{c}{w}汽车零部件有限公司", "企业"),
        ("{c}{w}纺织集团有限公司", "企业"),
        ("{c}{w}轮胎有限公司", "企业"),
        ("{c}{w}食品股份有限公司", "企业"),
        ("{c}{w}精密制造有限公司", "企业"),
    ),
    "交通": (
        ("{c}公交集团有限责任公司", "企业"),
        ("{c}港口集团有限公司", "企业"),
        ("{c}市交通运输局", "机关"),
        ("{c}{w}物流有限公司", "企业"),
        ("{c}机场有限公司", "企业"),
        ("{c}高速公路管理处", "事业单位"),
    ),
    "能源": (
        ("{c}燃气集团有限公司", "企业"),
        ("{c}热力有限公司", "企业"),
        ("{c}水务集团有限公司", "企业"),
        ("{c}{w}能源集团有限公司", "企业"),
        ("{d}港华燃气有限公司", "企业"),
        ("{c}{w}石油化工有限公司", "企业"),
    ),
    "通信": (
        ("中国移动{c}分公司", "企业"),
        ("中国联通{c}分公司", "企业"),
        ("中国电信{c}分公司", "企业"),
        ("中国移动{d}分公司", "企业"),
        ("{c}广电网络有限公司", "企业"),
        ("中国铁塔{c}分公司", "企业"),
    ),
    "零售": (
        ("{c}{w}百货大楼有限公司", "企业"),
        ("{c}{w}商业集团有限公司", "企业"),
        ("{c}{w}连锁超市有限公司", "企业"),
        ("{c}{w}医药连锁有限公司", "企业"),
        ("{c}{w}家居广场有限公司", "企业"),
    ),
}
_BRAND_WORDS = (
    "华鲁",
    "恒通",
    "金宇",
    "鲁丰",
    "泰和",
    "瑞丰",
    "宏达",
    "圣元",
    "齐星",
    "汇丰",
    "新华",
    "国信",
    "东岳",
    "海通",
    "宝源",
    "嘉诚",
    "信发",
    "正大",
    "明泉",
    "富源",
    "鸿腾",
    "润德",
    "天元",
    "永泰",
)
_PROJECTS: dict[str, tuple[str, ...]] = {
    "电力": (
        "调度自动化平台",
        "配电网自动化系统",
        "营销业务系统升级",
        "用电信息采集系统",
        "输电线路智能巡检平台",
        "数据中心扩容",
        "网络安全等保整改",
        "电力物资管理系统",
    ),
    "政务": (
        "一网通办平台升级",
        "政务云扩容",
        "电子证照系统",
        "12345热线平台改造",
        "城市大脑一期",
        "网络安全等保整改",
        "视频会议系统",
        "政务数据共享交换平台",
        "智慧审批系统",
    ),
    "金融": (
        "核心业务系统灾备",
        "信贷管理系统",
        "手机银行改版",
        "数据仓库建设",
        "网点智能化改造",
        "网络安全等保整改",
        "反洗钱监测系统",
        "数据中心扩容",
    ),
    "教育": (
        "智慧校园",
        "校园网改造",
        "录播教室建设",
        "教务管理系统",
        "数据中心机房建设",
        "智慧图书馆",
        "网络安全等保整改",
    ),
    "医疗": (
        "HIS 系统改造",
        "电子病历评级改造",
        "互联网医院平台",
        "PACS 影像系统",
        "医院数据中心扩容",
        "医院信息集成平台",
        "网络安全等保整改",
        "智慧后勤管理系统",
    ),
    "制造": (
        "MES 项目",
        "ERP 升级",
        "智能仓储 WMS 系统",
        "工业互联网平台",
        "设备物联网监测",
        "PLM 系统",
        "数据中心扩容",
        "质量追溯系统",
    ),
    "交通": (
        "智能调度系统",
        "公交一卡通升级",
        "智慧停车平台",
        "视频监控系统改造",
        "车辆定位监控平台",
        "智慧港口操作系统",
        "数据中心扩容",
    ),
    "能源": (
        "燃气 SCADA 系统",
        "智慧管网 GIS 平台",
        "客服收费系统",
        "安全生产监控平台",
        "智能表具管理系统",
        "数据中心扩容",
        "网络安全等保整改",
    ),
    "通信": (
        "数据中心扩容",
        "IT 支撑系统改造",
        "网络安全等保整改",
        "智慧营业厅",
        "政企客户运营平台",
        "机房动环监控系统",
    ),
    "零售": (
        "会员营销平台",
        "门店 POS 系统升级",
        "供应链管理系统",
        "数据中台",
        "智慧门店改造",
        "电商平台对接",
    ),
}
_PROJECT_SUFFIXES = ("项目", "建设项目", "项目", "采购项目", "（一期）", "二期项目")

_DECIDERS: dict[str, tuple[str, ...]] = {
    "电力": ("总经理", "分管副总经理"),
    "政务": ("局长", "主任", "副局长"),
    "金融": ("行长", "分管副行长"),
    "教育": ("校长", "副校长"),
    "医疗": ("院长", "副院长"),
    "制造": ("总经理", "董事长", "副总经理"),
    "交通": ("总经理", "副总经理"),
    "能源": ("总经理", "分管副总经理"),
    "通信": ("副总经理", "总经理"),
    "零售": ("总经理", "副总经理"),
}
_BUSINESS: dict[str, tuple[str, ...]] = {
    "电力": ("调度控制中心主任", "营销部主任", "运检部主任"),
    "政务": ("办公室主任", "政务服务科科长", "业务科科长"),
    "金融": ("财务部总经理", "风险管理部总经理", "零售业务部经理"),
    "教育": ("教务处处长", "财务处长", "学生处处长"),
    "医疗": ("医务科科长", "财务处长", "护理部主任"),
    "制造": ("生产部经理", "财务总监", "质量部经理"),
    "交通": ("运营部经理", "调度中心主任", "财务部经理"),
    "能源": ("生产运行部经理", "客服中心主任", "安全部经理"),
    "通信": ("政企部经理", "网络部经理", "市场部经理"),
    "零售": ("营运总监", "财务经理", "采购部经理"),
}
_TITLES: dict[str, tuple[str, ...]] = {
    "信息中心": ("信息中心主任", "信息中心副主任", "信息科科长", "网络管理员", "数字化部部长"),
    "具体经办人": ("信息科工程师", "办公室副主任", "采购专员", "项目专员", "系统管理员"),
    "领导": ("党委书记", "分管副职", "总会计师", "工会主席"),
    "选型小组": ("选型小组成员", "招标办主任", "评审专家组组长"),
}
_BACKGROUNDS = (
    "分管信息化工作多年，重视投入产出和建设实效。",
    "技术出身，对系统架构和数据安全要求高。",
    "新到任，希望尽快做出信息化成绩。",
    "与{comp}有过合作，对其服务有意见。",
    "务实，关注实施周期和后期运维。",
    "在行业内有影响力，常参加省里的信息化评审。",
    "做事谨慎，决策前会征求信息中心意见。",
    "",
)

_SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜"
    "戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎常武乔贺赖龚文"
)
_GIVEN = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "秀英",
    "建华",
    "志刚",
    "海燕",
    "晓东",
    "国庆",
    "红梅",
    "立新",
    "春雷",
    "玉兰",
    "建军",
    "文博",
    "慧",
    "鹏",
    "宁",
    "晓峰",
    "振华",
    "雪",
    "凯",
    "晨",
    "琳",
    "宏伟",
    "永刚",
    "瑞",
    "彬",
    "桂英",
    "海波",
    "子豪",
    "思远",
    "佳",
)

OWNERS = ("王建国", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "孙丽")
LEADS = (
    ("周志强", True),
    ("吴海涛", True),
    ("郑晓明", True),
    ("马俊", True),
    ("冯涛", False),
    ("韩雪", False),
)
PRESALES = ("林晓峰", "高文博", "何思远", "罗佳", "梁振华", "宋宁")
REVIEWERS = ("总部业务营运部 许立新", "总部业务营运部 曾红梅", "总部业务营运部 彭永刚")
IMPLEMENTERS = ("技术支持部 苏海波", "技术支持部 蒋凯", "技术支持部 蔡晨", "技术支持部 魏彬")

COMPETITORS: dict[str, tuple[str, ...]] = {
    "": ("华为", "新华三", "浪潮", "东软", "神州数码", "中软国际", "太极股份", "用友", "金蝶"),
    "电力": ("国电南瑞", "积成电子", "东方电子"),
    "政务": ("浪潮", "数字政通", "南威软件", "太极股份"),
    "金融": ("长亮科技", "宇信科技", "神州信息"),
    "教育": ("正方软件", "新开普", "锐捷网络"),
    "医疗": ("卫宁健康", "东华医为", "创业慧康", "东软"),
    "制造": ("用友", "金蝶", "鼎捷软件", "浪潮"),
    "交通": ("海信网络科技", "千方科技", "华为"),
    "能源": ("积成电子", "新奥数能", "浪潮"),
    "通信": ("亚信科技", "华为", "中兴通讯"),
    "零售": ("用友", "金蝶", "海鼎", "有赞"),
}
_STRENGTHS = (
    "价格低，承诺免费二次开发",
    "品牌知名度高，客户领导认可",
    "与信息中心关系密切，做过前期项目",
    "本地有实施团队",
    "产品功能全，行业案例多",
    "报价灵活，可分期付款",
)
# Closed deals: why they were lost (catalog.LOSS_REASONS) with the words a salesperson writes,
# and the 项目总结 each leaves for step D of later deals.
_LOSS_STORIES: tuple[tuple[str, str], ...] = (
    ("价格", "对手报价低约 15%，客户最终按最低价中标"),
    ("技术方案", "客户更认可对手的国产化适配方案"),
    ("客户关系", "对手与分管领导关系深，评标阶段占优"),
    ("服务能力", "客户要求本地驻场团队，我方人员不足"),
    ("预算取消", "财政预算压缩，项目暂缓到明年"),
)
_WORKED = (
    "较早拿到了信息中心的支持，需求调研做得扎实",
    "演示贴近客户业务，用了同行业的演示数据",
    "报价明细清楚，评审一次通过",
)
_NOT_WORKED = (
    "报价偏高，没有及时摸清竞争对手的价格",
    "与关键决策人接触太晚，选型小组没有覆盖到",
    "方案对国产化要求回应不足",
)
_LESSONS = (
    "{ind}行业客户看重本地化服务团队，投标前要落实驻场人员",
    "立项前就要确认预算来源和审批节点",
    "评标办法出来后要第一时间对照逐条应答",
)
_HOLD_REASONS = (
    "客户预算冻结，等待下一年度立项",
    "客户组织调整，项目负责人待定",
    "上级单位统一选型，暂停本地采购",
)

_ANSWERS = (
    "突出本地 17 个地市的服务网络和响应速度",
    "强调同行业成功案例和集成能力",
    "提供样板用户现场考察",
    "方案分期建设，降低一期投入",
    "承诺驻场实施和三年原厂维保",
    "突出数据迁移和接口经验",
)

_SOURCES = ("网络搜索", "电话", "行业会议", "同学朋友", "老客户介绍", "同行交流", "地区扫街", "其他")
_ROADS = (
    "经十路",
    "泉城路",
    "解放路",
    "人民路",
    "文化路",
    "建设路",
    "新华路",
    "和平路",
    "黄河路",
    "泰山路",
    "长江路",
    "东风街",
    "胜利大街",
    "工业大道",
    "滨河路",
    "青年路",
)

# The items a quote is made of: item, brand, model, unit, list price (yuan).
_ITEMS: tuple[tuple[str, str, str, str, int], ...] = (
    ("机架式服务器", "华为", "FusionServer 2288H V6", "台", 68000),
    ("机架式服务器", "浪潮", "NF5280M6", "台", 62000),
    ("机架式服务器", "新华三", "UniServer R4900 G5", "台", 65000),
    ("全闪存存储", "华为", "OceanStor Dorado 5000", "套", 420000),
    ("核心交换机", "新华三", "S12508X-AF", "台", 360000),
    ("核心交换机", "华为", "CloudEngine 12808", "台", 380000),
    ("接入交换机", "锐捷", "RG-S5750C-48GT4XS", "台", 9800),
    ("下一代防火墙", "深信服", "AF-1000-B2150", "台", 86000),
    ("数据库管理系统", "达梦", "DM8 企业版", "套", 120000),
    ("数据库管理系统", "人大金仓", "KingbaseES V8", "套", 98000),
    ("服务器操作系统", "麒麟软件", "银河麒麟 V10", "套", 4800),
    ("虚拟化软件", "华为", "FusionCompute 8.0", "CPU", 15000),
    ("不间断电源", "科华", "YTR3340 40kVA", "台", 56000),
    ("标准机柜", "图腾", "G36042", "台", 4200),
    ("日志审计系统", "奇安信", "SecFox-LA", "套", 68000),
    ("定制开发", _OUR_COMPANY[:4], "按需求规格说明书", "人天", 1800),
    ("实施服务", _OUR_COMPANY[:4], "部署、迁移、联调", "人天", 1500),
    ("运维服务", _OUR_COMPANY[:4], "7×24 小时驻场", "年", 150000),
    ("培训服务", _OUR_COMPANY[:4], "管理员及业务人员培训", "次", 8000),
)

# Activity wording per step: (types, contents, results).
_ACT: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "A": (
        ("电话", "其他"),
        (
            "通过{src}获悉{cust}计划建设{proj}，初步判断有跟进价值",
            "老客户介绍{cust}有{proj}需求，已建立项目进展日志",
            "在{ind}行业信息化交流会上结识{c1}，了解到{proj}规划",
        ),
        ("线索已登记", "值得跟进，列入本季度重点", "需求尚不清晰，先保持联系"),
    ),
    "B": (
        ("电话",),
        (
            "电话联系{c1}，说明来意，约定到单位拜访了解需求",
            "电话预约{c1}，对方近期忙于年度检查，约定改期",
            "微信联系{c1}，确认拜访时间和参加人员",
        ),
        ("对方同意拜访", "改期到下周", "已确认拜访时间"),
    ),
    "C": (
        ("其他",),
        (
            "查阅{cust}官网和年报，整理近三年信息化建设情况",
            "收集{ind}行业政策文件和同类单位建设案例",
            "整理{cust}近年公开招标信息，了解现有系统供应商",
        ),
        ("资料已整理归档", "形成拜访提纲", "发现{comp}是现有供应商"),
    ),
    "D": (
        ("会议", "电话"),
        (
            "向做过{ind}行业项目的同事请教，拿到两个同类案例",
            "与售前部讨论{proj}可借鉴的经验",
            "调阅公司{ind}行业案例库，整理经验要点",
        ),
        ("案例可借鉴", "了解到客户关注点", "整理出三条经验"),
    ),
    "E": (
        ("拜访", "宴请"),
        (
            "拜访{c1}，了解{proj}的规划和预算",
            "与{kdm}座谈，了解项目背景和时间要求",
            "拜访信息中心，摸清现有系统情况，得知{comp}也在接触",
        ),
        ("预算已基本落实", "{kdm}表示今年要启动", "确认了主管部门和经办人"),
    ),
    "F": (
        ("拜访", "会议"),
        ("向{cust}领导介绍公司整体实力和本地服务网络", "带{c1}参观公司展厅，介绍公司资质"),
        ("客户对公司规模印象较好", "客户认可本地服务能力"),
    ),
    "G": (
        ("拜访", "演示"),
        ("介绍公司{ind}行业解决方案及同行业成功用户", "产品交流会，介绍平台核心功能"),
        ("客户对数据集成能力感兴趣", "{c1}提出接口方面的问题，已答复"),
    ),
    "H": (
        ("拜访",),
        ("介绍服务体系和本地化服务团队", "介绍咨询和实施体系，说明驻场支持安排"),
        ("客户关心响应时间，已说明", "客户认可服务承诺"),
    ),
    "I": (
        ("拜访", "宴请", "会议"),
        (
            "与业务部门座谈，了解日常业务流程和痛点",
            "与{c1}交流信息化建设思路",
            "宴请{kdm}及信息中心人员，交流下一步建设设想",
        ),
        ("得知已成立选型小组", "收集到业务部门的主要诉求", "关系进一步拉近"),
    ),
    "J": (
        ("会议", "其他"),
        (
            "提交立项申请，申请售前顾问支持",
            "内部立项会，确定{lead}任项目主管",
            "立项申请获批，公司安排售前顾问参与",
        ),
        ("立项通过", "已安排顾问支持", "推进计划已确定"),
    ),
    "K": (
        ("拜访", "会议"),
        ("调研组进场，访谈信息中心和业务部门", "向{kdm}汇报调研成果", "整理调研记录，形成调研报告初稿"),
        ("{kdm}认可主要结论", "调研覆盖主要业务部门", "报告初稿已完成"),
    ),
    "L": (
        ("邮件", "会议"),
        ("完成方案初稿，内部评审", "将方案初稿发给{c1}征求意见"),
        ("内部评审通过", "客户答应一周内反馈"),
    ),
    "M": (
        ("拜访", "邮件"),
        ("收集{c1}对方案的修改意见", "根据客户意见修改方案，形成正式版", "向{kdm}提交正式建议方案"),
        ("收到修改意见八条", "客户基本认可方案", "方案正式版已提交"),
    ),
    "N": (
        ("演示",),
        ("在客户会议室进行产品演示", "为信息中心单独演示系统管理和接口功能", "准备演示环境和演示数据"),
        ("客户提出三项特殊需求", "演示效果良好", "演示环境已就绪"),
    ),
    "O": (
        ("会议", "拜访"),
        ("向{kdm}讲解整体方案，重点说明分期建设思路", "向业务部门讲解方案，解答流程问题"),
        ("{kdm}认可方案思路", "业务部门疑问已解答"),
    ),
    "P": (
        ("邮件", "会议"),
        ("提交第一轮报价", "客户反馈价格偏高，与业务营运部商议调整", "提交调整后的报价"),
        ("报价已提交", "客户要求再优惠", "价格基本谈妥"),
    ),
    "Q": (
        ("会议", "其他"),
        ("购买招标文件，逐条分析技术和商务要求", "完成投标文件初稿，核对技术偏离表"),
        ("招标要求已逐条分析", "投标文件初稿完成"),
    ),
    "R": (
        ("其他", "会议"),
        ("投标文件提交总部业务营运部评审", "根据评审意见修改商务部分和报价明细"),
        ("评审通过", "按意见修改完成"),
    ),
    "S": (("其他",), ("按时递交投标文件", "完成投标文件签章和密封"), ("已递交", "签章齐全")),
    "T": (
        ("会议",),
        ("参加讲标答辩，评委关注实施周期和售后服务", "开标，参加讲标"),
        ("讲标顺利", "技术分排名靠前"),
    ),
    "U": (
        ("会议", "拜访"),
        ("按公司模板起草合同，与客户确认付款条款", "与客户法务沟通合同条款"),
        ("合同草稿已发客户", "主要条款达成一致"),
    ),
    "V": (
        ("会议",),
        ("合同提交总部评审，修改违约责任条款", "与客户就付款比例磋商"),
        ("评审通过", "达成一致"),
    ),
    "W": (("拜访",), ("{kdm}签字盖章，合同正式签定", "合同原件归档"), ("合同已签定", "已归档")),
    "X": (("电话", "会议"), ("首付款到账，合同生效", "召开项目启动会"), ("首付款已到账", "项目正式启动")),
    "Y": (
        ("会议",),
        ("向技术支持部移交项目，确定项目实施经理", "召开移交会，交代客户情况和承诺事项"),
        ("移交完成", "实施小组已组建"),
    ),
    "Z": (
        ("会议", "电话", "拜访"),
        (
            "项目上线试运行，跟进到货款回款",
            "与实施经理沟通进度，协调解决数据迁移问题",
            "回访{kdm}，了解实施满意度",
        ),
        ("进度正常", "问题已协调解决", "客户对实施进展满意"),
    ),
}
_NEXT: dict[str, str] = {
    "A": "确认客户需求线索",
    "B": "电话预约信息中心主任拜访",
    "C": "整理客户公开资料",
    "D": "请教同行业案例",
    "E": "拜访了解预算和决策人",
    "F": "安排公司介绍",
    "G": "安排产品交流会",
    "H": "介绍服务体系",
    "I": "与业务部门座谈",
    "J": "提交立项申请",
    "K": "安排调研访谈",
    "L": "完成方案初稿",
    "M": "收集方案修改意见",
    "N": "安排产品演示",
    "O": "向领导讲解方案",
    "P": "提交报价",
    "Q": "编制投标文件",
    "R": "投标文件送总部评审",
    "S": "递交投标文件",
    "T": "准备讲标",
    "U": "起草合同",
    "V": "合同送总部评审",
    "W": "安排合同签字",
    "X": "催收首付款",
    "Y": "办理项目移交",
    "Z": "跟进验收回款",
}
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_STAGE_WEIGHTS = (18, 16, 12, 11, 10, 9, 8, 7, 5, 4)
_DOC_STAGE = {
    "initiation": 3,
    "research": 4,
    "proposal": 5,
    "solution": 8,
    "bid": 8,
    "contract": 9,
    "handover": 10,
}
# Documents a stage gate asks for, by the stage whose gate asks (catalog.STAGE_GATES).
_GATE_DOCUMENTS = {"research": 5, "proposal": 6}
_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def _uuid5(namespace: bytes, name: str) -> str:
    """``str(uuid.uuid5(UUID(bytes=namespace), name))`` without building UUID objects (3x faster)."""
    d = bytearray(hashlib.sha1(namespace + name.encode()).digest()[:16])
    d[6] = (d[6] & 0x0F) | 0x50
    d[8] = (d[8] & 0x3F) | 0x80
    h = d.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_STEP_NS = _STEP_NAMESPACE.bytes
if _uuid5(_STEP_NS, "probe:A") != step_record_id("probe", "A"):  # pragma: no cover - guards the shortcut
    raise RuntimeError("demo step record ids no longer match step_record_id")


def credit_code(authority: str, kind: str, division: str, body: str) -> str:
    """A unified social credit code (GB 32100) with a valid check character."""
    head = authority + kind + division + body
    total = sum(_CODE_CHARS.index(ch) * w for ch, w in zip(head, _CODE_WEIGHTS, strict=True))
    return head + _CODE_CHARS[(31 - total % 31) % 31]


def _money(value: float, step: int) -> Decimal:
    return (Decimal(round(value / step)) * step).quantize(_CENT)


# ---------------------------------------------------------------------------------------
# Generation.


@dataclass
class _Person:
    name: str
    title: str
    role: str


@dataclass
class _Cust:
    idx: int
    id: str
    name: str
    city: str
    industry: str
    kind: str  # 企业 / 机关 / 事业单位
    created: int  # days ago
    opps: list[_Opp] = field(default_factory=list)
    contacts: list[_Person] = field(default_factory=list)


@dataclass
class _Opp:
    idx: int
    id: str
    cust: _Cust
    name: str
    stage: int
    status: str
    amount: Decimal
    owner: str
    created: int  # days ago
    entered: int  # days ago the current stage began
    competitors: list[str] = field(default_factory=list)
    plan: list[tuple[str, str, int]] = field(default_factory=list)  # letter, status, day (days ago)
    products: str = ""  # the items of the last quote round (a closed deal's case names them)


class _Generator:
    def __init__(
        self, services: Services, count: int, seed: int, today: dt.date, me: str | None = None
    ) -> None:
        self.count = count
        # The user's own name takes the first owner's deals, so 我的 views (the weekly report,
        # the reminders) show something on a demo started from the welcome.
        self.owners = (me, *OWNERS[1:]) if me else OWNERS
        self.rng = random.Random(seed)
        self.today = today
        self.ns_bytes = uuid.uuid5(_NAMESPACE, f"projdesk-demo:{seed}").bytes
        self.stamp = ""
        self._days: dict[int, dt.date] = {}
        self.clock = services.ctx.clock
        self.device = services.ctx.device
        self.rows: dict[type[Any], list[dict[str, Any]]] = defaultdict(list)

    # -- helpers -------------------------------------------------------------------------

    def uid(self, kind: str, *parts: object) -> str:
        return _uuid5(self.ns_bytes, ":".join((kind, *map(str, parts))))

    def new_stamp(self) -> None:
        """One clock stamp for the rows of one record group (a customer, an opportunity)."""
        self.stamp = self.clock.now()

    def pick(self, items: list[_Person] | list[str], k: int = 2) -> list[Any]:
        """Up to ``k`` distinct items (cheaper than ``random.sample`` for tiny lists)."""
        if len(items) <= k:
            return list(items)
        i = int(self.rng.random() * len(items))
        j = (i + 1 + int(self.rng.random() * (len(items) - 1))) % len(items)
        return [items[i], items[j]] if k == 2 else [items[i]]

    def day(self, days_ago: int) -> dt.date:
        found = self._days.get(days_ago)
        if found is None:
            found = self._days[days_ago] = self.today - dt.timedelta(days=days_ago)
        return found

    def at(self, days_ago: int) -> dt.datetime:
        minutes = 8 * 60 + 30 + int(self.rng.random() * 540)
        return dt.datetime.combine(self.day(days_ago), dt.time(minutes // 60, minutes % 60))

    def person(self, taken: set[str] | None = None) -> str:
        rng = self.rng
        while True:
            name = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
            if taken is None or name not in taken:
                return name

    def add(
        self, table: type[Synced], row_id: str, created: dt.datetime, updated: dt.datetime, /, **values: Any
    ) -> None:
        """Queue one row, every user field stamped ``[stamp, ""]`` as ``Writer.create`` does.

        ``stamps`` is kept as its compact text (the one ``projdesk.domain.stamps.encode``
        gives): every field shares the group's stamp, which stands for the table's columns; a
        step record's values are listed by key (with the row's stamp).
        """
        stamps = self.stamp
        if table is StepRecord and values["values"]:
            stamps += "".join(f";values.{key}" for key in sorted(values["values"]))
        values.update(
            id=row_id,
            created_at=created,
            updated_at=updated,
            device=self.device,
            deleted=False,
            stamps=stamps,
        )
        self.rows[table].append(values)

    # -- customers and opportunities ---------------------------------------------------------

    def customers(self, n: int, taken: set[str]) -> list[_Cust]:
        rng = self.rng
        result: list[_Cust] = []
        industries = list(_BODIES)
        attempts = 0
        while len(result) < n:
            attempts += 1
            city, _code, _div, districts = rng.choice(CITIES)
            industry = rng.choice(industries)
            pattern, kind = rng.choice(_BODIES[industry])
            district = rng.choice(districts)
            full_district = f"{city}市{district}" if district.endswith("区") else district
            name = pattern.format(c=city, d=full_district, w=rng.choice(_BRAND_WORDS))
            if name in taken:
                if attempts > n * 50:
                    name = f"{name}（{len(result) + 1}）"
                else:
                    continue
            taken.add(name)
            idx = len(result)
            result.append(
                _Cust(idx, self.uid("customer", idx), name, city, industry, kind, rng.randrange(120, 400))
            )
        return result

    def opportunities(self, custs: list[_Cust]) -> list[_Opp]:
        rng = self.rng
        stages = list(range(1, 11))
        opps: list[_Opp] = []
        for i in range(self.count):
            cust = custs[i] if i < len(custs) else custs[rng.randrange(len(custs))]
            used = {o.name for o in cust.opps}
            while True:
                base = rng.choice(_PROJECTS[cust.industry])
                name = base + rng.choice(_PROJECT_SUFFIXES)
                if rng.random() < 0.25:
                    name = f"{self.today.year - rng.randrange(2)}年{name}"
                if name not in used:
                    break
            stage = rng.choices(stages, _STAGE_WEIGHTS)[0]
            r = rng.random()
            if stage == 10:
                # Handed over: in implementation (still collecting payments) or finished.
                status = "won" if r < 0.4 else "open"
            elif stage == 9:
                status = "won" if r < 0.25 else "open"
            elif stage >= 2 and r < 0.09:
                status = "lost"
            elif r < 0.15:
                status = "on_hold"
            else:
                status = "open"
            log_amount = rng.triangular(4.7, 7.3, 5.8)  # 5万 … 2000万, mostly 30–200万
            raw = 10**log_amount
            amount = _money(raw, 10000 if raw >= 1_000_000 else 1000)
            entered = rng.randrange(1, 61) if status == "open" else rng.randrange(10, 90)
            created = min(185, entered + rng.randrange(10, 25) + stage * rng.randrange(6, 14))
            opp = _Opp(
                i,
                self.uid("opportunity", i),
                cust,
                name,
                stage,
                status,
                amount,
                rng.choice(self.owners),
                created,
                entered,
            )
            pool = COMPETITORS[cust.industry] + COMPETITORS[""]
            if (stage >= 2 and rng.random() < 0.85) or status == "lost":  # a lost deal was lost to someone
                opp.competitors = rng.sample(sorted(set(pool)), rng.randrange(1, 4))
            opp.plan = self.plan(opp)
            cust.opps.append(opp)
            cust.created = max(cust.created, created + 5)
            opps.append(opp)
        return opps

    def plan(self, opp: _Opp) -> list[tuple[str, str, int]]:
        """Each touched step: letter, status, the day (days ago) it was completed or last worked on."""
        rng = self.rng
        stage = opp.stage
        prior = [ch for s in STAGES[: stage - 1] for ch in s.letters]
        current = STAGES[stage - 1].letters
        if opp.status == "won":
            n_done = len(current) if stage == 9 else 1
        elif stage == 10:
            n_done = 1
        else:
            n_done = rng.randrange(len(current))
        span = max(opp.created - opp.entered, 1)
        days = sorted((opp.entered + rng.randrange(span) for _ in prior), reverse=True)
        plan = []
        for letter, day in zip(prior, days, strict=True):
            skipped = letter in "DHI" and rng.random() < 0.06
            plan.append((letter, "skipped" if skipped else "done", day))
        later = sorted((rng.randrange(opp.entered + 1) for _ in range(n_done + 1)), reverse=True)
        for k, letter in enumerate(current[: n_done + 1]):
            plan.append((letter, "done" if k < n_done else "in_progress", later[k]))
        return plan

    # -- rows ----------------------------------------------------------------------------

    def build(self, taken: set[str]) -> DemoStats:
        custs = self.customers(max(1, min(self.count, (self.count + 2) // 3)), taken)
        opps = self.opportunities(custs)
        n_contacts = 0
        for cust in custs:
            n_contacts += self.contacts(cust)
        for opp in opps:
            self.opportunity(opp)
        for cust in custs:
            self.customer_row(cust)
        return DemoStats(len(custs), n_contacts, len(opps), len(self.rows[Activity]), len(self.rows[Quote]))

    def contacts(self, cust: _Cust) -> int:
        rng = self.rng
        self.new_stamp()
        top = max((o.stage for o in cust.opps), default=1)
        n = rng.randrange(2, 6)
        taken: set[str] = set()
        _city, area, _div, _d = next(c for c in CITIES if c[0] == cust.city)
        competitor = COMPETITORS[cust.industry][0]
        at = self.at(cust.created)
        for k in range(n):
            name = self.person(taken)
            taken.add(name)
            if k == 0:
                role = "关键决策人"
                title = rng.choice(_DECIDERS[cust.industry])
                attitude = "支持" if top >= 4 else rng.choice(("支持", "中立", "中立", "未知", "反对"))
            else:
                role = rng.choice(("信息中心", "信息中心", "具体经办人", "业务部门", "领导", "选型小组"))
                title = rng.choice(_BUSINESS[cust.industry] if role == "业务部门" else _TITLES[role])
                attitude = rng.choice(("支持", "支持", "中立", "中立", "未知", "反对"))
            cust.contacts.append(_Person(name, title, role))
            phone = f"1{rng.choice('3589')}{rng.randrange(10)}{rng.randrange(10**8):08d}"
            if rng.random() < 0.3:
                phone += f"；{area}-{rng.randrange(6, 9)}{rng.randrange(10**6, 10**7)}"
            self.add(
                Contact,
                self.uid("contact", cust.idx, k),
                at,
                at,
                customer_id=cust.id,
                name=name,
                title=title,
                role=role,
                attitude=attitude,
                background=rng.choice(_BACKGROUNDS).format(comp=competitor),
                phone=phone,
                email="",
            )
        return n

    def customer_row(self, cust: _Cust) -> None:
        rng = self.rng
        self.new_stamp()
        city, _area, division, districts = next(c for c in CITIES if c[0] == cust.city)
        kind = cust.kind
        listed = kind == "企业" and rng.random() < 0.08
        industry_key = rng.random() < 0.08
        regional = (kind != "企业" and rng.random() < 0.1) or ("集团" in cust.name and rng.random() < 0.3)
        largest = max((o.amount for o in cust.opps), default=None)
        reasons = suggest_reasons(KeyAccountFacts(industry_key, regional, listed, largest), KEY_THRESHOLD)
        authority, code_kind = {"企业": ("9", "1"), "机关": ("1", "1"), "事业单位": ("1", "2")}[kind]
        org = "".join(rng.choice(_CODE_CHARS[:10]) for _ in range(9))
        district = rng.choice(districts)
        address = f"山东省{city}市{district}{rng.choice(_ROADS)}{rng.randrange(1, 300)}号"
        at = self.at(cust.created)
        self.add(
            Customer,
            cust.id,
            at,
            at,
            name=cust.name,
            credit_code=credit_code(authority, code_kind, division, org),
            industry=cust.industry,
            region=cust.city,
            listed=listed,
            industry_key=industry_key,
            regional_influence=regional,
            key_account=bool(reasons),
            key_reasons="；".join(reasons),
            address=address,
            notes="",
            merged_into=None,
        )

    def opportunity(self, opp: _Opp) -> None:
        rng = self.rng
        self.new_stamp()
        cust = opp.cust
        stage = opp.stage
        kdm = cust.contacts[0]
        others = cust.contacts[1:] or cust.contacts
        lead, certified = LEADS[rng.randrange(4)] if stage >= 4 else rng.choice(LEADS)
        has_lead = stage >= 3 or (stage == 2 and rng.random() < 0.3)
        knows_budget = stage >= 3 or _status(opp, "E") == "done"
        budget = _money(float(opp.amount) * rng.uniform(0.95, 1.3), 10000) if knows_budget else None
        im = rng.choice(IMPLEMENTERS)
        ctx: dict[str, Any] = {
            "cust": cust.name,
            "proj": opp.name,
            "ind": cust.industry,
            "kdm": f"{kdm.name}{kdm.title}",
            "c1": f"{others[0].name}{others[0].title}",
            "lead": lead,
            "src": rng.choice(_SOURCES),
            "comp": opp.competitors[0] if opp.competitors else rng.choice(COMPETITORS[""]),
        }
        done_days = {letter: day for letter, status, day in opp.plan}

        # Quotes, contract and payments first: their figures feed the step fields.
        quote_total = self.quotes(opp, done_days) if stage >= 7 else None
        if quote_total is not None and stage >= 9:
            opp.amount = quote_total
        contract_no = f"HDSZ-{self.day(opp.entered).year}-{opp.idx + 1:05d}"
        first_payment: tuple[dt.date, Decimal] | None = None
        if stage >= 9:
            first_payment = self.contract(opp, done_days, contract_no)
            if _status(opp, "W") == "done":
                self.change_requests(opp, done_days)
        self.reviews(opp, done_days)
        self.tender(opp, done_days)

        for letter, status, day in opp.plan:
            values = self.step_values(STEPS[letter], opp, day, ctx, budget, contract_no, first_payment, im)
            if status == "skipped":
                values = {}
            elif status == "in_progress":
                values = {k: v for k, v in values.items() if rng.random() < 0.5}
            at = self.at(day)
            self.add(
                StepRecord,
                _uuid5(_STEP_NS, f"{opp.id}:{letter}"),  # = step_record_id(opp.id, letter)
                at,
                at,
                opportunity_id=opp.id,
                letter=letter,
                status=status,
                values=values,
                completed_at=at if status == "done" else None,
            )

        last = self.activities(opp, ctx)
        self.competitors(opp)
        self.documents(opp, done_days)
        self.closing(opp, ctx)

        # The opportunity row itself.
        current = next((ch for ch, st, _ in opp.plan if st == "in_progress"), STAGES[stage - 1].letters[-1])
        if opp.status in ("open", "on_hold"):
            next_step = _NEXT[current]
            next_date: dt.date | None = self.day(rng.randrange(-30, 21))  # about 40 % overdue
            if opp.status == "on_hold":
                next_step = "客户项目暂缓，" + rng.choice(
                    ("下季度再联系", "等待预算批复", "等领导班子调整后跟进")
                )
                next_date = ctx["look_again"]  # as ClosingService.hold makes it: the agenda shows it
        elif opp.status == "won":
            next_step = "跟进验收和回款" if stage == 10 else "催收首付款"
            next_date = self.day(rng.randrange(-10, 30))
        else:
            next_step, next_date = "", None
        if _status(opp, "W") == "done":
            sign: dt.date | None = self.day(done_days["W"])
        elif stage >= 9:
            sign = self.day(-rng.randrange(10, 60))
        elif opp.status == "lost":
            sign = self.day(rng.randrange(opp.entered))
        else:
            sign = self.day(-((11 - stage) * rng.randrange(12, 25)))
        entered_at = self.at(opp.entered)
        updated_at = max(entered_at, last)
        source = str(ctx["src"])
        procurement = (
            rng.choice(("公开招标", "公开招标", "竞争性磋商", "竞争性谈判", "询价")) if stage >= 7 else ""
        )
        risk_theme = rng.choice(
            ("", "", "竞争对手关系较深", "预算可能压缩", "招标时间不确定", "客户领导可能调整")
        )
        support = rng.choice(("", "需要售前顾问参与方案", "需要公司领导拜访客户")) if stage >= 3 else ""
        self.add(
            Opportunity,
            opp.id,
            self.at(opp.created),
            updated_at,
            customer_id=cust.id,
            name=opp.name,
            stage=stage,
            status=opp.status,
            amount=opp.amount,
            budget=budget,
            probability={"lost": 0, "won": 100}.get(opp.status),  # as ClosingService sets them
            expected_sign_date=sign,
            owner=opp.owner,
            project_lead=lead if has_lead else "",
            lead_certified=certified if has_lead else False,
            business_contact=opp.owner if stage >= 3 else "",
            next_step=next_step,
            next_date=next_date,
            stage_entered_at=entered_at,
            source=source,
            support_needed=support,
            risks="",  # the register below holds the risks (风险管理)
            procurement_method=procurement,
            notes="",
        )
        self.risk_register(opp, risk_theme, entered_at)
        self.rows[HistoryEntry].append(
            {
                "id": self.uid("history", opp.idx),
                "opportunity_id": opp.id,
                "entity": "opportunities",
                "entity_id": opp.id,
                "field": "stage",
                "old": "",
                "new": str(stage),
                "kind": "stage",
                "reason": "",
                "actor": opp.owner,
                "device": self.device,
                "stamp": self.stamp,
                "at": entered_at,
                "undoes": "",
            }
        )

    def step_values(
        self,
        spec: StepSpec,
        opp: _Opp,
        day: int,
        ctx: dict[str, Any],
        budget: Decimal | None,
        contract_no: str,
        first_payment: tuple[dt.date, Decimal] | None,
        im: str,
    ) -> dict[str, Any]:
        rng = self.rng
        cust = opp.cust
        date = self.day(day).isoformat()
        kdm = cust.contacts[0].name
        people = [p.name for p in cust.contacts]
        letter = spec.letter
        audience = ""
        if letter in "FGHNO":
            audience = "、".join(f"{p.name}（{p.title}）" for p in self.pick(cust.contacts))
        v: dict[str, Any]
        if letter == "A":
            v = {  # the source channel is the opportunity's source (the field binds it)
                "found_on": date,
                "why_pursue": f"{cust.name}是{cust.city}{cust.industry}行业的重要单位，{opp.name}预计投资较大。",
            }
            if ctx["src"] in ("老客户介绍", "同学朋友"):
                v["referrer"] = self.person()
        elif letter == "B":
            v = {
                "contact_person": people[-1],
                "proposed_time": date,
                "outcome": "同意",
                "visit_purpose": "了解信息化规划和" + opp.name + "需求",
            }
        elif letter == "C":
            v = {
                "notes": f"{cust.name}近三年信息化投入逐年增加，现有系统建于五年前，性能和安全已难满足要求。",
                "sources": "单位官网；政府采购网；行业年鉴",
                "industry_trends": f"{cust.industry}行业正推进国产化替代和数据共享，等保 2.0 要求趋严。",
            }
        elif letter == "D":
            v = {
                "colleagues_consulted": "、".join(self.pick(list(PRESALES))),
                "reference_cases": f"公司在{rng.choice(CITIES)[0]}承建的同类{opp.name[:6]}项目，运行稳定。",
                "lessons": "前期重视业务部门参与；接口清单要尽早确认。",
            }
        elif letter == "E":
            v = {
                "department": "信息中心",
                "handler": people[-1],
                "key_decision_maker": kdm,
                "project_plan": f"计划{self.today.year}年内完成{opp.name}，分两期建设。",
                "competitors_known": "、".join(opp.competitors),
            }
        elif letter in "FGH":
            v = {
                "presented_on": date,
                "audience": audience,
                "customer_reaction": rng.choice(
                    ("反应积极，希望尽快看到方案", "认可公司实力，关注价格", "提出要考察同类用户")
                ),
            }
            if letter == "F":
                v["highlights"] = "公司规模与资质；17 个地市的服务网络；同行业案例"
            elif letter == "G":
                v["products"] = opp.name.split("年")[-1][:10] + "解决方案"
                v["reference_customers"] = f"{rng.choice(CITIES)[0]}、{rng.choice(CITIES)[0]}的同类单位"
            else:
                v["service_focus"] = rng.choice(spec.field("service_focus").choices)
        elif letter == "I":
            v = {
                "informatization_ideas": "以数据为核心，整合现有业务系统，逐步上云。",
                "expected_schedule": f"{self.today.year}年下半年招标",
                "people_met": "\n".join(f"{p.name}，{p.title}" for p in cust.contacts),
                "selection_committee": any(p.role == "选型小组" for p in cust.contacts),
                "concerns": "数据迁移风险；与现有系统的接口。",
            }
        elif letter == "J":
            v = {
                "push_plan": "两周内安排调研，一个月内提交建议方案；争取信息中心和分管领导支持。",
                "support_requested": rng.choice(spec.field("support_requested").choices),
                "submitted_on": date,
            }
        elif letter == "K":
            v = {
                "research_dates": f"{self.day(day + 6):%m月%d日}–{self.day(day + 2):%m月%d日}",
                "departments": "信息中心；" + "；".join(_BUSINESS[cust.industry][:2]),
                "findings": "现有系统分散建设，数据不通；业务高峰期响应慢；缺少统一的运维监控。",
                "recommendations": "统一平台、分步迁移；先建数据中台再改造业务系统。",
                "debrief_date": date,
                "debrief_attendees": f"{kdm}、信息中心相关人员",
            }
        elif letter == "L":
            v = {
                "version": "V0.1",
                "change_note": "依据调研报告编写初稿",
                "author": rng.choice(PRESALES),
                "feedback": "希望补充与现有系统的接口设计",
                "feedback_answers": "新增“系统接口”一节，列出与现有系统的接口清单、协议和数据流向",
            }
        elif letter == "M":
            v = {
                "version": f"V1.{rng.randrange(3)}",
                "change_note": "按客户意见修改实施计划和接口章节",
                "feedback": "1. 增加数据迁移方案\n2. 细化培训计划\n3. 分期报价",
                "feedback_answers": (
                    "新增“数据迁移方案”一章：测试环境两轮演练后再正式割接\n"
                    "培训按管理员、业务骨干、普通用户三个层次细化，附培训日程\n"
                    "报价按一期、二期分列，一期覆盖核心业务"
                ),
                "handed_to": people[-1],
            }
        elif letter == "N":
            v = {
                "demo_date": date,
                "customer_size": "大客户" if opp.amount >= 1_000_000 else "小客户",
                "presenter": rng.choice(PRESALES),
                "audience": audience,
                "special_requirements": "与现有 OA 单点登录\n移动端审批",
            }
        elif letter == "O":
            v = {
                "explained_on": date,
                "audience": audience,
                "key_points": "总体架构；分期建设；安全与运维保障",
                "customer_questions": "二期扩容是否需要更换硬件？",
            }
        elif letter == "P":
            prices = "；".join(
                f"{c}约{float(opp.amount) * rng.uniform(0.85, 1.1) / 10000:.0f}万"
                for c in opp.competitors[:2]
            )
            v = {
                "price_manual_checked": True,
                "customer_budget_view": "预算基本充足，希望控制在预算内",
                "competitor_prices": prices,
                "room_to_move": f"可再让 {rng.randrange(3, 9)}%",
                "consulted": "业务营运部",
            }
        elif letter == "Q":
            v = {
                "tender_number": f"SDGP{cust.idx + 3700:04d}-{self.day(day).year}-{opp.idx:05d}",
                "bid_deadline": self.day(max(day - 10, -5)).isoformat(),
                "procurement_method": rng.choice(("公开招标", "竞争性磋商", "竞争性谈判")),
                # what the business deviation table answers (demo/tender.py's 4.1 and 4.2)
                "delivery_period": "合同签订后 84 日历天内完成上线",
                "warranty": "终验合格之日起五年（原厂质保）",
            }
        elif letter in "RV":
            v = {
                "reviewer": rng.choice(REVIEWERS),
                "review_date": date,
                "outcome": rng.choice(("通过", "修改后通过")),
                "comments": "报价明细需与技术方案对应\n付款条款按公司标准调整",
            }
            if letter == "V":
                v["negotiation_notes"] = "客户要求首付款比例由 40% 降到 30%，已同意。"
        elif letter == "S":
            v = {"submitted_on": date, "submission_mode": "正式", "submitted_to": people[-1]}
        elif letter == "T":
            v = {
                "presented_on": date,
                "audience": "评标委员会",
                "presenter": rng.choice(PRESALES),
                "questions": "实施周期能否压缩？本地有多少驻场人员？",
            }
        elif letter == "U":
            v = {
                "contract_number": contract_no,
                "key_clauses": "付款 30/40/25/5；质保三年；验收后 30 日内付款",
                "pr_material_sent": rng.random() < 0.5,
                "drafted_on": date,
            }
        elif letter == "W":
            v = {"signed_on": date, "customer_signatory": kdm, "archived": True}
        elif letter == "X":
            v = {"effective_on": date}
            if first_payment is not None:
                v["first_payment_on"] = first_payment[0].isoformat()
                v["first_payment"] = str(first_payment[1])
        elif letter == "Y":
            v = {
                "implementation_manager": im,
                "team": f"{im.split()[-1]}、{self.person()}、{self.person()}",
                "handover_date": date,
                "handover_notes": f"合同承诺三年质保；关键联系人：{kdm}、{people[-1]}",
            }
        else:  # Z
            v = {
                "milestones": f"{self.day(day + 20)} 到货验收 已完成\n{self.day(day - 40)} 上线试运行 未完成",
                "issues": "历史数据格式不统一，已安排专人清洗",
                "payment_status": "首付款、到货款已回",
            }
        return v

    def quotes(self, opp: _Opp, done: dict[str, int]) -> Decimal:
        """1–3 rounds of the same 3–8 lines, each round a little cheaper; returns the last total."""
        rng = self.rng
        target = float(opp.amount) * 1.08
        eligible = [it for it in _ITEMS if it[4] <= target * 0.6] or list(_ITEMS)
        if len(eligible) < 3:
            eligible = sorted(_ITEMS, key=lambda it: it[4])[:3]
        picked = rng.sample(eligible, min(len(eligible), rng.randrange(3, 9)))
        weights = [rng.uniform(0.5, 2.0) for _ in picked]
        share = sum(weights)
        quantities = [
            Decimal(max(1, round(target * w / share / it[4]))) for it, w in zip(picked, weights, strict=True)
        ]
        list_total = sum(it[4] * float(q) for it, q in zip(picked, quantities, strict=True))
        factor = target / list_total
        rounds = rng.randrange(1, 4)
        opp.products = "、".join(dict.fromkeys(it[0] for it in picked))
        start = done["P"]
        total = Decimal(0)
        for r in range(rounds):
            q_id = self.uid("quote", opp.idx, r)
            day = start + (rounds - 1 - r) * rng.randrange(5, 15)
            at = self.at(day)
            total = Decimal(0)
            for pos, (it, qty) in enumerate(zip(picked, quantities, strict=True), start=1):
                price = _money(it[4] * factor * (1 - 0.04 * r), 10 if it[4] < 20000 else 100)
                total += price * qty
                self.add(
                    QuoteLine,
                    self.uid("quote-line", opp.idx, r, pos),
                    at,
                    at,
                    quote_id=q_id,
                    position=pos,
                    item=it[0],
                    brand=it[1],
                    model=it[2],
                    quantity=qty.quantize(_CENT),
                    unit=it[3],
                    unit_price=price,
                    lineage=self.uid("quote-line", opp.idx, 0, pos),  # each round continues the first
                )
            if r == 0:
                note = "首轮报价"
            elif r == rounds - 1:
                note = "最终报价"
            else:
                note = "根据客户意见下调服务费"
            self.add(
                Quote,
                q_id,
                at,
                at,
                opportunity_id=opp.id,
                round=r + 1,
                date=at.date(),
                note=note,
                accepted=opp.stage >= 9 and r == rounds - 1,
            )
        return total

    def contract(self, opp: _Opp, done: dict[str, int], number: str) -> tuple[dt.date, Decimal] | None:
        rng = self.rng
        signed = self.day(done["W"]) if "W" in done and _status(opp, "W") == "done" else None
        effective = self.day(done["X"]) if _status(opp, "X") == "done" else None
        at = self.at(done.get("U", opp.entered))
        amount = opp.amount
        self.add(
            Contract,
            self.uid("contract", opp.idx),
            at,
            at,
            opportunity_id=opp.id,
            number=number,
            amount=amount,
            signed_date=signed,
            effective_date=effective,
            party_a=opp.cust.name,
            party_b=_OUR_COMPANY,
            terms="合同签订后支付 30%，到货验收后支付 40%，终验后支付 25%，质保期满支付 5%。",
        )
        first: tuple[dt.date, Decimal] | None = None
        base = effective or self.day(-rng.randrange(10, 40))
        for k, (milestone, share, offset) in enumerate(
            (("首付款", "0.30", 0), ("到货款", "0.40", 45), ("初验款", "0.25", 120), ("质保金", "0.05", 1215))
        ):
            due = base + dt.timedelta(days=offset)
            part = (amount * Decimal(share)).quantize(_CENT, rounding=ROUND_HALF_UP)
            received = None
            if effective is not None and (k == 0 or (due <= self.today and rng.random() < 0.7)):
                received = due if k == 0 else min(self.today, due + dt.timedelta(days=rng.randrange(0, 20)))
            if k == 0 and received is not None:
                first = (received, part)
            self.add(
                Payment,
                self.uid("payment", opp.idx, k),
                at,
                at,
                opportunity_id=opp.id,
                milestone=milestone,
                due_date=due,
                amount=part,
                received_date=received,
                received_amount=part if received else None,
                write_off_reason=None,
            )
        return first

    def _side_rng(self, kind: str, opp: _Opp) -> random.Random:
        """A generator of its own per record group: adding it leaves the main sequence (and so
        every other demo record) as it was."""
        return random.Random(self.uid(kind, opp.idx))

    def risk_register(self, opp: _Opp, theme: str, at: dt.datetime) -> None:
        """Risks on most open deals past the first stages, some high; a lost deal's risk closed."""
        rng = self._side_rng("risks", opp)
        chosen = [r for r in _RISKS if r[0] == theme][:1]
        if opp.stage >= 3 and rng.random() < 0.6:
            chosen += rng.sample([r for r in _RISKS if r[0] != theme], rng.randrange(1, 3))
        for k, (description, response, probability, impact) in enumerate(chosen):
            closed = opp.status in _CLOSED_RISK_NOTES  # an on-hold deal keeps its risks open
            due = self.day(-rng.randrange(5, 40)) if not closed else None
            self.add(
                Risk,
                self.uid("risk", opp.idx, k),
                at,
                at,
                opportunity_id=opp.id,
                description=description,
                probability=probability,
                impact=impact,
                response=response,
                owner=opp.owner,
                due_date=due,
                status="closed" if closed else "open",
                close_note=_CLOSED_RISK_NOTES[opp.status] if closed else "",
                closed_on=at.date() if closed else None,
            )

    def change_requests(self, opp: _Opp, done: dict[str, int]) -> None:
        """On some signed contracts: an approved change that amends the amount, sometimes a
        rejected or a pending one after it."""
        rng = self._side_rng("changes", opp)
        if rng.random() >= 0.6:
            return
        signed = done["W"]
        contract_id = self.uid("contract", opp.idx)
        amount = opp.amount
        for k, (reason, impact, decision) in enumerate(rng.sample(_CHANGES, rng.randrange(1, 4))):
            asked = max(0, signed - 5 - 10 * k - rng.randrange(0, 5))
            at = self.at(asked)
            cost = _money(float(amount) * rng.uniform(0.03, 0.12), 1000)
            # The first change was approved (it amends the amount); a later one may still wait.
            status = "approved" if k == 0 else decision if rng.random() < 0.6 else "requested"
            assessed = status != "requested"
            decided = status in ("approved", "rejected")
            self.add(
                ChangeRequest,
                self.uid("change", opp.idx, k),
                at,
                at,
                opportunity_id=opp.id,
                number=k + 1,
                reason=reason,
                impact=impact,
                requested_by=opp.cust.contacts[0].name,
                requested_on=at.date(),
                status=status,
                cost=cost if assessed else None,
                cost_direction="increase",
                schedule_days=rng.randrange(5, 30) if assessed else None,
                risk_note="实施团队可在原计划内消化，接口需客户配合" if assessed else "",
                assessed_by=opp.owner if assessed else "",
                assessed_on=at.date() if assessed else None,
                decided_by="业务营运部" if decided else "",
                decided_on=at.date() if decided else None,
                decision_note=("同意，签订补充协议" if status == "approved" else "超出项目范围，另行立项")
                if decided
                else "",
            )
            if status == "approved":
                self.rows[HistoryEntry].append(
                    {
                        "id": self.uid("history-amend", opp.idx, k),
                        "opportunity_id": opp.id,
                        "entity": "contracts",
                        "entity_id": contract_id,
                        "field": "amount",
                        "old": to_text(amount),
                        "new": to_text(amount + cost),
                        "kind": "amend",
                        "reason": f"变更 #{k + 1} 批准：{reason}",
                        "actor": opp.owner,
                        "device": self.device,
                        "stamp": self.stamp,
                        "at": at,
                        "undoes": "",
                    }
                )
                amount += cost

    def reviews(self, opp: _Opp, done: dict[str, int]) -> None:
        rng = self.rng
        for kind, letter in (("bid", "R"), ("contract", "V")):
            status = _status(opp, letter)
            if status is None:
                continue
            day = done[letter]
            passed = status == "done"
            at = self.at(day)
            self.add(
                Review,
                self.uid("review", opp.idx, kind),
                at,
                at,
                opportunity_id=opp.id,
                kind=kind,
                submitted=self.day(day + rng.randrange(1, 5)),
                reviewer=rng.choice(REVIEWERS),
                outcome="passed" if passed else "pending",
                comments="报价明细与技术方案一致，同意。" if passed else "",
            )
        if opp.stage >= 6 and rng.random() < 0.3:
            day = done.get("M", opp.entered)
            at = self.at(day)
            self.add(
                Review,
                self.uid("review", opp.idx, "proposal"),
                at,
                at,
                opportunity_id=opp.id,
                kind="proposal",
                submitted=self.day(day),
                reviewer=rng.choice(PRESALES),
                outcome="passed",
                comments="方案结构完整，建议补充同行业案例。",
            )

    def tender(self, opp: _Opp, done: dict[str, int]) -> None:
        """The tender's clauses once step Q is under way; answered when Q is done. While Q is in
        progress the ★ clauses are still open (step S would name them)."""
        status = _status(opp, "Q")
        if status not in ("done", "in_progress"):
            return
        at = self.at(done["Q"])
        clauses = tender_clauses(opp.cust.industry)
        for position, (clause, text, mark, category, response, explain, where) in enumerate(clauses, 1):
            answered = status == "done" or mark != "★"
            self.add(
                TenderRequirement,
                self.uid("requirement", opp.idx, clause),
                at,
                at,
                opportunity_id=opp.id,
                position=position,
                clause=clause,
                text=text,
                mark=mark,
                category=category,
                response=response if answered else "",
                explanation=explain if answered else "",
                answered_in=where if answered else "",
            )

    def activities(self, opp: _Opp, ctx: dict[str, Any]) -> dt.datetime:
        rng = self.rng
        n = 3 + opp.stage + rng.randrange(0, 6)
        plan = opp.plan
        # Steps in time order (oldest first) by the day they were completed / worked on.
        ends = [-day for _, _, day in plan]
        people = [p.name for p in opp.cust.contacts]
        span = opp.created + 1
        days = sorted((int(rng.random() * span) for _ in range(n)), reverse=True)
        if opp.status == "open":
            days[-1] = min(days[-1], opp.entered)
        last = self.at(opp.created)
        for k, day in enumerate(days):
            pos = min(bisect_right(ends, -day - 1), len(plan) - 1) if plan else 0
            letter = plan[pos][0] if plan else "A"
            types, contents, results = _ACT[letter]
            content = contents[int(rng.random() * len(contents))].format(**ctx)
            result = results[int(rng.random() * len(results))].format(**ctx)
            next_letter = _LETTERS[min(_LETTERS.index(letter) + 1, 25)]
            if opp.status == "lost" and k == n - 1:
                comp = ctx["comp"]
                content = f"客户通知评标结果，{comp}中标"
                result = rng.choice(("丢单：价格高于对手", "丢单：客户倾向原有供应商", "丢单：技术评分落后"))
                next_action, next_date = "总结丢单原因，保持客户关系", None
            else:
                next_action = _NEXT[letter if rng.random() < 0.3 else next_letter]
                next_date = self.day(day - 3 - int(rng.random() * 12))
            at = self.at(day)
            last = max(last, at)
            self.add(
                Activity,
                self.uid("activity", opp.idx, k),
                at,
                at,
                opportunity_id=opp.id,
                date=at.date(),
                type=types[int(rng.random() * len(types))],
                step=letter,
                people="、".join(self.pick(people)),
                content=content,
                result=result,
                next_action=next_action,
                next_date=next_date,
                owner=opp.owner,
            )
        return last

    def competitors(self, opp: _Opp) -> None:
        rng = self.rng
        for k, name in enumerate(opp.competitors):
            price = _money(float(opp.amount) * rng.uniform(0.82, 1.12), 10000) if opp.stage >= 7 else None
            at = self.at(max(opp.created - 10, opp.entered))
            self.add(
                Competitor,
                self.uid("competitor", opp.idx, k),
                at,
                at,
                opportunity_id=opp.id,
                name=name,
                offer=f"{name}{rng.choice(('整体解决方案', '平台加定制开发', '硬件加集成服务'))}，含三年维保",
                price=price,
                strengths=rng.choice(_STRENGTHS),
                our_answer=rng.choice(_ANSWERS),
            )

    def closing(self, opp: _Opp, ctx: dict[str, Any]) -> None:
        """The closing record of a won, lost or paused deal: why, who won, its 项目总结."""
        if opp.status == "open":
            return
        rng = self.rng
        day = max(opp.entered - rng.randrange(0, 5), 0)
        at = self.at(day)
        retro = {
            "worked": rng.choice(_WORKED),
            "not_worked": rng.choice(_NOT_WORKED),
            "lessons": rng.choice(_LESSONS).format(**ctx),
            "tags": "、".join(dict.fromkeys((opp.cust.industry, opp.name[:4]))),
        }
        values: dict[str, Any] = {"reason_code": "", "reason": "", "winner": "", "look_again": None}
        if opp.status == "lost":
            code, story = rng.choice(_LOSS_STORIES)
            winner = opp.competitors[0]
            values = {"reason_code": code, "reason": story, "winner": winner, "look_again": None}
        elif opp.status == "on_hold":
            retro = dict.fromkeys(retro, "")  # a pause is not the end: no 项目总结 yet
            values = {
                "reason_code": "",
                "reason": rng.choice(_HOLD_REASONS),
                "winner": "",
                # From five days ago to seven weeks ahead: a few are due for a second look now.
                # (The same width as before, so the random sequence after it is unchanged.)
                "look_again": self.day(10 - rng.randrange(5, 60)),
            }
            ctx["look_again"] = values["look_again"]
        self.add(
            Closing,
            self.uid("closing", opp.idx),
            at,
            at,
            opportunity_id=opp.id,
            outcome=opp.status,
            closed_on=self.day(day),
            overridden="",
            industry=opp.cust.industry,
            products=opp.products,
            **values,
            **retro,
        )

    def documents(self, opp: _Opp, done: dict[str, int]) -> None:
        rng = self.rng
        if opp.stage < 3:
            return
        every_kind = rng.random() <= 0.4
        for kind, first_stage in _DOC_STAGE.items():
            if opp.stage < first_stage or (kind == "handover" and _status(opp, "Y") is None):
                continue
            # The gates past the stage that makes it ask for it (the research report, the proposal).
            if not every_kind and opp.stage < _GATE_DOCUMENTS.get(kind, len(STAGES) + 1):
                continue
            versions = rng.randrange(1, 4) if kind == "proposal" else 1
            for version in range(1, versions + 1):
                letter = {
                    "initiation": "J",
                    "research": "K",
                    "proposal": "M",
                    "solution": "Q",
                    "bid": "Q",
                    "contract": "U",
                    "handover": "Y",
                }[kind]
                day = max(done.get(letter, opp.entered) - (versions - version) * 5, 0)
                at = self.at(day)
                file_name = f"{opp.cust.name}_{opp.name}_{DOCUMENT_TITLES[kind]}_v{version}.docx"
                self.add(
                    Document,
                    self.uid("document", opp.idx, kind, version),
                    at,
                    at,
                    opportunity_id=opp.id,
                    kind=kind,
                    version=version,
                    file_path=f"文档/{file_name}",
                    generated_at=at,
                    note="",
                )


def _status(opp: _Opp, letter: str) -> str | None:
    for ch, status, _ in opp.plan:
        if ch == letter:
            return status
    return None


# ---------------------------------------------------------------------------------------


# Parents before children (the synced tables' own order), the change history last.
_INSERT_ORDER: tuple[type[Any], ...] = (*SYNCED_MODELS, HistoryEntry)


def _bulk_insert(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    """Core executemany of already-complete rows, converted the way the column types would.

    Each value is turned into what SQLAlchemy's bind processors would hand the driver (for
    SQLite: ISO date/time text, JSON text, money as integer fen); ``stamps`` is already its text.
    This skips SQLAlchemy's per-row parameter processing, the larger part of the insert time.
    """
    table = model.__table__
    dialect = session.get_bind().dialect
    compiled = insert(table).compile(dialect=dialect)
    names = [c.name for c in table.columns]
    if compiled.positiontup is None or list(compiled.positiontup) != names:
        # Not a positional dialect: let SQLAlchemy convert (stamps back to a dict for its JSON type).
        if model is not HistoryEntry:
            fields = user_fields(model)
            rows = [{**row, "stamps": field_stamps.decode(row["stamps"], fields)} for row in rows]
        session.execute(insert(table), rows)
        return
    dumps = getattr(dialect, "_json_serializer", None) or json.dumps
    converters: list[Any] = []
    for column in table.columns:
        if column.name == "stamps" and model is not HistoryEntry:
            converters.append(None)
        elif isinstance(column.type, JSON):
            converters.append(dumps)
        elif isinstance(column.type, DateTime) and dialect.name == "sqlite":
            converters.append(_sqlite_datetime)
        elif isinstance(column.type, Date) and dialect.name == "sqlite":
            converters.append(dt.date.isoformat)
        else:
            converters.append(column.type.dialect_impl(dialect).bind_processor(dialect))
    pairs = list(zip(names, converters, strict=True))
    params = [
        tuple(
            value if conv is None or value is None else conv(value)
            for name, conv in pairs
            for value in (row[name],)
        )
        for row in rows
    ]
    session.connection().exec_driver_sql(str(compiled), params)


def _sqlite_datetime(value: dt.datetime) -> str:
    return value.isoformat(" ", "microseconds")


def generate_demo(
    services: Services,
    count: int = 300,
    seed: int = 1,
    today: dt.date | None = None,
    me: str | None = None,
) -> DemoStats:
    """Add ``count`` synthetic opportunities (with customers, contacts, steps, activities, quotes…);
    with ``me``, that name owns the first demo owner's share of them.

    Deterministic for a seed and a day. Raises :class:`InvalidInput` when the database already
    holds demo data of this seed (the ids would collide) or ``count`` is not positive.
    """
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise InvalidInput(f"演示数据的商机数必须是正整数：{count}")
    gen = _Generator(services, count, seed, today or dt.date.today(), me)
    with services.db.session() as session:
        probe = (gen.uid("customer", 0), gen.uid("opportunity", 0))
        if (
            session.execute(select(Customer.id).where(Customer.id == probe[0])).first()
            or session.execute(select(Opportunity.id).where(Opportunity.id == probe[1])).first()
        ):
            raise InvalidInput("数据库中已有该种子的演示数据")
        taken = set(session.scalars(select(Customer.name)))
        stats = gen.build(taken)
        for model in _INSERT_ORDER:
            rows = gen.rows.get(model)
            if rows:
                # In index order: the inserts then append to the B-trees instead of scattering.
                key = "opportunity_id" if "opportunity_id" in rows[0] else "id"
                rows.sort(key=lambda row: (row[key] or "", row["id"]))
                _bulk_insert(session, model, rows)
        session.merge(Setting(key=CLOCK_KEY, value=services.ctx.clock.last))
    if not services.library.is_stored():  # never replace a library the user has set up
        services.library.save(demo_library(gen.today))
    return stats
