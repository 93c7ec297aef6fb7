"""Verified backups of the seller's database, their retention, and restoring one.

A backup is made with SQLite's online backup API from a read-only connection (never a file copy of
a live WAL database), checked with PRAGMA integrity_check, and kept gzip-compressed in
`<data>/backups/` with a JSON file beside it that says what it holds (time, reason, app version,
schema, shops, plans, products), readable in any text editor. The same facts are inside the backup
(table `_backup_info`), so a backup copied elsewhere still carries them.

Retention, as Anki keeps its backups: the newest 10, plus the newest of each day for 7 days, of
each week for 4 weeks and of each month for 6 months.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from . import __version__
from .errors import StoreError
from .schema import KNOWN, MIGRATION_SET, MIGRATIONS_TABLE
from .values import BEIJING, iso

FOLDER = "backups"
PREFIX = "shop-assistant-"
SUFFIX = ".db.gz"
REASONS = {"start": "每日自动", "before-migration": "升级前", "before-import": "导入前", "manual": "手动",
           "before-restore": "恢复前"}
KEEP_NEWEST = 10
KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 6
DAILY = timedelta(days=1)
_GZIP_LEVEL = 3  # ~5x smaller for a product snapshot; level 9 is 4x slower for a few % more


class BackupError(StoreError):
    """A backup could not be made or is not a healthy backup of this app's data (message says why)."""


class SourceDamaged(BackupError):
    """The copy of the database failed its integrity check: the database itself is damaged."""


@dataclass
class Backup:
    """One backup: its file and what it holds."""

    path: Path
    created_at: datetime
    reason: str = "manual"
    size: int = 0
    ok: bool = True
    app_version: str = ""
    schema: str = ""
    shops: int = 0
    plans: int = 0
    products: int = 0
    problem: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"path": str(self.path), "created_at": iso(self.created_at), "reason": self.reason,
                "size": self.size, "ok": self.ok, "app_version": self.app_version, "schema": self.schema,
                "shops": self.shops, "plans": self.plans, "products": self.products,
                **({"problem": self.problem} if self.problem else {})}


@dataclass
class Restored:
    """What a restore did: the file it restored and where the replaced database was kept."""

    source: Path
    kept_as: list[Path] = field(default_factory=list)


def folder_of(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def _ro_uri(path: Path) -> str:
    """A read-only SQLite URI for a path (percent-encoded: Chinese folder names and spaces)."""
    return path.resolve().as_uri() + "?mode=ro"


def _now() -> datetime:
    return datetime.now(BEIJING).replace(microsecond=0)


def _info(conn: sqlite3.Connection) -> dict[str, Any]:
    from .store import counts

    schema = [r[0] for r in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])]
    return {"app_version": __version__, "schema": schema[-1] if schema else "", **counts(conn)}


def _integrity(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    return [] if rows == ["ok"] else rows


def make_backup(db_path: Path, *, reason: str = "manual", to: Path | None = None,
                now: datetime | None = None) -> Backup:
    """Back the database up (to `to`, or into the backups folder with retention applied) and verify
    it; raises BackupError, leaving no partial file, when it cannot be made or fails the check."""
    db_path = Path(db_path)
    created = now or _now()
    target_dir = Path(to).parent if to is not None else folder_of(db_path)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".tmp-backup-", suffix=".db", dir=target_dir)
        os.close(handle)
    except OSError as exc:
        raise BackupError(f"无法在 {target_dir} 中建立备份（{exc.strerror or exc}）") from None
    temp = Path(temp_name)
    try:
        info = _copy_and_verify(db_path, temp, reason, created)
        if to is not None and not str(to).endswith(".gz"):
            os.replace(temp, to)
            final = Path(to)
        else:
            final = Path(to) if to is not None else _free_name(target_dir, created, reason)
            _compress(temp, final)
    except BackupError:
        temp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        temp.unlink(missing_ok=True)
        raise BackupError(f"备份没有完成（{getattr(exc, 'strerror', None) or exc}）；原数据未受影响。") from None
    temp.unlink(missing_ok=True)
    backup = Backup(path=final, created_at=created, reason=reason, size=final.stat().st_size, **info)
    if to is None:
        _write_sidecar(backup)
        prune(target_dir, now=created, keep=[final])
    return backup


