"""The material library (资料库): what the company says about itself in every document.

One set of records shared by the bid, proposal, solution and slides: the company profile (name,
legal representative, address, bank, tax number), qualifications with their validity, cases,
product and service chapters, the project team and the after-sales commitments. A company hands
the same library to every salesperson as one JSON file (:func:`to_data` / :func:`from_data`);
reading one checks every value as strictly as a snapshot, so a bad file changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, TypeVar

from projdesk.domain import limits
from projdesk.domain.catalog import INDUSTRIES
from projdesk.domain.errors import BadInputFile
from projdesk.domain.money import MAX_AMOUNT, amount_text

__all__ = [
    "FORMAT",
    "VERSION",
    "Case",
    "Chapter",
    "CompanyProfile",
    "Library",
    "Qualification",
    "TeamMember",
    "from_data",
    "to_data",
]

FORMAT = "projdesk-library"
VERSION = 1
CHAPTER_KINDS: tuple[str, ...] = ("product", "service")
_LINE = limits.TextRule(200)
_LONG = limits.LONG
_MONEY = re.compile(r"[0-9]{1,16}\.[0-9]{2}", re.ASCII)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


@dataclass(frozen=True)
class CompanyProfile:
    name: str = ""
    intro: str = ""  # the company introduction (公司简介)
    legal_rep: str = ""  # 法定代表人
    address: str = ""
    phone: str = ""
    bank: str = ""  # 开户银行
    account: str = ""  # 银行账号
    tax_number: str = ""  # 纳税人识别号（统一社会信用代码）
    tax_rate: str = ""  # 增值税税率，如 13%


@dataclass(frozen=True)
class Qualification:
    name: str
    number: str = ""
    issuer: str = ""
    valid_until: dt.date | None = None  # None: no expiry

    def expired(self, on: dt.date) -> bool:
        return self.valid_until is not None and self.valid_until < on


@dataclass(frozen=True)
class Case:
    customer: str
    project: str
    year: int | None = None
    amount: Decimal | None = None
    industry: str = ""
    summary: str = ""


@dataclass(frozen=True)
class Chapter:
    """A product or service chapter; ``products`` names what it is about (empty: always relevant)."""

    title: str
    text: str
    kind: str = "product"
    products: tuple[str, ...] = ()


@dataclass(frozen=True)
class TeamMember:
    role: str
    name: str
    certificates: str = ""


@dataclass(frozen=True)
class Library:
    company: CompanyProfile = field(default_factory=CompanyProfile)
    qualifications: tuple[Qualification, ...] = ()
    cases: tuple[Case, ...] = ()
    chapters: tuple[Chapter, ...] = ()
    team: tuple[TeamMember, ...] = ()
    after_sales: tuple[str, ...] = ()  # one commitment each (响应时间, 备件, 培训…)

    @property
    def empty(self) -> bool:
        return self == Library()


# -- writing ---------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return amount_text(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value


def to_data(library: Library) -> dict[str, Any]:
    """The library as the JSON object of a library file (and of the stored setting)."""
    return {"format": FORMAT, "version": VERSION, **_plain(library)}


# -- reading ---------------------------------------------------------------------------------


class _Reader:
    """Checks one value at a time, naming where a bad one sits (公司信息、资质第 2 项…)."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, what: str) -> BadInputFile:
        return BadInputFile(f"资料库文件有误：{self.where}的{what}")

    def text(self, data: Mapping[str, Any], key: str, label: str, rule: limits.TextRule = _LINE) -> str:
        value = data.get(key, "")
        if type(value) is not str:
            raise self.fail(f"“{label}”应为文字")
        value = limits.normalised(value)
        problem = limits.text_problem(value, rule)
        if problem:
            raise self.fail(f"“{label}”{problem}")
        return str(value).strip()

    def date(self, data: Mapping[str, Any], key: str, label: str) -> dt.date | None:
        value = data.get(key)
        if value is None or value == "":
            return None
        if type(value) is not str or not _DATE.fullmatch(value):
            raise self.fail(f"“{label}”应为 YYYY-MM-DD 日期")
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(f"“{label}”不是有效日期") from None

    def amount(self, data: Mapping[str, Any], key: str, label: str) -> Decimal | None:
        value = data.get(key)
        if value is None or value == "":
            return None
        if type(value) is not str or not _MONEY.fullmatch(value) or Decimal(value) > MAX_AMOUNT:
            raise self.fail(f'“{label}”应为两位小数的金额文字，如 "1200000.00"')
        return Decimal(value)

    def year(self, data: Mapping[str, Any], key: str, label: str) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if type(value) is not int or not 1949 <= value <= 2100:
            raise self.fail(f"“{label}”应为四位年份")
        return value


