"""Folding text for matching: full-width to half-width, lower case, Traditional to Simplified characters.

Folding is done character by character and keeps, for every folded character, the index of the
character it came from, so a match found in the folded text can be quoted as the seller wrote it
(郵費 as 郵費, not 邮费). The Traditional→Simplified table is data
(resources/knowledge/traditional_chars.txt), read once per process.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..paths import resource

TRADITIONAL_FILE = ("knowledge", "traditional_chars.txt")
_LOCK = threading.Lock()
_TABLE: dict[str, str] | None = None


def _table() -> dict[str, str]:
    global _TABLE
    if _TABLE is None:
        with _LOCK:
            if _TABLE is None:
                table: dict[str, str] = {}
                path = resource(*TRADITIONAL_FILE)
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.startswith("#"):
                        continue
                    for pair in line.split():
                        if len(pair) == 2:
                            table[pair[0]] = pair[1]
                _TABLE = table
    return _TABLE


@lru_cache(maxsize=8192)
def fold_char(char: str) -> str:
    """One character folded: NFKC (full-width letters, digits and punctuation to half-width), lower
    case, Traditional to Simplified. May be empty or longer than one character (NFKC of ㎏ is kg)."""
    out = unicodedata.normalize("NFKC", char).lower()
    table = _table()
    return "".join(table.get(c, c) for c in out)


def simplified(text: str) -> str:
    """The text folded (see fold_char), nothing dropped."""
    return "".join(fold_char(c) for c in text)


@dataclass(frozen=True)
class Folded:
    """A folded text and, for each of its characters, the index of the original character."""

    original: str
    text: str
    origin: tuple[int, ...]

    def quote(self, start: int, end: int) -> str:
        """The original text behind folded characters start..end (end exclusive)."""
        if start >= end:
            return ""
        return self.original[self.origin[start]:self.origin[end - 1] + 1]


def fold(text: str, *, drop_spaces: bool = True) -> Folded:
    """The text folded for matching, with the way back to the original characters. Spaces are
    dropped by default: sellers space out words ("邮 费 全 免"); where a space between two words is a
    break ("顺丰到付 不接受的放弃") the clauses are cut before folding (core.text.rules)."""
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        folded = fold_char(char)
        for c in folded:
            if drop_spaces and c.isspace():
                continue
            chars.append(c)
            origin.append(i)
    return Folded(text, "".join(chars), tuple(origin))
