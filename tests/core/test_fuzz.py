"""Property-based fuzzing of the checks (issue #19): inputs generated from the contract examples by the
mutations of bench/fuzz_cli.py, drawn by Hypothesis, never raise out of core.engine.check except
InputError, and the CLI's code path never exits outside 0/1/2 nor lets an exception escape.

Bounded for CI (FAST examples per kind, about a minute for the file); the `slow` variants draw SLOW per
kind (`pytest -m slow tests/core/test_fuzz.py`). bench/fuzz_cli.py runs 10,500 seeded ones.
"""

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.fuzz_cli import (HOSTILE, KNOWN_KEYS, MUTATIONS, BigNumber, Deep, apply, example, materialize, nodes,
                             render, run_cli)
from core.engine import check
from core.errors import InputError
from tests.conftest import bj

KINDS = ["lottery", "listing", "trial", "coupon", "challenge", "bot", "aftersale"]
AS_OF = ["2022-01-27", "2022-12-06", "2023-04-05", "2023-06-10T21:30", "2024-02-01"]
FAST, SLOW = 60, 1000

# Hostile leaves (HOSTILE without its slow giants: a 100,001-item list, a 30,000-character text),
# any JSON scalar, texts with lone surrogates, and extreme or ordinary times.
small_hostile = st.sampled_from([v for v in HOSTILE if not (isinstance(v, (list, str)) and len(v) > 1000)])
surrogate_text = st.text(st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF) | st.sampled_from("发货a1 "),
                         min_size=1, max_size=8)
times = st.datetimes().map(lambda t: t.isoformat()) | st.dates().map(lambda d: d.isoformat())
huge_numbers = st.integers(min_value=-(10**60), max_value=10**60) | st.sampled_from([10**400 - 1, -(10**400)])
leaves = (small_hostile | st.none() | st.booleans() | huge_numbers | st.floats() | st.text(max_size=20)
          | surrogate_text | times | st.sampled_from(["字" * 20_001, "x" * 40_000])
          | st.builds(Deep, st.sampled_from([49, 50, 51, 100_000])) | st.builds(BigNumber, st.sampled_from([41, 5000])))
json_values = st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.sampled_from(KNOWN_KEYS) | st.text(max_size=4), inner, max_size=4),
                           max_leaves=8)
mutations = st.lists(st.tuples(st.sampled_from(MUTATIONS), st.integers(0, 10**6), json_values,
                               st.sampled_from(KNOWN_KEYS)), min_size=1, max_size=3)


def mutated(kind, steps):
    doc = example(kind)
    for mutation, pick, value, key in steps:
        doc = apply(doc, mutation, pick, value, key)
    return doc


def engine_path(kind, doc, when):
    """check() on the mutated document: a report, or an InputError naming a field; nothing else."""
    try:
        report = check(kind, materialize(doc), bj(when if "T" in when else when + "T00:00"))
    except InputError as exc:
        assert exc.field and exc.message and "\n" not in exc.message
        return
    json.dumps(report.as_dict(), ensure_ascii=False)  # what the CLI prints: serialisable, never a crash


@pytest.fixture(scope="module")
def folder():
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


def cli_path(kind, doc, when, fmt, encoding, folder):
    """The CLI's code path in-process, on the file the document is written to, with strict streams."""
    path = folder / f"{kind}.json"
    path.write_text(render(doc), encoding="utf-8")
    run = run_cli(["check", kind, str(path), "--as-of", when, "--format", fmt], encoding)
    assert run.error is None, f"{type(run.error).__name__}: {run.error}"
    assert run.code in (0, 1, 2), (run.code, run.stderr)
    if run.code == 2:
        assert run.stderr.count("\n") == 1 and run.stderr.startswith("错误：") and run.stdout == ""
        return
    assert run.stderr == "" and run.stdout
    if fmt == "json":
        assert json.loads(run.stdout)["ok"] == (run.code == 0)


def fuzz(kind, steps, when, fmt, encoding, folder):
    doc = mutated(kind, steps)
    engine_path(kind, doc, when)
    cli_path(kind, doc, when, fmt, encoding, folder)


draws = dict(steps=mutations, when=st.sampled_from(AS_OF), fmt=st.sampled_from(["json", "text"]),
             encoding=st.sampled_from(["utf-8", "gbk"]))


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=FAST, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow, HealthCheck.data_too_large])
@given(**draws)
def test_mutated_examples_never_crash(kind, steps, when, fmt, encoding, folder):
    fuzz(kind, steps, when, fmt, encoding, folder)


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=SLOW, deadline=None, suppress_health_check=list(HealthCheck))
@given(**draws)
def test_mutated_examples_never_crash_many(kind, steps, when, fmt, encoding, folder):
    fuzz(kind, steps, when, fmt, encoding, folder)


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=FAST // 2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
@given(doc=json_values)
def test_any_json_at_all_never_crashes(kind, doc, folder):
    """Not derived from an example: any JSON value as the whole document."""
    engine_path(kind, doc if isinstance(doc, dict) else {"shop": doc}, "2023-06-10")
    cli_path(kind, doc, "2023-06-10", "json", "utf-8", folder)


def test_the_mutations_reach_what_the_issue_found():
    """The strategy produces each of the six causes (so that passing means something)."""
    lottery = example("lottery")
    at = nodes(lottery).index
    end = render(apply(lottery, "replace", at(("session", "end")), "9999-12-31T23:59:59-12:00"))
    assert json.loads(end)["session"]["end"] == "9999-12-31T23:59:59-12:00"
    title = render(apply(lottery, "replace", at(("prizes", 0, "title")), "\ud800"))
    assert '"title": "\\ud800"' in title
    quantity = apply(lottery, "replace", at(("prizes", 0, "quantity")), BigNumber(5000))
    assert ('"quantity": ' + "9" * 5000 + ",") in render(quantity)
    assert materialize(quantity)["prizes"][0]["quantity"] == 10**5000 - 1
    deep = apply(lottery, "deep", at(("terms",)), 100_000)
    assert ("[" * 100_000 + json.dumps(lottery["terms"]) + "]" * 100_000) in render(deep)
    nested = materialize(deep)["terms"]
    for _ in range(99_999):
        nested = nested[0]
    assert nested == [lottery["terms"]]
    listing = example("listing")
    shop_type = apply(listing, "replace", nodes(listing).index(("shop", "shop_type")), [1])
    assert shop_type["shop"]["shop_type"] == [1]
    huge = apply(lottery, "replace", at(("prizes", 0, "quantity")), 10**400 - 1)
    assert materialize(huge)["prizes"][0]["quantity"] == 10**400 - 1
