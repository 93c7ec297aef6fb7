"""The rule pack: platform rules as dated data in resources/rules/*.toml.

Each file is one announcement. Each rule has a stable id, a platform, a zh-CN title, the check kind
it belongs to (or "reference" for rules shown only in the rule browser), an optional
effective_from / effective_to, its source (announcement title, date, quoted clause) and parameters
whose values are dated: a check resolves each parameter as of the plan's moment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from . import rulepack_cache
from .errors import RulePackError
from .paths import resource
from .values import start_of

PLATFORMS = ("kuaishou", "douyin")
SEVERITIES = ("error", "warning", "info")
KINDS = ("lottery", "listing", "trial", "coupon", "challenge", "bot", "aftersale", "reference")
RULE_ID = re.compile(r"^(ks|dy)(\.[a-z0-9_]+)+$")


@dataclass(frozen=True)
class Source:
    """Where a rule comes from: the announcement's title, its date and the quoted clause."""

    title: str
    date: date
    quote: str
    note: str = ""

    def as_dict(self) -> dict[str, str]:
        out = {"title": self.title, "date": self.date.isoformat(), "quote": self.quote}
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class ParamLabel:
    """How a parameter is shown to a seller: a Chinese label and its unit ("元", "小时", or "")."""

    label: str
    unit: str = ""


@dataclass(frozen=True)
class DatedValue:
    since: date
    value: Any


@dataclass(frozen=True)
class Rule:
    """One platform rule with its dated parameters."""

    id: str
    platform: str
    title: str
    kind: str
    severity: str
    source: Source
    effective_from: date | None = None
    effective_to: date | None = None
    params: dict[str, tuple[DatedValue, ...]] = field(default_factory=dict)
    file: str = ""
    labels: dict[str, ParamLabel] = field(default_factory=dict)

    def in_force(self, as_of: datetime) -> bool:
        """True when the rule applies at this moment (effective_to is the first day it no longer does)."""
        if self.effective_from and as_of < start_of(self.effective_from):
            return False
        if self.effective_to and as_of >= start_of(self.effective_to):
            return False
        return True

    def param(self, name: str, as_of: datetime) -> Any:
        """The value of a parameter in force at `as_of` (the earliest one before any dated value)."""
        try:
            values = self.params[name]
        except KeyError:
            raise KeyError(f"rule {self.id} has no parameter {name!r}") from None
        if len(values) == 1:  # most parameters have one value, in force at any moment
            return values[0].value
        chosen = values[0]
        for dated in values:
            if start_of(dated.since) <= as_of:
                chosen = dated
        return chosen.value

    def params_as_of(self, as_of: datetime) -> dict[str, Any]:
        return {name: self.param(name, as_of) for name in self.params}


@dataclass(frozen=True)
class RulePack:
    rules: dict[str, Rule]
    version: str
    date: date | None = None  # when this version of the pack was made (pack.toml `date`)
    min_app: str = ""  # the oldest app that can use it (pack.toml `min_app`)
    changelog: tuple[dict[str, Any], ...] = ()  # pack.toml [[changelog]]: version, date, rules, text
    # the rules folder it was loaded from: files a rule names (a model, models/*.json) are read from it
    folder: Path | None = field(default=None, compare=False)

    def file(self, name: str) -> Path:
        """A file of the pack that a rule names (relative to its folder, with /, inside it)."""
        parts = name.split("/")
        if not name or name.startswith("/") or "\\" in name or ":" in name or any(p in ("", ".", "..") for p in parts):
            raise RulePackError(f"规则包中的文件名“{name}”应为规则包文件夹内的相对路径（以 / 分隔）")
        if self.folder is None:
            raise RulePackError(f"规则包 {self.version} 没有文件夹，无法读取 {name}")
        return self.folder.joinpath(*parts)

    def __getitem__(self, rule_id: str) -> Rule:
        return self.rules[rule_id]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.rules.values())

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def label(self) -> str:
        """"2026.12.05.1（2026-12-05）": how the pack is named to a seller (its version and date)."""
        return f"{self.version}（{self.date.isoformat()}）" if self.date else self.version

    def fingerprint(self, kind: str) -> str:
        """A digest of what decides the findings of one check kind: its rules' ids, severities,
        effective dates and parameter values (not titles, quotes or labels). Two packs with the same
        fingerprint for a kind give the same findings for it: a kept result stays valid, and a new
        pack need not re-check that kind's plans."""
        import hashlib
        import json

        kept = self.__dict__.setdefault("_fingerprints", {})
        if kind not in kept:
            # the kind's rules, and the reference rules of the same areas (ks.lottery.*, ks.category.*)
            areas = {r.id.rsplit(".", 1)[0] for r in self.rules.values() if r.kind == kind}
            parts = [(r.id, r.severity, str(r.effective_from), str(r.effective_to),
                      {n: [(str(d.since), d.value) for d in v] for n, v in sorted(r.params.items())})
                     for r in sorted(self.rules.values(), key=lambda r: r.id)
                     if r.kind == kind or (r.kind == "reference" and r.id.rsplit(".", 1)[0] in areas)]
            text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
            kept[kind] = hashlib.sha256(text.encode()).hexdigest()[:16]
        return str(kept[kind])

    def search(self, words: str = "", platform: str | None = None) -> list[Rule]:
        """Rules whose id, title, source or quote contain every word (case-insensitive)."""
        terms = [w.lower() for w in words.split()]
        found = []
        for rule in self.rules.values():
            if platform and rule.platform != platform:
                continue
            hay = " ".join(
                (rule.id, rule.title, rule.source.title, rule.source.quote, rule.source.note)
            ).lower()
            if all(t in hay for t in terms):
                found.append(rule)
        return found


