"""A document entry's note is edited in place; nothing else of it can be (#14)."""

from __future__ import annotations

from typing import Any

import pytest

from projdesk.domain.errors import InvalidInput


def test_a_document_note_is_edited_and_the_history_names_it(services: Any) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    doc = services.documents.record(opp, "research", "/tmp/调研报告.docx", 1)
    changed = services.documents.update(doc, {"note": "  已发客户  "})
    assert changed == {"note": ("", "已发客户")}
    assert services.documents.of(opp)[0].note == "已发客户"
    assert any(
        h.entity == "documents" and h.field == "note" for h in services.opportunities.detail(opp).history
    )


def test_a_document_entrys_kind_or_file_cannot_be_edited_and_nothing_changes(services: Any) -> None:
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台")
    doc = services.documents.record(opp, "research", "/tmp/调研报告.docx", 1)
    with pytest.raises(InvalidInput, match="file_path"):
        services.documents.update(doc, {"file_path": "/tmp/别的.docx", "note": "x"})
    [entry] = services.documents.of(opp)
    assert (entry.file_path, entry.note) == ("/tmp/调研报告.docx", "")
