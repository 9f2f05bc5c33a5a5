"""Pre-flight: before a customer document is made, what data it lacks and where to fill it.

:data:`NEEDS` is the one list of what each customer document prints and cannot do without.
:func:`preflight` finds the gaps in a built context; :func:`fill_gaps` puts the one placeholder
(【待填：招标编号】) where each gap is printed, so "generate anyway" never yields a blank that reads
as finished. Internal documents (initiation request, handover sheet) have no pre-flight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from projdesk.deliverables.gaps import placeholder
from projdesk.domain.catalog import DOCUMENT_TITLES, STEPS
from projdesk.domain.errors import RuleRefused
from projdesk.domain.library import Library, valid_qualifications

__all__ = ["CUSTOMER_KINDS", "NEEDS", "Gap", "GapsFound", "Need", "Preflight", "fill_gaps", "preflight"]

CUSTOMER_KINDS: tuple[str, ...] = ("research", "proposal", "solution", "bid", "slides", "contract")

# Where a gap is filled: a step letter, or a part of the GUI named by these codes.
LIBRARY_SECTIONS: dict[str, str] = {
    "library:company": "资料库 › 公司信息",
    "library:qualifications": "资料库 › 资质",
    "library:cases": "资料库 › 案例",
    "library:team": "资料库 › 项目团队",
    "library:after_sales": "资料库 › 售后服务承诺",
    "contract": "合同与付款",
}


@dataclass(frozen=True)
class Need:
    """A value a document prints: its context path, what it is called, where it is filled.

    ``row`` is set for a list (a table): the key of the row's first column, where the placeholder
    row carries the gap when the list is empty.
    """

    path: str
    label: str
    target: str  # "step:Q" or a key of LIBRARY_SECTIONS
    row: str = ""


def _company(*keys: tuple[str, str]) -> tuple[Need, ...]:
    return tuple(Need(f"company.{k}", label, "library:company") for k, label in keys)


_NAME = _company(("name", "我方公司名称"))
_FINDINGS = (
    Need("research.findings", "调研发现", "step:K"),
    Need("research.recommendations", "初步方案建议", "step:K"),
)
_QUOTE_LINES = Need("quote.lines", "报价明细", "step:P", row="item")
NEEDS: dict[str, tuple[Need, ...]] = {
    "research": (*_NAME, Need("research.research_dates", "调研日期", "step:K"), *_FINDINGS),
    "proposal": (*_FINDINGS, _QUOTE_LINES),
    "solution": (*_NAME, *_FINDINGS, _QUOTE_LINES),
    "slides": _NAME,
    "bid": (
        *_NAME,
        *_company(
            ("intro", "公司简介"),
            ("legal_representative", "法定代表人"),
            ("address", "公司地址"),
            ("phone", "公司电话"),
            ("bank", "开户银行"),
            ("bank_account", "银行账号"),
            ("tax_number", "纳税人识别号"),
            ("tax_rate", "增值税税率"),
        ),
        Need("bid.tender_number", "招标编号", "step:Q"),
        Need("bid.bid_deadline", "投标截止日期", "step:Q"),
        Need("bid.procurement_method", "采购方式", "step:Q"),
        Need("quote.total", "投标总价", "step:P"),
        Need("quote.total_words", "投标总价（大写）", "step:P"),
        _QUOTE_LINES,
        Need("tech_deviations", "技术类招标要求", "step:Q", row="text"),
        Need("library.qualifications", "资格证明文件", "library:qualifications", row="name"),
        Need("library.cases", "类似项目业绩", "library:cases", row="project"),
        Need("library.team", "项目团队", "library:team", row="name"),
        Need("library.after_sales", "售后服务承诺", "library:after_sales"),
    ),
    "contract": (
        Need("contract.party_b", "我方公司名称", "library:company"),
        Need("contract.number", "合同编号", "step:U"),
        Need("contract.amount", "合同总价", "contract"),
        Need("contract.amount_words", "合同总价（大写）", "contract"),
        Need("payments", "付款节点（合同与收款）", "contract", row="milestone"),
        _QUOTE_LINES,
        Need("quote.total", "报价合计", "step:P"),
        Need("quote.total_words", "报价合计（大写）", "step:P"),
    ),
}


@dataclass(frozen=True)
class Gap:
    label: str  # what is missing, as the placeholder names it
    where: str  # where to fill it, in words: 步骤 Q 方案定稿, 资料库 › 公司信息
    target: str  # where to fill it, for a click: "step:Q", "library:company", "contract"
    need: Need | None = None  # the value that shows the placeholder (None: the rows already do)

    @property
    def line(self) -> str:
        return f"{self.label}（{self.where}）"


@dataclass(frozen=True)
class Preflight:
    kind: str
    gaps: list[Gap] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def lines(self) -> list[str]:
        """Each gap once, in the order the document prints them."""
        return list(dict.fromkeys(g.line for g in self.gaps))


class GapsFound(RuleRefused):
    """A customer document asked for without ``allow_gaps`` while data is missing (exit 3)."""

    def __init__(self, check: Preflight) -> None:
        title = DOCUMENT_TITLES.get(check.kind, check.kind)
        super().__init__(
            f"生成{title}前还缺少以下资料（补齐后再生成；加 --allow-gaps 仍可生成，缺项标为【待填：…】）：",
            check.lines,
        )
        self.check = check


def where_text(target: str) -> str:
    if target.startswith("step:"):
        letter = target[5:]
        return f"步骤 {letter} {STEPS[letter].title}"
    return LIBRARY_SECTIONS[target]


def _get(context: dict[str, Any], path: str) -> Any:
    value: Any = context
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _set(context: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    target = context
    for key in parents:
        target = target[key]
    target[last] = value


def _unanswered(context: dict[str, Any]) -> list[Gap]:
    rows = [*context.get("tech_deviations", []), *context.get("business_deviations", [])]
    return [
        Gap(f"第{r['clause']}条应答", where_text("step:Q") + " › 招标要求", "step:Q")
        for r in rows
        if not r["response"]
    ]


def preflight(kind: str, context: dict[str, Any], library: Library, on: dt.date) -> Preflight:
    """The gaps of ``kind`` made from ``context``, and warnings (an expired qualification)."""
    gaps = [
        Gap(need.label, where_text(need.target), need.target, need)
        for need in NEEDS.get(kind, ())
        if _get(context, need.path) in ("", None, [])
    ]
    warnings: list[str] = []
    if kind == "bid":
        gaps += _unanswered(context)
        _valid, expired = valid_qualifications(library, on)
        warnings = [
            f"资质“{q.name}”已于 {q.valid_until:%Y-%m-%d} 过期，未列入投标文件（资料库 › 资质）"
            for q in expired
        ]
    return Preflight(kind, gaps, warnings)


def fill_gaps(context: dict[str, Any], gaps: Sequence[Gap]) -> None:
    """Put the placeholder where each gap is printed (a list gets one row that carries it); an
    unanswered tender clause gets its own in its response and deviation cells."""
    for rows in (context.get("tech_deviations", []), context.get("business_deviations", [])):
        for r in rows:
            if not r["response"]:
                r["response"] = placeholder(f"第{r['clause']}条应答")
                r["deviation"] = placeholder(f"第{r['clause']}条偏离情况")
    for gap in gaps:
        need = gap.need
        if need is None:
            continue
        if need.row:
            _set(context, need.path, [_placeholder_row(need, gap.label)])
        else:
            _set(context, need.path, placeholder(gap.label))


# The keys of an empty list's rows, for the one row that shows its gap: a template may print any.
_ROW_KEYS: dict[str, tuple[str, ...]] = {
    "quote.lines": ("no", "item", "brand", "model", "quantity", "unit", "unit_price", "total"),
    "payments": (
        "no",
        "milestone",
        "due_date",
        "ratio",
        "amount",
        "amount_capitals",
        "received_date",
        "received_amount",
    ),
    "tech_deviations": (
        "no",
        "clause",
        "mark",
        "starred",
        "category",
        "text",
        "response",
        "deviation",
        "explanation",
        "reference",
    ),
    "library.qualifications": ("no", "name", "number", "issuer", "valid_until"),
    "library.cases": ("no", "customer", "project", "year", "amount", "industry", "summary"),
    "library.team": ("no", "role", "name", "certificates"),
}


def _placeholder_row(need: Need, label: str) -> dict[str, str]:
    row = dict.fromkeys(_ROW_KEYS[need.path], "")
    row[need.row] = placeholder(label)
    return row
