"""The seller's data: one SQLite file per user, schema by migrations, every write through one helper.

Every connection waits for a busy database (`BUSY_TIMEOUT_S`) instead of failing, and every write
transaction starts with BEGIN IMMEDIATE (`Store.write`): it takes the write lock before it reads, so
two writers queue. A deferred transaction that reads first cannot upgrade to a write lock while
another connection writes, and SQLite's busy handler does not help it; sqlite-utils' `atomic()`
begins that way, so it is used only for the schema migrations, inside `write()`.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from . import jsontext
from .errors import InputError, StoreError, WriteFailed
from .paths import data_dir
from .schema import APPLICATION_ID, KNOWN, MIGRATION_SET, MIGRATIONS_TABLE, migration_set
from .values import BEIJING, iso

DB_NAME = "shop-assistant.db"
BUSY_TIMEOUT_S = 5.0
SEAL_SUFFIX = ".seal"
CHECKPOINT_LOCK_SUFFIX = ".checkpoint.lock"
CHECKPOINT_AT_BYTES = 4 << 20  # the -wal is copied into the file once it passes 4 MB
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


@dataclass
class DeletedShop:
    """What `Store.delete_shop` took away: the rows of the shop and of every table pointing at it
    (table -> rows as stored), kept in memory so `Store.restore_shop` can put them back."""

    shop_id: int
    name: str
    rows: dict[str, list[dict[str, Any]]] = dataclass_field(default_factory=dict)
    was_current: bool = False


def write_failure(exc: sqlite3.Error) -> WriteFailed:
    """What a failed write means for the seller, in plain words (the write was rolled back)."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return WriteFailed("busy", f"数据文件正被另一项操作占用（例如正在导入商品），等了 {BUSY_TIMEOUT_S:.0f} 秒仍未轮到")
    if "full" in text:
        return WriteFailed("full", "磁盘空间已满")
    if "readonly" in text or "read-only" in text:
        return WriteFailed("readonly", "数据文件或它所在的文件夹是只读的")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return WriteFailed("damaged", "数据文件已损坏")
    return WriteFailed("io", f"读写数据文件时出错（{exc}）")


