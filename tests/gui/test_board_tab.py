"""The 时限看板 as a seller works it: open an item where it was made, mark it done, snooze it, undo; the
folded group; every shop at once; rules by their titles; plans told apart; the calendar export; and the
合规体检报告 from the menu."""

import json
from datetime import datetime, timedelta

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from core import board as core_board
from core.store import Shop, Store
from core.values import BEIJING
from gui.app import Application
from gui.tabs.board_tab import BoardTab
from tests.conftest import CONTRACT


def lottery_drawn(hours_ago: float, title: str = "李宁 纯棉 短袖T恤") -> dict:
    plan = json.loads((CONTRACT / "lottery.json").read_text(encoding="utf-8"))
    draw = datetime.now(BEIJING).replace(microsecond=0) - timedelta(hours=hours_ago)
    plan["session"].update(start=(draw - timedelta(hours=1)).isoformat(), end=(draw + timedelta(hours=1)).isoformat())
    plan["prizes"][0].update(draw_at=draw.isoformat(), title=title)
    return plan


def aftersale(*events) -> dict:
    now = datetime.now(BEIJING).replace(microsecond=0)
    return {"events": [{"id": ident, "type": kind, "at": (now - timedelta(hours=hours_ago)).isoformat()}
                       for ident, kind, hours_ago in events], "claims": []}


@pytest.fixture
def shop(app):
    shop = app.store.save_shop(Shop(name="小林服饰", experience_score="4.52"))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    return shop


@pytest.fixture(autouse=True)
def quiet(monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)


def show_board(app, qtbot) -> BoardTab:
    board = app.window.show_tab(BoardTab)
    board.refresh()
    qtbot.waitUntil(board.idle)
    return board


def texts(model, column: str = "what") -> list[str]:
    from gui.tabs.board_tab import COLUMNS

    return [model.item(r, COLUMNS.index(column)).text() for r in range(model.rowCount())]


def row_of(model, words: str) -> int:
    return next(r for r, text in enumerate(texts(model)) if words in text)


def click_row(qtbot, table, row: int) -> None:
    rect = table.visualRect(table.model().index(row, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def double_click_row(qtbot, table, row: int) -> None:
    click_row(qtbot, table, row)
    rect = table.visualRect(table.model().index(row, 2))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def marks_read_fresh(app, keys) -> dict:
    """The marks as the next start of the app reads them."""
    fresh = Store(app.store.path)
    try:
        return core_board.read_marks(fresh, keys)
    finally:
        fresh.close()


def test_double_click_opens_the_plan_it_comes_from_in_its_tab(app, shop, qtbot):
    from gui.tabs.lottery import LotteryTab

    app.store.save_plan(shop.id, "lottery", "6月10日晚场直播", lottery_drawn(40, "李宁 纯棉 短袖T恤"))
    wanted = app.store.save_plan(shop.id, "lottery", "6月10日晚场直播", lottery_drawn(30, "安踏 速干 运动短裤"))
    board = show_board(app, qtbot)
    row = row_of(board.model, "安踏")
    double_click_row(qtbot, board.table, row)
    lottery = app.window.tab(LotteryTab)
    qtbot.waitUntil(lambda: app.window.tabs.currentWidget() is lottery.parentWidget())
    qtbot.waitUntil(lambda: lottery.plans.plan_id == wanted and lottery.plans.idle())
    assert lottery.model.prizes[0]["title"] == "安踏 速干 运动短裤"
    qtbot.waitUntil(lambda: lottery.pages.currentWidget() is lottery.fulfilment)  # where it is shipped


def test_enter_opens_an_after_sale_with_its_row_selected(app, shop, qtbot):
    from gui.tabs.aftersale import AftersaleTab

    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 20),
                                                               ("SH002", "refund_after_shipment", 5)))
    board = show_board(app, qtbot)
    row = row_of(board.model, "SH002")
    click_row(qtbot, board.table, row)
    qtbot.keyClick(board.table, Qt.Key.Key_Return)
    tab = app.window.tab(AftersaleTab)
    qtbot.waitUntil(lambda: app.window.tabs.currentWidget() is tab.parentWidget())
    qtbot.waitUntil(lambda: tab.idle() and tab.current_row() >= 0)
    assert tab.model.events[tab.current_row()]["id"] == "SH002"


