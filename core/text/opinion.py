"""The second opinion on a rule's findings in a text (see model.py): which of the engine's findings
stand, and which sentences the model alone finds.

A rule's `second_opinion` parameter: {model = "models/….json.gz", sha256 = "…", drop_below = 0.6,
drop_named_below = 0.3, warn_above = 0.97, keep_above = 0.998 (optional: warn_above when left out), longest = 300,
shortest = 4 (optional: 1 when left out), keep = ["unfree"]}: a finding read from a demand alone
(`Hit.inferred`) is dropped below `drop_below`, one that names what is asked (a fee, a fan level)
only below `drop_named_below` (what the seller plainly writes is hidden only when the model finds it
less likely). Each sentence is read by itself (a finding across a "？" with the sentences it spans), and only
when it is at most `longest` characters: the model was trained on cases of one or two sentences,
and a longer stretch is nothing like what it learned from; the engine's findings there stand alone. Nor does
the model alone flag a sentence of fewer than `shortest` letters and digits: "中奖" or "税费" is what a seller has
typed so far, not a sentence like those it learned from.
A sentence is not read with its neighbours: in a notice, a scam warning after a sentence that
charges would read as charging too ("…运费那个拍完就发。如有人说中奖要交保证金，别信，我们不收任何费用。").
The model alone flags no question (a question asks, and the answer after it says what holds: "到付？
不存在的，我们全部寄付"), no sentence the engine reads as about a sale, as letting go of what it asks or
as a withdrawn demand of the past (see _told), and no sentence whose weightiest runs follow a negation
or an exemption in their clause ("不补运费！") or a `loser` word ("没中奖的宝宝拍下9.9元链接就包邮"), or
come before an exemption that follows what it frees (the rule's `frees_after`: "运费15块我们出"; or
`frees_next` in the clause after the comma: "运费15块，我们来出"): it
reads characters, not what a negation covers; there the engine's reading stands. An engine finding
in a sentence that reads as compliant stays when its own clause reads as very likely breaking the
rule (above `keep_above`), or when it has a word of the `keep` classes: what the model cannot read
("不包邮" charges with the word for free postage in it).
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..errors import RulePackError
from ..rulepack import Rule, RulePack
from .fold import fold
from .model import ModelError, TermsModel, load_model, said
from .rules import Hit, Scanner, clause_spans, sentence_spans

PARAM = "second_opinion"
QUESTION_MARKS = "?？"
KEYS = ("model", "sha256", "drop_below", "drop_named_below", "warn_above", "longest", "keep")
OPTIONAL = ("keep_above", "shortest")


@dataclass(frozen=True)
class Settings:
    """A `second_opinion` value, read and checked (ValueError naming the key that is wrong). A value of before the
    split reads as it did: keep_above is warn_above and shortest 1 when left out (dataclasses.replace of warn_above
    alone moves only the warning bar)."""

    model: str
    sha256: str
    drop_below: float
    drop_named_below: float
    warn_above: float  # a sentence the rule found nothing in is a warning above this
    longest: int
    keep: tuple[str, ...]  # word classes whose findings it never drops: what a model of characters cannot read
    keep_above: float  # a finding its sentence would drop stays when its own clause reads above this
    shortest: int = 1  # the model alone flags no sentence of fewer letters and digits than this

    @classmethod
    def read(cls, value: Any) -> Settings:
        if not isinstance(value, dict):
            raise ValueError(f"应为 {{{', '.join(KEYS)}}} 这几项（可另加 {', '.join(OPTIONAL)}）")
        missing, unknown = [k for k in KEYS if k not in value], sorted(set(value) - set(KEYS + OPTIONAL))
        if missing or unknown:
            said = "；".join(part for part in (missing and f"缺少 {', '.join(missing)}",
                                               unknown and f"不认识 {', '.join(unknown)}") if part)
            raise ValueError(f"应为 {{{', '.join(KEYS)}}} 这几项（可另加 {', '.join(OPTIONAL)}）：{said}")
        value = {"keep_above": value["warn_above"], "shortest": 1, **value}
        for key in ("drop_below", "drop_named_below", "warn_above", "keep_above"):
            if isinstance(value[key], bool) or not isinstance(value[key], (int, float)) or not 0 <= value[key] <= 1:
                raise ValueError(f"{key} 应为 0 到 1 之间的数")
        if not value["drop_named_below"] <= value["drop_below"] < min(value["warn_above"], value["keep_above"]):
            raise ValueError("应有 drop_named_below ≤ drop_below < warn_above 与 keep_above")
        for key in ("longest", "shortest"):
            if isinstance(value[key], bool) or not isinstance(value[key], int) or value[key] <= 0:
                raise ValueError(f"{key} 应为正整数")
        if value["shortest"] > value["longest"]:
            raise ValueError("shortest 不应大于 longest（否则模型不会单独提醒任何句子）")
        if not isinstance(value["model"], str) or not isinstance(value["sha256"], str):
            raise ValueError("model 与 sha256 应为文字")
        if not isinstance(value["keep"], list) or not all(isinstance(k, str) for k in value["keep"]):
            raise ValueError("keep 应为词类名的列表")
        return cls(value["model"], value["sha256"], float(value["drop_below"]), float(value["drop_named_below"]),
                   float(value["warn_above"]), value["longest"], tuple(value["keep"]), float(value["keep_above"]),
                   value["shortest"])


@dataclass(frozen=True)
class SecondOpinion:
    model: TermsModel
    settings: Settings


def settings(rule: Rule, as_of: datetime) -> Settings | None:
    """The rule's second opinion in force at `as_of`, as written (None: none; an empty table turns it off)."""
    if PARAM not in rule.params:
        return None
    value: Any = rule.param(PARAM, as_of)
    if not value:
        return None
    try:
        return Settings.read(value)
    except ValueError as exc:
        raise RulePackError(f"{rule.file}: {rule.id}: {PARAM}: {exc}") from None


