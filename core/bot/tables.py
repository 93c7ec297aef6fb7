"""The bot's tables (knowledge, batch questions) as rows of text, read by core.tables. Row n of the
result is row n+1 in Excel/WPS, so messages can name it."""

from __future__ import annotations

from pathlib import Path

from ..tables import TableFileError, cell_text, decode, open_table

_READABLE = (".xlsx", ".xlsm", ".csv", ".tsv")


class TableError(TableFileError):
    """The file cannot be read as a table; the message says what to do."""


def read_rows(path: Path | str) -> list[list[str]]:
    """Every row of the file, header included, each cell as stripped text ("" when empty)."""
    path = Path(path)
    if path.suffix.lower() not in (*_READABLE, ".xls"):
        raise TableError(f"不支持的文件类型“{path.suffix or '无扩展名'}”：请选择 .xlsx 或 .csv 文件。")
    return [[cell_text(value) for value in cells] for _, cells in open_table(path, TableError, "questions").rows]


def decode_text(raw: bytes) -> str:
    """Text of a file from Chinese Windows: UTF-8 with or without BOM, UTF-16 with BOM, else GBK."""
    return decode(raw, TableError)[0]


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
