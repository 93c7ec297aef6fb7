"""Export profiles: each kind of file a platform's back office (or this app) writes, as data.

A profile lives in resources/import_profiles/*.toml:

    [profile]
    id = "dy.aftersale"                 # stable
    kind = "aftersale"                  # products | aftersale | receipts | knowledge
    name = "抖店 售后单导出"             # what the seller is told: 识别为：抖店 售后单导出
    platform = "douyin"                 # optional
    priority = 10                       # breaks a tie between two profiles that match as well

    [columns]                           # field -> the header names it goes by (any one of them)
    aftersale_id = ["售后单号"]
    at = ["售后申请时间", "申请时间"]

    [match]
    required = [["aftersale_id", "order_id"], ["type"], ["at"]]   # each group: one of these fields
    signature = ["商品单号", "退款方式"]  # headers only this export has: recognising it by them
    min_signature = 1                   # (the default when there is a signature) fewer: not this export

    [values.type]                       # field -> its cell values -> what the app makes of them
    "未发货仅退款" = "refund_before_shipment"
    "换货" = "skip:换货（售后时效不涵盖）"

    [[skip]]                            # rows that are not records: skipped and counted, never refused
    field = "order_status"
    not_in = ["已完成"]
    reason = "未完成或已关闭的订单"

    [options]                           # the export's quirks (the importer of the kind reads them)

A new version of an export is a data change: add a header name, a value, a profile.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from hashlib import sha1
from typing import Any

from ..errors import RulePackError
from ..paths import resource
from .base import ColumnsUnknown, ImportFileError, clean, header_base, header_key

KINDS = ("products", "aftersale", "receipts", "knowledge")
HEADER_SCAN = 12  # rows searched for the header: an export may put a title, a note, a blank row above it


@dataclass(frozen=True)
class SkipRule:
    """Rows whose `field` value is (`in_`) or is not (`not_in`) one of the values, or matches none of
    the fields at all (`blank_record`), are not records: skipped, counted under `reason`."""

    reason: str
    field: str = ""
    in_: tuple[str, ...] = ()
    not_in: tuple[str, ...] = ()
    first_cell: tuple[str, ...] = ()  # the row's first non-empty cell starts with one of these
    empty: tuple[str, ...] = ()  # every one of these fields is empty (a summary row has no order number)

    def applies(self, get: Any, cells: list[Any], columns: dict[str, int]) -> bool:
        """True when the row (`get(field)` reads one of its fields) is one this rule skips. A rule about
        a field the file has no column for does not apply."""
        if any(f not in columns for f in (self.field, *self.empty) if f):
            return False
        if self.first_cell:
            first = next((clean(c) for c in cells if clean(c)), "")
            if first.startswith(self.first_cell):
                return True
        if self.empty and all(clean(get(f)) in ("", "-", "--") for f in self.empty):
            return True
        if self.field:
            value = header_key(clean(get(self.field)))
            return bool((self.in_ and value in self.in_) or (self.not_in and value not in self.not_in))
        return False


@dataclass(frozen=True)
class Profile:
    id: str
    kind: str
    name: str
    columns: dict[str, tuple[str, ...]]
    required: tuple[tuple[str, ...], ...]
    signature: tuple[str, ...] = ()
    min_signature: int = 0  # fewer signature headers than this: not this export at all
    platform: str = ""
    priority: int = 0
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    skip: tuple[SkipRule, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)

    def field_of(self, header: Any) -> str | None:
        """The field a header cell is, or None."""
        key, _unit = header_base(header)
        full = header_key(header)
        for name, words in self.columns.items():
            if full in words or key in words:
                return name
        return None

    def value(self, fieldname: str, raw: Any) -> str | None:
        """What a cell of `fieldname` means, by the profile's table (None: not listed)."""
        table = self.values.get(fieldname)
        if not table:
            return None
        text = clean(raw)
        found = table.get(text)  # the export's own words, as written (the common case: no rewriting)
        return found if found is not None else table.get(header_key(text))


