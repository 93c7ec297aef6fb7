"""A rule pack read when it is first asked for, once, from whichever thread asks first.

The app opens its window before it reads the rules: importing core.rulepack and reading the parsed
rules from their cache is ~12 ms, and nothing in the first frame needs a rule (the board fills itself
after it is on screen). Whoever needs the pack first, the board's worker or the window right after its
first frame, reads it through `get()`; the others wait for that one read. A read that fails raises
in every caller, and the next `get()` tries again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..rulepack import RulePack


class PendingPack:
    def __init__(self, load: Callable[[], RulePack]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._pack: RulePack | None = None

    def get(self) -> RulePack:
        """The pack, read now if it was not yet (RulePackError as the loader raises it)."""
        with self._lock:
            if self._pack is None:
                self._pack = self._load()
            return self._pack

    def ready(self) -> bool:
        return self._pack is not None


def resolved(pack: RulePack | PendingPack) -> RulePack:
    """The pack itself, read first if it is still pending."""
    return pack.get() if isinstance(pack, PendingPack) else pack
