"""Reading a seller's spreadsheet, whatever Chinese Excel, WPS or a merchant backend wrote.

One reader for every import (products, receipts, after-sales events, bot knowledge, batch questions):
- .xlsx: the first sheet, recognised by its bytes (an .xlsx named .csv still reads); an old binary .xls
  is refused with what to do;
- CSV: UTF-8 with or without BOM, else GB18030 (a superset of GBK: what Chinese Excel writes for
  "CSV"); UTF-16 with a BOM (Excel's "Unicode text") by its BOM; tab-separated when the first line
  has more tabs than commas.

Rows are streamed, never the whole file held as Python objects, and every limit of core.limits is
enforced while reading (file size, rows, columns, one cell, one line; for .xlsx the unpacked size and
the packing ratio are checked before a single row is parsed), each refused with a message that
names the limit.

Rows come as (line, cells) with line numbered as the seller sees it in Excel (the first row is 1), so
every message can name the line. File-level problems raise `TableFileError` (or the subclass the
caller passes as `error`), whose message says what to do.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from . import limits
from .errors import InputError

Rows = Iterator[tuple[int, list[Any]]]

_XLS = b"\xd0\xcf\x11\xe0"
_ZIP = b"PK\x03\x04"
_CHUNK = 1 << 20
csv.field_size_limit(limits.MAX_CELL_CHARS)


class TableFileError(InputError):
    """The file cannot be read as a table at all; `message` says why and what to do."""

    def __init__(self, message: str, field: str = "file") -> None:
        super().__init__(field, message)


@dataclass
class Table:
    rows: Rows
    encoding: str | None  # None for .xlsx
    lines: int | None = None  # CSV: physical lines, for a progress bar (rows may be fewer)

    @property
    def is_csv(self) -> bool:
        return self.encoding is not None


def _n(number: int) -> str:
    return f"{number:,}"


def read_bytes(path: Path | str, error: type[TableFileError] = TableFileError) -> bytes:
    """A small file's bytes (plan files, knowledge JSON); use open_table for tables."""
    path = Path(path)
    _check_size(path, error)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise _os_error(path, exc, error) from None


def _os_error(path: Path, exc: OSError, error: type[TableFileError]) -> TableFileError:
    if isinstance(exc, FileNotFoundError):
        return error(f"找不到文件：{path}")
    if isinstance(exc, PermissionError):
        return error(f"无法读取文件 {path.name}：文件可能正被 Excel 打开，请关闭后重试。")
    return error(f"无法读取文件 {path.name}：{exc.strerror or exc}")


def _check_size(path: Path, error: type[TableFileError]) -> int:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _os_error(path, exc, error) from None
    if size > limits.MAX_FILE_MB << 20:
        raise error(f"文件 {path.name} 有 {size / (1 << 20):,.0f} MB，超过上限 {limits.MAX_FILE_MB} MB：请在后台按时间段"
                    "分几次导出，再分别导入。")
    return size


def decode(data: bytes, error: type[TableFileError] = TableFileError) -> tuple[str, str]:
    """The text of a small file and the encoding it was written in."""
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
    raise error(_UNKNOWN_ENCODING)


_UNKNOWN_ENCODING = ("无法识别文件的文字编码（不是 UTF-8，也不是 GBK/GB18030）。请在 Excel 中打开后"
                     "“另存为”CSV UTF-8 或 .xlsx 再导入。")


def is_xlsx(data: bytes, error: type[TableFileError] = TableFileError) -> bool:
    if data.startswith(_XLS):
        raise error("这是旧版 Excel（.xls）文件，请在 Excel 中“另存为” .xlsx 或 CSV 后再导入。")
    return data.startswith(_ZIP)


# CSV ------------------------------------------------------------------------------------------------
def _sniff_encoding(path: Path, error: type[TableFileError]) -> tuple[str, int]:
    """The file's encoding (UTF-8 proven over the whole file, chunk by chunk; else GB18030) and its
    number of lines, in one pass that holds one chunk at a time."""
    lines = 0
    utf8 = codecs.getincrementaldecoder("utf-8")()
    valid_utf8 = True
    with path.open("rb") as handle:
        first = handle.read(_CHUNK)
        if first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            rest = sum(chunk.count(b"\n\x00") + chunk.count(b"\x00\n") for chunk in iter(lambda: handle.read(_CHUNK), b""))
            return "utf-16", first.count(b"\n\x00") + first.count(b"\x00\n") + rest
        if b"\x00" in first:
            raise error(_UNKNOWN_ENCODING)
        chunk = first
        while chunk:
            lines += chunk.count(b"\n")
            if valid_utf8:
                try:
                    utf8.decode(chunk)
                except UnicodeDecodeError:
                    valid_utf8 = False
            chunk = handle.read(_CHUNK)
    if valid_utf8:
        try:
            utf8.decode(b"", final=True)
        except UnicodeDecodeError:
            valid_utf8 = False
    if valid_utf8:
        return ("utf-8-sig" if first.startswith(codecs.BOM_UTF8) else "utf-8"), lines
    return "gb18030", lines


