"""A rule as a seller reads it: its title, whether it is in force on a date, where it comes from, and
each parameter under its Chinese label with its unit and the dates each value applies from. What the
rule browser, the CLI's `rules` and the report show (none of them reads the pack's raw values)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
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
    label: str
    unit: str
    text: str  # the value in force on the date asked about
    values: list[ValueView] = field(default_factory=list)


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


def words(value: Any, unit: str = "") -> str:
    """A parameter value in words: lists joined with 、, a table as 名：值, yes/no, numbers with the unit."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "、".join(words(v) for v in value) or "（无）"
    if isinstance(value, dict):
        return "；".join(f"{words(k)}：{words(v, unit)}" for k, v in value.items())
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    text = str(value)
    return f"{text} {unit}" if unit and text else text


def view(rule: Rule, as_of: datetime) -> RuleView:
    """The rule as of a moment, in words."""
    current = state(rule, as_of)
    params = []
    for name, values in rule.params.items():
        label = rule.labels.get(name)
        unit = label.unit if label else ""
        in_force = rule.param(name, as_of)
        chosen = next((v for v in reversed(values) if start_of(v.since) <= as_of), values[0])
        params.append(ParamView(
            name=name, label=label.label if label else name, unit=unit, text=words(in_force, unit),
            values=[ValueView(v.since.isoformat(), words(v.value, unit), v is chosen) for v in values]))
    return RuleView(
        id=rule.id, title=rule.title, platform=PLATFORM_ZH.get(rule.platform, rule.platform),
        severity=SEVERITY_ZH.get(rule.severity, rule.severity), state=current, state_text=STATE_ZH[current],
        effective_from=rule.effective_from.isoformat() if rule.effective_from else None,
        effective_to=rule.effective_to.isoformat() if rule.effective_to else None,
        source_title=rule.source.title, source_date=rule.source.date.isoformat(), quote=rule.source.quote,
        note=rule.source.note, params=params)
