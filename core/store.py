"""The seller's data: one SQLite file per user, schema by migrations, all writes atomic."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from .errors import InputError, StoreError
from .paths import data_dir
from .schema import KNOWN, MIGRATION_SET, MIGRATIONS_TABLE, migration_set
from .values import BEIJING, iso

DB_NAME = "shop-assistant.db"
PLATFORMS = {"kuaishou": "快手小店", "douyin": "抖店"}
SHOP_TYPES = {
    "personal": "个人店", "individual": "个体工商户店", "enterprise": "普通企业店",
    "flagship": "旗舰店", "exclusive": "专卖店", "multi_brand": "专营店",
    "mall_flagship": "卖场型旗舰店",
}


@dataclass
class Shop:
    """A seller's shop profile; every tab works on the current one."""

    name: str
    platform: str = "kuaishou"
    shop_type: str = "personal"
    experience_score: str | None = None
    reputation_score: str | None = None
    in_assessment_period: bool = False
    professional_anchor: bool = False
    id: int | None = None

    def validate(self) -> None:
        if not self.name.strip():
            raise InputError("name", "店铺名称不能为空")
        if self.platform not in PLATFORMS:
            raise InputError("platform", f"平台应为 {' / '.join(PLATFORMS)}")
        if self.shop_type not in SHOP_TYPES:
            raise InputError("shop_type", f"店铺类型应为 {' / '.join(SHOP_TYPES)}")
        for field in ("experience_score", "reputation_score"):
            value = getattr(self, field)
            if value in (None, ""):
                setattr(self, field, None)
                continue
            try:
                score = Decimal(str(value))
            except ArithmeticError:
                raise InputError(field, f"分数应为数字：{value}") from None
            if not score.is_finite() or not Decimal(0) <= score <= Decimal(5):
                raise InputError(field, f"分数应在 0 到 5 之间：{value}")
            setattr(self, field, str(score))

    def as_contract(self) -> dict[str, Any]:
        """The shop block of the contract JSON shapes."""
        out = asdict(self)
        out.pop("id")
        for field in ("experience_score", "reputation_score"):
            out[field] = float(out[field]) if out[field] is not None else None
        return out


class Store:
    """Opens (or creates) the database; refuses one from a newer version, touching nothing.

    Reads go through the plain sqlite3 connection; writes and migrations through sqlite-utils,
    imported on first need so that start-up does not pay for it.
    """

    def __init__(self, path: Path | str | None = None, *, data_dir_override: str | None = None):
        if path is None:
            folder = data_dir(data_dir_override)
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"无法创建数据文件夹 {folder}：{exc.strerror or exc}") from None
            path = folder / DB_NAME
        self.path = Path(path) if str(path) != ":memory:" else None
        self._db: Any = None
        try:
            self.conn = sqlite3.connect(str(path), check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            applied = self._check_version()
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path is not None:
                self.conn.execute("PRAGMA journal_mode = WAL")
            if applied != KNOWN:
                migration_set().apply(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"数据文件 {path} 已损坏或不是本程序的数据库（{exc}）。文件未被改动；"
                "请从备份恢复，或用 --data-dir 指定新的数据文件夹。"
            ) from None
        except OSError as exc:
            raise StoreError(f"无法打开数据文件 {path}：{exc}") from None

    @property
    def db(self) -> Any:
        """The sqlite-utils Database over the same connection, for writes."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    def _rows(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self.conn.execute(sql, params)]

    def _check_version(self) -> list[str]:
        """The applied migrations; refuses a database that has ones this version does not know."""
        exists = self._rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?",
                            [MIGRATIONS_TABLE])
        if not exists:
            return []
        applied = [r["name"] for r in self._rows(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET])]
        unknown = sorted(set(applied) - set(KNOWN))
        if unknown:
            raise StoreError(
                f"数据文件 {self.path} 由更新版本的小店合规助手写入（{', '.join(unknown)}）。"
                "为保护您的数据，本版本不会打开或修改它，请升级本程序。"
            )
        return applied

    def schema_version(self) -> list[str]:
        return self._check_version()

    def close(self) -> None:
        self.conn.close()

    # Shops ------------------------------------------------------------------------------------
    def shops(self) -> list[Shop]:
        return [_shop(row) for row in self._rows("SELECT * FROM shops ORDER BY id")]

    def shop(self, shop_id: int) -> Shop:
        rows = self._rows("SELECT * FROM shops WHERE id = ?", [shop_id])
        if not rows:
            raise KeyError(shop_id)
        return _shop(rows[0])

    def save_shop(self, shop: Shop) -> Shop:
        """Insert or update a shop; returns it with its id."""
        shop.validate()
        row = asdict(shop)
        row["in_assessment_period"] = int(shop.in_assessment_period)
        row["professional_anchor"] = int(shop.professional_anchor)
        with self.db.atomic():
            if shop.id is None:
                row.pop("id")
                row["created_at"] = iso(datetime.now(BEIJING))
                shop.id = self.db["shops"].insert(row).last_pk
            else:
                self.db["shops"].update(shop.id, row)
        return shop

    def delete_shop(self, shop_id: int) -> None:
        """Delete a shop and everything kept for it."""
        with self.db.atomic():
            self.db["plans"].delete_where("shop_id = ?", [shop_id])
            self.db["shops"].delete(shop_id)
            if self.setting("current_shop") == str(shop_id):
                self.set_setting("current_shop", None)

    # Settings ---------------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", [key])
        return rows[0]["value"] if rows and rows[0]["value"] is not None else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.db.atomic():
            self.db["settings"].upsert({"key": key, "value": value}, pk="key")

    # Plans ------------------------------------------------------------------------------------
    def save_plan(self, shop_id: int | None, kind: str, name: str, data: dict[str, Any],
                  plan_id: int | None = None) -> int:
        if not name.strip():
            raise InputError("name", "方案名称不能为空")
        row = {"shop_id": shop_id, "kind": kind, "name": name.strip(),
               "data": json.dumps(data, ensure_ascii=False), "updated_at": iso(datetime.now(BEIJING))}
        with self.db.atomic():
            if plan_id is None:
                return int(self.db["plans"].insert(row).last_pk)
            self.db["plans"].update(plan_id, row)
            return plan_id

    def plans(self, shop_id: int | None, kind: str) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, name, updated_at FROM plans WHERE kind = ? AND shop_id IS ? "
            "ORDER BY updated_at DESC, id DESC", [kind, shop_id])

    def plan(self, plan_id: int) -> dict[str, Any]:
        rows = self._rows("SELECT id, name, data FROM plans WHERE id = ?", [plan_id])
        if not rows:
            raise KeyError(plan_id)
        row = rows[0]
        return {"id": row["id"], "name": row["name"], "data": json.loads(row["data"])}

    def rename_plan(self, plan_id: int, name: str) -> None:
        if not name.strip():
            raise InputError("name", "方案名称不能为空")
        with self.db.atomic():
            self.db["plans"].update(plan_id, {"name": name.strip()})

    def delete_plan(self, plan_id: int) -> None:
        with self.db.atomic():
            self.db["plans"].delete(plan_id)


def _shop(row: dict[str, Any]) -> Shop:
    return Shop(
        id=row["id"], name=row["name"], platform=row["platform"], shop_type=row["shop_type"],
        experience_score=row["experience_score"], reputation_score=row["reputation_score"],
        in_assessment_period=bool(row["in_assessment_period"]),
        professional_anchor=bool(row["professional_anchor"]),
    )

