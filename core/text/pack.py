"""Text specs from a rule pack: one scanner per rule and moment, one segmenter per pack.

Every rule parameter named `<class>_words` in the pack (at any of its dates) is added to one jieba
segmenter for the pack, so how a text is cut does not depend on which check ran first.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from ..rulepack import Rule, RulePack
from .rules import WORDS_SUFFIX, Scanner, Spec, segmenter_for, spec_from_params

_LOCK = threading.Lock()
_WORDS: dict[int, tuple[RulePack, frozenset[str]]] = {}
_SCANNERS: dict[tuple[Any, ...], tuple[RulePack, Scanner]] = {}
_MAX_SCANNERS = 64


def pack_words(pack: RulePack) -> frozenset[str]:
    """The literal words of every text spec in the pack, folded."""
    with _LOCK:
        held = _WORDS.get(id(pack))
        if held is not None and held[0] is pack:
            return held[1]
    words: set[str] = set()
    for rule in pack:
        for name, values in rule.params.items():
            if not name.endswith(WORDS_SUFFIX):
                continue
            for dated in values:
                if isinstance(dated.value, list):
                    words.update(_literal(e) for e in dated.value if isinstance(e, str))
    found = frozenset(w for w in words if w)
    with _LOCK:
        if len(_WORDS) >= 4:
            _WORDS.pop(next(iter(_WORDS)))
        _WORDS[id(pack)] = (pack, found)
    return found


def _literal(entry: str) -> str:
    from .fold import simplified

    entry = entry.strip()
    if entry.startswith("re:") or entry.endswith("*") or entry.startswith("*"):
        return ""
    return "".join(simplified(entry.lstrip("!")).split())


def scanner(pack: RulePack, rule: Rule | str, as_of: datetime) -> Scanner:
    """The scanner of a rule's text spec in force at `as_of`."""
    rule = pack[rule] if isinstance(rule, str) else rule
    params = rule.params_as_of(as_of)
    key = (id(pack), rule.id, tuple((name, id(value)) for name, value in params.items()))
    with _LOCK:
        held = _SCANNERS.get(key)
        if held is not None and held[0] is pack:
            return held[1]
    spec: Spec = spec_from_params(rule.id, params)
    made = Scanner(spec, segmenter_for(pack_words(pack)))
    with _LOCK:
        if len(_SCANNERS) >= _MAX_SCANNERS:
            _SCANNERS.pop(next(iter(_SCANNERS)))
        _SCANNERS[key] = (pack, made)
    return made
