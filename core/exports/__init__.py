"""Everything a seller exports, written in one place: .xlsx and .csv (and .json), all or nothing, with
every cell made safe for Excel by one function.

`safe_cell` is used by every export: text a spreadsheet would run as a formula (starting with = + - @
or a tab or carriage return) gets a leading ' so Excel shows it as text, and characters an .xlsx cell
cannot hold (control characters, which an imported knowledge entry or product title may carry) are
taken out, so no export fails on them. .xlsx files are written row by row (openpyxl's write-only
mode), never a whole workbook held in memory; a sheet is refused past Excel's own row limit.

The sheet builders (lottery, listing, coupon, knowledge) live beside this module.
"""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from .. import limits
from ..report import Report

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
# What an .xlsx cell cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE, without importing openpyxl here).
_ILLEGAL = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
Rows = Sequence[Sequence[Any]]
SEVERITY_ZH = {"error": "错误", "warning": "提醒", "info": "说明"}
_WIDTH_SAMPLE = 500  # rows looked at to size the columns of a sheet


class ExportError(ValueError):
    """What was asked cannot be written (too many rows for a sheet, an unknown format)."""


def safe_cell(value: Any) -> Any:
    """A value as it may go into a spreadsheet cell: never a formula, never an illegal character."""
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        if value.startswith(DANGEROUS_START):
            return "'" + value
    return value


def neutralise(value: Any) -> Any:
    """(The name earlier exports used for safe_cell.)"""
    return safe_cell(value)


_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not allowed in a Windows file name
_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)


def file_name(pattern: str, name: str, suffix: str) -> str:
    """A default file name from a pattern holding %1 and something the seller typed, e.g.
    ("%1-类目迁移清单", "服饰/鞋靴", "xlsx") -> "服饰_鞋靴-类目迁移清单.xlsx": never a folder, never a
    name Windows refuses (CON, a trailing dot, "6/18 大促")."""
    safe = _UNSAFE_NAME.sub("_", name).strip(" .") or "未命名"
    if _RESERVED.match(safe):
        safe = f"_{safe}"
    return f"{pattern.replace('%1', safe)}.{suffix.lstrip('.')}"


def with_suffix(path: Path | str, suffix: str) -> Path:
    """The path with `suffix` added when it was typed without it (case-insensitive)."""
    path = Path(path)
    wanted = "." + suffix.lstrip(".").lower()
    return path if path.suffix.lower() == wanted else path.with_name(path.name + wanted)


def _atomic_target(path: Path) -> tuple[int, str]:
    return tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)


def _replace(tmp: str, path: Path) -> None:
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_xlsx(path: Path | str, sheets: Mapping[str, Iterable[Sequence[Any]]]) -> Path:
    """Write sheets (name -> rows, first row the header) to .xlsx, row by row; the file appears whole
    or not at all. Returns the path."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    path = Path(path)
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(title=_sheet_title(name))
        source = iter(rows)
        head = [[safe_cell(v) for v in row] for row in islice(source, _WIDTH_SAMPLE)]
        widths: dict[int, int] = {}
        for row in head:
            for c, value in enumerate(row):
                widths[c] = max(widths.get(c, 0), len(str(value)) if value is not None else 0)
        from openpyxl.utils import get_column_letter

        for c, width in widths.items():
            sheet.column_dimensions[get_column_letter(c + 1)].width = min(60, max(8, width * 2))
        written = 0
        for r, row in enumerate(head):
            if r == 0:
                cells = []
                for value in row:
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.font = bold
                    cells.append(cell)
                sheet.append(cells)
            else:
                sheet.append(row)
            written += 1
        for rest in source:
            written += 1
            if written > limits.EXCEL_MAX_ROWS:
                raise ExportError(f"工作表“{name}”超过 Excel 的 {limits.EXCEL_MAX_ROWS:,} 行上限：请改为导出 CSV。")
            sheet.append([safe_cell(v) for v in rest])
    fd, tmp = _atomic_target(path)
    os.close(fd)
    try:
        workbook.save(tmp)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _replace(tmp, path)
    return path


def _sheet_title(name: str) -> str:
    """A sheet name Excel accepts: at most 31 characters, none of []:*?/\\ ."""
    return re.sub(r"[\[\]:*?/\\]", "_", name)[:31] or "Sheet"


def write_csv(path: Path | str, rows: Iterable[Sequence[Any]]) -> Path:
    """UTF-8 with BOM (what Chinese Excel opens correctly), all or nothing. Returns the path."""
    path = Path(path)
    fd, tmp = _atomic_target(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            for row in rows:
                writer.writerow([safe_cell(v) for v in row])
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _replace(tmp, path)
    return path


def write_json(path: Path | str, data: Any) -> Path:
    """Pretty UTF-8 JSON, all or nothing. Returns the path."""
    path = Path(path)
    fd, tmp = _atomic_target(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _replace(tmp, path)
    return path


def write_table(path: Path | str, sheets: Mapping[str, Iterable[Sequence[Any]]], csv_sheet: str | None = None) -> Path:
    """.xlsx with every sheet, or .csv with one of them (`csv_sheet`, else the first), by the suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_xlsx(path, sheets)
    if suffix == ".csv":
        name = csv_sheet or next(iter(sheets))
        return write_csv(path, sheets[name])
    raise ExportError(f"不支持的导出格式“{path.suffix}”：请选择 .xlsx 或 .csv")


def findings_rows(report: Report) -> list[list[Any]]:
    """The findings of a report as a sheet: severity, rule, field, message, source."""
    rows: list[list[Any]] = [["级别", "规则编号", "字段", "问题与建议", "规则来源", "来源日期", "规则原文"]]
    for f in report.as_dict()["findings"]:
        rows.append([SEVERITY_ZH[f["severity"]], f["rule"], f["path"], f["message"],
                     f["source"]["title"], f["source"]["date"], f["source"]["quote"]])
    return rows
