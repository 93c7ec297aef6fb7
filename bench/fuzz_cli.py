"""Fuzzing `python -m core check` (issue #19): mutated contract examples through the CLI's code path.

    python bench/fuzz_cli.py [--runs 1500] [--seed 19] [--kind lottery ...]

For each kind, `--runs` inputs (default 1,500: 10,500 in all) are made from its contract example
(resources/examples/KIND.json) by one to three mutations each, with a seeded random generator:

- replace a random node (a leaf or a whole list or object) with a hostile value (HOSTILE: huge
  numbers, 1e308, NaN and infinities, lone surrogates, years 1 and 9999 with extreme offsets, long
  texts, wrong types, a 5,000-digit number, nesting 100,000 deep) or with random JSON;
- delete a random key or list item; add a known field with a random value; repeat a list item;
  wrap a node in deep nesting; empty a list or an object.

Each input is written to a file and checked in-process by core.cli.main, with stdout and stderr strict
text streams (UTF-8, or GBK for every fifth run: a Chinese Windows console), at a random --as-of and
--format. Prints the uncaught exceptions (by type and kind), exit codes outside 0/1/2, the runs over
2 s, the slowest run, and the peak RSS of a subprocess checking a bot plan whose question is 5 MB
(resource.getrusage(RUSAGE_CHILDREN).ru_maxrss). Targets: 0 crashes, 0 runs over 2 s, ≤ 300 MB.

tests/core/test_fuzz.py drives the same mutations (MUTATIONS, apply, render, materialize) with
Hypothesis.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import io
import json
import math
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.checks import ALL_KINDS

EXAMPLES = ROOT / "resources" / "examples"
SLOW_S = 2.0
RSS_TARGET_MB = 300
AS_OF = ("2022-01-27", "2022-12-06", "2023-04-05", "2023-06-10T21:30", "2024-02-01")
MUTATIONS = ("replace", "replace", "replace", "delete", "add", "repeat", "deep", "empty")


@dataclass(frozen=True)
class Deep:
    """A value nested `depth` lists deep (as JSON text: "[[[…]]]"; json.dumps cannot write it)."""

    depth: int
    inner: Any = None


@dataclass(frozen=True)
class BigNumber:
    """A whole number of `digits` nines (as JSON text; past 4,300 digits Python cannot print it)."""

    digits: int


HOSTILE: list[Any] = [
    None, True, False, 0, -1, 1, 2**31, 2**63, 10**12, 10**400 - 1, -(10**400), 1e308, -1e308, 5e-324, 0.5,
    4.52, math.nan, math.inf, -math.inf,
    "", " ", "0", "-1", "1e400", "nan", "NaN", "Infinity", "abc", "99999999999999999999", "1" * 16, "１２",
    "\ud800", "a\udfffb", "\x00", "😀", "\u202e", "\n", "顶级", "包邮",
    "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "0001-01-01", "9999-12-31", "1999-12-31T23:59:59",
    "2100-12-31T23:59:59-12:00", "2023-06-10T20:00:00+08:00", "2023-06-10", "2023-06-10T25:00", "09:00", "24:00",
    "kuaishou", "douyin", "taobao", "personal", "flagship", "enterprise", "on_sale", "off_sale", "anchor", "shop",
    "alliance", "own", "counterfeit", "refund_before_shipment", "return_shipped",
    "字" * 30_000, "发货" * 300, "x" * 400,
    [], [None], [1, 2, 3], ["a"], [{}], [[[]]], ["09:00", "21:00"], ["二手", "二手车", "二手车"], list(range(100_001)),
    {}, {"": None}, {"a": 1}, {"\ud800": 1},
    BigNumber(5000), BigNumber(41), Deep(60), Deep(100_000),
]
# Fields the contract documents beyond the examples (and a few of each kind), to add where missing.
KNOWN_KEYS = (
    "shop", "platform", "shop_type", "experience_score", "reputation_score", "professional_anchor",
    "in_assessment_period", "session", "start", "end", "prizes", "usage_right_value", "usage_right_days",
    "image", "image_confirmed", "draw_at", "shipped_at", "quantity", "max_wins_per_user", "category",
    "products", "moved", "status", "id", "title", "category_caps", "trial", "started", "withdrawals",
    "receipts", "withdrawal_request", "date", "amount", "confirmed_at", "coupon", "coupons", "commission",
    "source", "challenge", "attempts_made", "category_day", "settings", "followup", "knowledge", "ask",
    "use_builtin", "scenario", "similar", "events", "claims", "at", "done", "note", "price", "type",
)


def example(kind: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / f"{kind}.json").read_text(encoding="utf-8"))


# Mutations -------------------------------------------------------------------------------------------
Path_ = tuple[str | int, ...]


def nodes(doc: Any) -> list[Path_]:
    """Every node below the root, as a path of keys and indexes (long lists: their first 20 items)."""
    out: list[Path_] = []
    stack: list[tuple[Path_, Any]] = [((), doc)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            children: Iterator[tuple[str | int, Any]] = iter(value.items())
        elif isinstance(value, list):
            children = iter(enumerate(value[:20]))
        else:
            continue
        for key, child in children:
            out.append((*path, key))
            stack.append(((*path, key), child))
    return out


def _parent(doc: Any, path: Path_) -> tuple[Any, str | int] | None:
    node = doc
    for key in path[:-1]:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    if isinstance(node, dict) and path[-1] in node or isinstance(node, list) and isinstance(path[-1], int) \
            and path[-1] < len(node):
        return node, path[-1]
    return None


def apply(doc: Any, mutation: str, pick: int, value: Any, key: str = "note") -> Any:
    """`doc` with one mutation at its node number `pick` (modulo the nodes it has); a copy."""
    doc = copy.deepcopy(doc)
    paths = nodes(doc)
    if mutation == "add":
        targets = [()] + [p for p in paths if isinstance(_get(doc, p), dict)]
        target = _get(doc, targets[pick % len(targets)])
        target[key] = value
        return doc
    if not paths:
        return value if mutation == "replace" else doc
    path = paths[pick % len(paths)]
    found = _parent(doc, path)
    if found is None:
        return doc
    parent, last = found
    if mutation == "replace":
        parent[last] = value
    elif mutation == "delete":
        del parent[last]
    elif mutation == "repeat":
        lists = [p for p in paths if isinstance(_get(doc, p), list) and _get(doc, p)]
        if lists:
            target = _get(doc, lists[pick % len(lists)])
            target.append(copy.deepcopy(target[pick % len(target)]))
    elif mutation == "deep":
        parent[last] = Deep(value if isinstance(value, int) and 0 < value <= 200_000 else 100_000, parent[last])
    elif mutation == "empty":
        parent[last] = type(parent[last])() if isinstance(parent[last], (dict, list)) else None
    return doc


def _get(doc: Any, path: Path_) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def materialize(value: Any) -> Any:
    """The Python value a mutated document stands for (what core.engine.check is given)."""
    if isinstance(value, Deep):
        out: Any = materialize(value.inner)
        for _ in range(value.depth):
            out = [out]
        return out
    if isinstance(value, BigNumber):
        return 10**value.digits - 1
    if isinstance(value, dict):
        return {k: materialize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [materialize(v) for v in value]
    return value


def render(doc: Any) -> str:
    """The JSON text of a mutated document (ASCII: lone surrogates written as \\ud800 escapes)."""
    raw: dict[str, str] = {}

    def splice(value: Any) -> Any:
        if isinstance(value, (Deep, BigNumber)):
            token = f"@@raw{len(raw)}@@"
            if isinstance(value, Deep):
                inner = json.dumps(splice(value.inner))
                raw[token] = "[" * value.depth + inner + "]" * value.depth
            else:
                raw[token] = "9" * value.digits
            return token
        if isinstance(value, dict):
            return {k: splice(v) for k, v in value.items()}
        if isinstance(value, list):
            return [splice(v) for v in value]
        return value

    text = json.dumps(splice(doc))
    for token, literal in raw.items():
        text = text.replace(f'"{token}"', literal)
    return text


def random_json(rng: random.Random, depth: int = 0) -> Any:
    """Random JSON: numbers of any size, texts of any characters (surrogates too), small lists and objects."""
    roll = rng.random()
    if roll < 0.2:
        return rng.randint(-(10 ** rng.randint(0, 60)), 10 ** rng.randint(0, 60))
    if roll < 0.35:
        return rng.choice([rng.uniform(-1e6, 1e6), rng.random() * 10 ** rng.randint(-300, 308), -0.0])
    if roll < 0.6:
        size = rng.choice([0, 1, 3, 10, 40, 300, 25_000])
        alphabet = rng.choice(["0123456789-:T+.", "发货顺丰包邮快递奖品", "\ud800\udfffa😀\u0000", None])
        if alphabet is None:
            return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(min(size, 300)))
        return "".join(rng.choice(alphabet) for _ in range(size))
    if roll < 0.7:
        return rng.choice([None, True, False])
    if depth >= 3:
        return None
    if roll < 0.85:
        return [random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {rng.choice(KNOWN_KEYS): random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))}


def random_value(rng: random.Random, doc: Any) -> Any:
    roll = rng.random()
    if roll < 0.55:
        return rng.choice(HOSTILE)
    if roll < 0.75:  # a value of the right shape from elsewhere in the plan: type confusion
        paths = nodes(doc)
        return copy.deepcopy(_get(doc, rng.choice(paths))) if paths else None
    return random_json(rng)


def mutate(doc: Any, rng: random.Random) -> Any:
    """One to three random mutations of `doc` (a copy)."""
    for _ in range(rng.choice([1, 1, 2, 3])):
        doc = apply(doc, rng.choice(MUTATIONS), rng.randrange(10**6), random_value(rng, doc), rng.choice(KNOWN_KEYS))
    return doc


# Running the CLI in-process ------------------------------------------------------------------------
@dataclass
class Run:
    code: int | None          # the exit code, or None when an exception escaped
    error: BaseException | None
    seconds: float
    stdout: str
    stderr: str


def run_cli(argv: list[str], encoding: str = "utf-8") -> Run:
    """core.cli.main(argv) with stdout and stderr strict text streams of `encoding`, as a terminal's."""
    from core.cli import main

    out = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="strict", write_through=True)
    err = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="strict", write_through=True)
    code: int | None = None
    error: BaseException | None = None
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 2
        except KeyboardInterrupt:
            raise
        except BaseException as exc:  # noqa: BLE001  (what the fuzzing is looking for)
            error = exc
    seconds = time.perf_counter() - start

    def text(stream: io.TextIOWrapper) -> str:
        stream.flush()
        buffer = stream.buffer
        assert isinstance(buffer, io.BytesIO)
        return buffer.getvalue().decode(encoding, errors="replace")

    return Run(code, error, seconds, text(out), text(err))


