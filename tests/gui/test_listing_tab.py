"""类目迁移 tab, as a seller uses it: import the product export from the merchant backend, filter and
search the products, mark the ones moved out of the closed 二手 > 二手车 category, set the level-1
caps read off the backend, export the worksheet; and bad files refused with the line to fix."""

import csv
import io
import sqlite3
import threading
import zipfile
from datetime import datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core import products as product_store
from core.engine import check, default_pack
from core.exports.listing import category_path
from core.store import Shop
from core.values import BEIJING
from gui.tabs.listing import ListingTab
from core.importers import products as products_importer
from core.importers.base import ImportFileError
from core.importers.products import import_products
from tests.gui.helpers import edit_cell, type_text, wait_ops

HEADER = "商品ID,商品名称,类目,价格,库存,商品状态"
ROWS = [
    "KS2001,纯棉短袖T恤 男款,服饰/鞋靴>男装>T恤,59.90,120,在售",
    "KS1001,大众朗逸 2018款 1.5L 自动舒适版,二手>二手车>二手车,56800.00,1,在售",
    "KS1002,=1+1 本田飞度 急售,二手-二手车-二手车,42000.00,1,在售",
    "KS1003,@车行直供 宝马X1 2019款,二手>二手车>二手车,158000.00,1,已下架",
    "KS2002,法式收腰连衣裙,服饰/鞋靴>女装>连衣裙,199.00,35,在售",
    "KS2003,冰丝速干T恤,服饰/鞋靴>男装>T恤,39.90,0,已售罄",
    "KS2004,针织长裙 秋冬款,服饰/鞋靴>女装>连衣裙,259.00,12,仓库中",
    "KS3001,每日坚果 30袋,食品饮料>休闲零食>坚果炒货,89.00,500,在售",
]
ALL = [row.split(",")[0] for row in ROWS]
MOVE = ["KS1001", "KS1002", "KS1003"]
FINE = [i for i in ALL if i not in MOVE]
NEEDS_FIRST = MOVE + FINE  # 全部: what must move first, each group in file order
CLOTHES_ON_SALE = 3  # KS2001-KS2003 (售罄 stays on the shelf); KS2004 is in the warehouse
PACK = default_pack()
# 快手小店关闭“二手-二手车”类目公告: 二手 > 二手车 closes on close_on (2023-05-23) for 个人店 and others
CLOSURE = PACK["ks.category.closed"].param("closures", datetime(2023, 5, 1, tzinfo=BEIJING))[0]
CLOSE_ON = datetime.fromisoformat(CLOSURE["close_on"]).replace(tzinfo=BEIJING)  # its first closed day, 00:00
TARGET = category_path(CLOSURE["to"])
BEFORE_CLOSE = datetime.combine((CLOSE_ON - timedelta(days=3)).date(), time(10), BEIJING)
# 《商品在架量级等限制说明》: the listing caps apply from its effective date (2023-06-01)
CAPS_FROM = datetime.combine(PACK["ks.listing.cap"].effective_from, time(0), BEIJING)
CAP = PACK["ks.listing.cap"].param("cap_in_assessment", CAPS_FROM)  # 5000 while in the assessment period
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.fixture
def shop(app):
    shop = app.store.save_shop(Shop(name="老王车行", shop_type="personal", in_assessment_period=True))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    return shop


@pytest.fixture
def tab(app, shop, qtbot) -> ListingTab:
    tab = app.window.show_tab(ListingTab)
    qtbot.waitUntil(tab.idle)
    at(qtbot, tab, BEFORE_CLOSE)
    return tab


@pytest.fixture
def export_file(tmp_path):
    path = tmp_path / "商品列表.csv"
    path.write_bytes(("\r\n".join([HEADER, *ROWS]) + "\r\n").encode("gbk"))  # what Chinese Excel saves
    return path


@pytest.fixture
def imported(tab, qtbot, export_file):
    import_file(qtbot, tab, export_file)
    return tab


