from hypothesis import given
from hypothesis import strategies as st

from projdesk.domain.clock import HybridClock, Stamp


def test_stamps_increase_even_when_the_wall_clock_stands_still():
    clock = HybridClock("dev1", wall=lambda: 1000)
    a, b, c = clock.now(), clock.now(), clock.now()
    assert a < b < c


def test_observe_makes_later_edits_win_over_imported_ones_despite_a_slow_clock():
    slow = HybridClock("slow", wall=lambda: 1_000)
    imported = str(Stamp(9_000_000_000_000, 3, "fast"))
    slow.observe(imported)
    assert slow.now() > imported


def test_restart_continues_from_the_persisted_stamp():
    first = HybridClock("d", wall=lambda: 5000)
    last = first.now()
    again = HybridClock("d", last=last, wall=lambda: 10)  # clock moved backwards
    assert again.now() > last


@given(st.lists(st.tuples(st.integers(0, 10**12), st.integers(0, 99999)), min_size=2))
def test_string_order_equals_tuple_order(pairs):
    stamps = [Stamp(w, c, "dev") for w, c in pairs]
    assert sorted(stamps) == sorted(stamps, key=str)
    assert all(Stamp.parse(str(s)) == s for s in stamps)
