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