@dataclass
class Matched:
    """A header row and the profile it was recognised by; `columns` maps fields to 0-based columns."""

    profile: Profile
    line: int
    header: list[str]
    columns: dict[str, int]
    score: int

    @property
    def missing(self) -> list[tuple[str, ...]]:
        return [group for group in self.profile.required if not any(f in self.columns for f in group)]

    @property
    def complete(self) -> bool:
        return not self.missing

    def key(self) -> str:
        """What a remembered column choice is kept under: the profile, or for a file no profile
        recognises, the shape of its header."""
        if self.complete or self.profile.id.startswith(("dy.", "ks.")):
            return self.profile.id
        return "header:" + sha1("\x1f".join(header_key(h) for h in self.header).encode()).hexdigest()[:16]


def _words(values: Any, where: str) -> tuple[str, ...]:
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise RulePackError(f"{where}: 应为文字列表")
    return tuple(header_key(v) for v in values)


def _profile(doc: dict[str, Any], name: str) -> Profile:
    head = doc.get("profile", {})
    kind = head.get("kind")
    if kind not in KINDS:
        raise RulePackError(f"{name}: profile.kind 应为 {' / '.join(KINDS)}，实为 {kind!r}")
    columns = {f: _words(v, f"{name}: columns.{f}") for f, v in (doc.get("columns") or {}).items()}
    match = doc.get("match") or {}
    required = tuple(_words(group, f"{name}: match.required") for group in match.get("required", []))
    for group in required:
        unknown = [f for f in group if f not in columns]
        if unknown:
            raise RulePackError(f"{name}: match.required 中的字段 {unknown} 不在 columns 中")
    values = {f: {header_key(k): str(v) for k, v in table.items()} for f, table in (doc.get("values") or {}).items()}
    skips = []
    for i, rule in enumerate(doc.get("skip") or []):
        if "reason" not in rule:
            raise RulePackError(f"{name}: skip[{i}] 缺少 reason")
        named = [f for f in [rule.get("field"), *rule.get("empty", [])] if f]
        if any(f not in columns for f in named):
            raise RulePackError(f"{name}: skip[{i}] 中的字段 {named} 不全在 columns 中")
        skips.append(SkipRule(reason=str(rule["reason"]), field=str(rule.get("field", "")),
                              in_=tuple(header_key(v) for v in rule.get("in", [])),
                              not_in=tuple(header_key(v) for v in rule.get("not_in", [])),
                              first_cell=tuple(rule.get("first_cell", [])),
                              empty=tuple(str(f) for f in rule.get("empty", []))))
    return Profile(id=str(head.get("id") or name), kind=kind, name=str(head.get("name") or name), columns=columns,
                   required=required, signature=_words(match.get("signature", []), f"{name}: match.signature"),
                   min_signature=int(match.get("min_signature", 1 if match.get("signature") else 0)),
                   platform=str(head.get("platform", "")), priority=int(head.get("priority", 0)),
                   values=values, skip=tuple(skips), options=dict(doc.get("options") or {}))


@lru_cache(maxsize=1)
def all_profiles() -> tuple[Profile, ...]:
    """Every profile shipped in resources/import_profiles/, validated."""
    found = []
    ids: set[str] = set()
    for path in sorted(resource("import_profiles").glob("*.toml")):
        try:
            doc = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise RulePackError(f"{path.name}: 无法读取: {exc}") from None
        profile = _profile(doc, path.name)
        if profile.id in ids:
            raise RulePackError(f"{path.name}: 与其他文件的 profile.id 重复：{profile.id}")
        ids.add(profile.id)
        found.append(profile)
    return tuple(found)


def profiles(kind: str) -> list[Profile]:
    return [p for p in all_profiles() if p.kind == kind]


def by_id(profile_id: str) -> Profile:
    for p in all_profiles():
        if p.id == profile_id:
            return p
    raise KeyError(profile_id)


