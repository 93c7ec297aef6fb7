"""Knowledge linter: questions that clash, answers that are empty, boastful or break a platform rule.

Each result names the entry, the field (`knowledge[3].answer`, as the GUI and the check use it), a
Chinese message and the pack rule it comes from (id and source). Rules not in force at `as_of` are
skipped, like findings. Which platform rules apply follows the entry's platform and the plan's:
an entry for "all" is checked against both platforms' rules unless `platform` narrows it.
Disabled entries are not checked for duplicates or empty answers (they never answer); their answers'
wording still is. Finding duplicates cuts questions into words, so it loads jieba on first use.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..rulepack import Rule, RulePack
from ..text import Hit, scanner
from .knowledge import Entry, question_path
from .text import normalize, terms

DUPLICATE = "ks.bot.lint.duplicate_question"
EMPTY_ANSWER = "ks.bot.lint.empty_answer"
ABSOLUTE_WORDS = "ks.bot.lint.absolute_words"
LOTTERY_SHIPPING = "ks.bot.lint.lottery_shipping"
LOTTERY_DEADLINE = "ks.lottery.ship_48h"
GUARANTEE_CLAIM = "dy.bot.lint.guarantee_claim"
_DIGIT = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_DURATION = re.compile(r"([0-9]+|[零一二两三四五六七八九十]+)\s*(?:个)?\s*(小时|工作日|天|日|周|星期)")
_UNIT_HOURS = {"小时": 1, "工作日": 24, "天": 24, "日": 24, "周": 168, "星期": 168}


@dataclass(frozen=True)
class LintResult:
    """One problem with one entry: where (entry id, field path), what (message) and which rule."""

    entry_id: str
    path: str
    message: str
    rule: Rule

    @property
    def rule_id(self) -> str:
        return self.rule.id

    @property
    def source(self) -> dict[str, str]:
        return self.rule.source.as_dict()

    def as_dict(self) -> dict[str, object]:
        return {"entry": self.entry_id, "path": self.path, "message": self.message,
                "rule": self.rule.id, "source": self.source}


def lint(entries: Sequence[Entry], pack: RulePack, as_of: datetime, platform: str | None = None,
         *, against: Sequence[Entry] = ()) -> list[LintResult]:
    """Lint `entries` (paths index into it). `against` are further entries the bot also uses (e.g. the
    built-in knowledge): duplicates with them are reported on the entry in `entries`."""
    results: list[LintResult] = []
    results += _duplicates(entries, against, pack, as_of, platform)
    for i, entry in enumerate(entries):
        results += _answer_problems(i, entry, pack, as_of, platform)
    return results


def _in_force(pack: RulePack, rule_id: str, as_of: datetime) -> Rule | None:
    rule = pack[rule_id]
    return rule if rule.in_force(as_of) else None


def _shared_platform(a: Entry, b: Entry, platform: str | None) -> bool:
    """Whether two entries can both answer on some platform the lint is about."""
    targets = [platform] if platform else ["kuaishou", "douyin"]
    return any(a.serves(p) and b.serves(p) for p in targets)


def _duplicates(entries: Sequence[Entry], against: Sequence[Entry], pack: RulePack, as_of: datetime,
                platform: str | None) -> list[LintResult]:
    """Questions of different entries the bot cannot tell apart: the same words in any order, once
    synonyms, particles and punctuation are folded ("多久发货" and "什么时候发货呀")."""
    rule = _in_force(pack, DUPLICATE, as_of)
    if rule is None:
        return []
    # `against` first, so a clash with the built-in knowledge is reported on the seller's entry.
    rows = [_Row(-1, e, v, q) for e in against if e.enabled and e.serves(platform)
            for v, q in enumerate(e.questions)]
    rows += [_Row(i, e, v, q) for i, e in enumerate(entries) if e.enabled and e.serves(platform)
             for v, q in enumerate(e.questions)]
    seen: dict[frozenset[str], list[_Row]] = {}
    results: list[LintResult] = []
    for row in rows:
        key = frozenset(terms(row.text))
        if not key:
            continue
        earlier = seen.setdefault(key, [])
        clash = next((e for e in earlier if _clash(row, e, platform)), None)
        earlier.append(row)
        if clash is not None and row.index >= 0:
            results.append(LintResult(row.entry.id, question_path(row.index, row.variant),
                                      _duplicate_message(row, clash), rule))
    return results


@dataclass(frozen=True)
class _Row:
    index: int  # in `entries`, or -1 for `against`
    entry: Entry
    variant: int
    text: str

    @property
    def flat(self) -> str:
        return normalize(self.text).replace(" ", "")


def _clash(row: _Row, other: _Row, platform: str | None) -> bool:
    if row.entry.id == other.entry.id:  # one entry's similar questions are meant to be alike
        return row.flat == other.flat
    return _shared_platform(row.entry, other.entry, platform)


def _duplicate_message(row: _Row, other: _Row) -> str:
    if row.entry.id == other.entry.id:
        return f"问题“{row.text}”在本条知识中重复出现：请删去重复的一个。"
    where = f"{'内置' if other.index < 0 else ''}知识 {other.entry.id} 中"
    how = "相同" if row.flat == other.flat else "用词相同，机器人分不出两者"
    return (f"问题“{row.text}”与{where}的“{other.text}”{how}：买家这样问时机器人只会用其中一条回答。"
            "请合并这两条知识，或停用其中一条。")


def _answer_problems(i: int, entry: Entry, pack: RulePack, as_of: datetime,
                     platform: str | None) -> list[LintResult]:
    path = f"knowledge[{i}].answer"
    answer = entry.answer.strip()
    results: list[LintResult] = []
    rule = _in_force(pack, EMPTY_ANSWER, as_of)
    if rule and not answer and entry.enabled:
        results.append(LintResult(entry.id, path, "答案为空：启用后机器人会回复空白。请填写答案，或停用这条知识。",
                                  rule))
    if not answer:
        return results
    rule = _in_force(pack, ABSOLUTE_WORDS, as_of)
    if rule:
        hits = scanner(pack, rule, as_of).scan(answer)
        if hits:
            results.append(LintResult(entry.id, path, f"答案中有绝对化用语：{_quoted(hits)}。"
                                                      "请改为如实、具体的描述。", rule))
    rule = _in_force(pack, GUARANTEE_CLAIM, as_of)
    if rule and entry.serves("douyin") and platform in (None, "douyin"):
        hits = scanner(pack, rule, as_of).scan(answer)
        if hits:
            since = rule.effective_from.isoformat() if rule.effective_from else ""
            results.append(LintResult(
                entry.id, path,
                f"答案承诺了{_quoted(hits)}：抖店《“正品保障”服务规范》已于 {since} 废止，升级为"
                f"“{rule.param('now_called', as_of)}”。请改写这部分承诺。", rule))
    rule = _in_force(pack, LOTTERY_SHIPPING, as_of)
    if rule and entry.serves("kuaishou") and platform in (None, "kuaishou"):
        late = _late_lottery_shipping(answer, rule, pack, as_of)
        if late:
            results.append(LintResult(entry.id, path, late, rule))
    return results


def _quoted(hits: Sequence[Hit]) -> str:
    """Each clause as written with the words that make it a finding."""
    return "；".join(f"“{h.clause}”（触发词：{'、'.join(h.words)}）" for h in hits)


def _late_lottery_shipping(answer: str, rule: Rule, pack: RulePack, as_of: datetime) -> str:
    ships = scanner(pack, rule, as_of)
    if not ships.words_in(answer, ["lottery"]):
        return ""
    limit = int(pack[LOTTERY_DEADLINE].param("ship_within_hours", as_of))
    for hit in ships.scan(answer):
        for number, unit in _DURATION.findall(hit.clause):
            hours = _number(number) * _UNIT_HOURS[unit]
            if hours > limit:
                said = f"{number}{'个' if unit == '工作日' else ''}{unit}"
                return (f"答案说奖品“{said}”内发货（“{hit.clause}”，触发词：{'、'.join(hit.words)}），超过开奖后 "
                        f"{limit} 小时（{_days(limit)}）的发货时限：请改为“开奖后{limit}小时内发货”。")
    return ""


def _number(text: str) -> int:
    """Arabic or simple Chinese numerals up to 99: 3, 十, 十五, 二十, 两."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_DIGIT[tens] if tens else 1) * 10 + (_DIGIT[ones] if ones else 0)
    value = 0
    for char in text:
        value = value * 10 + _DIGIT[char]
    return value


def _days(hours: int) -> str:
    return f"{timedelta(hours=hours).days}天" if hours % 24 == 0 else f"{hours}小时"
