"""Importing a merchant-backend product export (.csv or .xlsx) into products in the contract shape.

The flow the tab follows:

    pv = preview(path)                       # header, first rows, suggested mapping (+ notes)
    if not pv.mapping.confident: ...         # the seller confirms or edits the mapping
    total = estimate_rows(path)              # for a determinate progress bar (may be None)
    result = import_products(path, pv.mapping, progress=cb)   # off the UI thread; cb -> False cancels
    if result.problems: ...                  # refuse; the seller fixes the file
    else: products.replace_snapshot(store, shop_id, result.products, source=path.name)

Called with mapping=None, import_products guesses the mapping itself; check result.mapping.confident
(and .notes) before saving in that case.

Nothing is silently dropped: a row with a problem (ragged, empty or duplicate id, unknown status,
bad price or stock, no category) is left out of `products` and listed in `problems` with its line
number as the seller sees it in Excel (the header is line 1 when it is the first row). Fully empty
rows carry no product and are skipped.

Encodings: the bytes are decoded strictly as UTF-8 (with or without BOM), then as GB18030 (a
superset of GBK: what Chinese Excel writes for "CSV"); UTF-16 with a BOM (Excel's "Unicode text",
tab-separated) is recognised by its BOM. A file that is really .xlsx is read as .xlsx whatever its
name; an old binary .xls is refused with what to do.

Prices are stored in yuan (a string with two decimals). The unit of the price column:
1. the header says so: "价格(分)", "售价（单位：分）" -> 分; "价格(元)" -> 元 (confident);
2. any value has a decimal point -> 元 (confident);
3. all values whole numbers: median under 100 -> 元 (confident: in 分 half the products would cost
   under 1 yuan); median 1000 or more -> 分, otherwise 元, both NOT confident (a used-car shop's
   whole-yuan prices look like 分), so the mapping asks the seller to confirm.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .tables import TableFileError, blank, cell_text, is_xlsx, open_table

FIELDS = ("id", "title", "category", "category_1", "category_2", "category_3", "category_4",
          "price", "stock", "status")
FIELD_NAMES_ZH = {
    "id": "商品ID", "title": "商品名称", "category": "类目（整串）", "category_1": "一级类目",
    "category_2": "二级类目", "category_3": "三级类目", "category_4": "四级类目",
    "price": "价格", "stock": "库存", "status": "商品状态",
}
LEVELS = ("category_1", "category_2", "category_3", "category_4")
PRICE_UNITS = ("yuan", "fen")
Progress = Callable[[int], Any]

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("商品id", "商品编号", "id", "商品号", "itemid", "item_id", "商品id号"),
    "title": ("商品名称", "商品标题", "标题", "名称", "商品名", "title"),
    "category": ("类目", "商品类目", "类目名称", "所属类目", "类目路径", "完整类目", "类目全路径",
                 "category"),
    "category_1": ("一级类目", "一级类目名称", "1级类目", "类目1"),
    "category_2": ("二级类目", "二级类目名称", "2级类目", "类目2"),
    "category_3": ("三级类目", "三级类目名称", "3级类目", "类目3"),
    "category_4": ("四级类目", "四级类目名称", "4级类目", "类目4"),
    "price": ("价格", "售价", "商品价格", "销售价", "单价", "现价", "price"),
    "stock": ("库存", "库存数量", "可售库存", "总库存", "库存数", "商品库存", "stock"),
    "status": ("状态", "商品状态", "上架状态", "售卖状态", "在售状态", "status"),
}
HEADER_WORDS = {word: name for name, words in _SYNONYMS.items() for word in words}
# 售罄 is still on the shelf (it counts toward the on-sale cap); review and banned states are not.
STATUS_WORDS = {
    **dict.fromkeys(("在售", "在售中", "上架", "已上架", "上架中", "售卖中", "在架", "出售中", "销售中",
                     "售罄", "已售罄", "on_sale", "onsale"), "on_sale"),
    **dict.fromkeys(("下架", "已下架", "仓库中", "未上架", "待上架", "审核中", "待审核", "审核驳回",
                     "审核未通过", "审核不通过", "封禁", "已封禁", "违规下架", "草稿", "草稿箱",
                     "off_sale", "offsale"), "off_sale"),
}
_UNIT = re.compile(r"^(.+?)\((?:单位[:：]?)?(元|分)\)$")
_PARENS = str.maketrans({"（": "(", "）": ")", "【": "(", "】": ")", "[": "(", "]": ")"})
_HEADER_SCAN = 10  # rows searched for the header (exports sometimes put a title row above it)
_PRICE_SAMPLE = 2000


class ImportFileError(TableFileError):
    """The file cannot be imported at all (unreadable, unknown encoding, no product columns)."""


class ImportCancelled(Exception):
    """The progress callback returned False."""


@dataclass
class ColumnMapping:
    """Which column (0-based) holds which field, the price unit, and whether we are sure."""

    columns: dict[str, int]
    price_unit: str | None = None
    confident: bool = True
    notes: list[str] = field(default_factory=list)

    def missing(self) -> list[str]:
        """Required fields with no column: id, status, and a category (string or level 1)."""
        out = [f for f in ("id", "status") if f not in self.columns]
        if "category" not in self.columns and "category_1" not in self.columns:
            out.append("category")
        return out


@dataclass(frozen=True)
class Problem:
    line: int
    kind: str  # ragged | empty_id | duplicate_id | bad_status | bad_price | bad_stock | no_category
    message: str


@dataclass
class Preview:
    header: list[str]
    header_line: int
    rows: list[list[str]]
    mapping: ColumnMapping
    encoding: str | None


@dataclass
class ImportResult:
    products: list[dict[str, Any]]
    problems: list[Problem]
    mapping: ColumnMapping
    encoding: str | None
    rows: int  # non-empty data rows read

    @property
    def ok(self) -> bool:
        return not self.problems


# Reading ------------------------------------------------------------------------------------------
def _normalise_header(value: Any) -> str:
    return re.sub(r"\s+", "", cell_text(value)).translate(_PARENS).lower()


def _rows(path: Path | str) -> tuple[Iterator[tuple[int, list[Any]]], str | None, bool]:
    """(line, cells) for every row, the encoding (None for .xlsx), and whether it is a CSV."""
    table = open_table(path, ImportFileError)
    return table.rows, table.encoding, table.is_csv


def _find_header(rows: Iterator[tuple[int, list[Any]]]) -> tuple[int, list[str], list[tuple[int, list[Any]]]]:
    """The header row (the first of the first rows naming two known columns, else the first
    non-empty one) and the rows read past it, to be processed as data."""
    seen: list[tuple[int, list[Any]]] = []
    for line, cells in rows:
        seen.append((line, cells))
        if len(seen) >= _HEADER_SCAN:
            break
    chosen = next((k for k, (_, cells) in enumerate(seen)
                   if sum(_base(c)[0] in HEADER_WORDS for c in cells) >= 2), None)
    if chosen is None:
        chosen = next((k for k, (_, cells) in enumerate(seen) if not blank(cells)), None)
    if chosen is None:
        raise ImportFileError("文件是空的，没有表头和商品。")
    line, header = seen[chosen]
    return line, [cell_text(h) for h in header], seen[chosen + 1:]


def _base(value: Any) -> tuple[str, str | None]:
    """A header without its unit: "价格(分)" -> ("价格", "分")."""
    name = _normalise_header(value)
    match = _UNIT.match(name)
    return (match.group(1), match.group(2)) if match else (name, None)


# Mapping --------------------------------------------------------------------------------------------
def guess_mapping(header: list[str], sample: Iterable[list[Any]] = ()) -> ColumnMapping:
    """Map header cells to fields by their synonyms; `sample` rows help tell 分 from 元."""
    columns: dict[str, int] = {}
    notes: list[str] = []
    unit: str | None = None
    for index, cell in enumerate(header):
        name, cell_unit = _base(cell)
        fieldname = HEADER_WORDS.get(name)
        if fieldname is None:
            continue
        if fieldname in columns:
            notes.append(f"有多列都像“{FIELD_NAMES_ZH[fieldname]}”（{header[columns[fieldname]]}、{cell}），"
                         "已用第一列，请确认。")
            continue
        columns[fieldname] = index
        if fieldname == "price" and cell_unit:
            unit = "fen" if cell_unit == "分" else "yuan"
    mapping = ColumnMapping(columns=columns, price_unit=unit, confident=not notes, notes=notes)
    for missing in mapping.missing():
        mapping.notes.append(f"没有找到“{FIELD_NAMES_ZH[missing]}”列，请手动指定。")
        mapping.confident = False
    if "title" not in columns:
        mapping.notes.append("没有找到“商品名称”列，请手动指定（可不填）。")
        mapping.confident = False
    if "price" in columns and unit is None:
        index = columns["price"]
        values = [cell_text(row[index]) for row in sample if index < len(row)]
        if any(values):  # else the import settles it on every value
            _settle_price_unit(mapping, values)
    return mapping


def _plain_number(value: str) -> str:
    return value.replace(",", "").replace("¥", "").replace("￥", "").replace("元", "").strip()


def _settle_price_unit(mapping: ColumnMapping, values: list[str]) -> None:
    numbers = [v for v in (_plain_number(v) for v in values) if v]
    if not numbers or any("." in v for v in numbers):
        mapping.price_unit = "yuan"
        return
    whole = sorted(int(v) for v in numbers if v.isdigit())
    median = whole[len(whole) // 2] if whole else 0
    if median < 100:
        mapping.price_unit = "yuan"
        return
    mapping.price_unit = "fen" if median >= 1000 else "yuan"
    shown = "分（已除以100换算为元）" if mapping.price_unit == "fen" else "元"
    mapping.notes.append(f"价格列全是整数，无法确定单位：已按{shown}处理，请确认。")
    mapping.confident = False


def mapping_from_names(header: list[str], names: dict[str, str | int],
                       price_unit: str | None = None) -> ColumnMapping:
    """A mapping the seller chose: field -> header text or 0-based column index."""
    columns: dict[str, int] = {}
    for fieldname, column in names.items():
        if fieldname not in FIELDS:
            raise ImportFileError(f"未知字段：{fieldname}", f"mapping.{fieldname}")
        if isinstance(column, int):
            if not 0 <= column < len(header):
                raise ImportFileError(f"没有第 {column + 1} 列", f"mapping.{fieldname}")
            columns[fieldname] = column
        elif column in header:
            columns[fieldname] = header.index(column)
        else:
            raise ImportFileError(f"表头中没有“{column}”列", f"mapping.{fieldname}")
    if price_unit is not None and price_unit not in PRICE_UNITS:
        raise ImportFileError("价格单位应为 yuan（元）或 fen（分）", "mapping.price_unit")
    return ColumnMapping(columns=columns, price_unit=price_unit)


def preview(path: Path | str, rows: int = 20) -> Preview:
    """The header, the first `rows` data rows as text and the suggested mapping (for the GUI)."""
    source, encoding, _ = _rows(path)
    header_line, header, pending = _find_header(source)
    sample: list[list[Any]] = [cells for _, cells in pending if not blank(cells)]
    for _, cells in source:
        if len(sample) >= _PRICE_SAMPLE:
            break
        if not blank(cells):
            sample.append(cells)
    shown = [[cell_text(c) for c in cells] for cells in sample[:rows]]
    return Preview(header=header, header_line=header_line, rows=shown,
                   mapping=guess_mapping(header, sample), encoding=encoding)


def estimate_rows(path: Path | str) -> int | None:
    """About how many data rows the file has, for a progress bar (None when unknown)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
        if is_xlsx(head, ImportFileError):
            from openpyxl import load_workbook

            with path.open("rb") as handle:
                workbook = load_workbook(handle, read_only=True)
                try:
                    rows = workbook.worksheets[0].max_row
                finally:
                    workbook.close()
            return max(0, rows - 1) if rows else None
        with path.open("rb") as handle:
            return max(0, sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b"")) - 1)
    except (OSError, ImportFileError, ValueError, KeyError):
        return None


