"""A rule as a seller reads it: its title, whether it is in force on a date, where it comes from, and
each parameter under its Chinese label with its unit and the dates each value applies from. What the
rule browser, the CLI's `rules` and the report show (none of them reads the pack's raw values)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from .rulepack import Rule
from .values import start_of

PLATFORM_ZH = {"kuaishou": "快手小店", "douyin": "抖店"}
SEVERITY_ZH = {"error": "错误", "warning": "提醒", "info": "说明"}
STATE_ZH = {"not_yet": "未生效", "in_force": "生效中", "ended": "已失效"}


@dataclass(frozen=True)
class ValueView:
    since: str  # YYYY-MM-DD
    text: str  # the value in words, with its unit
    current: bool  # the value in force on the date asked about


@dataclass(frozen=True)
class ParamView:
    name: str
    label: str  # the pack's Chinese label; the name itself when the pack gives none
    unit: str
    text: str  # the value in force on the date asked about
    values: list[ValueView] = field(default_factory=list)
    labelled: bool = True  # False: the pack gives it no Chinese label (`label` is then its name)
    listed: bool = False  # a list or table (word lists, patterns) rather than one value
    internal: bool = False  # only the checks read it: identifiers, sentence patterns, regular expressions


@dataclass(frozen=True)
class RuleView:
    id: str
    title: str
    platform: str  # in words
    severity: str  # in words
    state: str  # not_yet | in_force | ended
    state_text: str
    effective_from: str | None
    effective_to: str | None  # the first day it no longer applies
    source_title: str
    source_date: str
    quote: str
    note: str
    params: list[ParamView]


def state(rule: Rule, as_of: datetime) -> str:
    """not_yet | in_force | ended, on that moment."""
    if rule.effective_from and as_of < start_of(rule.effective_from):
        return "not_yet"
    if rule.effective_to and as_of >= start_of(rule.effective_to):
        return "ended"
    return "in_force"


_IDENT = re.compile(r"^[a-z][a-z0-9_]*$")


def _code(value: Any) -> bool:
    """An identifier or a regular expression: what a check reads, not a word a seller types."""
    return isinstance(value, str) and (_IDENT.match(value) is not None or value.startswith("re:"))


def internal(value: Any) -> bool:
    """True for a value only the checks read: a list of identifiers or patterns, a table of tables,
    a table whose values are identifiers (a seller reads none of it)."""
    if isinstance(value, (list, tuple)):
        items = list(value)
        return bool(items) and (any(isinstance(v, (dict, list, tuple)) for v in items) or all(_code(v) for v in items))
    if isinstance(value, dict):
        return bool(value) and all(internal(v) or _code(v) for v in value.values())
    return False


def words(value: Any, unit: str = "") -> str:
    """A parameter value in words: lists joined with 、 ("*费" as "…费", the "!" exceptions said
    apart, regular expressions left out), a table as 名：值 (its values only when its names are
    identifiers), yes/no, numbers with the unit."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (list, tuple)):
        items = [v for v in value if not (isinstance(v, str) and v.startswith("re:"))]
        said = [v for v in items if not (isinstance(v, str) and v.startswith("!"))]
        but = [v[1:] for v in items if isinstance(v, str) and v.startswith("!")]
        text = "、".join(words(v).replace("*", "…") for v in said) or "（无）"
        return text + (f"（不算：{'、'.join(but)}）" if but else "")
    if isinstance(value, dict):
        if all(_code(k) for k in value):
            return "；".join(words(v, unit) for v in value.values())
        return "；".join(f"{words(k)}：{words(v, unit)}" for k, v in value.items())
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    text = str(value)
    return f"{text} {unit}" if unit and text else text


def _opinion_words(value: Any, unit: str = "") -> str:
    """A second opinion (core.text.opinion) in words: what it leaves and what it adds, not its file."""
    if not value:
        return "不用"
    if not isinstance(value, dict) or not {"drop_below", "drop_named_below", "warn_above", "longest"} <= set(value):
        return words(value, unit)
    named = "" if float(value["drop_named_below"]) == float(value["drop_below"]) else \
        f"（写明了费用或条件的，低于 {_percent(value['drop_named_below'])} 才不报）"
    keep = value.get("keep_above", value["warn_above"])
    shortest = int(value.get("shortest", 1))
    short = f"（不足 {shortest} 个字的句子除外）" if shortest > 1 else ""
    return (f"按句判断的把握低于 {_percent(value['drop_below'])} 的不报{named}，但规则认出的说法所在分句本身高于 "
            f"{_percent(keep)} 的照报；高于 {_percent(value['warn_above'])} 而规则未认出的提醒核对{short}；"
            f"逐句判断，每句至多 {value['longest']} 字")


def _percent(share: Any) -> str:
    """0.998 as "99.8%", 0.6 as "60%": every place the bar has, so 0.998 or 0.99995 does not read as 100%."""
    text = format((Decimal(str(share)) * 100).normalize(), "f")
    return f"{text}%"


# Parameters said in words of their own (a table whose entries mean nothing to a seller one by one).
SAID = {"second_opinion": _opinion_words}


def view(rule: Rule, as_of: datetime) -> RuleView:
    """The rule as of a moment, in words."""
    current = state(rule, as_of)
    params = []
    for name, values in rule.params.items():
        label = rule.labels.get(name)
        unit = label.unit if label else ""
        in_force = rule.param(name, as_of)
        chosen = next((v for v in reversed(values) if start_of(v.since) <= as_of), values[0])
        said = SAID.get(name, words)
        params.append(ParamView(
            name=name, label=label.label if label else name, unit=unit, text=said(in_force, unit),
            values=[ValueView(v.since.isoformat(), said(v.value, unit), v is chosen) for v in values],
            labelled=label is not None, listed=isinstance(in_force, (list, tuple, dict)) and name not in SAID,
            internal=internal(in_force)))
    return RuleView(
        id=rule.id, title=rule.title, platform=PLATFORM_ZH.get(rule.platform, rule.platform),
        severity=SEVERITY_ZH.get(rule.severity, rule.severity), state=current, state_text=STATE_ZH[current],
        effective_from=rule.effective_from.isoformat() if rule.effective_from else None,
        effective_to=rule.effective_to.isoformat() if rule.effective_to else None,
        source_title=rule.source.title, source_date=rule.source.date.isoformat(), quote=rule.source.quote,
        note=rule.source.note, params=params)