def second_opinion(pack: RulePack, rule: Rule, as_of: datetime) -> SecondOpinion | None:
    """The rule's second opinion in force at `as_of` (None: the engine's findings stand alone);
    RulePackError naming the rule when its model cannot be used."""
    chosen = settings(rule, as_of)
    if chosen is None:
        return None
    try:
        model = load_model(pack.file(chosen.model), chosen.sha256)
    except (ModelError, RulePackError) as exc:
        raise RulePackError(f"{rule.file}: {rule.id}: {PARAM}: {exc}") from None
    if rule.id not in model.rules:
        raise RulePackError(f"{rule.file}: {rule.id}: {PARAM}: 模型 {chosen.model} 没有这条规则")
    return SecondOpinion(model, chosen)


def reconsider(opinion: SecondOpinion, rule_id: str, text: str, hits: Sequence[Hit],
               reader: Scanner | None = None) -> list[Hit]:
    """The engine's hits the model does not find unlikely, and, as `guessed` hits, the sentences
    the model finds very likely to break the rule where the engine found nothing (in text order).
    `reader` (the rule's scanner) tells the sentences that ask or that state a negation, which the
    model alone does not flag."""
    spans = sentence_spans(text)
    starts = [a for a, _ in spans]
    model, limits = opinion.model, opinion.settings

    def unit(first: int, last: int) -> tuple[int, int] | None:
        """Sentences first to last, if not too long for the model."""
        begin, end = spans[first][0], spans[last][1]
        return (begin, end) if end - begin <= limits.longest else None

    kept: list[Hit] = []
    flagged: set[int] = set()
    for hit in hits:
        # the sentences the hit's clause spans ("邮费？中奖的宝宝自己出" is read across its "？")
        first = max(bisect.bisect_right(starts, hit.start) - 1, 0)
        last = max(bisect.bisect_right(starts, hit.end - 1) - 1, first)
        where = unit(first, last) if spans else None
        below = limits.drop_below if hit.inferred else limits.drop_named_below
        # dropped when its sentences read as compliant, unless its own clause reads above `keep_above`: a
        # disclaimer in the same sentence does not hide a fee named after it that the model is surest of
        # ("免费包邮，无需支付任何费用，邮费到付": the sentence 0.11, its clause 1.0), a scam warning stays dropped
        # ("如有人说中奖要交保证金，别信")
        kept_class = bool(limits.keep) and reader is not None and bool(reader.words_in(hit.clause, limits.keep, whole=True))
        if where is not None and not kept_class and model.probability(rule_id, text[where[0]:where[1]]) < below \
                and model.probability(rule_id, hit.clause) <= limits.keep_above:
            continue
        kept.append(hit)
        flagged.update(range(first, last + 1))
    for k in range(len(spans)):
        where = unit(k, k)
        if k in flagged or where is None:
            continue
        begin, end = where
        sentence = text[begin:end]
        if sum(c.isalnum() for c in sentence) < limits.shortest or model.probability(rule_id, sentence) <= limits.warn_above:
            continue
        runs = model.opinion(rule_id, sentence).spans
        if _asks_or_negates(sentence, runs, reader) or _told(reader, text, begin, end):
            continue
        words = _whole_words(sentence, runs, reader)
        if not words:
            continue
        lead = len(sentence) - len(sentence.lstrip())
        kept.append(Hit(sentence.strip(), words, begin + lead, inferred=True, guessed=True))
    return sorted(kept, key=lambda h: h.start)


