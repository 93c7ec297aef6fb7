"""Drills on the seller's database: kill a writer mid-import, race writers from several processes,
damage the file in every way we know. Used by tests/core/test_drills.py (small counts, in CI) and
bench/data_safety.py (large counts, figures for the closing note).

Run a worker:  python -m tests.drills import DB SHOP_ID ROWS SEED
               python -m tests.drills writer DB TAG COUNT
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from core.products import products, replace_snapshot  # noqa: E402
from core.store import DB_NAME, Shop, Store  # noqa: E402


def rows(count: int, seed: int) -> list[dict]:
    """A snapshot whose every product carries the seed: which import a row came from shows."""
    return [{"id": f"S{seed}-{i:07d}", "title": f"导入{seed}的商品{i}", "category": ["服饰/鞋靴", "男装", "T恤"],
             "status": "on_sale", "price": "19.90", "stock": i % 50, "line": i + 2} for i in range(count)]


def worker_import(db: str, shop_id: int, count: int, seed: int) -> None:
    """Import a snapshot; says "ready" just before it starts writing and how long the import took."""
    store = Store(Path(db))
    snapshot = rows(count, seed)
    print("ready", flush=True)
    started = time.perf_counter()
    replace_snapshot(store, shop_id, snapshot, source=f"seed-{seed}")
    print(f"done {time.perf_counter() - started:.4f}", flush=True)
    store.close()


def worker_writer(db: str, tag: str, count: int) -> None:
    """Short writes of every kind the window makes; exits 1 on the first that fails."""
    store = Store(Path(db))
    shop = store.save_shop(Shop(name=f"{tag}-shop"))
    failed = 0
    for i in range(count):
        try:
            kind = i % 3
            if kind == 0:
                store.save_plan(shop.id, "lottery", f"{tag}-{i}", {"i": i})
            elif kind == 1:
                store.set_setting(f"{tag}-{i}", str(i))
            else:
                shop.name = f"{tag}-shop-{i}"
                store.save_shop(shop)
        except Exception as exc:  # noqa: BLE001 - counted and reported: the drill measures failures
            failed += 1
            print(f"FAILED {tag} {i}: {exc}", flush=True)
    store.close()
    sys.exit(1 if failed else 0)


@dataclass
class KillResult:
    runs: int = 0
    integrity_failures: int = 0
    partial: int = 0
    old_kept: int = 0
    new_whole: int = 0
    notes: list[str] = field(default_factory=list)


def _spawn(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "tests.drills", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def kill_imports(folder: Path, runs: int, count: int = 10_000, seed: int = 1) -> KillResult:
    """SIGKILL an import at a random moment, `runs` times; after each, the file must be whole and the
    snapshot either the previous one or the new one, entirely."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / DB_NAME
    store = Store(db)
    shop = store.save_shop(Shop(name="drill"))
    replace_snapshot(store, shop.id, rows(count, 0), source="seed-0")
    store.close()
    # how long the import itself takes here, to kill it anywhere from its first write to just after
    # its last (the swap included)
    first = _spawn("import", str(db), str(shop.id), str(count), str(10**6))
    out, _ = first.communicate()
    took = float(out.decode().split("done ")[1].split()[0])
    current = 10**6
    result = KillResult()
    for run in range(1, runs + 1):
        proc = _spawn("import", str(db), str(shop.id), str(count), str(run))
        assert proc.stdout is not None
        proc.stdout.readline()  # "ready": the import starts writing now
        time.sleep(rng.uniform(0, took * 1.1))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        result.runs += 1
        conn = sqlite3.connect(db)
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        if not ok:
            result.integrity_failures += 1
            continue
        store = Store(db)
        seeds = {p["id"].split("-")[0] for p in products(store, shop.id)}
        n = len(products(store, shop.id))
        store.close()
        if seeds == {f"S{current}"} and n == count:
            result.old_kept += 1
        elif seeds == {f"S{run}"} and n == count:
            result.new_whole += 1
            current = run
        else:
            result.partial += 1
            result.notes.append(f"run {run}: {n} products from {sorted(seeds)}")
    return result


