"""A shop's products as kept in the store: the snapshot of the last import, the seller's
migration marks (kept by product id across imports) and the level-1 category caps they entered.

An import is staged: its rows go into a new batch in short write transactions (`CHUNK` rows each),
beside the current snapshot, which readers keep seeing; one short transaction then points the
shop's snapshot at the new batch, and the old batch is deleted in short transactions after that.
A seller's save waits at most one chunk for an import, and an import still lands whole or not at
all: a bad row, a duplicate id, a cancel or a killed process leaves the old snapshot in place (the
rows of an unfinished batch are removed by the next import or `purge_unused_batches`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from itertools import islice
from typing import Any

from .errors import Cancelled, InputError, WriteFailed
from .locks import IMPORT_LOCK, FileLock
from .store import Shop, Store
from .values import BEIJING, iso

STATUSES = ("on_sale", "off_sale")
CHUNK = 5000  # rows per write transaction of an import: ~20 ms, the longest a save waits for it
Progress = Callable[[int], Any]


class SnapshotCancelled(Cancelled):
    """The progress callback returned False; the old snapshot is untouched."""


def _now() -> str:
    return iso(datetime.now(BEIJING))


def _rows_for(shop_id: int, batch: int, products: Iterable[dict[str, Any]]) -> Iterator[tuple[Any, ...]]:
    """Validated rows to insert; raising here stops the import before the snapshot is swapped."""
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
        yield (shop_id, batch, pid.strip(), product.get("title") or "",
               json.dumps(category, ensure_ascii=False), price, stock, status, product.get("line"))


def _delete_batches(store: Store, shop_id: int, keep: int | None) -> None:
    """Delete the shop's product rows of every batch but `keep`, one chunk per transaction."""
    while True:
        with store.write() as conn:
            gone = conn.execute(
                "DELETE FROM product_rows WHERE rowid IN (SELECT rowid FROM product_rows "
                "WHERE shop_id = ? AND batch IS NOT ? LIMIT ?)", [shop_id, keep, CHUNK]).rowcount
        if gone < CHUNK:
            return


def _bump(conn: Any, shop_id: int, column: str) -> None:
    """Count a change of the marks or caps (the kept listing result is then out of date)."""
    conn.execute(f"INSERT INTO listing_state (shop_id, {column}) VALUES (?, 1) "  # column: one of two fixed names
                 f"ON CONFLICT (shop_id) DO UPDATE SET {column} = {column} + 1", [shop_id])


def revisions(store: Store, shop_id: int) -> tuple[int, int, int]:
    """(snapshot batch, marks revision, caps revision): what a listing result depends on in the store."""
    batch = current_batch(store, shop_id)
    rows = store._rows("SELECT marks_rev, caps_rev FROM listing_state WHERE shop_id = ?", [shop_id])
    marks, caps = (rows[0]["marks_rev"], rows[0]["caps_rev"]) if rows else (0, 0)
    return (batch if batch is not None else -1), int(marks), int(caps)


def current_batch(store: Store, shop_id: int) -> int | None:
    rows = store._rows("SELECT batch FROM product_snapshots WHERE shop_id = ?", [shop_id])
    return int(rows[0]["batch"]) if rows else None


class _ImportLock:
    """One product import at a time per data folder (the app's and the CLI's alike): an import
    starts by removing what unfinished ones left, which must never be a batch still being written."""

    def __init__(self, store: Store) -> None:
        self.lock = FileLock(store.path.parent / IMPORT_LOCK) if store.path is not None else None

    def __enter__(self) -> None:
        try:
            taken = self.lock is None or self.lock.acquire(timeout=1.0)
        except OSError as exc:
            raise WriteFailed("readonly", f"无法在数据文件夹中建立导入锁（{exc.strerror or exc}）") from None
        if not taken:
            raise WriteFailed("busy", "另一个商品导入正在进行（可能在另一个窗口或命令行中），请等它完成后再导入")

    def __exit__(self, *_exc: object) -> None:
        if self.lock is not None:
            self.lock.release()


def purge_unused_batches(store: Store, shop_id: int | None = None) -> None:
    """Remove rows left by imports that did not finish (killed, failed or cancelled), of one shop
    or of all; nothing when another import is running."""
    try:
        with _ImportLock(store):
            shop_ids = [shop_id] if shop_id is not None else [
                r["shop_id"] for r in store._rows("SELECT DISTINCT shop_id FROM product_rows")]
            for sid in shop_ids:
                _purge(store, sid)
    except WriteFailed:
        return


def _purge(store: Store, shop_id: int) -> None:
    with store.write() as conn:
        conn.execute("DELETE FROM import_batches WHERE shop_id = ?", [shop_id])
    _delete_batches(store, shop_id, current_batch(store, shop_id))


def replace_snapshot(store: Store, shop_id: int, products: Iterable[dict[str, Any]], *,
                     source: str | None = None, progress: Progress | None = None,
                     every: int = CHUNK) -> int:
    """Replace the shop's product snapshot with `products` (contract shape, as the importer gives
    them). All or nothing: on a bad product (InputError naming it), a duplicate id
    (sqlite3.IntegrityError) or a cancel (SnapshotCancelled) the old snapshot stays. Migration
    marks are kept. `progress(done)` is called after every chunk written. Returns how many products
    were stored."""
    with _ImportLock(store):
        return _replace(store, shop_id, products, source, progress, every)


