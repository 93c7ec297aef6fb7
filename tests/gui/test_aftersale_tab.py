"""售后时效 tab, driven as a seller would: the clock is pinned to Beijing time so the Spring Festival
window of 2022 (《快手小店2022年春节交易流程调整通知》: 2022-01-25 00:00:00 to 2022-02-08 23:59:59,
refund before shipment 48 h instead of 24 h) can be seen at work."""

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from PySide6.QtCore import QDateTime, QEvent, QObject, Qt
from PySide6.QtWidgets import QMessageBox

from core.store import Shop
from gui import palette
from gui.ops import running
from gui.app import Application
from gui.tabs.aftersale import AftersaleTab
from gui.tabs.aftersale.event_dialog import EventDialog
from tests.conftest import bj
from tests.gui.helpers import edit_cell, fresh_plans, type_text, wait_ops, wait_saved

NOW = bj("2022-01-26T10:00:00")
RED = palette.ERROR


@pytest.fixture
def shop(app):
    shop = app.store.save_shop(Shop(name="小林服饰"))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    return shop


@pytest.fixture
def tab(app, shop, qtbot) -> AftersaleTab:
    tab = app.window.show_tab(AftersaleTab)
    tab.clock = lambda: NOW
    tab.load()
    qtbot.waitUntil(tab.idle)  # the stored document is read off the UI thread
    return tab


def settle(qtbot):
    """Let the coalesced check start, and wait for it (it runs off the UI thread)."""
    qtbot.wait(5)
    qtbot.waitUntil(lambda: not running(), timeout=5000)
    qtbot.wait(1)


def add(qtbot, tab, monkeypatch, ident, kind, at, note=""):
    """Fill the add dialog like a seller and press 添加."""
    def fill(dialog):
        type_text(qtbot, dialog.ident, ident)
        dialog.kind.setCurrentIndex(dialog.kind.findText(kind))
        dialog.at.setDateTime(QDateTime(datetime.fromisoformat(at)))
        type_text(qtbot, dialog.note, note)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.result()
    monkeypatch.setattr(EventDialog, "exec", fill)
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    settle(qtbot)


def cell(tab, row, column, role=Qt.ItemDataRole.DisplayRole):
    return tab.model.data(tab.model.index(row, tab.model.column_of(column)), role)


def rows(tab):
    return [cell(tab, r, "id") for r in range(tab.model.rowCount())]


def saved(app, shop):
    """The after-sales document as the next start reads it: once the autosave ran, from a fresh connection."""
    wait_saved(app.window)
    [plan] = fresh_plans(app.store.path, shop.id, "aftersale")
    return plan["data"]


