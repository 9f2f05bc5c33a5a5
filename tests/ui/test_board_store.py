"""The board's store: one pass files cards into columns; a patch after a few changes agrees with it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from decimal import Decimal

from projdesk.storage.dto import OpportunitySummary
from projdesk.ui.board.store import BoardFilter, BoardStore

TODAY = dt.date.today()
NOW = dt.datetime.now().replace(microsecond=0)


def card(n: int, rng: random.Random) -> OpportunitySummary:
    return OpportunitySummary(
        id=f"id{n:04d}",
        customer_id=f"c{n % 7}",
        customer=rng.choice(["济南一中", "青岛港", "烟台供电", "威海医院"]),
        name=rng.choice(["智慧校园", "码头调度", "配网监控", "HIS 升级"]),
        stage=rng.randint(1, 10),
        stage_name="",
        status=rng.choice(["open", "open", "open", "won", "lost", "on_hold"]),
        amount=rng.choice([None, Decimal("100000.00"), Decimal("2500000.00")]),
        key_account=rng.random() < 0.3,
        owner=rng.choice(["张伟", "李娜"]),
        next_step="",
        next_date=rng.choice([None, TODAY - dt.timedelta(days=2), TODAY + dt.timedelta(days=2)]),
        updated_at=NOW - dt.timedelta(minutes=rng.randint(0, 10000)),
        stage_entered_at=NOW - dt.timedelta(days=rng.randint(0, 60)),
        industry=rng.choice(["教育", "电力"]),
        region=rng.choice(["济南", "青岛"]),
        contacts=rng.choice(["王主任", "赵总", ""]),
    )


def test_one_pass_files_cards_by_stage_newest_first_with_totals():
    rng = random.Random(3)
    store = BoardStore(lambda stage: 14)
    cards = [card(n, rng) for n in range(300)]
    store.replace(cards)
    view = store.apply(BoardFilter())
    for number, ids in enumerate(view.columns, start=1):
        expected = sorted(
            (c for c in cards if c.stage == number and c.status == "open"),
            key=lambda c: (-c.updated_at.timestamp(), c.id),
        )
        assert ids == [c.id for c in expected]
        assert view.stats[number - 1].count == len(expected)
        assert view.stats[number - 1].total == sum((c.amount or Decimal(0) for c in expected), Decimal(0))


def test_patch_after_changes_equals_a_full_pass():
    rng = random.Random(7)
    store = BoardStore(lambda stage: 10 + stage)
    store.replace(card(n, rng) for n in range(400))
    filters = [
        BoardFilter(),
        BoardFilter(search="青岛", shown_statuses={"won"}),
        BoardFilter(owner="李娜", key_only=True),
        BoardFilter(overdue_only=True, region="济南", industry="电力"),
    ]
    for flt in filters:
        view = store.apply(flt)
        for round_ in range(30):
            changed = rng.sample(sorted(c.id for c in store.cards()), 3)
            before = {i: store.get(i) for i in changed}
            new_cards = []
            for i in changed:
                old = before[i]
                assert old is not None
                new_cards.append(
                    dataclasses.replace(
                        old,
                        stage=rng.randint(1, 10),
                        status=rng.choice(["open", "won"]),
                        amount=Decimal(rng.randint(0, 9) * 10000),
                        updated_at=NOW + dt.timedelta(minutes=round_),
                    )
                )
            store.upsert(new_cards)
            gone = changed[0] if round_ % 5 == 0 else None
            if gone:
                store.remove([gone])
            view = store.patch(flt, view, [(before[i], store.get(i)) for i in changed])
            full = store.apply(flt)
            assert view.columns == full.columns
            assert view.stats == full.stats


def test_typing_on_narrows_within_the_shown_cards_with_the_same_result():
    rng = random.Random(11)
    store = BoardStore(lambda stage: 14)
    store.replace(card(n, rng) for n in range(400))
    flt = BoardFilter(shown_statuses={"lost"})
    view = store.apply(flt)
    for text in ["青", "青岛", "青岛 ", "青岛 码", "青岛 码头调度"]:
        flt.search = text
        view = store.apply(flt, within=view)
        full = store.apply(flt)
        assert view.columns == full.columns and view.stats == full.stats
    assert 0 < view.shown < 400
