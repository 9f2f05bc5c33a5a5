"""The GUI's words for the lower layers' codes, with English chosen."""

from __future__ import annotations

from projdesk.ui.labels import history_field_text, progress_in_words, step_status_text, table_text


def test_sync_progress_reaches_the_runner_in_english(english: None) -> None:
    reports: list[tuple[int, int, str]] = []
    in_words = progress_in_words(lambda done, total, text: reports.append((done, total, text)))
    in_words(3, 14, "merge", "customers")
    in_words(14, 14, "done", "")
    assert reports == [(3, 14, "Merging: Customer"), (14, 14, "Done")]


def test_history_and_step_words_read_in_english(english: None) -> None:
    assert table_text("opportunities") == "Opportunity"
    assert history_field_text("opportunities", "amount") == "Expected amount"
    assert step_status_text("done") == "Done"


def test_a_refused_quote_reads_in_english(english: None) -> None:
    from projdesk.domain.errors import InvalidInput
    from projdesk.ui.labels import error_text

    assert (
        error_text(InvalidInput.coded("quote_line_unnamed", position=2))
        == "Line 2 of the quote has no item name"
    )
