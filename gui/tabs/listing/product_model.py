"""The product table: every product of the snapshot (up to 200,000), filtered and searched here.

No QSortFilterProxyModel: it would call back into Python once per row for every keystroke. The
model keeps the shown rows as a list of product indexes built by one list comprehension (tens of
milliseconds for 200,000) and sorts that list with a key function. What each product needs and what
the search looks in are worked out by `shape()`, which the tab runs off the UI thread with the read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from gui import palette
from gui.text import fill, money
from gui.table_model import TableModel
from core.release import release_later
from core.exports.listing import category_path

Index = QModelIndex | QPersistentModelIndex
RED, AMBER, GREY = QColor(palette.ERROR), QColor(palette.WARNING), QColor(palette.MUTED)
MOVE, OVER = 1, 2  # what a product needs, as bits
FILTERS = ("all", "move", "over", "fine")


@dataclass(frozen=True)
class Shaped:
    """What the table shows about a snapshot, besides the products themselves (see `shape`)."""

    needs: list[int]  # MOVE | OVER bits per product
    targets: dict[str, str]  # product id -> target path, for products in a closed category
    keys: list[str] | None = None  # "id\ntitle" lower-cased, for the search box (None: unchanged)
    where: dict[str, int] | None = None  # product id -> its index (None: unchanged)
    orders: dict[str, list[int]] | None = None  # filter -> its rows in display order, worked out here


def orders_of(needs: list[int]) -> dict[str, list[int]]:
    """Each filter's rows in display order (全部: what needs doing first — to move, then over a cap —,
    each group in file order). Worked out with the needs, off the UI thread: for 200,000 products
    these lists are tens of milliseconds of Python the window would otherwise wait for."""
    move = [i for i, n in enumerate(needs) if n & MOVE]
    over = [i for i, n in enumerate(needs) if n & OVER]
    fine = [i for i, n in enumerate(needs) if not n]
    only_over = [i for i in over if not needs[i] & MOVE]
    return {"move": move, "over": over, "fine": fine, "all": move + only_over + fine}


def counts_of(needs: list[int]) -> dict[str, int]:
    """How many products each filter shows (search aside). list.count runs in C: 200,000 products in
    ~1 ms each, not 24 ms in a loop."""
    both = needs.count(MOVE | OVER)
    return {"all": len(needs), "move": needs.count(MOVE) + both, "over": needs.count(OVER) + both,
            "fine": needs.count(0)}


def any_to_move(shaped: Shaped) -> bool:
    """Some product must move (from the worked-out rows when there are, else from the needs)."""
    return bool(shaped.orders["move"]) if shaped.orders is not None else counts_of(shaped.needs)["move"] > 0


def over_cap(facts: Any) -> set[str]:
    """The first-level categories listed past their cap (from the listing check's facts)."""
    return {c["category"] for c in facts["category_counts"] if c["cap"] is not None and c["listed"] > c["cap"]}


def shape(products: list[dict[str, Any]], migrations: list[dict[str, Any]], over: set[str],
          with_keys: bool = True) -> Shaped:
    """Classify the products (what each needs) and, unless only the check changed, index them for
    the search box. Plain Python, no Qt: runs on the worker that read the products."""
    targets = {m["id"]: category_path(m["to"]) for m in migrations}
    needs = [(MOVE if p["id"] in targets and not p["moved"] else 0)
             | (OVER if p["status"] == "on_sale" and p["category"][0] in over else 0) for p in products]
    if not with_keys:
        return Shaped(needs, targets, orders=orders_of(needs))
    return Shaped(needs, targets, [f"{p['id']}\n{p['title']}".lower() for p in products],
                  {p["id"]: i for i, p in enumerate(products)}, orders_of(needs))


# The roles data() answers; a paint asks each cell for a dozen more (size hint, decoration, font…),
# each a call into Python that waits its turn while a worker imports.
_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole))


