"""Which knowledge entry the bot would answer a buyer's question with, and why.

Each enabled entry's standard and similar questions are cut into words (core.bot.text), one row per
question, and indexed by word (which rows use it). A question is answered in two steps:

1. Recall: the best `RECALL` rows that share a word with the buyer's question, by bm25 (as SQLite
   FTS5 computes it, which this index replaced: ranking thousands of rows there took most of a question's time).
2. Score (re-rank): each recalled question gets a score from 0 to 1 — the share of its own words the
   buyer used and the share of the buyer's words its entry's questions explain, combined as a
   weighted geometric mean (the first weighs STORED_SIDE): both must be high.
   Words are weighted by their rarity in the knowledge (bm25's idf) times their rarity in everyday
   Chinese (jieba's word frequencies), so "满减" counts more than "现在" and "顺丰" more than "发货".
   A near-verbatim question (rapidfuzz ratio of the raw texts at least NEAR_VERBATIM) scores that
   ratio when it is higher: a typo or a missing particle does not hurt.

Before both steps the buyer's words are completed by sound (core.bot.pinyin): pinyin typed for a
word ("fahuo"), its initials ("kd") or a homophone typo ("发或") adds the knowledge word it sounds like.
In the buyer's side of the score such a word and the typed words it reads again count once: as the
sound word when the entry uses it (the typo's characters are then not held against the entry), else as
what was typed (a chance homophone across two words is not held against it).

The best entry answers when its score reaches the threshold; below it the bot hands over ("转人工").

Threads: a matcher built in a worker thread can be handed to the UI thread; matching only reads the
index (and fills a cache of stored questions' weights, whose entries never change), so threads may
share it.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import NamedTuple

from rapidfuzz import fuzz

from . import text
from .. import limits
from ..progress import Progress
from .knowledge import Entry
from .pinyin import PinyinIndex

# Tuning knob, not a platform rule (the platforms do not publish theirs): the score from which the bot
# answers. Chosen as the lowest score at which nine in ten questions about something else stay with a
# human on the tuning part of the labelled questions (bench/bot_match.py), with the built-in knowledge
# as shipped: 0.6 before its similar questions were widened to ten an entry, 0.64 since (a wrong
# answer misleads a buyer, a hand-over only costs a reply). Raise it if sellers see wrong answers,
# lower it for more answers.
DEFAULT_THRESHOLD = 0.64
RECALL = 100
STEP_ENTRIES = 100  # entries indexed between two progress checks (~50 ms of work for 10,000 entries' 110,000 questions is 500 steps)
# Speed with big knowledge bases: a word found in more than this share of the stored questions (and in
# more than RECALL_COMMON_MIN of them) is left out of the recall query unless it is one of the
# question's RECALL_KEEP rarest words. bm25 would rank it low anyway, and scoring thousands of rows
# for "怎么" is what makes a query slow. It still counts in the score. 0.02 until the built-in
# knowledge grew to ten similar questions an entry (10,000 entries: 110,000 questions); at 0.01 the
# p95 of bench/bot_match.py went from 12.8 to 10.0 ms (paired, same process) for 1.5 points of top-1
# on its 10,000-entry tuning part; the built-in knowledge alone is below RECALL_COMMON_MIN either way.
# Back to 0.02 once recall left SQLite FTS5 for the word index: 0.01 → 0.02 gave 11 more of the 596
# tuning questions at 10,000 entries (2 fewer of 148 handed over) at a p95 of 3.2 ms, batch 1.7 s;
# 0.03 and 0.05 gave more top-1 still but fewer hand-overs and a batch of 2.4 and 3.0 s.
RECALL_COMMON_SHARE = 0.02
RECALL_COMMON_MIN = 500
RECALL_KEEP = 2
NEAR_VERBATIM = 0.8
# A message at least LONG_ASK characters long that no entry answers as a whole is tried part by part
# (cut at punctuation; parts shorter than PART_MIN left out); a part answers only PART_MARGIN above
# the threshold: alone, a part says less about what the buyer wants than the whole message.
LONG_ASK = 12
PART_MIN = 4
PART_MARGIN = 0.0
# A part whose best entry is the whole message's best too, with words of the message outside the part
# in common with it, is a second witness: the two scores combine as 1 - (1 - whole)(1 - part) when both
# reach PART_AGREE (two of 0.4 make 0.64). One word found twice (in the part and so in the whole) is not.
PART_AGREE = 0.4
_PARTS = re.compile(r"[，,。.！!？?；;、\s~～…]+")
# Share of the score from "the stored question's words are all in the buyer's question" versus "the
# buyer's words are all explained by the stored question". Buyers add detail ("我昨天买的外套"), so
# the stored question's side weighs more.
STORED_SIDE = 0.6


@dataclass(frozen=True)
class Candidate:
    """An entry the question resembles: its score, the question that matched and the shared words."""

    entry: Entry
    score: float
    question: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    """What the bot does with one question: `entry` answers it, or None hands it to a human."""

    ask: str
    entry: Entry | None
    score: float
    question: str
    words: tuple[str, ...]
    best: Candidate | None
    threshold: float

    @property
    def answered(self) -> bool:
        return self.entry is not None

    @property
    def entry_id(self) -> str | None:
        return self.entry.id if self.entry else None

    def reason(self) -> str:
        """Why, in the seller's words: the matched question, how sure the match is and the words in
        common, or why it goes to a human."""
        shown = "、".join(self.words)
        if self.entry is not None:
            return f"命中“{self.question}”，{certainty(self.score, self.threshold)}（相同的词：{shown}）"
        if self.best is None:
            return "知识库中没有包含这些词的问题：转人工"
        return (f"把握不够，转人工（最接近的是“{self.best.question}”，"
                f"相同的词：{'、'.join(self.best.words) or '无'}）")

    def as_fact(self) -> dict[str, object]:
        """The CLI fact: {ask, match (entry id or null), score, words}."""
        return {"ask": self.ask, "match": self.entry_id, "score": round(self.score, 2),
                "words": list(self.words)}


def certainty(score: float, threshold: float) -> str:
    """How sure a match is, in words (the score stays in the CLI's JSON)."""
    if score < threshold:
        return "把握不够"
    if score >= 0.85:
        return "很有把握"
    return "比较有把握" if score >= threshold + (1 - threshold) / 2 else "有一定把握"


@dataclass(frozen=True)
class _Words:
    """A question's words as typed and the knowledge words it sounds like (core.bot.pinyin)."""

    typed: list[text.Word]
    sounds: list[text.Word]

    @property
    def all(self) -> list[text.Word]:
        return self.typed + self.sounds

    def readings(self) -> list[tuple[dict[str, str], set[str], dict[str, frozenset[str]]]]:
        """The sound words with the typed words they read again, as ({sound term: what was typed for
        it}, typed terms, {sound term: the typed terms inside what was typed for it}): words that
        share characters with each other join one group."""
        groups: list[tuple[dict[str, str], set[str], dict[str, frozenset[str]]]] = []
        for sound in self.sounds:
            typed = {w.term for w in self.typed if _overlap(w.surface, sound.surface)}
            inside = frozenset(w.term for w in self.typed if w.surface in sound.surface)
            group = ({sound.term: sound.surface}, typed, {sound.term: inside})
            for other in [g for g in groups
                          if g[1] & typed or any(_overlap(sound.surface, s) for s in g[0].values())]:
                groups.remove(other)
                group[0].update(other[0])
                group[1].update(other[1])
                group[2].update(other[2])
            groups.append(group)
        return groups


def _overlap(a: str, b: str) -> bool:
    """Whether two pieces of one question may be the same characters: one holds the other, or one
    ends with what the other starts with (two letters at least for pinyin)."""
    least = 2 if a.isascii() or b.isascii() else 1
    if len(a) >= least and a in b or len(b) >= least and b in a:
        return True
    return any(a[-k:] == b[:k] or b[-k:] == a[:k] for k in range(least, min(len(a), len(b)) + 1))


class _Reading(NamedTuple):
    """Sound words and the typed words they read again (see _Words.readings)."""

    sounds: dict[str, str]  # sound term → what was typed for it
    inside: dict[str, frozenset[str]]  # sound term → the typed terms inside what was typed for it
    heard: frozenset[str]  # the sound terms
    typed: frozenset[str]  # the typed terms they read again
    typed_weight: float


@dataclass(frozen=True)
class _Ask:
    """One question as _score needs it: its terms, those not re-read by sound (`plain`), the groups
    of sound words with the typed words they re-read, and each term's weight."""

    terms: frozenset[str]
    plain: frozenset[str]
    plain_weight: float
    readings: list[_Reading]
    flat: str
    weight: dict[str, float]


@dataclass(frozen=True)
class _Question:
    entry: Entry
    text: str
    flat: str
    terms: frozenset[str]
    entry_terms: frozenset[str]  # the words of all the entry's questions


class Matcher:
    """An index of the enabled entries for one platform (None: entries of every platform)."""

    def __init__(self, entries: Iterable[Entry], *, platform: str | None = None,
                 threshold: float = DEFAULT_THRESHOLD, progress: Progress | None = None) -> None:
        """Index the entries; `progress` is checked every STEP_ENTRIES entries (10,000 take seconds:
        a worker building the index lets the window paint, and a cancel stops it)."""
        if not 0.0 <= threshold <= 1.0:
            raise ValueError("threshold must lie between 0 and 1")
        self.threshold = threshold
        self._questions: list[_Question] = []
        counts: Counter[str] = Counter()
        for n, entry in enumerate(entries):
            if progress is not None and n % STEP_ENTRIES == 0:
                progress.check()
            if not entry.enabled or not entry.serves(platform):
                continue
            cut = [(asked, frozenset(text.terms(asked))) for asked in entry.questions]
            entry_terms = frozenset().union(*(terms for _, terms in cut))
            for asked, terms in cut:
                if terms:
                    self._questions.append(_Question(entry, asked, _flat(asked), terms, entry_terms))
                    counts.update(terms)
        self.entry_count = len({q.entry.id for q in self._questions})
        total = len(self._questions)
        self._counts = counts
        self._common = max(RECALL_COMMON_MIN, RECALL_COMMON_SHARE * total)
        self._idf = {t: _idf(total, n) * _spec(t) for t, n in counts.items()}
        self._sounds = PinyinIndex(counts, text.synonyms(), text.lookalikes())
        self._weights: dict[frozenset[str], float] = {}
        self._unknown = _idf(total, 1)
        self._closed = False
        self._rows: dict[str, list[int]] = {}  # word → the stored questions (rows) that use it
        for i, q in enumerate(self._questions):
            for t in q.terms:
                self._rows.setdefault(t, []).append(i)
        # bm25 with FTS5's constants (k1 1.2, b 0.75): a word is in a question once, so a row's score is
        # a factor of its length times the idf of the words it shares with the buyer's question.
        self._bm25_idf = {t: max(math.log((total - n + 0.5) / (n + 0.5)), 1e-6) for t, n in counts.items()}
        average = sum(len(q.terms) for q in self._questions) / max(total, 1)
        self._length = [2.2 / (1.3 + 0.9 * len(q.terms) / average) for q in self._questions]

    def __len__(self) -> int:
        """The number of entries that can answer."""
        return self.entry_count

    def close(self) -> None:
        """Let go of the index; matching on a closed matcher is a bug and raises."""
        self._rows = {}
        self._closed = True

    def candidates(self, ask: str, limit: int = 5) -> list[Candidate]:
        """The entries the question resembles most, best first, whatever their score. A question
        longer than limits.MAX_QUESTION_CHARS is matched on its beginning (no buyer types more; a
        pasted essay must not cost seconds and gigabytes)."""
        ask = ask[:limits.MAX_QUESTION_CHARS]
        words = self._words(ask)
        return self._rank(words, _flat(ask), self._recall(words.all), limit)

    def match(self, ask: str) -> Match:
        """The entry the bot answers `ask` with, or none (转人工) when the best score is below the threshold."""
        ask = ask[:limits.MAX_QUESTION_CHARS]
        words = self._words(ask)
        rows = self._recall(words.all)
        found = self._rank(words, _flat(ask), rows, 1)
        best = found[0] if found else None
        if (best is None or best.score < self.threshold) and len(ask) >= LONG_ASK:
            best = self._best_part(ask, rows, best)
        if best is None or best.score < self.threshold:
            return Match(ask, None, best.score if best else 0.0, "", (), best, self.threshold)
        return Match(ask, best.entry, best.score, best.question, best.words, best, self.threshold)

    def _best_part(self, ask: str, rows: list[int], best: Candidate | None) -> Candidate | None:
        """A long message asks its question in one of its parts ("我前天拍了一件羽绒服，到现在都没有
        物流，能不能帮我催一下"): the best part, when it is sure enough on its own (PART_MARGIN above
        the threshold) or with the whole message agreeing (PART_AGREE), else `best` as it was. The
        parts are scored against the questions the whole message recalled (its words include theirs):
        no further search."""
        parts = [p for p in _PARTS.split(ask) if len(p.strip()) >= PART_MIN]
        if len(parts) < 2:
            return best
        whole = best
        for part in parts:
            found = self._rank(self._words(part), _flat(part), rows, 1)
            if not found:
                continue
            said = found[0]
            if (whole is not None and said.entry.id == whole.entry.id and min(said.score, whole.score) >= PART_AGREE
                    and set(whole.words) - set(said.words)):
                said = replace(whole, score=round(1 - (1 - whole.score) * (1 - said.score), 4))
            if said.score >= self.threshold + PART_MARGIN and (best is None or said.score > best.score):
                best = said
        return best

    def _words(self, ask: str) -> _Words:
        """The question's words, completed by sound (pinyin, initials, homophones)."""
        words = text.words(ask)
        return _Words(words, self._sounds.words(text.normalize(ask), {w.term for w in words}))

    def _recall(self, words: list[text.Word]) -> list[int]:
        """The stored questions (rows) worth scoring: bm25's best RECALL for the question's words."""
        if self._closed:
            raise RuntimeError("matcher is closed")
        terms = list(dict.fromkeys(w.term for w in words))
        if not terms:
            return []
        by_rarity = sorted(terms, key=lambda t: self._counts.get(t, 0))
        recall = [t for i, t in enumerate(by_rarity) if i < RECALL_KEEP or self._counts[t] <= self._common]
        shared: dict[int, float] = {}
        for t in recall:
            idf = self._bm25_idf.get(t, 0.0)
            for row in self._rows.get(t, ()):
                shared[row] = shared.get(row, 0.0) + idf
        length = self._length
        score = {row: idf * length[row] for row, idf in shared.items()}
        # ties go to the lower row, as FTS5's ORDER BY rank keeps them
        return heapq.nlargest(RECALL, score, key=lambda row: (score[row], -row))

    def _rank(self, words: _Words, flat: str, rows: list[int], limit: int) -> list[Candidate]:
        terms = list(dict.fromkeys(w.term for w in words.all))
        if not terms or not rows:
            return []
        ask = self._ask(words, terms, flat)
        best: dict[str, tuple[float, _Question]] = {}
        for rowid in rows:
            stored = self._questions[rowid]
            score = self._score(ask, stored)
            held = best.get(stored.entry.id)
            if held is None or score > held[0]:
                best[stored.entry.id] = (score, stored)
        ranked = sorted(best.values(), key=lambda pair: -pair[0])
        return [Candidate(q.entry, round(score, 4), q.text,
                          tuple(dict.fromkeys(w.surface for w in words.all if w.term in q.terms)))
                for score, q in ranked[:limit]]

    def _ask(self, words: _Words, terms: list[str], flat: str) -> _Ask:
        weight = {t: self._weight((t,)) for t in terms}
        readings = [_Reading(sounds, inside, frozenset(sounds), frozenset(typed), sum(weight[t] for t in typed))
                    for sounds, typed, inside in words.readings()]
        plain = frozenset(terms).difference(*(heard | typed for _, _, heard, typed, _ in readings))
        return _Ask(frozenset(terms), plain, sum(weight[t] for t in plain), readings, flat, weight)

    def _stored_weight(self, terms: frozenset[str]) -> float:
        """_weight of a stored question's words, computed once (the index does not change)."""
        held = self._weights.get(terms)
        if held is None:
            held = self._weights[terms] = self._weight(terms)
        return held

    def _weight(self, terms: Iterable[str]) -> float:
        total = sum(self._idf[t] if t in self._idf else self._unknown * _spec(t) for t in terms)
        return max(total, 1e-9)

    def _score(self, ask: _Ask, stored: _Question) -> float:
        # The stored side is one question; the buyer's side may be explained by any of the entry's
        # questions ("奖品" from one, "怎么领" from another).
        # A weighted geometric mean: both sides must be high. An arithmetic mean let a short stored
        # question ("是直播间那款吗", one word once particles go) answer any question sharing that
        # word ("快手怎么开通直播").
        weight = ask.weight
        stored_side = sum(weight[t] for t in ask.terms & stored.terms) / self._stored_weight(stored.terms)
        explained = sum(weight[t] for t in ask.plain & stored.entry_terms)
        total = ask.plain_weight
        for sounds, inside, terms, typed, typed_weight in ask.readings:
            # What the buyer typed, or the word it sounds like when that is what the entry uses
            # ("付歀" read as 付款: 付 and 歀 are not left unexplained; "有微信" read as 有味 is not
            # counted against an entry that explains 微信). A longer reading of the same letters
            # the entry does not use counts against it ("youhuiquan": 优惠券 over 优惠), and so do
            # typed words the reading only overlaps.
            heard = terms & stored.entry_terms
            if heard:
                found = sum(weight[t] for t in heard)
                longer = sum(weight[t] for t, typed_as in sounds.items() if t not in heard
                             and any(sounds[h] in typed_as and sounds[h] != typed_as for h in heard))
                rest = typed.difference(*(inside[h] for h in heard))
                explained += found + sum(weight[t] for t in rest & stored.entry_terms)
                total += found + longer + sum(weight[t] for t in rest)
            else:
                explained += sum(weight[t] for t in typed & stored.entry_terms)
                total += typed_weight
        buyer_side = explained / max(total, 1e-9)
        lexical: float = stored_side ** STORED_SIDE * buyer_side ** (1 - STORED_SIDE)
        verbatim = fuzz.ratio(ask.flat, stored.flat) / 100.0
        return max(lexical, verbatim) if verbatim >= NEAR_VERBATIM else lexical


def _idf(total: int, containing: int) -> float:
    return math.log(1.0 + (total - containing + 0.5) / (containing + 0.5))


def _spec(term: str) -> float:
    return text.specificity(term) / 10.0


def _flat(question: str) -> str:
    return text.normalize(question).replace(" ", "")
