"""Reading receipts for the trial tab's settlement calendar: a .csv or .xlsx with the columns
订单号 / 确认收货时间 / 金额 (金额 may be left out), into the contract's `trial.receipts` shape.

All or nothing: `read_receipts` returns every receipt or raises `ReceiptImportError` listing each
bad row with its line number as the seller sees it in Excel (the header is line 1 when it is the
first row). Fully empty rows are skipped. Several rows of one order confirmed at the same time (a
backend export lists each item of an order) become one receipt with their amounts added up.

A CSV may be UTF-8 (with or without BOM) or GBK/GB18030, comma- or tab-separated; a file that is
really .xlsx is read as .xlsx whatever its name; an old binary .xls is refused with what to do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .tables import TableFileError, blank, cell_text, open_table
from .values import BEIJING, fmt_money, iso

COLUMNS: dict[str, tuple[str, ...]] = {
    "order": ("订单号", "订单编号", "订单id", "主订单号", "主订单编号", "子订单号", "子订单编号", "order",
              "order_id", "orderid"),
    "confirmed_at": ("确认收货时间", "收货时间", "确认收货日期", "签收时间", "完成时间", "confirmed_at"),
    "amount": ("金额", "订单金额", "实付金额", "支付金额", "订单实付金额", "应付金额", "商品金额", "amount"),
}
COLUMN_NAMES_ZH = {"order": "订单号", "confirmed_at": "确认收货时间", "amount": "金额"}
HEADER_WORDS = {word: name for name, words in COLUMNS.items() for word in words}
HEADER_SCAN = 10  # rows searched for the header: exports sometimes put a title row above it
SHOWN_PROBLEMS = 20  # in the summary message; all of them are in `problems`
_PARENS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "[": "(", "]": ")"})
_UNIT = re.compile(r"\((?:单位[:：]?)?元\)$")
_TIME_FORMATS = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d", "%Y年%m月%d日 %H:%M:%S",
                 "%Y年%m月%d日 %H:%M", "%Y年%m月%d日", "%Y.%m.%d %H:%M:%S", "%Y.%m.%d %H:%M", "%Y.%m.%d")
_EXCEL_EPOCH = datetime(1899, 12, 30)


@dataclass(frozen=True)
class Problem:
    """One bad row: its line number in the file, the column it is about, and what to do."""

    line: int
    column: str  # order | confirmed_at | amount
    message: str

    def __str__(self) -> str:
        return f"第 {self.line} 行：{self.message}"


class ReceiptImportError(TableFileError):
    """Nothing was imported: the file cannot be read, or rows are bad (listed in `problems`)."""

    def __init__(self, message: str, problems: Iterable[Problem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


@dataclass
class MergeResult:
    receipts: list[dict[str, Any]]
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    orders: list[str] = field(default_factory=list)  # the imported orders, in file order


# Reading the file ---------------------------------------------------------------------------------
def file_rows(path: Path | str) -> Iterator[tuple[int, list[Any]]]:
    """(line, cells) for every row of the first sheet or of the CSV."""
    return open_table(path, ReceiptImportError).rows


# Cells ------------------------------------------------------------------------------------------------
def _header_name(value: Any) -> str:
    name = re.sub(r"\s+", "", cell_text(value)).translate(_PARENS).lower()
    return _UNIT.sub("", name)


def _find_columns(header: list[Any]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = HEADER_WORDS.get(_header_name(cell))
        if name is not None and name not in columns:
            columns[name] = index
    return columns


def _cell(cells: list[Any], columns: dict[str, int], name: str) -> Any:
    index = columns.get(name)
    return cells[index] if index is not None and index < len(cells) else None


def _order(value: Any) -> str:
    # Exports keep long order numbers as text with a leading tab or apostrophe.
    return cell_text(value).lstrip("\t'").strip()


def _time(value: Any) -> datetime | None:
    """A Beijing time from a cell: an Excel date, an Excel serial number or a text time."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 20000 <= value <= 80000:  # Excel serial days: 1954..2119
            return None
        moment = _EXCEL_EPOCH + timedelta(days=float(value))
        moment = moment.replace(microsecond=0)
    else:
        text = re.sub(r"\s+", " ", cell_text(value))
        if not text:
            return None
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            for fmt in _TIME_FORMATS:
                try:
                    moment = datetime.strptime(text, fmt)
                    break
                except ValueError:
                    continue
            else:
                return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=BEIJING)
    return moment.astimezone(BEIJING)


