"""Step rules that match the records: reviews decide R and V, X needs W and the 首付款, Z needs
every milestone settled, and looking at a step writes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from projdesk.domain.errors import RuleRefused
from projdesk.storage.models import SYNCED_MODELS, HistoryEntry, Review
from tests.method_helpers import STEP_FIELDS, carry_to_stage, done, sign_contract


@pytest.fixture
def opp(services):
    return services.opportunities.add("华东电力设计院", "调度自动化平台", amount="1200000", industry="电力")


def _row_counts(services):
    with services.ctx.read() as session:
        counts = {m.__tablename__: session.scalar(select(func.count()).select_from(m)) for m in SYNCED_MODELS}
        counts["history"] = session.scalar(select(func.count()).select_from(HistoryEntry))
        return counts


def _reviews(services, opp, kind):
    with services.ctx.read() as session:
        rows = session.scalars(select(Review).where(Review.opportunity_id == opp, Review.kind == kind)).all()
        return [(r.outcome, r.reviewer) for r in rows]


def test_reading_a_step_changes_no_row(services, opp):
    before = _row_counts(services)
    history = services.history.of(opp)
    view = services.steps.update(opp, "K")  # what `projdesk step ID K` does with nothing to write
    assert view.status == "not_started"
    assert _row_counts(services) == before
    assert services.history.of(opp) == history


def test_r_completed_with_not_passed_is_refused_and_writes_nothing(services, opp):
    before = _row_counts(services)
    with pytest.raises(RuleRefused, match="未通过"):
        done(services, opp, "R", outcome="不通过")
    assert _row_counts(services) == before
    assert services.steps.get(opp, "R").status == "not_started"


def test_r_completed_with_a_pass_records_the_review(services, opp):
    done(services, opp, "R")
    assert _reviews(services, opp, "bid") == [("passed", STEP_FIELDS["R"]["reviewer"])]
    assert services.steps.get(opp, "R").status == "done"


def test_a_rejection_after_a_pass_blocks_s_again(services, opp):
    done(services, opp, "R")
    services.commercial.add_review(
        opp, "bid", outcome="rejected", reviewer="总部业务营运部", submitted="2026-12-02"
    )
    with pytest.raises(RuleRefused, match="最近一次方案评审未通过"):
        done(services, opp, "S")
    services.commercial.add_review(
        opp, "bid", outcome="passed", reviewer="总部业务营运部", submitted="2026-12-03"
    )
    done(services, opp, "S")
    assert services.steps.get(opp, "S").status == "done"


def test_a_rejection_after_a_pass_blocks_the_move_into_stage_9(services, opp):
    carry_to_stage(services, opp, 8)
    done(services, opp, "R")
    done(services, opp, "S")
    services.commercial.add_review(
        opp, "bid", outcome="rejected", reviewer="总部业务营运部", submitted="2026-12-31"
    )
    with pytest.raises(RuleRefused) as refused:
        services.opportunities.move(opp, 9)
    assert [r.code for r in refused.value.rules] == ["bid_review_rejected"]


def test_v_completed_with_not_passed_is_refused(services, opp):
    with pytest.raises(RuleRefused, match="合同评审未通过"):
        done(services, opp, "V", outcome="不通过")


def test_x_at_stage_1_is_refused(services, opp):
    services.commercial.save_contract(opp, {"amount": "800000"})
    services.commercial.add_payment(opp, "质保金", "100", received_date="2026-12-01", received_amount="100")
    with pytest.raises(RuleRefused) as refused:
        done(services, opp, "X")
    assert [r.code for r in refused.value.rules] == ["contract_signed", "first_payment"]
    assert services.steps.get(opp, "X").status == "not_started"


def test_x_refuses_a_first_payment_received_above_its_milestone(services, opp):
    sign_contract(services, opp)
    services.commercial.add_payment(
        opp, "首付款", "100", received_date="2026-12-08", received_amount="1000000"
    )
    with pytest.raises(RuleRefused) as refused:
        done(services, opp, "X")
    assert [r.code for r in refused.value.rules] == ["first_payment_over"]


def test_z_needs_every_milestone_received_or_written_off(services, opp):
    with pytest.raises(RuleRefused, match="还没有登记任何付款节点"):
        done(services, opp, "Z")
    sign_contract(services, opp)
    services.commercial.add_payment(opp, "首付款", "300", received_date="2026-12-08", received_amount="300")
    warranty = services.commercial.add_payment(opp, "质保金", "50", due_date="2029-12-08")
    with pytest.raises(RuleRefused, match="质保金"):
        done(services, opp, "Z")
    with pytest.raises(RuleRefused):
        services.commercial.write_off_payment(warranty, "  ")
    services.commercial.write_off_payment(warranty, "客户破产清算，质保金无法收回")
    done(services, opp, "Z")
    assert services.steps.get(opp, "Z").status == "done"
    [written_off] = [p for p in services.opportunities.detail(opp).payments if p.milestone == "质保金"]
    assert written_off.write_off_reason == "客户破产清算，质保金无法收回"