T = TypeVar("T")


def _items(
    data: Mapping[str, Any], key: str, label: str, read: Callable[[Mapping[str, Any], _Reader], T]
) -> tuple[T, ...]:
    raw = data.get(key, [])
    if not isinstance(raw, list):
        raise BadInputFile(f"资料库文件有误：“{label}”应为列表")
    out = []
    for i, item in enumerate(raw, start=1):
        reader = _Reader(f"{label}第 {i} 项")
        if not isinstance(item, dict):
            raise reader.fail("内容（应为对象）")
        out.append(read(item, reader))
    return tuple(out)


def _company(data: Mapping[str, Any]) -> CompanyProfile:
    raw = data.get("company", {})
    r = _Reader("公司信息")
    if not isinstance(raw, dict):
        raise r.fail("内容（应为对象）")
    return CompanyProfile(
        name=r.text(raw, "name", "公司名称"),
        intro=r.text(raw, "intro", "公司简介", _LONG),
        legal_rep=r.text(raw, "legal_rep", "法定代表人"),
        address=r.text(raw, "address", "地址"),
        phone=r.text(raw, "phone", "电话"),
        bank=r.text(raw, "bank", "开户银行"),
        account=r.text(raw, "account", "银行账号"),
        tax_number=r.text(raw, "tax_number", "纳税人识别号"),
        tax_rate=r.text(raw, "tax_rate", "增值税税率"),
    )


def _qualification(d: Mapping[str, Any], r: _Reader) -> Qualification:
    name = r.text(d, "name", "名称")
    if not name:
        raise r.fail("“名称”为空")
    return Qualification(
        name,
        r.text(d, "number", "证书编号"),
        r.text(d, "issuer", "发证机构"),
        r.date(d, "valid_until", "有效期至"),
    )


def _case(d: Mapping[str, Any], r: _Reader) -> Case:
    project = r.text(d, "project", "项目")
    if not project:
        raise r.fail("“项目”为空")
    industry = r.text(d, "industry", "行业")
    if industry and industry not in INDUSTRIES:
        raise r.fail(f"“行业”（{industry}）不是已知行业：{'、'.join(INDUSTRIES)}")
    return Case(
        r.text(d, "customer", "客户"),
        project,
        r.year(d, "year", "年份"),
        r.amount(d, "amount", "金额"),
        industry,
        r.text(d, "summary", "简介", _LONG),
    )


def _chapter(d: Mapping[str, Any], r: _Reader) -> Chapter:
    title = r.text(d, "title", "标题")
    if not title:
        raise r.fail("“标题”为空")
    kind = r.text(d, "kind", "类别") or "product"
    if kind not in CHAPTER_KINDS:
        raise r.fail(f"“类别”应为 {'/'.join(CHAPTER_KINDS)}")
    products = d.get("products", [])
    if not isinstance(products, list) or any(type(p) is not str for p in products):
        raise r.fail("“适用产品”应为文字列表")
    names = tuple(r.text({"p": p}, "p", "适用产品") for p in products)
    return Chapter(title, r.text(d, "text", "正文", _LONG), kind, tuple(n for n in names if n))


def _member(d: Mapping[str, Any], r: _Reader) -> TeamMember:
    name = r.text(d, "name", "姓名")
    if not name:
        raise r.fail("“姓名”为空")
    return TeamMember(r.text(d, "role", "岗位"), name, r.text(d, "certificates", "证书", _LONG))


