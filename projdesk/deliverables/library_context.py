"""The material library as template values: ``company`` and ``library`` for one opportunity.

Chapters are chosen by what the opportunity offers (its quote lines and its name), cases by the
customer's industry, and a qualification that has expired by the document's date is left out
(pre-flight warns about it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from projdesk.deliverables.assembly import Assembly, choose_parts
from projdesk.domain.library import Library
from projdesk.domain.money import format_yuan
from projdesk.storage import dto

__all__ = ["library_context", "offered_words"]


def _date(value: dt.date | None) -> str:
    # A certificate's validity in the table's own short form (2028-08-12): never read as a date
    # of the document.
    return value.isoformat() if value else "长期有效"


def offered_words(detail: dto.OpportunityDetail) -> list[str]:
    """What the opportunity offers, for choosing chapters: its name and every quoted line."""
    words = [detail.summary.name]
    for quote in detail.quotes:
        words += [f"{line.item} {line.brand} {line.model}" for line in quote.lines]
    return words


def library_context(
    library: Library, detail: dto.OpportunityDetail, on: dt.date, assembly: Assembly | None = None
) -> dict[str, Any]:
    """``company`` (profile and joined texts) and ``library`` (the records as table rows): the
    parts ``assembly`` chose, in its order (None: the default choice, see deliverables.assembly)."""
    parts = choose_parts(library, assembly, offered_words(detail), detail.customer.industry, on)
    products = [c for c in parts.chapters if c.kind == "product"]
    services = [c for c in parts.chapters if c.kind == "service"]
    cases = parts.cases
    valid = parts.qualifications
    c = library.company
    case_rows = [
        {
            "no": str(i),
            "customer": case.customer,
            "project": case.project,
            "year": str(case.year) if case.year else "",
            "amount": format_yuan(case.amount) if case.amount is not None else "",
            "industry": case.industry,
            "summary": case.summary,
        }
        for i, case in enumerate(cases, start=1)
    ]
    return {
        # The keys the templates print (docs/templates.md): company.<key>, library.<part>.
        "company": {
            "name": c.name or (detail.contract.party_b if detail.contract else ""),
            "intro": c.intro,
            "legal_representative": c.legal_rep,
            "address": c.address,
            "phone": c.phone,
            "bank": c.bank,
            "bank_account": c.account,
            "tax_number": c.tax_number,
            "tax_rate": c.tax_rate,
            "products": "\n".join(ch.text for ch in products),
            "service": "\n".join(ch.text for ch in services),
            "cases": "\n".join(
                f"{r['customer']}{r['project']}（{r['year']}）"
                if r["year"]
                else f"{r['customer']}{r['project']}"
                for r in case_rows
            ),
        },
        "library": {
            "chapters": [{"title": ch.title, "text": ch.text} for ch in products],
            "service_chapters": [{"title": ch.title, "text": ch.text} for ch in services],
            "cases": case_rows,
            "qualifications": [
                {
                    "no": str(i),
                    "name": q.name,
                    "number": q.number,
                    "issuer": q.issuer,
                    "valid_until": _date(q.valid_until),
                }
                for i, q in enumerate(valid, start=1)
            ],
            "team": [
                {"no": str(i), "role": m.role, "name": m.name, "certificates": m.certificates}
                for i, m in enumerate(parts.team, start=1)
            ],
            # One text, a commitment a line: 1. …
            "after_sales": "\n".join(f"{i}. {t}" for i, t in enumerate(library.after_sales, start=1)),
        },
    }
