"""Words by jieba: one copy of jieba's dictionary per process, a private tokenizer per word list.

jieba's global tokenizer is not used (other code may configure it differently). The dictionary is
built once, under a lock, the way jieba does the first time, as a Python loop: jieba's own start
reads it back from a cache file in the temp folder with one marshal.load, 0.4-0.8 s inside one C
call that holds the GIL, so the window could not paint meanwhile; no cache file is written.

Each `Segmenter` (the bot's, a rule pack's) gets its own copy of the frequencies with its own words
added, so the words one part adds never change how another part cuts a text.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Iterable
from typing import Any

from .caches import CLAUSE_CHARS, SizedCache

_LOCK = threading.Lock()
_BASE: tuple[dict[str, int], int] | None = None


def _base() -> tuple[dict[str, int], int]:
    global _BASE
    if _BASE is None:
        with _LOCK:
            if _BASE is None:
                import jieba  # type: ignore[import-untyped,unused-ignore]

                jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" chatter on stderr
                builder: Any = jieba.Tokenizer()
                freq, total = builder.gen_pfdict(builder.get_dict_file())
                _BASE = (freq, total)
    return _BASE


_TAGGED: dict[frozenset[str], frozenset[str]] = {}


def tagged(tags: frozenset[str]) -> frozenset[str]:
    """The words of jieba's dictionary whose part-of-speech tag is one of `tags` ("d" adverbs, "r"
    pronouns…), read from the dictionary file once per set of tags (~0.2 s)."""
    with _LOCK:
        held = _TAGGED.get(tags)
    if held is None:
        import jieba

        found: set[str] = set()
        with jieba.Tokenizer().get_dict_file() as dictionary:
            for line in dictionary:
                parts = line.split()
                if len(parts) == 3 and parts[2].decode("ascii", "replace") in tags:
                    found.add(parts[0].decode("utf-8"))
        held = frozenset(found)
        with _LOCK:
            _TAGGED[tags] = held
    return held


def warm_up() -> None:
    """Build jieba's dictionary now (about a second); any thread, any number of times."""
    _base()


class Segmenter:
    """A jieba tokenizer over jieba's dictionary plus `words` (word, frequency) kept whole."""

    def __init__(self, words: Iterable[tuple[str, int]] = ()) -> None:
        import jieba

        freq, total = _base()
        tokenizer: Any = jieba.Tokenizer()
        tokenizer.FREQ, tokenizer.total = dict(freq), total
        tokenizer.initialized = True
        self.tokenizer = tokenizer
        for word, count in words:
            self.add(word, count)
        self._cut = SizedCache(self._cut_uncached, 4096, CLAUSE_CHARS)

    def add(self, word: str, count: int) -> None:
        """Keep `word` whole, at least as common as `count` (jieba's frequencies: 在 is ~900,000)."""
        if word and self.tokenizer.FREQ.get(word, 0) < count:
            self.tokenizer.add_word(word, count)
            self._cut = SizedCache(self._cut_uncached, 4096, CLAUSE_CHARS)

    def load_userdict(self, path: str) -> None:
        """jieba's user dictionary format: one "word [frequency] [tag]" a line."""
        self.tokenizer.load_userdict(path)
        self._cut = SizedCache(self._cut_uncached, 4096, CLAUSE_CHARS)

    def freq(self, word: str) -> int:
        return int(self.tokenizer.FREQ.get(word, 0))

    @property
    def total(self) -> int:
        return int(self.tokenizer.total)

    def specificity(self, word: str, unseen: float) -> float:
        """-log of the word's everyday frequency (rare words tell more); `unseen` for unknown words."""
        count = self.freq(word)
        return math.log(self.total / count) if count else unseen

    def cut(self, text: str) -> tuple[str, ...]:
        """The words of `text` in order (jieba, no HMM guessing of new words; cached)."""
        return self._cut(text)

    def _cut_uncached(self, text: str) -> tuple[str, ...]:
        return tuple(self.tokenizer.cut(text, HMM=False))