def test_added_event_gets_its_deadline_and_countdown(tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15", "买家拍错尺码")
    assert rows(tab) == ["SH001"]
    assert cell(tab, 0, "type") == "发货前仅退款"
    assert cell(tab, 0, "deadline") == "01-28 09:15"  # 48 h: made inside the Spring Festival window
    assert cell(tab, 0, "deadline", Qt.ItemDataRole.ToolTipRole) == "2022-01-28 09:15"
    assert cell(tab, 0, "limit") == "春节期间 48 小时"
    assert cell(tab, 0, "left") == "还剩 1天23小时"
    assert cell(tab, 0, "owner") == "您（商家）"
    tab.select_event(0)
    assert "2022-01-28 09:15 前到后台同意或拒绝" in tab.detail.text()
    assert "2022年春节期间 48 小时（平时 24 小时）" in tab.detail.text() and "买家拍错尺码" in tab.detail.text()
    assert tab.findings.messages() == []


def test_outside_the_window_the_deadline_is_24_hours(tab, qtbot, monkeypatch):
    tab.clock = lambda: bj("2022-01-24T12:00:00")
    add(qtbot, tab, monkeypatch, "SH002", "发货前仅退款", "2022-01-24T11:00")
    assert (cell(tab, 0, "deadline"), cell(tab, 0, "limit")) == ("01-25 11:00", "24 小时")
    assert cell(tab, 0, "left") == "还剩 23小时0分钟"
    assert tab.holiday.isVisible()  # the window starts tomorrow: said in words above the list
    assert "2022-01-25 00:00 至 2022-02-08 23:59:59" in tab.holiday.text()
    assert "发货前仅退款 48 小时" in tab.holiday.text()


def test_overdue_is_red_and_on_top_and_ticking_it_done_moves_it_down(app, shop, tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    add(qtbot, tab, monkeypatch, "SH009", "同意退货", "2022-01-25T08:00")
    add(qtbot, tab, monkeypatch, "SH000", "发货前仅退款", "2022-01-24T20:00")  # 24 h: overdue since 01-25 20:00
    assert rows(tab) == ["SH000", "SH001", "SH009"]
    assert cell(tab, 0, "left") == "已超时 14小时0分钟"
    assert cell(tab, 0, "id", Qt.ItemDataRole.ForegroundRole).name() == RED
    assert cell(tab, 1, "id", Qt.ItemDataRole.ForegroundRole) is None
    assert any("SH000" in m and "超时" in m for m in tab.findings.messages())
    assert "已超时 1" in tab.facts.text()

    tab.select_event(0)
    qtbot.mouseClick(tab.buttons["done"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert rows(tab) == ["SH001", "SH009", "SH000"]
    assert cell(tab, 2, "done", Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert cell(tab, 2, "left") == "已处理"
    assert cell(tab, 2, "id", Qt.ItemDataRole.ForegroundRole).name() != RED
    assert tab.findings.messages() == []
    assert tab.buttons["done"].text() == "改回未处理"  # the selection followed the row down
    assert [e["done"] for e in saved(app, shop)["events"]] == [False, False, True]


def test_space_on_the_checkbox_ticks_it_off(tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH000", "发货前仅退款", "2022-01-24T20:00")
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    index = tab.model.index(0, tab.model.column_of("done"))
    tab.table.setFocus()
    tab.table.setCurrentIndex(index)
    qtbot.keyClick(tab.table, Qt.Key.Key_Space)
    settle(qtbot)
    assert rows(tab) == ["SH001", "SH000"] and tab.findings.messages() == []


def test_countdown_runs_while_shown_and_a_deadline_that_passes_turns_red(app, tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    assert tab._ticker.isActive()
    tab.clock = lambda: bj("2022-01-28T09:14:30")
    tab.tick()
    assert cell(tab, 0, "left") == "还剩 30秒"
    assert cell(tab, 0, "left", Qt.ItemDataRole.ForegroundRole).name() != RED
    tab.clock = lambda: bj("2022-01-28T09:16:00")
    tab.tick()
    settle(qtbot)
    assert cell(tab, 0, "left") == "已超时 1分钟"
    assert cell(tab, 0, "left", Qt.ItemDataRole.ForegroundRole).name() == RED
    assert any("SH001" in m for m in tab.findings.messages())
    app.window.tabs.setCurrentIndex(0)
    assert not tab._ticker.isActive()  # no ticking for a tab nobody looks at


class Paints(QObject):
    """The regions the table's viewport repaints."""

    def __init__(self, widget):
        super().__init__(widget)
        self.regions = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.regions.append(event.region().boundingRect())
        return False


def test_the_countdown_repaints_what_it_changes_and_nothing_else(tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    add(qtbot, tab, monkeypatch, "SH002", "发货前仅退款", "2022-01-26T09:40")
    tab.clock = lambda: bj("2022-01-26T12:00:05")
    tab.tick()
    qtbot.wait(50)
    paints = Paints(tab.table.viewport())
    left = tab.model.column_of("left")
    tab.clock = lambda: bj("2022-01-26T12:00:35")  # "还剩 1天21小时" both: nothing to repaint
    tab.tick()
    qtbot.wait(50)
    assert paints.regions == []
    tab.clock = lambda: bj("2022-01-28T08:40:00")  # SH002: 还剩 1小时0分钟 -> SH001 also within 24 h
    tab.tick()
    qtbot.waitUntil(lambda: bool(paints.regions))
    painted = paints.regions[0]
    for row in range(2):
        assert painted.contains(tab.table.visualRect(tab.model.index(row, left)).center())
    assert [cell(tab, r, "left") for r in range(2)] == ["还剩 35分钟", "还剩 1小时0分钟"]
    paints.regions.clear()
    tab.clock = lambda: bj("2022-01-28T08:41:00")  # the minutes move on, the states do not
    tab.tick()
    qtbot.waitUntil(lambda: bool(paints.regions))
    region = paints.regions[0]
    first = tab.table.visualRect(tab.model.index(0, 0))
    assert region.contains(tab.table.visualRect(tab.model.index(0, left)).center())
    assert not region.contains(first.center())  # only the time left, not the whole row


def test_the_tick_after_the_rows_change_leaves_the_clocks_the_view_repainted(tab, qtbot, monkeypatch):
    """A check's new figures are repainted by the view itself: the next tick, with the clock where the
    check left it, repaints nothing more (a second whole-table paint, beside a busy worker)."""
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    add(qtbot, tab, monkeypatch, "SH002", "发货前仅退款", "2022-01-26T09:40")
    tab.run_check()
    settle(qtbot)
    qtbot.wait(50)
    paints = Paints(tab.table.viewport())
    tab.tick()
    qtbot.wait(50)
    assert paints.regions == []


def test_activating_a_finding_focuses_its_row(tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    add(qtbot, tab, monkeypatch, "SH000", "发货前仅退款", "2022-01-24T20:00")
    tab.select_event(1)
    card = next(c for c in tab.findings.cards if "SH000" in c.message)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert tab.table.currentIndex().row() == 0
    assert tab.table.currentIndex().column() == tab.model.column_of("at")


def test_bad_time_typed_in_the_table_is_a_field_error_and_is_kept_as_typed(app, shop, tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    edit_cell(qtbot, tab.table, 0, tab.model.column_of("at"), "昨天下午")
    settle(qtbot)
    [message] = tab.findings.messages()
    assert message.startswith("events[0].at") and "发生时间" in message and "昨天下午" in message
    assert cell(tab, 0, "at") == "昨天下午" and cell(tab, 0, "deadline") == "—"  # kept as typed
    assert "已照填写保存" in tab.saved.text()
    assert saved(app, shop)["events"][0]["at"] == "昨天下午"  # what the seller typed is never dropped
    edit_cell(qtbot, tab.table, 0, tab.model.column_of("at"), "2022/1/26 9:30")
    settle(qtbot)
    assert tab.findings.messages() == [] and cell(tab, 0, "deadline") == "01-28 09:30"
    assert saved(app, shop)["events"][0]["at"] == "2022-01-26T09:30:00+08:00"


def test_what_the_check_and_the_save_were_handed_stays_as_it_was_when_the_seller_types(app, shop, tab, qtbot,
                                                                                      monkeypatch):
    """The rows go to the worker without a copy of each (60,000 of them stalled the window): an edit
    puts a new row in place instead of changing the one a worker may be reading."""
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    handed = tab.document()["events"]
    before = [dict(e) for e in handed]
    edit_cell(qtbot, tab.table, 0, tab.model.column_of("note"), "买家已寄回")
    settle(qtbot)
    assert handed == before
    assert cell(tab, 0, "note") == "买家已寄回" and saved(app, shop)["events"][0]["note"] == "买家已寄回"


def test_duplicate_numbers_are_refused(app, shop, tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    add(qtbot, tab, monkeypatch, "SH002", "同意退货", "2022-01-26T09:30")
    dialog = tab.new_event_dialog()
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.ident, "SH001")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and "已在列表中" in dialog.error.text()
    edit_cell(qtbot, tab.table, 1, tab.model.column_of("id"), "SH001")
    settle(qtbot)
    assert tab.findings.messages()[0].startswith("events[1].id")
    assert [e["id"] for e in saved(app, shop)["events"]] == ["SH001", "SH001"]  # kept, and flagged
    edit_cell(qtbot, tab.table, 1, tab.model.column_of("id"), "SH002")
    settle(qtbot)
    assert tab.findings.messages() == [] or not tab.findings.messages()[0].startswith("events[1].id")
    assert [e["id"] for e in saved(app, shop)["events"]] == ["SH001", "SH002"]


def test_change_the_type_in_the_table(tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货后退款·退货退款", "2022-01-26T09:15")
    assert cell(tab, 0, "limit") == "春节期间 5 天"
    tab.model.setData(tab.model.index(0, tab.model.column_of("type")), "同意退货")
    settle(qtbot)
    assert (cell(tab, 0, "type"), cell(tab, 0, "limit"), cell(tab, 0, "owner")) == (
        "同意退货", "春节期间 15 天", "买家填退货物流")


def test_delete_asks_first(app, shop, tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    tab.select_event(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.buttons["delete"], Qt.MouseButton.LeftButton)
    assert rows(tab) == ["SH001"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.buttons["delete"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    wait_saved(app.window)
    kept = fresh_plans(app.store.path, shop.id, "aftersale")
    assert rows(tab) == [] and (kept == [] or kept[0]["data"]["events"] == [])
    add(qtbot, tab, monkeypatch, "SH002", "同意退货", "2022-01-26T09:15")
    tab.select_event(0)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)  # the keyboard way, asking all the same
    settle(qtbot)
    assert rows(tab) == []


def test_calculator_shows_the_payout(tab, qtbot):
    tab.clock = lambda: bj("2023-06-10T10:00:00")
    tab.pages.setCurrentWidget(tab.claims)
    calc = tab.claims
    type_text(qtbot, calc.price, "99")
    assert (calc.scheme.text(), calc.refund.text(), calc.compensation.text(), calc.total.text()) == (
        "假一赔四", "99.00 元", "396.00 元", "495.00 元")
    assert "没有说明是否仍有五百元下限" in calc.why.text() and "假一赔四" in calc.quote.text()
    calc.price.clear()
    type_text(qtbot, calc.price, "200")
    assert calc.total.text() == "1000.00 元" and calc.compensation.text() == "800.00 元"
    calc.dated.setChecked(True)
    calc.day.setDate(QDateTime(datetime(2023, 2, 23)).date())  # the notice period's last day: still 退一赔三
    assert calc.scheme.text() == "退一赔三（正品保障）" and calc.total.text() == "800.00 元"
    assert "适用至 2023-02-23" in calc.why.text()
    calc.price.clear()
    type_text(qtbot, calc.price, "-1")
    assert "金额不能为负数" in calc.error.text() and calc.total.text() == "—"
    assert not calc.add_button.isEnabled()


def test_kept_claims_are_checked_and_a_negative_price_is_kept_as_typed(app, shop, tab, qtbot):
    tab.clock = lambda: bj("2023-06-10T10:00:00")
    calc = tab.claims
    type_text(qtbot, calc.price, "200")
    type_text(qtbot, calc.ident, "2306100001")
    qtbot.mouseClick(calc.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    model = calc.model
    assert model.data(model.index(0, model.column_of("total"))) == "1000.00"
    assert model.data(model.index(0, model.column_of("scheme"))) == "假一赔四"
    assert any("合计 1000.00 元" in m for m in tab.findings.messages())
    assert saved(app, shop)["claims"] == [{"id": "2306100001", "platform": "douyin", "type": "counterfeit",
                                           "price": "200", "at": "2023-06-10T00:00:00+08:00"}]
    tab.pages.setCurrentWidget(calc)
    edit_cell(qtbot, calc.table, 0, model.column_of("price"), "-5")
    settle(qtbot)
    assert tab.findings.messages()[0].startswith("claims[0].price")
    assert model.claims[0]["price"] == "-5" and saved(app, shop)["claims"][0]["price"] == "-5"
    tab.pages.setCurrentIndex(0)
    qtbot.mouseClick(tab.findings.cards[0], Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is calc
    assert calc.table.currentIndex().column() == model.column_of("price")


def write_gbk_csv(path, body):
    path.write_bytes(("订单号,类型,时间,备注\n" + body).encode("gbk"))
    return path


def run_import(qtbot, tab, path):
    with qtbot.waitSignal(tab.import_finished, timeout=10000) as blocker:
        assert tab.import_file(str(path))
    qtbot.waitUntil(tab.idle)  # the merged document is read back, as the seller sees it
    return blocker.args[0]


def test_import_gbk_csv(app, shop, tab, qtbot, tmp_path):
    path = write_gbk_csv(tmp_path / "售后.csv", "2201261234567,发货前仅退款,2022-01-26 09:15,拍错了\n"
                                               "2201241234567,发货前仅退款,2022/1/24 20:00,\n")
    assert run_import(qtbot, tab, path) is True
    settle(qtbot)
    assert rows(tab) == ["2201241234567", "2201261234567"]  # the overdue one on top
    assert cell(tab, 1, "note") == "拍错了" and cell(tab, 1, "deadline") == "01-28 09:15"
    assert "新增 2 条" in tab.notice.text()
    assert len(saved(app, shop)["events"]) == 2


def test_import_xlsx_updates_a_known_after_sale_to_its_next_step(tab, qtbot, tmp_path, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货后退款·退货退款", "2022-01-25T09:00")
    book = Workbook()
    sheet = book.active
    sheet.append(["售后单号", "类型", "时间", "备注"])
    sheet.append(["SH001", "同意退货", datetime(2022, 1, 26, 8, 0), "已同意退货"])
    sheet.append(["SH002", "买家已寄回", datetime(2022, 1, 26, 9, 0), None])
    path = tmp_path / "export.xlsx"
    book.save(path)
    assert run_import(qtbot, tab, path) is True
    settle(qtbot)
    assert rows(tab) == ["SH001", "SH002"]
    assert (cell(tab, 0, "type"), cell(tab, 0, "deadline")) == ("同意退货", "02-10 08:00")
    assert "新增 1 条，更新 1 条" in tab.notice.text()


def test_bad_file_reports_line_numbers_and_imports_nothing(app, shop, tab, qtbot, tmp_path, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    path = write_gbk_csv(tmp_path / "bad.csv", "A1,发货前仅退款,2022-01-26 09:15,\n"
                                               "A2,换货,2022-01-26 09:15,\n"
                                               "A3,同意退货,下午三点,\n")
    assert run_import(qtbot, tab, path) is False
    [message] = shown
    assert "第 3 行" in message and "换货" in message and "第 4 行" in message and "下午三点" in message
    assert "没有导入任何售后单" in message
    assert rows(tab) == ["SH001"] and [e["id"] for e in saved(app, shop)["events"]] == ["SH001"]
    shown.clear()
    assert run_import(qtbot, tab, tmp_path / "missing.csv") is False
    assert "找不到文件" in shown[0]


def test_template_can_be_filled_and_imported(tab, qtbot, tmp_path):
    path = tmp_path / "模板.xlsx"
    assert tab.save_template(str(path))
    wait_ops(qtbot)
    assert run_import(qtbot, tab, path) is True
    assert tab.model.rowCount() == 4


def test_everything_survives_a_restart(app, shop, tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15", "拍错了")
    add(qtbot, tab, monkeypatch, "SH000", "发货前仅退款", "2022-01-24T20:00")
    tab.select_event(0)
    qtbot.mouseClick(tab.buttons["done"], Qt.MouseButton.LeftButton)
    type_text(qtbot, tab.claims.price, "99")
    qtbot.mouseClick(tab.claims.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    app.window.close()
    again = Application(app.qapp, app.store, app.pack)
    qtbot.addWidget(again.window)
    reopened = again.window.tab(AftersaleTab)
    reopened.clock = lambda: NOW
    reopened.load()
    qtbot.waitUntil(reopened.idle)
    assert rows(reopened) == ["SH001", "SH000"]
    assert cell(reopened, 0, "note") == "拍错了"
    assert cell(reopened, 1, "done", Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert reopened.claims.model.claims[0]["price"] == "99"
    assert len(app.store.plans(shop.id, "aftersale")) == 1  # one document per shop


def test_each_shop_keeps_its_own_after_sales(app, shop, tab, qtbot, monkeypatch):
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    other = app.store.save_shop(Shop(name="抖音小铺", platform="douyin"))
    app.window.shops.set_shop(other)
    qtbot.waitUntil(tab.idle)
    assert rows(tab) == [] and "抖店" in tab.rules_hint.text()
    app.window.shops.set_shop(shop)
    qtbot.waitUntil(tab.idle)
    assert rows(tab) == ["SH001"]


def test_the_deadline_board_reads_what_the_tab_keeps(app, shop, tab, qtbot, monkeypatch):
    deadlines = pytest.importorskip("core.deadlines")
    add(qtbot, tab, monkeypatch, "SH001", "发货前仅退款", "2022-01-26T09:15")
    add(qtbot, tab, monkeypatch, "SH009", "同意退货", "2022-01-25T08:00")
    wait_saved(tab)
    items, problems = deadlines.collect(app.store, shop, app.pack, NOW)
    mine = [d for d in items if d.source == "aftersale"]
    assert problems == [] and [d.due for d in mine] == [bj("2022-01-28T09:15:00"), bj("2022-02-09T08:00:00")]
    assert "SH001" in mine[0].what and mine[0].rule == "ks.aftersale.refund_before_shipment"


def test_fits_a_1366_by_768_screen(app, tab, qtbot, monkeypatch):
    app.window.resize(1366, 768)
    add(qtbot, tab, monkeypatch, "SH2411230012", "发货后退款·退货退款", "2022-01-26T09:15", "快递破损，买家要求退货退款")
    add(qtbot, tab, monkeypatch, "SH2411230013", "买家已寄回", "2022-01-20T09:15")
    qtbot.wait(20)
    assert tab.table.horizontalScrollBar().maximum() == 0  # every column shows, the note takes the rest
    assert tab.width() <= 1366 and tab.findings.isVisible()
    assert tab.table.accessibleName() == "售后单列表" and tab.claims.price.accessibleName()


def test_an_empty_tab_says_how_to_start_and_saves_nothing(app, shop, tab):
    assert tab.facts.text().startswith("还没有售后单") and tab.findings.messages() == []
    assert app.store.plans(shop.id, "aftersale") == []


def test_an_unknown_header_is_confirmed_in_a_dialog_and_remembered(app, shop, tab, qtbot, tmp_path, monkeypatch):
    from gui.import_questions import ColumnsDialog

    path = tmp_path / "手记.csv"
    path.write_text("单据,处理方式,登记日期\nA1,发货前仅退款,2022-01-26 09:15\n", encoding="utf-8")
    asked = []

    def choose(dialog):
        asked.append(dict(dialog.choice()))
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # nothing chosen yet
        for fieldname, header in {"order_id": "单据", "type": "处理方式", "at": "登记日期"}.items():
            combo = dialog.combos[fieldname]
            combo.setCurrentIndex(combo.findData(header))
        assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        return ColumnsDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnsDialog, "exec", choose)
    with qtbot.waitSignal(tab.import_finished, timeout=10000) as blocker:
        assert tab.import_file(str(path))
    qtbot.waitUntil(tab.idle)
    assert blocker.args[0] is True and len(asked) == 1
    assert [e["id"] for e in saved(app, shop)["events"]] == ["A1"]
    path.write_text("单据,处理方式,登记日期\nA1,发货前仅退款,2022-01-26 09:15\nA2,发货前仅退款,2022-01-27 09:15\n",
                    encoding="utf-8")
    assert run_import(qtbot, tab, path) is True
    assert len(asked) == 1  # the shop's choice was remembered: not asked again
    assert [e["id"] for e in saved(app, shop)["events"]] == ["A1", "A2"]


def test_a_plain_refund_only_is_asked_once_for_the_file(app, shop, tab, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "售后单.csv"
    path.write_text("售后单号,订单号,商品单号,售后类型,售后状态,售后申请时间\n"
                    "7123456789012345601,4987654321098765401,1,仅退款,待商家处理,2022/01/26 09:15:00\n"
                    "7123456789012345602,4987654321098765402,2,仅退款,待商家处理,2022/01/26 10:15:00\n",
                    encoding="utf-8-sig")
    questions = []

    def answer(box):
        questions.append(box.text())
        [after] = [b for b in box.buttons() if b.text() == "发货后退款·退货退款"]
        after.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert run_import(qtbot, tab, path) is True
    assert len(questions) == 1 and "仅退款" in questions[0]
    events = saved(app, shop)["events"]
    assert [e["type"] for e in events] == ["refund_after_shipment", "refund_after_shipment"]
    assert "识别为：抖店 售后单导出" in tab.notice.text()


@settings(max_examples=100, deadline=None)
@given(st.permutations(list(range(30))))
def test_the_new_row_of_each_row_is_where_the_order_puts_it(order):
    from gui.tabs.aftersale.aftersale_tab import new_rows

    where = new_rows(order)
    assert [where[old] for old in order] == list(range(len(order)))
    assert all(order.index(old) == where[old] for old in range(len(order)))


def test_the_check_sorts_a_slice_at_a_time_and_gets_what_one_sort_gets():
    """The check's worker orders the rows a slice at a time (one sort of 60,000 held the window ~17 ms):
    the order is one sort's, ties in row order."""
    import random

    from core.clocks import SORTED_AT_ONCE
    from gui.tabs.aftersale.aftersale_tab import urgency

    rng = random.Random(5)
    known = [{"deadline": f"2022-01-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:00:00+08:00",
              "done": rng.random() < 0.2} for _ in range(2 * SORTED_AT_ONCE + 7)]
    order = urgency(known)
    assert order == sorted(range(len(known)), key=lambda i: (known[i]["done"], datetime.fromisoformat(known[i]["deadline"])))
