"""Importing and exporting knowledge as .xlsx, .csv (UTF-8 with BOM on export; UTF-8 or GBK on import)
and .json. An import is all or nothing: it returns every entry, or raises KnowledgeImportError listing
every bad row by its line number, and imports nothing."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..export import write_csv, write_xlsx
from .knowledge import PLATFORM_ZH, Entry, entry_problems
from .tables import TableError, cell, column_index, decode_text, read_rows

# field -> (header on export, other headers accepted on import)
COLUMNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "id": ("编号", ("id", "知识编号", "知识id")),
    "question": ("标准问题", ("question", "问题", "标准问", "标准问法")),
    "similar": ("相似问题", ("similar", "相似问", "相似问法", "相似问题（每行一个）")),
    "answer": ("答案", ("answer", "回复", "回答", "答复", "回复内容")),
    "enabled": ("启用", ("enabled", "是否启用", "状态")),
    "scenario": ("场景", ("scenario", "分类", "场景分类")),
    "platform": ("平台", ("platform", "适用平台")),
}
SHEET_NAME = "知识库"
_TRUE = {"", "是", "启用", "开启", "开", "true", "1", "yes", "y", "√", "✓", "on"}
_FALSE = {"否", "停用", "关闭", "关", "false", "0", "no", "n", "×", "✗", "off"}
_PLATFORMS = {"": "all", "all": "all", "通用": "all", "全部": "all", "全平台": "all",
              "kuaishou": "kuaishou", "快手": "kuaishou", "快手小店": "kuaishou",
              "douyin": "douyin", "抖音": "douyin", "抖店": "douyin", "抖音小店": "douyin"}
_SIMILAR_SEPARATORS = ("\r\n", "\n", "|", "｜")


@dataclass(frozen=True)
class RowProblem:
    """What is wrong with one row (spreadsheet row number, or item number in a JSON list)."""

    row: int
    field: str
    message: str
    unit: str = "行"

    def __str__(self) -> str:
        where = f"第 {self.row} {self.unit}" if self.row else "文件"
        return f"{where}{f'「{self.field}」' if self.field else ''}：{self.message}"


class KnowledgeImportError(ValueError):
    """Nothing was imported; `problems` lists every bad row."""

    def __init__(self, problems: Sequence[RowProblem]) -> None:
        self.problems = list(problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"导入失败，没有导入任何知识（共 {len(self.problems)} 处问题）：\n{lines}")


def import_knowledge(path: Path | str) -> list[Entry]:
    """Entries from a .xlsx, .csv or .json file; KnowledgeImportError listing every problem."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return _from_json(path.read_bytes())
    try:
        rows = read_rows(path)
    except TableError as exc:
        raise KnowledgeImportError([RowProblem(0, "", str(exc))]) from None
    return _from_rows(rows)


def knowledge_rows(entries: Sequence[Entry]) -> list[list[str]]:
    """Entries as a sheet: the header, then one row per entry (similar questions one per line)."""
    rows = [[header for header, _ in COLUMNS.values()]]
    for e in entries:
        rows.append([e.id, e.question, "\n".join(e.similar), e.answer, "是" if e.enabled else "否",
                     e.scenario, PLATFORM_ZH.get(e.platform, e.platform)])
    return rows


