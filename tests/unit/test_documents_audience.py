"""Customer or internal: internal data never reaches a document the customer receives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from projdesk.deliverables.audience import (
    CUSTOMER_KINDS,
    CUSTOMER_STEP_FIELDS,
    INTERNAL_STEP_FIELDS,
    is_customer_facing,
)
from projdesk.deliverables.context import build_context
from projdesk.deliverables.fields import FIELDS
from projdesk.deliverables.service import generate
from projdesk.domain.catalog import STEPS
from projdesk.storage import models as m
from tests.unit.documents_helpers import docx_text, pptx_text, stage9_with_quotes

MARKER = "内部标记XQZ"

# Every internal column of the records a document reads (record kinds that are internal as a
# whole: the progress log, competitors, reviews; and the internal fields of the others).
INTERNAL_COLUMNS: dict[Any, tuple[str, ...]] = {
    m.Activity: ("people", "content", "result", "next_action", "owner"),
    m.Competitor: ("name", "offer", "strengths", "our_answer"),
    m.Review: ("reviewer", "comments"),
    m.Contact: ("role", "attitude", "background", "phone", "email"),
    m.Customer: ("key_reasons", "notes"),
    m.Opportunity: ("source", "support_needed", "notes", "next_step"),
    m.Risk: ("description", "response", "owner", "close_note"),
    m.ChangeRequest: ("reason", "impact", "requested_by", "risk_note", "decided_by", "decision_note"),
    m.Quote: ("note",),
    m.Contract: ("terms",),
}


@pytest.fixture(scope="module")
def marked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, str]]:
    """A demo database whose every internal field holds the marker."""
    from projdesk.demo.generate import generate_demo
    from projdesk.storage.services import Services

    services = Services.open(tmp_path_factory.mktemp("db") / "demo.db")
    generate_demo(services, count=120, seed=7)
    opp_id = stage9_with_quotes(services)
    services.risks.add(opp_id, "a risk to be marked", probability="high", impact="high")
    with services.db.session() as session:
        for model, columns in INTERNAL_COLUMNS.items():
            session.execute(update(model).values(**{c: f"{MARKER}{c}" for c in columns}))
        for record in session.query(m.StepRecord).filter_by(opportunity_id=opp_id):
            spec = STEPS[record.letter]
            values = dict(record.values)
            for field in spec.fields:
                if field.key in INTERNAL_STEP_FIELDS[record.letter] and field.kind.name in (
                    "TEXT",
                    "LONG_TEXT",
                    "PERSON",
                    "CHOICE",
                ):
                    values[field.key] = f"{MARKER}{field.key}"
            record.values = values
    yield services, opp_id
    services.close()


def test_every_catalog_field_is_marked_customer_facing_or_internal() -> None:
    for letter, spec in STEPS.items():
        keys = {f.key for f in spec.fields}
        assert CUSTOMER_STEP_FIELDS.get(letter, frozenset()) <= keys, letter
        assert CUSTOMER_STEP_FIELDS.get(letter, frozenset()) | INTERNAL_STEP_FIELDS[letter] == keys


def test_progress_log_attitudes_risks_competitors_and_quote_rounds_are_internal() -> None:
    for path in (
        "activities[].content",
        "contacts[].attitude",
        "contacts[].role",
        "contacts[].background",
        "project.risks",
        "competitors[].name",
        "project.competitors",
        "quote.round",
        "quote.note",
        "steps.P.competitor_prices",
        "steps.V.negotiation_notes",
        "steps.U.key_clauses",
    ):
        assert not is_customer_facing(path), path
    assert set(FIELDS)  # the documented fields exist


def test_internal_fields_marked_in_the_database_reach_no_customer_document(
    marked: tuple[Any, str], tmp_path: Path
) -> None:
    services, opp_id = marked
    detail = services.opportunities.detail(opp_id)
    # The marker really is in the data, and an internal document still carries it.
    assert any(MARKER in risk.description for risk in detail.risks)
    assert MARKER in detail.activities[0].content
    handover = generate(services, opp_id, "initiation", folder=tmp_path, allow_gaps=True).path
    assert MARKER in docx_text(handover)
    for kind in sorted(CUSTOMER_KINDS):
        path = generate(services, opp_id, kind, folder=tmp_path, allow_gaps=True).path
        text = pptx_text(path) if kind == "slides" else docx_text(path)
        assert MARKER not in text, (kind, [line for line in text.splitlines() if MARKER in line][:3])
        with __import__("zipfile").ZipFile(path) as zf:  # nor hidden in any part of the file
            for name in zf.namelist():
                assert MARKER.encode() not in zf.read(name), (kind, name)


def test_customer_context_keeps_the_customer_facing_data(marked: tuple[Any, str]) -> None:
    services, opp_id = marked
    detail = services.opportunities.detail(opp_id)
    ctx = build_context(detail, kind="bid")
    assert ctx["customer"]["name"] == detail.customer.name
    assert ctx["quote"]["lines"] and ctx["quote"]["total"]
    assert ctx["activities"] == [] and ctx["competitors"] == []
    assert all(c["attitude"] == "" and c["role"] == "" for c in ctx["contacts"])
