"""Importing bot knowledge from .xlsx, .csv (UTF-8 or GBK) or .json: all or nothing. Every entry, or
ImportRefused listing every bad row by its line number, and nothing imported.

The app merges what `read_knowledge` returns into the bot plan on screen (it autosaves like typing);
`import_knowledge` (the CLI) merges it into the shop's latest bot plan in the store.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .. import limits
from ..bot.knowledge import Entry, entry_problems
from ..progress import Progress
from ..store import Shop, Store
from ..tables import blank, decode, open_table, read_bytes
from .base import MANGLED_ID, ImportFileError, ImportRefused, ImportResult, Problem, clean, mangled_id
from .profiles import find_header

KIND = "knowledge"
PLAN_KIND = "bot"
_TRUE = {"", "是", "启用", "开启", "开", "true", "1", "yes", "y", "√", "✓", "on"}
_FALSE = {"否", "停用", "关闭", "关", "false", "0", "no", "n", "×", "✗", "off"}
_PLATFORMS = {"": "all", "all": "all", "通用": "all", "全部": "all", "全平台": "all",
              "kuaishou": "kuaishou", "快手": "kuaishou", "快手小店": "kuaishou",
              "douyin": "douyin", "抖音": "douyin", "抖店": "douyin", "抖音小店": "douyin"}
_SIMILAR_SEPARATORS = ("\r\n", "\n", "|", "｜")
LABELS = {"id": "编号", "question": "标准问题", "similar": "相似问题", "answer": "答案", "enabled": "启用",
          "scenario": "场景", "platform": "平台"}


def read_knowledge(path: Path | str, progress: Progress | None = None) -> list[Entry]:
    """Entries from a .xlsx, .csv or .json file; ImportRefused listing every problem."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return _from_json(read_bytes(path, ImportFileError))
    if path.suffix.lower() not in (".xlsx", ".xlsm", ".csv", ".tsv", ".xls"):
        raise ImportFileError(f"不支持的文件类型“{path.suffix or '无扩展名'}”：请选择 .xlsx、.csv 或 .json 文件。")
    table = open_table(path, ImportFileError, KIND)
    matched, pending = find_header(table.rows, KIND)
    if matched is None or not matched.complete:
        raise ImportRefused([Problem(matched.line if matched else 1, "", "表头缺少“标准问题”“答案”列（可用的列："
                                     + "、".join(LABELS.values()) + "）")])
    where = matched.columns
    labels = {name: matched.header[i] for name, i in where.items()}
    entries: list[Entry] = []
    numbers: list[int] = []
    problems: list[Problem] = []
    for number, cells in [*pending, *table.rows]:
        if blank(cells):
            continue
        if progress is not None and len(entries) % 500 == 0:
            progress.check()
        row = [clean(c) if not isinstance(c, str) else c for c in cells]
        raw, found = _row_dict(row, where)
        at = where.get("id")
        if at is not None and at < len(cells) and mangled_id(cells[at]):
            found.append(("id", f"编号“{clean(cells[at])}”{MANGLED_ID}"))
        entry, more = entry_problems(raw)
        for name, message in found + more:
            field = name.split("[")[0]
            problems.append(Problem(number, labels.get(field, LABELS.get(field, field)), message))
        if entry is not None and not found:
            entries.append(entry)
            numbers.append(number)
    problems += _duplicate_ids(entries, numbers, "行", labels.get("id", LABELS["id"]))
    if problems:
        raise ImportRefused(sorted(problems, key=lambda p: p.line))
    return entries


def _cell(row: list[Any], index: int | None) -> str:
    """The row's cell at `index` as text ("" when absent); a leading ' that an exporter added to keep
    Excel from running a formula is taken off again."""
    if index is None or index >= len(row):
        return ""
    value = row[index] if isinstance(row[index], str) else clean(row[index])
    value = value.strip("\t")
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


