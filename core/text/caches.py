"""Caches of text readings sized by the text they hold.

The engine reads the same clauses again and again (every keystroke re-scans the whole text, each rule
asks about each clause), so what it reads is cached. A cache of N entries of any length, though, grows
with what the seller types: a keystroke in one long run-on clause (voice typing, a pasted paragraph
with no punctuation) makes a new key of that clause's length, and 3,000 characters cost ~1 MB a
keystroke across the caches until each held N of them. Here a text of up to `limit` characters is kept
among `small` entries, a longer one among `large` (a few dozen: the long clauses of one text, or the
same whole text asked by the check, its marks and an export), so what the caches hold stays bounded.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, Generic, TypeVar

R = TypeVar("R")

CLAUSE_CHARS = 200  # a clause of up to this many characters is cached among many
TEXT_CHARS = 500  # a whole text or sentence of up to this many characters likewise
WORD_CHARS = 32  # a word likewise (jieba keeps a long run of letters as one word)


def _size(first: Any) -> int:
    text = getattr(first, "text", first)  # a Folded, or a str
    return len(text) if isinstance(text, str) else 0


class SizedCache(Generic[R]):
    """`fn` cached by the size of its first argument (a str, or a Folded by its text)."""

    def __init__(self, fn: Callable[..., R], small: int, limit: int, large: int = 64) -> None:
        self._short = lru_cache(maxsize=small)(fn)
        self._long = lru_cache(maxsize=large)(fn)
        self.limit = limit

    def __call__(self, first: Any, *args: Any, **kwargs: Any) -> R:
        cached = self._short if _size(first) <= self.limit else self._long
        return cached(first, *args, **kwargs)

    def misses(self) -> int:
        """How many times the function was called (for tests: what a keystroke read again)."""
        return self._short.cache_info().misses + self._long.cache_info().misses

    def held(self) -> tuple[int, int]:
        """How many short texts and how many long ones the cache holds."""
        return self._short.cache_info().currsize, self._long.cache_info().currsize
