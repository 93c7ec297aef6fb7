"""Train the lottery terms' second opinion (core/text/model.py) on the corpora's dev cases.

    pip install -e .[train]
    python tools/train_terms_model.py [--out resources/rules/models/lottery_terms.json.gz]

Reads the sets listed in tests/data/lottery_terms_sets.txt, keeps the dev cases (a held-out case is
never read into the model, nor a dev case with a held-out case's text: the bench's held-out figures
stay blind), and fits, per rule, scikit-learn's TfidfVectorizer(analyzer="char", ngram_range=(1, 2),
min_df=2, sublinear_tf=True) and LogisticRegression(C=30, class_weight="balanced", tol=1e-8) on the folded texts.
Writes the features and weights as gzipped JSON, with the digest of the training cases, then prints the
file's SHA-256 for the rules' `second_opinion` parameter. The same cases give the same file.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import tomllib
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.text.fold import fold  # noqa: E402
from core.text.model import FORMAT, corpus_digest  # noqa: E402

SETS = ROOT / "tests" / "data" / "lottery_terms_sets.txt"
# the rules with a second opinion (the absolute-claims rule reads single words, and the engine alone
# did better on it in the five folds)
RULES = ("ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions")
OUT = ROOT / "resources" / "rules" / "models" / "lottery_terms.json.gz"
MAX_ITER = 5000
NGRAM = (1, 2)  # characters and pairs of them (five folds by set over 78 sets: no worse than 1-3, half the file)


def dev_cases() -> list[tuple[str, list[str]]]:
    """The dev cases of every set, in the sets' order, but for a dev case written word for word as a
    held-out case of any set (two writers may both write "中奖要加粉丝团吗？"): the model never reads
    the text of a held-out case."""
    names = [line for line in SETS.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    cases = [case for name in names for case in tomllib.loads((SETS.parent / name).read_text(encoding="utf-8"))["case"]]
    held_out = {case["text"] for case in cases if case["split"] != "dev"}
    return [(case["text"], list(case["expect"])) for case in cases
            if case["split"] == "dev" and case["text"] not in held_out]


def train(cases: list[tuple[str, list[str]]]) -> dict:
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=NGRAM, min_df=2, sublinear_tf=True)
    matrix = vectorizer.fit_transform([fold(text).text for text, _ in cases])
    grams = vectorizer.get_feature_names_out()
    weights, intercepts = [], []
    for rule in RULES:
        # fitted to a tight tolerance: at LogisticRegression's default tol (1e-4) lbfgs stopped after 18-29
        # iterations, far from the optimum, and a retrain on 3 % more cases moved a sentence's p from 0.97
        # to 0.48; fitted so, the models of 130 and 134 sets agree within about 0.03 (some 170 iterations).
        # A fit that stops short (the iteration cap, a failed line search) warns: here that stops the trainer.
        model = LogisticRegression(C=30, max_iter=MAX_ITER, tol=1e-8, class_weight="balanced")
        with warnings.catch_warnings():
            warnings.simplefilter("error", ConvergenceWarning)
            try:
                model.fit(matrix, [rule in expect for _, expect in cases])
            except ConvergenceWarning as exc:
                raise SystemExit(f"{rule}: the fit did not converge: {exc}") from None
        weights.append(model.coef_[0])
        intercepts.append(round(float(model.intercept_[0]), 5))
    return {"format": FORMAT, "rules": list(RULES), "intercepts": intercepts, "ngram": list(NGRAM),
            "trained_on": {"cases": len(cases), "digest": corpus_digest(cases),
                           "sets": SETS.relative_to(ROOT).as_posix(), "split": "dev"},
            # rounded so the file is small (it ships in the installer): weights to 0.01, idf to 0.001 move
            # no probability of a corpus case by more than 0.003 (0.002 at most, checked on 15,422 cases)
            "grams": [str(g) for g in grams], "idf": [round(float(v), 3) for v in vectorizer.idf_],
            "weights": [[round(float(v), 2) for v in w] for w in weights]}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    cases = dev_cases()
    # gzip with no name or time in its header: the same cases give the same bytes (and SHA-256)
    data = gzip.compress(json.dumps(train(cases), ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
                         compresslevel=9, mtime=0)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(f"{args.out}: {len(cases)} dev cases, {len(data):,} bytes, sha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main()
