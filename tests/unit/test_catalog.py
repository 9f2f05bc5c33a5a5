"""The method catalog: 10 stages, 26 steps, typed fields, bound fields, lookups."""

from __future__ import annotations

import re
import string

import pytest

from projdesk.domain import catalog
from projdesk.domain.catalog import (
    ACTIVITY_TYPES,
    ATTITUDES,
    DECISION_ROLES,
    DOCUMENT_KINDS,
    INDUSTRIES,
    ROLE_TALKING_POINTS,
    STAGES,
    STATUSES,
    STEPS,
    FieldKind,
    FieldSpec,
    StepSpec,
    stage,
    step,
    steps_of_stage,
)
from projdesk.domain.errors import InvalidInput

EXPECTED_STAGE = {
    **dict.fromkeys("ABCD", 1),
    **dict.fromkeys("EFGHI", 2),
    "J": 3,
    "K": 4,
    **dict.fromkeys("LM", 5),
    **dict.fromkeys("NO", 6),
    "P": 7,
    **dict.fromkeys("QRST", 8),
    **dict.fromkeys("UVWX", 9),
    **dict.fromkeys("YZ", 10),
}

STAGE_NAMES = (
    "获取信息",
    "交流公关",
    "申请立项",
    "调研咨询",
    "方案准备",
    "产品演示",
    "制定价格",
    "方案投标",
    "签定合同",
    "项目移交",
)

STEP_TITLES = [
    "搜索客户",
    "预约拜访",
    "收集资料",
    "借鉴资料",
    "了解客户情况",
    "介绍公司背景",
    "介绍公司产品",
    "介绍服务体系",
    "其他交流",
    "申请立项",
    "调研咨询",
    "方案初稿",
    "方案完善",
    "产品演示",
    "讲解方案",
    "报价体系",
    "方案定稿",
    "方案评审",
    "方案提交",
    "方案讲解",
    "合同起草",
    "合同评审",
    "合同签定",
    "合同生效",
    "项目移交",
    "项目实施",
]

SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
CJK = re.compile(r"[\u4e00-\u9fff]")


def all_fields() -> list[tuple[StepSpec, FieldSpec]]:
    return [(s, f) for s in STEPS.values() for f in s.fields]


def test_26_steps_a_to_z_in_order() -> None:
    assert list(STEPS) == list(string.ascii_uppercase)
    assert len(STEPS) == 26
    assert all(spec.letter == letter for letter, spec in STEPS.items())


def test_step_titles_are_the_methods_terms() -> None:
    assert tuple(s.title for s in STEPS.values()) == tuple(STEP_TITLES)
    assert all(s.title_en for s in STEPS.values())


@pytest.mark.parametrize("letter", list(string.ascii_uppercase))
def test_letter_to_stage_mapping(letter: str) -> None:
    assert STEPS[letter].stage == EXPECTED_STAGE[letter]
    assert letter in stage(EXPECTED_STAGE[letter]).letters


def test_ten_stages_numbered_and_named() -> None:
    assert [s.number for s in STAGES] == list(range(1, 11))
    assert tuple(s.name for s in STAGES) == STAGE_NAMES
    letters = [letter for s in STAGES for letter in s.letters]
    assert letters == list(string.ascii_uppercase)
    for s in STAGES:
        assert s.name_en
        assert CJK.search(s.goal)
        assert s.goal.count("。") == 1 and s.goal.endswith("。")
        assert s.idle_days > 0
        assert set(s.deliverables) <= set(DOCUMENT_KINDS)


def test_probabilities_rise_to_100() -> None:
    probabilities = [s.default_probability for s in STAGES]
    assert probabilities == sorted(probabilities)
    assert len(set(probabilities)) == 10
    assert probabilities[0] >= 5
    assert probabilities[-1] == 100


def test_idle_days_longer_for_bids_and_contracts() -> None:
    assert stage(1).idle_days == 14
    assert stage(8).idle_days >= 30 and stage(9).idle_days >= 30


@pytest.mark.parametrize("spec", list(STEPS.values()), ids=list(STEPS))
def test_every_step_has_guidance_checklist_and_fields(spec: StepSpec) -> None:
    sentences = [s for s in re.split(r"[。！？]", spec.guidance) if s.strip()]
    assert 3 <= len(sentences) <= 6, spec.letter
    assert 3 <= len(spec.checklist) <= 6, spec.letter
    assert all(CJK.search(item) for item in spec.checklist)
    assert 2 <= len(spec.fields) <= 7, spec.letter  # K: six research fields and the reason to skip it
    keys = [f.key for f in spec.fields]
    assert len(keys) == len(set(keys)), spec.letter
    assert set(spec.deliverables) <= set(DOCUMENT_KINDS)
    assert "log" not in spec.deliverables and "weekly" not in spec.deliverables


