"""The knowledge export: .xlsx, .csv (UTF-8 with BOM) or .json, in the columns the import reads back."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..bot.knowledge import PLATFORM_ZH, Entry
from . import ExportError, write_csv, write_json, write_xlsx

# field -> header on export (the import also accepts other names, see resources/import_profiles)
HEADERS = {"id": "编号", "question": "标准问题", "similar": "相似问题", "answer": "答案", "enabled": "启用",
           "scenario": "场景", "platform": "平台"}
SHEET_NAME = "知识库"


def knowledge_rows(entries: Sequence[Entry]) -> list[list[str]]:
    """Entries as a sheet: the header, then one row per entry (similar questions one per line)."""
    rows = [list(HEADERS.values())]
    for e in entries:
        rows.append([e.id, e.question, "\n".join(e.similar), e.answer, "是" if e.enabled else "否",
                     e.scenario, PLATFORM_ZH.get(e.platform, e.platform)])
    return rows


def export_knowledge(entries: Sequence[Entry], path: Path | str) -> Path:
    """Write entries to .xlsx, .csv or .json; the file appears whole or not at all."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, {SHEET_NAME: knowledge_rows(entries)})
    if suffix == ".csv":
        return write_csv(path, knowledge_rows(entries))
    if suffix == ".json":
        return write_json(path, {"knowledge": [e.as_dict() for e in entries]})
    raise ExportError(f"不支持的导出格式“{path.suffix}”：请选择 .xlsx、.csv 或 .json")
