"""A second opinion on the free-text rules: a linear model over the characters of a sentence.

The rule-text engine (rules.py) reads what a clause asks by its words; it is exact where the pack's
words and patterns foresaw the writing, and wrong where they did not, both ways. The model was
trained on the labelled corpora's dev cases (tools/train_terms_model.py; never on a held-out case):
it weighs every character of a sentence and every run of two, so it knows how sentences that break a
rule tend to read without knowing why. The check uses it only as a second opinion on a sentence:

- a finding of the engine in a sentence the model finds unlikely to break the rule is dropped;
- a sentence the model finds very likely to break it, where the engine found nothing, is a warning
  that names the character runs that weighed most (the seller sees why, and is asked to look).

The thresholds are the rule's dated `second_opinion` parameter; the model is a file of the rule
pack (models/*.json.gz), shipped and signed with it and named with its SHA-256 by that parameter.
The features are those of scikit-learn's TfidfVectorizer(analyzer="char", ngram_range=(1, 2),
sublinear_tf=True) and the weights those of its LogisticRegression, computed here without it, on
folded text (full-width, case, Traditional characters, no whitespace) as the trainer folded it.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .caches import TEXT_CHARS, SizedCache
from .fold import fold

FORMAT = 1
_PUNCTUATION = "，。！？、；：,.!?;:~～…—-“”‘’\"'（）()【】[] \u3000"
_KEPT_MODELS = 3  # an install reads a pack's model where it is tested and where it is installed
_LOCK = threading.Lock()
_MODELS: dict[tuple[str, str], TermsModel] = {}


class ModelError(ValueError):
    """A model file that cannot be used: missing, altered, or not a model of this format."""


@dataclass(frozen=True)
class Opinion:
    probability: float  # that the text breaks the rule
    spans: tuple[tuple[int, int], ...]  # where the runs that weighed most toward the rule are, in order
    text: str

    @property
    def words(self) -> tuple[str, ...]:
        """Those runs as written (see said)."""
        return said(self.text[a:b] for a, b in self.spans)


def said(runs: Iterable[str]) -> tuple[str, ...]:
    """Runs to name to a seller: each once, without punctuation, a run of one character only when
    there is no longer one."""
    kept = [r for r in dict.fromkeys(r.strip(_PUNCTUATION) for r in runs) if any(ch.isalnum() for ch in r)]
    longer = [r for r in kept if len(r) > 1]
    return tuple(longer or kept)


def corpus_digest(cases: Iterable[tuple[str, Sequence[str]]]) -> str:
    """The SHA-256 of the training cases (text and expected rules, in order): the model file names
    the digest of what it was trained on, so a test can tell that it was trained on the dev cases as
    they are now, and on no held-out case."""
    payload = json.dumps([[text, sorted(expect)] for text, expect in cases], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class _Read:
    """A text's features: its folded reading, where each character came from, the index of each
    feature it has with its tf-idf value (l2-normalised), and where each occurs in the reading."""

    reading: str
    origin: tuple[int, ...]
    values: dict[int, float]
    at: dict[int, list[int]]


class TermsModel:
    """The model of a file (see the module doc): `probability` and `opinion` per rule and text."""

    def __init__(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ModelError(f"不是第 {FORMAT} 版的文案模型")
        self.meta = {k: v for k, v in data.items() if k not in ("grams", "idf", "weights")}
        self.rules: tuple[str, ...] = tuple(data["rules"])
        self.intercepts: tuple[float, ...] = tuple(float(b) for b in data["intercepts"])
        low, high = data["ngram"]
        self.ngram = range(int(low), int(high) + 1)
        grams: list[str] = data["grams"]
        self.index = {gram: i for i, gram in enumerate(grams)}
        self.grams = grams
        self.idf: list[float] = data["idf"]
        self.weights: list[list[float]] = data["weights"]
        if len(self.idf) != len(grams) or len(self.weights) != len(self.rules) \
                or len(self.intercepts) != len(self.rules) or any(len(w) != len(grams) for w in self.weights):
            raise ModelError("模型的特征、权重与规则数目不一致")
        # the probabilities of a text are kept (a few floats; a keystroke asks again only about the
        # sentence it changed); what the text's features are is worked out again when a guess is explained
        self._scores = SizedCache(self._scores_uncached, 4096, TEXT_CHARS)
        self._opinions = SizedCache(self._opinion_uncached, 512, TEXT_CHARS)

    def probability(self, rule: str, text: str) -> float:
        """The probability that `text` breaks `rule`."""
        return self._scores(text)[self.rules.index(rule)]

    def opinion(self, rule: str, text: str, top: int = 3) -> Opinion:
        """The probability, and where the `top` runs that weighed most toward the rule are (kept: a
        keystroke explains again only the sentence it changed)."""
        return self._opinions(text, rule, top)

    def _opinion_uncached(self, text: str, rule: str, top: int) -> Opinion:
        r = self.rules.index(rule)
        read = self._read(text)
        parts = {i: v * self.weights[r][i] for i, v in read.values.items()}
        return Opinion(self._scores(text)[r], _strongest(read, parts, self.grams, top), text)

    def _read(self, text: str) -> _Read:
        folded = fold(text)  # (folding drops whitespace, as it did for the trainer)
        reading, origin = folded.text, folded.origin
        counts: Counter[int] = Counter()
        at: dict[int, list[int]] = {}
        index = self.index
        for n in self.ngram:
            for i in range(len(reading) - n + 1):
                k = index.get(reading[i:i + n])
                if k is not None:
                    counts[k] += 1
                    at.setdefault(k, []).append(i)
        values = {k: (1 + math.log(c)) * self.idf[k] for k, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        return _Read(reading, tuple(origin), {k: v / norm for k, v in values.items()}, at)

    def _scores_uncached(self, text: str) -> tuple[float, ...]:
        values = self._read(text).values
        out = []
        for weights, intercept in zip(self.weights, self.intercepts, strict=True):
            score = intercept + sum(v * weights[k] for k, v in values.items())
            out.append(1 / (1 + math.exp(-score)) if score > -500 else 0.0)
        return tuple(out)


def _strongest(read: _Read, parts: dict[int, float], grams: Sequence[str], top: int) -> tuple[tuple[int, int], ...]:
    """Where, in the text as written, the runs that weigh most toward the rule are: the `top` heaviest
    runs, those that overlap or touch made one stretch, in text order."""
    reading = read.reading
    heaviest = sorted((k for k, part in parts.items() if part > 0), key=lambda k: -parts[k])[:top]
    weight = [0.0] * len(reading)
    for k in heaviest:
        size = len(grams[k])
        for i in read.at[k]:
            for j in range(i, i + size):
                weight[j] += parts[k] / size
    stretches: list[tuple[float, int, int]] = []
    i = 0
    while i < len(reading):
        if not weight[i] or reading[i].isspace():
            i += 1
            continue
        j = i
        while j < len(reading) and weight[j] and not reading[j].isspace():
            j += 1
        stretches.append((sum(weight[i:j]), i, j))
        i = j
    best = sorted(stretches, reverse=True)[:top]
    return tuple((read.origin[a], read.origin[b - 1] + 1) for _, a, b in sorted(best, key=lambda s: s[1]))


def load_model(path: Path, sha256: str) -> TermsModel:
    """The model in `path`, which must have the SHA-256 the rule names (read once per process)."""
    key = (str(path), sha256)
    with _LOCK:
        if key in _MODELS:
            _MODELS[key] = _MODELS.pop(key)  # the newest last
            return _MODELS[key]
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ModelError(f"{path.name}: 文件缺失") from None
    except OSError as exc:
        raise ModelError(f"{path.name}: 无法读取（{exc.strerror or exc}）") from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ModelError(f"{path.name}: 文件与规则包记载的校验值不符")
    try:
        model = TermsModel(json.loads(gzip.decompress(data).decode("utf-8")))
    except (OSError, EOFError, UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise ModelError(f"{path.name}: 无法读取（{exc}）") from None
    with _LOCK:
        _MODELS[key] = model
        while len(_MODELS) > _KEPT_MODELS:  # ~10 MB each: packs tried and left go
            _MODELS.pop(next(iter(_MODELS)))
    return model