def _bounded_lines(stream: IO[str], error: type[TableFileError]) -> Iterator[str]:
    line_no = 0
    while True:
        line = stream.readline(limits.MAX_LINE_CHARS + 1)
        if not line:
            return
        line_no += 1
        if len(line) > limits.MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            raise error(f"第 {line_no} 行超过 {_n(limits.MAX_LINE_CHARS)} 个字符的上限：这不像平台导出的表格"
                        "（可能是损坏的文件或一整段文字）。请确认选对了文件。")
        yield line


def csv_stream(stream: IO[str], error: type[TableFileError] = TableFileError, kind: str = "products") -> Rows:
    """(line, cells) of CSV text from a stream, one row at a time, within the limits."""
    lines = _bounded_lines(stream, error)
    first = next(lines, "")
    delimiter = "\t" if first.count("\t") > first.count(",") else ","

    def chained() -> Iterator[str]:
        if first:
            yield first
        yield from lines

    reader = csv.reader(chained(), delimiter=delimiter)
    limit = limits.rows_limit(kind) + 100  # slack for a title row, a header and summary rows
    row = 0
    while True:
        starts = reader.line_num + 1  # a quoted cell may run over several lines: name where it began
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger" in str(exc):
                raise error(f"第 {starts} 行附近有一格超过 {_n(limits.MAX_CELL_CHARS)} 个字符的上限（Excel 一格最多"
                            "也只能放这么多）：可能是引号没有成对，把后面的行都并进了这一格。请检查引号。") from None
            raise error(f"第 {starts} 行附近的 CSV 格式有误（{exc}），请检查引号是否成对。") from None
        row += 1
        if row > limit:
            raise error(f"文件超过 {_n(limits.rows_limit(kind))} 行的上限：请在后台按时间段分几次导出，再分别导入。")
        if len(cells) > limits.MAX_COLUMNS:
            raise error(f"第 {row} 行有 {_n(len(cells))} 列，超过 {limits.MAX_COLUMNS} 列的上限：请确认选对了文件。")
        yield row, cells


def csv_rows(text: str, error: type[TableFileError] = TableFileError, kind: str = "products") -> Rows:
    """(line, cells) of CSV text already in memory (small files, tests)."""
    return csv_stream(io.StringIO(text, newline=""), error, kind)


def _csv_table(path: Path, error: type[TableFileError], kind: str) -> Table:
    encoding, lines = _sniff_encoding(path, error)
    if lines > 2 * (limits.rows_limit(kind) + 100):  # far past the limit: refuse before parsing anything
        raise error(f"文件有 {_n(lines)} 行，超过 {_n(limits.rows_limit(kind))} 行的上限：请在后台按时间段分几次"
                    "导出，再分别导入。")

    def rows() -> Rows:
        try:
            with path.open("r", encoding=encoding, errors="strict", newline="") as stream:
                yield from csv_stream(stream, error, kind)
        except UnicodeDecodeError:
            raise error(_UNKNOWN_ENCODING) from None
        except OSError as exc:
            raise _os_error(path, exc, error) from None

    return Table(rows(), encoding, lines)


# .xlsx ----------------------------------------------------------------------------------------------
def _check_xlsx(path: Path, error: type[TableFileError], kind: str) -> None:
    """Refuse a workbook whose sheets unpack to more than the limit, pack suspiciously well (a zip
    bomb of empty rows) or hold more rows than the limit, before openpyxl parses any of it (it would
    take minutes and gigabytes over such a sheet)."""
    try:
        with zipfile.ZipFile(path) as archive:
            parts = [i for i in archive.infolist()
                     if i.filename.startswith("xl/worksheets/") or i.filename == "xl/sharedStrings.xml"]
            _check_parts(path, parts, error)
            sheets = sorted((i for i in parts if i.filename.startswith("xl/worksheets/sheet")),
                            key=lambda i: i.filename)
            if sheets:
                _count_rows(path, archive, sheets[0], error, kind)
    except TableFileError:
        raise  # a limit, in its own words (an InputError is a ValueError: not "cannot open")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise error(f"无法打开 Excel 文件 {path.name}（{exc}）。请确认文件完整，或另存为 CSV 后导入。") from None


