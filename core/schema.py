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


STEPS: list[tuple[str, Callable[[Database], None]]] = [
    ("0001_shops_settings_plans", _0001_shops_settings_plans),
    ("0002_products", _0002_products),
]
KNOWN = [name for name, _ in STEPS]


def migration_set() -> Migrations:
    """The sqlite-utils Migrations object holding every step, in order."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, step in STEPS:
        migrations(name=name)(step)
    return migrations
