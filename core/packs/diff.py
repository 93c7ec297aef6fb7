"""What a new pack changes: in the rules (added, removed, ended, values, quotes), and for a seller's
own shops (each saved plan checked under both packs; deadlines on the board that move).

    rules = rule_changes(old, new)                   # RuleChanges
    shops = shop_changes(store, old, new, now)       # [ShopChanges], one per shop
    text(rules, shops) / as_dict(rules, shops)       # what the GUI and `pack diff` show
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from ..checks import ALL_KINDS
from ..deadlines import collect
from ..engine import check
from ..errors import InputError
from ..products import listing_input, snapshot_info
from ..rulepack import Rule, RulePack
from ..store import Shop, Store
from ..values import start_of

PLAN_KINDS = [k for k in ALL_KINDS if k != "listing"]
BOARD_KINDS = {"lottery", "listing", "trial", "aftersale"}  # the kinds whose checks set the board's clocks
KIND_ZH = {"lottery": "0元抽奖", "listing": "类目迁移", "trial": "试运营", "coupon": "定时优惠", "challenge": "主播挑战赛",
           "bot": "客服机器人", "aftersale": "售后时效"}
SEVERITY_ZH = {"error": "错误", "warning": "提醒", "info": "说明"}


@dataclass
class ValueChange:
    rule: str
    title: str
    param: str
    label: str
    unit: str
    since: str
    old: Any
    new: Any


@dataclass
class RuleChanges:
    old_version: str
    new_version: str
    added: list[dict[str, str]] = field(default_factory=list)
    removed: list[dict[str, str]] = field(default_factory=list)
    ended: list[dict[str, str]] = field(default_factory=list)
    values: list[ValueChange] = field(default_factory=list)
    quotes: list[dict[str, str]] = field(default_factory=list)
    changelog: list[dict[str, Any]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.ended or self.values or self.quotes)


@dataclass
class PlanChange:
    kind: str
    plan: str
    appeared: list[dict[str, str]] = field(default_factory=list)
    disappeared: list[dict[str, str]] = field(default_factory=list)
    severity: list[dict[str, str]] = field(default_factory=list)
    problem: str = ""


@dataclass
class ShopChanges:
    shop: str
    plans: list[PlanChange] = field(default_factory=list)
    deadlines: list[dict[str, str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.plans and not self.deadlines


def _brief(rule: Rule) -> dict[str, str]:
    return {"id": rule.id, "title": rule.title}


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def rule_changes(old: RulePack, new: RulePack) -> RuleChanges:
    changes = RuleChanges(old.version, new.version,
                          changelog=[c for c in new.changelog if c not in old.changelog])
    for rule in new:
        if rule.id not in old.rules:
            changes.added.append({**_brief(rule), "from": _day(rule.effective_from)})
            continue
        before = old[rule.id]
        if rule.effective_to != before.effective_to and rule.effective_to is not None:
            changes.ended.append({**_brief(rule), "to": _day(rule.effective_to)})
        if rule.source.quote != before.source.quote:
            changes.quotes.append({**_brief(rule), "old": before.source.quote, "new": rule.source.quote})
        for name, dated in rule.params.items():
            label = rule.labels.get(name)
            known = {d.since: d.value for d in before.params.get(name, ())}
            for value in dated:
                if known.get(value.since, object()) == value.value:
                    continue
                in_force = start_of(value.since)
                was = before.param(name, in_force) if name in before.params else None
                if was == value.value:
                    continue
                changes.values.append(ValueChange(rule.id, rule.title, name, label.label if label else name,
                                                  label.unit if label else "", value.since.isoformat(), was,
                                                  value.value))
    changes.removed = [_brief(r) for r in old if r.id not in new.rules]
    return changes


def _findings(report: Any) -> dict[tuple[str, str], str]:
    return {(f.rule, f.path): f.severity for f in report.findings}


def _compare(kind: str, name: str, data: Any, old: RulePack, new: RulePack, now: datetime) -> PlanChange | None:
    change = PlanChange(KIND_ZH.get(kind, kind), name)
    try:
        before, after = check(kind, data, now, old), check(kind, data, now, new)
    except InputError as exc:
        change.problem = f"{exc.field}：{exc.message}"
        return change
    was, now_ = _findings(before), _findings(after)
    titles = {f.rule: f.title for f in [*before.findings, *after.findings]}
    messages = {(f.rule, f.path): f.message for f in after.findings}
    old_messages = {(f.rule, f.path): f.message for f in before.findings}
    for key in now_.keys() - was.keys():
        change.appeared.append({"rule": key[0], "title": titles.get(key[0], key[0]), "severity": now_[key],
                                "message": messages[key]})
    for key in was.keys() - now_.keys():
        change.disappeared.append({"rule": key[0], "title": titles.get(key[0], key[0]), "severity": was[key],
                                   "message": old_messages[key]})
    for key in was.keys() & now_.keys():
        if was[key] != now_[key]:
            change.severity.append({"rule": key[0], "title": titles.get(key[0], key[0]), "old": was[key],
                                    "new": now_[key]})
    return change if (change.appeared or change.disappeared or change.severity) else None


def shop_changes(store: Store, old: RulePack, new: RulePack, now: datetime) -> list[ShopChanges]:
    """For each shop: every saved plan checked under both packs, and the board's deadlines that move.
    A kind whose rules the new pack leaves as they were (RulePack.fingerprint) cannot change: its plans
    are not checked twice."""
    changed = {k for k in ALL_KINDS if old.fingerprint(k) != new.fingerprint(k)}
    out = []
    for shop in store.shops():
        changes = ShopChanges(shop.name)
        for kind in [k for k in PLAN_KINDS if k in changed]:
            for listed in store.plans(shop.id, kind):
                stored = store.plan(listed["id"])
                data = dict(stored["data"]) if isinstance(stored["data"], dict) else {}
                data["shop"] = {**(data.get("shop") or {}), **shop.as_contract()}
                found = _compare(kind, stored["name"], data, old, new, now)
                if found is not None:
                    changes.plans.append(found)
        if ("listing" in changed and shop.id is not None and shop.platform == "kuaishou"
                and snapshot_info(store, shop.id) is not None):
            found = _compare("listing", "商品快照", listing_input(store, shop), old, new, now)
            if found is not None:
                changes.plans.append(found)
        if changed & BOARD_KINDS:
            changes.deadlines = _moved(store, shop, old, new, now)
        out.append(changes)
    return out


def _moved(store: Store, shop: Shop, old: RulePack, new: RulePack, now: datetime) -> list[dict[str, str]]:
    before = {(d.source, d.where, d.what): d for d in collect(store, shop, old, now)[0]}
    after = {(d.source, d.where, d.what): d for d in collect(store, shop, new, now)[0]}
    moved = []
    for key, item in after.items():
        was = before.get(key)
        if was is None:
            moved.append({"what": item.what, "where": item.where, "old": "", "new": item.due.isoformat()})
        elif was.due != item.due:
            moved.append({"what": item.what, "where": item.where, "old": was.due.isoformat(),
                          "new": item.due.isoformat()})
    for key, item in before.items():
        if key not in after:
            moved.append({"what": item.what, "where": item.where, "old": item.due.isoformat(), "new": ""})
    return moved


def as_dict(rules: RuleChanges, shops: list[ShopChanges] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"rules": asdict(rules)}
    if shops is not None:
        out["shops"] = [asdict(s) for s in shops]
    plain: dict[str, Any] = json.loads(json.dumps(out, ensure_ascii=False, default=str))
    return plain


def _value(value: Any, unit: str) -> str:
    if value is None:
        return "（无）"
    shown = value if isinstance(value, str | int | float) else json.dumps(value, ensure_ascii=False)
    return f"{shown}{unit}" if unit and isinstance(value, str | int | float) else str(shown)


def text(rules: RuleChanges, shops: list[ShopChanges] | None = None) -> str:
    """The changes as a seller reads them."""
    lines = [f"规则包 {rules.old_version} → {rules.new_version}"]
    for entry in rules.changelog:
        lines.append(f"  · {entry.get('date', '')} {entry.get('text', '')}")
    if rules.empty:
        lines.append("规则没有变化。")
    for item in rules.added:
        since = f"，{item['from']} 起生效" if item.get("from") else ""
        lines.append(f"新增规则：{item['title']}{since}")
    for item in rules.removed:
        lines.append(f"删除规则：{item['title']}")
    for item in rules.ended:
        lines.append(f"规则失效：{item['title']}，{item['to']} 起不再适用")
    for change in rules.values:
        lines.append(f"数值变化：{change.title} · {change.label}：{_value(change.old, change.unit)} → "
                     f"{_value(change.new, change.unit)}，{change.since} 起")
    for item in rules.quotes:
        lines.append(f"原文更新：{item['title']}")
    if shops is None:
        return "\n".join(lines)
    for shop in shops:
        if shop.empty:
            lines.append(f"店铺“{shop.shop}”：已保存的方案检查结果不变。")
            continue
        lines.append(f"店铺“{shop.shop}”：")
        for plan in shop.plans:
            if plan.problem:
                lines.append(f"  {plan.kind}“{plan.plan}”无法检查：{plan.problem}")
            for f in plan.appeared:
                lines.append(f"  {plan.kind}“{plan.plan}”新出现{SEVERITY_ZH[f['severity']]}：{f['title']}")
            for f in plan.disappeared:
                lines.append(f"  {plan.kind}“{plan.plan}”不再有{SEVERITY_ZH[f['severity']]}：{f['title']}")
            for f in plan.severity:
                lines.append(f"  {plan.kind}“{plan.plan}”：{f['title']} 由{SEVERITY_ZH[f['old']]}变为{SEVERITY_ZH[f['new']]}")
        for d in shop.deadlines:
            old = d["old"][:16].replace("T", " ") or "（无）"
            new = d["new"][:16].replace("T", " ") or "（无）"
            lines.append(f"  时限变化：{d['what']}（{d['where']}）：{old} → {new}")
    return "\n".join(lines)
