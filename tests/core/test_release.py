"""Big lists let go of a slice at a time; a check never empties what its caller handed it."""

import json
from datetime import datetime

from core.engine import check
from core.release import SLICE, release
from core.values import BEIJING
from tests.conftest import CONTRACT


def test_release_empties_the_list_whatever_its_length():
    for size in (0, 1, SLICE, SLICE + 1, 5 * SLICE + 7):
        items = [object() for _ in range(size)]
        release(items)
        assert items == []


def test_a_listing_check_leaves_the_callers_products_as_they_were():
    data = json.loads((CONTRACT / "listing.json").read_text(encoding="utf-8"))
    before = json.dumps(data, sort_keys=True, ensure_ascii=False)
    check("listing", data, datetime(2024, 6, 1, tzinfo=BEIJING))
    assert json.dumps(data, sort_keys=True, ensure_ascii=False) == before


def test_a_list_handed_over_is_emptied_once_nothing_else_holds_it():
    import time
    import weakref

    from core.release import WORTH_IT, release_later

    class Item:
        pass

    class Owner:
        def __init__(self):
            self.items = [Item() for _ in range(WORTH_IT + 10)]

    owner = Owner()
    first = weakref.ref(owner.items[0])
    kept = owner.items
    release_later(kept)
    time.sleep(0.1)
    assert len(kept) == WORTH_IT + 10  # still held here: never emptied under a holder's feet
    del kept
    release_later(owner.items)
    del owner
    deadline = time.monotonic() + 5
    while first() is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert first() is None  # freed by the background thread