class Store:
    """Opens (or creates) the database; refuses one from a newer version, touching nothing.

    Reads go through the plain sqlite3 connection (autocommit: each read sees the latest commit);
    every write goes through `write()`. A migration runs in its own write transaction, after a
    verified backup of a database that already holds data (core.backup).
    """

    def __init__(self, path: Path | str | None = None, *, data_dir_override: str | None = None,
                 backup_before_migration: bool = True):
        if path is None:
            folder = data_dir(data_dir_override)
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"无法创建数据文件夹 {folder}：{exc.strerror or exc}") from None
            path = folder / DB_NAME
        self.path = Path(path) if str(path) != ":memory:" else None
        self._db: Any = None
        self._depth = 0
        try:
            self.conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                        check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"无法打开数据文件 {path}：{exc}") from None
        try:
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            applied = self._check_version()
            self.conn.execute("PRAGMA foreign_keys = ON")
            if self.path is not None and self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                self.conn.execute("PRAGMA journal_mode = WAL")
            # Checkpoints are ours (see checkpoint()), so the seal can say what the file holds.
            self.conn.execute("PRAGMA wal_autocheckpoint = 0")
            if self.path is not None and _wal_size(self.path) == 0:
                write_seal(self.path, clean=False)  # a session is open: a log may appear
            if applied != KNOWN:
                if applied and backup_before_migration and self.path is not None:
                    from .backup import make_backup

                    make_backup(self.path, reason="before-migration")
                self._migrate()
        except StoreError:
            self.conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise StoreError(
                f"数据文件 {path} 已损坏或不是本程序的数据库（{exc}）。文件未被改动；"
                "请从备份恢复，或用 --data-dir 指定新的数据文件夹。"
            ) from None
        except OSError as exc:
            self.conn.close()
            raise StoreError(f"无法打开数据文件 {path}：{exc}") from None

    @property
    def db(self) -> Any:
        """The sqlite-utils Database over the same connection (schema work and tests; writes go
        through `write()`)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn)
        return self._db

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: BEGIN IMMEDIATE (waits up to BUSY_TIMEOUT_S for another writer),
        COMMIT at the end, ROLLBACK on any error. A nested `write()` joins the outer transaction.
        A database error is raised as WriteFailed (the database is as it was); IntegrityError
        (a broken constraint: the caller's input) passes through as it is."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise write_failure(exc) from exc
        self._depth = 1
        try:
            yield self.conn
            self.conn.execute("COMMIT")
            self._depth = 0
            if self.path is not None and _wal_size(self.path) > CHECKPOINT_AT_BYTES:
                self.checkpoint()
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.IntegrityError):
                raise write_failure(exc) from exc
            raise
        finally:
            self._depth = 0

    def _migrate(self) -> None:
        """Each pending migration in its own write transaction (sqlite-utils' atomic() inside
        becomes a savepoint)."""
        migrations = migration_set()
        with self.write():
            migrations.ensure_migrations_table(self.db)
        for step in migrations.pending(self.db):
            later = [m.name for m in migrations.pending(self.db) if m.name != step.name]
            with self.write():
                migrations.apply(self.db, stop_before=later)
        with self.write():
            self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

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

    def checkpoint(self) -> bool:
        """Copy the -wal into the database file without waiting for anyone (PASSIVE), and seal the
        file when every frame got in. The seal (size and modification time of the file, beside it)
        lets a later start tell a -wal that belongs to this file from one left beside a file copied
        in over it. The seal is removed before the file changes, so a crash in between leaves no
        seal (nothing can be told) rather than a wrong one. Returns True when the file was sealed."""
        if self.path is None or self._depth:
            return False
        from .locks import FileLock

        lock = FileLock(self.path.with_name(self.path.name + CHECKPOINT_LOCK_SUFFIX))
        try:
            if not lock.acquire():
                return False
        except OSError:
            return False
        try:
            seal_path(self.path).unlink(missing_ok=True)
            busy, log, done = self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            if busy == 0 and log == done:
                write_seal(self.path, clean=False)
                return True
            return False
        except (OSError, sqlite3.Error):
            return False
        finally:
            lock.release()

    def close(self) -> None:
        self.checkpoint()
        self.conn.close()
        if self.path is not None and not self.path.with_name(self.path.name + "-wal").exists():
            write_seal(self.path, clean=True)  # the last connection copied the log in and removed it

    # Shops ------------------------------------------------------------------------------------
    def shops(self) -> list[Shop]:
        return [_shop(row) for row in self._rows("SELECT * FROM shops ORDER BY id")]

    def shop(self, shop_id: int) -> Shop:
        rows = self._rows("SELECT * FROM shops WHERE id = ?", [shop_id])
        if not rows:
            raise KeyError(shop_id)
        return _shop(rows[0])

    def has_shop(self, shop_id: int | None) -> bool:
        """True for a stored shop (None, the no-shop owner, always exists)."""
        return shop_id is None or bool(self._rows("SELECT 1 FROM shops WHERE id = ?", [shop_id]))

    def save_shop(self, shop: Shop) -> Shop:
        """Insert or update a shop; returns it with its id."""
        shop.validate()
        values = [shop.platform, shop.name, shop.shop_type, shop.experience_score, shop.reputation_score,
                  int(shop.in_assessment_period), int(shop.professional_anchor)]
        with self.write() as conn:
            if shop.id is None:
                cursor = conn.execute(
                    "INSERT INTO shops (platform, name, shop_type, experience_score, reputation_score, "
                    "in_assessment_period, professional_anchor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [*values, iso(datetime.now(BEIJING))])
                shop.id = int(cursor.lastrowid or 0)
            else:
                conn.execute(
                    "UPDATE shops SET platform = ?, name = ?, shop_type = ?, experience_score = ?, "
                    "reputation_score = ?, in_assessment_period = ?, professional_anchor = ? WHERE id = ?",
                    [*values, shop.id])
        return shop

    def delete_shop(self, shop_id: int) -> DeletedShop:
        """Delete a shop and everything kept for it; returns a copy of every row deleted, in the same
        transaction, that `restore_shop` brings back (the seller's 撤销)."""
        with self.write() as conn:
            kept = DeletedShop(shop_id, "", {}, self.setting("current_shop") == str(shop_id))
            for table, column in self._shop_references():
                rows = [dict(r) for r in conn.execute(
                    f'SELECT * FROM "{table}" WHERE "{column}" = ? ORDER BY rowid', [shop_id])]
                if rows:
                    kept.rows[table] = rows
            shop_rows = [dict(r) for r in conn.execute("SELECT * FROM shops WHERE id = ?", [shop_id])]
            kept.name = shop_rows[0]["name"] if shop_rows else ""
            kept.rows = {"shops": shop_rows, **kept.rows}  # the shop first: the others point at it
            conn.execute("DELETE FROM plans WHERE shop_id = ?", [shop_id])
            conn.execute("DELETE FROM shops WHERE id = ?", [shop_id])
            conn.execute("UPDATE settings SET value = NULL WHERE key = 'current_shop' AND value = ?",
                         [str(shop_id)])
        return kept

    def restore_shop(self, deleted: DeletedShop) -> int:
        """Put a deleted shop back with every row deleted with it, in one transaction; returns its id.
        It keeps its old id unless another shop took it meanwhile (then the rows follow a new one).
        A row whose own key was taken meanwhile (a plan id, a board item) keeps the one there now,
        except a plan, which is put back under a new id. The shop becomes current again if it was
        and no shop is current now."""
        shop_rows = deleted.rows.get("shops", [])
        if not shop_rows:
            raise StoreError(f"没有可以恢复的店铺“{deleted.name}”")
        with self.write() as conn:
            shop = dict(shop_rows[0])
            shop_id = deleted.shop_id
            if self.has_shop(shop_id):
                shop.pop("id")
                shop_id = self._insert(conn, "shops", shop)
            else:
                self._insert(conn, "shops", shop)
            references = dict(self._shop_references())
            for table, rows in deleted.rows.items():
                if table == "shops" or table not in references:
                    continue
                for row in rows:
                    row = {**row, references[table]: shop_id}
                    try:
                        self._insert(conn, table, row)
                    except sqlite3.IntegrityError:
                        if table == "plans" and "id" in row:
                            row.pop("id")
                            self._insert(conn, table, row)
            if deleted.was_current and self.setting("current_shop") is None:
                self.set_setting("current_shop", str(shop_id))
        return shop_id

    def _shop_references(self) -> list[tuple[str, str]]:
        """(table, column) of every table with a column that points at shops(id)."""
        tables = [r["name"] for r in self._rows(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        found = []
        for table in tables:
            for fk in self._rows(f'PRAGMA foreign_key_list("{table}")'):
                if fk["table"] == "shops" and fk["to"] in (None, "id"):
                    found.append((table, fk["from"]))
        return found

    @staticmethod
    def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any]) -> int:
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" for _ in row)
        cursor = conn.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values()))
        return int(cursor.lastrowid or 0)

    # Settings ---------------------------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", [key])
        return rows[0]["value"] if rows and rows[0]["value"] is not None else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    # Plans ------------------------------------------------------------------------------------
    def save_plan(self, shop_id: int | None, kind: str, name: str, data: dict[str, Any],
                  plan_id: int | None = None) -> int:
        """Insert or update a plan; returns its id. Updating a plan that was deleted meanwhile
        inserts it again rather than losing the edit."""
        if not name.strip():
            raise InputError("name", "方案名称不能为空")
        row = [shop_id, kind, name.strip(), jsontext.dumps(data), iso(datetime.now(BEIJING))]
        with self.write() as conn:
            if plan_id is not None:
                updated = conn.execute(
                    "UPDATE plans SET shop_id = ?, kind = ?, name = ?, data = ?, updated_at = ? WHERE id = ?",
                    [*row, plan_id]).rowcount
                if updated:
                    return plan_id
            cursor = conn.execute(
                "INSERT INTO plans (shop_id, kind, name, data, updated_at) VALUES (?, ?, ?, ?, ?)", row)
            return int(cursor.lastrowid or 0)

    def plans(self, shop_id: int | None, kind: str) -> list[dict[str, Any]]:
        return self._rows(
            "SELECT id, name, updated_at FROM plans WHERE kind = ? AND shop_id IS ? "
            "ORDER BY updated_at DESC, id DESC", [kind, shop_id])

    def plan(self, plan_id: int) -> dict[str, Any]:
        rows = self._rows("SELECT id, name, data, updated_at FROM plans WHERE id = ?", [plan_id])
        if not rows:
            raise KeyError(plan_id)
        row = rows[0]
        return {"id": row["id"], "name": row["name"], "data": jsontext.loads(row["data"]),
                "updated_at": row["updated_at"]}

    def rename_plan(self, plan_id: int, name: str) -> None:
        if not name.strip():
            raise InputError("name", "方案名称不能为空")
        with self.write() as conn:
            conn.execute("UPDATE plans SET name = ? WHERE id = ?", [name.strip(), plan_id])

    def delete_plan(self, plan_id: int) -> None:
        with self.write() as conn:
            conn.execute("DELETE FROM plans WHERE id = ?", [plan_id])

    # Import choices ---------------------------------------------------------------------------
    def import_choice(self, shop_id: int | None, kind: str, profile: str) -> dict[str, str] | None:
        """The columns the seller chose the last time a file of this export was imported into this
        shop (field -> header text), or None."""
        if shop_id is None:
            return None
        rows = self._rows("SELECT choice FROM import_choices WHERE shop_id = ? AND kind = ? AND profile = ?",
                          [shop_id, kind, profile])
        if not rows:
            return None
        try:
            choice = json.loads(rows[0]["choice"])
        except ValueError:
            return None
        return {str(k): str(v) for k, v in choice.items()} if isinstance(choice, dict) else None

    def remember_import_choice(self, shop_id: int | None, kind: str, profile: str, choice: dict[str, str]) -> None:
        if shop_id is None:
            return
        with self.write() as conn:
            conn.execute(
                "INSERT INTO import_choices (shop_id, kind, profile, choice, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (shop_id, kind, profile) DO UPDATE SET choice = excluded.choice, "
                "updated_at = excluded.updated_at",
                [shop_id, kind, profile, json.dumps(choice, ensure_ascii=False), iso(datetime.now(BEIJING))])

    # Counts -----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """How many shops, plans and stored products the database holds (backups carry these)."""
        return counts(self.conn)


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Shops, plans and current products of a database of this app, on any connection to it."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}

    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return {
        "shops": count("SELECT count(*) FROM shops") if "shops" in tables else 0,
        "plans": count("SELECT count(*) FROM plans") if "plans" in tables else 0,
        "products": (count("SELECT coalesce(sum(products), 0) FROM product_snapshots")
                     if "product_snapshots" in tables else 0),
    }


