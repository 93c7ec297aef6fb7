"""The deadline board as a seller works it (core.board): stable keys, done and snoozed marks kept in the
database, old items folded away, every shop at once, the tray's reminders, and the calendar file."""

import json
from datetime import timedelta

import pytest
from icalendar import Calendar

from core import board
from core.ics import calendar
from core.schema import KNOWN
from core.store import Shop, Store
from core.values import BEIJING
from tests.conftest import CONTRACT, bj

NOW = bj("2022-02-10T10:00")


def contract(kind):
    return json.loads((CONTRACT / f"{kind}.json").read_text(encoding="utf-8"))


def lottery(draw_at, title="李宁 纯棉 短袖T恤"):
    plan = contract("lottery")
    plan["session"].update(start=(draw_at - timedelta(hours=1)).isoformat(), end=(draw_at + timedelta(hours=1)).isoformat())
    plan["prizes"][0].update(draw_at=draw_at.isoformat(), title=title)
    return plan


def aftersale(*events):
    return {"events": [{"id": ident, "type": kind, "at": at.isoformat()} for ident, kind, at in events], "claims": []}


@pytest.fixture
def shop(store):
    return store.save_shop(Shop(name="小林服饰", experience_score="4.52"))


def fresh(store):
    """What the next start of the app reads: a new connection on the same file."""
    return Store(store.path)


def test_the_board_state_table_is_migration_0005(store):
    assert KNOWN[-1] == "0005_board_state"
    assert "board_state" in store.db.table_names()


def test_keys_stay_the_same_across_loads_and_other_items(store, shop, pack):
    store.save_plan(shop.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-09T09:00"))))
    first = board.load(store, pack, NOW, shop).items
    store.save_plan(shop.id, "lottery", "晚场", lottery(bj("2022-02-09T21:00")))
    again = board.load(store, pack, NOW + timedelta(minutes=5), shop).items
    r1 = next(i for i in again if "R1" in i.what)
    assert r1.key == first[0].key and len(again) == 2


def test_two_prizes_alike_in_one_plan_are_two_items(store, shop, pack):
    plan = lottery(bj("2022-02-09T21:00"))
    plan["prizes"].append(dict(plan["prizes"][0]))
    store.save_plan(shop.id, "lottery", "晚场", plan)
    items = board.load(store, pack, NOW, shop).items
    assert len(items) == 2 and len({i.key for i in items}) == 2


def test_done_is_kept_and_folds_away_and_undo_brings_it_back(store, shop, pack):
    store.save_plan(shop.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-09T09:00")),
                                                           ("R2", "refund_after_shipment", bj("2022-02-09T12:00"))))
    items = board.load(store, pack, NOW, shop).items
    r1 = next(i for i in items if "R1" in i.what)
    before, after = board.mark_done(store, [r1.target], NOW)
    assert before[0].done_at is None and after[0].done_at == NOW
    reopened = fresh(store)
    try:
        seen = board.load(reopened, pack, NOW + timedelta(hours=1), shop)
    finally:
        reopened.close()
    assert [i.what for i in seen.items] == [next(i for i in items if "R2" in i.what).what]
    assert [(i.key, i.state) for i in seen.folded] == [(r1.key, board.DONE)]
    board.restore(store, before, NOW)
    assert {i.state for i in board.load(store, pack, NOW, shop).items} == {board.OPEN}


def test_a_snoozed_item_sinks_and_comes_back_at_its_time(store, shop, pack):
    store.save_plan(shop.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-09T09:00")),
                                                           ("R2", "refund_after_shipment", bj("2022-02-09T12:00"))))
    r1 = next(i for i in board.load(store, pack, NOW, shop).items if "R1" in i.what)
    until = board.snooze_choices(NOW)["tomorrow"]
    assert until == bj("2022-02-11T09:00")
    board.snooze(store, [r1.target], until, NOW)
    later = board.load(store, pack, NOW + timedelta(hours=2), shop)
    assert [i.state for i in later.items] == [board.OPEN, board.SNOOZED] and later.items[1].key == r1.key
    assert later.overdue() == 0  # a snoozed item is not counted as overdue
    back = board.load(store, pack, until + timedelta(minutes=1), shop)
    assert next(i for i in back.items if i.key == r1.key).state == board.OPEN
    board.reopen(store, [r1.target], NOW)
    assert next(i for i in board.load(store, pack, NOW, shop).items if i.key == r1.key).state == board.OPEN


