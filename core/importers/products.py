"""Importing a back-office product export (.csv or .xlsx) into the shop's product snapshot.

    pv = preview(path)                          # header, first rows, recognised export, suggested mapping
    result = import_products(store, shop, path, pv.mapping, progress=p)   # the whole import, off the UI thread

`import_products` is what the app and `python -m core import products` run: read every row through
the mapping, write the products into a new batch of the store as they are read (core.products: a
seller's save never waits long for it), and swap the snapshot only when the whole file is good; any
bad row refuses the file, naming its line, and the old snapshot stays. A verified backup is made
first when a snapshot is being replaced. The listing check then runs on the new snapshot and its
result is kept for the deadline board.

Nothing is silently dropped: a row with a problem (ragged, empty or duplicate id, unknown status, bad
price or stock, no category) is listed with its line number as the seller sees it in Excel. Fully
empty rows are skipped.

Prices are stored in yuan (a string with two decimals). The unit of the price column:
1. the header says so: "价格(分)" -> 分; "价格(元)" -> 元 (confident);
2. any value of the first rows has a decimal point -> 元 (confident);
3. all whole numbers: median under 100 -> 元 (confident: in 分 half the products would cost under
   1 yuan); median 1000 or more -> 分, otherwise 元, both NOT confident (a used-car shop's whole-yuan
   prices look like 分), so the mapping asks the seller to confirm.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from .. import products as product_store
from ..errors import Cancelled
from ..progress import Progress
from ..store import Shop, Store
from ..tables import blank, cell_text, open_table
from .base import MANGLED_ID, ImportFileError, ImportRefused, ImportResult, Problem, clean, header_base, mangled_id
from .profiles import Matched, find_header, match_header, profiles

FIELDS = ("id", "title", "category", "category_1", "category_2", "category_3", "category_4",
          "price", "stock", "status")
FIELD_NAMES_ZH = {
    "id": "商品ID", "title": "商品名称", "category": "类目（整串）", "category_1": "一级类目",
    "category_2": "二级类目", "category_3": "三级类目", "category_4": "四级类目",
    "price": "价格", "stock": "库存", "status": "商品状态",
}
LEVELS = ("category_1", "category_2", "category_3", "category_4")
PRICE_UNITS = ("yuan", "fen")
# 售罄 is still on the shelf (it counts toward the on-sale cap); review and banned states are not.
STATUS_WORDS = {
    **dict.fromkeys(("在售", "在售中", "上架", "已上架", "上架中", "售卖中", "在架", "出售中", "销售中",
                     "售罄", "已售罄", "on_sale", "onsale"), "on_sale"),
    **dict.fromkeys(("下架", "已下架", "仓库中", "未上架", "待上架", "审核中", "待审核", "审核驳回",
                     "审核未通过", "审核不通过", "封禁", "已封禁", "违规下架", "草稿", "草稿箱",
                     "off_sale", "offsale"), "off_sale"),
}
PRICE_SAMPLE = 2000
EVERY = 2000  # rows between progress reports


@dataclass
class ColumnMapping:
    """Which column (0-based) holds which field, the price unit, and whether we are sure."""

    columns: dict[str, int]
    price_unit: str | None = None
    confident: bool = True
    notes: list[str] = field(default_factory=list)
    profile: str = ""
    key: str = ""  # what the seller's choice for this export is remembered under (see Matched.key)
    header: list[str] = field(default_factory=list)

    def choice(self) -> dict[str, str]:
        """The mapping by header text (what is remembered for the shop): field -> header, and the unit."""
        chosen = {f: self.header[i] for f, i in self.columns.items() if 0 <= i < len(self.header)}
        return {**chosen, "price_unit": self.price_unit} if self.price_unit else chosen

    def missing(self) -> list[str]:
        """Required fields with no column: id, status, and a category (string or level 1)."""
        out = [f for f in ("id", "status") if f not in self.columns]
        if "category" not in self.columns and "category_1" not in self.columns:
            out.append("category")
        return out


@dataclass
class Preview:
    header: list[str]
    header_line: int
    rows: list[list[str]]
    mapping: ColumnMapping
    encoding: str | None


@dataclass
class Read:
    """A parse of the whole file in memory (tests, small files): the products and the problems."""

    products: list[dict[str, Any]]
    problems: list[Problem]
    mapping: ColumnMapping
    encoding: str | None
    rows: int

    @property
    def ok(self) -> bool:
        return not self.problems


# Mapping --------------------------------------------------------------------------------------------
def _header(path: Path | str) -> tuple[Any, Matched, list[tuple[int, list[Any]]], str | None]:
    table = open_table(path, ImportFileError, "products")
    matched, pending = find_header(table.rows, "products")
    if matched is None:
        if not any(not blank(cells) for _, cells in pending):
            raise ImportFileError("文件是空的，没有表头和商品。")
        line, cells = next((line, cells) for line, cells in pending if not blank(cells))
        # no column recognised: the first non-empty row is the header, for the seller to map
        matched = Matched(profiles("products")[0], line, [cell_text(c) for c in cells], {}, 0)
        pending = [(ln, cl) for ln, cl in pending if ln > line]
    return table, matched, pending, table.encoding


def guess_mapping(header: list[str], sample: Iterable[list[Any]] = (), matched: Matched | None = None) -> ColumnMapping:
    """Map header cells to fields by the product profiles; `sample` rows help tell 分 from 元."""
    if matched is None:
        matched = match_header(header, 1, profiles("products"))
    columns = dict(matched.columns) if matched else {}
    notes: list[str] = []
    unit: str | None = None
    seen: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = matched.profile.field_of(cell) if matched else None
        if name is None:
            continue
        if name in seen:
            notes.append(f"有多列都像“{FIELD_NAMES_ZH[name]}”（{header[seen[name]]}、{cell}），已用第一列，请确认。")
            continue
        seen[name] = index
        if name == "price":
            cell_unit = header_base(cell)[1]
            if cell_unit in ("分",):
                unit = "fen"
            elif cell_unit in ("元", "¥", "￥"):
                unit = "yuan"
    mapping = ColumnMapping(columns=columns, price_unit=unit, confident=not notes, notes=notes,
                            profile=matched.profile.name if matched and matched.complete else "",
                            key=matched.key() if matched else "", header=list(header))
    for missing in mapping.missing():
        mapping.notes.append(f"没有找到“{FIELD_NAMES_ZH[missing]}”列，请手动指定。")
        mapping.confident = False
    if "title" not in columns:
        mapping.notes.append("没有找到“商品名称”列，请手动指定（可不填）。")
        mapping.confident = False
    if "price" in columns and unit is None:
        index = columns["price"]
        values = [cell_text(row[index]) for row in sample if index < len(row)]
        if any(values):  # else the import settles it on the first rows
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


def _recalled(mapping: ColumnMapping, choice: dict[str, str]) -> ColumnMapping:
    """The guessed mapping with the columns the seller chose for this export the last time."""
    columns = {f: mapping.header.index(h) for f, h in choice.items() if f != "price_unit" and h in mapping.header}
    unit = choice.get("price_unit") if choice.get("price_unit") in PRICE_UNITS else mapping.price_unit
    recalled = replace(mapping, columns=columns, price_unit=unit,
                       notes=["已按上次为这个店铺选择的各列对应填好，请确认。"])
    recalled.confident = not recalled.missing()
    return recalled


def preview(path: Path | str, rows: int = 20,
            remembered: Callable[[str], dict[str, str] | None] | None = None) -> Preview:
    """The header, the first `rows` data rows as text and the suggested mapping (for the dialog)."""
    table, matched, pending, encoding = _header(path)
    sample: list[list[Any]] = [cells for _, cells in pending if not blank(cells)]
    for _, cells in table.rows:
        if len(sample) >= PRICE_SAMPLE:
            break
        if not blank(cells):
            sample.append(cells)
    shown = [[cell_text(c) for c in cells] for cells in sample[:rows]]
    mapping = guess_mapping(matched.header, sample, matched)
    choice = remembered(mapping.key) if remembered is not None and not mapping.confident else None
    if choice:
        mapping = _recalled(mapping, choice)
    return Preview(header=matched.header, header_line=matched.line, rows=shown, mapping=mapping, encoding=encoding)


# Reading --------------------------------------------------------------------------------------------
class _RowReader:
    """Turns rows into products, one at a time; one instance per import."""

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
        self.problems: list[Problem] = []
        self.first_line: dict[str, int] = {}
        self.rows = 0
        self.cent = Decimal("0.01")

    def problem(self, line: int, kind: str, message: str, fieldname: str = "") -> None:
        self.problems.append(Problem(line, fieldname, message, kind))

    def product(self, line: int, cells: list[Any]) -> dict[str, Any] | None:
        if (not "".join(cells).strip()) if self.is_csv else blank(cells):
            return None
        self.rows += 1
        width = self.width
        if len(cells) != width:
            extra = cells[width:]
            if len(cells) < width and self.is_csv:
                self.problem(line, "ragged", f"只有 {len(cells)} 列，表头有 {width} 列（可能有多余的换行或缺了逗号）")
                return None
            if extra and not blank(extra):
                self.problem(line, "ragged", f"有 {len(cells)} 列，表头只有 {width} 列（可能有未加引号的逗号）")
                return None
            cells = cells[:width] + [None] * (width - len(cells))
        if not self.is_csv:
            cells = [cell_text(c) for c in cells]
        ok = True
        pid = clean(cells[self.id_col])
        if not pid:
            self.problem(line, "empty_id", "商品ID为空", "id")
            ok = False
        elif pid in self.first_line:
            self.problem(line, "duplicate_id", f"商品ID {pid} 重复（第 {self.first_line[pid]} 行已有）", "id")
            ok = False
        elif "e+" in pid.lower():
            if mangled_id(pid):
                self.problem(line, "mangled_id", f"商品ID“{pid}”{MANGLED_ID}", "id")
                ok = False
        if ok:
            self.first_line[pid] = line
        raw_status = cells[self.status_col].strip()
        status = STATUS_WORDS.get(raw_status.lower())
        if status is None:
            shown = f"“{raw_status}”" if raw_status else "空"
            self.problem(line, "bad_status", f"商品状态为{shown}，无法识别（应为 在售/上架/售卖中 或 下架/仓库中 等）",
                         "status")
            ok = False
        category = self._category(cells)
        if not category:
            self.problem(line, "no_category", "类目为空或不完整", "category")
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
                    self.problem(line, "bad_stock", f"库存“{cells[self.stock_col]}”不是非负整数", "stock")
                    ok = False
        price = None
        if self.price_col is not None:
            raw = _plain_number(cells[self.price_col])
            if raw:
                price = self._price(line, raw)
                ok = ok and price is not None
        if not ok:
            return None
        return {"id": pid, "title": cells[self.title_col].strip() if self.title_col is not None else "",
                "category": category, "status": status, "price": price, "stock": stock, "line": line}

    def _price(self, line: int, raw: str) -> str | None:
        try:
            value = Decimal(raw)
            if not value.is_finite() or value < 0 or value.adjusted() >= 12:
                raise InvalidOperation
        except InvalidOperation:
            self.problem(line, "bad_price", f"价格“{raw}”不是有效金额", "price")
            return None
        fen = self.mapping.price_unit == "fen"
        yuan = value / 100 if fen else value
        if yuan != yuan.quantize(self.cent):
            self.problem(line, "bad_price", f"价格“{raw}”{'分' if fen else '元'}超过两位小数", "price")
            return None
        return str(yuan.quantize(self.cent))

    def _category(self, cells: list[Any]) -> list[str]:
        if self.level_cols:
            levels = [cells[c].strip() for c in self.level_cols]
            while levels and not levels[-1]:
                levels.pop()
            return levels if all(levels) else []
        if self.category_col is None:
            return []
        return split_category(cells[self.category_col])


def split_category(value: str) -> list[str]:
    """"a>b>c" or "a-b-c" into levels. Never on "/": level names such as 服饰/鞋靴 contain it."""
    text = value.replace("＞", ">").strip()
    parts = text.split(">") if ">" in text else text.split("-")
    levels = [p.strip() for p in parts]
    return levels if all(levels) else []


def _resolve(matched: Matched, header: list[str], sample: list[list[Any]],
             mapping: ColumnMapping | dict[str, str | int] | None, price_unit: str | None) -> ColumnMapping:
    if mapping is None:
        chosen = guess_mapping(header, sample, matched)
    elif isinstance(mapping, dict):  # the named fields over what was recognised (the CLI's --mapping)
        chosen = guess_mapping(header, sample, matched)
        chosen.columns.update(mapping_from_names(header, mapping).columns)
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
    if "price" in chosen.columns and chosen.price_unit is None:
        index = chosen.columns["price"]
        _settle_price_unit(chosen, [cell_text(r[index]) for r in sample if index < len(r)])
    return chosen


def stream_products(path: Path | str, mapping: ColumnMapping | dict[str, str | int] | None = None, *,
                    price_unit: str | None = None, progress: Progress | None = None
                    ) -> tuple[ColumnMapping, _RowReader, Iterator[dict[str, Any]], str | None]:
    """The mapping used, the reader (its `problems` fill as rows are read) and the products, one at
    a time. Raises ImportFileError when the file cannot be read or a required column is not mapped."""
    table, matched, pending, encoding = _header(path)
    source = table.rows
    sample_rows: list[tuple[int, list[Any]]] = list(pending)
    for line, cells in source:  # the first rows settle the price unit before any product is made
        sample_rows.append((line, cells))
        if len(sample_rows) >= PRICE_SAMPLE:
            break
    header = matched.header
    chosen = _resolve(matched, header, [c for _, c in sample_rows if not blank(c)], mapping, price_unit)
    reader = _RowReader(chosen, len(header), table.is_csv)
    total = max(0, table.lines - matched.line) if table.lines is not None else None

    def products() -> Iterator[dict[str, Any]]:
        done = 0
        for line, cells in _chain(sample_rows, source):
            product = reader.product(line, cells)
            done += 1
            if progress is not None and done % EVERY == 0:
                progress.step(done, total)
            if product is not None:
                yield product
        if progress is not None:
            progress.step(done, total)

    return chosen, reader, products(), encoding


def _chain(first: list[tuple[int, list[Any]]], rest: Iterable[tuple[int, list[Any]]]) -> Iterator[tuple[int, list[Any]]]:
    yield from first
    yield from rest


def read_products(path: Path | str, mapping: ColumnMapping | dict[str, str | int] | None = None, *,
                  price_unit: str | None = None, progress: Progress | None = None) -> Read:
    """Every product of the file in memory, and the problems (tests and small files; the app and the
    CLI import with `import_products`, which streams into the store)."""
    chosen, reader, products, encoding = stream_products(path, mapping, price_unit=price_unit, progress=progress)
    found = list(products)
    return Read(products=found, problems=sorted(reader.problems, key=lambda p: p.line), mapping=chosen,
                encoding=encoding, rows=reader.rows)


# The whole import -----------------------------------------------------------------------------------
def import_products(store: Store, shop: Shop, path: Path | str,
                    mapping: ColumnMapping | dict[str, str | int] | None = None, *,
                    price_unit: str | None = None, progress: Progress | None = None,
                    now: datetime | None = None) -> ImportResult:
    """Replace the shop's product snapshot with the file, all or nothing (see the module docstring).
    Raises ImportFileError (the file), ImportRefused (bad rows, listed) or Cancelled; on any of them
    the shop's products are as they were. `details`: report (the listing check), mapping."""
    assert shop.id is not None
    progress = progress or Progress()
    progress.phase("read")
    chosen, reader, products, encoding = stream_products(path, mapping, price_unit=price_unit, progress=progress)
    if store.path is not None and product_store.snapshot_info(store, shop.id) is not None:
        from ..backup import make_backup

        progress.phase("backup")
        make_backup(store.path, reason="before-import")
        progress.phase("read")

    def checked() -> Iterator[dict[str, Any]]:
        yield from products
        if reader.problems:
            raise ImportRefused(sorted(reader.problems, key=lambda p: p.line))
        if not reader.rows:  # replacing the snapshot with nothing would lose every product
            raise ImportFileError(f"文件 {Path(path).name} 里没有商品，只有表头。请确认导出时选择了“全部商品”后重新导出。")

    try:
        count = product_store.replace_snapshot(store, shop.id, checked(), source=Path(path).name)
    except product_store.SnapshotCancelled:
        raise Cancelled() from None
    progress.phase("check")
    from ..listing_results import refresh

    report = refresh(store, shop, now=now)
    if chosen.key:
        store.remember_import_choice(shop.id, "products", chosen.key, chosen.choice())
    return ImportResult(kind="products", profile=chosen.profile or "商品表", rows=reader.rows, imported=count,
                        encoding=encoding, details={"report": report, "mapping": chosen})
