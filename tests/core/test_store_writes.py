"""Writes queue behind each other instead of failing, and a write that cannot land says why."""

import sqlite3
import threading
import time

import pytest

from core import store as store_module
from core.errors import WriteFailed
from core.store import Shop, Store


def test_a_write_waits_for_another_writer_instead_of_failing(tmp_path):
    path = tmp_path / "shop.db"
    first = Store(path)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings (key, value) VALUES ('held', '1')")
    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    started = time.perf_counter()
    first.save_shop(Shop(name="等一下再写"))  # a deferred transaction would fail here at once
    waited = time.perf_counter() - started
    release.join()
    assert 0.3 < waited < 3 and [s.name for s in first.shops()] == ["等一下再写"]
    first.close()
    other.close()


def test_a_write_that_cannot_get_the_lock_says_so_and_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.2)
    path = tmp_path / "shop.db"
    first = Store(path)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(WriteFailed) as failed:
        first.save_plan(None, "lottery", "晚场", {"x": 1})
    assert failed.value.reason == "busy" and "占用" in failed.value.message
    other.execute("ROLLBACK")
    assert first.plans(None, "lottery") == []
    assert first.save_plan(None, "lottery", "晚场", {"x": 1})  # and it works once the lock is free
    first.close()
    other.close()


def test_an_error_inside_a_write_rolls_it_back(tmp_path):
    store = Store(tmp_path / "shop.db")
    with pytest.raises(RuntimeError):
        with store.write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
            raise RuntimeError("half way")
    assert store.setting("a") is None
    with store.write():
        with store.write() as conn:  # a nested write joins the outer transaction
            conn.execute("INSERT INTO settings (key, value) VALUES ('b', '2')")
    assert store.setting("b") == "2"
    store.close()


def test_saving_a_plan_deleted_meanwhile_keeps_the_edit(tmp_path):
    store = Store(tmp_path / "shop.db")
    plan_id = store.save_plan(None, "lottery", "晚场", {"v": 1})
    store.delete_plan(plan_id)
    again = store.save_plan(None, "lottery", "晚场", {"v": 2}, plan_id)
    assert store.plan(again)["data"] == {"v": 2}
    store.close()
