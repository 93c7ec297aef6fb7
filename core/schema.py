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
    db["shops"].create(
        {
            "id": int, "platform": str, "name": str, "shop_type": str,
            "experience_score": str, "reputation_score": str,
            "in_assessment_period": int, "professional_anchor": int, "created_at": str,
        },
        pk="id", not_null={"platform", "name", "shop_type"},
    )
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["plans"].create(
        {"id": int, "shop_id": int, "kind": str, "name": str, "data": str, "updated_at": str},
        pk="id", not_null={"kind", "name", "data"},
        foreign_keys=[("shop_id", "shops", "id")],
    )
    db["plans"].create_index(["shop_id", "kind"])


STEPS: list[tuple[str, Callable[[Database], None]]] = [
    ("0001_shops_settings_plans", _0001_shops_settings_plans),
]
KNOWN = [name for name, _ in STEPS]


def migration_set() -> Migrations:
    """The sqlite-utils Migrations object holding every step, in order."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for name, step in STEPS:
        migrations(name=name)(step)
    return migrations
