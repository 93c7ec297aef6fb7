"""Reading a seller's spreadsheet, whatever Chinese Excel, WPS or a merchant backend wrote.

One reader for every import (products, receipts, after-sales events, bot knowledge, batch questions):
- .xlsx: the first sheet, recognised by its bytes (an .xlsx named .csv still reads); an old binary .xls
  is refused with what to do;
- CSV: UTF-8 with or without BOM, then GB18030 (a superset of GBK: what Chinese Excel writes for
  "CSV"); UTF-16 with a BOM (Excel's "Unicode text") by its BOM; tab-separated when the first line
  has more tabs than commas.

Rows come as (line, cells) with line numbered as the seller sees it in Excel (the first row is 1), so
every message can name the line. File-level problems raise `TableFileError` (or the subclass the
caller passes as `error`), whose message says what to do.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .errors import InputError

Rows = Iterator[tuple[int, list[Any]]]

_XLS = b"\xd0\xcf\x11\xe0"
_ZIP = b"PK\x03\x04"


class TableFileError(InputError):
    """The file cannot be read as a table at all; `message` says why and what to do."""

    def __init__(self, message: str, field: str = "file") -> None:
        super().__init__(field, message)


@dataclass
class Table:
    rows: Rows
    encoding: str | None  # None for .xlsx

    @property
    def is_csv(self) -> bool:
        return self.encoding is not None


def read_bytes(path: Path | str, error: type[TableFileError] = TableFileError) -> bytes:
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise error(f"找不到文件：{path}") from None
    except PermissionError:
        raise error(f"无法读取文件 {path.name}：文件可能正被 Excel 打开，请关闭后重试。") from None
    except OSError as exc:
        raise error(f"无法读取文件 {path.name}：{exc.strerror or exc}") from None


def decode(data: bytes, error: type[TableFileError] = TableFileError) -> tuple[str, str]:
    """The text and the encoding it was written in."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break
        if encoding == "utf-8-sig":
            return text, "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
        return text, encoding
    raise error("无法识别文件的文字编码（不是 UTF-8，也不是 GBK/GB18030）。请在 Excel 中打开后"
                "“另存为”CSV UTF-8 或 .xlsx 再导入。")


def is_xlsx(data: bytes, error: type[TableFileError] = TableFileError) -> bool:
    if data.startswith(_XLS):
        raise error("这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 或 CSV 后再导入。")
    return data.startswith(_ZIP)


def csv_rows(text: str, error: type[TableFileError] = TableFileError) -> Rows:
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    row = 0
    while True:
        starts = reader.line_num + 1  # a quoted cell may run over several lines: name where it began
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise error(f"第 {starts} 行附近的 CSV 格式有误（{exc}），请检查引号是否成对。") from None
        row += 1
        yield row, cells


def xlsx_rows(data: bytes, name: str, error: type[TableFileError] = TableFileError) -> Rows:
    from openpyxl import load_workbook

    try:  # from the bytes: openpyxl refuses a file by its name, and an .xlsx may be named .csv
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a damaged file raises zipfile, KeyError or XML errors
        raise error(f"无法打开 Excel 文件 {name}（{exc}）。请确认文件完整，或另存为 CSV 后导入。") from None
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some exporters write a wrong dimension; read what is there
        for line, values in enumerate(sheet.iter_rows(values_only=True), 1):
            yield line, list(values)
    finally:
        workbook.close()


def open_table(path: Path | str, error: type[TableFileError] = TableFileError) -> Table:
    """The rows of the file (read lazily; format errors surface while iterating, as `error`)."""
    path = Path(path)
    data = read_bytes(path, error)
    if is_xlsx(data, error):
        return Table(xlsx_rows(data, path.name, error), None)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise error(f"文件 {path.name} 不是有效的 Excel 文件（可能已损坏，或只是改了扩展名）。"
                    "请用 Excel 或 WPS 打开后重新保存为 .xlsx，或另存为 CSV 后导入。")
    text, encoding = decode(data, error)
    return Table(csv_rows(text, error), encoding)


def cell_text(value: Any) -> str:
    """A cell as the seller sees it: stripped text, "" when empty, 12.0 shown as 12."""
    if isinstance(value, str):
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def blank(cells: Sequence[Any]) -> bool:
    return all(cell_text(c) == "" for c in cells)
