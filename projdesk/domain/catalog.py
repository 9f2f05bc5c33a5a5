"""The presales method (项目运作流程及规范) as data: 10 stages, 26 lettered steps A–Z.

Everything here is plain, immutable data; forms, gates, documents and reports are derived from it. The terms
(stage names, step titles) are the method's own; the guidance and checklists are written in our own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from projdesk.domain.errors import InvalidInput

__all__ = [
    "ACTIVITY_TYPES",
    "ATTITUDES",
    "DECISION_ROLES",
    "DOCUMENT_KINDS",
    "DOCUMENT_TITLES",
    "FIRST_PAYMENT_MILESTONE",
    "INDUSTRIES",
    "LOSS_REASONS",
    "ROLE_TALKING_POINTS",
    "STAGES",
    "STAGE_GATES",
    "STATUSES",
    "STEPS",
    "STEP_RULES",
    "FieldKind",
    "FieldSpec",
    "StageSpec",
    "StepSpec",
    "stage",
    "step",
    "steps_of_stage",
]


class FieldKind(StrEnum):
    """How a step field is entered, stored and validated."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    MONEY = "money"
    CHOICE = "choice"
    PERSON = "person"
    BOOL = "bool"
    NUMBER = "number"


@dataclass(frozen=True)
class FieldSpec:
    """One typed field of a step's record."""

    key: str
    label: str
    kind: FieldKind
    required: bool = False
    choices: tuple[str, ...] = ()
    hint: str = ""
    binds: str | None = None


@dataclass(frozen=True)
class StepSpec:
    """One lettered step (A–Z) of the method."""

    letter: str
    stage: int
    title: str
    title_en: str
    guidance: str
    checklist: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    deliverables: tuple[str, ...]

    def field(self, key: str) -> FieldSpec:
        """The field called ``key``; raises :class:`InvalidInput` naming the field and the step."""
        for spec in self.fields:
            if spec.key == key:
                return spec
        known = "、".join(f.key for f in self.fields)
        raise InvalidInput(f"步骤 {self.letter}（{self.title}）没有字段“{key}”；可用字段：{known}")

    @property
    def required_keys(self) -> tuple[str, ...]:
        """Keys of the fields required to complete the step."""
        return tuple(f.key for f in self.fields if f.required)


@dataclass(frozen=True)
class StageSpec:
    """One of the 10 stages (阶段) and its stage products (阶段产品)."""

    number: int
    name: str
    name_en: str
    goal: str
    letters: tuple[str, ...]
    default_probability: int
    idle_days: int
    deliverables: tuple[str, ...]


# Document kinds a step or stage can produce. "log" is the 售前项目进展日志,
# "weekly" the 项目运作周进度总结表, "quotes" the 报价日志; the others are generated
# Word/PowerPoint documents.
DOCUMENT_KINDS: tuple[str, ...] = (
    "initiation",
    "research",
    "proposal",
    "solution",
    "bid",
    "slides",
    "contract",
    "handover",
    "weekly",
    "quotes",
    "log",
)

# The name each document goes by in file names and titles (《客户_项目_调研报告》).
DOCUMENT_TITLES: dict[str, str] = {
    "initiation": "项目立项申请表",
    "research": "调研报告",
    "proposal": "建议方案",
    "solution": "解决方案",
    "bid": "投标书",
    "slides": "解决方案讲解",
    "contract": "合同",
    "handover": "项目移交单",
    "weekly": "项目运作周进度总结表",
    "quotes": "报价日志",
    "log": "进展日志",
}

DECISION_ROLES: tuple[str, ...] = ("关键决策人", "具体经办人", "信息中心", "业务部门", "领导", "选型小组")

ROLE_TALKING_POINTS: dict[str, str] = {
    "关键决策人": "谈项目能带来的整体价值和投入产出，拿同行业的成功案例说话，正面回应他最在意的风险与收益。",
    "具体经办人": "谈推进的具体安排、时间节点和需要准备的材料，帮他把内部流程走顺，他的支持同样关键。",
    "信息中心": "谈系统架构、开发平台、数据库，以及与现有系统的接口、集成和运维方式。",
    "业务部门": "谈他们每天的业务处理流程、现在的痛点，以及新系统怎样让工作更省事。",
    "领导": "谈公司的整体实力、发展方向和产品规划，以及我们在其行业内做成的项目。",
    "选型小组": "主动联系并做必要介绍：功能与技术指标的依据、同行业案例和服务保障，争取评比中占优。",
}

ATTITUDES: tuple[str, ...] = ("支持", "中立", "反对", "未知")

ACTIVITY_TYPES: tuple[str, ...] = ("拜访", "电话", "会议", "演示", "宴请", "邮件", "其他")

