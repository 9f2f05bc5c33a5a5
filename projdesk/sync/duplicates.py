"""Customers two colleagues created separately: found by normalised name or credit code, merged.

Merging re-points the other customer's contacts and opportunities through the Writer (so the
merge itself syncs to colleagues) and leaves the merged-away customer as a tombstone that names
the customer it was merged into.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from projdesk.domain.errors import InvalidInput
from projdesk.storage.models import Contact, Customer, Opportunity
from projdesk.storage.services.base import Context, get_live

# Legal-form words that colleagues write differently or leave out.
_NOISE = ("股份有限公司", "有限责任公司", "有限公司", "股份公司", "股份", "(", ")", "（", "）")
_SPACES = re.compile(r"\s+")
_FILL = ("credit_code", "industry", "region", "address")


def normalise_name(name: str) -> str:
    """NFKC (full-width → half-width), no spaces, no 有限公司/股份, case-folded."""
    text = unicodedata.normalize("NFKC", name or "")
    text = _SPACES.sub("", text)
    for word in _NOISE:
        text = text.replace(unicodedata.normalize("NFKC", word), "")
    return text.casefold()


@dataclass(frozen=True)
class CustomerBrief:
    id: str
    name: str
    credit_code: str | None
    industry: str
    region: str
    opportunities: int
    contacts: int
    device: str


@dataclass(frozen=True)
class DuplicateGroup:
    reason: str  # "name" or "credit_code"
    key: str
    customers: list[CustomerBrief]


def find_duplicates(ctx: Context) -> list[DuplicateGroup]:
    with ctx.read() as session:
        # Plain columns, not ORM objects: this runs after every import over every customer.
        customers = list(
            session.execute(
                select(
                    Customer.id,
                    Customer.name,
                    Customer.credit_code,
                    Customer.industry,
                    Customer.region,
                    Customer.device,
                ).where(Customer.deleted.is_(False))
            )
        )
        opps = dict(
            session.execute(
                select(Opportunity.customer_id, func.count())
                .where(Opportunity.deleted.is_(False))
                .group_by(Opportunity.customer_id)
            ).all()
        )
        contacts = dict(
            session.execute(
                select(Contact.customer_id, func.count())
                .where(Contact.deleted.is_(False))
                .group_by(Contact.customer_id)
            ).all()
        )
    briefs = {
        c.id: CustomerBrief(
            c.id,
            c.name,
            c.credit_code,
            c.industry,
            c.region,
            int(opps.get(c.id, 0)),
            int(contacts.get(c.id, 0)),
            c.device,
        )
        for c in customers
    }
    # Union of both keys, so A~B by name and B~C by code make one group.
    parent = {cid: cid for cid in briefs}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    reasons: dict[str, tuple[str, str]] = {}
    for reason, key_of in (("credit_code", _code_key), ("name", _name_key)):
        first: dict[str, str] = {}
        for c in customers:
            key = key_of(c)
            if not key:
                continue
            if key in first:
                a, b = root(first[key]), root(c.id)
                if a != b:
                    parent[b] = a
                reasons.setdefault(root(c.id), (reason, key))
            else:
                first[key] = c.id
    groups: dict[str, list[CustomerBrief]] = {}
    for cid in briefs:
        groups.setdefault(root(cid), []).append(briefs[cid])
    out = []
    for head, members in groups.items():
        if len(members) < 2:
            continue
        reason, key = reasons.get(head) or next(
            (v for k, v in reasons.items() if root(k) == head), ("name", normalise_name(members[0].name))
        )
        members.sort(key=lambda b: (-b.opportunities, b.name, b.id))
        out.append(DuplicateGroup(reason, key, members))
    out.sort(key=lambda g: g.customers[0].name)
    return out


def _code_key(c: Any) -> str:
    return c.credit_code or ""


def _name_key(c: Any) -> str:
    return normalise_name(c.name)


def merge_customers(ctx: Context, keep_id: str, other_id: str) -> dict[str, int]:
    """Move ``other``'s contacts and opportunities to ``keep``; ``other`` becomes a tombstone."""
    if keep_id == other_id:
        raise InvalidInput.coded("merge_into_itself")
    with ctx.write() as w:
        keep = get_live(w.session, Customer, keep_id)
        other = get_live(w.session, Customer, other_id)
        moved = {"contacts": 0, "opportunities": 0}
        for contact in w.session.scalars(select(Contact).where(Contact.customer_id == other.id)):
            w.update(contact, {"customer_id": keep.id}, reason=f"合并客户：{other.name} → {keep.name}")
            moved["contacts"] += 1
        for opp in w.session.scalars(select(Opportunity).where(Opportunity.customer_id == other.id)):
            w.update(
                opp,
                {"customer_id": keep.id},
                opportunity_id=opp.id,
                reason=f"合并客户：{other.name} → {keep.name}",
            )
            moved["opportunities"] += 1
        fill = {
            name: getattr(other, name) for name in _FILL if not getattr(keep, name) and getattr(other, name)
        }
        if other.notes and other.notes not in (keep.notes or ""):
            fill["notes"] = f"{keep.notes}\n{other.notes}".strip()
        if fill:
            w.update(keep, fill, reason=f"合并客户：{other.name}")
        # The merge itself travels: children a colleague adds under ``other`` meanwhile follow
        # it when the snapshots meet (sync.reachable).
        w.update(other, {"merged_into": keep.id}, reason=f"已合并到 {keep.name}")
        w.delete(other, reason=f"已合并到 {keep.name}")
        return moved