def _amount(value: Any) -> Decimal | None:
    """Yuan from a cell; raises ValueError when it is not an amount (None when empty)."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        amount = Decimal(str(value))
    else:
        text = cell_text(value).replace(",", "").replace("，", "").replace("¥", "").replace("￥", "")
        text = text.replace("元", "").strip()
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            raise ValueError(value) from None
    if not amount.is_finite() or amount < 0:
        raise ValueError(value)
    return amount


# Parsing ------------------------------------------------------------------------------------------------
def parse_receipts(rows: Iterable[tuple[int, list[Any]]]) -> list[dict[str, Any]]:
    """Receipts from (line, cells) rows, the header among the first rows; all or nothing."""
    source = iter(rows)
    header: tuple[int, list[Any]] | None = None
    first: tuple[int, list[Any]] | None = None
    for scanned, (line, cells) in enumerate(source):
        if blank(cells):
            continue
        first = first or (line, cells)
        columns = _find_columns(cells)
        if "order" in columns and "confirmed_at" in columns:
            header = (line, cells)
            break
        if scanned + 1 >= HEADER_SCAN:
            break
    if first is None:
        raise ReceiptImportError("文件是空的，没有表头，也没有订单。")
    if header is None:
        shown = "、".join(cell_text(c) for c in first[1] if cell_text(c)) or "（空）"
        raise ReceiptImportError(f"找不到“订单号”和“确认收货时间”两列（第 {first[0]} 行是：{shown}）。"
                                 "请让表头包含 订单号、确认收货时间、金额 三列后再导入。")
    columns = _find_columns(header[1])
    problems: list[Problem] = []
    receipts: list[dict[str, Any]] = []
    seen: dict[str, tuple[int, datetime, int]] = {}  # order -> (line, confirmed_at, index)
    for line, cells in source:
        if blank(cells):
            continue
        order = _order(_cell(cells, columns, "order"))
        raw_time = _cell(cells, columns, "confirmed_at")
        moment = _time(raw_time)
        bad = len(problems)
        if not order:
            problems.append(Problem(line, "order", "订单号是空的，请填写订单号。"))
        if moment is None:
            shown = cell_text(raw_time)
            problems.append(Problem(line, "confirmed_at",
                                    f"确认收货时间“{shown}”无法识别，请写成 2023-04-01 10:00 这样的格式。"
                                    if shown else "确认收货时间是空的，请填写。"))
        amount: Decimal | None = None
        try:
            amount = _amount(_cell(cells, columns, "amount"))
        except ValueError:
            shown = cell_text(_cell(cells, columns, "amount"))
            problems.append(Problem(line, "amount", f"金额“{shown}”不是有效金额"
                                                    "（应为不小于 0 的数字，例如 59.90）。"))
        if len(problems) > bad or moment is None:
            continue
        if order in seen:
            earlier_line, earlier_time, index = seen[order]
            if earlier_time != moment:
                problems.append(Problem(line, "order", f"订单号 {order} 与第 {earlier_line} 行重复，"
                                                       "但确认收货时间不同：请核对。"))
                continue
            kept = receipts[index]
            if amount is not None:
                kept["amount"] = fmt_money(Decimal(kept["amount"] or 0) + amount)
            continue
        seen[order] = (line, moment, len(receipts))
        receipts.append({"order": order, "confirmed_at": iso(moment),
                         "amount": fmt_money(amount) if amount is not None else None})
    if problems:
        lines = len({p.line for p in problems})
        listed = "\n".join(str(p) for p in problems[:SHOWN_PROBLEMS])
        more = f"\n……另有 {len(problems) - SHOWN_PROBLEMS} 处" if len(problems) > SHOWN_PROBLEMS else ""
        raise ReceiptImportError(f"文件中有 {lines} 行有误，没有导入任何数据。请改正后重新导入：\n"
                                 f"{listed}{more}", problems)
    if not receipts:
        raise ReceiptImportError("文件里只有表头，没有订单。")
    return receipts


def read_receipts(path: Path | str) -> list[dict[str, Any]]:
    """Every receipt in a .csv/.xlsx file, or ReceiptImportError and nothing."""
    return parse_receipts(file_rows(path))


def merge_receipts(existing: list[dict[str, Any]], imported: list[dict[str, Any]]) -> MergeResult:
    """The seller's receipts with the imported ones: a known order is updated in place, a new one added."""
    merged = [dict(r) for r in existing]
    where = {str(r.get("order")): i for i, r in enumerate(merged) if r.get("order")}
    result = MergeResult(merged, orders=[r["order"] for r in imported])
    for receipt in imported:
        index = where.get(receipt["order"])
        if index is None:
            where[receipt["order"]] = len(merged)
            merged.append(dict(receipt))
            result.added += 1
        elif {**merged[index], **receipt} != merged[index]:
            merged[index] = {**merged[index], **receipt}
            result.updated += 1
        else:
            result.unchanged += 1
    return result