# Importing ------------------------------------------------------------------------------------------
def import_products(path: Path | str, mapping: ColumnMapping | dict[str, str | int] | None = None, *,
                    price_unit: str | None = None, progress: Progress | None = None,
                    every: int = 2000) -> ImportResult:
    """Read every row of the export into products; problems are listed with their line numbers.

    `mapping` is the suggested one when None; a dict maps fields to header texts or column indexes.
    `price_unit` ("yuan" | "fen") overrides the mapping's. `progress(done_rows)` is called every
    `every` rows and at the end; returning False cancels (ImportCancelled is raised).
    Raises ImportFileError when the file cannot be read or a required column is not mapped.
    """
    source, encoding, is_csv = _rows(path)
    _, header, pending = _find_header(source)
    if mapping is None:
        chosen = guess_mapping(header)
    elif isinstance(mapping, dict):
        chosen = mapping_from_names(header, mapping)
    else:
        chosen = replace(mapping, columns=dict(mapping.columns), notes=list(mapping.notes))
    if price_unit is not None:
        if price_unit not in PRICE_UNITS:
            raise ImportFileError("价格单位应为 yuan（元）或 fen（分）", "mapping.price_unit")
        chosen.price_unit = price_unit
    outside = [f for f, c in chosen.columns.items() if not 0 <= c < len(header)]
    if outside:
        raise ImportFileError(f"没有第 {chosen.columns[outside[0]] + 1} 列", f"mapping.{outside[0]}")
    missing = chosen.missing()
    if missing:
        names = "、".join(FIELD_NAMES_ZH[m] for m in missing)
        raise ImportFileError(f"没有找到{names}列：请在导入时手动指定对应的列。", f"mapping.{missing[0]}")
    reader = _RowReader(chosen, len(header), is_csv)
    done = 0

    def rows() -> Iterator[tuple[int, list[Any]]]:
        yield from pending
        yield from source

    for line, cells in rows():
        reader.add(line, cells)
        done += 1
        if progress is not None and done % every == 0 and progress(done) is False:
            raise ImportCancelled()
    if progress is not None and progress(done) is False:
        raise ImportCancelled()
    reader.finish_prices()
    return ImportResult(products=reader.products, problems=sorted(reader.problems, key=lambda p: p.line),
                        mapping=chosen, encoding=encoding, rows=reader.rows)