INDUSTRIES: tuple[str, ...] = ("电力", "政务", "金融", "教育", "医疗", "制造", "交通", "能源", "通信", "零售")

STATUSES: dict[str, str] = {"open": "进行中", "won": "赢单", "lost": "丢单", "on_hold": "暂停"}

# Why a deal was lost: the short list the close dialog and ``opp close --lost`` offer (plus free text).
LOSS_REASONS: tuple[str, ...] = (
    "价格",
    "技术方案",
    "客户关系",
    "产品功能",
    "服务能力",
    "预算取消",
    "项目搁置",
    "其他",
)

# The payment milestone the contract takes effect with (步骤 X 合同生效).
FIRST_PAYMENT_MILESTONE = "首付款"

# ------------------------------------------------------------
# Gates: what entering each stage needs, by rule code (evaluated in projdesk.domain.gates; the
# words are in projdesk.labels.RULE_TEXTS). Each stage asks for the stage products of the one
# before it (阶段产品), so a move across several stages checks every gate on the way.
STAGE_GATES: dict[int, tuple[str, ...]] = {
    2: ("customer_basics", "progress_log"),  # 获取信息: the log is opened, the customer's basics filled
    3: ("budget", "key_decision_maker"),  # 交流公关: the budget and the key decision maker known
    4: ("project_lead", "initiation", "kdm_support"),  # 申请立项 done; research needs the KDM's support
    5: ("research",),  # 调研咨询: K done with its report, or skipped with a reason (not key accounts)
    6: ("proposal_version",),  # 方案准备: L/M done and a proposal version generated
    7: ("demo_held",),  # 产品演示: N (and O) held
    8: ("quote_sent",),  # 制定价格: P done and a quote round in the quote log
    9: ("bid_review", "bid_submitted"),  # 方案投标: S submitted after a passing review R
    10: ("contract_signed", "contract_effective", "implementation_manager"),  # 签定合同: W and X
}

# Rules beyond required fields that completing a step must satisfy.
STEP_RULES: dict[str, tuple[str, ...]] = {
    "R": ("bid_review",),  # completed by a passing review record; the latest review decides
    "S": ("bid_review", "starred_answered"),  # and every ★ tender clause (step Q) answered
    "V": ("contract_review",),
    "W": ("contract_review",),
    "X": ("contract_signed", "first_payment"),
    "Z": ("milestones_settled",),
}


# ------------------------------------------------------------
# Field helpers (keep the step table below readable).

_K = FieldKind


# How the next proposal version answers each suggestion: the 修订说明 prints them side by side.
_ANSWERS_HINT = "与“客户意见”逐行对应：每行写本版如何修改（未答复的意见在方案中标为【待填】）"


def _f(
    key: str,
    label: str,
    kind: FieldKind,
    *,
    required: bool = False,
    choices: tuple[str, ...] = (),
    hint: str = "",
    binds: str | None = None,
) -> FieldSpec:
    return FieldSpec(
        key=key, label=label, kind=kind, required=required, choices=choices, hint=hint, binds=binds
    )


def _review_fields() -> tuple[FieldSpec, ...]:
    return (
        _f("reviewer", "评审人", _K.PERSON, hint="总部业务营运部的评审人"),
        _f("review_date", "评审日期", _K.DATE),
        _f("outcome", "评审结论", _K.CHOICE, choices=("通过", "修改后通过", "不通过")),
        _f("comments", "评审意见", _K.LONG_TEXT, hint="每条意见一行，注明如何调整"),
    )


# ------------------------------------------------------------
# Stages.