def test_guidance_is_not_pasted_from_the_seed() -> None:
    """No step's guidance copies a 20-character run of the seed text verbatim."""
    from pathlib import Path

    seed_dir = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
    seeds = list(seed_dir.glob("*.txt")) if seed_dir.is_dir() else []
    if not seeds:
        pytest.skip("seed text not available")
    seed = "".join(p.read_text(encoding="utf-8") for p in seeds)
    seed = re.sub(r"\s", "", seed)
    for spec in STEPS.values():
        text = re.sub(r"\s", "", spec.guidance)
        for i in range(len(text) - 20):
            assert text[i : i + 20] not in seed, (spec.letter, text[i : i + 20])


def test_field_keys_labels_and_kinds() -> None:
    for spec, f in all_fields():
        assert SNAKE.match(f.key), (spec.letter, f.key)
        assert f.key.isascii()
        assert CJK.search(f.label), (spec.letter, f.key)
        assert isinstance(f.kind, FieldKind)


def test_choices_only_on_choice_fields() -> None:
    for spec, f in all_fields():
        if f.kind is FieldKind.CHOICE:
            assert len(f.choices) >= 2, (spec.letter, f.key)
            assert len(set(f.choices)) == len(f.choices)
        else:
            assert f.choices == (), (spec.letter, f.key)


def test_bound_fields() -> None:
    bound = {(s.letter, f.key): f.binds for s, f in all_fields() if f.binds}
    assert bound == {
        ("A", "source_channel"): "source",  # one value: the opportunity's source (#14)
        ("E", "budget"): "budget",
        ("J", "project_lead"): "project_lead",
        ("J", "lead_certified"): "lead_certified",
        ("J", "business_contact"): "business_contact",
    }
    assert step("E").field("budget").kind is FieldKind.MONEY
    assert step("J").field("lead_certified").kind is FieldKind.BOOL


# (letter, key, kind, required) pairs other layers depend on.
MANDATED = [
    ("A", "source_channel", FieldKind.CHOICE, True),
    ("B", "contact_person", FieldKind.PERSON, True),
    ("B", "proposed_time", FieldKind.DATE, False),
    ("B", "outcome", FieldKind.CHOICE, True),
    ("B", "new_date", FieldKind.DATE, False),
    ("E", "budget", FieldKind.MONEY, True),
    ("E", "department", FieldKind.TEXT, False),
    ("E", "handler", FieldKind.PERSON, False),
    ("E", "key_decision_maker", FieldKind.PERSON, True),
    ("E", "project_plan", FieldKind.LONG_TEXT, False),
    ("E", "competitors_known", FieldKind.TEXT, False),
    ("J", "project_lead", FieldKind.PERSON, True),
    ("J", "lead_certified", FieldKind.BOOL, True),
    ("J", "business_contact", FieldKind.PERSON, True),
    ("J", "push_plan", FieldKind.LONG_TEXT, True),
    ("J", "support_requested", FieldKind.CHOICE, False),
    ("J", "submitted_on", FieldKind.DATE, True),
    ("K", "research_dates", FieldKind.TEXT, False),
    ("K", "departments", FieldKind.LONG_TEXT, False),
    ("K", "findings", FieldKind.LONG_TEXT, True),
    ("K", "recommendations", FieldKind.LONG_TEXT, False),
    ("K", "debrief_date", FieldKind.DATE, True),
    ("K", "debrief_attendees", FieldKind.TEXT, False),
    ("L", "version", FieldKind.TEXT, False),
    ("L", "change_note", FieldKind.LONG_TEXT, False),
    ("L", "feedback", FieldKind.LONG_TEXT, False),
    ("M", "version", FieldKind.TEXT, False),
    ("M", "change_note", FieldKind.LONG_TEXT, False),
    ("M", "feedback", FieldKind.LONG_TEXT, True),
    ("P", "price_manual_checked", FieldKind.BOOL, False),
    ("P", "customer_budget_view", FieldKind.TEXT, False),
    ("P", "competitor_prices", FieldKind.TEXT, False),
    ("P", "room_to_move", FieldKind.TEXT, False),
    ("Q", "tender_number", FieldKind.TEXT, False),
    ("Q", "bid_deadline", FieldKind.DATE, True),
    ("Q", "requirements", FieldKind.LONG_TEXT, False),
    ("R", "reviewer", FieldKind.PERSON, False),
    ("R", "review_date", FieldKind.DATE, False),
    ("V", "reviewer", FieldKind.PERSON, False),
    ("V", "review_date", FieldKind.DATE, False),
    ("S", "submitted_on", FieldKind.DATE, True),
    ("S", "submission_mode", FieldKind.CHOICE, False),
    ("T", "presented_on", FieldKind.DATE, True),
    ("T", "audience", FieldKind.TEXT, False),
    ("U", "contract_number", FieldKind.TEXT, False),
    ("U", "key_clauses", FieldKind.LONG_TEXT, False),
    ("U", "pr_material_sent", FieldKind.BOOL, False),
    ("W", "signed_on", FieldKind.DATE, True),
    ("X", "effective_on", FieldKind.DATE, True),
    ("Y", "implementation_manager", FieldKind.PERSON, True),
    ("Y", "team", FieldKind.TEXT, False),
    ("Y", "handover_date", FieldKind.DATE, True),
    ("Z", "milestones", FieldKind.LONG_TEXT, False),
    ("Z", "issues", FieldKind.LONG_TEXT, False),
]


