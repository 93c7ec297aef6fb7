"""Reading a seller's spreadsheet: .xlsx (first sheet) or .csv in UTF-8 (with or without BOM), GBK or
UTF-16, as rows of text. Row n of the result is row n+1 in Excel/WPS, so messages can name it."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any


class TableError(ValueError):
    """The file cannot be read as a table; the message says what to do."""


def read_rows(path: Path | str) -> list[list[str]]:
    """Every row of the file, header included, each cell as stripped text ("" when empty)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _xlsx_rows(path)
    if suffix == ".csv":
        return _csv_rows(path.read_bytes())
    if suffix == ".xls":
        raise TableError("旧版 Excel 文件（.xls）无法读取：请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再导入。")
    raise TableError(f"不支持的文件类型“{path.suffix or '无扩展名'}”：请选择 .xlsx 或 .csv 文件。")


def decode_text(raw: bytes) -> str:
    """Text of a file from Chinese Windows: UTF-8 with or without BOM, UTF-16 with BOM, else GBK."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")  # a superset of GBK, so every GBK file decodes
    except UnicodeDecodeError:
        raise TableError("无法识别文件编码：请另存为 UTF-8 或 GBK 编码的 CSV。") from None


def _csv_rows(raw: bytes) -> list[list[str]]:
    content = decode_text(raw)
    first = content.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    try:
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(content, newline=""),
                                                                    delimiter=delimiter)]
    except csv.Error as exc:
        raise TableError(f"CSV 格式错误：{exc}") from None


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError):
        raise TableError("不是有效的 Excel 文件（.xlsx）：请用 Excel 或 WPS 打开后重新保存。") from None
    try:
        sheet = workbook.worksheets[0]
        return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return str(value).strip()


def column_index(header: list[str], names: tuple[str, ...]) -> int | None:
    """The position of the first header cell matching one of the names (case-insensitive)."""
    wanted = {n.lower() for n in names}
    for i, cell in enumerate(header):
        if cell.strip().lower() in wanted:
            return i
    return None


def cell(row: list[str], index: int | None) -> str:
    """The row's cell at `index`, "" when the column is absent or the row is short; a leading ' that
    the exporter added to keep Excel from running a formula is taken off again."""
    if index is None or index >= len(row):
        return ""
    value = row[index]
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value