def test_items_more_than_30_days_overdue_fold_away(store, shop, pack):
    store.save_plan(shop.id, "aftersale", "售后", contract("aftersale"))
    now = bj("2025-06-01T10:00")
    found = board.load(store, pack, now, shop)
    assert found.items == [] and {i.state for i in found.folded} == {board.EXPIRED}
    assert found.folded[0].due >= found.folded[-1].due  # latest first


def test_every_shop_at_once_with_their_problems_named(store, shop, pack):
    other = store.save_shop(Shop(name="阿花手作", platform="douyin"))
    store.save_plan(shop.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-09T09:00"))))
    store.save_plan(other.id, "aftersale", "售后", aftersale(("D1", "refund_before_shipment", bj("2022-02-09T10:00"))))
    bad = lottery(bj("2022-02-09T21:00"))
    bad["prizes"][0]["quantity"] = 0
    store.save_plan(other.id, "lottery", "坏方案", bad)
    found = board.load(store, pack, NOW)
    assert sorted(i.shop.name for i in found.items) == ["小林服饰", "阿花手作"]
    assert any(p.startswith("阿花手作：") and "坏方案" in p for p in found.problems)


def test_the_rule_is_shown_by_its_title(store, shop, pack):
    store.save_plan(shop.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-09T09:00"))))
    item = board.load(store, pack, NOW, shop).items[0]
    assert item.rule == "ks.aftersale.refund_before_shipment"
    assert item.rule_title == pack[item.rule].title and "." not in item.rule_title
    assert item.rule_source.startswith("《") and pack[item.rule].source.date.isoformat() in item.rule_source


def test_plans_of_one_name_are_told_apart_by_date_then_time(store, shop, pack):
    a = store.save_plan(shop.id, "lottery", "6月10日晚场直播", lottery(bj("2022-02-09T21:00")))
    b = store.save_plan(shop.id, "lottery", "6月10日晚场直播", lottery(bj("2022-02-09T22:00")))
    with store.write() as conn:
        conn.execute("UPDATE plans SET updated_at = ? WHERE id = ?", ["2022-02-05T10:00:00+08:00", a])
        conn.execute("UPDATE plans SET updated_at = ? WHERE id = ?", ["2022-02-08T11:30:00+08:00", b])
    wheres = sorted(i.where_text() for i in board.load(store, pack, NOW, shop).items)
    assert wheres == ["6月10日晚场直播（02-05 更新）", "6月10日晚场直播（02-08 更新）"]
    with store.write() as conn:
        conn.execute("UPDATE plans SET updated_at = ? WHERE id = ?", ["2022-02-08T09:15:00+08:00", a])
    wheres = sorted(i.where_text() for i in board.load(store, pack, NOW, shop).items)
    assert wheres == ["6月10日晚场直播（02-08 09:15 更新）", "6月10日晚场直播（02-08 11:30 更新）"]


def test_deleting_a_shop_deletes_its_marks(store, shop, pack):
    store.save_plan(shop.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-09T09:00"))))
    item = board.load(store, pack, NOW, shop).items[0]
    board.mark_done(store, [item.target], NOW)
    store.delete_shop(shop.id)
    assert board.read_marks(store, [item.key]) == {}


# Reminders ---------------------------------------------------------------------------------------
def test_the_digest_comes_once_a_day_and_each_item_once_as_it_falls_due(store, shop, pack):
    store.save_plan(shop.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-10T09:00")),
                                                           ("R2", "refund_after_shipment", bj("2022-02-09T12:00"))))
    # R1 due 02-11 09:00 (24 h), R2 due 02-11 12:00 (48 h)
    morning = bj("2022-02-10T14:00")
    first = board.reminders(store, pack, morning)
    assert sorted(i.what[:6] for i in first.digest) == ["售后单 R1", "售后单 R2"] and first.due == []
    assert board.reminders(store, pack, morning + timedelta(minutes=1)).empty()  # the next minute: nothing
    falls = board.reminders(store, pack, bj("2022-02-11T08:10"))
    assert falls.digest is not None and [i.what[:6] for i in falls.due] == ["售后单 R1"]  # a new day: a digest too
    assert board.reminders(store, pack, bj("2022-02-11T08:11")).empty()
    restarted = fresh(store)  # a restart does not say it again
    try:
        assert board.reminders(restarted, pack, bj("2022-02-11T08:20")).empty()
    finally:
        restarted.close()


def test_a_snoozed_item_is_reminded_when_its_snooze_ends(store, shop, pack):
    store.save_plan(shop.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-10T09:00"))))
    now = bj("2022-02-11T08:30")
    found = board.reminders(store, pack, now)
    assert [i.what[:6] for i in found.due] == ["售后单 R1"]
    board.snooze(store, [found.due[0].target], now + timedelta(hours=1), now)
    assert board.reminders(store, pack, now + timedelta(minutes=30)).due == []
    again = board.reminders(store, pack, now + timedelta(hours=1, minutes=1))
    assert [i.what[:6] for i in again.due] == ["售后单 R1"]
    assert board.reminders(store, pack, now + timedelta(hours=1, minutes=2)).due == []


def test_reminders_can_be_turned_off_per_shop(store, shop, pack):
    other = store.save_shop(Shop(name="阿花手作", platform="douyin"))
    for one in (shop, other):
        store.save_plan(one.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-10T09:00"))))
    board.set_reminders_on(store, other.id, False)
    assert not board.reminders_on(store, other.id) and board.reminders_on(store, shop.id)
    found = board.reminders(store, pack, bj("2022-02-11T08:30"))
    assert {i.shop.name for i in found.due} == {"小林服饰"} and {i.shop.name for i in found.digest} == {"小林服饰"}


def test_done_items_are_not_reminded(store, shop, pack):
    store.save_plan(shop.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-10T09:00"))))
    item = board.load(store, pack, NOW, shop).items[0]
    board.mark_done(store, [item.target], NOW)
    assert board.reminders(store, pack, bj("2022-02-11T08:30")).empty()


# Calendar ----------------------------------------------------------------------------------------
def test_the_calendar_has_one_event_per_open_item_with_an_alarm_and_its_rule(store, shop, pack):
    store.save_plan(shop.id, "aftersale", "售后", aftersale(("R1", "refund_before_shipment", bj("2022-02-09T09:00")),
                                                           ("R2", "refund_after_shipment", bj("2022-02-09T12:00"))))
    store.save_plan(shop.id, "lottery", "晚场", lottery(bj("2022-02-09T21:00")))
    found = board.load(store, pack, NOW, shop)
    board.mark_done(store, [found.items[-1].target], NOW)
    found = board.load(store, pack, NOW, shop)
    parsed = Calendar.from_ical(calendar(found.open_items, NOW, "小店时限 · 小林服饰"))
    events = list(parsed.walk("VEVENT"))
    assert len(events) == len(found.items) == 2
    assert [str(e["UID"]) for e in events] == [f"{i.key}@shop-assistant.local" for i in found.items]
    for event, item in zip(events, found.items):
        start = event.decoded("DTSTART")
        assert start == item.due and str(start.tzinfo) == "Asia/Shanghai"
        assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
        description = str(event["DESCRIPTION"])
        assert item.rule_title in description and item.rule in description and "小林服饰" in str(event["SUMMARY"])
        alarms = list(event.walk("VALARM"))
        assert len(alarms) == 1 and alarms[0].decoded("TRIGGER") == -timedelta(hours=1)
        assert str(alarms[0]["ACTION"]) == "DISPLAY"
    assert any(c.name == "VTIMEZONE" and str(c["TZID"]) == "Asia/Shanghai" for c in parsed.walk())
    again = Calendar.from_ical(calendar(board.load(store, pack, NOW + timedelta(hours=1), shop).open_items, NOW, "x"))
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == [str(e["UID"]) for e in events]  # the same UIDs


def test_an_opening_gets_its_alarm_at_its_time(store, pack):
    shop = store.save_shop(Shop(name="阿花手作", platform="douyin"))
    store.save_plan(shop.id, "trial", "试运营", contract("trial"))
    now = bj("2023-04-01T10:00")
    items = board.load(store, pack, now, shop).items
    assert items and not items[0].is_deadline
    event = next(iter(Calendar.from_ical(calendar(items, now)).walk("VEVENT")))
    assert next(iter(event.walk("VALARM"))).decoded("TRIGGER") == timedelta(0)
    assert event.decoded("DTSTART").astimezone(BEIJING).hour == 0


def test_plans_saved_in_the_same_minute_are_told_apart_by_number(store, shop, pack):
    a = store.save_plan(shop.id, "lottery", "晚场", lottery(bj("2022-02-09T21:00")))
    b = store.save_plan(shop.id, "lottery", "晚场", lottery(bj("2022-02-09T22:00")))
    with store.write() as conn:
        conn.execute("UPDATE plans SET updated_at = ?", ["2022-02-08T09:15:00+08:00"])
    wheres = sorted(i.where_text() for i in board.load(store, pack, NOW, shop).items)
    assert wheres == [f"晚场（02-08 09:15 更新 · 编号 {a}）", f"晚场（02-08 09:15 更新 · 编号 {b}）"]
