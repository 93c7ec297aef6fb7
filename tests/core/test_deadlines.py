import json
from datetime import timedelta

from core.deadlines import collect, due_within
from core.store import Shop
from tests.conftest import CONTRACT, bj


def contract(kind):
    return json.loads((CONTRACT / f"{kind}.json").read_text(encoding="utf-8"))


def test_board_gathers_lottery_and_aftersale_clocks_soonest_first(store, pack):
    shop = store.save_shop(Shop(name="小林服饰", experience_score="4.52"))
    store.save_plan(shop.id, "lottery", "6月10日晚场", contract("lottery"))
    store.save_plan(shop.id, "aftersale", "售后", contract("aftersale"))
    items, problems = collect(store, shop, pack, bj("2022-02-10T00:00"))
    assert problems == []
    assert [d.due for d in items] == sorted(d.due for d in items)
    lottery = [d for d in items if d.source == "lottery"]
    assert lottery[0].due == bj("2023-06-12T21:00") and not lottery[0].overdue
    r1 = next(d for d in items if "R1" in d.what)
    assert r1.overdue and r1.rule == "ks.aftersale.refund_before_shipment"
    assert r1.due == bj("2022-01-28T09:15")  # requested in the Spring Festival window: 48 h


def test_shipped_prizes_and_done_events_leave_the_board(store, pack):
    shop = store.save_shop(Shop(name="小林服饰"))
    plan = contract("lottery")
    plan["prizes"][0]["shipped_at"] = "2023-06-11T10:00:00+08:00"
    store.save_plan(shop.id, "lottery", "晚场", plan)
    events = contract("aftersale")
    for event in events["events"]:
        event["done"] = True
    store.save_plan(shop.id, "aftersale", "售后", events)
    assert collect(store, shop, pack, bj("2023-06-11T12:00"))[0] == []


def test_a_plan_that_cannot_be_checked_is_named_not_fatal(store, pack):
    shop = store.save_shop(Shop(name="小林服饰"))
    bad = contract("lottery")
    bad["prizes"][0]["quantity"] = 0
    store.save_plan(shop.id, "lottery", "坏方案", bad)
    store.save_plan(shop.id, "aftersale", "售后", contract("aftersale"))
    items, problems = collect(store, shop, pack, bj("2022-02-01T00:00"))
    assert any("坏方案" in p and "prizes[0].quantity" in p for p in problems)
    assert any(d.source == "aftersale" for d in items)


def test_trial_next_withdrawal_only_for_douyin_shops(store, pack):
    ks = store.save_shop(Shop(name="快手店"))
    dy = store.save_shop(Shop(name="阿花手作", platform="douyin"))
    for shop in (ks, dy):
        store.save_plan(shop.id, "trial", "试运营", contract("trial"))
    assert collect(store, ks, pack, bj("2023-04-05T10:00"))[0] == []
    item = collect(store, dy, pack, bj("2023-04-05T10:00"))[0][0]
    assert item.source == "trial" and not item.is_deadline and item.due == bj("2023-04-05T00:00")


def test_due_within_24_hours_at_the_boundary(store, pack):
    shop = store.save_shop(Shop(name="小林服饰"))
    store.save_plan(shop.id, "lottery", "晚场", contract("lottery"))
    ship_by = bj("2023-06-12T21:00")
    items, _ = collect(store, shop, pack, ship_by - timedelta(hours=24))
    assert len(due_within(items, ship_by - timedelta(hours=24), 24)) == 1
    items, _ = collect(store, shop, pack, ship_by - timedelta(hours=24, seconds=1))
    assert due_within(items, ship_by - timedelta(hours=24, seconds=1), 24) == []
    items, _ = collect(store, shop, pack, ship_by + timedelta(seconds=1))
    assert due_within(items, ship_by + timedelta(seconds=1), 24) == []  # overdue: the board says it


def test_category_migration_deadline_until_every_product_is_moved(store, pack):
    from core.products import replace_snapshot, set_moved

    shop = store.save_shop(Shop(name="老周车行", shop_type="individual"))
    products = json.loads((CONTRACT / "listing.json").read_text(encoding="utf-8"))["products"]
    replace_snapshot(store, shop.id, products)
    items, problems = collect(store, shop, pack, bj("2023-05-20T10:00"))
    assert problems == []
    move = next(d for d in items if d.source == "listing")
    assert move.due == bj("2023-05-23T00:00") and not move.overdue and "1 件" in move.what
    set_moved(store, shop.id, "KS1001", True)
    assert [d for d in collect(store, shop, pack, bj("2023-05-20T10:00"))[0] if d.source == "listing"] == []
