"""Customer-facing or internal: the one table saying which data may reach the customer.

A customer document (research report, proposal, solution, bid, slides, contract) is rendered from
:func:`customer_view` of the context: every value not marked customer-facing here is blanked and
every internal record kind is emptied, so neither the built-in templates nor a company template
can print the progress log, contacts' attitudes, roles or backgrounds, risks, competitor data or
the quote-round history. Internal documents (initiation request, handover sheet) get everything.

Unknown means internal: a field added to the catalog or the context without a line here stays
out of customer documents (and ``tests/unit/test_documents_audience.py`` asks for the line).
"""

from __future__ import annotations

from typing import Any

from projdesk.domain.catalog import STEPS

__all__ = [
    "CUSTOMER_FIELDS",
    "CUSTOMER_KINDS",
    "CUSTOMER_PREFIXES",
    "CUSTOMER_STEP_FIELDS",
    "INTERNAL_FIELDS",
    "INTERNAL_STEP_FIELDS",
    "customer_view",
    "is_customer_facing",
]

CUSTOMER_KINDS: frozenset[str] = frozenset({"research", "proposal", "solution", "bid", "slides", "contract"})

# Step fields (steps.<letter>.<key>): what the customer said, asked for or agreed, and the facts of
# the tender and the contract. Everything else a step holds is our own working knowledge.
CUSTOMER_STEP_FIELDS: dict[str, frozenset[str]] = {
    "C": frozenset({"industry_trends"}),
    "E": frozenset({"project_plan"}),
    "I": frozenset({"informatization_ideas", "expected_schedule", "concerns"}),
    "K": frozenset(
        {"research_dates", "departments", "findings", "recommendations", "debrief_date", "debrief_attendees"}
    ),
    "L": frozenset({"version", "change_note", "feedback", "feedback_answers"}),
    "M": frozenset({"version", "change_note", "feedback", "feedback_answers"}),
    "N": frozenset({"special_requirements"}),
    "O": frozenset({"key_points"}),
    "Q": frozenset(
        {"tender_number", "bid_deadline", "requirements", "procurement_method", "delivery_period", "warranty"}
    ),
    "S": frozenset({"submitted_on", "submission_mode"}),
    "T": frozenset({"presented_on"}),
    "U": frozenset({"contract_number", "drafted_on"}),
    "W": frozenset({"signed_on", "customer_signatory"}),
    "X": frozenset({"effective_on"}),
}

# The rest of every step's fields, named so that each field is classified on purpose.
INTERNAL_STEP_FIELDS: dict[str, frozenset[str]] = {
    letter: frozenset(f.key for f in spec.fields) - CUSTOMER_STEP_FIELDS.get(letter, frozenset())
    for letter, spec in STEPS.items()
}

# Context values outside the steps (paths as in ``deliverables.fields``: lists as ``name[].key``).
CUSTOMER_FIELDS: frozenset[str] = frozenset(
    {
        "customer.name",
        "customer.industry",
        "customer.region",
        "customer.address",
        "customer.credit_code",
        "project.name",
        "project.owner",
        "project.project_lead",
        "project.business_contact",
        "project.procurement_method",
        "quote.exists",
        "quote.count",
        "quote.total",
        "quote.total_capitals",
        "quote.total_words",
        "quote.total_wan",
        "quote.lines[].no",
        "quote.lines[].item",
        "quote.lines[].brand",
        "quote.lines[].model",
        "quote.lines[].quantity",
        "quote.lines[].unit",
        "quote.lines[].unit_price",
        "quote.lines[].total",
        "contacts[].name",
        "contacts[].title",
        "proposal.version",
        "proposal.feedback",
        "proposal.revisions[].no",
        "proposal.revisions[].request",
        "proposal.revisions[].answer",
        "proposal.history[].version",
        "proposal.history[].change_note",
        "proposal.history[].feedback",
        "research.people_met",
        "research.concerns",
        "bid.validity_days",
        "bid.date",
        "bid.requirements_list[].no",
        "bid.requirements_list[].text",
        "bid.requirements_list[].starred",
        "bid.requirements_list[].mark",
        "contract.number",
        "contract.party_a",
        "contract.party_b",
        "contract.drafted_on",
        "contract.signed_date",
        "contract.effective_date",
        "contract.customer_signatory",
        "contract.amount",
        "contract.amount_capitals",
        "contract.amount_words",
        "contract.amount_wan",
        "contract.payment_clauses[].no",
        "contract.payment_clauses[].text",
        "payments[].no",
        "payments[].milestone",
        "payments[].trigger",
        "payments[].due_date",
        "payments[].ratio",
        "payments[].amount",
        "payments[].amount_capitals",
        "payments[].amount_words",
    }
)

