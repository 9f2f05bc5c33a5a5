"""Demo data: realistic, deterministic, stamped like user edits, and true to the method's gates."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from projdesk.demo.generate import CITIES, DemoStats, generate_demo
from projdesk.domain import gates
from projdesk.domain.catalog import DECISION_ROLES, INDUSTRIES, STEPS
from projdesk.domain.clock import Stamp
from projdesk.domain.errors import InvalidInput
from projdesk.storage.models import (
    SYNCED_MODELS,
    Activity,
    Contact,
    Contract,
    Customer,
    HistoryEntry,
    Opportunity,
    Payment,
    Quote,
    QuoteLine,
    Review,
    StepRecord,
    user_fields,
)
from projdesk.storage.services import Services
from projdesk.storage.services.steps import step_record_id

TODAY = dt.date(2025, 6, 10)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, DemoStats]]:
    services = Services.open(tmp_path_factory.mktemp("demo") / "x.db")
    stats = generate_demo(services, 300, seed=7, today=TODAY)
    yield services, stats
    services.close()


def test_counts_and_spread(demo: tuple[Services, DemoStats]) -> None:
    services, stats = demo
    cards = services.opportunities.list()
    assert stats.opportunities == len(cards) == 300
    assert stats.customers >= 50
    assert 2 * stats.customers <= stats.contacts <= 5 * stats.customers
    assert 7 <= stats.activities / stats.opportunities <= 13
    assert stats.quotes > 0
    stages = Counter(c.stage for c in cards)
    assert len(stages) >= 8
    assert stages[1] + stages[2] > stages[9] + stages[10]  # weighted toward the early stages
    assert {c.status for c in cards} == {"open", "won", "lost", "on_hold"}
    assert {c.key_account for c in cards} == {True, False}
    assert {c.industry for c in cards} <= set(INDUSTRIES)
    assert {c.region for c in cards} <= {city for city, *_ in CITIES}
    assert 6 <= len({c.owner for c in cards}) <= 8
    assert all(c.amount is not None and 50_000 <= c.amount <= 20_000_000 for c in cards)
    open_dates = [c.next_date for c in cards if c.status == "open"]
    assert any(d is not None and d < TODAY for d in open_dates)  # some overdue
    assert any(d is not None and d >= TODAY for d in open_dates)  # some ahead
    assert all(c.stage_entered_at.date() <= TODAY for c in cards)


def test_customers_and_contacts(demo: tuple[Services, DemoStats]) -> None:
    services, _ = demo
    with services.ctx.read() as session:
        customers = session.scalars(select(Customer)).all()
        contacts = session.scalars(select(Contact)).all()
        probabilities = set(session.execute(select(Opportunity.status, Opportunity.probability)))
    # The stage's default, except closed deals: lost 0, won 100 (as closing sets them).
    assert {p for s, p in probabilities if s in ("open", "on_hold")} == {None}
    assert {p for s, p in probabilities if s == "lost"} == {0}
    assert {p for s, p in probabilities if s == "won"} == {100}
    names = [c.name for c in customers]
    assert len(names) == len(set(names))
    key = [c for c in customers if c.key_account]
    assert key and len(key) < len(customers)
    assert all(c.key_reasons for c in key)
    assert not any(c.key_reasons for c in customers if not c.key_account)
    assert all(c.credit_code and len(c.credit_code) == 18 for c in customers)
    assert {c.role for c in contacts} <= set(DECISION_ROLES)
    assert all(c.phone and c.title for c in contacts)
    per_customer = Counter(c.customer_id for c in contacts)
    assert set(per_customer.values()) <= {2, 3, 4, 5}


def test_same_seed_same_day_gives_the_same_list(tmp_path: Path) -> None:
    listings = []
    for name in ("a.db", "b.db"):
        services = Services.open(tmp_path / name)
        try:
            generate_demo(services, 60, seed=3, today=TODAY)
            listings.append([dataclasses.asdict(c) for c in services.opportunities.list()])
        finally:
            services.close()
    assert listings[0] == listings[1]
    other = Services.open(tmp_path / "c.db")
    try:
        generate_demo(other, 60, seed=4, today=TODAY)
        assert [dataclasses.asdict(c) for c in other.opportunities.list()] != listings[0]
    finally:
        other.close()


def test_gates_hold_for_advanced_opportunities(demo: tuple[Services, DemoStats]) -> None:
    services, _ = demo
    checked = 0
    with services.ctx.read() as session:
        for opp in session.scalars(select(Opportunity).where(Opportunity.stage >= 2)):
            ctx = services.opportunities.gate_context(session, opp)
            # Every gate from stage 1 up to where the card stands is met: the products are there.
            assert gates.unmet_for_move(dataclasses.replace(ctx, stage=1), opp.stage) == [], opp.name
            if opp.stage == 3 or opp.stage == 2:
                continue
            checked += 1
            assert ctx.lead_certified and ctx.project_lead
            assert ctx.step_status["J"] == "done"
            for letter in ("S", "W", "X"):
                if ctx.step_status.get(letter) == "done":
                    assert gates.unmet_for_step(ctx, letter) == [], (opp.name, letter)
            if opp.stage >= 9:
                contract = session.scalars(select(Contract).where(Contract.opportunity_id == opp.id)).one()
                assert contract.amount == opp.amount
                assert ctx.latest_bid_review == "passed"
                assert (
                    session.scalars(
                        select(Review).where(Review.opportunity_id == opp.id, Review.kind == "bid")
                    )
                    .one()
                    .outcome
                    == "passed"
                )
            if opp.stage == 10:
                assert gates.unmet_for_step(ctx, "X") == []
                assert ctx.step_values["Y"]["implementation_manager"]
                assert opp.status in ("won", "open")  # finished, or still in implementation
    assert checked > 50


def test_steps_records_follow_the_catalog(demo: tuple[Services, DemoStats]) -> None:
    services, _ = demo
    with services.ctx.read() as session:
        opps = {o.id: o for o in session.scalars(select(Opportunity))}
        records = session.scalars(select(StepRecord)).all()
    by_opp: dict[str, dict[str, StepRecord]] = {}
    for r in records:
        assert r.id == step_record_id(r.opportunity_id, r.letter)
        spec = STEPS[r.letter]
        own = {f.key for f in spec.fields if not f.binds}
        assert set(r.values) <= own, (r.letter, set(r.values) - own)
        assert r.status in ("done", "in_progress", "skipped")
        assert (r.completed_at is not None) == (r.status == "done")
        by_opp.setdefault(r.opportunity_id, {})[r.letter] = r
    for opp_id, opp in opps.items():
        steps = by_opp[opp_id]
        for letter, r in steps.items():
            if STEPS[letter].stage < opp.stage:
                assert r.status in ("done", "skipped")
        earlier = [s for s in STEPS.values() if s.stage < opp.stage]
        assert all(s.letter in steps for s in earlier)
        done_e = steps.get("E")
        if done_e is not None and done_e.status == "done":
            assert opp.budget is not None


def test_quotes_activities_history(demo: tuple[Services, DemoStats]) -> None:
    services, _ = demo
    with services.ctx.read() as session:
        opps = session.scalars(select(Opportunity)).all()
        rounds = Counter(session.scalars(select(Quote.opportunity_id)))
        lines = Counter(session.scalars(select(QuoteLine.quote_id)))
        history = session.scalars(select(HistoryEntry)).all()
        oldest = session.scalar(select(func.min(Activity.date)))
        newest = session.scalar(select(func.max(Activity.date)))
        paid = session.scalar(select(func.count()).select_from(Payment).where(Payment.received_amount > 0))
    for opp in opps:
        assert (opp.id in rounds) == (opp.stage >= 7)
        if opp.id in rounds:
            assert 1 <= rounds[opp.id] <= 3
    assert set(lines.values()) <= set(range(3, 9))
    stage_history = {h.opportunity_id: h for h in history if h.kind == "stage"}
    assert len(stage_history) == len(opps)
    for opp in opps:
        entry = stage_history[opp.id]
        assert entry.field == "stage" and entry.new == str(opp.stage) and entry.at == opp.stage_entered_at
    assert oldest is not None and newest is not None
    assert TODAY - dt.timedelta(days=200) <= oldest and newest <= TODAY
    assert paid


def test_every_synced_row_is_stamped(demo: tuple[Services, DemoStats]) -> None:
    services, _ = demo
    device = services.ctx.device
    newest = ""
    with services.ctx.read() as session:
        for model in SYNCED_MODELS:
            fields = set(user_fields(model))
            for row in session.scalars(select(model)):
                assert row.device == device and row.deleted is False
                assert fields <= set(row.stamps), (model.__name__, fields - set(row.stamps))
                for stamp, base in row.stamps.values():
                    assert base == "" and Stamp.parse(stamp).device == device
                    newest = max(newest, stamp)
                if model is StepRecord:
                    assert {f"values.{k}" for k in row.values} <= set(row.stamps)
    # The clock moved past every stamp it handed out, so later edits win over demo values.
    assert services.ctx.clock.now() > newest


def test_same_seed_twice_is_refused_other_seeds_append(tmp_path: Path) -> None:
    services = Services.open(tmp_path / "x.db")
    try:
        generate_demo(services, 20, seed=1, today=TODAY)
        with pytest.raises(InvalidInput, match="已有该种子"):
            generate_demo(services, 20, seed=1, today=TODAY)
        assert len(services.opportunities.list()) == 20
        generate_demo(services, 20, seed=2, today=TODAY)
        assert len(services.opportunities.list()) == 40
        with services.ctx.read() as session:
            names = list(session.scalars(select(Customer.name)))
        assert len(names) == len(set(names))
        with pytest.raises(InvalidInput):
            generate_demo(services, 0, seed=5)
    finally:
        services.close()


def test_rows_are_stored_like_service_writes(tmp_path: Path) -> None:
    """The fast bulk path stores values in the same form as the ORM (dates, money, flags, JSON)."""
    import sqlite3

    services = Services.open(tmp_path / "x.db")
    try:
        generate_demo(services, 5, seed=9, today=TODAY)
        mine = services.opportunities.add(
            "测试客户",
            "测试项目",
            amount="12.5万",
            budget="15万",
            next_date="2025-06-01",
            lead_certified="是",
        )
    finally:
        services.close()
    query = (
        "SELECT typeof(amount), typeof(budget), length(created_at), length(next_date), typeof(lead_certified),"
        " typeof(deleted), substr(stamps, 1, 2) FROM opportunities WHERE id {} ? AND budget IS NOT NULL"
        " AND next_date IS NOT NULL LIMIT 1"
    )
    con = sqlite3.connect(tmp_path / "x.db")
    try:
        ours = con.execute(query.format("="), (mine,)).fetchone()
        demo_row = con.execute(query.format("<>"), (mine,)).fetchone()
    finally:
        con.close()
    assert demo_row is not None
    assert ours[2:] == demo_row[2:]
    assert {ours[0], demo_row[0]} <= {"integer", "real"}


def test_demo_has_risks_on_open_deals_some_high_and_an_approved_change_amending_a_contract(
    demo: tuple[Services, DemoStats],
) -> None:
    services, _ = demo
    cards = services.opportunities.list()
    details = [services.opportunities.detail(c.id) for c in cards]
    open_risks = [r for d in details if d.summary.status == "open" for r in d.risks if r.status == "open"]
    assert len(open_risks) > len(cards) // 3
    assert any(c.high_risks for c in cards if c.status == "open")
    assert {r.level for r in open_risks} == {"high", "medium", "low"}
    lost = [r for d in details if d.summary.status == "lost" for r in d.risks]
    assert lost and all(r.status == "closed" and r.close_note for r in lost)
    amended = [d for d in details if d.contract and d.contract_amount != d.contract.amount]
    assert amended
    for d in amended:
        assert d.contract is not None and d.contract.signed_date is not None
        approved = [c for c in d.changes if c.status == "approved"]
        assert approved and d.contract_amount == d.contract.amount + sum(c.amount_change for c in approved)
        assert any(h.entity == "contracts" and h.field == "amount" for h in d.history)


def test_closed_lost_deals_have_reasons_winners_and_retrospectives_for_step_d(
    demo: tuple[Services, DemoStats],
) -> None:
    services, _ = demo
    lost = [c for c in services.opportunities.list() if c.status == "lost"]
    assert lost
    for card in lost:
        close = services.closing.latest(card.id)
        assert close is not None and close.outcome == "lost" and close.reason_code and close.winner
        assert card.probability == 0
        assert close.winner in {c.name for c in services.opportunities.detail(card.id).competitors}
    held = [c for c in services.opportunities.list() if c.status == "on_hold"]
    assert held and all(services.closing.latest(c.id).look_again for c in held)
    industry = services.opportunities.summary(lost[0].id).industry
    newcomer = services.opportunities.add("新客户集团", "新项目", industry=industry)
    cases = services.closing.cases_for(newcomer)
    assert lost[0].id in {c.opportunity_id for c in cases}
    assert all(c.industry == industry and c.retrospective.lessons for c in cases)