# What the seller does and sees ------------------------------------------------------------------
def at(qtbot, tab, moment):
    """The tab's clock set to `moment` (Beijing) and the shop re-checked as of then."""
    tab.clock = lambda: moment
    tab.reload()
    qtbot.waitUntil(tab.idle)


def open_dialog(qtbot, tab, path):
    """Choose a file to import, as the seller does: its first rows are read, then the dialog opens
    on them (None when the file could not be read)."""
    before = tab.import_dialog
    tab.import_file(path)
    qtbot.waitUntil(tab.idle)
    if tab.import_dialog is before:
        return None
    qtbot.waitUntil(tab.import_dialog.isVisible)  # it shows a turn of the event loop after it is made
    return tab.import_dialog


def import_file(qtbot, tab, path):
    dialog = open_dialog(qtbot, tab, path)
    assert dialog is not None and dialog.start_button.isEnabled(), dialog.status.text()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.idle)


def refused(qtbot, tab, path):
    """Start an import that must be refused: the dialog, showing its problem list."""
    dialog = open_dialog(qtbot, tab, path)
    assert dialog is not None
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.idle() and not dialog.running)
    return dialog


def shown(model, row, field):
    return model.data(model.index(row, model.COLUMNS.index(field)))


def shown_ids(tab):
    return [shown(tab.model, row, "id") for row in range(tab.model.rowCount())]


def filter_texts(tab):
    return [tab.filter_buttons[kind].text() for kind in ("all", "move", "over", "fine")]


def click_filter(qtbot, tab, kind):
    qtbot.mouseClick(tab.filter_buttons[kind], Qt.MouseButton.LeftButton)
    assert tab.filter_buttons[kind].isChecked()


def worksheet_row(tab, product_id):
    return next(r for r, m in enumerate(tab.worksheet.moves) if m["id"] == product_id)


# Import -----------------------------------------------------------------------------------------
def test_before_an_import_the_tab_says_what_to_do(tab):
    assert tab.snapshot.text() == "还没有导入商品表。"
    page = tab.products_page
    assert "导入商品表" in page.empty.text() and page.stack.currentWidget() is page.empty
    assert tab.dashboard.countdown.text() == "还剩 3 天"
    assert "导入商品表后" in tab.dashboard.deadline.text()


def test_import_of_a_gbk_export_shows_every_product_and_what_must_move(tab, qtbot, export_file):
    dialog = open_dialog(qtbot, tab, export_file)
    assert "编码：GBK / GB18030" in dialog.file_info.text()
    assert [dialog.preview.data(dialog.preview.index(1, c)) for c in (0, 2)] == ["KS1001", "二手>二手车>二手车"]
    assert {f: dialog.combos[f].currentData() for f in ("id", "title", "category", "price", "stock", "status")} \
        == {"id": 0, "title": 1, "category": 2, "price": 3, "stock": 4, "status": 5}
    assert dialog.yuan.isChecked()  # decimals: the price is in 元, nothing to confirm
    assert dialog.status.text().startswith("✔")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.idle)

    assert tab.snapshot.text().startswith("已导入 8 件商品 · 来自 商品列表.csv")
    assert filter_texts(tab) == ["全部（8）", "需迁移（3）", "超出上限的一级类目（0）", "正常（5）"]
    # the tab opens on what must move; 全部 lists it first, the rest in file order
    assert tab.filter_buttons["move"].isChecked() and shown_ids(tab) == MOVE
    click_filter(qtbot, tab, "all")
    assert shown_ids(tab) == NEEDS_FIRST
    row = NEEDS_FIRST.index("KS1001")
    assert shown(tab.model, row, "category") == "二手 > 二手车 > 二手车"
    assert shown(tab.model, row, "note") == "需迁移"
    note = tab.model.index(row, tab.model.column_of("note"))
    assert tab.model.data(note, Qt.ItemDataRole.ToolTipRole) == f"需迁移至 {TARGET}"
    assert shown(tab.model, row, "price") == "56,800.00"
    assert shown(tab.model, NEEDS_FIRST.index("KS2003"), "status") == "在售"  # 售罄 is still on the shelf
    assert shown(tab.model, NEEDS_FIRST.index("KS2004"), "status") == "未在售"
    assert shown(tab.model, NEEDS_FIRST.index("KS2001"), "note") == ""

    assert tab.dashboard.countdown.text() == "还剩 3 天"
    assert f"将于 {CLOSE_ON:%Y-%m-%d} 关闭" in tab.dashboard.deadline.text()
    assert f"待迁移 3 件，迁移到“{TARGET}”" in tab.dashboard.deadline.text()
    assert tab.dashboard.cap_bar.format() == f"在售 6 / {CAP:,} 件"
    assert f"{CAPS_FROM:%Y-%m-%d} 起生效" in tab.dashboard.cap_text.text()
    assert tab.pages.tabText(1) == "迁移清单（3）"
    messages = tab.findings.messages()
    assert any("KS1001" in m and "KS1002" in m and "还剩 3 天" in m for m in messages)
    assert any(m.startswith("另有未在售商品") and "KS1003" in m for m in messages)


