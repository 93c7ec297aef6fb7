"""Tray reminders: one digest a day and one reminder per item as it falls due, not the same message every
minute; kept across a restart; off for a shop the seller turned off."""

from datetime import datetime, timedelta

import pytest

from core import board as core_board
from core.store import Shop, Store
from core.values import BEIJING


def aftersale(*events) -> dict:
    now = datetime.now(BEIJING).replace(microsecond=0)
    return {"events": [{"id": ident, "type": kind, "at": (now - timedelta(hours=hours_ago)).isoformat()}
                       for ident, kind, hours_ago in events], "claims": []}


@pytest.fixture
def notifier(app):
    notifier = app.notifier
    notifier.first_check.stop()  # the test says when to check
    notifier.timer.stop()
    return notifier


def check(qtbot, notifier) -> list[tuple[str, str]]:
    """One check, as the timer runs it (off the UI thread); the messages it showed."""
    before = len(notifier.shown)
    notifier.remind()
    qtbot.waitUntil(lambda: not notifier._collecting)
    return notifier.shown[before:]


def test_one_digest_then_nothing_the_next_minute(app, notifier, qtbot):
    shop = app.store.save_shop(Shop(name="小林服饰"))
    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 10),
                                                               ("SH002", "refund_before_shipment", 30)))
    shown = check(qtbot, notifier)
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "今日时限" and "1 项已超时，1 项 24 小时内到期" in text
    assert "小林服饰：售后单 SH001" in text and "还剩" in text and "已超时" in text
    assert check(qtbot, notifier) == []  # the next minute's check: nothing again


def test_an_item_is_reminded_once_as_it_falls_due_even_after_a_restart(app, notifier, qtbot):
    shop = app.store.save_shop(Shop(name="小林服饰"))
    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 23.5)))
    shown = check(qtbot, notifier)
    assert len(shown) == 1 and shown[0][0] == "1 项即将到期" and "小林服饰：售后单 SH001" in shown[0][1]
    assert "今日时限" in shown[0][1]  # the day's digest in the same message, not a second one
    assert check(qtbot, notifier) == []
    fresh = Store(app.store.path)  # the next start of the app
    try:
        assert core_board.reminders(fresh, app.pack, datetime.now(BEIJING)).empty()
    finally:
        fresh.close()


def test_a_shop_turned_off_is_not_reminded(app, notifier, qtbot):
    quiet = app.store.save_shop(Shop(name="阿花手作", platform="douyin"))
    app.store.save_plan(quiet.id, "aftersale", "售后时效", aftersale(("DY001", "refund_before_shipment", 23.5)))
    app.window.shops.set_shop(quiet)
    app.window.reload_shops()
    from gui.tabs.board_tab import BoardTab
    board = app.window.show_tab(BoardTab)
    qtbot.waitUntil(lambda: board.idle() and board.board is not None)
    board.remind_box.click()  # 托盘提醒本店: off
    assert check(qtbot, notifier) == []
    board.remind_box.click()  # on again: the item falling due is said
    shown = check(qtbot, notifier)
    assert len(shown) == 1 and "阿花手作：售后单 DY001" in shown[0][1]


def test_pending_says_each_message_once(app, notifier):
    shop = app.store.save_shop(Shop(name="小林服饰"))
    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 10)))
    now = datetime.now(BEIJING)
    first = notifier.pending(now)
    assert len(first) == 1 and "小林服饰" in first[0] and "还剩" in first[0]
    assert notifier.pending(now + timedelta(minutes=1)) == []