def race_writers(folder: Path, processes: int = 2, each: int = 300, import_rows: int = 0) -> tuple[int, list[str]]:
    """`processes` writers making `each` short writes at once (and an import of `import_rows` beside
    them when given); returns (failed writes, what failed)."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / DB_NAME
    store = Store(db)
    shop = store.save_shop(Shop(name="import"))
    store.close()
    importer = _spawn("import", str(db), str(shop.id), str(import_rows), "7") if import_rows else None
    if importer is not None:
        time.sleep(0.5)  # the import is writing by the time the short writes start
    writers = [_spawn("writer", str(db), f"w{n}", str(each)) for n in range(processes)]
    lines: list[str] = []
    for proc in writers:
        out, _ = proc.communicate()
        lines += [line for line in out.decode("utf-8", "replace").splitlines() if line.startswith("FAILED")]
    if importer is not None:
        out, _ = importer.communicate()
        if importer.returncode:
            lines.append(f"FAILED import: {out.decode('utf-8', 'replace')[-300:]}")
    store = Store(db)
    plans = store.db.execute("SELECT count(*) FROM plans").fetchone()[0]
    settings = store.db.execute("SELECT count(*) FROM settings").fetchone()[0]
    store.close()
    expected_plans = sum(1 for i in range(each) if i % 3 == 0) * processes
    expected_settings = sum(1 for i in range(each) if i % 3 == 1) * processes
    missing = (expected_plans - plans) + (expected_settings - settings)
    if missing and not lines:
        lines.append(f"{missing} writes reported done but missing")
    return len(lines), lines


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "import":
        worker_import(args[0], int(args[1]), int(args[2]), int(args[3]))
    elif command == "writer":
        worker_writer(args[0], args[1], int(args[2]))
    else:
        raise SystemExit(f"unknown drill worker {command}")


# Damaged files -------------------------------------------------------------------------------------
def filled(folder: Path, products: int = 3000) -> Path:
    """A closed database with two shops, a plan and a product snapshot."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / DB_NAME
    store = Store(path)
    shop = store.save_shop(Shop(name="小林服饰"))
    store.save_shop(Shop(name="阿花手作", platform="douyin"))
    store.save_plan(shop.id, "lottery", "晚场", {"terms": "包邮" * 50})
    replace_snapshot(store, shop.id, rows(products, 0))
    store.close()
    return path


def crashed_writer(path: Path, shops: int = 30) -> None:
    """A process that writes shops and dies without closing: its -wal holds committed data."""
    code = ("import os, sys\nsys.path.insert(0, sys.argv[2])\nfrom core.store import Shop, Store\n"
            "s = Store(sys.argv[1])\nfor i in range(int(sys.argv[3])): s.save_shop(Shop(name=f'店{i}'))\n"
            "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", code, str(path), str(ROOT), str(shops)], check=True)


def _middle_page(seed: int):  # type: ignore[no-untyped-def]
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        rng = random.Random(seed)
        pages = len(data) // 4096
        page = rng.randrange(2, pages - 1)
        data[page * 4096:(page + 1) * 4096] = rng.randbytes(4096)
        path.write_bytes(bytes(data))
    return damage


def _foreign_log_replaced_file(path: Path) -> None:
    other = filled(path.parent.parent / f"{path.parent.name}-theirs", 200)
    crashed_writer(path)
    path.write_bytes(other.read_bytes())


def _foreign_log_after_clean_close(path: Path) -> None:
    other = filled(path.parent.parent / f"{path.parent.name}-other", 200)
    crashed_writer(other)
    path.with_name(DB_NAME + "-wal").write_bytes(other.with_name(DB_NAME + "-wal").read_bytes())


def _other_page_size_log(path: Path) -> None:
    other = path.parent.parent / f"{path.parent.name}-o.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    path.with_name(DB_NAME + "-wal").write_bytes(other.with_name(other.name + "-wal").read_bytes())
    conn.close()


def _foreign_db(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()


def _newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('shop_assistant', '0099_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()


# (kind the check must report, how the file is damaged); 30 in all
DAMAGES: list[tuple[str, object]] = [
    ("empty", lambda p: p.write_bytes(b"")),
    *[("truncated", lambda p, cut=cut: p.write_bytes(p.read_bytes()[:-cut])) for cut in (1, 1000, 4096 * 5 + 3)],
    *[("truncated", lambda p, keep=keep: p.write_bytes(p.read_bytes()[:keep])) for keep in (100, 4096 * 3 + 17)],
    ("not_sqlite", lambda p: p.write_bytes(b"\x00" * 16 + p.read_bytes()[16:])),
    ("not_sqlite", lambda p: p.write_bytes(b"SQLite format 2\x00" + p.read_bytes()[16:])),
    ("not_sqlite", lambda p: p.write_bytes(b"PK\x03\x04" + b"zip" * 3000)),
    ("not_sqlite", lambda p: p.write_bytes("这是一个文本文件".encode() * 500)),
    ("not_sqlite", lambda p: p.write_bytes(random.Random(3).randbytes(4096 * 4))),
    *[("damaged", _middle_page(seed)) for seed in range(10)],
    ("foreign_wal", _foreign_log_replaced_file),
    ("foreign_wal", _foreign_log_after_clean_close),
    ("foreign_wal", _other_page_size_log),
    ("foreign_db", _foreign_db),
    ("newer", _newer),
    ("damaged", lambda p: p.write_bytes(p.read_bytes()[:-8192])),  # cut at a page boundary
    ("damaged", lambda p: p.write_bytes(p.read_bytes()[:100] + b"\xff" * 3996 + p.read_bytes()[4096:])),
    ("readonly_file", lambda p: p.chmod(0o444)),
]


def damaged_fixture(folder: Path, index: int) -> tuple[Path, str]:
    """The index-th damaged data folder (with one backup made before the damage)."""
    from core import backup

    path = filled(folder)
    backup.make_backup(path, reason="start")
    kind, damage = DAMAGES[index]
    damage(path)  # type: ignore[operator]
    return path, kind
