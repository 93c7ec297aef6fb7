"""Writing the migration worksheet where the seller chose: the file name made safe, the extension
added when it was typed without one, and text openpyxl would refuse cleaned from the .xlsx."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from core.export import Rows, write_csv, write_xlsx
from core.listing_sheets import listing_sheets, migration_rows
from core.report import Report

_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')  # not allowed in a Windows file name
# openpyxl's ILLEGAL_CHARACTERS_RE: control characters an .xlsx cannot hold (a pasted title may carry one)
_NOT_IN_XLSX = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def suggested_name(pattern: str, shop_name: str, kind: str) -> str:
    """The default file name, e.g. "小林服饰-类目迁移清单.xlsx"; a shop named 服饰/鞋靴 must not
    become a folder."""
    safe = _UNSAFE_NAME.sub("_", shop_name).strip(" .") or "shop"
    return f"{pattern.replace('%1', safe)}.{kind}"


def _xlsx_safe(value: Any) -> Any:
    return _NOT_IN_XLSX.sub("", value) if isinstance(value, str) else value


def export_worksheet(path: Path, kind: str, report: Report, products: list[dict[str, Any]]) -> Path:
    """Write the worksheet (.csv) or the worksheet, caps and findings (.xlsx); returns the path written."""
    if path.suffix.lower() != f".{kind}":
        path = path.with_name(f"{path.name}.{kind}")
    if kind == "xlsx":
        sheets: dict[str, Rows] = {name: [[_xlsx_safe(v) for v in row] for row in rows]
                  for name, rows in listing_sheets(report, products).items()}
        write_xlsx(path, sheets)
    else:
        write_csv(path, migration_rows(report, products))
    return path
