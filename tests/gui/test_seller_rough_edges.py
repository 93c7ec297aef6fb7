"""Rough edges a seller hit (issue #18): a deleted plan comes back with 撤销, plans are named from what
they hold, a tab without a shop asks for one, the coupon timeline says when a coupon runs past the
session or midnight, the 类目迁移 tab opens on what must move, the shop dialog says where each score is."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox

from core import products as product_store
from core.store import Shop
from gui.shop_dialog import ShopDialog
from gui.tabs.coupon import CouponTab
from gui.tabs.listing import ListingTab
from gui.tabs.lottery import LotteryTab
from gui.tabs.trial import TrialTab
from tests.gui.helpers import button, edit_cell, fresh_plans, type_text, wait_saved


@pytest.fixture
def shop(app):
    shop = app.store.save_shop(Shop(name="小林服饰", experience_score="4.52", professional_anchor=True))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    return shop


@pytest.fixture
def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


# Plans ------------------------------------------------------------------------------------------
def test_a_deleted_plan_comes_back_with_its_data_on_undo(app, shop, qtbot, yes):
    tab = app.window.show_tab(LotteryTab)
    qtbot.waitUntil(tab.plans.idle)
    type_text(qtbot, tab.session_title, "周六晚场")
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    edit_cell(qtbot, tab.table, 0, tab.model.column_of("title"), "李宁 纯棉 短袖T恤")
    wait_saved(tab)
    name = tab.plans.combo.currentText()
    assert name.startswith("周六晚场")

    qtbot.mouseClick(button(tab.plans, "删除"), Qt.MouseButton.LeftButton)
    assert fresh_plans(app.store.path, shop.id, "lottery") == []
    assert tab.plans.undo_bar.isVisibleTo(tab.plans)
    assert tab.plans.undo_label.text() == f"已删除方案“{name}”"
    assert tab.session_title.text() == ""  # a blank plan is shown meanwhile

    qtbot.mouseClick(tab.plans.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.plans.idle)
    assert not tab.plans.undo_bar.isVisibleTo(tab.plans)
    assert tab.session_title.text() == "周六晚场" and tab.model.prizes[0]["title"] == "李宁 纯棉 短袖T恤"
    assert tab.plans.combo.currentText() == name
    wait_saved(tab)
    [kept] = fresh_plans(app.store.path, shop.id, "lottery")  # what the next start of the app reads
    assert kept["name"] == name and kept["data"]["prizes"][0]["title"] == "李宁 纯棉 短袖T恤"
    assert kept["data"]["session"]["title"] == "周六晚场"


def test_the_undo_offer_goes_away_after_a_while(app, shop, qtbot, yes):
    tab = app.window.show_tab(LotteryTab)
    qtbot.waitUntil(tab.plans.idle)
    type_text(qtbot, tab.session_title, "周日早场")
    wait_saved(tab)
    tab.plans._undo_timer.setInterval(50)  # ten seconds, shortened for the test
    tab.plans.delete()
    assert tab.plans.undo_bar.isVisibleTo(tab.plans)
    qtbot.waitUntil(lambda: not tab.plans.undo_bar.isVisibleTo(tab.plans))
    assert not tab.plans.undo_delete()
    assert fresh_plans(app.store.path, shop.id, "lottery") == []


def test_plans_are_named_from_what_they_hold_and_never_twice_the_same(app, shop, qtbot):
    tab = app.window.show_tab(LotteryTab)
    qtbot.waitUntil(tab.plans.idle)
    day = datetime(2026, 6, 10, 20, 0)
    tab.start.setDateTime(QDateTime(day))
    tab.end.setDateTime(QDateTime(day + timedelta(hours=3)))
    wait_saved(tab)
    assert tab.plans.combo.currentText() == "0元抽奖 06-10"  # no title yet: what and when
    type_text(qtbot, tab.session_title, "晚场直播")
    wait_saved(tab)
    assert tab.plans.combo.currentText() == "晚场直播（06-10）"  # follows the title as it is typed
    assert "未命名" not in tab.plans.combo.currentText()

    tab.plans.new_plan()
    tab.start.setDateTime(QDateTime(day))
    type_text(qtbot, tab.session_title, "晚场直播")
    wait_saved(tab)
    names = sorted(p["name"] for p in fresh_plans(app.store.path, shop.id, "lottery"))
    assert names == ["晚场直播（06-10）", "晚场直播（06-10）（2）"]


def test_a_name_the_seller_gave_stays(app, shop, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    tab = app.window.show_tab(LotteryTab)
    qtbot.waitUntil(tab.plans.idle)
    type_text(qtbot, tab.session_title, "晚场")
    wait_saved(tab)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("国庆专场", True))
    tab.plans.rename()
    type_text(qtbot, tab.session_title, "直播")
    wait_saved(tab)
    assert tab.plans.combo.currentText() == "国庆专场"


# No shop ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("tab_class", [LotteryTab, CouponTab])
def test_a_tab_without_a_shop_asks_for_one_instead_of_checking(app, qtbot, tab_class):
    tab = app.window.show_tab(tab_class)
    assert app.window.shops.shop() is None
    assert tab.needs_shop.asking() and tab.needs_shop.notice.isVisibleTo(tab)
    assert tab.needs_shop.text().startswith("请先添加或选择店铺")
    assert "体验分（未填写）" not in tab.needs_shop.text()
    qtbot.mouseClick(button(app.window.welcome, "使用示例店铺"), Qt.MouseButton.LeftButton)
    assert not tab.needs_shop.asking()


def test_trial_and_listing_without_a_shop_ask_for_one(app):
    trial = app.window.show_tab(TrialTab)
    assert trial.stack.currentIndex() == 0 and trial.notice.notice.text().startswith("请先添加或选择店铺")
    listing = app.window.show_tab(ListingTab)
    assert listing.stack.currentIndex() == 0 and listing.message.text().startswith("请先添加或选择店铺")


# Coupon timeline --------------------------------------------------------------------------------
def test_a_coupon_past_the_session_end_or_midnight_is_said_in_words(app, shop, qtbot):
    page = app.window.show_tab(CouponTab).coupons
    qtbot.waitUntil(page.plans.idle)
    start = datetime(2026, 12, 10, 21, 0)
    page.session_start.setDateTime(QDateTime(start))
    page.session_end.setDateTime(QDateTime(start + timedelta(hours=2)))  # 21:00–23:00
    edit_cell(qtbot, page.coupon_table, 0, page.coupon_model.column_of("issue_at"), "2026-12-10 21:00")
    edit_cell(qtbot, page.coupon_table, 0, page.coupon_model.column_of("valid_until"), "2026-12-10 22:00")
    qtbot.wait(5)
    assert not page.time_notes.isVisibleTo(page)
    assert page.timeline.session == (start, start + timedelta(hours=2))  # drawn as a band

    edit_cell(qtbot, page.coupon_table, 0, page.coupon_model.column_of("valid_until"), "2026-12-11 00:30")
    qtbot.wait(5)
    notes = page.time_notes.text()
    assert page.time_notes.isVisibleTo(page)
    assert "晚于下播时间 23:00" in notes and "下播后这张券仍可使用" in notes
    assert "跨过午夜" in notes and "12-11 00:30" in notes


def test_adding_coupons_stops_at_the_session_end_and_says_so_past_it(app, shop, qtbot):
    page = app.window.show_tab(CouponTab).coupons
    qtbot.waitUntil(page.plans.idle)
    start = datetime(2026, 12, 10, 22, 0)
    page.session_start.setDateTime(QDateTime(start))
    page.session_end.setDateTime(QDateTime(start + timedelta(minutes=45)))  # 22:00–22:45
    edit_cell(qtbot, page.coupon_table, 0, page.coupon_model.column_of("issue_at"), "2026-12-10 22:00")
    edit_cell(qtbot, page.coupon_table, 0, page.coupon_model.column_of("valid_until"), "2026-12-10 22:30")
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.coupon_table, Qt.Key.Key_Escape)
    second = page.coupon_model.coupons[1]
    assert (second["issue_at"], second["valid_until"]) == ("2026-12-10T22:30:00", "2026-12-10T22:45:00")
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)  # nothing of the session is left
    qtbot.keyClick(page.coupon_table, Qt.Key.Key_Escape)
    qtbot.wait(5)
    assert "在下播（12-10 22:45）之后才发放" in page.time_notes.text()


# 类目迁移 -----------------------------------------------------------------------------------------
def test_the_category_tab_opens_on_what_must_move(app, shop, qtbot):
    fine = [{"id": f"KS3{i:03d}", "title": f"T恤 {i}", "category": ["服饰/鞋靴", "男装", "T恤"],
             "price": "12345.00", "stock": 10, "status": "on_sale"} for i in range(188)]
    cars = [{"id": f"KS9{i:03d}", "title": f"二手车 {i}", "category": ["二手", "二手车", "二手车"],
             "price": "56800.00", "stock": 1, "status": "on_sale"} for i in range(12)]
    product_store.replace_snapshot(app.store, shop.id, fine + cars, source="商品列表.csv")  # the cars last
    tab = app.window.show_tab(ListingTab)
    qtbot.waitUntil(lambda: tab.idle() and tab.model.rowCount() > 0)
    assert tab.pages.currentIndex() == 0 and tab.filter_buttons["move"].isChecked()
    ids = [tab.model.text(r, "id") for r in range(tab.model.rowCount())]
    assert ids == [c["id"] for c in cars]
    qtbot.mouseClick(tab.filter_buttons["all"], Qt.MouseButton.LeftButton)
    ids = [tab.model.text(r, "id") for r in range(tab.model.rowCount())]
    assert ids[:12] == [c["id"] for c in cars] and len(ids) == 200  # the 12 to move above the 188
    assert tab.model.text(0, "price") == "56,800.00"


# The shop dialog --------------------------------------------------------------------------------
def test_the_shop_dialog_says_where_each_score_is_found(qtbot):
    dialog = ShopDialog()
    qtbot.addWidget(dialog)
    assert "快手小店商家后台" in dialog.hints["experience"].text() and "店铺体验分" in dialog.hints["experience"].text()
    assert "考核期" in dialog.hints["assessment"].text()
    dialog.platform.setCurrentIndex(dialog.platform.findData("douyin"))
    assert "抖店后台" in dialog.hints["experience"].text()
    assert dialog.experience.toolTip() == dialog.hints["experience"].text()
