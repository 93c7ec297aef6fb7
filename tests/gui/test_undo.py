"""撤销 after deleting a shop, a knowledge entry or an after-sales event (issue #18): the bar says what
was deleted, 撤销 brings it back exactly (as a fresh connection reads it), and the offer goes away."""

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox

from core import products as product_store
from core.store import Shop, Store
from gui.tabs.aftersale import AftersaleTab
from gui.tabs.aftersale.event_dialog import EventDialog
from gui.tabs.bot import BotTab
from tests.gui.helpers import button, fresh_plans, type_text, wait_ops, wait_saved

NOW = datetime.fromisoformat("2022-01-26T12:00:00+08:00")


@pytest.fixture
def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def shop(app):
    shop = app.store.save_shop(Shop(name="小林服饰", experience_score="4.52"))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    return shop


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def shown(bar) -> bool:
    return bar.isVisibleTo(bar.window())


# A shop ----------------------------------------------------------------------------------------
def fill_shop(store, shop):
    store.save_plan(shop.id, "lottery", "晚场", {"session": {"title": "晚场"}})
    store.save_plan(shop.id, "coupon", "满减", {"coupon": {"name": "满减"}})
    product = {"id": "A1", "title": "T恤", "category": ["服饰/鞋靴", "男装", "T恤"], "status": "on_sale",
               "price": "9.90", "stock": 3, "line": 2}
    product_store.replace_snapshot(store, shop.id, [product])
    product_store.set_moved(store, shop.id, "A1", True)
    product_store.set_category_caps(store, shop.id, {"服饰/鞋靴": 100})


def read_back(path, shop_id):
    """The shop as the next start of the app reads it."""
    fresh = Store(path)
    try:
        if not fresh.has_shop(shop_id):
            return None
        return (fresh.shop(shop_id),
                [(kind, p["name"], fresh.plan(p["id"])["data"]) for kind in ("lottery", "coupon")
                 for p in fresh.plans(shop_id, kind)],
                [(p["id"], p["title"]) for p in product_store.products(fresh, shop_id)],
                product_store.marks(fresh, shop_id), product_store.category_caps(fresh, shop_id),
                fresh.setting("current_shop"))
    finally:
        fresh.close()


def test_a_deleted_shop_comes_back_with_its_plans_and_products_on_undo(app, shop, qtbot, yes):
    other = app.store.save_shop(Shop(name="二店"))
    fill_shop(app.store, shop)
    app.window.reload_shops()
    before = read_back(app.store.path, shop.id)
    assert before[1] and before[2] and before[3]  # plans, products and marks to bring back
    app.window.delete_action.trigger()
    assert read_back(app.store.path, shop.id) is None
    assert app.window.shops.shop().id == other.id
    assert shown(app.window.undo_bar)
    assert app.window.undo_bar.label.text() == "已删除店铺“小林服饰”"
    click(qtbot, app.window.undo_bar.button)
    qtbot.waitUntil(lambda: app.window.shops.shop() is not None and app.window.shops.shop().id == shop.id)
    assert not shown(app.window.undo_bar)
    assert read_back(app.store.path, shop.id) == before  # same id, plans, products, marks, caps; current again
    assert app.window.shop_box.findData(shop.id) >= 0


def test_the_confirmation_no_longer_says_it_cannot_be_undone(app, shop, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.No)
    app.window.delete_shop()
    assert "不能撤销" not in asked[0] and "撤销" in asked[0]
    assert app.store.has_shop(shop.id)


def test_the_shop_undo_offer_goes_away_after_a_while(app, shop, qtbot, yes):
    app.window.undo_bar.timer.setInterval(50)  # ten seconds, shortened for the test
    app.window.delete_shop()
    assert shown(app.window.undo_bar)
    qtbot.waitUntil(lambda: not shown(app.window.undo_bar))
    assert not app.window.undo_delete_shop()
    assert read_back(app.store.path, shop.id) is None


# A knowledge entry -----------------------------------------------------------------------------
@pytest.fixture
def bot(app, shop, qtbot) -> BotTab:
    tab = app.window.show_tab(BotTab)
    qtbot.waitUntil(lambda: tab.idle() and tab.console.ready(), timeout=20000)
    return tab


def own_questions(app, shop):
    wait_saved(app.window)
    [plan] = fresh_plans(app.store.path, shop.id, "bot")
    return [(e["id"], e["question"]) for e in plan["data"]["knowledge"]]


