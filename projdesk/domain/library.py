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
from projdesk.domain.errors import BadInputFile, Problem
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


class ValueReader:
    """Checks one value at a time, naming where a bad one sits by codes: the part (company,
    qualifications…), the item's number in it, the field (labels.LIBRARY_FIELD_TEXTS)."""

    def __init__(self, part: str, item: int | None = None) -> None:
        self.part = part
        self.item = item

    def fail(self, key: str, problem: Problem) -> BadInputFile:
        if self.item is None:
            return BadInputFile.coded("library_value_bad", part=self.part, library_field=key, problem=problem)
        return BadInputFile.coded(
            "library_item_bad", part=self.part, item=self.item, library_field=key, problem=problem
        )

    def text(self, data: Mapping[str, Any], key: str, rule: limits.TextRule = _LINE) -> str:
        value = data.get(key, "")
        if type(value) is not str:
            raise self.fail(key, Problem("not_text"))
        value = limits.normalised(value)
        problem = limits.text_problem(value, rule)
        if problem:
            raise self.fail(key, problem)
        return str(value).strip()

    def required(self, data: Mapping[str, Any], key: str) -> str:
        value = self.text(data, key)
        if not value:
            raise self.fail(key, Problem("empty"))
        return value

    def date(self, data: Mapping[str, Any], key: str) -> dt.date | None:
        value = data.get(key)
        if value is None or value == "":
            return None
        if type(value) is not str or not _DATE.fullmatch(value):
            raise self.fail(key, Problem("not_a_date"))
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(key, Problem("invalid_date")) from None

    def amount(self, data: Mapping[str, Any], key: str) -> Decimal | None:
        value = data.get(key)
        if value is None or value == "":
            return None
        if type(value) is not str or not _MONEY.fullmatch(value) or Decimal(value) > MAX_AMOUNT:
            raise self.fail(key, Problem("amount_text_form"))
        return Decimal(value)

    def year(self, data: Mapping[str, Any], key: str) -> int | None:
        value = data.get(key)
        if value is None:
            return None
        if type(value) is not int or not 1949 <= value <= 2100:
            raise self.fail(key, Problem("year_form"))
        return value


T = TypeVar("T")


def _part_problem(part: str, code: str) -> BadInputFile:
    return BadInputFile.coded("library_part_bad", part=part, problem=Problem(code))


def _items(
    data: Mapping[str, Any], part: str, read: Callable[[Mapping[str, Any], ValueReader], T]
) -> tuple[T, ...]:
    raw = data.get(part, [])
    if not isinstance(raw, list):
        raise _part_problem(part, "not_a_list")
    out = []
    for i, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise BadInputFile.coded("library_item_not_object", part=part, item=i)
        out.append(read(item, ValueReader(part, i)))
    return tuple(out)


def read_company(raw: Any) -> CompanyProfile:
    """A company profile from its JSON object, every value checked."""
    r = ValueReader("company")
    if not isinstance(raw, dict):
        raise _part_problem("company", "not_an_object")
    return CompanyProfile(
        name=r.text(raw, "name"),
        intro=r.text(raw, "intro", _LONG),
        legal_rep=r.text(raw, "legal_rep"),
        address=r.text(raw, "address"),
        phone=r.text(raw, "phone"),
        bank=r.text(raw, "bank"),
        account=r.text(raw, "account"),
        tax_number=r.text(raw, "tax_number"),
        tax_rate=r.text(raw, "tax_rate"),
    )


def read_qualification(d: Mapping[str, Any], r: ValueReader) -> Qualification:
    return Qualification(
        r.required(d, "name"), r.text(d, "number"), r.text(d, "issuer"), r.date(d, "valid_until")
    )


def read_case(d: Mapping[str, Any], r: ValueReader) -> Case:
    project = r.required(d, "project")
    industry = r.text(d, "industry")
    if industry and industry not in INDUSTRIES:
        raise r.fail(
            "industry", Problem("unknown_industry", {"value": industry, "allowed": "、".join(INDUSTRIES)})
        )
    return Case(
        r.text(d, "customer"),
        project,
        r.year(d, "year"),
        r.amount(d, "amount"),
        industry,
        r.text(d, "summary", _LONG),
    )


def read_chapter(d: Mapping[str, Any], r: ValueReader) -> Chapter:
    title = r.required(d, "title")
    kind = r.text(d, "kind") or "product"
    if kind not in CHAPTER_KINDS:
        raise r.fail("kind", Problem("not_allowed", {"allowed": "/".join(CHAPTER_KINDS)}))
    products = d.get("products", [])
    if not isinstance(products, list) or any(type(p) is not str for p in products):
        raise r.fail("products", Problem("not_text_list"))
    names = tuple(r.text({"products": p}, "products") for p in products)
    return Chapter(title, r.text(d, "text", _LONG), kind, tuple(n for n in names if n))


def read_member(d: Mapping[str, Any], r: ValueReader) -> TeamMember:
    return TeamMember(r.text(d, "role"), r.required(d, "name"), r.text(d, "certificates", _LONG))


def read_commitment(text: Any, number: int) -> str:
    return ValueReader("after_sales", number).text({"text": text}, "text", _LONG)


def _commitments(data: Mapping[str, Any]) -> tuple[str, ...]:
    raw = data.get("after_sales", [])
    if not isinstance(raw, list):
        raise _part_problem("after_sales", "not_text_list")
    return tuple(text for i, item in enumerate(raw, start=1) if (text := read_commitment(item, i)))


def from_data(data: Any) -> Library:
    """A library from a file's JSON, every value checked; BadInputFile names the first bad one."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadInputFile.coded("library_file_wrong_format")
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise BadInputFile.coded("library_file_bad_version")
    if version > VERSION:
        raise BadInputFile.coded("library_file_newer", version=version)
    return Library(
        company=read_company(data.get("company", {})),
        qualifications=_items(data, "qualifications", read_qualification),
        cases=_items(data, "cases", read_case),
        chapters=_items(data, "chapters", read_chapter),
        team=_items(data, "team", read_member),
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