@pytest.mark.parametrize(("letter", "key", "kind", "required"), MANDATED)
def test_mandated_fields(letter: str, key: str, kind: FieldKind, required: bool) -> None:
    f = step(letter).field(key)
    assert f.kind is kind
    assert f.required is required


def test_mandated_choices() -> None:
    assert step("A").field("source_channel").choices == (
        "网络搜索",
        "电话",
        "行业会议",
        "同学朋友",
        "老客户介绍",
        "同行交流",
        "地区扫街",
        "其他",
    )
    assert step("B").field("outcome").choices == ("同意", "改期", "拒绝")
    assert step("J").field("support_requested").choices == ("无", "售前顾问", "公司领导", "顾问和领导")
    assert step("S").field("submission_mode").choices == ("正式", "非正式")


def test_required_beyond_the_brief_are_few_and_documented() -> None:
    """Every step that must be completable has at least one required field, except a few note-taking ones."""
    no_required = {s.letter for s in STEPS.values() if not any(f.required for f in s.fields)}
    assert no_required <= {"L", "P", "R", "U", "V", "Z"}


def test_deliverables() -> None:
    assert step("J").deliverables == ("initiation",)
    assert step("K").deliverables == ("research",)
    assert step("L").deliverables == ("proposal",)
    assert step("M").deliverables == ("proposal",)
    assert step("P").deliverables == ("quotes",)
    assert step("Q").deliverables == ("solution", "bid", "slides")
    assert step("U").deliverables == ("contract",)
    assert step("Y").deliverables == ("handover",)
    assert set(stage(3).deliverables) == {"initiation", "weekly", "log"}
    for number in range(3, 10):
        assert {"log", "weekly"} <= set(stage(number).deliverables)
    for spec in STEPS.values():
        assert set(spec.deliverables) <= set(stage(spec.stage).deliverables)


def test_lookups() -> None:
    assert step("a") is STEPS["A"]
    assert step(" j ") is STEPS["J"]
    assert stage(10).name == "项目移交"
    assert steps_of_stage(8) == tuple(STEPS[x] for x in "QRST")
    assert steps_of_stage(3) == (STEPS["J"],)


@pytest.mark.parametrize("number", [0, 11, -1, 100])
def test_unknown_stage_raises(number: int) -> None:
    with pytest.raises(InvalidInput, match="阶段必须在 1–10 之间"):
        stage(number)
    with pytest.raises(InvalidInput):
        steps_of_stage(number)


@pytest.mark.parametrize("letter", ["", "AA", "1", "Ä", "?"])
def test_unknown_letter_raises(letter: str) -> None:
    with pytest.raises(InvalidInput):
        step(letter)


def test_unknown_field_names_field_and_step() -> None:
    with pytest.raises(InvalidInput) as info:
        step("E").field("no_such_field")
    message = str(info.value)
    assert "no_such_field" in message
    assert "E" in message and "了解客户情况" in message


def test_specs_are_immutable() -> None:
    with pytest.raises(AttributeError):
        STEPS["A"].title = "x"  # type: ignore[misc]


def test_reference_lists() -> None:
    assert DECISION_ROLES == ("关键决策人", "具体经办人", "信息中心", "业务部门", "领导", "选型小组")
    assert set(ROLE_TALKING_POINTS) == set(DECISION_ROLES)
    assert all(CJK.search(v) for v in ROLE_TALKING_POINTS.values())
    assert "数据库" in ROLE_TALKING_POINTS["信息中心"]
    assert "流程" in ROLE_TALKING_POINTS["业务部门"]
    assert "规划" in ROLE_TALKING_POINTS["领导"]
    assert ATTITUDES == ("支持", "中立", "反对", "未知")
    assert ACTIVITY_TYPES == ("拜访", "电话", "会议", "演示", "宴请", "邮件", "其他")
    assert INDUSTRIES == ("电力", "政务", "金融", "教育", "医疗", "制造", "交通", "能源", "通信", "零售")
    assert STATUSES == {"open": "进行中", "won": "赢单", "lost": "丢单", "on_hold": "暂停"}


def test_public_names() -> None:
    for name in catalog.__all__:
        assert hasattr(catalog, name)
