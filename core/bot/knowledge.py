"""Knowledge entries: a standard question, its similar questions and the answer the bot gives.

The built-in set (resources/knowledge/builtin.json) is industry knowledge every seller starts from. A
seller's changes are kept apart from it as entries with the same id ("edits"): `apply_edits` lays them
over the defaults, and dropping an edit ("restore default") brings the built-in entry back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from .. import limits
from ..errors import InputError
from ..paths import resource

BUILTIN_FILE = "builtin.json"
SCENARIOS = ("售前", "物流", "售后", "优惠", "商品")
PLATFORMS = ("all", "kuaishou", "douyin")
PLATFORM_ZH = {"all": "通用", "kuaishou": "快手", "douyin": "抖音"}


@dataclass(frozen=True)
class Entry:
    """One piece of bot knowledge. `platform` is "all", "kuaishou" or "douyin"."""

    id: str
    question: str
    similar: tuple[str, ...] = ()
    answer: str = ""
    enabled: bool = True
    scenario: str = ""
    platform: str = "all"

    @property
    def questions(self) -> tuple[str, ...]:
        """The standard question followed by the similar ones."""
        return (self.question, *self.similar)

    def serves(self, platform: str | None) -> bool:
        """True when the entry is meant for this platform (None: any platform)."""
        return platform is None or self.platform in ("all", platform)

    def as_dict(self) -> dict[str, Any]:
        """The contract shape (bot.json `knowledge[i]`) plus scenario and platform."""
        return {"id": self.id, "question": self.question, "similar": list(self.similar),
                "answer": self.answer, "enabled": self.enabled, "scenario": self.scenario,
                "platform": self.platform}


def question_path(index: int, variant: int) -> str:
    """The field of an entry's n-th question: 0 is the standard question, then similar[0], …"""
    return f"knowledge[{index}].question" if variant == 0 else f"knowledge[{index}].similar[{variant - 1}]"


def entry_problems(raw: Any) -> tuple[Entry | None, list[tuple[str, str]]]:
    """Read one entry from its dict; every problem as (field, Chinese message), the entry when none."""
    if not isinstance(raw, dict):
        return None, [("", "应为对象 {…}，包含 id、question、answer 等字段")]
    problems: list[tuple[str, str]] = []

    def string(name: str, required: bool) -> str:
        value = raw.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            problems.append((name, "应为文字"))
            return ""
        if required and not value.strip():
            problems.append((name, "不能为空"))
        return value.strip()

    entry_id = string("id", True)
    question = string("question", True)
    answer = string("answer", False)
    if len(question) > limits.MAX_ENTRY_QUESTION_CHARS:
        problems.append(("question", f"问题有 {len(question):,} 个字，超过 {limits.MAX_ENTRY_QUESTION_CHARS} 字的上限："
                                     "买家问题写成一句话即可"))
    if len(answer) > limits.MAX_ENTRY_ANSWER_CHARS:
        problems.append(("answer", f"答案有 {len(answer):,} 个字，超过 {limits.MAX_ENTRY_ANSWER_CHARS:,} 字的上限"))
    scenario = string("scenario", False)
    similar: list[str] = []
    raw_similar = raw.get("similar")
    if raw_similar is None:
        raw_similar = []
    if not isinstance(raw_similar, list):
        problems.append(("similar", "应为文字列表 […]"))
    else:
        if len(raw_similar) > limits.MAX_SIMILAR:
            problems.append(("similar", f"相似问题有 {len(raw_similar):,} 条，超过 {limits.MAX_SIMILAR} 条的上限"))
            raw_similar = []
        for j, item in enumerate(raw_similar):
            if not isinstance(item, str):
                problems.append((f"similar[{j}]", "应为文字"))
            elif len(item) > limits.MAX_ENTRY_QUESTION_CHARS:
                problems.append((f"similar[{j}]", f"相似问题超过 {limits.MAX_ENTRY_QUESTION_CHARS} 字的上限"))
            elif item.strip():
                similar.append(item.strip())
    enabled = raw.get("enabled", True)
    if enabled is None:
        enabled = True
    if not isinstance(enabled, bool):
        problems.append(("enabled", "应为 true 或 false"))
    platform = raw.get("platform") or "all"
    if platform not in PLATFORMS:
        problems.append(("platform", f"应为 {' / '.join(PLATFORMS)}，实为 {platform!r}"))
    if problems:
        return None, problems
    return Entry(id=entry_id, question=question, similar=tuple(similar), answer=answer,
                 enabled=bool(enabled), scenario=scenario, platform=str(platform)), []


def parse_entry(raw: Any, path: str) -> Entry:
    """One entry from the contract shape; InputError naming the field (e.g. `knowledge[3].answer`)."""
    entry, problems = entry_problems(raw)
    if entry is None:
        name, message = problems[0]
        raise InputError(f"{path}.{name}" if name else path, message)
    return entry


def parse_knowledge(raw: Any, path: str = "knowledge") -> list[Entry]:
    """A list of entries (the plan's `knowledge`); ids must be unique. Missing means empty."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise InputError(path, "应为列表 […]")
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(raw):
        entry = parse_entry(item, f"{path}[{i}]")
        if entry.id in seen:
            raise InputError(f"{path}[{i}].id", f"编号“{entry.id}”与 {path}[{seen[entry.id]}] 重复")
        seen[entry.id] = i
        entries.append(entry)
    return entries


@lru_cache(maxsize=1)
def _builtin() -> tuple[Entry, ...]:
    doc = json.loads(resource("knowledge", BUILTIN_FILE).read_text(encoding="utf-8"))
    return tuple(parse_knowledge(doc["knowledge"], f"{BUILTIN_FILE}:knowledge"))


def builtin_knowledge() -> list[Entry]:
    """The built-in industry knowledge shipped in resources/knowledge/builtin.json (all enabled)."""
    return list(_builtin())


def apply_edits(defaults: Sequence[Entry], edits: Iterable[Entry]) -> list[Entry]:
    """The knowledge the bot uses: each default replaced by the seller's entry with the same id, in the
    defaults' order, followed by the seller's own new entries in their order."""
    edited = {e.id: e for e in edits}
    default_ids = {d.id for d in defaults}
    merged = [edited.get(d.id, d) for d in defaults]
    merged.extend(e for e in edited.values() if e.id not in default_ids)
    return merged


def edited_fields(entry: Entry, default: Entry | None) -> list[str]:
    """The fields in which an entry differs from its built-in default (all of them for a new entry)."""
    names = [f.name for f in fields(Entry)]
    if default is None:
        return names
    return [n for n in names if getattr(entry, n) != getattr(default, n)]


def restore_default(edits: Iterable[Entry], entry_id: str) -> list[Entry]:
    """The seller's edits without the one for `entry_id`: the built-in entry applies again."""
    return [e for e in edits if e.id != entry_id]