class _RowReader:
    """Turns rows into products; one instance per import."""

    def __init__(self, mapping: ColumnMapping, width: int, is_csv: bool) -> None:
        self.mapping = mapping
        self.width = width
        self.is_csv = is_csv
        cols = mapping.columns
        self.id_col = cols["id"]
        self.status_col = cols["status"]
        self.title_col = cols.get("title")
        self.price_col = cols.get("price")
        self.stock_col = cols.get("stock")
        self.level_cols = [cols[name] for name in LEVELS if name in cols]
        self.category_col = None if self.level_cols else cols.get("category")
        self.products: list[dict[str, Any]] = []
        self.problems: list[Problem] = []
        self.first_line: dict[str, int] = {}
        self.raw_prices: list[str] = []
        self.rows = 0

    def problem(self, line: int, kind: str, message: str) -> None:
        self.problems.append(Problem(line, kind, f"第 {line} 行：{message}"))

    def add(self, line: int, cells: list[Any]) -> None:
        if (not "".join(cells).strip()) if self.is_csv else blank(cells):
            return
        self.rows += 1
        width = self.width
        if len(cells) != width:
            extra = cells[width:]
            if len(cells) < width and self.is_csv:
                self.problem(line, "ragged", f"只有 {len(cells)} 列，表头有 {width} 列（可能有多余的换行或缺了逗号）")
                return
            if extra and not blank(extra):
                self.problem(line, "ragged", f"有 {len(cells)} 列，表头只有 {width} 列（可能有未加引号的逗号）")
                return
            cells = cells[:width] + [None] * (width - len(cells))
        if not self.is_csv:
            cells = [cell_text(c) for c in cells]
        ok = True
        pid = cells[self.id_col].strip()
        if not pid:
            self.problem(line, "empty_id", "商品ID为空")
            ok = False
        elif pid in self.first_line:
            self.problem(line, "duplicate_id", f"商品ID {pid} 重复（第 {self.first_line[pid]} 行已有）")
            ok = False
        else:
            self.first_line[pid] = line
        raw_status = cells[self.status_col].strip()
        status = STATUS_WORDS.get(raw_status.lower())
        if status is None:
            shown = f"“{raw_status}”" if raw_status else "空"
            self.problem(line, "bad_status", f"商品状态为{shown}，无法识别（应为 在售/上架/售卖中 或 下架/仓库中 等）")
            ok = False
        category = self._category(cells)
        if not category:
            self.problem(line, "no_category", "类目为空或不完整")
            ok = False
        stock: int | None = None
        if self.stock_col is not None:
            raw_stock = _plain_number(cells[self.stock_col])
            if raw_stock:
                try:
                    stock = int(Decimal(raw_stock))
                    if stock < 0 or stock != Decimal(raw_stock):
                        raise InvalidOperation
                except (InvalidOperation, OverflowError, ValueError):
                    self.problem(line, "bad_stock", f"库存“{cells[self.stock_col]}”不是非负整数")
                    ok = False
        price = ""
        if self.price_col is not None:
            price = _plain_number(cells[self.price_col])
            if price:
                try:
                    if not Decimal(price).is_finite() or Decimal(price) < 0:
                        raise InvalidOperation
                except InvalidOperation:
                    self.problem(line, "bad_price", f"价格“{cells[self.price_col]}”不是有效金额")
                    ok = False
        if not ok:
            return
        self.raw_prices.append(price)
        self.products.append({
            "id": pid, "title": cells[self.title_col].strip() if self.title_col is not None else "",
            "category": category, "status": status, "price": price or None, "stock": stock,
            "line": line,
        })

    def _category(self, cells: list[Any]) -> list[str]:
        if self.level_cols:
            levels = [cells[c].strip() for c in self.level_cols]
            while levels and not levels[-1]:
                levels.pop()
            return levels if all(levels) else []
        if self.category_col is None:
            return []
        return split_category(cells[self.category_col])

    def finish_prices(self) -> None:
        """Settle the price unit on every value (unless told), then store prices in yuan."""
        if self.price_col is None:
            return
        if self.mapping.price_unit is None:
            _settle_price_unit(self.mapping, self.raw_prices)
        fen = self.mapping.price_unit == "fen"
        cent = Decimal("0.01")
        for product in self.products:
            raw = product["price"]
            if raw is None:
                continue
            amount = Decimal(raw) / 100 if fen else Decimal(raw)
            if amount != amount.quantize(cent):
                self.problem(product["line"], "bad_price", f"价格“{raw}”{'分' if fen else '元'}超过两位小数")
                continue
            product["price"] = str(amount.quantize(cent))
        if any(p.kind == "bad_price" for p in self.problems):
            bad = {p.line for p in self.problems if p.kind == "bad_price"}
            self.products = [p for p in self.products if p["line"] not in bad]


def split_category(value: str) -> list[str]:
    """"a>b>c" or "a-b-c" into levels. Never on "/": level names such as 服饰/鞋靴 contain it."""
    text = value.replace("＞", ">").strip()
    parts = text.split(">") if ">" in text else text.split("-")
    levels = [p.strip() for p in parts]
    return levels if all(levels) else []