def _replace(store: Store, shop_id: int, products: Iterable[dict[str, Any]], source: str | None,
             progress: Progress | None, every: int) -> int:
    _purge(store, shop_id)
    with store.write() as conn:
        batch = int(conn.execute("INSERT INTO import_batches (shop_id, started_at) VALUES (?, ?)",
                                 [shop_id, _now()]).lastrowid or 0)
    rows = _rows_for(shop_id, batch, products)
    count = 0
    try:
        while True:
            chunk = list(islice(rows, max(1, min(every, CHUNK))))
            if not chunk:
                break
            with store.write() as conn:
                conn.executemany(
                    "INSERT INTO product_rows (shop_id, batch, product_id, title, category, price, stock, "
                    "status, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", chunk)
            count += len(chunk)
            if progress is not None and progress(count) is False:
                raise SnapshotCancelled()
        with store.write() as conn:
            conn.execute(
                "INSERT INTO product_snapshots (shop_id, imported_at, source, products, batch) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (shop_id) DO UPDATE SET imported_at = excluded.imported_at, "
                "source = excluded.source, products = excluded.products, batch = excluded.batch",
                [shop_id, _now(), source, count, batch])
            conn.execute("DELETE FROM import_batches WHERE id = ?", [batch])
    except BaseException:
        _delete_batches(store, shop_id, current_batch(store, shop_id))
        with store.write() as conn:
            conn.execute("DELETE FROM import_batches WHERE id = ?", [batch])
        raise
    _delete_batches(store, shop_id, batch)
    return count


def snapshot_info(store: Store, shop_id: int) -> dict[str, Any] | None:
    """{imported_at, source, products} of the shop's last import, or None if never imported."""
    rows = store._rows("SELECT imported_at, source, products FROM product_snapshots WHERE shop_id = ?",
                       [shop_id])
    return rows[0] if rows else None


def products(store: Store, shop_id: int) -> list[dict[str, Any]]:
    """The shop's snapshot in the contract shape, in file order, each with its `moved` mark:
    {id, title, category, status, price, stock, line, moved}, the category a tuple of its levels."""
    cursor = store.conn.execute(
        "SELECT p.product_id, p.title, p.category, p.status, p.price, p.stock, p.line, "
        "coalesce(m.moved, 0) FROM products p LEFT JOIN product_marks m "
        "ON m.shop_id = p.shop_id AND m.product_id = p.product_id "
        "WHERE p.shop_id = ? ORDER BY p.line, p.product_id", [shop_id])
    # A shop has few distinct categories: each is parsed once, and kept as a tuple, shared by its
    # products. Rows of plain values and tuples are left alone by Python's garbage collector: with
    # lists, 200,000 products made each full collection (which stops every thread) 300 ms long.
    parsed: dict[str, tuple[str, ...]] = {}

    def category(text: str) -> tuple[str, ...]:
        levels = parsed.get(text)
        if levels is None:
            levels = parsed[text] = tuple(json.loads(text))
        return levels

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
    rows = [(shop_id, pid, int(moved), now) for pid in product_ids]
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO product_marks (shop_id, product_id, moved, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (shop_id, product_id) DO UPDATE SET moved = excluded.moved, "
            "updated_at = excluded.updated_at", rows)
        _bump(conn, shop_id, "marks_rev")


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
    rows = [(shop_id, *_valid_cap(name, cap)) for name, cap in caps.items()]
    with store.write() as conn:
        conn.execute("DELETE FROM category_caps WHERE shop_id = ?", [shop_id])
        conn.executemany("INSERT INTO category_caps (shop_id, category, cap) VALUES (?, ?, ?)", rows)
        _bump(conn, shop_id, "caps_rev")


def set_category_cap(store: Store, shop_id: int, category: str, cap: int | None) -> None:
    """Set one level-1 category's cap; None removes it."""
    if cap is None:
        with store.write() as conn:
            conn.execute("DELETE FROM category_caps WHERE shop_id = ? AND category = ?",
                         [shop_id, category.strip()])
            _bump(conn, shop_id, "caps_rev")
        return
    name, value = _valid_cap(category, cap)
    with store.write() as conn:
        conn.execute("INSERT INTO category_caps (shop_id, category, cap) VALUES (?, ?, ?) "
                     "ON CONFLICT (shop_id, category) DO UPDATE SET cap = excluded.cap", [shop_id, name, value])
        _bump(conn, shop_id, "caps_rev")


def listing_input(store: Store, shop: Shop) -> dict[str, Any]:
    """The listing contract JSON for a stored shop: what check("listing", ...) reads."""
    if shop.id is None:
        raise InputError("shop", "店铺尚未保存")
    return {"shop": shop.as_contract(), "products": products(store, shop.id),
            "category_caps": category_caps(store, shop.id)}