def test_mark_done_folds_the_row_survives_a_restart_and_undo_brings_it_back(app, shop, qtbot):
    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 20),
                                                               ("SH002", "refund_after_shipment", 5)))
    board = show_board(app, qtbot)
    assert not board.folded.isVisible() and "（0）" in board.fold_button.text()
    click_row(qtbot, board.table, row_of(board.model, "SH001"))
    key = board.selected_items()[0].key
    qtbot.mouseClick(board.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.idle() and board.model.rowCount() == 1)
    assert texts(board.model)[0].startswith("售后单 SH002") and "（1）" in board.fold_button.text()
    assert not board.folded.isVisible()  # folded away until the seller opens the group
    qtbot.mouseClick(board.fold_button, Qt.MouseButton.LeftButton)
    assert board.folded.isVisible() and texts(board.folded_model)[0].startswith("售后单 SH001")
    assert texts(board.folded_model, "left")[0].startswith("已完成")
    assert marks_read_fresh(app, [key])[key].done_at is not None

    app.window.close()  # a restart: a new window on the same data folder
    store = Store(app.store.path)
    again = Application(app.qapp, store, app.pack)
    try:
        qtbot.addWidget(again.window)
        again.window.show()
        reopened = again.window.show_tab(BoardTab)
        qtbot.waitUntil(lambda: reopened.idle() and reopened.board is not None)
        assert [t[:9] for t in texts(reopened.model)] == ["售后单 SH002"]
        assert texts(reopened.folded_model)[0].startswith("售后单 SH001")
        qtbot.mouseClick(reopened.fold_button, Qt.MouseButton.LeftButton)
        click_row(qtbot, reopened.folded_table, 0)
        assert reopened.reopen_button.isEnabled()
        qtbot.mouseClick(reopened.reopen_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: reopened.idle() and reopened.model.rowCount() == 2)
        assert reopened.folded_model.rowCount() == 0
        assert marks_read_fresh(app, [key])[key].done_at is None
        qtbot.mouseClick(reopened.undo_button, Qt.MouseButton.LeftButton)  # undo the restore: done again
        qtbot.waitUntil(lambda: reopened.idle() and reopened.model.rowCount() == 1)
        assert marks_read_fresh(app, [key])[key].done_at is not None
    finally:
        again.window.close()
        store.close()


def test_undo_right_after_mark_done(app, shop, qtbot):
    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 20)))
    board = show_board(app, qtbot)
    assert not board.undo_button.isEnabled()
    click_row(qtbot, board.table, 0)
    qtbot.mouseClick(board.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.idle() and board.model.rowCount() == 0)
    assert "已标记完成 1 项" in board.status.text() and board.undo_button.isEnabled()
    qtbot.mouseClick(board.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.idle() and board.model.rowCount() == 1)
    assert board.folded_model.rowCount() == 0 and not board.undo_button.isEnabled()


def test_snooze_until_tomorrow_morning_greys_the_row_and_sinks_it(app, shop, qtbot):
    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 20),
                                                               ("SH002", "refund_after_shipment", 5)))
    board = show_board(app, qtbot)
    assert texts(board.model)[0].startswith("售后单 SH001")
    click_row(qtbot, board.table, 0)

    def pick() -> None:
        menu = board.snooze_menu
        next(a for a in menu.actions() if a.text() == "明天 9:00").trigger()
        menu.close()
    QTimer.singleShot(200, pick)
    qtbot.mouseClick(board.snooze_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.idle() and texts(board.model)[-1].startswith("售后单 SH001"))
    assert texts(board.model, "left")[-1].startswith("已延后至") and "09:00" in texts(board.model, "left")[-1]
    from gui import palette
    assert board.model.item(board.model.rowCount() - 1, 0).foreground().color().name() == palette.GREY
    assert "0 项 24 小时内到期" in board.summary.text()  # a snoozed item is not counted as due soon


def test_snooze_to_a_time_the_seller_chooses(app, shop, qtbot):
    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 20)))
    board = show_board(app, qtbot)
    click_row(qtbot, board.table, 0)
    from gui.tabs.board_snooze import SnoozeDialog

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, SnoozeDialog) and w.isVisible())
        dialog.edit.setDateTime(dialog.edit.dateTime().addDays(2))
        dialog.accept()
    QTimer.singleShot(200, choose)
    board.snooze_menu.aboutToShow.emit()  # as opening the menu fills it
    next(a for a in board.snooze_menu.actions() if a.text() == "选择时间…").trigger()
    qtbot.waitUntil(lambda: board.idle() and texts(board.model, "left")[0].startswith("已延后至"))


def test_every_shop_at_once_with_a_shop_column(app, shop, qtbot):
    other = app.store.save_shop(Shop(name="阿花手作", platform="douyin"))
    app.window.reload_shops()
    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 20)))
    app.store.save_plan(other.id, "aftersale", "售后时效", aftersale(("DY001", "refund_before_shipment", 10)))
    board = show_board(app, qtbot)
    assert texts(board.model) == ["售后单 SH001：答复发货前仅退款申请"]
    from gui.tabs.board_tab import SHOP_COLUMN
    assert board.table.isColumnHidden(SHOP_COLUMN)
    board.all_shops.click()
    qtbot.waitUntil(lambda: board.idle() and board.model.rowCount() == 2)
    assert not board.table.isColumnHidden(SHOP_COLUMN)
    assert sorted(texts(board.model, "shop")) == ["小林服饰", "阿花手作"] and "全部 2 个店铺" in board.summary.text()
    double_click_row(qtbot, board.table, row_of(board.model, "DY001"))  # another shop's item: its shop is chosen
    qtbot.waitUntil(lambda: app.window.shops.shop().id == other.id)
    from gui.tabs.aftersale import AftersaleTab
    tab = app.window.tab(AftersaleTab)
    qtbot.waitUntil(lambda: tab.idle() and tab.current_row() >= 0)
    assert tab.model.events[tab.current_row()]["id"] == "DY001"


