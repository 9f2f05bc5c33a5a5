"""Risks are internal: no document the customer receives carries a risk's text, whatever its kind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from projdesk.deliverables.audience import CUSTOMER_KINDS as CUSTOMER_FACING
from projdesk.deliverables.service import generate
from projdesk.storage.services import Services
from tests.unit.documents_helpers import KINDS, docx_text, pptx_text

MARKERS = ("风险标记甲乙丙", "应对标记丁戊己", "关闭标记庚辛壬")
CUSTOMER_KINDS = tuple(k for k in KINDS if k in CUSTOMER_FACING)
INTERNAL_KINDS = tuple(k for k in KINDS if k not in CUSTOMER_FACING)


@pytest.fixture(scope="module")
def deal(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, str]]:
    from projdesk.demo.generate import generate_demo

    services = Services.open(tmp_path_factory.mktemp("db") / "demo.db")
    generate_demo(services, count=40, seed=11)
    opp = next(c.id for c in services.opportunities.list() if c.stage >= 9)
    services.risks.add(opp, MARKERS[0], probability="high", impact="high", response=MARKERS[1])
    closed = services.risks.add(opp, "另一条风险", response="跟进")
    services.risks.close(closed, MARKERS[2])
    yield services, opp
    services.close()


def text_of(path: Path) -> str:
    return pptx_text(path) if path.suffix == ".pptx" else docx_text(path)


def test_customer_document_kinds_are_the_six_the_customer_receives() -> None:
    assert set(CUSTOMER_KINDS) == {"research", "proposal", "solution", "bid", "contract", "slides"}


def test_no_customer_document_carries_a_risks_text(deal: tuple[Services, str], tmp_path: Path) -> None:
    services, opp = deal
    for kind in CUSTOMER_KINDS:
        text = text_of(generate(services, opp, kind, folder=tmp_path, allow_gaps=True).path)
        assert text.strip(), kind
        for marker in MARKERS:
            assert marker not in text, f"{kind} prints {marker}"


def test_the_internal_initiation_request_and_handover_list_the_open_risk(
    deal: tuple[Services, str], tmp_path: Path
) -> None:
    services, opp = deal
    for kind in INTERNAL_KINDS:
        text = text_of(generate(services, opp, kind, folder=tmp_path, allow_gaps=True).path)
        assert MARKERS[0] in text and MARKERS[1] in text, kind
    handover = text_of(generate(services, opp, "handover", folder=tmp_path, allow_gaps=True).path)
    assert MARKERS[2] not in handover  # the handover lists the risks still open


def test_a_company_template_cannot_reach_risks_in_a_customer_document(
    deal: tuple[Services, str], tmp_path: Path
) -> None:
    from projdesk.deliverables.context import build_context

    services, opp = deal
    detail = services.opportunities.detail(opp)
    for kind in CUSTOMER_KINDS:
        context = build_context(detail, kind=kind)
        assert "risks" not in context and "changes" not in context
        assert all(marker not in repr(context) for marker in MARKERS), kind
