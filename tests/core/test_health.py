"""Damaged and unusable data files are found before anything opens them, and never changed.

Each fixture is a real way a seller's file goes bad: cut short by a full disk, zeroed by a crash, its
header or a middle page overwritten, a log left beside a file copied in over it, another program's
file, a file from a newer version, a read-only file, a folder that cannot be written.
"""

import os
import random
import shutil
import sqlite3

import pytest

from core import backup
from core.health import inspect, log_counts
from core.schema import MIGRATION_SET
from core.store import DB_NAME, Store, read_seal
from tests.drills import DAMAGES, crashed_writer, damaged_fixture, filled


def snapshot(folder):
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.endswith(".lock")}


def unchanged(folder, before):
    """The database and its -wal are byte for byte what they were (a -shm may appear: it is the
    read-only connection's shared index, rebuilt from the log, never the seller's data)."""
    after = snapshot(folder)
    return all(after.get(name) == data for name, data in before.items() if not name.endswith("-shm"))


def test_a_healthy_file_and_a_missing_one(tmp_path):
    assert inspect(filled(tmp_path / "a")).ok
    missing = inspect(tmp_path / "b" / DB_NAME)
    assert missing.kind == "missing" and not missing.damaged


def test_a_crash_leaves_a_log_that_belongs_and_is_accepted(tmp_path):
    path = filled(tmp_path / "a")
    crashed_writer(path)
    assert path.with_name(DB_NAME + "-wal").stat().st_size > 0
    assert inspect(path).ok
    store = Store(path)
    assert len(store.shops()) == 32  # the log's committed shops are all there
    store.close()


@pytest.mark.parametrize("kind, damage", [
    ("empty", lambda p: p.write_bytes(b"")),
    ("not_sqlite", lambda p: p.write_bytes(b"PK\x03\x04 a zip file, not a database" * 200)),
    ("not_sqlite", lambda p: p.write_bytes(b"\x00" * 16 + p.read_bytes()[16:])),  # header zeroed
    ("truncated", lambda p: p.write_bytes(p.read_bytes()[:-1000])),
    ("truncated", lambda p: p.write_bytes(p.read_bytes()[:4096 * 3 + 17])),
])
def test_damaged_files_are_named_and_left_as_they_are(tmp_path, kind, damage):
    path = filled(tmp_path / "a")
    damage(path)
    before = snapshot(path.parent)
    found = inspect(path)
    assert found.kind == kind and found.damaged and str(path) in found.message
    assert unchanged(path.parent, before)


@pytest.mark.parametrize("seed", range(6))
def test_random_bytes_in_a_middle_page_are_found(tmp_path, seed):
    path = filled(tmp_path / "a")
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    rng = random.Random(seed)
    page = rng.randrange(2, pages - 1)
    data[page * 4096:(page + 1) * 4096] = rng.randbytes(4096)
    path.write_bytes(bytes(data))
    before = snapshot(path.parent)
    found = inspect(path)
    if found.ok:  # the page was free: nothing of the seller's is in it, and the full check agrees
        assert inspect(path, full=True).ok
    else:
        assert found.kind == "damaged" and found.details
    assert unchanged(path.parent, before)


def test_a_log_beside_a_file_copied_in_over_the_crashed_one_is_foreign(tmp_path):
    theirs = filled(tmp_path / "a")  # a backup copy the seller keeps elsewhere
    path = filled(tmp_path / "b")
    crashed_writer(path)
    shutil.copy(theirs, path)  # copied in over the crashed file, its -wal left behind
    before = snapshot(path.parent)
    found = inspect(path)
    assert found.kind == "foreign_wal" and "替换" in found.message
    assert unchanged(path.parent, before)
    with_log, alone = log_counts(path)
    assert alone == {"shops": 2, "plans": 1, "products": 3000}
    assert with_log is None or with_log != alone


def test_a_log_copied_beside_a_cleanly_closed_file_is_foreign(tmp_path):
    other = filled(tmp_path / "other")
    crashed_writer(other)
    path = filled(tmp_path / "a")
    assert read_seal(path)["clean"] is True
    shutil.copy(other.with_name(DB_NAME + "-wal"), path.with_name(DB_NAME + "-wal"))
    before = snapshot(path.parent)
    assert inspect(path).kind == "foreign_wal"
    assert unchanged(path.parent, before)


def test_a_log_of_another_page_size_is_foreign(tmp_path):
    path = filled(tmp_path / "a")
    other = tmp_path / "o.db"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    shutil.copy(other.with_name("o.db-wal"), path.with_name(DB_NAME + "-wal"))
    conn.close()
    assert inspect(path).kind == "foreign_wal"


def test_another_programs_database_is_foreign(tmp_path):
    path = tmp_path / DB_NAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert inspect(path).kind == "foreign_db"
    assert path.read_bytes() == before


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = filled(tmp_path / "a")
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                 [MIGRATION_SET, "0099_from_the_future", "2030-01-01"])
    conn.commit()
    conn.close()
    before = snapshot(path.parent)
    found = inspect(path)
    assert found.kind == "newer" and "升级" in found.message and not found.damaged
    assert unchanged(path.parent, before)


def test_a_read_only_file_gets_its_own_message(tmp_path):
    path = filled(tmp_path / "a")
    os.chmod(path, 0o444)
    try:
        found = inspect(path)
        assert found.kind == "readonly_file" and found.access and "只读" in found.message
        assert str(path) in found.message
    finally:
        os.chmod(path, 0o644)


def test_an_unwritable_folder_gets_its_own_message(readonly_folder):
    found = inspect(readonly_folder / DB_NAME)
    assert found.kind == "unwritable_folder" and found.access and "写入权限" in found.message


def test_recovery_keeps_the_damaged_file_and_restores_a_backup(tmp_path):
    path = filled(tmp_path / "a")
    good = backup.make_backup(path, reason="manual")
    path.write_bytes(path.read_bytes()[:5000])
    damaged = path.read_bytes()
    assert inspect(path).damaged
    done = backup.restore(path, good.path, label="damaged")
    assert inspect(path).ok
    kept = [p for p in done.kept_as if p.name.startswith(DB_NAME + ".damaged-") and not p.name.endswith(("-wal", "-shm"))]
    assert kept and kept[0].read_bytes() == damaged
    store = Store(path)
    assert [s.name for s in store.shops()] == ["小林服饰", "阿花手作"]
    store.close()


@pytest.mark.parametrize("index", range(len(DAMAGES)))
def test_every_damage_drill_is_found_untouched_with_a_backup_offered(tmp_path, index):
    path, kind = damaged_fixture(tmp_path / "data", index)
    before = snapshot(path.parent)
    found = inspect(path)
    assert found.kind == kind, found.message
    assert unchanged(path.parent, before)
    if found.damaged:
        assert [b for b in backup.list_backups(path.parent / "backups") if b.ok]
