"""Is the seller's database file fit to open? Checked before the app (or `data check`) opens it.

Nothing here writes to the database or its -wal: the file's first bytes are read as bytes, and the
SQLite checks run on a read-only connection, which never checkpoints a log into the file. So a
damaged file, or a log that belongs to another file, is found before anything can change them.

Problems, each with a plain message naming the path and what to do:
  missing, unwritable_folder, unreadable, readonly_file, empty, not_sqlite, truncated, foreign_wal,
  damaged, foreign_db, newer.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .schema import APPLICATION_ID, KNOWN, MIGRATION_SET, MIGRATIONS_TABLE

HEADER = b"SQLite format 3\x00"
WAL_MAGIC = (0x377F0682, 0x377F0683)
DAMAGED = ("empty", "not_sqlite", "truncated", "foreign_wal", "damaged", "foreign_db")
ACCESS = ("unwritable_folder", "unreadable", "readonly_file")
SHOWN_PROBLEMS = 20


@dataclass
class Health:
    """What `inspect` found. `kind` is "ok" or one of the problems in the module docstring."""

    path: Path
    kind: str = "ok"
    message: str = ""
    details: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.kind == "ok"

    @property
    def damaged(self) -> bool:
        """The file itself is damaged or not ours: recovery (restore, start empty) is the way out."""
        return self.kind in DAMAGED

    @property
    def access(self) -> bool:
        """The file is fine but cannot be read or written here: permissions are the way out."""
        return self.kind in ACCESS


def _page_size(header: bytes) -> int:
    raw = int.from_bytes(header[16:18], "big")
    return 65536 if raw == 1 else raw


def _folder_writable(folder: Path) -> bool:
    try:
        handle, name = tempfile.mkstemp(prefix=".write-test-", dir=folder)
    except OSError:
        return False
    os.close(handle)
    os.unlink(name)
    return True


def inspect(path: Path, *, full: bool = False, trust_seal: bool = False) -> Health:
    """Check the database file at `path` (quick_check, or integrity_check with `full`).

    With `trust_seal` (the app's start), a file that is byte for byte what this app left when it last
    closed it cleanly (the seal's size and modification time, and no log since) skips quick_check:
    nothing has written to it since. Its pages are still read in full once a day, in the background,
    by the verified start-of-day backup."""
    path = Path(path)
    folder = path.parent
    if not path.exists():
        if folder.exists() and not _folder_writable(folder):
            return Health(path, "unwritable_folder", f"数据文件夹 {folder} 没有写入权限，无法建立数据文件。")
        return Health(path, "missing", f"数据文件 {path} 不存在（首次启动会新建）。")
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError as exc:
        return Health(path, "unreadable", f"无法读取数据文件 {path}（{exc.strerror or exc}）：文件权限不足，"
                                          "或正被其他程序独占。")
    if size == 0:
        return Health(path, "empty", f"数据文件 {path} 是空的（0 字节），可能在写入时被中断。")
    if not header.startswith(HEADER):
        return Health(path, "not_sqlite", f"{path} 不是小店合规助手的数据文件（文件开头不是 SQLite 数据库），"
                                          "可能已损坏或被其他文件替换。")
    page = _page_size(header)
    if page < 512 or page > 65536 or page & (page - 1) or size % page:
        return Health(path, "truncated", f"数据文件 {path} 不完整（大小 {size} 字节不是整页），可能被截断或复制时中断。")
    wal = path.with_name(path.name + "-wal")
    problem = _wal_problem(wal, page) or _unsealed(path, wal)
    if problem:
        return Health(path, "foreign_wal", f"数据文件旁的日志文件 {wal.name} {problem}：它不属于这个数据文件，"
                                           "如果让它写入会损坏数据。")
    if not _folder_writable(folder):  # (before SQLite: a read-only folder cannot take its -shm either)
        return Health(path, "unwritable_folder", f"数据文件夹 {folder} 没有写入权限：程序无法保存您的修改。")
    health = _sqlite_checks(path, full, quick=not (trust_seal and not full and _untouched(path, wal)))
    if not health.ok:
        return health
    if not os.access(path, os.W_OK) or _readonly_attribute(path):
        return Health(path, "readonly_file", f"数据文件 {path} 是只读的：程序无法保存您的修改。")
    return health


def _readonly_attribute(path: Path) -> bool:
    """os.access says yes to root for a file without write bits; the bits are what the seller set."""
    try:
        return not path.stat().st_mode & 0o222
    except OSError:
        return True


def _untouched(path: Path, wal: Path) -> bool:
    from .store import file_seal, read_seal

    seal = read_seal(path)
    try:
        log = wal.stat().st_size
    except OSError:
        log = 0
    return (seal is not None and seal["clean"] and log == 0
            and {"size": seal["size"], "mtime_ns": seal["mtime_ns"]} == file_seal(path))


def _unsealed(path: Path, wal: Path) -> str:
    """A -wal with frames is replayed into the file it was written for. The seal (see
    core.store.Store.checkpoint) says what that file was; a file copied in over it differs."""
    from .store import file_seal, read_seal

    try:
        if wal.stat().st_size <= 32:
            return ""
    except OSError:
        return ""
    seal = read_seal(path)
    if seal is None:
        return ""  # nothing recorded (an older version, or a crash mid-checkpoint): nothing to tell
    if {"size": seal["size"], "mtime_ns": seal["mtime_ns"]} != file_seal(path):
        return "是为另一份数据文件写的（数据文件在程序上次异常退出后被替换过）"
    if seal["clean"]:
        return "是在程序正常关闭之后才出现的（可能是从别处复制来的）"
    return ""


def log_counts(path: Path) -> tuple[dict[str, int] | None, dict[str, int] | None]:
    """Shops, plans and products of the database read with its -wal, and of the file alone (read
    from a copy of it): what each choice would give the seller. None where it cannot be read."""
    from .store import counts

    def read(uri: str) -> dict[str, int] | None:
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=5.0)
        except sqlite3.Error:
            return None
        try:
            return counts(conn)
        except sqlite3.Error:
            return None
        finally:
            conn.close()

    with_log = read(path.resolve().as_uri() + "?mode=ro")
    with tempfile.TemporaryDirectory(dir=path.parent) as temp:
        alone = Path(temp) / path.name
        try:
            alone.write_bytes(path.read_bytes())
        except OSError:
            return with_log, None
        without = read(alone.resolve().as_uri() + "?mode=ro")
    return with_log, without


def _wal_problem(wal: Path, page: int) -> str:
    try:
        size = wal.stat().st_size
    except OSError:
        return ""
    if size == 0:
        return ""
    try:
        with wal.open("rb") as handle:
            head = handle.read(32)
    except OSError:
        return ""
    if len(head) < 32 or int.from_bytes(head[0:4], "big") not in WAL_MAGIC:
        return "不是 SQLite 日志"
    if int.from_bytes(head[8:12], "big") != page:
        return "的页大小与数据文件不同"
    return ""


def _sqlite_checks(path: Path, full: bool, quick: bool = True) -> Health:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        return Health(path, "unreadable", f"无法打开数据文件 {path}（{exc}）。")
    try:
        try:
            if full or quick:
                rows = [r[0] for r in conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check")]
            else:
                rows = ["ok"] if conn.execute("SELECT count(*) FROM sqlite_master").fetchone() else []
        except sqlite3.DatabaseError as exc:
            return Health(path, "damaged", f"数据文件 {path} 已损坏（{exc}）。", [str(exc)])
        if rows != ["ok"]:
            shown = rows[:SHOWN_PROBLEMS]
            return Health(path, "damaged", f"数据文件 {path} 已损坏：完整性检查发现 {len(rows)} 处问题。", shown)
        return _ownership(conn, path)
    finally:
        conn.close()


def _ownership(conn: sqlite3.Connection, path: Path) -> Health:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if MIGRATIONS_TABLE not in tables:
        if tables or app_id not in (0, APPLICATION_ID):
            return Health(path, "foreign_db", f"{path} 是另一个程序的数据库，不是小店合规助手的数据文件。")
        return Health(path)  # an empty SQLite file: the app sets it up
    if app_id not in (0, APPLICATION_ID):
        return Health(path, "foreign_db", f"{path} 是另一个程序的数据库，不是小店合规助手的数据文件。")
    applied = [r[0] for r in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?", [MIGRATION_SET])]
    if not applied and tables - {MIGRATIONS_TABLE}:
        return Health(path, "foreign_db", f"{path} 是另一个程序的数据库，不是小店合规助手的数据文件。")
    newer = sorted(set(applied) - set(KNOWN))
    if newer:
        return Health(path, "newer", f"数据文件 {path} 由更新版本的小店合规助手写入（{', '.join(newer)}）。"
                                     "为保护您的数据，本版本不会打开或修改它，请升级本程序。")
    return Health(path)