def test_a_deleted_knowledge_entry_comes_back_at_its_place(app, shop, bot, qtbot, yes):
    panel = bot.knowledge
    for question in ("能刻字吗", "包邮吗", "几天发货"):
        click(qtbot, panel.buttons["new"])
        type_text(qtbot, bot.editor.question, question)
    before = own_questions(app, shop)
    assert [q for _id, q in before] == ["能刻字吗", "包邮吗", "几天发货"]
    panel.select("own.2")
    row = panel.model.row_of("own.2")
    click(qtbot, panel.buttons["delete"])
    assert not panel.model.has("own.2")
    assert [q for _id, q in own_questions(app, shop)] == ["能刻字吗", "几天发货"]
    assert shown(panel.undo_bar) and panel.undo_bar.label.text() == "已删除知识“包邮吗”"
    click(qtbot, panel.undo_bar.button)
    qtbot.waitUntil(lambda: panel.model.has("own.2"))
    assert panel.model.row_of("own.2") == row and panel.current_entry().id == "own.2"
    assert not shown(panel.undo_bar)
    assert own_questions(app, shop) == before  # the autosave stored it again, at its place


def test_the_knowledge_undo_offer_goes_away_after_a_while(app, shop, bot, qtbot, yes):
    panel = bot.knowledge
    click(qtbot, panel.buttons["new"])
    type_text(qtbot, bot.editor.question, "能刻字吗")
    panel.undo_bar.timer.setInterval(50)
    click(qtbot, panel.buttons["delete"])
    assert shown(panel.undo_bar)
    qtbot.waitUntil(lambda: not shown(panel.undo_bar))
    assert not panel.undo_delete()
    assert own_questions(app, shop) == []


# An after-sales event --------------------------------------------------------------------------
@pytest.fixture
def aftersale(app, shop, qtbot) -> AftersaleTab:
    tab = app.window.show_tab(AftersaleTab)
    tab.clock = lambda: NOW
    tab.load()
    qtbot.waitUntil(tab.idle)
    return tab


def add_event(qtbot, tab, monkeypatch, ident, kind, at):
    def enter(dialog):
        type_text(qtbot, dialog.ident, ident)
        dialog.kind.setCurrentIndex(dialog.kind.findText(kind))
        dialog.at.setDateTime(QDateTime(datetime.fromisoformat(at)))
        click(qtbot, dialog.ok_button)
        return dialog.result()
    monkeypatch.setattr(EventDialog, "exec", enter)
    click(qtbot, tab.buttons["add"])
    qtbot.waitUntil(tab.idle)


def ids(tab):
    return [e.get("id") for e in tab.model.events]


def stored_events(app, shop):
    wait_saved(app.window)
    [plan] = fresh_plans(app.store.path, shop.id, "aftersale")
    return plan["data"]["events"]


def limit(tab, row):
    return tab.model.data(tab.model.index(row, tab.model.column_of("limit")))


def test_a_deleted_after_sales_event_comes_back_on_undo(app, shop, aftersale, qtbot, monkeypatch, yes):
    tab = aftersale
    add_event(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    add_event(qtbot, tab, monkeypatch, "SH002", "同意退货", "2022-01-26T09:30")
    add_event(qtbot, tab, monkeypatch, "SH003", "发货前仅退款", "2022-01-26T10:00")
    before, order = stored_events(app, shop), ids(tab)
    row = tab.model.row_of("SH002")
    shown_limit = limit(tab, row)
    assert shown_limit
    tab.select_event(row)
    click(qtbot, tab.buttons["delete"])
    qtbot.waitUntil(tab.idle)
    left = [i for i in order if i != "SH002"]
    assert ids(tab) == left and [e["id"] for e in stored_events(app, shop)] == left
    assert shown(tab.undo_bar) and tab.undo_bar.label.text() == "已删除售后单“SH002”"
    click(qtbot, tab.undo_bar.button)
    qtbot.waitUntil(lambda: ids(tab) == order)
    qtbot.waitUntil(tab.idle)  # re-checked as after any edit
    assert limit(tab, row) == shown_limit and tab.current_row() == row
    assert not shown(tab.undo_bar)
    assert stored_events(app, shop) == before


def test_the_after_sales_undo_offer_goes_away_after_a_while(app, shop, aftersale, qtbot, monkeypatch, yes):
    tab = aftersale
    add_event(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    tab.undo_bar.timer.setInterval(50)
    tab.select_event(0)
    click(qtbot, tab.buttons["delete"])
    assert shown(tab.undo_bar)
    qtbot.waitUntil(lambda: not shown(tab.undo_bar))
    assert not tab.undo_delete()
    wait_saved(app.window)
    kept = fresh_plans(app.store.path, shop.id, "aftersale")
    assert ids(tab) == [] and (kept == [] or kept[0]["data"]["events"] == [])


# The after-sales tab without a shop --------------------------------------------------------------
def test_the_after_sales_tab_without_a_shop_asks_for_one(app, qtbot):
    tab = app.window.show_tab(AftersaleTab)
    assert app.window.shops.shop() is None
    assert tab.needs_shop.asking() and tab.needs_shop.notice.isVisibleTo(tab)
    assert tab.needs_shop.text().startswith("请先添加或选择店铺") and "售后" in tab.needs_shop.text()
    click(qtbot, button(app.window.welcome, "使用示例店铺"))
    assert not tab.needs_shop.asking()
    wait_ops(qtbot)