def _count_rows(path: Path, archive: zipfile.ZipFile, sheet: zipfile.ZipInfo, error: type[TableFileError],
                kind: str) -> None:
    """Count the sheet's <row> elements in its unpacked bytes (C-speed, one chunk at a time)."""
    limit = limits.rows_limit(kind) + 100
    rows = 0
    with archive.open(sheet) as stream:
        for chunk in iter(lambda: stream.read(_CHUNK), b""):
            rows += chunk.count(b"<row") + chunk.count(b":row ")
            if rows > limit:
                raise error(f"Excel 文件 {path.name} 超过 {_n(limits.rows_limit(kind))} 行的上限（含空行）：请在后台按"
                            "时间段分几次导出，或用 Excel 删除多余的空行后再导入。")


def _check_parts(path: Path, parts: list[zipfile.ZipInfo], error: type[TableFileError]) -> None:
    unpacked = sum(i.file_size for i in parts)
    if unpacked > limits.MAX_XLSX_UNCOMPRESSED_MB << 20:
        raise error(f"Excel 文件 {path.name} 解压后有 {unpacked / (1 << 20):,.0f} MB，超过上限 "
                    f"{limits.MAX_XLSX_UNCOMPRESSED_MB} MB：请在后台分几次导出，或另存为 CSV 后导入。")
    for part in parts:
        if part.file_size > limits.XLSX_RATIO_CHECK_MB << 20 and \
                part.file_size > limits.MAX_XLSX_RATIO * max(part.compress_size, 1):
            raise error(f"Excel 文件 {path.name} 中的“{part.filename}”压缩比异常（解压后 "
                        f"{part.file_size / (1 << 20):,.0f} MB），像是大量空行或被篡改的文件，已拒绝读取。"
                        "请用 Excel 打开后删除多余的空行，或另存为 CSV 后导入。")


def _xlsx_table(path: Path, error: type[TableFileError], kind: str) -> Table:
    _check_xlsx(path, error, kind)

    def rows() -> Rows:
        from openpyxl import load_workbook

        try:
            handle = path.open("rb")
        except OSError as exc:
            raise _os_error(path, exc, error) from None
        try:  # from a file object: openpyxl refuses a file by its name, and an .xlsx may be named .csv
            try:
                workbook = load_workbook(handle, read_only=True, data_only=True)
            except Exception as exc:  # noqa: BLE001 - a damaged file raises zipfile, KeyError or XML errors
                raise error(f"无法打开 Excel 文件 {path.name}（{exc}）。请确认文件完整，或另存为 CSV 后导入。") from None
            try:
                sheet = workbook.worksheets[0]
                sheet.reset_dimensions()  # some exporters write a wrong dimension; read what is there
                limit = limits.rows_limit(kind) + 100
                for line, values in enumerate(sheet.iter_rows(values_only=True), 1):
                    if line > limit:
                        raise error(f"文件超过 {_n(limits.rows_limit(kind))} 行的上限：请在后台按时间段分几次"
                                    "导出，再分别导入。")
                    if len(values) > limits.MAX_COLUMNS:
                        raise error(f"第 {line} 行有 {_n(len(values))} 列，超过 {limits.MAX_COLUMNS} 列的上限：请确认"
                                    "选对了文件。")
                    for value in values:
                        if isinstance(value, str) and len(value) > limits.MAX_CELL_CHARS:
                            raise error(f"第 {line} 行有一格超过 {_n(limits.MAX_CELL_CHARS)} 个字符的上限。")
                    yield line, list(values)
            except TableFileError:
                raise  # a limit said so, naming it (an InputError is a ValueError: not "damaged")
            except (SyntaxError, zipfile.BadZipFile, EOFError, KeyError, ValueError) as exc:
                raise error(f"Excel 文件 {path.name} 已损坏或不完整（{type(exc).__name__}）。请用 Excel 或 WPS "
                            "打开后重新保存为 .xlsx，或另存为 CSV 后导入。") from None
            finally:
                workbook.close()
        finally:
            handle.close()

    return Table(rows(), None)


def open_table(path: Path | str, error: type[TableFileError] = TableFileError, kind: str = "products") -> Table:
    """The rows of the file, streamed (format errors surface while iterating, as `error`)."""
    path = Path(path)
    _check_size(path, error)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _os_error(path, exc, error) from None
    if is_xlsx(head, error):
        return _xlsx_table(path, error, kind)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise error(f"文件 {path.name} 不是有效的 Excel 文件（可能已损坏，或只是改了扩展名）。"
                    "请用 Excel 或 WPS 打开后重新保存为 .xlsx，或另存为 CSV 后导入。")
    return _csv_table(path, error, kind)


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
