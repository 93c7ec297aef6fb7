"""Buyers' words found by their sound: pinyin typed for Chinese, pinyin initials, homophone typos.

"fahuo" "fh" and "发或" all sound (or start) like 发货. The knowledge's own words are indexed by their
toneless pinyin (pypinyin) and by their initials; a buyer's question is read as a stream of syllables
(Chinese characters by pypinyin, Latin letters split into pinyin syllables) and every run of two to
four syllables that sounds like a knowledge word adds that word to the question. A Latin run that is
not pinyin (kd, kf) is read as initials, and counts when one knowledge word has them, or one is
at least INITIALS_LEAD times as common in the knowledge as any other with the same initials.
Single syllables never count: too many words share one. The words of synonyms.txt are indexed by
sound too, for the knowledge word they stand for ("youhuo" → 有货 → 现货), and pinyin typed in letters
may use any reading of a character ("pianyi" for 便宜, which the one-reading rule below reads "bianyi").
Look-alike typos are found by their shape: a run of two to four characters that is no word (not in
jieba's dictionary nor the knowledge) and becomes a knowledge word or a synonym of one when characters
are swapped for their look-alikes (lookalike_chars.txt: 冼 for 洗) adds that word ("机冼" → 机洗 → 洗涤).

pypinyin runs without its phrase readings (PYPINYIN_NO_PHRASES, its documented switch): each
character is read by its most common reading. The knowledge and the question are read the same way,
so a sound still meets itself; measured on the labelled buyer questions (bench/bot_match.py) it
changed one answer in 966 (none held out), and it saves 2.5 MB of the installer, ~0.1 s and ~30 MB of
memory at the first load.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from itertools import product

from . import text as _text
from .text import Word

# before pypinyin is first imported (it reads the switch when it loads its tables)
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")

_CJK = re.compile(r"[\u4e00-\u9fff]")
# Runs of Chinese characters, of Latin letters and of anything else; spaces do not break the stream of
# syllables ("jin tuikuan").
_RUN = re.compile(r"[\u4e00-\u9fff]+|[a-z]+|[^\u4e00-\u9fffa-z\s]+")
_LOCK = threading.Lock()
_SYLLABLES: frozenset[str] | None = None
# Windows of syllables looked up (2 to 4: 发货, 七天无理由 is too rare typed as pinyin to matter).
_MIN_RUN, _MAX_RUN = 2, 4
# Longest Latin run read as initials (kfzx = 客服在线 is still a word; longer is not initials).
_MAX_INITIALS = 4
INITIALS_LEAD = 3
# Readings of one word indexed for pinyin typed in letters (a word of four characters with two
# readings each has sixteen).
_MAX_READINGS = 16


def _toneless(reading: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFD", reading) if not unicodedata.combining(c))
    return plain.replace("ü", "v").lower()


def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows (about 400), built once."""
    global _SYLLABLES
    if _SYLLABLES is None:
        with _LOCK:
            if _SYLLABLES is None:
                from pypinyin.pinyin_dict import pinyin_dict

                found: set[str] = set()
                for readings in pinyin_dict.values():
                    found.update(_toneless(r) for r in readings.split(","))
                _SYLLABLES = frozenset(s for s in found if s.isalpha() and s.isascii())
    return _SYLLABLES


def _pinyin(text: str) -> list[str]:
    from pypinyin import Style, lazy_pinyin

    return [p.replace("ü", "v") for p in lazy_pinyin(text, style=Style.NORMAL, v_to_u=False)]


def split_latin(run: str) -> list[str] | None:
    """A Latin run as pinyin syllables ("youhuo" → you huo; fewest syllables), or None when it is not pinyin."""
    known = syllables()
    best: list[list[str] | None] = [None] * (len(run) + 1)
    best[0] = []
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - 6), end):
            head = best[start]
            if head is not None and run[start:end] in known:
                candidate = [*head, run[start:end]]
                held = best[end]
                if held is None or len(candidate) < len(held):
                    best[end] = candidate
    return best[len(run)]


def _sounded(word: str) -> bool:
    """Whether a word is looked up by sound: two to four Chinese characters."""
    return _MIN_RUN <= len(word) <= _MAX_RUN and all(_CJK.match(c) for c in word)


def _readings(word: str) -> list[tuple[str, ...]]:
    """Every toneless reading of a word, at most _MAX_READINGS of them."""
    from pypinyin import Style, pinyin

    found: list[tuple[str, ...]] = [()]
    for readings in pinyin(word, style=Style.NORMAL, heteronym=True):
        options = list(dict.fromkeys(r.replace("ü", "v") for r in readings))
        found = [(*head, r) for head in found for r in options][:_MAX_READINGS]
    return [r for r in found if len(r) == len(word)]


