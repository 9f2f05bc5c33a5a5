"""Undo of a board move through the history service: the move goes back as history lines
marked as undoing it, and only while it is the latest action on the opportunity."""

from __future__ import annotations

import pytest

from projdesk.domain.errors import RuleRefused


@pytest.fixture
def moved(services):
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", industry="电力")
    services.activities.add(opp, type="拜访", content="初次拜访")
    services.opportunities.move(opp, 2)
    return opp


def test_undo_move_returns_the_stage_and_its_entry_time_and_marks_the_move_undone(services):
    opp = services.opportunities.add("华东电力设计院", "调度自动化平台", industry="电力")
    services.activities.add(opp, type="拜访", content="初次拜访")
    entered = services.opportunities.summary(opp).stage_entered_at
    services.opportunities.move(opp, 2)
    reverted = services.history.undo_move(opp, 2)
    assert {r.field for r in reverted} == {"stage", "stage_entered_at"}
    card = services.opportunities.summary(opp)
    # days in stage count on as before (the history keeps the time to the second)
    assert (card.stage, card.stage_entered_at) == (1, entered.replace(microsecond=0))
    undo_lines = [h for h in services.history.of(opp) if h.kind == "undo"]
    assert {h.field for h in undo_lines} == {"stage", "stage_entered_at"}
    assert services.history.undoable(opp)[0].kind != "stage"  # the move is taken: not twice


def test_undo_move_refused_when_the_card_was_edited_after_the_move(services, moved):
    services.opportunities.update(moved, {"next_step": "递交方案"})
    with pytest.raises(RuleRefused):
        services.history.undo_move(moved, 2)
    assert services.opportunities.summary(moved).stage == 2


def test_undo_move_refused_when_the_latest_move_went_elsewhere(services, moved):
    services.opportunities.move(moved, 1, reason="客户换了联系人")
    with pytest.raises(RuleRefused):
        services.history.undo_move(moved, 2)  # the move into 2 is no longer the latest
    assert services.opportunities.summary(moved).stage == 1