def _copy_and_verify(db_path: Path, temp: Path, reason: str, created: datetime) -> dict[str, Any]:
    try:
        source = sqlite3.connect(_ro_uri(db_path), uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        raise BackupError(f"无法读取数据文件 {db_path}（{exc}）") from None
    target = sqlite3.connect(str(temp), isolation_level=None)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        info = _info(target)
        target.execute("CREATE TABLE IF NOT EXISTS _backup_info (key TEXT PRIMARY KEY, value TEXT)")
        facts = {**info, "created_at": iso(created), "reason": reason}
        target.executemany("INSERT OR REPLACE INTO _backup_info VALUES (?, ?)",
                           [(k, json.dumps(v, ensure_ascii=False)) for k, v in facts.items()])
        problems = _integrity(target)
    finally:
        target.close()
        source.close()
    if problems:
        raise SourceDamaged(f"备份没有通过完整性检查（{problems[0]}），未保留：数据文件本身可能已损坏。")
    return info


def _compress(source: Path, final: Path) -> None:
    partial = final.with_name(final.name + ".part")
    try:
        with source.open("rb") as raw, gzip.open(partial, "wb", compresslevel=_GZIP_LEVEL) as packed:
            shutil.copyfileobj(raw, packed, 1 << 20)
        with gzip.open(partial, "rb") as check:  # read it through: the gzip CRC proves the bytes
            while check.read(1 << 20):
                pass
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)


def _free_name(folder: Path, created: datetime, reason: str) -> Path:
    stem = f"{PREFIX}{created:%Y%m%d-%H%M%S}-{reason}"
    candidate = folder / f"{stem}{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{SUFFIX}"
        n += 1
    return candidate


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name[: -len(SUFFIX)] + ".json") if path.name.endswith(SUFFIX) \
        else path.with_name(path.name + ".json")


def _write_sidecar(backup: Backup) -> None:
    text = json.dumps({k: v for k, v in backup.as_dict().items() if k != "path"}, ensure_ascii=False, indent=2)
    _sidecar(backup.path).write_text(text + "\n", encoding="utf-8")


def list_backups(folder: Path) -> list[Backup]:
    """The backups in a folder, newest first. One whose file is missing, truncated or without its
    description is listed with ok=False and the problem, not skipped."""
    found = []
    if not folder.is_dir():
        return []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        found.append(_describe(path))
    found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
    return found


def _describe(path: Path) -> Backup:
    size = path.stat().st_size
    try:
        meta = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        created = datetime.fromisoformat(meta["created_at"])
        backup = Backup(path=path, created_at=created, reason=str(meta.get("reason", "")), size=size,
                        app_version=str(meta.get("app_version", "")), schema=str(meta.get("schema", "")),
                        shops=int(meta.get("shops", 0)), plans=int(meta.get("plans", 0)),
                        products=int(meta.get("products", 0)))
        if int(meta.get("size", size)) != size:
            backup.ok, backup.problem = False, "文件大小与备份时不同（可能不完整）"
        return backup
    except (OSError, ValueError, KeyError, TypeError):
        created = datetime.fromtimestamp(path.stat().st_mtime, BEIJING).replace(microsecond=0)
        return Backup(path=path, created_at=created, size=size, ok=False, problem="缺少备份说明文件")


def _buckets(created: datetime) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
    week = created.isocalendar()
    return (created.date(),), (week.year, week.week), (created.year, created.month)


def to_keep(backups: Iterable[Backup], now: datetime) -> set[Path]:
    """Which backups the retention keeps (see the module docstring)."""
    ordered = sorted(backups, key=lambda b: b.created_at, reverse=True)
    keep = {b.path for b in ordered[:KEEP_NEWEST]}
    spans = (timedelta(days=KEEP_DAYS), timedelta(weeks=KEEP_WEEKS), timedelta(days=31 * KEEP_MONTHS))
    for level, span in enumerate(spans):
        seen: set[tuple[Any, ...]] = set()
        for backup in ordered:
            if now - backup.created_at > span:
                continue
            bucket = _buckets(backup.created_at)[level]
            if bucket not in seen:
                seen.add(bucket)
                keep.add(backup.path)
    return keep


def prune(folder: Path, *, now: datetime | None = None, keep: Iterable[Path] = ()) -> list[Path]:
    """Delete the backups the retention does not keep; returns what was deleted."""
    backups = list_backups(folder)
    kept = to_keep(backups, now or _now()) | set(keep)
    removed = []
    for backup in backups:
        if backup.path in kept:
            continue
        try:
            backup.path.unlink()
            _sidecar(backup.path).unlink(missing_ok=True)
        except OSError:
            continue
        removed.append(backup.path)
    return removed