# Whole groups meant for the customer: the document itself, our company's published profile and
# the material library's chapters (filled by the library), the deviation tables (our answers).
CUSTOMER_PREFIXES: tuple[str, ...] = (
    "doc.",
    "company.",
    "library.",
    "tech_deviations",
    "business_deviations",
)

# Named so that a reader sees what stays inside (and a test checks each is blanked).
INTERNAL_FIELDS: frozenset[str] = frozenset(
    {
        "customer.listed",
        "customer.key_account",
        "customer.key_reasons",
        "customer.notes",
        "project.stage",
        "project.stage_name",
        "project.status",
        "project.lead_certified",
        "project.source",
        "project.probability",
        "project.expected_sign_date",
        "project.next_step",
        "project.next_date",
        "project.support_needed",
        "project.risks",
        "project.notes",
        "project.key_decision_maker",
        "project.competitors",
        "amounts.expected",
        "amounts.expected_capitals",
        "amounts.expected_words",
        "amounts.expected_wan",
        "amounts.budget",
        "amounts.budget_capitals",
        "amounts.budget_words",
        "amounts.budget_wan",
        "quote.round",
        "quote.date",
        "quote.note",
        "quote.status",
        "contacts[].role",
        "contacts[].attitude",
        "contacts[].background",
        "contacts[].phone",
        "contacts[].email",
        "competitors[]",
        "activities[]",
        "reviews[]",
        "contract.terms",
        "contract.key_clauses",
        "payments[].received_date",
        "payments[].received_amount",
        "handover",
    }
)

# Context groups that repeat one step's fields (``bid.tender_number`` is ``steps.Q.tender_number``).
_STEP_ALIASES = {"initiation": "J", "research": "K", "bid": "Q", "handover": "Y"}


def is_customer_facing(path: str) -> bool:
    """Whether the value at ``path`` (``steps.K.findings``, ``contacts[].title``…) may reach the customer."""
    if path in CUSTOMER_FIELDS or path.startswith(CUSTOMER_PREFIXES):
        return True
    head, _, rest = path.partition(".")
    if head == "steps":
        letter, _, key = rest.partition(".")
        return key in CUSTOMER_STEP_FIELDS.get(letter, frozenset())
    alias = _STEP_ALIASES.get(head)
    if alias is not None and path not in INTERNAL_FIELDS:
        return rest in CUSTOMER_STEP_FIELDS.get(alias, frozenset())
    return False


def _blank(value: Any) -> Any:
    if isinstance(value, bool):
        return False
    if isinstance(value, list):
        return []
    if isinstance(value, dict):
        return {k: _blank(v) for k, v in value.items()}
    return ""


def _filter(value: Any, path: str) -> Any:
    if isinstance(value, dict):
        return {k: _filter(v, f"{path}.{k}" if path else k) for k, v in value.items()}
    if isinstance(value, list):
        item_path = path + "[]"
        if not any(p == item_path or p.startswith(item_path + ".") for p in CUSTOMER_FIELDS) and not (
            path.startswith(CUSTOMER_PREFIXES)
        ):
            return []  # an internal record kind: no rows at all
        return [_filter(item, item_path) for item in value]
    return value if is_customer_facing(path) else _blank(value)


def customer_view(context: dict[str, Any]) -> dict[str, Any]:
    """``context`` with every internal value blanked and every internal record kind emptied."""
    out: dict[str, Any] = _filter(context, "")
    return out