def match_header(cells: list[Any], line: int, candidates: list[Profile]) -> Matched | None:
    """The best profile for one row taken as the header (complete ones first), or None."""
    header = [clean(c) for c in cells]
    keys = {header_key(c) for c in cells}
    best: Matched | None = None
    for profile in candidates:
        columns: dict[str, int] = {}
        for index, cell in enumerate(cells):
            name = profile.field_of(cell)
            if name is not None and name not in columns:
                columns[name] = index
        hits = sum(1 for s in profile.signature if s in keys)
        if not columns or hits < profile.min_signature:
            continue
        score = len(columns) + 10 * hits
        found = Matched(profile, line, header, columns, score)
        rank = (found.complete, score, profile.priority)
        if best is None or rank > (best.complete, best.score, best.profile.priority):
            best = found
    return best


def with_choice(matched: Matched, choice: dict[str, str]) -> Matched:
    """The match with columns the seller chose (field -> header text), over what was recognised."""
    columns = dict(matched.columns)
    for fieldname, header in choice.items():
        if header == "":
            columns.pop(fieldname, None)
        elif header in matched.header:
            columns[fieldname] = matched.header.index(header)
    return Matched(matched.profile, matched.line, matched.header, columns, matched.score)


def find_header(rows: Any, kind: str, profile_id: str | None = None) -> tuple[Matched | None, list[tuple[int, list[Any]]]]:
    """Scan the first rows for the header: the row that a profile of `kind` recognises best (a complete
    match first, then the higher score, then the earlier row). Returns the match (None when no row
    names any known column; else possibly incomplete, for the seller to confirm the columns) and the
    rows read after the header row, still to be processed as data."""
    candidates = [by_id(profile_id)] if profile_id else profiles(kind)
    seen: list[tuple[int, list[Any]]] = []
    for line, cells in rows:
        seen.append((line, cells))
        if len(seen) >= HEADER_SCAN:
            break
    best: Matched | None = None
    best_at = -1
    for at, (line, cells) in enumerate(seen):
        found = match_header(cells, line, candidates)
        if found is None:
            continue
        if best is None or (found.complete, found.score) > (best.complete, best.score):
            best, best_at = found, at
    if best is None:
        return None, seen
    return best, seen[best_at + 1:]


def confirm_columns(matched: Matched | None, pending: list[tuple[int, list[Any]]], kind: str, names: dict[str, str],
                    choice: dict[str, str] | None, remembered: Callable[[str], dict[str, str] | None] | None,
                    message: Callable[[Matched | None], str]) -> tuple[Matched, list[tuple[int, list[Any]]], str, dict[str, str]]:
    """The header match the rows are read by, with the seller's column choice applied: `choice` (given
    now), else what `remembered(key)` returns for a header the profiles do not fully name. Raises
    ColumnsUnknown (with `message(matched)`) when a needed column is still unnamed. Returns the match,
    the rows after the header, the key the choice is remembered under and the choice applied."""
    if matched is None:
        first = next((at for at, (_line, cells) in enumerate(pending) if any(clean(c) for c in cells)), None)
        if first is None:
            raise ImportFileError(message(None))
        line, cells = pending[first]
        matched = Matched(by_id(f"app.{kind}"), line, [clean(c) for c in cells], {}, 0)
        pending = pending[first + 1:]
    key = matched.key()
    used = choice if choice is not None else (remembered(key) if remembered and not matched.complete else None)
    if used:
        matched = with_choice(matched, used)
    if not matched.complete:
        fields = {f: names[f] for f in names if f in matched.profile.columns}
        raise ColumnsUnknown(message(matched), line=matched.line, header=matched.header, fields=fields,
                             missing=[f for group in matched.missing for f in group],
                             chosen={f: matched.header[i] for f, i in matched.columns.items() if f in fields},
                             key=key, profile=matched.profile.name, required=matched.profile.required)
    return matched, pending, key, dict(used or {})