def _told(reader: Scanner | None, text: str, begin: int, end: int) -> bool:
    """Whether the engine reads the sentence text[begin:end] as about a sale ("这单是卖的，运费8块；你中奖
    的那份是包邮的"), as letting go of what it asks (`unrelated`: "可以补5元运费，不补也照发"), or as telling
    a demand of the past now withdrawn (`past` and `withdrawn`: "原本要补8元运费，现在全部免费"): what a
    model of characters cannot read; the engine's reading stands."""
    if reader is None:
        return False
    spec, sentence = reader.spec, text[begin:end]
    return reader.about_sale(text, begin, end) or bool(reader.words_in(sentence, spec.unrelated)) \
        or bool(reader.words_in(sentence, spec.past) and reader.words_in(sentence, spec.withdrawn))


def _whole_words(sentence: str, spans: Sequence[tuple[int, int]], reader: Scanner | None) -> tuple[str, ...]:
    """The runs that weighed most, each widened to the words (jieba's, as the scan cuts them) it
    touches: "运费", not "费"."""
    if reader is None:
        return said(sentence[a:b] for a, b in spans)
    folded = fold(sentence)
    words = reader.segmenter.cut(folded.text)
    if "".join(words) != folded.text:
        return said(sentence[a:b] for a, b in spans)
    bounds: list[tuple[int, int]] = []
    at = 0
    for word in words:
        bounds.append((at, at + len(word)))
        at += len(word)
    folded_at: dict[int, int] = {}
    for i, origin in enumerate(folded.origin):
        folded_at.setdefault(origin, i)
    runs = []
    for a, b in spans:
        first, last = folded_at.get(a), folded_at.get(b - 1)
        if first is None or last is None:
            runs.append(sentence[a:b])
            continue
        start = next(s for s, e in bounds if s <= first < e)
        end = next(e for s, e in bounds if s <= last < e)
        runs.append(sentence[folded.origin[start]:folded.origin[end - 1] + 1])
    return said(runs)


def _asks_or_negates(sentence: str, spans: Sequence[tuple[int, int]], reader: Scanner | None) -> bool:
    """A question ("到付？不存在的", "中奖的宝宝要补运费吗"), or a sentence where each run that weighed
    most follows a negation or an exemption of the rule in its clause ("不补运费！", "不要到付"), or
    comes before one that follows what it frees ("运费15块我们出", "邮费0元", "运费15块，我们来出"): the model reads
    characters, not questions or what a negation covers; the engine's reading stands."""
    if sentence.rstrip()[-1:] in QUESTION_MARKS:
        return True  # "快递费？不存在的": a topic put as a question, whatever the tag ("…懂？") lets through
    if reader is None:
        return False
    if reader.asks(sentence):
        return True
    found = clause_spans(sentence, reader.spec.inline_aside)

    def negated(at: int, to: int) -> bool:
        # the clause the run stands in: the narrowest that holds it (an aside inside a clause is one)
        start, end = min(((a, b) for a, b in found if a <= at < b), key=lambda span: span[1] - span[0],
                         default=(0, len(sentence)))
        if reader.words_in(sentence[start:at], reader.spec.cancel + reader.spec.loser) \
                or reader.freed_after(sentence[at:max(end, to)]):
            return True
        # or freed by the shop paying it in the clause after its comma ("运费15块，我们来出")
        after = min(((a, b) for a, b in found if a >= end), default=None)
        return after is not None and reader.freed_next(sentence, at, end, *after)

    return bool(spans) and all(negated(a, b) for a, b in spans)


def without_second_opinion(pack: RulePack) -> RulePack:
    """The pack with every rule's second opinion taken out: the engine's findings alone (the tests
    hold the engine to the corpora by itself, and the bench prints both)."""
    rules = {rid: dataclasses.replace(rule, params={n: v for n, v in rule.params.items() if n != PARAM})
             if PARAM in rule.params else rule for rid, rule in pack.rules.items()}
    return dataclasses.replace(pack, rules=rules)