def check_file(kind: str, text: str, folder: Path, rng: random.Random, encoding: str = "utf-8",
               fmt: str | None = None) -> Run:
    path = folder / f"{kind}.json"
    path.write_text(text, encoding="utf-8")
    argv = ["check", kind, str(path), "--as-of", rng.choice(AS_OF), "--format", fmt or rng.choice(["json", "text"])]
    return run_cli(argv, encoding)


def malformed(run: Run, fmt: str) -> bool:
    """Output that breaks the CLI's promises: exit 2 with other than one line on stderr, a JSON report
    that does not parse."""
    if run.code == 2:
        return run.stderr.count("\n") != 1 or not run.stderr.startswith("错误：") or bool(run.stdout)
    if run.code in (0, 1) and fmt == "json":
        try:
            json.loads(run.stdout)
        except ValueError:
            return True
    return False


def rss_of_big_question(folder: Path, megabytes: int = 5) -> tuple[float, int, float]:
    """(peak RSS in MB, exit code, seconds) of `python -m core check bot` on a plan whose question is
    `megabytes` MB, in a subprocess."""
    plan = example("bot")
    plan["ask"] = ["发货" * (megabytes * (1 << 20) // 6)]  # 3 bytes a character in UTF-8
    path = folder / "bot-5mb.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "core", "check", "bot", str(path)], cwd=ROOT,
                          capture_output=True, check=False)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KB on Linux
    return peak_kb / 1024, done.returncode, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1500, help="mutated inputs per kind")
    parser.add_argument("--seed", type=int, default=19)
    parser.add_argument("--kind", action="append", choices=ALL_KINDS, help="only these kinds (repeatable)")
    args = parser.parse_args()
    kinds = args.kind or list(ALL_KINDS)
    rng = random.Random(args.seed)
    crashes: Counter[tuple[str, str]] = Counter()
    odd_codes: Counter[tuple[str, int]] = Counter()
    codes: Counter[int] = Counter()
    slow: list[tuple[float, str]] = []
    broken: Counter[str] = Counter()
    slowest = (0.0, "", "")
    first_crash: dict[tuple[str, str], str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # First, while this process is small: a child's peak RSS counts what it had before exec (fork).
        peak, code, seconds = rss_of_big_question(folder)
        for kind in kinds:  # warm-up, not counted: imports, the rule pack, jieba's dictionary
            check_file(kind, json.dumps(example(kind)), folder, rng)
        started = time.perf_counter()
        for kind in kinds:
            base = example(kind)
            for n in range(args.runs):
                text = render(mutate(base, rng))
                fmt = rng.choice(["json", "text"])
                run = check_file(kind, text, folder, rng, "gbk" if n % 5 == 4 else "utf-8", fmt)
                if malformed(run, fmt):
                    broken[kind] += 1
                if run.error is not None:
                    key = (type(run.error).__name__, kind)
                    crashes[key] += 1
                    first_crash.setdefault(key, f"{run.error!s:.200}")
                elif run.code not in (0, 1, 2):
                    odd_codes[(kind, run.code if run.code is not None else -1)] += 1
                else:
                    codes[run.code] += 1
                if run.seconds > SLOW_S:
                    slow.append((run.seconds, kind))
                if run.seconds > slowest[0]:
                    slowest = (run.seconds, kind, text[:120])
        total = len(kinds) * args.runs
        print(f"{total:,} mutated inputs ({args.runs:,} per kind, seed {args.seed}) in "
              f"{time.perf_counter() - started:.0f} s; exit codes: "
              + ", ".join(f"{code}: {count:,}" for code, count in sorted(codes.items())))
        print(f"uncaught exceptions: {sum(crashes.values())}")
        for (name, kind), count in sorted(crashes.items()):
            print(f"  {name} ({kind}): {count}  e.g. {first_crash[(name, kind)]}")
        print(f"exit codes outside 0/1/2: {sum(odd_codes.values())}")
        for (kind, code), count in sorted(odd_codes.items()):
            print(f"  {kind}: exit {code} × {count}")
        print(f"exit 2 without one line on stderr, or a JSON report that does not parse: {sum(broken.values())}"
              + (f" ({', '.join(f'{k}: {n}' for k, n in sorted(broken.items()))})" if broken else ""))
        print(f"runs over {SLOW_S:.0f} s: {len(slow)}" + (f" ({', '.join(f'{k} {s:.2f} s' for s, k in slow[:10])})"
                                                          if slow else ""))
        print(f"slowest run: {slowest[0]:.3f} s ({slowest[1]}): {slowest[2]!r}")
        print(f"bot plan with a 5 MB question, in a subprocess: exit {code}, {seconds:.2f} s, "
              f"peak RSS {peak:.0f} MB (target ≤ {RSS_TARGET_MB} MB)")
    ok = not crashes and not odd_codes and not broken and not slow and peak <= RSS_TARGET_MB
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