def export_knowledge(entries: Sequence[Entry], path: Path | str) -> None:
    """Write entries to .xlsx, .csv (UTF-8 with BOM) or .json; the file appears whole or not at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(path, {SHEET_NAME: knowledge_rows(entries)})
    elif suffix == ".csv":
        write_csv(path, knowledge_rows(entries))
    elif suffix == ".json":
        text = json.dumps({"knowledge": [e.as_dict() for e in entries]}, ensure_ascii=False, indent=2)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    else:
        raise ValueError(f"不支持的导出格式“{path.suffix}”：请选择 .xlsx、.csv 或 .json")


def _from_json(raw: bytes) -> list[Entry]:
    try:
        doc = json.loads(decode_text(raw))
    except TableError as exc:
        raise KnowledgeImportError([RowProblem(0, "", str(exc))]) from None
    except json.JSONDecodeError as exc:
        raise KnowledgeImportError([RowProblem(exc.lineno, "", f"JSON 格式错误（第 {exc.colno} 列）：{exc.msg}")]) from None
    items = doc.get("knowledge", doc.get("entries")) if isinstance(doc, dict) else doc
    if not isinstance(items, list):
        raise KnowledgeImportError([RowProblem(0, "", "JSON 应为知识列表，或含 \"knowledge\": [...] 的对象")])
    entries: list[Entry] = []
    problems: list[RowProblem] = []
    for n, item in enumerate(items, start=1):
        entry, found = entry_problems(item)
        problems += [RowProblem(n, name, message, "条") for name, message in found]
        if entry is not None:
            entries.append(entry)
    problems += _duplicate_ids(entries, [n for n, _ in enumerate(items, start=1)], "条")
    if problems:
        raise KnowledgeImportError(problems)
    return entries


def _from_rows(rows: list[list[str]]) -> list[Entry]:
    if not rows:
        raise KnowledgeImportError([RowProblem(0, "", "文件是空的")])
    header = rows[0]
    where = {name: column_index(header, (label, *aliases)) for name, (label, aliases) in COLUMNS.items()}
    missing = [COLUMNS[n][0] for n in ("question", "answer") if where[n] is None]
    if missing:
        raise KnowledgeImportError([RowProblem(1, "", f"表头缺少“{'”“'.join(missing)}”列（可用的列：" +
                                               "、".join(label for label, _ in COLUMNS.values()) + "）")])
    labels = {name: header[i] for name, i in where.items() if i is not None}
    entries: list[Entry] = []
    line_numbers: list[int] = []
    problems: list[RowProblem] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        raw, found = _row_dict(row, where)
        entry, more = entry_problems(raw)
        for name, message in found + more:
            field = name.split("[")[0]
            problems.append(RowProblem(number, labels.get(field, COLUMNS.get(field, (field,))[0]), message))
        if entry is not None and not found:
            entries.append(entry)
            line_numbers.append(number)
    problems += _duplicate_ids(entries, line_numbers, "行", labels.get("id", COLUMNS["id"][0]))
    if problems:
        raise KnowledgeImportError(sorted(problems, key=lambda p: p.row))
    return entries


def _row_dict(row: list[str], where: dict[str, int | None]) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    found: list[tuple[str, str]] = []
    similar = cell(row, where["similar"])
    for separator in _SIMILAR_SEPARATORS:
        similar = similar.replace(separator, "\n")
    enabled_text = cell(row, where["enabled"]).strip().lower()
    enabled = enabled_text in _TRUE
    if not enabled and enabled_text not in _FALSE:
        found.append(("enabled", f"“{enabled_text}”不是有效的启用状态：请填“是”或“否”"))
    platform_text = cell(row, where["platform"]).strip().lower()
    platform = _PLATFORMS.get(platform_text)
    if platform is None:
        found.append(("platform", f"“{platform_text}”不是有效的平台：请填“通用”“快手”或“抖音”"))
    question = cell(row, where["question"]).strip()
    entry_id = cell(row, where["id"]).strip() or _generated_id(question)
    return {"id": entry_id, "question": question, "similar": similar.split("\n"),
            "answer": cell(row, where["answer"]), "enabled": enabled,
            "scenario": cell(row, where["scenario"]), "platform": platform or "all"}, found


def _generated_id(question: str) -> str:
    """An id for a row without one: the same question always gets the same id, so re-importing a
    sheet updates its entries instead of adding copies."""
    if not question:
        return ""
    return "q-" + hashlib.sha1(question.encode("utf-8")).hexdigest()[:8]


def _duplicate_ids(entries: list[Entry], numbers: list[int], unit: str, label: str = "id") -> list[RowProblem]:
    first: dict[str, int] = {}
    problems = []
    for entry, number in zip(entries, numbers):
        if entry.id in first:
            what = (f"问题“{entry.question}”与第 {first[entry.id]} {unit}重复" if entry.id.startswith("q-")
                    else f"编号“{entry.id}”与第 {first[entry.id]} {unit}重复")
            problems.append(RowProblem(number, label, what + "：请删去一行或改用不同的编号", unit))
        else:
            first[entry.id] = number
    return problems