def _row_dict(row: list[Any], where: dict[str, int]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    found: list[tuple[str, str]] = []
    similar = _cell(row, where.get("similar"))
    for separator in _SIMILAR_SEPARATORS:
        similar = similar.replace(separator, "\n")
    enabled_text = _cell(row, where.get("enabled")).strip().lower()
    enabled = enabled_text in _TRUE
    if not enabled and enabled_text not in _FALSE:
        found.append(("enabled", f"“{enabled_text}”不是有效的启用状态：请填“是”或“否”"))
    platform_text = _cell(row, where.get("platform")).strip().lower()
    platform = _PLATFORMS.get(platform_text)
    if platform is None:
        found.append(("platform", f"“{platform_text}”不是有效的平台：请填“通用”“快手”或“抖音”"))
    question = _cell(row, where.get("question")).strip()
    entry_id = _cell(row, where.get("id")).strip() or _generated_id(question)
    return {"id": entry_id, "question": question, "similar": similar.split("\n"),
            "answer": _cell(row, where.get("answer")), "enabled": enabled,
            "scenario": _cell(row, where.get("scenario")), "platform": platform or "all"}, found


def _from_json(raw: bytes) -> list[Entry]:
    try:
        doc = json.loads(decode(raw, ImportFileError)[0])
    except json.JSONDecodeError as exc:
        raise ImportRefused([Problem(exc.lineno, "", f"JSON 格式错误（第 {exc.colno} 列）：{exc.msg}")]) from None
    except RecursionError:
        raise ImportRefused([Problem(0, "", "JSON 嵌套过深，不是知识库文件")]) from None
    items = doc.get("knowledge", doc.get("entries")) if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise ImportRefused([Problem(0, "", "JSON 应为知识列表，或含 \"knowledge\": [...] 的对象")])
    if len(items) > limits.MAX_ROWS[KIND]:
        raise ImportRefused([Problem(0, "", f"知识超过 {limits.MAX_ROWS[KIND]:,} 条的上限")])
    entries: list[Entry] = []
    problems: list[Problem] = []
    for n, item in enumerate(items, start=1):
        entry, found = entry_problems(item)
        problems += [Problem(n, name, f"第 {n} 条：{message}") for name, message in found]
        if entry is not None:
            entries.append(entry)
    problems += _duplicate_ids(entries, list(range(1, len(items) + 1)), "条")
    if problems:
        raise ImportRefused(problems)
    return entries


def _generated_id(question: str) -> str:
    """An id for a row without one: the same question always gets the same id, so re-importing a
    sheet updates its entries instead of adding copies."""
    if not question:
        return ""
    return "q-" + hashlib.sha1(question.encode("utf-8")).hexdigest()[:8]


def _duplicate_ids(entries: list[Entry], numbers: list[int], unit: str, label: str = "id") -> list[Problem]:
    first: dict[str, int] = {}
    problems = []
    for entry, number in zip(entries, numbers):
        if entry.id in first:
            what = (f"问题“{entry.question}”与第 {first[entry.id]} {unit}重复" if entry.id.startswith("q-")
                    else f"编号“{entry.id}”与第 {first[entry.id]} {unit}重复")
            problems.append(Problem(number, label, what + "：请删去一行或改用不同的编号"))
        else:
            first[entry.id] = number
    return problems


def merge_entries(edits: Sequence[Entry], imported: Sequence[Entry]) -> tuple[list[Entry], int, int]:
    """The seller's edits with the imported entries laid over them (same id: replaced; new: added).
    Returns (edits, added, updated)."""
    merged = list(edits)
    where = {e.id: i for i, e in enumerate(merged)}
    added = updated = 0
    for entry in imported:
        if entry.id in where:
            merged[where[entry.id]] = entry
            updated += 1
        else:
            where[entry.id] = len(merged)
            merged.append(entry)
            added += 1
    return merged, added, updated


def import_knowledge(store: Store, shop: Shop, path: Path | str, *, progress: Progress | None = None) -> ImportResult:
    """Merge the file's entries into the shop's latest bot plan (made if there is none), in one write."""
    from ..bot.knowledge import parse_knowledge

    entries = read_knowledge(path, progress)
    plans = store.plans(shop.id, PLAN_KIND)
    plan_id = plans[0]["id"] if plans else None
    stored = store.plan(plan_id) if plan_id is not None else {"name": "客服机器人", "data": {}}
    name = str(stored["name"])
    data = stored["data"] if isinstance(stored["data"], dict) else {}
    edits = parse_knowledge(data.get("knowledge"))
    merged, added, updated = merge_entries(edits, entries)
    doc = {"platform": shop.platform, "use_builtin": data.get("use_builtin", True), "settings": data.get("settings") or {},
           "ask": data.get("ask") or [], **data, "knowledge": [e.as_dict() for e in merged]}
    store.save_plan(shop.id, PLAN_KIND, name, doc, plan_id)
    return ImportResult(kind=KIND, profile="知识库", rows=len(entries), imported=len(entries),
                        details={"added": added, "updated": updated})