def test_utf8_bom_export_with_level_columns_and_prices_in_fen(tab, qtbot, tmp_path):
    path = tmp_path / "导出.csv"
    path.write_text("商品ID,商品名称,一级类目,二级类目,三级类目,价格(分),库存,状态\n"
                    "A1,二手 哈弗H6,二手,二手车,二手车,6880000,1,上架中\n"
                    "A2,五香瓜子,食品饮料,休闲零食,坚果炒货,1990,40,上架中\n", encoding="utf-8-sig")
    dialog = open_dialog(qtbot, tab, path)
    assert dialog.fen.isChecked()  # the header says 分
    import_file_dialog_started(qtbot, tab, dialog)
    assert shown_ids(tab) == ["A1"]  # opens on what must move
    click_filter(qtbot, tab, "all")
    assert shown_ids(tab) == ["A1", "A2"]
    assert [shown(tab.model, r, "price") for r in (0, 1)] == ["68,800.00", "19.90"]
    assert filter_texts(tab)[1] == "需迁移（1）"


def import_file_dialog_started(qtbot, tab, dialog):
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.idle)


def test_a_column_we_cannot_guess_is_picked_by_hand(tab, qtbot, tmp_path):
    path = tmp_path / "导出.csv"
    path.write_text("编码,商品名称,类目,价格,库存,商品状态\nX9,二手 五菱宏光,二手>二手车>二手车,9800.00,1,在售\n",
                    encoding="utf-8")
    dialog = open_dialog(qtbot, tab, path)
    assert not dialog.start_button.isEnabled()
    assert "还需指定：商品ID" in dialog.status.text()
    dialog.combos["id"].setCurrentIndex(dialog.combos["id"].findData(0))
    assert dialog.start_button.isEnabled()
    assert "→ 商品ID" in dialog.preview.headerData(0, Qt.Orientation.Horizontal)
    import_file_dialog_started(qtbot, tab, dialog)
    assert shown_ids(tab) == ["X9"] and filter_texts(tab)[1] == "需迁移（1）"


def test_a_row_with_a_bad_price_refuses_the_whole_file_and_names_the_line(imported, qtbot, tmp_path):
    tab = imported
    bad = tmp_path / "新导出.csv"
    bad.write_bytes("\n".join([HEADER, ROWS[0], "KS1002,本田飞度,二手>二手车>二手车,面议,1,在售",
                               "KS9,新品,食品饮料>休闲零食>坚果炒货,9.90,1,在售"]).encode("gbk"))
    dialog = refused(qtbot, tab, bad)
    assert dialog.problems() == ["第 3 行：价格“面议”不是有效金额"]
    assert "本次没有导入任何商品" in dialog.problem_summary.text()
    assert dialog.back.isVisible() and not dialog.start_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # 关闭
    assert not dialog.isVisible()
    assert shown_ids(tab) == MOVE  # the earlier import is untouched
    assert tab.snapshot.text().startswith("已导入 8 件商品 · 来自 商品列表.csv")


