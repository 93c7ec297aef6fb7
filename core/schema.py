"""The database schema, one named sqlite-utils migration per change. Never edit a shipped one.

sqlite-utils is imported only when a migration is pending, so an ordinary start stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "shop_assistant"
MIGRATIONS_TABLE = "_sqlite_migrations"
# PRAGMA application_id of every database this app writes ("SHPA"): a SQLite file without it and
# without this app's migrations is another program's file.
APPLICATION_ID = 0x53485041


def _0001_shops_settings_plans(db: Database) -> None:
    db.table("shops").create(
        {
            "id": int, "platform": str, "name": str, "shop_type": str,
            "experience_score": str, "reputation_score": str,
            "in_assessment_period": int, "professional_anchor": int, "created_at": str,
        },
        pk="id", not_null={"platform", "name", "shop_type"},
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("plans").create(
        {"id": int, "shop_id": int, "kind": str, "name": str, "data": str, "updated_at": str},
        pk="id", not_null={"kind", "name", "data"},
        foreign_keys=[("shop_id", "shops", "id")],
    )
    db.table("plans").create_index(["shop_id", "kind"])


def _0002_products(db: Database) -> None:
    """Product snapshot per shop (replaced by each import), the seller's migration marks (kept
    across imports, by product id), per-shop level-1 category caps, and when the snapshot was
    taken. Plain SQL for ON DELETE CASCADE: deleting a shop deletes what is kept for it."""
    db.execute("""
        CREATE TABLE products (
            shop_id INTEGER NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
            product_id TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL,
            price TEXT,
            stock INTEGER,
            status TEXT NOT NULL,
            line INTEGER,
            PRIMARY KEY (shop_id, product_id)
        )""")
    db.execute("""
        CREATE TABLE product_marks (
            shop_id INTEGER NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
            product_id TEXT NOT NULL,
            moved INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT,
            PRIMARY KEY (shop_id, product_id)
        )""")
    db.execute("""
        CREATE TABLE category_caps (
            shop_id INTEGER NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
            category TEXT NOT NULL,
            cap INTEGER NOT NULL,
            PRIMARY KEY (shop_id, category)
        )""")
    db.execute("""
        CREATE TABLE product_snapshots (
            shop_id INTEGER PRIMARY KEY REFERENCES shops(id) ON DELETE CASCADE,
            imported_at TEXT NOT NULL,
            source TEXT,
            products INTEGER NOT NULL
        )""")


def _0003_product_batches(db: Database) -> None:
    """An import writes its products as a new batch in short transactions beside the current one,
    then swaps the snapshot to it in one short transaction: a seller's save never waits long for an
    import, and an import still lands whole or not at all. `products` becomes a view of each shop's
    current batch, so readers never see a batch that is being written."""
    db.execute("""
        CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            shop_id INTEGER NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
            started_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE product_rows (
            shop_id INTEGER NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
            batch INTEGER NOT NULL,
            product_id TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL,
            price TEXT,
            stock INTEGER,
            status TEXT NOT NULL,
            line INTEGER,
            PRIMARY KEY (shop_id, batch, product_id)
        )""")
    db.execute("ALTER TABLE product_snapshots ADD COLUMN batch INTEGER NOT NULL DEFAULT 0")
    db.execute("""INSERT INTO product_rows (shop_id, batch, product_id, title, category, price, stock, status, line)
                  SELECT shop_id, 0, product_id, title, category, price, stock, status, line FROM products""")
    db.execute("DROP TABLE products")
    db.execute("""
        CREATE VIEW products AS
        SELECT p.shop_id, p.product_id, p.title, p.category, p.price, p.stock, p.status, p.line
        FROM product_rows p JOIN product_snapshots s ON s.shop_id = p.shop_id AND s.batch = p.batch""")


def _0004_listing_results_import_choices(db: Database) -> None:
    """The listing check's result per product snapshot (the deadline board reads it instead of
    re-checking every product), revisions of the marks and caps it depends on, and the columns a
    seller chose for an import, remembered per shop, import kind and export profile."""
    db.execute("""
        CREATE TABLE listing_state (
            shop_id INTEGER PRIMARY KEY REFERENCES shops(id) ON DELETE CASCADE,
            marks_rev INTEGER NOT NULL DEFAULT 0,
            caps_rev INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("""
        CREATE TABLE listing_results (
            shop_id INTEGER PRIMARY KEY REFERENCES shops(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            computed_at TEXT NOT NULL,
            deadline TEXT
        )""")
    db.execute("""
        CREATE TABLE import_choices (
            shop_id INTEGER NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            profile TEXT NOT NULL,
            choice TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (shop_id, kind, profile)
        )""")


def _0005_board_state(db: Database) -> None:
    """What the seller did with an item of the deadline board, by the item's stable key (core.board):
    marked done, or snoozed until a time; and when the tray last reminded of it. Deleting a shop
    deletes its rows."""
    db.execute("""
        CREATE TABLE board_state (
            key TEXT PRIMARY KEY,
            shop_id INTEGER REFERENCES shops(id) ON DELETE CASCADE,
            done_at TEXT,
            snoozed_until TEXT,
            reminded_at TEXT,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX board_state_shop ON board_state (shop_id)")


STEPS: list[tuple[str, Callable[[Database], None]]] = [
    ("0001_shops_settings_plans", _0001_shops_settings_plans),
    ("0002_products", _0002_products),
    ("0003_product_batches", _0003_product_batches),
    ("0004_listing_results_import_choices", _0004_listing_results_import_choices),
    ("0005_board_state", _0005_board_state),
]
KNOWN = [name for name, _ in STEPS]


def migration_set() -> Migrations:
    """The sqlite-utils Migrations object holding every step, in order."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, step in STEPS:
        migrations(name=name)(step)
    return migrations
