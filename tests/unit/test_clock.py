import pytest
from hypothesis import given
from hypothesis import strategies as st

from projdesk.domain.clock import MAX_SKEW_MS, MAX_WALL_MS, HybridClock, Stamp


def test_stamps_increase_even_when_the_wall_clock_stands_still() -> None:
    clock = HybridClock("dev1", wall=lambda: 1000)
    a, b, c = clock.now(), clock.now(), clock.now()
    assert a < b < c


def test_observe_makes_later_edits_win_over_imported_ones_despite_a_slow_clock() -> None:
    slow = HybridClock("slow", wall=lambda: 1_700_000_000_000)
    imported = str(Stamp(1_700_000_000_000 + MAX_SKEW_MS - 1, 3, "fast"))  # within a day ahead
    slow.observe(imported)
    assert slow.now() > imported


def test_restart_continues_from_the_persisted_stamp() -> None:
    first = HybridClock("d", wall=lambda: 5000)
    last = first.now()
    again = HybridClock("d", last=last, wall=lambda: 10)  # clock moved backwards
    assert again.now() > last


@given(st.lists(st.tuples(st.integers(0, 10**12), st.integers(0, 99999)), min_size=2))
def test_string_order_equals_tuple_order(pairs: list[tuple[int, int]]) -> None:
    stamps = [Stamp(w, c, "dev") for w, c in pairs]
    assert sorted(stamps) == sorted(stamps, key=str)
    assert all(Stamp.parse(str(s)) == s for s in stamps)


def test_counter_at_99999_carries_into_time() -> None:
    wall = 1_700_000_000_000
    clock = HybridClock("d", last=str(Stamp(wall, 99_999, "d")), wall=lambda: wall)
    after = clock.now()
    assert Stamp.parse(after) == Stamp(wall + 1, 0, "d")
    assert after > str(Stamp(wall, 99_999, "d"))


def test_counter_at_99999_observed_then_one_more_write_carries_into_time() -> None:
    wall = 1_700_000_000_000
    clock = HybridClock("d", wall=lambda: wall)
    seen = str(Stamp(wall + 5, 99_999, "other"))
    clock.observe(seen)
    after = clock.now()
    assert Stamp.parse(after) == Stamp(wall + 6, 0, "d") and after > seen


def test_many_writes_in_one_millisecond_keep_increasing_past_the_counter() -> None:
    clock = HybridClock("d", last=str(Stamp(1_700_000_000_000, 99_990, "d")), wall=lambda: 1_700_000_000_000)
    stamps = [clock.now() for _ in range(30)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 30
    assert all(Stamp.parse(s) for s in stamps)


def test_persisted_stamp_at_the_end_of_the_format_still_opens_and_writes() -> None:
    now = 1_700_000_000_000
    clock = HybridClock("d", last="9999999999999.99999.x", wall=lambda: now)
    stamp = Stamp.parse(clock.now())  # a well-formed stamp, not "not a clock stamp"
    assert stamp.wall_ms <= now + MAX_SKEW_MS


def test_observe_never_lifts_the_clock_more_than_a_day_ahead() -> None:
    now = 1_700_000_000_000
    clock = HybridClock("d", wall=lambda: now)
    clock.observe("4102444800000.99990.x")  # 2100
    assert Stamp.parse(clock.now()).wall_ms <= now + MAX_SKEW_MS


@pytest.mark.parametrize(
    "text",
    [
        "١٧٠٠٠٠٠٠٠٠٠٠٠.00000.dev",  # Arabic-Indic digits
        "１７００００００００００００.00000.dev",  # full-width digits
        "1700000000000.０0000.dev",
        "1700000000000.00000.dév",
        "1700000000000.00000.de v",
        "1700000000000.00000.a.b",
        "1700000000000.00000.dev\n",
        "1700000000000.00000.",
        "170000000000.00000.dev",
        "1700000000000.000000.dev",
        "1700000000000.00000." + "x" * 41,
    ],
)
def test_non_ascii_or_malformed_stamp_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(text)


def test_stamp_beyond_the_sane_maximum_is_refused() -> None:
    with pytest.raises(ValueError):
        Stamp.parse(f"{MAX_WALL_MS + 1}.00000.dev")
    assert Stamp.parse(f"{MAX_WALL_MS}.00000.dev").wall_ms == MAX_WALL_MS


def test_device_id_with_a_dot_or_space_is_refused() -> None:
    for device in ("a.b", "a b", "", "dév"):
        with pytest.raises(ValueError):
            HybridClock(device)