def test_rules_by_their_titles_and_plans_told_apart(app, shop, qtbot):
    app.store.save_plan(shop.id, "lottery", "6月10日晚场直播", lottery_drawn(40))
    app.store.save_plan(shop.id, "lottery", "6月10日晚场直播", lottery_drawn(30))
    board = show_board(app, qtbot)
    rules = texts(board.model, "rule")
    assert rules == [app.pack["ks.lottery.ship_48h"].title] * 2 and not any("ks." in r for r in rules)
    assert "ks.lottery.ship_48h" in board.model.item(0, 5).toolTip()
    wheres = texts(board.model, "where")
    assert len(set(wheres)) == 2 and all(w.startswith("6月10日晚场直播（") for w in wheres)


def test_export_to_calendar(app, shop, qtbot, tmp_path):
    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 20),
                                                               ("SH002", "refund_after_shipment", 5)))
    board = show_board(app, qtbot)
    assert board.export_button.isEnabled()
    path = tmp_path / "时限.ics"
    assert board.export_calendar(str(path))
    qtbot.waitUntil(lambda: path.exists() and "已导出 2 项" in board.status.text())
    events = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert sorted(str(e["SUMMARY"]) for e in events) == sorted(f"【小林服饰】{t}" for t in texts(board.model))
    assert all(list(e.walk("VALARM")) for e in events)


def test_turning_the_tray_off_for_a_shop_is_kept(app, shop, qtbot):
    board = show_board(app, qtbot)
    assert board.remind_box.isChecked()
    board.remind_box.click()
    fresh = Store(app.store.path)
    try:
        assert not core_board.reminders_on(fresh, shop.id)
    finally:
        fresh.close()


def test_print_report_from_the_menu_previews_and_saves_a_pdf(app, shop, qtbot, tmp_path):
    from gui.report_preview import ReportPreview

    app.store.save_shop(Shop(name='<b>&"阿花', platform="douyin"))
    app.store.save_plan(shop.id, "aftersale", "售后时效", aftersale(("SH001", "refund_before_shipment", 30)))
    action = next(a for menu in app.window.menuBar().findChildren(type(app.window.menuBar().addMenu("x")))
                  for a in menu.actions() if a.text() == "打印体检报告…")
    qtbot.waitUntil(lambda: action.shortcut().toString() == "Ctrl+P")
    action.trigger()
    preview = app.window.findChild(ReportPreview)
    qtbot.waitUntil(lambda: preview.idle() and preview.html != "")
    text = preview.view.toPlainText()
    assert "合规体检报告" in text and "小林服饰" in text and app.pack.version in text and "售后单 SH001" in text
    assert preview.pdf_button.isEnabled()
    pdf = tmp_path / "体检.pdf"
    assert preview.save_pdf(str(pdf))
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 2_000
    preview.scope.setCurrentIndex(preview.scope.findText("全部店铺"))  # every shop
    qtbot.waitUntil(lambda: preview.idle() and '<b>&"阿花' in preview.view.toPlainText())
    page = tmp_path / "体检.html"
    assert preview.save_html(str(page))
    assert "&lt;b&gt;&amp;&quot;阿花" in page.read_text(encoding="utf-8")
    preview.close()


def test_a_category_migration_opens_the_products_to_move(app, shop, qtbot):
    from core.products import replace_snapshot
    from gui.tabs.listing import ListingTab

    replace_snapshot(app.store, shop.id, [
        {"id": "A1", "title": "二手 捷达", "category": ["二手", "二手车", "二手车"], "status": "on_sale",
         "price": "9800.00", "stock": 1, "line": 2},
        {"id": "A2", "title": "T恤", "category": ["服饰/鞋靴", "男装", "T恤"], "status": "on_sale", "price": "59.00",
         "stock": 3, "line": 3}], source="商品.csv")
    board = show_board(app, qtbot)
    model, table = board.model, board.table
    if not any(i.source == "listing" for i in model.items):  # the close date long past: folded away
        qtbot.mouseClick(board.fold_button, Qt.MouseButton.LeftButton)
        model, table = board.folded_model, board.folded_table
    row = next(r for r, i in enumerate(model.items) if i.source == "listing")
    assert texts(model, "where")[row].startswith("商品快照（") and "导入）" in texts(model, "where")[row]
    double_click_row(qtbot, table, row)
    tab = app.window.tab(ListingTab)
    qtbot.waitUntil(lambda: app.window.tabs.currentWidget() is tab.parentWidget() and tab.idle())
    qtbot.waitUntil(lambda: tab.products_page.filter_buttons["move"].isChecked())
