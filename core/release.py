"""Letting go of big lists a slice at a time, so a waiting thread is not held up.

Freeing a list frees everything only it holds, in one C call that keeps the GIL: 200,000 products
(dicts, or the check's per-product records) or a report of 60,000 findings took 30-65 ms, during
which the window could not paint or take a click. `release` empties a list from the end, SLICE items
at a time, so the interpreter can switch threads between slices (the total work is the same);
`release_later` hands lists to a background thread that does that once it is their only holder, for
a thread that must not spend the time at all (the window's, replacing what it shows).
"""

from __future__ import annotations

import queue
import sys
import threading
import time
from typing import Any

SLICE = 2000
# How long the background thread waits for the other holders of a list to let go of it before it
# leaves the list to them (then it is freed wherever the last one drops it, as without this module).
WAIT_S = 2.0
# Below this many items a list is freed where it is: a few milliseconds at most.
WORTH_IT = 5000

_TRASH: queue.SimpleQueue[list[Any]] = queue.SimpleQueue()
_LOCK = threading.Lock()
_DRAINER: threading.Thread | None = None


def release(items: list[Any]) -> None:
    """Empty `items` (the caller's last use of it) a slice at a time."""
    while items:
        del items[-SLICE:]


def release_later(*lists: Any) -> None:
    """Give up these lists: a long one is emptied by a background thread, a slice at a time, once
    nothing else holds it (the object that held it is gone). Nothing that still holds a list sees it
    change; anything that is not a list, or a short one, is just dropped."""
    global _DRAINER
    for items in lists:
        if isinstance(items, list) and len(items) >= WORTH_IT:
            _TRASH.put(items)
    with _LOCK:
        if _DRAINER is None or not _DRAINER.is_alive():
            _DRAINER = threading.Thread(target=_drain, name="release", daemon=True)
            _DRAINER.start()


def big_lists(report: Any) -> list[list[Any]]:
    """A report's findings and its list-valued facts (what makes a big report big)."""
    found = [report.findings] if isinstance(getattr(report, "findings", None), list) else []
    facts = getattr(report, "facts", None)
    if isinstance(facts, dict):
        found += [v for v in facts.values() if isinstance(v, list)]
    return found


def _drain() -> None:
    while True:
        items = _TRASH.get()
        waited = 0.0
        while sys.getrefcount(items) > 2 and waited < WAIT_S:  # 2: `items` and the call's argument
            time.sleep(0.01)
            waited += 0.01
        if sys.getrefcount(items) == 2:
            release(items)
        del items
