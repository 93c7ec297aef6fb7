"""What a seller types reaches the database by itself, whichever way they leave it, and a save that
cannot land is said and retried. Every check reads the plan back through a fresh connection, as the
next start of the app would; nothing here calls a save method."""

import sqlite3
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from core.store import Shop
from gui.autosave import DELAY_MS
from gui.tabs.lottery import LotteryTab
from gui.tabs.trial import TrialTab
from tests.gui.helpers import button, fresh_plans, type_text

TERMS = "关注主播即可参与，包邮"


@pytest.fixture
def shop(app):
    shop = app.store.save_shop(Shop(name="小林服饰", experience_score="4.52"))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    return shop


@pytest.fixture
def lottery(app, shop):
    return app.window.show_tab(LotteryTab)


def saved_terms(app, shop) -> list[str]:
    return [p["data"].get("terms") for p in fresh_plans(app.store.path, shop.id, "lottery")]


def test_typing_reaches_the_database_within_a_second_by_itself(app, shop, lottery, qtbot):
    type_text(qtbot, lottery.terms, TERMS)
    typed = time.monotonic()
    qtbot.waitUntil(lambda: saved_terms(app, shop) == [TERMS], timeout=3_000)
    assert time.monotonic() - typed < 1.0 + DELAY_MS / 1000
    qtbot.waitUntil(lambda: "已自动保存" in lottery.plans.saved_label.text(), timeout=1_000)


def test_closing_the_window_right_after_typing_keeps_the_edit(app, shop, lottery, qtbot):
    type_text(qtbot, lottery.terms, TERMS)
    app.window.close()
    assert saved_terms(app, shop) == [TERMS]


def test_switching_tab_right_after_typing_starts_the_save_at_once(app, shop, lottery, qtbot):
    """Leaving the tab starts the write (off the UI thread) without waiting for the pause, and the
    seller is never made to wait for it."""
    lottery.plans.autosaver._timer.setInterval(60_000)  # only the tab switch can start it in time
    type_text(qtbot, lottery.terms, TERMS)
    app.window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: saved_terms(app, shop) == [TERMS], timeout=3_000)
    qtbot.waitUntil(lambda: not lottery.plans.autosaver.dirty, timeout=1_000)


def test_a_big_plan_is_written_off_the_ui_thread_and_an_edit_during_it_is_kept_too(app, shop, lottery, qtbot):
    """The write of a plan runs on a worker; an edit made while it runs is written after it."""
    import threading

    from core.store import Store

    writers: list[bool] = []
    original = Store.save_plan

    def spying(store, *args, **kwargs):
        writers.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.2)  # a big document takes a while
        return original(store, *args, **kwargs)

    Store.save_plan = spying
    try:
        type_text(qtbot, lottery.terms, TERMS)
        qtbot.waitUntil(lambda: lottery.plans.autosaver._pending is not None, timeout=3_000)
        type_text(qtbot, lottery.terms, "，再加一句")  # while the first write is under way
        qtbot.waitUntil(lambda: saved_terms(app, shop) == [TERMS + "，再加一句"], timeout=5_000)
    finally:
        Store.save_plan = original
    assert writers and not any(writers), "every autosave write ran off the UI thread"
    qtbot.waitUntil(lambda: not lottery.plans.autosaver.dirty, timeout=2_000)


def test_switching_shop_right_after_typing_keeps_the_edit_with_its_shop(app, shop, lottery, qtbot):
    other = app.store.save_shop(Shop(name="阿花手作", experience_score="4.80"))
    app.window.reload_shops()
    type_text(qtbot, lottery.terms, TERMS)
    app.window.shop_box.setCurrentIndex(app.window.shop_box.findData(other.id))
    assert app.window.shops.shop().id == other.id
    assert saved_terms(app, shop) == [TERMS]
    assert saved_terms(app, other) == []


def test_a_new_plan_right_after_typing_keeps_the_old_one(app, shop, lottery, qtbot):
    type_text(qtbot, lottery.terms, TERMS)
    qtbot.mouseClick(button(lottery.plans, "新建"), Qt.MouseButton.LeftButton)
    assert saved_terms(app, shop) == [TERMS]
    assert lottery.terms.toPlainText() == ""


def test_quitting_from_the_tray_keeps_the_edit(app, shop, lottery, qtbot):
    type_text(qtbot, lottery.terms, TERMS)
    app.notifier.quitRequested.emit()
    assert not app.window.isVisible()
    assert saved_terms(app, shop) == [TERMS]


def test_the_trial_form_keeps_a_number_typed_just_before_closing(app, qtbot):
    shop = app.store.save_shop(Shop(name="阿花手作", platform="douyin", shop_type="personal"))
    app.window.shops.set_shop(shop)
    tab = app.window.show_tab(TrialTab)
    type_text(qtbot, tab.form.edits["deposit_required"], "2000")
    app.window.close()
    [plan] = fresh_plans(app.store.path, shop.id, "trial")
    assert plan["data"]["trial"]["deposit_required"] == "2000"


def test_a_save_the_database_refuses_is_said_kept_on_screen_and_retried(app, shop, lottery, qtbot, monkeypatch):
    import core.store

    monkeypatch.setattr(core.store, "BUSY_TIMEOUT_S", 0.1)  # the background writer's own connection
    app.store.conn.execute("PRAGMA busy_timeout = 100")  # a writer elsewhere holds the database
    blocker = sqlite3.connect(app.store.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    type_text(qtbot, lottery.terms, TERMS)
    label = lottery.plans.saved_label
    qtbot.waitUntil(lambda: "还没有保存" in label.text(), timeout=3_000)
    assert "占用" in label.text() and "自动重试" in label.text()
    assert lottery.terms.toPlainText() == TERMS and lottery.plans.autosaver.dirty
    blocker.execute("ROLLBACK")
    blocker.close()
    qtbot.waitUntil(lambda: saved_terms(app, shop) == [TERMS], timeout=6_000)
    qtbot.waitUntil(lambda: "已自动保存" in label.text(), timeout=2_000)


def test_closing_while_the_database_refuses_asks_and_can_keep_the_edit_in_a_file(app, shop, lottery, qtbot,
                                                                                  monkeypatch):
    app.store.conn.execute("PRAGMA busy_timeout = 50")
    blocker = sqlite3.connect(app.store.path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    type_text(qtbot, lottery.terms, TERMS)
    asked = []

    def choose(box):
        asked.append(box.text())
        keep = next(b for b in box.buttons() if b.text() == "另存为文件后继续")
        box.clickedButton = lambda: keep
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    app.window.close()
    blocker.execute("ROLLBACK")
    blocker.close()
    assert asked and "方案" in asked[0] and "没有存进数据文件" in asked[0]
    assert not app.window.isVisible()
    [kept] = list((app.store.path.parent / "unsaved").glob("*.json"))
    assert TERMS in kept.read_text(encoding="utf-8")
    QApplication.processEvents()