def due(db_path: Path, now: datetime | None = None) -> bool:
    """True when the start-of-day backup should be made: the database holds something and the newest
    backup is older than a day (or there is none)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return False
    newest = next((b for b in list_backups(folder_of(db_path)) if b.ok), None)
    return newest is None or (now or _now()) - newest.created_at >= DAILY


# Restoring ------------------------------------------------------------------------------------------
def open_candidate(source: Path, work_dir: Path) -> Path:
    """An uncompressed, verified copy of a backup (.db or .db.gz) in `work_dir`, ready to put in
    place; raises BackupError naming what is wrong (and leaves nothing behind)."""
    handle, name = tempfile.mkstemp(prefix=".tmp-restore-", suffix=".db", dir=work_dir)
    os.close(handle)
    temp = Path(name)
    try:
        _unpack(source, temp)
        _verify_candidate(temp, source)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def _unpack(source: Path, temp: Path) -> None:
    try:
        with source.open("rb") as head:
            magic = head.read(2)
        if magic == b"\x1f\x8b":
            with gzip.open(source, "rb") as packed, temp.open("wb") as out:
                shutil.copyfileobj(packed, out, 1 << 20)
        else:
            shutil.copyfile(source, temp)
    except FileNotFoundError:
        raise BackupError(f"找不到备份文件：{source}") from None
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise BackupError(f"备份文件 {source.name} 无法读取或不完整（{getattr(exc, 'strerror', None) or exc}）") from None


def _verify_candidate(temp: Path, source: Path) -> None:
    try:
        conn = sqlite3.connect(str(temp), isolation_level=None)
    except sqlite3.Error as exc:
        raise BackupError(f"{source.name} 不是有效的备份（{exc}）") from None
    try:
        try:
            problems = _integrity(conn)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"{source.name} 不是小店合规助手的数据文件（{exc}）") from None
        if problems:
            raise BackupError(f"{source.name} 已损坏，未通过完整性检查（{problems[0]}）")
        if MIGRATIONS_TABLE not in tables or "shops" not in tables:
            raise BackupError(f"{source.name} 不是小店合规助手的数据文件")
        applied = [r[0] for r in conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET])]
        newer = sorted(set(applied) - set(KNOWN))
        if newer:
            raise BackupError(f"{source.name} 由更新版本的小店合规助手写入（{', '.join(newer)}），本版本不能使用它")
        conn.execute("DROP TABLE IF EXISTS _backup_info")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def set_aside(db_path: Path, label: str, now: datetime | None = None) -> list[Path]:
    """Rename the database and its -wal/-shm to `<name>.<label>-YYYYMMDD-HHMMSS…` (nothing is ever
    deleted); returns the new paths."""
    stamp = f"{label}-{(now or _now()):%Y%m%d-%H%M%S}"
    moved = []
    for suffix in ("", "-wal", "-shm", "-journal"):
        current = db_path.with_name(db_path.name + suffix)
        if not current.exists():
            continue
        target = db_path.with_name(f"{db_path.name}.{stamp}{suffix}")
        n = 2
        while target.exists():
            target = db_path.with_name(f"{db_path.name}.{stamp}-{n}{suffix}")
            n += 1
        os.replace(current, target)
        moved.append(target)
    return moved


def set_aside_log(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Rename the -wal and -shm beside the database (a log that does not belong to it) to
    `<name>.damaged-…-wal`, leaving the database file as it is."""
    stamp = f"damaged-{(now or _now()):%Y%m%d-%H%M%S}"
    moved = []
    for suffix in ("-wal", "-shm"):
        current = db_path.with_name(db_path.name + suffix)
        if current.exists():
            target = db_path.with_name(f"{db_path.name}.{stamp}{suffix}")
            os.replace(current, target)
            moved.append(target)
    return moved


def start_empty(db_path: Path) -> list[Path]:
    """Keep the damaged database (and its -wal/-shm) aside as `.damaged-…`; the app then starts on
    a new, empty file. Returns where the old files went."""
    return set_aside(db_path, "damaged")


def restore(db_path: Path, source: Path, *, label: str = "replaced",
            before_swap: Callable[[], None] | None = None) -> Restored:
    """Put a verified copy of `source` in place of the database. The current database (with its
    -wal/-shm, so a stale log is never replayed into the restored file) is kept as
    `<name>.<label>-…`; nothing is deleted. Raises BackupError, touching nothing, when `source` is
    not a healthy backup of this app's data."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    candidate = open_candidate(Path(source), db_path.parent)
    try:
        if before_swap is not None:
            before_swap()
        kept = set_aside(db_path, label)
        os.replace(candidate, db_path)
    except BaseException:
        candidate.unlink(missing_ok=True)
        raise
    from .store import write_seal

    write_seal(db_path, clean=True)  # no log belongs to the restored file
    return Restored(source=Path(source), kept_as=kept)