class PinyinIndex:
    """The knowledge's words by sound; `words` adds the ones a question sounds like."""

    def __init__(self, terms: Iterable[str] | Mapping[str, int],
                 aliases: Mapping[str, str] | None = None, lookalikes: Mapping[str, str] | None = None) -> None:
        """`terms`: the knowledge's words, or a mapping of them to how many questions use them.
        `aliases`: other words for them (synonyms.txt: 有货 → 现货); a question that sounds like an
        alias adds the knowledge word it stands for ("youhuo" → 现货). `lookalikes`: characters to the
        characters they may be typed for (冼 → 洗)."""
        counts = dict(terms) if isinstance(terms, Mapping) else dict.fromkeys(terms, 1)
        self.lookalikes = dict(lookalikes or {})
        self.spelled = {word: term for word, term in [*((t, t) for t in counts), *(aliases or {}).items()]
                        if term in counts and _sounded(word)}
        self.by_sound: dict[tuple[str, ...], set[str]] = {}
        self.by_typed_sound: dict[tuple[str, ...], set[str]] = {}
        self.by_initials: dict[str, set[str]] = {}
        self.initials: dict[str, str] = {}
        for term in counts:
            if not _sounded(term):
                continue
            sound = tuple(_pinyin(term))
            if len(sound) != len(term):
                continue
            self.by_sound.setdefault(sound, set()).add(term)
            self.by_initials.setdefault("".join(s[0] for s in sound), set()).add(term)
        for alias, term in (aliases or {}).items():
            if term in counts and alias != term and _sounded(alias):
                sound = tuple(_pinyin(alias))
                if len(sound) == len(alias):
                    self.by_sound.setdefault(sound, set()).add(term)
        # Pinyin typed in Latin letters may use any reading of a character (便宜 is "pianyi", though
        # 便 alone reads "bian"); Chinese characters typed are read one way on both sides.
        for sound, found in self.by_sound.items():
            self.by_typed_sound.setdefault(sound, set()).update(found)
        for word, term in [*((t, t) for t in counts), *(aliases or {}).items()]:
            if term in counts and _sounded(word):
                for sound in _readings(word):
                    self.by_typed_sound.setdefault(sound, set()).add(term)
        for key, words in self.by_initials.items():
            ranked = sorted(words, key=lambda w: (-counts[w], w))
            if len(ranked) == 1 or counts[ranked[0]] >= INITIALS_LEAD * counts[ranked[1]]:
                self.initials[key] = ranked[0]

    def words(self, text: str, have: Iterable[str]) -> list[Word]:
        """Knowledge words the (normalized) question sounds like and does not already contain."""
        if not self.by_sound:
            return []
        present = set(have)
        stream: list[tuple[str, str]] = []  # (syllable, what the buyer typed)
        found: list[Word] = []
        streams: list[list[tuple[str, str]]] = [stream]
        for run in _RUN.findall(text):
            if _CJK.match(run):
                stream.extend(zip(_pinyin(run), run, strict=False))
                found.extend(self._lookalike_words(run, present))
            elif run.isascii() and run.isalpha():
                parts = split_latin(run)
                if parts:
                    stream.extend((p, p) for p in parts)
                else:
                    if len(run) <= _MAX_INITIALS:
                        term = self.initials.get(run)
                        if term is not None and term not in present:
                            found.append(Word(run, term))
                            present.add(term)
                    stream = []
                    streams.append(stream)
            else:
                stream = []
                streams.append(stream)
        for s in streams:
            for size in range(_MIN_RUN, _MAX_RUN + 1):
                for i in range(len(s) - size + 1):
                    window = s[i:i + size]
                    index = self.by_typed_sound if any(t.isascii() for _, t in window) else self.by_sound
                    for term in sorted(index.get(tuple(p for p, _ in window), ())):
                        typed = "".join(t for _, t in window)
                        if term not in present and typed != term:
                            found.append(Word(typed, term))
                            present.add(term)
        return found

    def _lookalike_words(self, run: str, present: set[str]) -> list[Word]:
        """Knowledge words a run of characters spells with look-alike characters swapped ("机冼" → 洗涤)."""
        found: list[Word] = []
        for size in range(_MIN_RUN, _MAX_RUN + 1):
            for i in range(len(run) - size + 1):
                typed = run[i:i + size]
                if typed in self.spelled or not any(c in self.lookalikes for c in typed) or _text.known(typed):
                    continue
                for chars in product(*(c + self.lookalikes.get(c, "") for c in typed)):
                    term = self.spelled.get("".join(chars))
                    if term is not None and term not in present:
                        found.append(Word(typed, term))
                        present.add(term)
        return found