class ProductTableModel(TableModel):
    COLUMNS = ("id", "title", "status", "note", "category", "price", "stock")  # what to do before the detail

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = {"id": self.tr("商品ID"), "title": self.tr("商品名称"), "category": self.tr("类目"),
                         "status": self.tr("状态"), "price": self.tr("价格（元）"), "stock": self.tr("库存"),
                         "note": self.tr("需要处理")}
        self._on_sale, self._off_sale = self.tr("在售"), self.tr("未在售")
        self._moved_note = self.tr("已标记迁移（下次导入时核对）")
        self._moved_short, self._move_short = self.tr("已标记迁移"), self.tr("需迁移")
        self._over_note = self.tr("一级类目超出上限")
        self.products: list[dict[str, Any]] = []
        self.needs: list[int] = []  # MOVE | OVER bits per product
        self.targets: dict[str, str] = {}  # product id -> target path, for products in a closed category
        self._keys: list[str] = []  # "id\ntitle" lower-cased, for the search box
        self._where: dict[str, int] = {}  # product id -> index
        self.rows: list[int] = []  # product indexes shown, in display order
        self._orders: dict[str, list[int]] | None = None  # each filter's rows, from shape()
        self.filter, self.search = "all", ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # Data in --------------------------------------------------------------------------------------
    def set_products(self, products: list[dict[str, Any]], shaped: Shaped) -> None:
        """A new snapshot (or the same one re-read) with its `shape()`: resets the view, keeps filter
        and search."""
        self.beginResetModel()
        release_later(self.products, self.needs, self.targets, self.rows)  # 200,000 rows: freed off the UI thread
        self.products = products
        self._take(shaped)
        self.rows = self._filtered()
        self.endResetModel()

    def update_state(self, shaped: Shaped) -> None:
        """Same snapshot, new check results (a cap changed): rows that no longer match the filter
        leave, the rest keep their place and selection."""
        self._take(shaped)
        self.refilter()

    def _take(self, shaped: Shaped) -> None:
        self.needs, self.targets = shaped.needs, shaped.targets
        self._orders = shaped.orders
        if shaped.keys is not None:
            self._keys = shaped.keys
        if shaped.where is not None:
            self._where = shaped.where

    def set_moved(self, moved: dict[str, bool]) -> None:
        """Marks show (and leave the 需迁移 filter) right away, before the check that follows."""
        targets = self.targets
        for product_id, mark in moved.items():
            i = self._where.get(product_id)
            if i is None:
                continue
            self.products[i]["moved"] = mark
            if product_id in targets:
                self.needs[i] = (self.needs[i] & ~MOVE) | (0 if mark else MOVE)
                self._orders = None  # the filters' rows are worked out again from the needs
        self.refilter()

    # Filter, search, sort -------------------------------------------------------------------------
    def set_filter(self, kind: str, search: str | None = None) -> None:
        self.filter = kind
        if search is not None:
            self.search = search.strip().lower()
        self.refilter()

    def refilter(self) -> None:
        rows = self._filtered()
        if rows == self.rows:
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.COLUMNS) - 1))
            return
        if len(rows) != len(self.rows):  # rows come and go: a reset is what views handle for that
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()  # the same rows in a new order: selection follows them
        old = self.persistentIndexList()
        where = {product: row for row, product in enumerate(rows)}
        moved = [self.index(where[self.rows[i.row()]], i.column()) if self.rows[i.row()] in where
                 else QModelIndex() for i in old]
        self.rows = rows
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    def _filtered(self) -> list[int]:
        needs, keys, query = self.needs, self._keys, self.search
        kind = self.filter
        known = self._orders.get(kind) if self._orders is not None else None
        if known is not None:
            rows = list(known)  # a copy (~1 ms for 200,000): the shaped lists stay as they were made
        elif kind == "move":
            rows = [i for i, n in enumerate(needs) if n & MOVE]
        elif kind == "over":
            rows = [i for i, n in enumerate(needs) if n & OVER]
        elif kind == "fine":
            rows = [i for i, n in enumerate(needs) if not n]
        else:  # what needs doing first (to move, then over a cap), each in file order
            rows = ([i for i, n in enumerate(needs) if n & MOVE] + [i for i, n in enumerate(needs) if n == OVER]
                    + [i for i, n in enumerate(needs) if not n])
        if query:
            rows = [i for i in rows if query in keys[i]]
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=self._sort_key(self.COLUMNS[column]),
                      reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    def _sort_key(self, field: str) -> Any:
        products = self.products
        if field in ("price", "stock"):
            def number(i: int) -> tuple[int, float]:
                value = products[i][field]
                return (0, float(value)) if value not in (None, "") else (1, 0.0)
            return number
        if field == "category":
            return lambda i: products[i]["category"]
        if field == "note":
            return lambda i: (-self.needs[i], i)
        return lambda i: products[i][field] or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Column -1 (what the view asks for when sorting is switched on, and for no sort) is the
        products that need doing first, each group in file order."""
        self._sort = (column, order) if 0 <= column < len(self.COLUMNS) else None
        self.refilter()

    def counts(self) -> dict[str, int]:
        """How many products each filter shows (search aside): the lengths of the filters' rows when
        the worker worked them out, else counted from the needs (4 passes over 200,000 products)."""
        if self._orders is not None:
            return {kind: len(rows) for kind, rows in self._orders.items()}
        return counts_of(self.needs)

    def row_of(self, product_index: int) -> int:
        """The shown row of a product (by its index in the snapshot), -1 when filtered out."""
        try:
            return self.rows.index(product_index)
        except ValueError:
            return -1

    def product(self, row: int) -> dict[str, Any]:
        return self.products[self.rows[row]]

    # Qt model -------------------------------------------------------------------------------------
    def column_of(self, field: str) -> int:
        return self.COLUMNS.index(field) if field in self.COLUMNS else 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # most of a paint's calls, answered at once
            return None
        i = self.rows[index.row()]
        product, field = self.products[i], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and field == "note":
            return self._note(i, product, full=True)
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            if field == "category":
                return category_path(product["category"])
            if field == "status":
                return self._on_sale if product["status"] == "on_sale" else self._off_sale
            if field == "note":
                return self._note(i, product)
            value = product.get(field)
            if field == "price" and value not in (None, ""):
                return money(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            if field == "note":
                needs = self.needs[i]
                return RED if needs & MOVE else AMBER if needs & OVER else GREY
            if field == "status" and product["status"] != "on_sale":
                return GREY
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("price", "stock"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _note(self, i: int, product: dict[str, Any], full: bool = False) -> str:
        """Short in the cell (the column must fit at 1366x768 beside the findings), the target in the tooltip."""
        parts = []
        target = self.targets.get(product["id"])
        if target is not None:
            if product["moved"]:
                parts.append(self._moved_note if full else self._moved_short)
            else:
                parts.append(fill(self.tr("需迁移至 %1"), target) if full else self._move_short)
        if self.needs[i] & OVER:
            parts.append(self._over_note)
        return "；".join(parts)