def test_ragged_and_duplicate_rows_are_all_listed_with_their_lines(tab, qtbot, tmp_path):
    bad = tmp_path / "导出.csv"
    bad.write_bytes("\n".join([HEADER, ROWS[0], ROWS[3] + ",多出来的", ROWS[0].replace("男款", "女款"),
                               ",无ID商品,食品饮料>零食,1.00,1,在售"]).encode("gbk"))
    dialog = refused(qtbot, tab, bad)
    assert dialog.problems() == [
        "第 3 行：有 7 列，表头只有 6 列（可能有未加引号的逗号）",
        "第 4 行：商品ID KS2001 重复（第 2 行已有）",
        "第 5 行：商品ID为空",
    ]
    assert "发现 3 处问题" in dialog.problem_summary.text()
    dialog.reject()
    assert tab.snapshot.text() == "还没有导入商品表。" and tab.model.rowCount() == 0


def damaged_xlsx(tmp_path, name, rows, keep):
    """An .xlsx whose zip is whole but whose sheet stops after `keep` of its XML."""
    good = tmp_path / "好.xlsx"
    book = Workbook()
    book.active.append(HEADER.split(","))
    for i in range(rows):
        book.active.append([f"N{i}", f"商品{i}", "食品饮料>休闲零食>坚果炒货", "9.90", 1, "在售"])
    book.save(good)
    damaged = tmp_path / name
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data[: int(len(data) * keep)] if item.filename.endswith("sheet1.xml") else data)
    return damaged


def test_a_damaged_xlsx_or_a_header_only_file_imports_nothing(imported, qtbot, tmp_path, monkeypatch):
    tab = imported
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    assert open_dialog(qtbot, tab, damaged_xlsx(tmp_path, "坏.xlsx", 50, 0.5)) is None  # broken within the preview
    assert len(said) == 1 and "Excel 文件 坏.xlsx 已损坏或不完整" in said[0]

    dialog = refused(qtbot, tab, damaged_xlsx(tmp_path, "后面坏.xlsx", 3000, 0.9))  # broken further down
    assert dialog.error.isVisible() and "Excel 文件 后面坏.xlsx 已损坏或不完整" in dialog.error.text()
    assert dialog.start_button.isEnabled()  # the seller may pick another mapping or close
    dialog.reject()

    header_only = tmp_path / "空.csv"
    header_only.write_text(HEADER + "\n\n", encoding="utf-8-sig")
    dialog = open_dialog(qtbot, tab, header_only)
    assert dialog.status.text().startswith("文件里没有商品，只有表头")
    assert not dialog.start_button.isEnabled()
    dialog.reject()
    assert shown_ids(tab) == MOVE and tab.snapshot.text().startswith("已导入 8 件商品 · 来自 商品列表.csv")


