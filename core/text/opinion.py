"""The second opinion on a rule's findings in a text (see model.py): which of the engine's findings
stand, and which sentences the model alone finds.

A rule's `second_opinion` parameter: {model = "models/….json.gz", sha256 = "…", drop_below = 0.2,
drop_named_below = 0.1, warn_above = 0.95, longest = 300}: a finding read from a demand alone
(`Hit.inferred`) is dropped below `drop_below`, one that names what is asked (a fee, a fan level)
only below `drop_named_below` (what the seller plainly writes is hidden only when the model is
surest). Each sentence is read by itself (a finding across a "？" with the sentences it spans), and only
when it is at most `longest` characters: the model was trained on cases of one or two sentences,
and a longer stretch is nothing like what it learned from; the engine's findings there stand alone.
A sentence is not read with its neighbours: in a notice, a scam warning after a sentence that
charges would read as charging too ("…运费那个拍完就发。如有人说中奖要交保证金，别信，我们不收任何费用。").
The model alone flags no question: a question asks, and the answer after it says what holds
("到付？不存在的，我们全部寄付").
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
from .model import ModelError, TermsModel, load_model
from .rules import Hit, sentence_spans

PARAM = "second_opinion"
QUESTION_MARKS = "?？"


@dataclass(frozen=True)
class SecondOpinion:
    model: TermsModel
    drop_below: float
    drop_named_below: float
    warn_above: float
    longest: int


def second_opinion(pack: RulePack, rule: Rule, as_of: datetime) -> SecondOpinion | None:
    """The rule's second opinion in force at `as_of` (None: the engine's findings stand alone)."""
    if PARAM not in rule.params:
        return None
    value: Any = rule.param(PARAM, as_of)
    if not value:
        return None
    try:
        model = load_model(pack.file(str(value["model"])), str(value["sha256"]))
        opinion = SecondOpinion(model, float(value["drop_below"]), float(value["drop_named_below"]),
                                float(value["warn_above"]), int(value["longest"]))
    except (KeyError, TypeError, ValueError) as exc:
        if isinstance(exc, ModelError):
            raise RulePackError(f"{rule.file}: {rule.id}: {PARAM}: {exc}") from None
        raise RulePackError(f"{rule.file}: {rule.id}: {PARAM} 应为 {{model, sha256, drop_below, drop_named_below, "
                            f"warn_above, longest}}：{exc}") from None
    if rule.id not in model.rules:
        raise RulePackError(f"{rule.file}: {rule.id}: {PARAM} 的模型没有这条规则")
    return opinion


def reconsider(opinion: SecondOpinion, rule_id: str, text: str, hits: Sequence[Hit]) -> list[Hit]:
    """The engine's hits the model does not find very unlikely, and, as `guessed` hits, the sentences
    the model finds very likely to break the rule where the engine found nothing (in text order)."""
    spans = sentence_spans(text)
    starts = [a for a, _ in spans]

    def unit(first: int, last: int) -> tuple[int, int] | None:
        """Sentences first to last, if not too long for the model."""
        begin, end = spans[first][0], spans[last][1]
        return (begin, end) if end - begin <= opinion.longest else None

    kept: list[Hit] = []
    flagged: set[int] = set()
    for hit in hits:
        # the sentences the hit's clause spans ("邮费？中奖的宝宝自己出" is read across its "？")
        first = max(bisect.bisect_right(starts, hit.start) - 1, 0)
        last = max(bisect.bisect_right(starts, hit.start + len(hit.clause) - 1) - 1, first)
        where = unit(first, last) if spans else None
        below = opinion.drop_below if hit.inferred else opinion.drop_named_below
        if where is not None and opinion.model.probability(rule_id, text[where[0]:where[1]]) < below:
            continue
        kept.append(hit)
        flagged.update(range(first, last + 1))
    for k in range(len(spans)):
        where = unit(k, k)
        if k in flagged or where is None or text[:spans[k][1]].rstrip()[-1:] in QUESTION_MARKS:
            continue  # a question asks, it demands nothing ("快递到付？不存在的，我们全部寄付")
        begin, end = where
        if opinion.model.probability(rule_id, text[begin:end]) <= opinion.warn_above:
            continue
        said = opinion.model.opinion(rule_id, text[begin:end])
        if not said.spans:
            continue
        clause = text[begin:end]
        lead = len(clause) - len(clause.lstrip())
        kept.append(Hit(clause.strip(), said.words, begin + lead, inferred=True, guessed=True))
    return sorted(kept, key=lambda h: h.start)



def without_second_opinion(pack: RulePack) -> RulePack:
    """The pack with every rule's second opinion taken out: the engine's findings alone (the tests
    hold the engine to the corpora by itself, and the bench prints both)."""
    rules = {rid: dataclasses.replace(rule, params={n: v for n, v in rule.params.items() if n != PARAM})
             if PARAM in rule.params else rule for rid, rule in pack.rules.items()}
    return dataclasses.replace(pack, rules=rules)