STAGES: tuple[StageSpec, ...] = (
    StageSpec(
        number=1,
        name="获取信息",
        name_en="Gather information",
        goal="找到值得跟进的目标客户，并在第一次接触前把客户和行业情况摸清楚。",
        letters=("A", "B", "C", "D"),
        default_probability=5,
        idle_days=14,
        deliverables=("log",),
    ),
    StageSpec(
        number=2,
        name="交流公关",
        name_en="Relationship and exchange",
        goal="通过面对面交流建立信任，让客户认可公司、产品和服务，同时摸清项目的来龙去脉。",
        letters=("E", "F", "G", "H", "I"),
        default_probability=10,
        idle_days=14,
        deliverables=("log",),
    ),
    StageSpec(
        number=3,
        name="申请立项",
        name_en="Initiation request",
        goal="确定持证项目主管、业务联络人和推进计划，正式立项以争取公司的顾问和领导支持。",
        letters=("J",),
        default_probability=20,
        idle_days=14,
        deliverables=("log", "weekly", "initiation"),
    ),
    StageSpec(
        number=4,
        name="调研咨询",
        name_en="Research and consulting",
        goal="在关键决策人的支持下深入了解需求，形成调研报告并当面向其汇报。",
        letters=("K",),
        default_probability=30,
        idle_days=21,
        deliverables=("log", "weekly", "research"),
    ),
    StageSpec(
        number=5,
        name="方案准备",
        name_en="Proposal preparation",
        goal="依据调研结果和产品编写建议方案，并根据客户意见逐版完善。",
        letters=("L", "M"),
        default_probability=40,
        idle_days=21,
        deliverables=("log", "weekly", "proposal"),
    ),
    StageSpec(
        number=6,
        name="产品演示",
        name_en="Product demo",
        goal="通过有针对性的演示和方案讲解，让客户相信我们能交付完整的解决方案。",
        letters=("N", "O"),
        default_probability=50,
        idle_days=21,
        deliverables=("log", "weekly"),
    ),
    StageSpec(
        number=7,
        name="制定价格",
        name_en="Pricing",
        goal="依照报价手册给出逐项合理、留有余地的报价，并记下每一轮报价。",
        letters=("P",),
        default_probability=60,
        idle_days=21,
        deliverables=("log", "weekly", "quotes"),
    ),
    StageSpec(
        number=8,
        name="方案投标",
        name_en="Bid",
        goal="把方案和报价合成规范的投标书，经总部评审后按要求提交并讲标。",
        letters=("Q", "R", "S", "T"),
        default_probability=70,
        idle_days=30,
        deliverables=("log", "weekly", "solution", "bid", "slides"),
    ),
    StageSpec(
        number=9,
        name="签定合同",
        name_en="Contract",
        goal="按公司模板起草合同并经评审，双方签署盖章，首付款到账后合同生效。",
        letters=("U", "V", "W", "X"),
        default_probability=90,
        idle_days=30,
        deliverables=("log", "weekly", "contract"),
    ),
    StageSpec(
        number=10,
        name="项目移交",
        name_en="Handover",
        goal="把项目移交技术支持部实施，同时保持客户关系并按里程碑回款。",
        letters=("Y", "Z"),
        default_probability=100,
        idle_days=30,
        deliverables=("handover",),
    ),
)


# ------------------------------------------------------------
# Steps.