def test_the_import_refuses_to_replace_the_products_with_an_empty_file(imported, tmp_path):
    """The dialog does not offer it; the import that writes the snapshot refuses it too."""
    tab = imported
    header_only = tmp_path / "空.csv"
    header_only.write_text(HEADER + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as refused_:
        import_products(tab.store, tab.shops.shop(), header_only)
    assert refused_.value.message == "文件 空.csv 里没有商品，只有表头。请确认导出时选择了“全部商品”后重新导出。"
    assert len(product_store.products(tab.store, tab.shop_id)) == len(ALL)


def test_escape_while_the_saved_import_is_checked_does_not_pretend_to_cancel(tab, qtbot, export_file, monkeypatch):
    checking = threading.Event()
    release = threading.Event()

    def held_check(*args):
        checking.set()
        release.wait(5)
        return check(*args)

    monkeypatch.setattr("core.listing_results.check", held_check)
    dialog = open_dialog(qtbot, tab, export_file)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert checking.wait(5)
    qtbot.waitUntil(lambda: dialog.phase.text() == "已保存，正在检查…")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.phase.text() == "已保存，正在检查…"
    with qtbot.waitSignal(dialog.accepted):
        release.set()
    qtbot.waitUntil(tab.idle)
    assert shown_ids(tab) == MOVE


def test_an_old_xls_file_is_refused_with_what_to_do(tab, qtbot, tmp_path, monkeypatch):
    xls = tmp_path / "商品列表.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    said = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(xls), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.idle)
    assert len(said) == 1 and "旧版 Excel（.xls）" in said[0] and "另存为" in said[0]
    assert tab.import_dialog is None
    qtbot.waitUntil(tab.idle)
    assert tab.snapshot.text() == "还没有导入商品表。" and tab.model.rowCount() == 0


def test_cancelling_an_import_keeps_the_products_there_were(imported, qtbot, tmp_path, monkeypatch):
    tab = imported
    reading = threading.Event()
    release = threading.Event()

    real_header = products_importer._header

    def held_header(path):  # the import waits here, reading, until the seller has pressed 取消导入
        reading.set()
        release.wait(5)
        return real_header(path)

    other = tmp_path / "另一个.csv"
    other.write_text("\n".join([HEADER, ROWS[3]]), encoding="utf-8")
    dialog = open_dialog(qtbot, tab, other)
    monkeypatch.setattr(products_importer, "_header", held_header)  # the preview is read: now the import
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert reading.wait(5)
    assert dialog.cancel_button.text() == "取消导入" and not tab.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.phase.text() == "正在取消…"
    release.set()
    qtbot.waitUntil(lambda: tab.idle() and not dialog.running)
    assert dialog.phase.text() == "已取消导入，原有的商品数据没有改动。"
    assert tab.import_button.isEnabled()
    assert shown_ids(tab) == MOVE and tab.snapshot.text().startswith("已导入 8 件商品 · 来自 商品列表.csv")


def test_a_failed_read_is_said_and_cleared_by_the_next_one(imported, qtbot, monkeypatch):
    tab = imported

    def locked(store, shop_id):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr("core.products.products", locked)
    tab.reload()
    qtbot.waitUntil(tab.idle)
    assert tab.load_error.isVisible()
    assert tab.load_error.text().startswith("没有读到本店的商品数据：数据文件暂时无法读取：数据文件正被另一项操作占用")
    assert shown_ids(tab) == MOVE  # what was shown stays
    monkeypatch.undo()
    tab.reload()
    qtbot.waitUntil(tab.idle)
    assert not tab.load_error.isVisible()


# Filters and search -----------------------------------------------------------------------------
def test_filters_and_search_show_the_rows_a_seller_asks_for(imported, qtbot):
    tab = imported
    click_filter(qtbot, tab, "move")
    assert shown_ids(tab) == MOVE
    click_filter(qtbot, tab, "over")
    assert shown_ids(tab) == [] and tab.model.rowCount() == 0
    click_filter(qtbot, tab, "fine")
    assert shown_ids(tab) == FINE
    click_filter(qtbot, tab, "all")
    assert shown_ids(tab) == NEEDS_FIRST

    type_text(qtbot, tab.search, "朗逸")
    qtbot.waitUntil(lambda: shown_ids(tab) == ["KS1001"])
    click_filter(qtbot, tab, "fine")  # search and filter together
    assert shown_ids(tab) == []
    tab.search.clear()
    type_text(qtbot, tab.search, "ks2")  # ids, case-insensitive
    qtbot.waitUntil(lambda: shown_ids(tab) == ["KS2001", "KS2002", "KS2003", "KS2004"])
    click_filter(qtbot, tab, "all")
    tab.search.clear()
    qtbot.waitUntil(lambda: shown_ids(tab) == NEEDS_FIRST)


def test_sorting_by_price_and_back_to_what_needs_doing_first(imported, qtbot):
    tab = imported
    click_filter(qtbot, tab, "all")
    price = tab.model.column_of("price")
    tab.table.sortByColumn(price, Qt.SortOrder.DescendingOrder)
    assert shown_ids(tab)[:3] == ["KS1003", "KS1001", "KS1002"]
    assert shown_ids(tab)[-1] == "KS2003"  # 39.90: numbers, not text
    tab.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    assert shown_ids(tab) == NEEDS_FIRST


def test_a_finding_shows_its_product_even_when_a_filter_hides_it(imported, qtbot):
    tab = imported
    click_filter(qtbot, tab, "fine")
    card = next(c for c in tab.findings.cards if "KS1001" in c.message and c.severity == "error")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert tab.filter_buttons["all"].isChecked()
    current = tab.table.currentIndex()
    assert shown(tab.model, current.row(), "id") == "KS1001"
    assert current.column() == tab.model.column_of("category")


# Migration worksheet ----------------------------------------------------------------------------
def test_marking_products_moved_updates_every_count(imported, qtbot, export_file):
    tab = imported
    tab.pages.setCurrentIndex(1)
    assert [m["id"] for m in tab.worksheet.moves] == MOVE
    assert f"共 3 件商品在要关闭的类目里，还有 3 件待迁移（截止 {CLOSE_ON:%Y-%m-%d}）" in tab.worksheet_page.summary.text()

    tab.worksheet_table.selectRow(worksheet_row(tab, "KS1001"))
    qtbot.mouseClick(tab.mark_button, Qt.MouseButton.LeftButton)
    assert tab.pages.tabText(1) == "迁移清单（2）"
    assert filter_texts(tab)[1] == "需迁移（2）"
    assert shown(tab.worksheet, worksheet_row(tab, "KS1001"), "moved") == "已迁移"

    moved = tab.worksheet.COLUMNS.index("moved")  # tick the box of KS1002 with the keyboard
    tab.worksheet_table.setCurrentIndex(tab.worksheet.index(worksheet_row(tab, "KS1002"), moved))
    qtbot.keyClick(tab.worksheet_table, Qt.Key.Key_Space)
    assert tab.pages.tabText(1) == "迁移清单（1）"
    qtbot.waitUntil(tab.idle)
    assert "还有 1 件待迁移" in tab.worksheet_page.summary.text()
    assert "待迁移 1 件" in tab.dashboard.deadline.text()
    assert not any("在售商品" in m and "还剩" in m for m in tab.findings.messages())  # both on-sale moved
    click_filter(qtbot, tab, "all")
    assert shown(tab.model, shown_ids(tab).index("KS1001"), "note") == "已标记迁移"
    assert shown_ids(tab)[0] == "KS1003"  # still to move: first
    click_filter(qtbot, tab, "move")
    assert shown_ids(tab) == ["KS1003"]

    import_file(qtbot, tab, export_file)  # a new export: the marks are kept by product id
    assert tab.pages.tabText(1) == "迁移清单（1）"
    assert shown_ids(tab) == ["KS1003"]
    tab.worksheet_table.selectRow(worksheet_row(tab, "KS1001"))
    qtbot.mouseClick(tab.unmark_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.idle)
    assert tab.pages.tabText(1) == "迁移清单（2）" and sorted(shown_ids(tab)) == ["KS1001", "KS1003"]


def test_export_the_worksheet_to_xlsx_and_csv(imported, qtbot, tmp_path, monkeypatch):
    tab = imported
    tab.pages.setCurrentIndex(1)
    tab.worksheet_table.selectRow(worksheet_row(tab, "KS1001"))
    qtbot.mouseClick(tab.mark_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.idle)
    target, close_on = TARGET, f"{CLOSE_ON:%Y-%m-%d}"
    header = ["商品ID", "商品名称", "商品状态", "价格（元）", "库存", "原类目", "迁移到（新类目）", "截止日期", "已迁移"]
    expected = [  # not yet moved first; formula-looking titles neutralised
        ["KS1002", "'=1+1 本田飞度 急售", "在售", "42000.00", "1", "二手 > 二手车 > 二手车", target, close_on, "否"],
        ["KS1003", "'@车行直供 宝马X1 2019款", "未在售", "158000.00", "1", "二手 > 二手车 > 二手车", target,
         close_on, "否"],
        ["KS1001", "大众朗逸 2018款 1.5L 自动舒适版", "在售", "56800.00", "1", "二手 > 二手车 > 二手车", target,
         close_on, "是"],
    ]

    xlsx = tmp_path / "迁移清单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx), ""))
    qtbot.mouseClick(tab.export_xlsx_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    book = load_workbook(xlsx)
    assert book.sheetnames == ["迁移清单", "类目上限", "检查结果"]
    rows = [["" if v is None else str(v) for v in row] for row in book["迁移清单"].iter_rows(values_only=True)]
    assert rows == [header, *expected]
    caps = [list(r) for r in book["类目上限"].iter_rows(values_only=True)]
    assert caps[1][:3] == ["服饰/鞋靴", CLOTHES_ON_SALE, "未填写"]
    assert caps[-1][:3] == ["全店", 6, CAP]

    csv_path = tmp_path / "迁移清单"  # typed without an extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv_path), ""))
    qtbot.mouseClick(tab.export_csv_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    written = tmp_path / "迁移清单.csv"
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Chinese Excel opens it right
    assert list(csv.reader(io.StringIO(data.decode("utf-8-sig")))) == [header, *expected]


def test_export_default_name_and_a_title_with_a_control_character(app, tab, qtbot, tmp_path, monkeypatch):
    shop = app.store.save_shop(Shop(name="服饰/鞋靴:老王", shop_type="personal"))
    app.window.shops.set_shop(shop)
    qtbot.waitUntil(tab.idle)
    path = tmp_path / "导出.csv"
    path.write_text(HEADER + "\n" + "KS1,二手\x0b捷达 急售,二手>二手车>二手车,9800.00,1,在售\n", encoding="utf-8")
    import_file(qtbot, tab, path)
    asked = []

    def save_as(parent, caption, name, wanted):
        asked.append(name)
        return str(tmp_path / name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(tab.export_xlsx_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert asked == ["服饰_鞋靴_老王-类目迁移清单.xlsx"]  # a "/" would have made it a folder
    assert load_workbook(tmp_path / asked[0])["迁移清单"]["B2"].value == "二手捷达 急售"
    assert tab.worksheet_page.exported.text() == f"✔ 已导出：{tmp_path / asked[0]}"


def test_export_with_nothing_to_move_says_so(tab, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "导出.csv"
    path.write_bytes("\n".join([HEADER, *(r for r in ROWS if r.split(",")[0] in FINE)]).encode("gbk"))
    import_file(qtbot, tab, path)
    assert tab.worksheet_page.summary.text() == "没有商品在要关闭的类目里，不需要迁移。"
    assert "✔ 没有待迁移的商品" in tab.dashboard.deadline.text()
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no file to save"))
    qtbot.mouseClick(tab.export_csv_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot)
    assert said == ["没有需要迁移的商品，迁移清单是空的。"]


# Dates and caps at their boundaries -------------------------------------------------------------
def test_the_countdown_on_the_day_before_of_and_after_the_close(imported, qtbot):
    tab = imported
    at(qtbot, tab, CLOSE_ON - timedelta(minutes=1))  # the last minute of the last day
    assert tab.dashboard.countdown.text() == "今天截止"
    assert any("今天是最后一天" in m for m in tab.findings.messages())
    at(qtbot, tab, CLOSE_ON)
    assert tab.dashboard.countdown.text() == "已关闭"
    assert f"已于 {CLOSE_ON:%Y-%m-%d} 关闭" in tab.dashboard.deadline.text()
    assert any(f"已于 {CLOSE_ON:%Y-%m-%d} 起被平台统一下架" in m for m in tab.findings.messages())
    at(qtbot, tab, CLOSE_ON + timedelta(days=1))
    assert tab.dashboard.countdown.text() == "已关闭"


def test_level1_cap_entered_by_the_seller_at_under_and_over_its_value(imported, qtbot):
    tab = imported
    at(qtbot, tab, CAPS_FROM)  # the caps are in force from this day
    tab.pages.setCurrentIndex(2)
    model = tab.categories
    row = model.row_of("服饰/鞋靴")
    assert shown(model, row, "listed") == str(CLOTHES_ON_SALE)
    assert shown(model, row, "cap") == "未填写"
    cap_column = model.COLUMNS.index("cap")

    def enter(cap):
        edit_cell(qtbot, tab.category_table, row, cap_column, cap)
        qtbot.waitUntil(lambda: not tab.idle())
        qtbot.waitUntil(tab.idle)

    assert tab.dashboard.categories.text().startswith("<span style='color:#5f6368'>一级类目上限：未填写</span>")
    enter(str(CLOTHES_ON_SALE + 1))
    assert shown(model, row, "usage") == f"{CLOTHES_ON_SALE} / {CLOTHES_ON_SALE + 1}，还可上架 1 件"
    assert "一级类目上限：已填 1 个，均未超出" in tab.dashboard.categories.text()
    assert not any("服饰/鞋靴" in m for m in tab.findings.messages())
    assert filter_texts(tab)[2] == "超出上限的一级类目（0）"

    enter(str(CLOTHES_ON_SALE).translate(FULL_WIDTH))  # an IME in full-width mode
    assert shown(model, row, "usage") == f"{CLOTHES_ON_SALE} / {CLOTHES_ON_SALE}，已达上限"
    at_cap = [f for f in tab.report.findings if f.path == "category_caps.服饰/鞋靴"]
    assert [f.severity for f in at_cap] == ["warning"] and "已达您填写的类目上限" in at_cap[0].message
    assert "一级类目上限：1 个已达上限" in tab.dashboard.categories.text()
    assert filter_texts(tab)[2] == "超出上限的一级类目（0）"

    enter(str(CLOTHES_ON_SALE - 1))
    assert shown(model, row, "usage") == f"{CLOTHES_ON_SALE} / {CLOTHES_ON_SALE - 1}，超出 1 件"
    over = [f for f in tab.report.findings if f.path == "category_caps.服饰/鞋靴"]
    assert [f.severity for f in over] == ["error"] and "请至少下架该类目 1 件在售商品" in over[0].message
    assert filter_texts(tab)[2] == "超出上限的一级类目（3）"
    assert "一级类目上限：1 个超出" in tab.dashboard.categories.text()
    tab.pages.setCurrentIndex(0)
    tab.dashboard.categories.linkActivated.emit("caps")  # the seller clicks 查看
    assert tab.pages.currentIndex() == 2
    click_filter(qtbot, tab, "over")
    assert shown_ids(tab) == ["KS2001", "KS2002", "KS2003"]  # on sale only: KS2004 is in the warehouse
    assert shown(tab.model, 0, "note") == "一级类目超出上限"

    enter("")  # cleared: not checked any more
    assert shown(model, row, "cap") == "未填写"
    assert filter_texts(tab)[2] == "超出上限的一级类目（0）" and shown_ids(tab) == []


def write_many(path, on_sale):
    lines = [HEADER] + [f"N{i},商品{i},食品饮料>休闲零食>坚果炒货,9.90,1,在售" for i in range(on_sale)]
    lines.append("OFF1,下架商品,食品饮料>休闲零食>坚果炒货,9.90,1,已下架")  # does not count
    path.write_text("\n".join(lines), encoding="utf-8-sig")


def test_shop_listing_cap_at_one_under_at_and_one_over(tab, qtbot, tmp_path):
    at(qtbot, tab, CAPS_FROM)
    cap = CAP
    path = tmp_path / "全店.csv"
    for listed, state, severity in ((cap - 1, "还可上架 1 件。", None),
                                    (cap, "已达上限：不能再发布新商品。", "warning"),
                                    (cap + 1, "超出上限 1 件：平台将限制上架和发布新商品。", "error")):
        write_many(path, listed)
        import_file(qtbot, tab, path)
        assert tab.dashboard.cap_bar.format() == f"在售 {listed:,} / {cap:,} 件"
        assert tab.dashboard.cap_text.text() == f"考核期内上限 {cap:,} · {state}"
        shop_findings = [f.severity for f in tab.report.findings if f.path == "products"]
        assert shop_findings == ([severity] if severity else [])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([0, 1, 2, 3]), max_size=300))
def test_the_filter_counts_from_the_workers_rows_are_the_counted_ones(needs):
    """ProductTableModel.counts() takes the lengths of the rows the worker worked out; they must be
    what counting the needs gives."""
    from gui.tabs.listing.product_model import counts_of, orders_of

    assert {kind: len(rows) for kind, rows in orders_of(needs).items()} == counts_of(needs)
