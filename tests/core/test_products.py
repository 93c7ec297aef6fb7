"""The products snapshot, migration marks and category caps in the store (migration 0002)."""

import sqlite3

import pytest
from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from core import products as store_products
from core.engine import check
from core.errors import InputError
from core.schema import KNOWN, MIGRATION_SET, STEPS
from core.store import Shop, Store
from tests.conftest import bj

USED_CAR = ["二手", "二手车", "二手车"]


def product(pid, category=("服饰/鞋靴", "男装", "T恤"), status="on_sale", line=2, **extra):
    return {"id": pid, "title": f"商品{pid}", "category": list(category), "status": status,
            "price": "9.90", "stock": 1, "line": line, **extra}


@pytest.fixture
def shop(store):
    return store.save_shop(Shop(name="老周车行", shop_type="individual"))


# Migration 0002 -------------------------------------------------------------------------------------
def test_fresh_database_has_the_products_tables(store):
    assert store.schema_version() == KNOWN and "0002_products" in KNOWN
    assert {"product_rows", "product_marks", "category_caps", "product_snapshots"} <= set(
        store.db.table_names())
    assert "products" in store.db.view_names()


def test_database_from_before_0002_is_upgraded_keeping_its_data(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    only_0001 = Migrations(MIGRATION_SET)
    name, step = STEPS[0]
    assert name == "0001_shops_settings_plans"
    only_0001(name=name)(step)
    only_0001.apply(old)
    old["shops"].insert({"id": 7, "platform": "kuaishou", "name": "阿花手作", "shop_type": "personal",
                         "in_assessment_period": 1, "professional_anchor": 0})
    old.close()

    upgraded = Store(path)
    assert upgraded.schema_version() == KNOWN
    assert [s.name for s in upgraded.shops()] == ["阿花手作"]
    assert store_products.products(upgraded, 7) == [] and store_products.snapshot_info(upgraded, 7) is None
    store_products.replace_snapshot(upgraded, 7, [product("A")])
    upgraded.close()
    assert [p["id"] for p in store_products.products(Store(path), 7)] == ["A"]


# Snapshot -------------------------------------------------------------------------------------------
def test_snapshot_round_trip_in_file_order(store, shop):
    rows = [product("B", line=3), product("A", USED_CAR, "off_sale", line=2)]
    assert store_products.replace_snapshot(store, shop.id, rows, source="export.csv") == 2
    got = store_products.products(store, shop.id)
    assert got == [
        {"id": "A", "title": "商品A", "category": tuple(USED_CAR), "status": "off_sale", "price": "9.90",
         "stock": 1, "line": 2, "moved": False},
        {"id": "B", "title": "商品B", "category": ("服饰/鞋靴", "男装", "T恤"), "status": "on_sale",
         "price": "9.90", "stock": 1, "line": 3, "moved": False},
    ]
    # Categories are tuples (shared, unchangeable, and of no cost to the garbage collector).
    assert isinstance(got[0]["category"], tuple)
    info = store_products.snapshot_info(store, shop.id)
    assert info["source"] == "export.csv" and info["products"] == 2 and info["imported_at"]


def test_a_big_snapshot_leaves_nothing_for_the_garbage_collector(store, shop):
    """200,000 products in memory made every full garbage collection (which stops the window too)
    a third of a second long while their categories were lists."""
    import gc

    rows = [product(f"P{i}", line=i) for i in range(2000)]
    store_products.replace_snapshot(store, shop.id, rows, source="export.csv")
    gc.collect()
    before = len(gc.get_objects())
    got = store_products.products(store, shop.id)
    gc.collect()
    assert len(got) == 2000
    assert len(gc.get_objects()) - before < 50


def test_reimport_replaces_the_snapshot_but_keeps_the_marks(store, shop):
    store_products.replace_snapshot(store, shop.id, [product("A", USED_CAR), product("B", USED_CAR, line=3)])
    store_products.set_moved(store, shop.id, "A", True)
    store_products.set_moved_many(store, shop.id, ["B", "GONE"], True)
    store_products.set_moved(store, shop.id, "B", False)
    store_products.replace_snapshot(store, shop.id, [product("A", USED_CAR, line=5), product("C", line=6)])
    assert [(p["id"], p["line"], p["moved"]) for p in store_products.products(store, shop.id)] == [
        ("A", 5, True), ("C", 6, False)]
    assert store_products.marks(store, shop.id) == {"A": True, "B": False, "GONE": True}


def test_shops_have_separate_snapshots(store, shop):
    other = store.save_shop(Shop(name="小林服饰", shop_type="flagship"))
    store_products.replace_snapshot(store, shop.id, [product("A")])
    store_products.replace_snapshot(store, other.id, [product("A"), product("B", line=3)])
    store_products.set_moved(store, other.id, "A", True)
    assert [p["moved"] for p in store_products.products(store, shop.id)] == [False]
    assert len(store_products.products(store, other.id)) == 2


@pytest.mark.parametrize("bad, error", [
    (product("X", status="selling"), InputError),
    (product("X", category=()), InputError),
    (product("", line=9), InputError),
    (product("A0"), sqlite3.IntegrityError),  # duplicate of the first
])
def test_import_failing_midway_leaves_the_old_snapshot(store, shop, bad, error):
    store_products.replace_snapshot(store, shop.id, [product("OLD1"), product("OLD2", line=3)], source="old.csv")
    before = store_products.snapshot_info(store, shop.id)
    new = [product(f"A{i}", line=i + 2) for i in range(1000)]
    new.insert(500, bad)
    with pytest.raises(error):
        store_products.replace_snapshot(store, shop.id, new, source="new.csv")
    assert [p["id"] for p in store_products.products(store, shop.id)] == ["OLD1", "OLD2"]
    assert store_products.snapshot_info(store, shop.id) == before
    assert not store.conn.in_transaction


def test_cancelled_snapshot_leaves_the_old_one(store, shop):
    store_products.replace_snapshot(store, shop.id, [product("OLD")])
    seen = []
    with pytest.raises(store_products.SnapshotCancelled):
        store_products.replace_snapshot(store, shop.id, [product(f"A{i}") for i in range(300)],
                                        progress=lambda done: seen.append(done) or done < 200, every=100)
    assert seen == [100, 200]
    assert [p["id"] for p in store_products.products(store, shop.id)] == ["OLD"]


def test_bad_product_error_names_the_field(store, shop):
    with pytest.raises(InputError) as err:
        store_products.replace_snapshot(store, shop.id, [product("A"), product("B", status="?")])
    assert err.value.field == "products[1].status"


def test_deleting_a_shop_deletes_its_products_marks_and_caps(store, shop):
    store_products.replace_snapshot(store, shop.id, [product("A")])
    store_products.set_moved(store, shop.id, "A", True)
    store_products.set_category_caps(store, shop.id, {"服饰/鞋靴": 100})
    store.delete_shop(shop.id)
    for table in ("products", "product_marks", "category_caps", "product_snapshots"):
        assert store.db[table].count == 0


# Category caps --------------------------------------------------------------------------------------
def test_category_caps_set_replace_and_remove(store, shop):
    assert store_products.category_caps(store, shop.id) == {}
    store_products.set_category_caps(store, shop.id, {"服饰/鞋靴": 1000, " 汽车用品 ": 500})
    assert store_products.category_caps(store, shop.id) == {"服饰/鞋靴": 1000, "汽车用品": 500}
    store_products.set_category_cap(store, shop.id, "服饰/鞋靴", 800)
    store_products.set_category_cap(store, shop.id, "汽车用品", None)
    assert store_products.category_caps(store, shop.id) == {"服饰/鞋靴": 800}
    store_products.set_category_caps(store, shop.id, {"生鲜": 0})
    assert store_products.category_caps(store, shop.id) == {"生鲜": 0}


@pytest.mark.parametrize("caps, field", [
    ({"服饰/鞋靴": -1}, "category_caps.服饰/鞋靴"), ({"服饰/鞋靴": "100"}, "category_caps.服饰/鞋靴"),
    ({"  ": 5}, "category_caps"),
])
def test_bad_category_caps_are_refused_and_nothing_changes(store, shop, caps, field):
    store_products.set_category_caps(store, shop.id, {"生鲜": 3})
    with pytest.raises(InputError) as err:
        store_products.set_category_caps(store, shop.id, caps)
    assert err.value.field == field
    assert store_products.category_caps(store, shop.id) == {"生鲜": 3}


# Into the check -------------------------------------------------------------------------------------
def test_listing_input_feeds_the_check_with_marks_and_caps(store, shop):
    store_products.replace_snapshot(store, shop.id, [
        product("CAR1", USED_CAR), product("CAR2", USED_CAR, line=3), product("T1", line=4)])
    store_products.set_moved(store, shop.id, "CAR1", True)
    store_products.set_category_cap(store, shop.id, "服饰/鞋靴", 1)
    data = store_products.listing_input(store, store.shop(shop.id))
    assert data["shop"]["shop_type"] == "individual" and data["category_caps"] == {"服饰/鞋靴": 1}
    report = check("listing", data, bj("2023-06-10T10:00"))
    assert [(m["id"], m["moved"]) for m in report.facts["migrations"]] == [("CAR1", True), ("CAR2", False)]
    closed = next(f for f in report.findings if f.rule == "ks.category.closed")
    assert "CAR2" in closed.message and "CAR1" not in closed.message
    assert any(f.path == "category_caps.服饰/鞋靴" and f.severity == "warning" for f in report.findings)