def _fail(file: str, rule: str, fieldname: str, problem: str) -> RulePackError:
    return RulePackError(f"{file}: 规则 {rule}: 字段 {fieldname}: {problem}")


def _as_date(value: Any, file: str, rule: str, fieldname: str) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _fail(file, rule, fieldname, f"应为日期 YYYY-MM-DD，实为 {value!r}")


def _text(raw: dict[str, Any], key: str, file: str, rule: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _fail(file, rule, key, "缺失或为空")
    return value


def _parse_rule(raw: Any, defaults: dict[str, Any], file: str, index: int) -> Rule:
    if not isinstance(raw, dict):
        raise _fail(file, f"#{index + 1}", "rule", "应为表")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not RULE_ID.match(rule_id):
        raise _fail(file, f"#{index + 1}", "id", f"应形如 ks.lottery.value_cap，实为 {rule_id!r}")
    merged = {**defaults, **raw}
    platform = merged.get("platform")
    if platform not in PLATFORMS:
        raise _fail(file, rule_id, "platform", f"应为 {' / '.join(PLATFORMS)}，实为 {platform!r}")
    kind = merged.get("kind")
    if kind not in KINDS:
        raise _fail(file, rule_id, "kind", f"应为 {' / '.join(KINDS)}，实为 {kind!r}")
    severity = merged.get("severity", "info")
    if severity not in SEVERITIES:
        raise _fail(file, rule_id, "severity", f"应为 {' / '.join(SEVERITIES)}，实为 {severity!r}")
    src = raw.get("source", {})
    if not isinstance(src, dict):
        raise _fail(file, rule_id, "source", "应为表")
    src = {**defaults.get("source", {}), **src}
    source = Source(
        title=_text(src, "title", file, rule_id),
        date=_as_date(src.get("date"), file, rule_id, "source.date"),
        quote=_text(src, "quote", file, rule_id),
        note=src.get("note", "") if isinstance(src.get("note", ""), str) else "",
    )
    eff_from = merged.get("effective_from")
    eff_to = merged.get("effective_to")
    start = _as_date(eff_from, file, rule_id, "effective_from") if eff_from is not None else None
    end = _as_date(eff_to, file, rule_id, "effective_to") if eff_to is not None else None
    if start and end and end <= start:
        raise _fail(file, rule_id, "effective_to", "必须晚于 effective_from")
    params: dict[str, tuple[DatedValue, ...]] = {}
    raw_params = raw.get("params", {})
    if not isinstance(raw_params, dict):
        raise _fail(file, rule_id, "params", "应为表")
    for name, values in raw_params.items():
        where = f"params.{name}"
        if not isinstance(values, list) or not values:
            raise _fail(file, rule_id, where, "应为非空的 [{since, value}] 列表")
        dated = []
        for i, entry in enumerate(values):
            if not isinstance(entry, dict) or "value" not in entry or "since" not in entry:
                raise _fail(file, rule_id, f"{where}[{i}]", "每项需要 since 和 value")
            dated.append(
                DatedValue(_as_date(entry["since"], file, rule_id, f"{where}[{i}].since"),
                           entry["value"])
            )
        if [d.since for d in dated] != sorted({d.since for d in dated}):
            raise _fail(file, rule_id, where, "since 日期须递增且不重复")
        params[name] = tuple(dated)
    labels: dict[str, ParamLabel] = {}
    raw_labels = raw.get("labels", {})
    if not isinstance(raw_labels, dict):
        raise _fail(file, rule_id, "labels", "应为表")
    for name, spec in raw_labels.items():
        if name not in params:
            raise _fail(file, rule_id, f"labels.{name}", "没有这个参数")
        if isinstance(spec, str):
            spec = {"label": spec}
        if not isinstance(spec, dict) or not isinstance(spec.get("label"), str) or not spec["label"].strip():
            raise _fail(file, rule_id, f"labels.{name}", "应为 {label = \"中文名称\", unit = \"单位\"}")
        labels[name] = ParamLabel(spec["label"], str(spec.get("unit", "")))
    return Rule(
        id=rule_id, platform=platform, title=_text(raw, "title", file, rule_id), kind=kind,
        severity=severity, source=source, effective_from=start, effective_to=end,
        params=params, file=file, labels=labels,
    )


def _read_files(folder: Path) -> dict[str, bytes]:
    files = {}
    for path in sorted(folder.glob("*.toml")):
        try:
            files[path.name] = path.read_bytes()
        except OSError as exc:
            raise RulePackError(f"{path.name}: 无法读取: {exc}") from None
    if not files:
        raise RulePackError(f"{folder}: 没有找到规则文件 (*.toml)")
    return files


def _parse_files(files: dict[str, bytes]) -> list[dict[str, Any]]:
    import tomllib  # here, not at the top: a start with a valid cache does not need it

    docs = []
    for name, data in files.items():
        try:
            text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text did
            docs.append(tomllib.loads(text))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise RulePackError(f"{name}: 无法读取: {exc}") from None
    return docs


def _build(folder: Path, names: list[str], docs: list[dict[str, Any]]) -> RulePack:
    rules: dict[str, Rule] = {}
    version = ""
    meta: dict[str, Any] = {}
    for name, doc in zip(names, docs, strict=True):
        if name == "pack.toml":
            version, meta = str(doc.get("version", "")), doc
            continue
        defaults = doc.get("announcement", {})
        if not isinstance(defaults, dict):
            raise _fail(name, "-", "announcement", "应为表")
        raw_rules = doc.get("rule", [])
        if not isinstance(raw_rules, list) or not raw_rules:
            raise _fail(name, "-", "rule", "文件中没有 [[rule]]")
        for i, raw in enumerate(raw_rules):
            rule = _parse_rule(raw, defaults, name, i)
            if rule.id in rules:
                raise _fail(name, rule.id, "id", f"与 {rules[rule.id].file} 中的规则重复")
            rules[rule.id] = rule
    if not version:
        raise RulePackError(f"{folder}: 缺少 pack.toml 中的 version")
    made = _as_date(meta["date"], "pack.toml", "-", "date") if "date" in meta else None
    changelog = meta.get("changelog") or []
    if not isinstance(changelog, list) or not all(isinstance(c, dict) for c in changelog):
        raise RulePackError("pack.toml: changelog 应为 [[changelog]] 表的列表")
    for entry in changelog:
        unknown = [r for r in entry.get("rules", []) if r not in rules]
        if unknown:
            raise RulePackError(f"pack.toml: changelog {entry.get('version', '')} 提到的规则不存在：{unknown}")
    return RulePack(rules=rules, version=version, date=made, min_app=str(meta.get("min_app", "")),
                    changelog=tuple(changelog), folder=folder)


def load_pack(folder: Path | None = None, cache: Path | None = None) -> RulePack:
    """Load and validate every *.toml in the folder; raise RulePackError naming file, rule, field.

    With `cache` (a folder the app may write), the parsed files are kept there for the next start
    (see rulepack_cache); the pack is validated the same either way.
    """
    folder = folder or resource("rules")
    files = _read_files(folder)
    names = list(files)
    if cache is not None:
        docs = rulepack_cache.read(cache, files)
        if docs is not None:
            try:
                return _build(folder, names, docs)
            except Exception:  # noqa: BLE001 - a cache that is not what the files say: read the files
                pass
    docs = _parse_files(files)
    pack = _build(folder, names, docs)
    if cache is not None:
        rulepack_cache.write(cache, files, docs)
    return pack
