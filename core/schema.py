"""The database schema, one named sqlite-utils migration per change. Never edit a shipped one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "shop_assistant"
migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_shops_settings_plans")
def _initial(db: Database) -> None:
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