def seal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SEAL_SUFFIX)


def _wal_size(db_path: Path) -> int:
    try:
        return db_path.with_name(db_path.name + "-wal").stat().st_size
    except OSError:
        return 0


def file_seal(db_path: Path) -> dict[str, int] | None:
    """The size and modification time of the database file (what a seal records)."""
    try:
        stat = db_path.stat()
    except OSError:
        return None
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def write_seal(db_path: Path, *, clean: bool) -> None:
    """Record what the database file is now, and whether a log may follow it (`clean`: the app
    closed it, so no -wal should exist). See Store.checkpoint; best effort."""
    stat = file_seal(db_path)
    if stat is None:
        return
    seal: dict[str, Any] = {**stat, "clean": clean}
    target = seal_path(db_path)
    temp = target.with_name(target.name + f".{os.getpid()}.tmp")
    try:
        temp.write_text(json.dumps(seal), encoding="utf-8")
        os.replace(temp, target)
    except OSError:
        temp.unlink(missing_ok=True)


def read_seal(db_path: Path) -> dict[str, Any] | None:
    """The seal beside the database: {size, mtime_ns, clean}, or None when there is none."""
    try:
        seal = json.loads(seal_path(db_path).read_text(encoding="utf-8"))
        return {"size": int(seal["size"]), "mtime_ns": int(seal["mtime_ns"]), "clean": bool(seal["clean"])}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _shop(row: dict[str, Any]) -> Shop:
    return Shop(
        id=row["id"], name=row["name"], platform=row["platform"], shop_type=row["shop_type"],
        experience_score=row["experience_score"], reputation_score=row["reputation_score"],
        in_assessment_period=bool(row["in_assessment_period"]),
        professional_anchor=bool(row["professional_anchor"]),
    )
