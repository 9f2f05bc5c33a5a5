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


def test_a_lock_error_reads_in_english(english: None) -> None:
    from projdesk.failures import busy
    from projdesk.ui.labels import error_text

    assert error_text(busy("/data/pd.db")) == (
        "The database is busy (/data/pd.db): another program is writing to it. Try again shortly; nothing was changed"
    )


def test_a_refused_project_name_names_the_record_field_and_problem_in_english(english: None) -> None:
    from projdesk.domain import limits
    from projdesk.domain.errors import InvalidInput
    from projdesk.ui.labels import error_text

    try:
        limits.checked("opportunities", "name", "第一行\n第二行")
    except InvalidInput as refused:
        assert error_text(refused) == "Opportunity · Project cannot hold a line break"
    else:
        raise AssertionError("a line break in a name was accepted")


def test_the_preview_says_in_english_how_far_ahead_the_senders_clock_runs(english: None) -> None:
    from projdesk.ui.labels import clock_note

    assert clock_note(0) == ""
    assert clock_note(2 * 3600 + 5 * 60) == "The sender's clock is 2 h 5 min ahead of this computer's"
    assert clock_note(3 * 86400 + 2 * 3600).startswith(
        "The sender's clock is 3 d 2 h ahead of this computer's: "
    )


def test_a_reviews_kind_and_outcome_read_in_english(english: None) -> None:
    from projdesk.ui.labels import review_kind_text, review_outcome_text

    assert [review_kind_text(k) for k in ("proposal", "bid", "contract")] == ["Proposal", "Bid", "Contract"]
    assert review_outcome_text("rejected") == "Rejected"
