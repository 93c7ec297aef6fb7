"""The words of a buyer's question: jieba with the e-commerce word list, synonyms folded, particles dropped.

Matching works on words, not characters, because buyers reword and reorder freely. The segmenter is a
private `jieba.Tokenizer` (not jieba's global one, which other code may configure differently) with
resources/knowledge/ecommerce_words.txt loaded as its user dictionary. Every word of
synonyms.txt and stopwords.txt is added too so that "啥时候" or "有没有" stay in one piece.

Loading jieba's dictionary takes about a second: call `warm_up()` off the UI thread before the first
question. Loading happens once per process, under a lock, so concurrent callers wait for one load;
nothing is written to disk (jieba's own cache file in the temp folder is not used).
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import resource
from ..text.fold import simplified
from ..text.segment import Segmenter

WORD_LIST = "ecommerce_words.txt"
SYNONYMS = "synonyms.txt"
STOPWORDS = "stopwords.txt"
LOOKALIKES = "lookalike_chars.txt"
# Frequency given to synonym and stop words so jieba keeps them whole (the e-commerce list sets its own).
_KEEP_WHOLE_FREQ = 2000
# A dictionary word inside a longer word counts on its own when it is a shop word or at least this
# common in jieba's dictionary: "退货" inside "退货运费" yes, "改地" inside "改地址" no.
_PART_MIN_FREQ = 500
# Specificity of a word jieba's dictionary does not know (a product name, a typo): as rare as a
# shop word, not rarer, so one unknown word does not outweigh the rest of the question.
_UNSEEN_SPECIFICITY = 10.0
_NOT_WORD = re.compile(r"[^\w]+")
# "三天" "15岁" "2件" mean the same question as "几天" "几岁" "几件" (but 7天无理由 stays itself); the
# unit may be typed in pinyin ("过了7tian", "2jian").
_UNITS = {"天": "tian", "岁": "sui", "件": "jian", "周": "zhou", "星期": "xingqi", "礼拜": "libai", "个月": "geyue", "小时": "xiaoshi"}
_COUNT = re.compile(r"[0-9零一二三四五六七八九十百两几半]+个?(" + "|".join(_UNITS) + "|(?:"
                    + "|".join(_UNITS.values()) + r")(?![a-z]))(?!无理由|wuliyou)")
_UNIT_OF = {**{u: u for u in _UNITS}, **{sound: unit for unit, sound in _UNITS.items()}}


@dataclass(frozen=True)
class Word:
    """One word of a question: as the buyer wrote it, and the form used for matching."""

    surface: str
    term: str


class _Lexicon:
    def __init__(self, folder: Path) -> None:
        self.synonyms: dict[str, str] = {}
        for group in _lines(folder / SYNONYMS):
            canonical, *others = group.split()
            for word in [canonical, *others]:
                self.synonyms.setdefault(_plain(word), _plain(canonical))
        self.stopwords = {_plain(w) for line in _lines(folder / STOPWORDS) for w in line.split()}
        self.lookalikes: dict[str, str] = {}
        for pair in (_plain(pair) for line in _lines(folder / LOOKALIKES) for pair in line.split()):
            for a, b in ((pair[0], pair[1]), (pair[1], pair[0])):
                self.lookalikes[a] = self.lookalikes.get(a, "") + b
        # jieba's dictionary is built once per process (core.text.segment); this copy adds the shop words.
        segmenter = Segmenter()
        segmenter.load_userdict(str(folder / WORD_LIST))
        tokenizer: Any = segmenter.tokenizer
        self.shop_words = {_plain(line.split()[0]) for line in _lines(folder / WORD_LIST)}
        self.shop_words.update(self.synonyms)
        for word in list(self.synonyms) + list(self.stopwords):
            if len(word) > 1 and tokenizer.FREQ.get(word, 0) < _KEEP_WHOLE_FREQ:
                tokenizer.add_word(word, _KEEP_WHOLE_FREQ)
        self.tokenizer = tokenizer

    def words(self, text: str) -> list[Word]:
        found: list[Word] = []
        for chunk in _COUNT.sub(lambda m: "几" + _UNIT_OF[m.group(1)], normalize(text)).split():
            for coarse in self.tokenizer.cut(chunk, HMM=False):
                if coarse in self.stopwords or not coarse.strip():
                    continue
                if coarse in self.synonyms:
                    found.append(Word(coarse, self.synonyms[coarse]))
                    continue
                found.append(Word(coarse, coarse))
                # Like jieba's search mode: the words inside a long word also count, so "退货运费"
                # meets "运费" (a dropped stop word takes its parts with it; a synonym is whole).
                for size in (2, 3):
                    for i in range(len(coarse) - size + 1 if len(coarse) > size else 0):
                        part = coarse[i:i + size]
                        if part in self.stopwords or not self._counts(part):
                            continue
                        found.append(Word(part, self.synonyms.get(part, part)))
        return found

    def specificity(self, term: str) -> float:
        """How telling a word is in everyday Chinese (rare words tell more), from jieba's frequencies."""
        freq = self.tokenizer.FREQ.get(term, 0)
        return math.log(self.tokenizer.total / freq) if freq else _UNSEEN_SPECIFICITY

    def known(self, word: str) -> bool:
        return word in self.shop_words or self.tokenizer.FREQ.get(word, 0) > 0

    def _counts(self, part: str) -> bool:
        return part in self.shop_words or self.tokenizer.FREQ.get(part, 0) >= _PART_MIN_FREQ


_LOCK = threading.Lock()
_LEXICON: _Lexicon | None = None


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def _plain(word: str) -> str:
    """Full-width to half-width, lower case, Traditional characters to Simplified (郵費 → 邮费)."""
    return simplified(word)


def normalize(text: str) -> str:
    """Full-width to half-width, lower case, Traditional to Simplified, punctuation to spaces, spaces collapsed."""
    return " ".join(_NOT_WORD.sub(" ", _plain(text).replace("_", " ")).split())


def _lexicon() -> _Lexicon:
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = _Lexicon(resource("knowledge"))
    return _LEXICON


def warm_up() -> None:
    """Load jieba and the word lists now (about a second); safe to call from any thread, any number of times."""
    _lexicon()


def words(text: str) -> list[Word]:
    """The words of a question in order, stop words dropped, each with its matching form."""
    return _lexicon().words(text)


def terms(text: str) -> list[str]:
    """The distinct matching forms of a question's words, in order of first appearance."""
    return list(dict.fromkeys(w.term for w in words(text)))


def synonyms() -> dict[str, str]:
    """Every word of synonyms.txt mapped to the word it stands for (有货 → 现货; the canonical to itself)."""
    return dict(_lexicon().synonyms)


def lookalikes() -> dict[str, str]:
    """Every character of lookalike_chars.txt mapped to the characters it may be typed for (冼 → 洗)."""
    return dict(_lexicon().lookalikes)


def known(word: str) -> bool:
    """Whether a word is a shop word or in jieba's dictionary (a typo such as 机冼 is not)."""
    return _lexicon().known(word)


def specificity(term: str) -> float:
    """How much a word tells, from its everyday frequency: about 4 for 在, 7 for 什么, 10 for 顺丰."""
    return _lexicon().specificity(term)
