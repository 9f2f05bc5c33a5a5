"""The bid's and the contract's delivery period and warranty are our promise in step Q, stated once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from projdesk.deliverables.gaps import placeholder
from projdesk.deliverables.service import check, generate
from tests.unit.documents_helpers import docx_text


def test_opening_sheet_and_contract_state_the_delivery_period_and_warranty_promised_in_step_q(
    services: Any, tmp_path: Path
) -> None:
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统", amount="1200000")
    services.steps.update(
        opp, "Q", {"delivery_period": "合同签订后 84 日历天内完成上线", "warranty": "终验合格之日起五年"}
    )
    bid = docx_text(generate(services, opp, "bid", tmp_path / "bid.docx", allow_gaps=True).path)
    contract = docx_text(generate(services, opp, "contract", tmp_path / "c.docx", allow_gaps=True).path)
    for text in (bid, contract):
        assert "合同签订后 84 日历天内完成上线" in text and "终验合格之日起五年" in text
        assert (
            "终验合格之日起三年" not in text
            and "合同生效后 90 日内" not in text
            and "合同签订后 90 日内" not in text
        )


def test_a_bid_without_the_promises_lists_them_as_gaps_and_marks_them(services: Any, tmp_path: Path) -> None:
    opp = services.opportunities.add("华东人民医院", "PACS 影像系统", amount="1200000")
    lines = check(services, opp, "bid").lines
    assert "交货/实施期（步骤 Q 方案定稿）" in lines and "质保期（步骤 Q 方案定稿）" in lines
    text = docx_text(generate(services, opp, "bid", tmp_path / "bid.docx", allow_gaps=True).path)
    assert placeholder("交货/实施期") in text and placeholder("质保期") in text
