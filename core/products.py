"""A shop's products as kept in the store: the snapshot of the last import, the seller's
migration marks (kept by product id across imports) and the level-1 category caps they entered.

Reads go through the Store's plain sqlite3 connection; writes through sqlite-utils inside
`store.db.atomic()`, so an import lands whole or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any

from .errors import InputError
from .store import Shop, Store
from .values import BEIJING, iso

STATUSES = ("on_sale", "off_sale")
Progress = Callable[[int], Any]


class SnapshotCancelled(Exception):
    """The progress callback returned False; the old snapshot is untouched."""


def _now() -> str:
    return iso(datetime.now(BEIJING))


def _rows_for(shop_id: int, products: Iterable[dict[str, Any]], progress: Progress | None,
              every: int) -> Iterator[tuple[Any, ...]]:
    """Validated rows to insert; raising here (inside executemany) rolls the whole import back."""
    for i, product in enumerate(products):
        pid = product.get("id")
        if not isinstance(pid, str) or not pid.strip():
            raise InputError(f"products[{i}].id", "商品ID不能为空")
        category = product.get("category")
        if not isinstance(category, list) or not category or not all(
                isinstance(c, str) and c for c in category):
            raise InputError(f"products[{i}].category", "类目应为非空的文字列表")
        status = product.get("status")
        if status not in STATUSES:
            raise InputError(f"products[{i}].status", f"商品状态应为 on_sale 或 off_sale：{status!r}")
        stock = product.get("stock")
        if stock is not None and (isinstance(stock, bool) or not isinstance(stock, int)):
            raise InputError(f"products[{i}].stock", "库存应为整数")
        price = product.get("price")
        if price is not None and not isinstance(price, str):
            raise InputError(f"products[{i}].price", "价格应为文字形式的金额，例如 \"129.00\"")
        yield (shop_id, pid.strip(), product.get("title") or "",
               json.dumps(category, ensure_ascii=False), price, stock, status, product.get("line"))
        if progress is not None and (i + 1) % every == 0 and progress(i + 1) is False:
            raise SnapshotCancelled()


def replace_snapshot(store: Store, shop_id: int, products: Iterable[dict[str, Any]], *,
                     source: str | None = None, progress: Progress | None = None,
                     every: int = 5000) -> int:
    """Replace the shop's product snapshot with `products` (contract shape, as the importer gives
    them). All or nothing: on a bad product (InputError naming it), a duplicate id
    (sqlite3.IntegrityError) or a cancel (SnapshotCancelled) the old snapshot stays. Migration
    marks are kept. Returns how many products were stored."""
    with store.db.atomic():
        store.db.execute("DELETE FROM products WHERE shop_id = ?", [shop_id])
        store.db.conn.executemany(
            "INSERT INTO products (shop_id, product_id, title, category, price, stock, status, line) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", _rows_for(shop_id, products, progress, every))
        count = store.db.execute("SELECT count(*) FROM products WHERE shop_id = ?",
                                 [shop_id]).fetchone()[0]
        store.db["product_snapshots"].upsert(
            {"shop_id": shop_id, "imported_at": _now(), "source": source, "products": count},
            pk="shop_id")
    return int(count)


def snapshot_info(store: Store, shop_id: int) -> dict[str, Any] | None:
    """{imported_at, source, products} of the shop's last import, or None if never imported."""
    rows = store._rows("SELECT imported_at, source, products FROM product_snapshots WHERE shop_id = ?",
                       [shop_id])
    return rows[0] if rows else None


def products(store: Store, shop_id: int) -> list[dict[str, Any]]:
    """The shop's snapshot in the contract shape, in file order, each with its `moved` mark:
    {id, title, category, status, price, stock, line, moved}."""
    cursor = store.conn.execute(
        "SELECT p.product_id, p.title, p.category, p.status, p.price, p.stock, p.line, "
        "coalesce(m.moved, 0) FROM products p LEFT JOIN product_marks m "
        "ON m.shop_id = p.shop_id AND m.product_id = p.product_id "
        "WHERE p.shop_id = ? ORDER BY p.line, p.product_id", [shop_id])
    parsed: dict[str, list[str]] = {}  # a shop has few distinct categories: parse each once

    def category(text: str) -> list[str]:
        levels = parsed.get(text)
        if levels is None:
            levels = parsed[text] = json.loads(text)
        return list(levels)

    return [
        {"id": r[0], "title": r[1], "category": category(r[2]), "status": r[3], "price": r[4],
         "stock": r[5], "line": r[6], "moved": bool(r[7])}
        for r in cursor
    ]


def marks(store: Store, shop_id: int) -> dict[str, bool]:
    """product id -> moved, for every product the seller has marked (including ones no longer in
    the snapshot: a re-import may bring them back)."""
    return {r["product_id"]: bool(r["moved"]) for r in store._rows(
        "SELECT product_id, moved FROM product_marks WHERE shop_id = ?", [shop_id])}


def set_moved(store: Store, shop_id: int, product_id: str, moved: bool) -> None:
    """Mark (or unmark) one product as moved to its new category."""
    set_moved_many(store, shop_id, [product_id], moved)


def set_moved_many(store: Store, shop_id: int, product_ids: Iterable[str], moved: bool) -> None:
    """Mark (or unmark) several products at once, in one transaction."""
    now = _now()
    rows = [{"shop_id": shop_id, "product_id": pid, "moved": int(moved), "updated_at": now}
            for pid in product_ids]
    with store.db.atomic():
        store.db["product_marks"].upsert_all(rows, pk=("shop_id", "product_id"))


def category_caps(store: Store, shop_id: int) -> dict[str, int]:
    """level-1 category -> the on-sale cap the seller read off the backend."""
    return {r["category"]: int(r["cap"]) for r in store._rows(
        "SELECT category, cap FROM category_caps WHERE shop_id = ? ORDER BY category", [shop_id])}


def _valid_cap(category: str, cap: Any) -> tuple[str, int]:
    name = category.strip() if isinstance(category, str) else ""
    if not name:
        raise InputError("category_caps", "一级类目名称不能为空")
    if isinstance(cap, bool) or not isinstance(cap, int) or cap < 0:
        raise InputError(f"category_caps.{name}", f"上限应为不小于 0 的整数：{cap!r}")
    return name, cap


def set_category_caps(store: Store, shop_id: int, caps: dict[str, int]) -> None:
    """Replace all of the shop's level-1 category caps."""
    rows = [dict(zip(("category", "cap"), _valid_cap(name, cap)), shop_id=shop_id)
            for name, cap in caps.items()]
    with store.db.atomic():
        store.db.execute("DELETE FROM category_caps WHERE shop_id = ?", [shop_id])
        if rows:
            store.db["category_caps"].insert_all(rows)


def set_category_cap(store: Store, shop_id: int, category: str, cap: int | None) -> None:
    """Set one level-1 category's cap; None removes it."""
    if cap is None:
        with store.db.atomic():
            store.db.execute("DELETE FROM category_caps WHERE shop_id = ? AND category = ?",
                             [shop_id, category.strip()])
        return
    name, value = _valid_cap(category, cap)
    with store.db.atomic():
        store.db["category_caps"].upsert({"shop_id": shop_id, "category": name, "cap": value},
                                         pk=("shop_id", "category"))


def listing_input(store: Store, shop: Shop) -> dict[str, Any]:
    """The listing contract JSON for a stored shop: what check("listing", ...) reads."""
    if shop.id is None:
        raise InputError("shop", "店铺尚未保存")
    return {"shop": shop.as_contract(), "products": products(store, shop.id),
            "category_caps": category_caps(store, shop.id)}
