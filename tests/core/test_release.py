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
