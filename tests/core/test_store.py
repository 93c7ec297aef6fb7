import sqlite3

import pytest

from core.errors import InputError, StoreError
from core.schema import KNOWN, MIGRATION_SET
from core.store import Shop, Store


def test_fresh_database_gets_every_migration(store):
    assert store.schema_version() == KNOWN
    assert {"shops", "settings", "plans"} <= set(store.db.table_names())


def test_database_is_wal_with_foreign_keys(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_existing_database_reopens_with_its_data(tmp_path):
    path = tmp_path / "shop.db"
    first = Store(path)
    first.save_shop(Shop(name="阿花手作", platform="douyin"))
    first.close()
    again = Store(path)
    assert [s.name for s in again.shops()] == ["阿花手作"]
    assert again.schema_version() == KNOWN


def test_database_from_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "shop.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                 [MIGRATION_SET, "0099_from_the_future", "2030-01-01"])
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="更新版本"):
        Store(path)
    assert path.read_bytes() == before


def test_corrupted_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "shop.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="损坏"):
        Store(path)
    assert path.read_bytes() == b"this is not sqlite at all" * 100


def test_unwritable_data_dir_gives_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="无法创建数据文件夹"):
        Store(data_dir_override=str(blocker / "sub"))


def test_data_dir_env_override(tmp_path, monkeypatch):
    monkeypatch.setenv("SHOP_ASSISTANT_DATA", str(tmp_path / "elsewhere"))
    s = Store()
    assert s.path == tmp_path / "elsewhere" / "shop-assistant.db"
    s.close()


def test_shop_round_trip_and_validation(store):
    shop = store.save_shop(Shop(name="小林服饰", experience_score="4.40", in_assessment_period=True))
    loaded = store.shop(shop.id)
    assert loaded.experience_score == "4.40" and loaded.in_assessment_period
    with pytest.raises(InputError) as err:
        store.save_shop(Shop(name="  "))
    assert err.value.field == "name"
    with pytest.raises(InputError) as err:
        store.save_shop(Shop(name="x", experience_score="5.5"))
    assert err.value.field == "experience_score"
    with pytest.raises(InputError) as err:
        store.save_shop(Shop(name="x", shop_type="taobao"))
    assert err.value.field == "shop_type"


def test_deleting_a_shop_deletes_its_plans_atomically(store):
    shop = store.save_shop(Shop(name="a"))
    store.save_plan(shop.id, "lottery", "晚场", {"prizes": []})
    store.set_setting("current_shop", str(shop.id))
    store.delete_shop(shop.id)
    assert store.shops() == [] and store.plans(shop.id, "lottery") == []
    assert store.setting("current_shop") is None


def test_plan_save_rename_delete(store):
    shop = store.save_shop(Shop(name="a"))
    plan_id = store.save_plan(shop.id, "lottery", "晚场", {"terms": "包邮"})
    store.rename_plan(plan_id, "周六晚场")
    assert store.plans(shop.id, "lottery")[0]["name"] == "周六晚场"
    assert store.plan(plan_id)["data"] == {"terms": "包邮"}
    store.delete_plan(plan_id)
    assert store.plans(shop.id, "lottery") == []


def _every_row(store):
    """Every table's rows, sorted, for comparing a database before and after."""
    tables = [r["name"] for r in store._rows(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: sorted(tuple(r.values()) for r in store._rows(f'SELECT * FROM "{t}"')) for t in tables}


def _shop_with_everything(store, name="a"):
    from core import products as store_products

    shop = store.save_shop(Shop(name=name, experience_score="4.5"))
    store.save_plan(shop.id, "lottery", "晚场", {"prizes": [1]})
    store.save_plan(shop.id, "aftersale", "售后", {"events": []})
    row = {"id": "A", "title": "T恤", "category": ["服饰/鞋靴", "男装"], "price": "9.90", "stock": 3, "status": "on_sale"}
    store_products.replace_snapshot(store, shop.id, [row])
    store_products.set_moved(store, shop.id, "A", True)
    store_products.set_category_caps(store, shop.id, {"服饰/鞋靴": 100})
    with store.write() as conn:
        conn.execute("INSERT INTO listing_results VALUES (?, 'k', '2022-02-09T09:00:00+08:00', NULL)", [shop.id])
        conn.execute("INSERT INTO import_choices VALUES (?, 'products', 'p', '{}', '2022-02-09T09:00:00+08:00')",
                     [shop.id])
        conn.execute("INSERT INTO board_state (key, shop_id, done_at, updated_at) "
                     "VALUES (?, ?, 'x', 'y')", [f"k{shop.id}", shop.id])
    return shop


def test_a_deleted_shop_comes_back_exactly_with_everything_kept_for_it(store):
    other = _shop_with_everything(store, "b")
    shop = _shop_with_everything(store, "a")
    store.set_setting("current_shop", str(shop.id))
    before = _every_row(store)
    deleted = store.delete_shop(shop.id)
    assert deleted.name == "a" and deleted.was_current
    assert {"shops", "plans", "product_rows", "product_marks", "category_caps", "product_snapshots",
            "listing_state", "listing_results", "import_choices", "board_state"} <= set(deleted.rows)
    assert [s.id for s in store.shops()] == [other.id]
    assert store.restore_shop(deleted) == shop.id
    fresh = Store(store.path)
    try:
        assert _every_row(fresh) == before  # same ids, same plans, products, marks, settings
        assert fresh.setting("current_shop") == str(shop.id)
    finally:
        fresh.close()


def test_a_deleted_shop_whose_id_was_taken_comes_back_under_a_new_one(store):
    shop = _shop_with_everything(store)
    deleted = store.delete_shop(shop.id)
    taken = store.save_shop(Shop(name="新店"))
    assert taken.id == shop.id  # SQLite hands the freed id out again
    new_id = store.restore_shop(deleted)
    assert new_id != shop.id and store.shop(new_id).name == "a" and store.shop(shop.id).name == "新店"
    assert sorted(p["name"] for p in store.plans(new_id, "lottery")) == ["晚场"]
    assert store.plans(shop.id, "lottery") == []
    assert store.db["product_marks"].count == 1
    assert store.setting("current_shop") is None  # it was not the current shop
