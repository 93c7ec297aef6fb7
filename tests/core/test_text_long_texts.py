"""Long texts in the rule-text engine: a keystroke reads again what it changed, and what is read again
from the caches is what a fresh read finds.

A scan keeps, per clause, what the clause asks (the clause, where it stands, what comes before it in
its sentence); a keystroke in a text of 5,000 characters then re-reads one clause, not 300.
"""

import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.text import scanner
from core.text.rules import Scanner
from tests.conftest import bj

DATA = Path(__file__).resolve().parent.parent / "data"
AS_OF = bj("2024-06-01T12:00:00")
TERM_RULES = ("ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions", "ks.lottery.absolute_terms")
SETS = [line for line in (DATA / "lottery_terms_sets.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")]
# the dev clauses of the first sets, as a seller's long notice: fees, conditions, promises, asides
CLAUSES = [c["text"] for name in SETS[:6]
           for c in tomllib.loads((DATA / name).read_text(encoding="utf-8"))["case"] if c["split"] == "dev"]


# what a seller types or deletes: marks that cut clauses and sentences, words that cancel or name a
# concept, and words whose meaning depends on the sentence around them (拍了 after a paid link, 中奖)
EDITS = ["", "，", "。", "需", "不用", "邮费", "下单", "最", "？", "（", "）", "中奖的", "才能领", "包邮", "\n",
         "拍下1元邮费链接，", "拍了才发货", "填地址即可", "1. ", "2、", "关注主播", "："]


def _fresh(pack, rule):
    held = scanner(pack, rule, AS_OF)
    return Scanner(held.spec, held.segmenter)


def test_a_keystroke_at_the_end_of_a_long_notice_reads_again_only_the_clause_it_changed(pack):
    text = "".join(CLAUSES)[:5000]
    scan = _fresh(pack, "ks.lottery.no_extra_conditions")
    scan.scan(text)
    read = scan._clause_words.misses()
    assert read > 200  # every clause was read once
    for typed in "中奖后需":
        text += typed
        scan.scan(text)
    again = scan._clause_words.misses() - read
    assert again <= 4 * 3, f"{again} clauses read again for 4 keystrokes"  # the last clause, maybe joined


def test_a_keystroke_in_the_middle_reads_again_only_around_it(pack):
    text = "".join(CLAUSES)[:5000]
    scan = _fresh(pack, "ks.lottery.no_extra_fees")
    scan.scan(text)
    read = scan._clause_words.misses()
    middle = text.index("，", 2500)
    scan.scan(text[:middle] + "需付邮费" + text[middle:])
    assert scan._clause_words.misses() - read <= 6


@pytest.mark.parametrize(("rule", "before", "after"), [
    # 拍了 after a paid link is that payment, not an order (the sentence before it changed)
    ("ks.lottery.no_extra_conditions", "拍了才发货。", "拍下1元邮费链接，拍了才发货。"),
    # a request is a condition only in a sentence about the prize (a clause after it changed)
    ("ks.lottery.no_extra_conditions", "未成年宝宝请在家长陪同下观看直播", "未成年宝宝请在家长陪同下观看直播，抽中的宝宝"),
    ("ks.lottery.no_extra_conditions", "未成年宝宝请在家长陪同下观看直播，抽中的宝宝", "未成年宝宝请在家长陪同下观看直播。抽中的宝宝"),
])
def test_a_clause_is_read_again_when_what_stands_around_it_changes(pack, rule, before, after):
    fresh = _fresh(pack, rule)
    assert [h.words for h in fresh.scan(before)] != [h.words for h in fresh.scan(after)]  # the case matters
    warm = _fresh(pack, rule)
    warm.scan(before)
    assert warm.scan(after) == _fresh(pack, rule).scan(after)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picked=st.lists(st.integers(0, len(CLAUSES) - 1), min_size=2, max_size=12),
       edits=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 3),
                                st.sampled_from(EDITS)), max_size=6))
def test_what_a_warm_scanner_finds_after_edits_is_what_a_fresh_one_finds(pack, picked, edits):
    # The caches hold what a clause asks, keyed by the clause and where it stands; a cache that kept a
    # clause's reading past a change around it (a full stop added before it, a bracket opened) would
    # show a finding of a text the seller no longer has.
    warm = {rule: _fresh(pack, rule) for rule in TERM_RULES}
    text = "".join(CLAUSES[i] for i in picked)
    for rule in TERM_RULES:
        warm[rule].scan(text)
    for at, cut, typed in edits:
        at %= len(text) + 1
        text = text[:at] + typed + text[at + cut:]
        for rule in TERM_RULES:
            assert warm[rule].scan(text) == _fresh(pack, rule).scan(text), (rule, text)


def test_the_marks_of_the_terms_are_the_clauses_their_findings_quote(pack):
    # the app underlines these clauses in the terms box: each must be one its finding quotes, with the
    # finding's severity, and each finding about the terms must have its clauses marked
    import json

    from core.checks.lottery import terms_marks
    from core.engine import check
    plan = json.loads((Path(__file__).resolve().parents[2] / "resources" / "examples" / "lottery.json").read_text(
        encoding="utf-8"))
    marked = 0
    for text in CLAUSES[:400] + ["".join(CLAUSES[400:460])]:
        report = check("lottery", dict(plan, terms=text), AS_OF, pack)
        marks = terms_marks(text, pack, AS_OF)
        about_terms = [f for f in report.findings if f.path == "terms"]
        for mark in marks:
            quote = f"“{text[mark.start:mark.end]}”"
            assert any(f.rule == mark.rule and f.severity == mark.severity and quote in f.message
                       for f in about_terms), (text, mark)
        for finding in about_terms:
            assert any(m.rule == finding.rule and m.severity == finding.severity for m in marks), (text, finding)
        marked += len(marks)
    assert marked > 200


def _rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * 4096 / 1e6


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads the memory held from /proc (Linux)")
def test_typing_on_in_a_long_run_on_clause_does_not_pile_copies_of_it_in_the_caches(pack):
    # voice typing with no punctuation: every keystroke makes a new clause of 3,000 characters; kept
    # among the 8,192 entries of each cache, ~0.3 MB a keystroke per rule was held until each had 8,192
    scan = _fresh(pack, "ks.lottery.no_extra_conditions")
    text = "中奖的宝宝记得关注主播然后在评论区扣口令等开奖我们会私信通知填写地址奖品包邮到家" * 75
    for typed in range(80):  # the caches of long texts fill up (64 entries each)
        text += "好礼"[typed % 2]
        scan.scan(text)
    before = _rss_mb()
    for typed in range(150):
        text += "好礼"[typed % 2]
        scan.scan(text)
    assert _rss_mb() - before < 25, f"{_rss_mb() - before:.0f} MB more after 150 keystrokes"
    assert scan.scan(text) == _fresh(pack, "ks.lottery.no_extra_conditions").scan(text)
