"""The after-sales countdown answered by bisection agrees with looking at every row."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from core.clocks import SOON, Clocks

START = datetime(2026, 12, 1, 9, 0)
minutes = st.integers(min_value=0, max_value=7 * 24 * 60)
row = st.one_of(
    st.none(),
    st.builds(lambda m, done: {"deadline": (START + timedelta(minutes=m)).isoformat(), "done": done}, minutes, st.booleans()),
)


@given(st.lists(row, max_size=60), minutes, minutes)
def test_counts_agree_with_a_look_at_every_row(facts, at, later):
    ids = [f"SH{i}" for i in range(len(facts))]
    clocks = Clocks.of(facts, ids)
    now = START + timedelta(minutes=at)
    running = [(datetime.fromisoformat(f["deadline"]), i) for f, i in zip(facts, ids) if f and not f["done"]]

    tally = clocks.tally(now)
    assert tally.overdue == sum(d <= now for d, _ in running)
    assert tally.soon == sum(now < d <= now + SOON for d, _ in running)
    assert tally.waiting == sum(d > now + SOON for d, _ in running)
    assert tally.done == sum(1 for f in facts if f and f["done"])
    assert tally.unknown == facts.count(None)

    ahead = [(d, i) for d, i in running if d > now]
    following = clocks.following(now)
    if not ahead:
        assert following is None
    else:
        soonest = min(d for d, _ in ahead)
        assert following is not None and following[1] == soonest
        assert (soonest, following[0]) in ahead

    then = now + timedelta(minutes=later)
    assert clocks.crossed(now, then) == any(now < d <= then for d, _ in running)


def test_sorting_a_slice_at_a_time_orders_as_one_sort_ties_in_row_order():
    """Clocks.of sorts SORTED_AT_ONCE deadlines per call (one sort of 60,000 held the window ~40 ms)
    and merges: the result is one stable sort's, across the slices' edges."""
    import random

    from core.clocks import SORTED_AT_ONCE

    rng = random.Random(5)
    count = 2 * SORTED_AT_ONCE + 7
    facts = [None if rng.random() < 0.05 else
             {"deadline": f"2022-01-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00+08:00",
              "done": rng.random() < 0.2} for _ in range(count)]
    ids = [f"SH{i}" for i in range(count)]
    clocks = Clocks.of(facts, ids)
    running = sorted(((datetime.fromisoformat(f["deadline"]), i) for f, i in zip(facts, ids) if f and not f["done"]),
                     key=lambda pair: pair[0])
    assert clocks.due == tuple(d for d, _ in running) and clocks.ids == tuple(i for _, i in running)
