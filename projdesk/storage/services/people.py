"""Customers, their buying committee (contacts), competitors, and the key-account flag."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from projdesk import labels
from projdesk.domain import limits
from projdesk.domain.catalog import ATTITUDES, DECISION_ROLES
from projdesk.domain.errors import InvalidInput
from projdesk.domain.key_account import KeyAccountFacts, suggest_reasons
from projdesk.domain.money import parse_money
from projdesk.domain.pinyin import pinyin_keys
from projdesk.domain.values import parse_bool
from projdesk.storage import dto
from projdesk.storage.models import Competitor, Contact, Customer, Opportunity
from projdesk.storage.services import views
from projdesk.storage.services.base import Context, get_live
from projdesk.storage.services.lookup import resolve_record

# The free-text fields of each record; their lengths and characters are the domain's rules.
_CUSTOMER_TEXT = ("customers", {"name", "industry", "region", "address", "notes"})
_CUSTOMER_FLAGS = ("listed", "industry_key", "regional_influence", "key_account")
_CONTACT_TEXT = ("contacts", {"name", "title", "background", "phone", "email"})
_COMPETITOR_TEXT = ("competitors", {"name", "offer", "strengths", "our_answer"})


def _text_fields(changes: Mapping[str, Any], fields: tuple[str, set[str]]) -> dict[str, Any]:
    table, names = fields
    parsed = {}
    for key, raw in changes.items():
        if key not in names:
            continue
        text = "" if raw is None else str(raw).strip()
        if key == "name" and not text:
            raise InvalidInput.coded("name_required")
        parsed[key] = limits.checked(table, key, text)
    return parsed


def _only_known(changes: Mapping[str, Any], known: set[str]) -> None:
    unknown = set(changes) - known
    if unknown:
        raise InvalidInput.coded(
            "unknown_field_names", keys="、".join(sorted(unknown)), known="、".join(sorted(known))
        )


def parse_credit_code(raw: Any) -> str | None:
    text = ("" if raw is None else str(raw)).strip().upper()
    if not text:
        return None
    return str(
        limits.checked("customers", "credit_code", text, label=labels.field_text("customers", "credit_code"))
    )


def parse_customer_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """A customer's fields as typed (the CLI's, the customers page's), checked by the domain's rules."""
    _only_known(changes, _CUSTOMER_TEXT[1] | set(_CUSTOMER_FLAGS) | {"credit_code", "key_reasons"})
    parsed: dict[str, Any] = _text_fields(changes, _CUSTOMER_TEXT)
    for flag in _CUSTOMER_FLAGS:
        if flag in changes:
            parsed[flag] = bool(parse_bool(changes[flag], label=labels.field_text("customers", flag)))
    if "credit_code" in changes:
        parsed["credit_code"] = parse_credit_code(changes["credit_code"])
    if "key_reasons" in changes:
        reasons = changes["key_reasons"]
        parsed["key_reasons"] = "；".join(reasons) if isinstance(reasons, list | tuple) else str(reasons)
    return parsed


class PeopleService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # -- customers -----------------------------------------------------------------------

    def customers(self, search: str = "") -> list[dto.CustomerView]:
        """The customers whose name holds ``search``, or whose pinyin does (`hddl`, `huadong`)."""
        query = select(Customer).where(Customer.deleted.is_(False)).order_by(Customer.name)
        term = "".join(search.split()).casefold()
        pinyin = term.isascii() and any(ch.isalpha() for ch in term)
        if term and not pinyin:
            query = query.where(Customer.name.contains(search.strip()))
        with self.ctx.read() as session:
            found = list(session.scalars(query))
            if pinyin:  # Latin letters may be pinyin: the names are matched here, not in SQL
                found = [c for c in found if term in c.name.casefold() or term in pinyin_keys(c.name)]
            return [views.customer_view(c) for c in found]

    def customer(self, customer_id: str) -> dto.CustomerView:
        with self.ctx.read() as session:
            return views.customer_view(get_live(session, Customer, customer_id))

    def update_customer(self, customer_id: str, changes: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        parsed = parse_customer_changes(changes)
        with self.ctx.write() as w:
            return w.update(get_live(w.session, Customer, customer_id), parsed)

    def suggest_key_account(self, customer_id: str) -> list[str]:
        """The reasons the rules find for flagging this customer as a key account."""
        with self.ctx.read() as session:
            cust = get_live(session, Customer, customer_id)
            largest = session.scalar(
                select(func.max(Opportunity.amount)).where(
                    Opportunity.customer_id == cust.id, Opportunity.deleted.is_(False)
                )
            )
            facts = KeyAccountFacts(
                industry_key=cust.industry_key,
                regional_influence=cust.regional_influence,
                listed=cust.listed,
                largest_amount=Decimal(largest) if largest is not None else None,
            )
        return suggest_reasons(facts, self.ctx.prefs.threshold)

    def set_key_account(self, customer_id: str, flag: bool, reasons: list[str] | None = None) -> None:
        """The user's confirmation of the flag, with the reasons that justify it."""
        if flag and not reasons:
            reasons = self.suggest_key_account(customer_id)
        self.update_customer(customer_id, {"key_account": flag, "key_reasons": reasons if flag else []})

    # -- contacts ------------------------------------------------------------------------

    def _contact_values(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        _only_known(changes, _CONTACT_TEXT[1] | {"role", "attitude"})
        parsed = _text_fields(changes, _CONTACT_TEXT)
        if "role" in changes:
            role = (changes["role"] or "").strip()
            if role and role not in DECISION_ROLES:
                raise InvalidInput.coded(
                    "contact_role_invalid", choices="、".join(DECISION_ROLES), value=role
                )
            parsed["role"] = role
        if "attitude" in changes:
            attitude = (changes["attitude"] or "未知").strip()
            if attitude not in ATTITUDES:
                raise InvalidInput.coded(
                    "contact_attitude_invalid", choices="、".join(ATTITUDES), value=attitude
                )
            parsed["attitude"] = attitude
        return parsed

    def add_contact(
        self, customer_id: str, name: str, *, opportunity_id: str | None = None, **fields: Any
    ) -> str:
        """A new person of the customer's buying committee; the same name twice is refused.

        A person added again (to change their attitude, say) would appear twice in every document
        and the gates would read both: the change is an edit of the one record. A contact belongs
        to the customer; ``opportunity_id`` (the workspace it was typed in) files the history line
        there, so Ctrl+Z in that workspace undoes it.
        """
        values = self._contact_values({"name": name, **fields})
        with self.ctx.write() as w:
            cust = get_live(w.session, Customer, customer_id)
            same = w.session.scalars(
                select(Contact.id).where(
                    Contact.customer_id == cust.id, Contact.deleted.is_(False), Contact.name == values["name"]
                )
            ).first()
            if same is not None:
                raise InvalidInput.coded("contact_exists", name=values["name"], id=same[:8])
            return w.create(Contact, for_opportunity=opportunity_id, customer_id=cust.id, **values).id

    def contact(self, contact_id: str) -> dto.ContactView:
        with self.ctx.read() as session:
            return views.contact_view(get_live(session, Contact, contact_id))

    def contact_id(self, customer_id: str, reference: str) -> str:
        """A contact of the customer by name or id (or a unique prefix of it)."""
        ref = reference.strip()
        with self.ctx.read() as session:
            named = session.scalars(
                select(Contact.id).where(
                    Contact.customer_id == customer_id, Contact.deleted.is_(False), Contact.name == ref
                )
            ).first()
            if named is not None:
                return named
            return resolve_record(session, Contact, ref, Contact.customer_id == customer_id).id

    def update_contact(
        self, contact_id: str, changes: Mapping[str, Any], *, opportunity_id: str | None = None
    ) -> dict[str, tuple[Any, Any]]:
        values = self._contact_values(changes)
        with self.ctx.write() as w:
            contact = get_live(w.session, Contact, contact_id)
            if "name" in values and values["name"] != contact.name:
                same = w.session.scalars(
                    select(Contact.id).where(
                        Contact.customer_id == contact.customer_id,
                        Contact.deleted.is_(False),
                        Contact.name == values["name"],
                    )
                ).first()
                if same is not None:
                    raise InvalidInput.coded("contact_exists", name=values["name"], id=same[:8])
            return w.update(contact, values, opportunity_id=opportunity_id)

    def delete_contact(self, contact_id: str, *, opportunity_id: str | None = None) -> None:
        with self.ctx.write() as w:
            w.delete(get_live(w.session, Contact, contact_id), opportunity_id=opportunity_id)

    def contacts(self, customer_id: str) -> list[dto.ContactView]:
        with self.ctx.read() as session:
            rows = session.scalars(
                select(Contact)
                .where(Contact.customer_id == customer_id, Contact.deleted.is_(False))
                .order_by(Contact.created_at)
            )
            return [views.contact_view(c) for c in rows]

    # -- competitors ---------------------------------------------------------------------

    def _competitor_values(self, changes: Mapping[str, Any]) -> dict[str, Any]:
        _only_known(changes, _COMPETITOR_TEXT[1] | {"price"})
        parsed = _text_fields(changes, _COMPETITOR_TEXT)
        if "price" in changes:
            parsed["price"] = parse_money(changes["price"], label=labels.field_text("competitors", "price"))
        return parsed

    def add_competitor(self, opportunity_id: str, name: str, **fields: Any) -> str:
        values = self._competitor_values({"name": name, **fields})
        with self.ctx.write() as w:
            opp = get_live(w.session, Opportunity, opportunity_id)
            return w.create(Competitor, opportunity_id=opp.id, **values).id

    def competitor(self, competitor_id: str) -> dto.CompetitorView:
        with self.ctx.read() as session:
            return views.competitor_view(get_live(session, Competitor, competitor_id))

    def competitors(self, opportunity_id: str) -> list[dto.CompetitorView]:
        with self.ctx.read() as session:
            rows = session.scalars(
                select(Competitor)
                .where(Competitor.opportunity_id == opportunity_id, Competitor.deleted.is_(False))
                .order_by(Competitor.created_at)
            )
            return [views.competitor_view(c) for c in rows]

    def competitor_id(self, opportunity_id: str, reference: str) -> str:
        """A competitor of the opportunity by name or id (or a unique prefix of it)."""
        ref = reference.strip()
        with self.ctx.read() as session:
            named = session.scalars(
                select(Competitor.id).where(
                    Competitor.opportunity_id == opportunity_id,
                    Competitor.deleted.is_(False),
                    Competitor.name == ref,
                )
            ).first()
            if named is not None:
                return named
            return resolve_record(session, Competitor, ref, Competitor.opportunity_id == opportunity_id).id

    def customer_id(self, reference: str) -> str:
        """A customer by its exact name or its id (or a unique prefix of it)."""
        ref = reference.strip()
        with self.ctx.read() as session:
            named = session.scalars(
                select(Customer.id).where(Customer.deleted.is_(False), Customer.name == ref)
            ).first()
            if named is not None:
                return named
            return resolve_record(session, Customer, ref).id

    def update_competitor(self, competitor_id: str, changes: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
        values = self._competitor_values(changes)
        with self.ctx.write() as w:
            return w.update(get_live(w.session, Competitor, competitor_id), values)

    def delete_competitor(self, competitor_id: str) -> None:
        with self.ctx.write() as w:
            w.delete(get_live(w.session, Competitor, competitor_id))