_STEP_LIST: tuple[StepSpec, ...] = (
    # 1 获取信息
    StepSpec(
        letter="A",
        stage=1,
        title="搜索客户",
        title_en="Find customers",
        guidance=(
            "线索可以来自多种渠道：网络搜索、电话、行业会议、同学朋友、老客户介绍、同行交流，或在区域内逐家走访。"
            "这一步要判断对方是不是值得投入精力的目标。"
            "记下线索的来源渠道，日后可以复盘哪些渠道最有效。"
        ),
        checklist=(
            "记录线索来源渠道",
            "确认客户单位名称和所属行业",
            "初步判断项目是否值得跟进",
            "建立售前项目进展日志",
        ),
        fields=(
            _f(
                "source_channel",
                "来源渠道",
                _K.CHOICE,
                required=True,
                binds="source",  # one value: the opportunity's source and the initiation's 线索来源
                choices=(
                    "网络搜索",
                    "电话",
                    "行业会议",
                    "同学朋友",
                    "老客户介绍",
                    "同行交流",
                    "地区扫街",
                    "其他",
                ),
            ),
            _f("referrer", "介绍人", _K.PERSON, hint="如由他人介绍，填写介绍人"),
            _f("found_on", "发现日期", _K.DATE),
            _f("why_pursue", "跟进理由", _K.LONG_TEXT, hint="为什么值得跟进：规模、需求、影响力等"),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="B",
        stage=1,
        title="预约拜访",
        title_en="Book a visit",
        guidance=(
            "打电话预约时，先清楚、有礼貌地介绍公司和自己。"
            "把拜访的目的说成了解对方需求、看看能帮上什么忙，而不是送产品资料或报价单。"
            "对方不方便时不要硬约，客气地提出换个时间再联系。"
            "记录联系人、约定的时间和结果，改期的写明新的日期。"
        ),
        checklist=(
            "说明公司和个人身份",
            "以了解需求为拜访理由",
            "被婉拒时约定下次联系时间",
            "记录预约结果",
        ),
        fields=(
            _f("contact_person", "联系人", _K.PERSON, required=True),
            _f("proposed_time", "约定时间", _K.DATE),
            _f("outcome", "预约结果", _K.CHOICE, required=True, choices=("同意", "改期", "拒绝")),
            _f("new_date", "改约日期", _K.DATE, hint="改期或被拒时，下次联系的日期"),
            _f("visit_purpose", "拜访目的", _K.TEXT, hint="例如：了解信息化规划"),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="C",
        stage=1,
        title="收集资料",
        title_en="Collect material",
        guidance=(
            "拜访前通过网络、报刊等公开渠道了解客户。"
            "如果是不熟悉的行业，还要弄清行业概况、发展趋势、普遍存在的问题以及外部环境带来的影响。"
            "准备得越充分，和客户交流时越能谈到对方关心的层面，话题也更丰富。"
        ),
        checklist=(
            "查阅客户的公开信息和新闻",
            "了解行业概况与发展趋势",
            "整理行业的主要问题",
            "保存资料来源和附件",
        ),
        fields=(
            _f("notes", "资料摘要", _K.LONG_TEXT, required=True),
            _f("sources", "资料来源", _K.TEXT, hint="网址、报刊名称等"),
            _f("industry_trends", "行业动向与问题", _K.LONG_TEXT),
            _f("attachments", "附件", _K.TEXT, hint="文件名或链接，多个用分号分隔"),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="D",
        stage=1,
        title="借鉴资料",
        title_en="Reuse company material",
        guidance=(
            "向公司内了解情况的同事请教：我们在这个行业做过哪些项目、积累了什么经验、写过哪些方案。"
            "这些材料是给自己学习用的，帮助理解客户可能的需求。"
            "此时还不了解客户的具体需求，不要急着把方案交给客户。"
        ),
        checklist=(
            "请教做过同行业项目的同事",
            "整理可借鉴的案例和方案",
            "提炼适用于本客户的经验",
            "暂不向客户提交方案",
        ),
        fields=(
            _f("colleagues_consulted", "请教的同事", _K.TEXT),
            _f("reference_cases", "可借鉴的案例", _K.LONG_TEXT, required=True),
            _f("lessons", "经验要点", _K.LONG_TEXT),
        ),
        deliverables=(),
    ),
    # 2 交流公关
    StepSpec(
        letter="E",
        stage=2,
        title="了解客户情况",
        title_en="Learn the customer's situation",
        guidance=(
            "在轻松的交谈中了解项目的规划、预算、主管部门、具体经办人，以及关键决策人的职务、背景和联系方式。"
            "根据对方的状态掌握谈话节奏，避免一问一答式的盘问。"
            "时机合适时，再摸清有哪些竞争对手参与。"
        ),
        checklist=(
            "了解项目规划和预算",
            "确认主管部门和具体经办人",
            "掌握关键决策人的职务、背景和联系方式",
            "适时了解竞争对手",
        ),
        fields=(
            _f("budget", "项目预算", _K.MONEY, required=True, binds="budget", hint="元，可写“120万”"),
            _f("department", "主管部门", _K.TEXT),
            _f("handler", "具体经办人", _K.PERSON),
            _f("key_decision_maker", "关键决策人", _K.PERSON, required=True),
            _f("project_plan", "项目规划", _K.LONG_TEXT),
            _f("competitors_known", "已知竞争对手", _K.TEXT, hint="多个用顿号分隔"),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="F",
        stage=2,
        title="介绍公司背景",
        title_en="Introduce the company",
        guidance=(
            "让客户认可公司：我们是大型综合性 IT 产品和服务供应商，在 17 个地市设有分支机构，服务响应及时。"
            "突出务实的作风和对项目成功率的追求。"
            "只讲自己的长处，不贬低竞争对手。"
            "平时准备好一份标准介绍材料，交流时按对象取舍。"
        ),
        checklist=(
            "使用标准的公司介绍材料",
            "强调综合实力和本地服务网络",
            "不评价竞争对手的短处",
            "记录客户的反应",
        ),
        fields=(
            _f("presented_on", "介绍日期", _K.DATE, required=True),
            _f("audience", "听取对象", _K.TEXT),
            _f("highlights", "介绍重点", _K.LONG_TEXT),
            _f("customer_reaction", "客户反应", _K.LONG_TEXT),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="G",
        stage=2,
        title="介绍公司产品",
        title_en="Introduce the products",
        guidance=(
            "介绍产品时突出公司的集成技术实力和做过的同等规模项目，面对大客户更要如此。"
            "重点讲客户所在行业里的成功用户，同行的选择最有说服力。"
            "只说我们做得好的地方，不说对手的坏话。"
        ),
        checklist=(
            "选择与客户需求相关的产品",
            "列举同行业成功客户",
            "说明集成能力和项目规模",
            "记录客户感兴趣的功能",
        ),
        fields=(
            _f("presented_on", "介绍日期", _K.DATE, required=True),
            _f("audience", "听取对象", _K.TEXT),
            _f("products", "介绍的产品", _K.TEXT),
            _f("reference_customers", "引用的同行业客户", _K.TEXT),
            _f("customer_reaction", "客户反应", _K.LONG_TEXT),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="H",
        stage=2,
        title="介绍服务体系",
        title_en="Introduce the service system",
        guidance=(
            "说明覆盖 17 个地市的服务网络、面向大客户的售前管理咨询、"
            "业务系统的个性化二次开发和同行业实施经验。"
            "买产品的客户重点听服务体系；行业客户和重点客户则要讲清咨询与实施两套体系。"
            "这些是打动大客户的重要手段。"
        ),
        checklist=(
            "按客户类型选择介绍内容",
            "说明服务网络和响应能力",
            "介绍咨询、二次开发和实施经验",
            "记录客户关心的服务问题",
        ),
        fields=(
            _f("presented_on", "介绍日期", _K.DATE, required=True),
            _f("audience", "听取对象", _K.TEXT),
            _f("service_focus", "介绍内容", _K.CHOICE, choices=("服务体系", "咨询服务体系", "实施体系")),
            _f("customer_reaction", "客户反应", _K.LONG_TEXT),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="I",
        stage=2,
        title="其他交流",
        title_en="Other exchanges",
        guidance=(
            "和客户交流信息化建设的思路和预计的进度，对他们关心的问题给出建议。"
            "关键决策人重要，具体执行的人同样重要，有机会就多认识客户单位里的人。"
            "按对象调整话题：对领导讲公司和产品规划，对信息中心讲架构、开发平台和数据库，对业务部门讲业务流程。"
            "尊重对方的发言和意见；如有选型小组，要设法与其建立联系。"
        ),
        checklist=(
            "了解信息化建设思路和进度预期",
            "按对象选择交流话题",
            "结识更多客户人员",
            "确认是否有选型小组并与其联系",
        ),
        fields=(
            _f("informatization_ideas", "信息化建设思路", _K.LONG_TEXT),
            _f("expected_schedule", "预计建设进度", _K.TEXT),
            _f("people_met", "接触的人员", _K.LONG_TEXT, required=True, hint="每人一行：姓名、部门、职务"),
            _f("selection_committee", "有选型小组", _K.BOOL),
            _f("concerns", "客户关注的问题及建议", _K.LONG_TEXT),
        ),
        deliverables=(),
    ),
    # 3 申请立项
    StepSpec(
        letter="J",
        stage=3,
        title="申请立项",
        title_en="Initiation request",
        guidance=(
            "先确定项目主管，必须由通过营销中心项目主管认证的人担任，并指定直接负责的业务联络人。"
            "写清下一步的公关和推进计划，填写立项申请表。"
            "立项后公司会视情况安排咨询顾问或领导支持。"
            "需要领导或顾问支持的重点客户应尽早提交申请。"
        ),
        checklist=(
            "确定持证项目主管",
            "指定业务联络人",
            "制定下一步推进计划",
            "提交项目立项申请表",
            "开始每周填写周进度总结表",
        ),
        fields=(
            _f("project_lead", "项目主管", _K.PERSON, required=True, binds="project_lead"),
            _f("lead_certified", "项目主管已通过认证", _K.BOOL, required=True, binds="lead_certified"),
            _f("business_contact", "业务联络人", _K.PERSON, required=True, binds="business_contact"),
            _f("push_plan", "推进计划", _K.LONG_TEXT, required=True, hint="下一步的公关与推进安排"),
            _f(
                "support_requested",
                "申请支持",
                _K.CHOICE,
                choices=("无", "售前顾问", "公司领导", "顾问和领导"),
            ),
            _f("submitted_on", "申请日期", _K.DATE, required=True),
        ),
        deliverables=("initiation",),
    ),
    # 4 调研咨询
    StepSpec(
        letter="K",
        stage=4,
        title="调研咨询",
        title_en="Research and consulting",
        guidance=(
            "前面的工作完成后，可以申请派调研人员全面了解客户需求，但须先得到关键决策人的支持。"
            "调研对人员水平要求高，主要用于重点客户或需求明确的客户，质量不好反而有害。"
            "调研的成果是一份调研报告，以及一次关键决策人出席的汇报交流会。"
        ),
        checklist=(
            "取得关键决策人对调研的支持",
            "安排调研的部门和日程",
            "完成调研报告",
            "召开关键决策人参加的汇报会",
        ),
        fields=(
            _f("research_dates", "调研日期", _K.TEXT, hint="例如：3月4日–3月8日"),
            _f("departments", "调研部门及人员", _K.LONG_TEXT),
            _f("findings", "调研发现", _K.LONG_TEXT, required=True),
            _f("recommendations", "初步建议", _K.LONG_TEXT),
            _f("debrief_date", "汇报会日期", _K.DATE, required=True),
            _f("debrief_attendees", "汇报会参加人", _K.TEXT),
            _f(
                "skip_reason",
                "不调研的理由",
                _K.LONG_TEXT,
                hint="跳过本步时填写：例如需求已明确、客户规模小（重点客户不能跳过）",
            ),
        ),
        deliverables=("research",),
    ),
    # 5 方案准备
    StepSpec(
        letter="L",
        stage=5,
        title="方案初稿",
        title_en="First draft",
        guidance=(
            "售前人员根据调研结果，结合公司产品，编写方案草稿。"
            "草稿要回应调研中发现的问题，并标明版本。"
            "何时提交、提交哪些内容，由项目主管决定。"
        ),
        checklist=(
            "依据调研结论编写",
            "结合公司产品能力",
            "标明版本号",
            "项目主管确认内容和提交时机",
        ),
        fields=(
            _f("version", "版本", _K.TEXT, hint="例如：V0.1"),
            _f("change_note", "本版说明", _K.LONG_TEXT),
            _f("feedback", "客户意见", _K.LONG_TEXT, hint="每条意见一行"),
            _f("feedback_answers", "对意见的修改", _K.LONG_TEXT, hint=_ANSWERS_HINT),
            _f("author", "编写人", _K.PERSON),
        ),
        deliverables=("proposal",),
    ),
    StepSpec(
        letter="M",
        stage=5,
        title="方案完善",
        title_en="Refine the proposal",
        guidance=(
            "业务人员把草稿非正式地交给客户的具体执行人员，记下他们的意见，再反馈给编写人员修改，最终形成正式方案。"
            "方案在攻关过程中往往要提交多次，每一版的内容和时机由项目主管把握。"
            "每一版都要让客户有新的收获，同时对竞争对手形成压力。"
        ),
        checklist=(
            "非正式地请执行人员提意见",
            "记录并反馈客户意见",
            "修改形成正式方案",
            "项目主管确定每版的内容与时机",
        ),
        fields=(
            _f("version", "版本", _K.TEXT, hint="例如：V1.0"),
            _f("change_note", "本版说明", _K.LONG_TEXT),
            _f("feedback", "客户意见", _K.LONG_TEXT, required=True, hint="每条意见一行"),
            _f("feedback_answers", "对意见的修改", _K.LONG_TEXT, hint=_ANSWERS_HINT),
            _f("handed_to", "交给的客户人员", _K.PERSON),
        ),
        deliverables=("proposal",),
    ),
    # 6 产品演示
    StepSpec(
        letter="N",
        stage=6,
        title="产品演示",
        title_en="Product demo",
        guidance=(
            "小客户由业务人员演示，突出产品本身，尽量绕开特殊需求；大客户由售前人员演示，突出设计思路，鼓励对方提出特殊需求并记下来。"
            "先讲功能全貌，再根据到场人员和时间突出重点，尽量使用演示数据。"
            "事先预约并准备好笔记本电脑、投影仪和记录用品。"
            "可以正式演示，也可以单独讲解，避免所有人一起听的“大课”。"
        ),
        checklist=(
            "提前预约并准备设备",
            "准备演示数据",
            "按客户规模确定演示人和重点",
            "记录客户提出的特殊需求",
        ),
        fields=(
            _f("demo_date", "演示日期", _K.DATE, required=True),
            _f("customer_size", "客户类型", _K.CHOICE, choices=("小客户", "大客户")),
            _f("presenter", "演示人", _K.PERSON),
            _f("audience", "参加人员", _K.TEXT),
            _f("special_requirements", "客户特殊需求", _K.LONG_TEXT, hint="每条一行"),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="O",
        stage=6,
        title="讲解方案",
        title_en="Explain the solution",
        guidance=(
            "以产品为基础讲解完整的解决方案。"
            "既要解决客户眼前的问题，也要体现长远发展的高度。"
            "根据听众调整讲解重点，并记下客户的疑问。"
        ),
        checklist=(
            "讲清方案如何解决当前问题",
            "说明方案的发展空间",
            "针对听众调整重点",
            "记录客户的疑问和反馈",
        ),
        fields=(
            _f("explained_on", "讲解日期", _K.DATE, required=True),
            _f("audience", "听取对象", _K.TEXT),
            _f("key_points", "讲解要点", _K.LONG_TEXT),
            _f("customer_questions", "客户疑问", _K.LONG_TEXT),
        ),
        deliverables=(),
    ),
    # 7 制定价格
    StepSpec(
        letter="P",
        stage=7,
        title="报价体系",
        title_en="Pricing",
        guidance=(
            "价格高低不是关键，关键是每一项组成都合理，报价必须逐项列明。"
            "依照报价手册定价，必要时与业务营运部或市场推进部一起商定。"
            "尽量摸清客户能承受的价位和竞争对手的报价水平，过高过低都不算成功。"
            "报价通常要来回几轮，注意留出回旋余地，每一轮都记入报价日志。"
        ),
        checklist=(
            "对照报价手册",
            "报价逐项列明",
            "摸清客户预算和对手价格",
            "留出回旋余地",
            "每轮报价记入报价日志",
        ),
        fields=(
            _f("price_manual_checked", "已对照报价手册", _K.BOOL),
            _f("customer_budget_view", "客户承受能力判断", _K.TEXT),
            _f("competitor_prices", "竞争对手报价", _K.TEXT),
            _f("room_to_move", "回旋余地", _K.TEXT, hint="例如：可再让 5%"),
            _f("consulted", "协商部门", _K.TEXT, hint="业务营运部、市场推进部等"),
        ),
        deliverables=("quotes",),
    ),
    # 8 方案投标
    StepSpec(
        letter="Q",
        stage=8,
        title="方案定稿",
        title_en="Finalise the bid",
        guidance=(
            "把正式的解决方案和报价合并成一份完整的投标方案。"
            "格式要规范，不能有错别字，对招标文件中的每项要求都要明确答复，承诺不能有歧义，报价要列明细。"
            "投标方案一般包括商务部分（投标函、报价、项目承诺）、管理解决方案、项目实施方案和网络技术方案。"
        ),
        checklist=(
            "合并解决方案与报价",
            "逐条答复招标要求",
            "检查格式和错别字",
            "承诺无歧义、报价有明细",
        ),
        fields=(
            _f("tender_number", "招标编号", _K.TEXT),
            _f("bid_deadline", "投标截止日期", _K.DATE, required=True),
            _f("requirements", "招标要求", _K.LONG_TEXT, hint="每行一条招标要求"),
            _f(
                "delivery_period",
                "交货/实施期",
                _K.TEXT,
                hint="我方承诺，例如：合同签订后 84 日历天内完成上线",
            ),
            _f("warranty", "质保期", _K.TEXT, hint="我方承诺，例如：终验合格之日起五年"),
            _f(
                "procurement_method",
                "采购方式",
                _K.CHOICE,
                choices=("公开招标", "邀请招标", "竞争性谈判", "竞争性磋商", "单一来源", "询价"),
            ),
        ),
        deliverables=("solution", "bid", "slides"),
    ),
    StepSpec(
        letter="R",
        stage=8,
        title="方案评审",
        title_en="Review the bid",
        guidance=(
            "合成好的投标方案先送总部业务营运部评审把关。"
            "根据评审意见做必要的调整，形成最终的投标方案。"
            "记录评审人、日期和意见，便于追溯。"
        ),
        checklist=(
            "提交总部业务营运部评审",
            "逐条处理评审意见",
            "形成最终投标方案",
        ),
        fields=_review_fields(),
        deliverables=(),
    ),
    StepSpec(
        letter="S",
        stage=8,
        title="方案提交",
        title_en="Submit the bid",
        guidance=(
            "按客户的要求正式或非正式地提交投标方案。"
            "正式投标要严格遵守截止时间和密封、份数等要求。"
            "记下提交日期和方式。"
        ),
        checklist=(
            "核对提交方式和截止时间",
            "核对份数、密封和签章",
            "记录提交日期",
        ),
        fields=(
            _f("submitted_on", "提交日期", _K.DATE, required=True),
            _f("submission_mode", "提交方式", _K.CHOICE, choices=("正式", "非正式")),
            _f("submitted_to", "接收人", _K.PERSON),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="T",
        stage=8,
        title="方案讲解",
        title_en="Present the bid",
        guidance=(
            "按客户的安排和要求讲标，这是整个过程中最关键的一环。"
            "提前准备讲解幻灯片并反复演练。"
            "记录讲解日期、听众和评委提出的问题。"
        ),
        checklist=(
            "准备讲解幻灯片",
            "确认讲解时间和听众",
            "演练讲解和答疑",
            "记录评委提问",
        ),
        fields=(
            _f("presented_on", "讲解日期", _K.DATE, required=True),
            _f("audience", "听众", _K.TEXT),
            _f("presenter", "讲解人", _K.PERSON),
            _f("questions", "评委提问", _K.LONG_TEXT),
        ),
        deliverables=(),
    ),
    # 9 签定合同
    StepSpec(
        letter="U",
        stage=9,
        title="合同起草",
        title_en="Draft the contract",
        guidance=(
            "以投标方案为依据，用公司的合同模板起草合同；客户对格式有明确要求时按其要求处理。"
            "关键条款先在公司内部商定。"
            "重点项目或已立项项目，同时整理材料报公关策划部，供公司宣传使用。"
        ),
        checklist=(
            "使用公司合同模板",
            "内部商定关键条款",
            "核对金额大小写一致",
            "重点项目材料报公关策划部",
        ),
        fields=(
            _f("contract_number", "合同编号", _K.TEXT),
            _f("key_clauses", "关键条款", _K.LONG_TEXT),
            _f("pr_material_sent", "已报公关策划部", _K.BOOL),
            _f("drafted_on", "起草日期", _K.DATE),
        ),
        deliverables=("contract",),
    ),
    StepSpec(
        letter="V",
        stage=9,
        title="合同评审",
        title_en="Review the contract",
        guidance=(
            "合同草稿先送总部业务营运部审核。"
            "根据评审意见与客户磋商，做必要调整后形成拟签合同。"
            "磋商中的每次让步和对方的新要求都要记下来，避免签约前出现理解偏差。"
        ),
        checklist=(
            "提交总部评审",
            "根据意见与客户磋商",
            "形成拟签合同",
        ),
        fields=(
            *_review_fields(),
            _f("negotiation_notes", "磋商记录", _K.LONG_TEXT),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="W",
        stage=9,
        title="合同签定",
        title_en="Sign the contract",
        guidance=(
            "先请客户的关键决策人签字盖章，再按公司规定由有关人员签字盖章。"
            "双方各自留存，合同原件按规定归档。"
            "签署前再核对一遍金额的大小写、附件和签章页是否齐全。"
        ),
        checklist=(
            "客户关键决策人签字盖章",
            "公司按规定签字盖章",
            "合同分别交存归档",
        ),
        fields=(
            _f("signed_on", "签定日期", _K.DATE, required=True),
            _f("customer_signatory", "客户签署人", _K.PERSON),
            _f("archived", "已归档", _K.BOOL),
        ),
        deliverables=(),
    ),
    StepSpec(
        letter="X",
        stage=9,
        title="合同生效",
        title_en="Contract in force",
        guidance=(
            "按合同收取首付款，款项到账后合同生效。"
            "随后由项目主管召集实施所需的人员，宣布项目启动。"
            "记下生效日期和首付款情况，后续回款以此为起点跟踪。"
        ),
        checklist=(
            "确认首付款到账",
            "协调实施人员到位",
            "项目正式启动",
        ),
        fields=(
            _f("effective_on", "生效日期", _K.DATE, required=True),
            _f("first_payment_on", "首付款到账日期", _K.DATE),
            _f("first_payment", "首付款金额", _K.MONEY),
        ),
        deliverables=(),
    ),
    # 10 项目移交
    StepSpec(
        letter="Y",
        stage=10,
        title="项目移交",
        title_en="Handover",
        guidance=(
            "把合同移交技术支持部，由其指定项目实施经理并组建实施小组。"
            "实施小组按合同开展实施和服务。"
            "移交时讲清客户情况、承诺事项和关键联系人。"
        ),
        checklist=(
            "向技术支持部移交合同",
            "确定项目实施经理",
            "组建实施小组",
            "交代客户情况和承诺事项",
        ),
        fields=(
            _f("implementation_manager", "项目实施经理", _K.PERSON, required=True),
            _f("team", "实施小组", _K.TEXT),
            _f("handover_date", "移交日期", _K.DATE, required=True),
            _f("handover_notes", "移交说明", _K.LONG_TEXT, hint="承诺事项、关键联系人等"),
        ),
        deliverables=("handover",),
    ),
    StepSpec(
        letter="Z",
        stage=10,
        title="项目实施",
        title_en="Implementation",
        guidance=(
            "实施期间项目主管要和实施经理保持联系。"
            "每到一个合同约定的里程碑就跟进回款，遇到意外情况及时协调解决。"
            "维护好与客户的合作关系，为后续项目打基础。"
        ),
        checklist=(
            "定期与实施经理沟通",
            "按里程碑回款",
            "协调处理意外情况",
            "维护客户关系",
        ),
        fields=(
            _f("milestones", "里程碑", _K.LONG_TEXT, hint="每行一个：日期、内容、是否完成"),
            _f("issues", "问题与处理", _K.LONG_TEXT),
            _f("payment_status", "回款情况", _K.TEXT),
        ),
        deliverables=(),
    ),
)

STEPS: dict[str, StepSpec] = {s.letter: s for s in _STEP_LIST}

_STAGE_BY_NUMBER: dict[int, StageSpec] = {s.number: s for s in STAGES}


def stage(number: int) -> StageSpec:
    """The stage numbered ``number`` (1–10); raises :class:`InvalidInput` otherwise."""
    if isinstance(number, bool) or not isinstance(number, int) or number not in _STAGE_BY_NUMBER:
        raise InvalidInput(f"阶段必须在 1–10 之间：{number}")
    return _STAGE_BY_NUMBER[number]


def step(letter: str) -> StepSpec:
    """The step with this letter (case-insensitive, surrounding blanks ignored)."""
    key = letter.strip().upper() if isinstance(letter, str) else ""
    spec = STEPS.get(key)
    if spec is None:
        raise InvalidInput(f"步骤必须是 A–Z 中的一个字母：{letter}")
    return spec


def steps_of_stage(number: int) -> tuple[StepSpec, ...]:
    """The steps of a stage, in letter order."""
    return tuple(STEPS[letter] for letter in stage(number).letters)
