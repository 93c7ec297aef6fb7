"""Backups: made with the online backup API, verified, described beside themselves, kept like Anki's,
restored only when healthy, never deleting what they replace."""

import gzip
import json
import sqlite3
from datetime import timedelta

import pytest

from core import backup
from core.schema import KNOWN, MIGRATION_SET, STEPS
from core.store import DB_NAME, Shop, Store
from tests.conftest import bj


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "data" / DB_NAME
    path.parent.mkdir()
    store = Store(path)
    shop = store.save_shop(Shop(name="小林服饰"))
    store.save_plan(shop.id, "lottery", "晚场", {"terms": "包邮"})
    store.close()
    return path


def test_a_backup_of_a_live_database_is_verified_and_described(db):
    store = Store(db)
    store.save_shop(Shop(name="写着还没关"))  # in the -wal only: the online backup still takes it
    made = backup.make_backup(db, reason="manual")
    store.close()
    assert made.path.parent == db.parent / "backups" and made.path.name.endswith(".db.gz")
    assert (made.shops, made.plans, made.products, made.ok) == (2, 1, 0, True)
    assert made.schema == KNOWN[-1] and made.app_version
    side = json.loads(made.path.with_name(made.path.name.replace(".db.gz", ".json")).read_text("utf-8"))
    assert side["shops"] == 2 and side["reason"] == "manual" and side["size"] == made.path.stat().st_size
    raw = made.path.with_suffix("")  # the backup is a plain SQLite file once unpacked
    raw.write_bytes(gzip.decompress(made.path.read_bytes()))
    conn = sqlite3.connect(raw)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert json.loads(dict(conn.execute("SELECT key, value FROM _backup_info"))["shops"]) == 2
    conn.close()


def test_backup_to_a_chosen_plain_file(db, tmp_path):
    target = tmp_path / "我的 备份" / "店铺数据.db"
    target.parent.mkdir()
    made = backup.make_backup(db, to=target)
    assert made.path == target and target.read_bytes().startswith(b"SQLite format 3")
    assert not list(target.parent.glob(".tmp-*"))


def test_a_damaged_database_gives_no_backup_and_no_partial_file(db):
    data = bytearray(db.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\xff" * 4096  # a b-tree page of the schema
    db.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError):
        backup.make_backup(db)
    folder = db.parent / "backups"
    assert not folder.exists() or not list(folder.iterdir())


def test_listing_is_newest_first_and_flags_a_truncated_backup(db):
    first = backup.make_backup(db, now=bj("2026-12-01T09:00:00"))
    second = backup.make_backup(db, now=bj("2026-12-02T09:00:00"))
    listed = backup.list_backups(db.parent / "backups")
    assert [b.path for b in listed] == [second.path, first.path]
    first.path.write_bytes(first.path.read_bytes()[:100])
    flagged = backup.list_backups(db.parent / "backups")[1]
    assert not flagged.ok and "不完整" in flagged.problem


def test_retention_keeps_ten_then_days_weeks_months(db):
    now = bj("2026-12-05T12:00:00")
    made = []
    for hours in range(0, 24 * 300, 7):  # a backup every 7 hours for 300 days
        made.append(backup.Backup(path=db.parent / f"b{hours}", created_at=now - timedelta(hours=hours)))
    keep = backup.to_keep(made, now)
    newest = {b.path for b in sorted(made, key=lambda b: b.created_at, reverse=True)[:10]}
    assert newest <= keep
    kept_days = {b.created_at.date() for b in made if b.path in keep and now - b.created_at <= timedelta(days=7)}
    assert len(kept_days) >= 7
    old = [b for b in made if b.path in keep and now - b.created_at > timedelta(weeks=4)]
    assert 1 <= len({(b.created_at.year, b.created_at.month) for b in old}) <= 7
    assert len(keep) <= 10 + 8 + 5 + 7
    assert all(now - b.created_at <= timedelta(days=31 * 6) for b in made if b.path in keep)


def test_prune_deletes_only_what_retention_drops(db):
    for day in range(12):
        backup.make_backup(db, now=bj("2026-11-01T09:00:00") + timedelta(days=day))
    folder = db.parent / "backups"
    # the newest ten, and 11-01 as the newest of its ISO week; 11-02 is neither, and goes
    days = sorted(b.created_at.day for b in backup.list_backups(folder))
    assert days == [1] + list(range(3, 13))
    for n in range(12):
        backup.make_backup(db, now=bj("2026-11-20T09:00:00") + timedelta(minutes=n))
    left = backup.list_backups(folder)
    assert len(left) < 24 and len({p.name for p in folder.glob("*.json")}) == len(left)


def test_the_start_backup_is_due_once_a_day(db):
    assert backup.due(db, bj("2026-12-05T09:00:00"))
    backup.make_backup(db, reason="start", now=bj("2026-12-05T09:00:00"))
    assert not backup.due(db, bj("2026-12-05T20:00:00"))
    assert backup.due(db, bj("2026-12-06T09:00:01"))


def test_restore_refuses_what_is_not_a_healthy_backup_and_touches_nothing(db, tmp_path):
    before = db.read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    future = tmp_path / "future.db"
    future.write_bytes(db.read_bytes())
    conn = sqlite3.connect(future)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, 'z_9999', '')",
                 [MIGRATION_SET])
    conn.commit()
    conn.close()
    for bad, says in ((junk, "不是"), (other, "不是小店合规助手"), (future, "更新版本"), (tmp_path / "nope.db", "找不到")):
        with pytest.raises(backup.BackupError, match=says):
            backup.restore(db, bad)
        assert db.read_bytes() == before
    assert not list(db.parent.glob(".tmp-*")) and not list(db.parent.glob("*.replaced-*"))


def test_restore_sets_the_current_file_and_its_stale_log_aside(db):
    good = backup.make_backup(db)
    store = Store(db)
    store.save_shop(Shop(name="备份之后才加的"))
    # a crash would leave this -wal; restoring must not let it be replayed into the restored file
    wal = db.with_name(DB_NAME + "-wal")
    assert wal.exists()
    done = backup.restore(db, good.path)
    store.conn.close()
    assert not wal.exists()
    names = sorted(p.name for p in done.kept_as)
    assert names[0].startswith(DB_NAME + ".replaced-") and any(n.endswith("-wal") for n in names)
    restored = Store(db)
    assert [s.name for s in restored.shops()] == ["小林服饰"]
    assert "_backup_info" not in restored.db.table_names()
    restored.close()


def test_a_migration_is_preceded_by_a_backup(tmp_path):
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    path = tmp_path / DB_NAME
    old = Database(path)
    first = Migrations(MIGRATION_SET)
    name, step = STEPS[0]
    first(name=name)(step)
    first.apply(old)
    old["shops"].insert({"platform": "kuaishou", "name": "老店", "shop_type": "personal"})
    old.close()
    Store(path).close()
    [made] = backup.list_backups(tmp_path / "backups")
    assert made.reason == "before-migration" and made.shops == 1 and made.schema == STEPS[0][0]
