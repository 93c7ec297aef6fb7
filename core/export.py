"""Writing what a seller exports: .xlsx and .csv, all or nothing, with formula-looking cells
neutralised (a cell starting with = + - @ is prefixed with ' so Excel shows it as text)."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .report import Report

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
Rows = Sequence[Sequence[Any]]
SEVERITY_ZH = {"error": "错误", "warning": "提醒", "info": "说明"}


def neutralise(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula becomes plain text."""
    if isinstance(value, str) and value.startswith(DANGEROUS_START):
        return "'" + value
    return value


def _atomic_target(path: Path) -> tuple[int, str]:
    return tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)


def write_xlsx(path: Path | str, sheets: dict[str, Rows]) -> None:
    """Write sheets (name -> rows, first row the header) to .xlsx; the file appears whole or not at all."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(title=name[:31])
        for r, row in enumerate(rows):
            sheet.append([neutralise(v) for v in row])
            if r == 0:
                for cell in sheet[1]:
                    cell.font = Font(bold=True)
        for column in sheet.columns:
            width = max((len(str(c.value)) if c.value is not None else 0) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(60, max(8, width * 2))
    fd, tmp = _atomic_target(path)
    os.close(fd)
    try:
        workbook.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_csv(path: Path | str, rows: Iterable[Sequence[Any]]) -> None:
    """UTF-8 with BOM (what Chinese Excel opens correctly), all or nothing."""
    path = Path(path)
    fd, tmp = _atomic_target(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            for row in rows:
                writer.writerow([neutralise(v) for v in row])
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def findings_rows(report: Report) -> list[list[Any]]:
    """The findings of a report as a sheet: severity, rule, field, message, source."""
    rows: list[list[Any]] = [["级别", "规则编号", "字段", "问题与建议", "规则来源", "来源日期", "规则原文"]]
    for f in report.as_dict()["findings"]:
        rows.append([SEVERITY_ZH[f["severity"]], f["rule"], f["path"], f["message"],
                     f["source"]["title"], f["source"]["date"], f["source"]["quote"]])
    return rows