def _commitments(data: Mapping[str, Any]) -> tuple[str, ...]:
    raw = data.get("after_sales", [])
    if not isinstance(raw, list):
        raise BadInputFile("资料库文件有误：“售后服务承诺”应为文字列表")
    out = []
    for i, item in enumerate(raw, start=1):
        text = _Reader(f"售后服务承诺第 {i} 项").text({"t": item}, "t", "内容", _LONG)
        if text:
            out.append(text)
    return tuple(out)


def from_data(data: Any) -> Library:
    """A library from a file's JSON, every value checked; BadInputFile names the first bad one."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadInputFile("不是 ProjDesk 资料库文件")
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise BadInputFile("资料库文件已损坏（版本号无效）")
    if version > VERSION:
        raise BadInputFile(f"资料库文件由更新版本的 ProjDesk 生成（v{version}），请先升级")
    return Library(
        company=_company(data),
        qualifications=_items(data, "qualifications", "资质", _qualification),
        cases=_items(data, "cases", "案例", _case),
        chapters=_items(data, "chapters", "产品与服务章节", _chapter),
        team=_items(data, "team", "项目团队", _member),
        after_sales=_commitments(data),
    )


# -- choosing for one opportunity ------------------------------------------------------------


def chapters_for(library: Library, words: Sequence[str]) -> list[Chapter]:
    """The chapters about what this opportunity offers: a chapter naming a product that appears
    in ``words`` (quote lines, project name), and every chapter that names none."""
    haystack = "\n".join(words)
    return [c for c in library.chapters if not c.products or any(p in haystack for p in c.products)]


def cases_for(library: Library, industry: str, limit: int = 5) -> list[Case]:
    """The cases of the customer's industry, newest first; none of its own: the newest of any."""
    own = [c for c in library.cases if c.industry == industry]
    pool = own or list(library.cases)
    return sorted(pool, key=lambda c: -(c.year or 0))[:limit]


def valid_qualifications(library: Library, on: dt.date) -> tuple[list[Qualification], list[Qualification]]:
    """(valid on ``on``, expired): an expired certificate is never printed as held."""
    valid = [q for q in library.qualifications if not q.expired(on)]
    expired = [q for q in library.qualifications if q.expired(on)]
    return valid, expired


# -- the first version's materials -----------------------------------------------------------

LEGACY_CASES_PREFIX = "cases:"


def from_materials(materials: Mapping[str, str]) -> Library:
    """The library the first version kept as texts in the preferences (company_name, company,
    products, services, cases:<行业>): read once, when no library has been stored yet."""
    chapters = []
    products = (materials.get("products") or materials.get("product") or "").strip()
    services = (materials.get("services") or materials.get("service") or "").strip()
    if products:
        chapters.append(Chapter("产品介绍", products, "product"))
    if services:
        chapters.append(Chapter("服务体系", services, "service"))
    cases = [
        Case("", line.strip(), industry=key[len(LEGACY_CASES_PREFIX) :])
        for key, text in materials.items()
        if key.startswith(LEGACY_CASES_PREFIX) and key[len(LEGACY_CASES_PREFIX) :] in INDUSTRIES
        for line in text.splitlines()
        if line.strip()
    ]
    # The company's particulars the settings kept as company_<key> (设置 › 资料).
    company = CompanyProfile(
        name=materials.get("company_name", "").strip(),
        intro=materials.get("company", "").strip(),
        legal_rep=materials.get("company_legal_representative", "").strip(),
        address=materials.get("company_address", "").strip(),
        phone=materials.get("company_phone", "").strip(),
        bank=materials.get("company_bank", "").strip(),
        account=materials.get("company_bank_account", "").strip(),
        tax_number=materials.get("company_tax_number", "").strip(),
        tax_rate=materials.get("company_tax_rate", "").strip(),
    )
    return Library(company=company, chapters=tuple(chapters), cases=tuple(cases))
