import json

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox

from core.products import replace_snapshot
from core.store import Shop
from gui import palette
from gui.app import Application
from gui.tabs.coupon import CouponTab
from gui.tabs.coupon.product_picker import ProductPicker
from tests.conftest import CONTRACT
from tests.gui.helpers import edit_cell, type_text, wait_ops, wait_saved

GREEN, RED = palette.OK, palette.ERROR


@pytest.fixture
def shop(app):
    shop = app.store.save_shop(Shop(name="小林服饰", professional_anchor=True))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    return shop


@pytest.fixture
def tab(app, shop) -> CouponTab:
    return app.window.show_tab(CouponTab)


@pytest.fixture
def page(tab):
    return tab.coupons


def settle(qtbot):
    """Let the coalesced re-check run, as the event loop would between keystrokes."""
    qtbot.wait(5)


def ccol(page, field):
    return page.coupon_model.column_of(field)


def pcol(page, field):
    return page.product_model.column_of(field)


def shown(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def choose(table, row, column, text):
    """Open the cell's drop-down as a seller would and pick the entry shown as `text`."""
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    combo = next(w for w in table.viewport().findChildren(QComboBox) if w.isVisible())
    target = combo.findText(text)
    assert target >= 0, f"no choice {text!r}"
    combo.setCurrentIndex(target)
    combo.activated.emit(target)


def fit(page, row):
    model = page.product_model
    column = pcol(page, "fit")
    return shown(model, row, column), shown(model, row, column, Qt.ItemDataRole.ForegroundRole).name()


def build_coupon(qtbot, page):
    """The contract example typed in: 主播满减券 满200减20, 500 张, 20:00 to 23:59, one alliance product."""
    type_text(qtbot, page.session_title, "周六晚场")
    table = page.coupon_table
    edit_cell(qtbot, table, 0, ccol(page, "id"), "开场券")
    choose(table, 0, ccol(page, "type"), "主播满减券")
    edit_cell(qtbot, table, 0, ccol(page, "threshold"), "200.00")
    edit_cell(qtbot, table, 0, ccol(page, "face_value"), "20.00")
    edit_cell(qtbot, table, 0, ccol(page, "quantity"), "500")
    edit_cell(qtbot, table, 0, ccol(page, "per_user_limit"), "1")
    edit_cell(qtbot, table, 0, ccol(page, "issue_at"), "2023-06-10 20:00")
    edit_cell(qtbot, table, 0, ccol(page, "valid_until"), "2023-06-10 23:59")
    qtbot.mouseClick(page.buttons["add_product"], Qt.MouseButton.LeftButton)
    products = page.product_table
    edit_cell(qtbot, products, 0, pcol(page, "id"), "P1")
    edit_cell(qtbot, products, 0, pcol(page, "title"), "真丝连衣裙")
    edit_cell(qtbot, products, 0, pcol(page, "price"), "299.00")
    edit_cell(qtbot, products, 0, pcol(page, "commission"), "45.00")
    choose(products, 0, pcol(page, "source"), "好物联盟")
    settle(qtbot)


def test_a_coupon_typed_in_shows_its_products_and_setup_sheet(page, qtbot):
    build_coupon(qtbot, page)
    assert fit(page, 0) == ("✔ 适用", GREEN)
    assert page.findings.summary.text().startswith("没有错误")
    text = page.setup.toPlainText()
    for line in ("【开场券】主播满减券", "使用条件金额：200.00 元", "优惠券面额：20.00 元", "发放数量：500 张",
                 "每人限领：1 张", "发放时间：2023-06-10 20:00", "有效期至：2023-06-10 23:59",
                 "P1（真丝连衣裙）", "营销中心 → 营销工具 → 定时优惠 → 创建活动",
                 "直播助手 → 创建直播计划 → 营销工具"):
        assert line in text
    assert "适用 1 件，不适用 0 件" in page.product_label.text()


def test_a_product_moves_to_excluded_when_its_commission_drops_and_back(page, qtbot):
    build_coupon(qtbot, page)
    edit_cell(qtbot, page.product_table, 0, pcol(page, "commission"), "19.99")
    settle(qtbot)
    assert fit(page, 0) == ("✖ 不适用", RED)
    assert shown(page.product_model, 0, pcol(page, "reasons")) == "佣金 19.99 元低于优惠券面额 20.00 元"
    assert "适用 0 件，不适用 1 件" in page.product_label.text()
    assert any("没有可用的商品" in m for m in page.findings.messages())
    edit_cell(qtbot, page.product_table, 0, pcol(page, "commission"), "20.00")
    settle(qtbot)
    assert fit(page, 0) == ("✔ 适用", GREEN)
    assert shown(page.product_model, 0, pcol(page, "reasons")) == ""


def test_a_shop_coupon_does_not_fit_alliance_products(page, qtbot):
    build_coupon(qtbot, page)
    choose(page.coupon_table, 0, ccol(page, "type"), "店铺满减券")
    settle(qtbot)
    assert fit(page, 0)[0] == "✖ 不适用"
    assert "店铺满减券只能用于本店自建商品" in shown(page.product_model, 0, pcol(page, "reasons"))


def test_overlapping_coupons_are_warned_and_marked_on_the_timeline(page, qtbot):
    build_coupon(qtbot, page)
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)  # starts when the first one ends
    qtbot.keyClick(page.coupon_table.focusWidget(), Qt.Key.Key_Escape)
    settle(qtbot)
    assert page.coupon_model.rowCount() == 2
    assert shown(page.coupon_model, 1, ccol(page, "issue_at")) == "2023-06-10 23:59"
    assert page.timeline.marked == set()
    assert not any("重叠" in m for m in page.findings.messages())

    edit_cell(qtbot, page.coupon_table, 1, ccol(page, "issue_at"), "2023-06-10 21:00")
    settle(qtbot)
    warning = next(c for c in page.findings.cards if "重叠" in c.message)
    assert warning.severity == "warning" and "开场券" in warning.message and "券2" in warning.message
    assert page.timeline.marked == {0, 1}
    assert "重叠" in page.timeline.accessibleDescription()
    assert shown(page.coupon_model, 0, ccol(page, "id")) == "⚠ 开场券"
    assert page.timeline.grab().width() > 0  # paints without error

    qtbot.mouseClick(warning, Qt.MouseButton.LeftButton)
    assert page.coupon_table.currentIndex().row() == 1
    assert page.coupon_table.currentIndex().column() == ccol(page, "issue_at")

    edit_cell(qtbot, page.coupon_table, 1, ccol(page, "issue_at"), "2023-06-11 00:00")
    settle(qtbot)
    assert page.timeline.marked == set()
    assert not any("重叠" in m for m in page.findings.messages())


def test_choosing_a_coupon_shows_its_own_fit(page, qtbot):
    build_coupon(qtbot, page)
    qtbot.mouseClick(page.buttons["duplicate"], Qt.MouseButton.LeftButton)
    edit_cell(qtbot, page.coupon_table, 1, ccol(page, "face_value"), "50.00")
    settle(qtbot)
    page.coupon_table.selectRow(1)
    assert fit(page, 0)[0] == "✖ 不适用"
    page.timeline.activated.emit(0)
    page.coupon_table.selectRow(0)
    assert fit(page, 0)[0] == "✔ 适用"


def test_export_setup_sheet(page, qtbot, tmp_path):
    build_coupon(qtbot, page)
    qtbot.mouseClick(page.buttons["add_product"], Qt.MouseButton.LeftButton)
    edit_cell(qtbot, page.product_table, 1, pcol(page, "id"), "P2")
    edit_cell(qtbot, page.product_table, 1, pcol(page, "title"), "=HYPERLINK(\"http://x\") 棉袜")
    edit_cell(qtbot, page.product_table, 1, pcol(page, "price"), "39.90")
    edit_cell(qtbot, page.product_table, 1, pcol(page, "commission"), "8.00")
    settle(qtbot)
    out = tmp_path / "setup.xlsx"
    assert page.export_xlsx(str(out))
    wait_ops(qtbot)
    book = load_workbook(out)
    assert book.sheetnames == ["设置", "适用商品", "不适用商品", "检查结果"]
    setup = list(book["设置"].iter_rows(values_only=True))
    assert setup[1][:8] == ("开场券", "主播满减券", "200.00", "20.00", 500, 1, "2023-06-10 20:00", "2023-06-10 23:59")
    paths = {row[0]: row[1] for row in setup if row[0]}
    assert paths["第一步：逐张创建定时优惠"] == "营销中心 → 营销工具 → 定时优惠 → 创建活动"
    assert paths["直播场次"] == "周六晚场"
    excluded = list(book["不适用商品"].iter_rows(min_row=2, values_only=True))
    assert excluded[0][1] == "P2" and excluded[0][2].startswith("'=HYPERLINK")
    assert "低于使用条件金额" in excluded[0][-1]
    assert [row[1] for row in book["适用商品"].iter_rows(min_row=2, values_only=True)] == ["P1"]
    assert "ks.coupon.client_version" in [r[1] for r in book["检查结果"].iter_rows(min_row=2, values_only=True)]


def test_copy_button_puts_the_setup_sheet_on_the_clipboard(page, qtbot):
    build_coupon(qtbot, page)
    qtbot.mouseClick(page.buttons["copy"], Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == page.setup.toPlainText() and "使用条件金额：200.00 元" in copied
    assert "已复制" in page.copied.text()


def test_bad_input_is_a_field_error_not_a_crash(page, qtbot, monkeypatch):
    build_coupon(qtbot, page)
    edit_cell(qtbot, page.coupon_table, 0, ccol(page, "face_value"), "200.00")
    settle(qtbot)
    assert any("不低于使用条件金额" in m for m in page.findings.messages())
    edit_cell(qtbot, page.coupon_table, 0, ccol(page, "valid_until"), "2023-06-10 19:00")
    settle(qtbot)
    assert any("不早于有效期截止时间" in m for m in page.findings.messages())
    edit_cell(qtbot, page.coupon_table, 0, ccol(page, "threshold"), "-5")
    settle(qtbot)
    message = page.findings.messages()[0]
    assert message.startswith("coupon.threshold") and "使用条件金额" in message and "负数" in message
    assert page.coupon_model.coupons[0]["threshold"] == "-5"  # kept as typed, nothing lost
    assert shown(page.product_model, 0, pcol(page, "fit")) == "—"
    assert "无法识别" in page.setup.toPlainText()
    shown_box = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown_box.append(a[2]))
    assert not page.export_xlsx("/nonexistent/x.xlsx")
    assert "改正" in shown_box[0]
    edit_cell(qtbot, page.coupon_table, 0, ccol(page, "quantity"), "abc")
    edit_cell(qtbot, page.coupon_table, 0, ccol(page, "threshold"), "300")
    settle(qtbot)
    assert page.findings.messages()[0].startswith("coupon.quantity")


def test_unknown_coupon_type_in_a_file_is_named(page, qtbot, tmp_path):
    plan = json.loads((CONTRACT / "coupon.json").read_text(encoding="utf-8"))
    plan["coupon"]["type"] = "vip"
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    assert page.plans.open_file(str(path))
    assert shown(page.coupon_model, 0, ccol(page, "type")) == "未知类型：vip"
    assert page.findings.messages()[0].startswith("coupon.type")
    choose(page.coupon_table, 0, ccol(page, "type"), "主播满减券")
    settle(qtbot)
    assert page.report is not None and page.report.facts["applicable"] == ["P1"]


def test_not_a_professional_anchor_points_to_the_shop(app, qtbot, monkeypatch):
    shop = app.store.save_shop(Shop(name="新手小店", professional_anchor=False))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    page = app.window.show_tab(CouponTab).coupons
    settle(qtbot)
    card = next(c for c in page.findings.cards if "专业电商主播" in c.message)
    assert card.severity == "error" and card.path == "shop.professional_anchor"
    monkeypatch.setattr("gui.shop_dialog.ShopDialog.exec", lambda self: 0)
    with qtbot.waitSignal(app.window.shops.edit_requested):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)


def test_douyin_shop_is_told_these_are_kuaishou_tools(app, tab, qtbot):
    assert not tab.douyin.isVisible()
    shop = app.store.save_shop(Shop(name="抖音小店", platform="douyin"))
    app.window.shops.set_shop(shop)
    assert tab.douyin.isVisible() and "快手小店的工具" in tab.douyin.text()


def test_products_picked_from_the_shops_import(app, shop, page, qtbot, monkeypatch):
    replace_snapshot(app.store, shop.id, [
        {"id": "K1", "title": "自营纯棉T恤", "category": ["服饰", "T恤"], "price": "159.00", "status": "on_sale"},
        {"id": "K2", "title": "帆布包", "category": ["箱包"], "price": "39.00", "status": "on_sale"},
        {"id": "K3", "title": "旧款", "category": ["箱包"], "price": "9.00", "status": "off_sale"},
    ])

    def tick_and_accept(picker):
        picker.filter.setText("")
        picker.tick_visible()  # the on-sale ones
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProductPicker, "exec", tick_and_accept)
    qtbot.mouseClick(page.buttons["pick"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    model = page.product_model
    assert [p["id"] for p in model.products] == ["K1", "K2"]
    assert shown(model, 0, pcol(page, "source")) == "本店商品" and shown(model, 0, pcol(page, "commission")) == ""
    assert fit(page, 0)[0] == "✔ 适用"  # a shop coupon on own products: price condition only, and said so
    assert fit(page, 1)[0] == "✖ 不适用"
    assert any("未填写佣金" in m for m in page.findings.messages())
    qtbot.mouseClick(page.buttons["pick"], Qt.MouseButton.LeftButton)
    assert [p["id"] for p in model.products] == ["K1", "K2"]  # already added: not twice


def test_picker_filters_and_shows_what_is_already_added(qtbot):
    rows = [{"id": "K1", "title": "T恤", "category": ["服饰"], "price": "159.00", "status": "on_sale"},
            {"id": "K2", "title": "帆布包", "category": ["箱包"], "price": "39.00", "status": "on_sale"}]
    picker = ProductPicker(rows, {"K1"})
    qtbot.addWidget(picker)
    assert picker.model.data(picker.model.index(0, 4)) == "已在方案中"
    type_text(qtbot, picker.filter, "帆布")
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
    picker.tick_visible()
    assert picker.picked() == [{"id": "K2", "title": "帆布包", "price": "39.00", "commission": None, "source": "own"}]


def test_no_imported_products_says_where_to_get_them(page, qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    qtbot.mouseClick(page.buttons["pick"], Qt.MouseButton.LeftButton)
    assert "类目迁移" in said[0]


def test_open_contract_json_and_save_it_back(page, qtbot, tmp_path):
    assert page.plans.open_file(str(CONTRACT / "coupon.json"))
    assert [fit(page, r)[0] for r in range(3)] == ["✔ 适用", "✖ 不适用", "✖ 不适用"]
    assert shown(page.product_model, 2, pcol(page, "reasons")) == "佣金 12.00 元低于优惠券面额 20.00 元"
    out = tmp_path / "one.json"
    assert page.plans.save_file(str(out))
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["coupon"]["threshold"] == "200.00" and "coupons" not in saved
    assert saved["products"][0] == {"id": "P1", "title": "真丝连衣裙", "price": "299.00", "commission": "45.00",
                                    "source": "alliance"}
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    assert page.plans.save_file(str(out))
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert [c["id"] for c in saved["coupons"]] == ["券2"]


def test_challenge_calculator_for_the_contract_example(tab, qtbot):
    tab.pages.setCurrentWidget(tab.challenge)
    page = tab.challenge
    assert page.plans.open_file(str(CONTRACT / "challenge.json"))
    assert "满 99.00 减 12.60" in page.red_packet.text()
    assert page.packets.text() == "150,000 张"
    assert "10,500.00 至 42,000.00 元" in page.rebate.text()
    page.date.setFocus()
    page.date.setDate(QDate(2022, 12, 5))
    settle(qtbot)
    assert "满 200.00 减 10.00" in page.red_packet.text()
    assert "10,500.00 至 42,000.00 元" in page.rebate.text()


def test_challenge_rebate_boundary_and_why_not(tab, qtbot):
    page = tab.challenge
    page.plans.open_file(str(CONTRACT / "challenge.json"))  # 180-day peak 2,500,000.00: 80% is 2,000,000.00
    for key in ("paid_gmv_after_risk", "session_gmv"):
        page.fields[key].clear()
        type_text(qtbot, page.fields[key], "1999999.99")
    settle(qtbot)
    assert page.rebate.text().startswith("✖ 不能获得")
    why = next(m for m in page.findings.messages() if m.startswith("本场不能获得粉丝返现"))
    assert "差 0.01 元" in why and "近180天峰值 2500000.00 元的80%" in why
    page.fields["session_gmv"].setText("2000000.00")
    page.fields["paid_gmv_after_risk"].setText("2000000.00")
    settle(qtbot)
    assert "10,000.00 至 40,000.00 元" in page.rebate.text()
    page.flags["restricted"].setChecked(True)
    settle(qtbot)
    assert "被限制参与激励活动" in next(m for m in page.findings.messages() if "返现" in m)


def test_challenge_bad_input_names_the_field(tab, qtbot):
    page = tab.challenge
    page.plans.open_file(str(CONTRACT / "challenge.json"))
    page.fields["paid_gmv_after_risk"].setText("9999999.00")
    settle(qtbot)
    message = page.findings.messages()[0]
    assert message.startswith("challenge.paid_gmv_after_risk") and "风控后付费GMV" in message
    assert page.rebate.text() == "—"
    page.fields["online_viewers"].setText("-3")
    card = page.findings.cards[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert page.fields["paid_gmv_after_risk"].hasFocus()


def test_plans_survive_a_restart(app, tab, qtbot):
    page = tab.coupons
    build_coupon(qtbot, page)
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    wait_saved(page)
    tab.challenge.plans.open_file(str(CONTRACT / "challenge.json"))
    tab.challenge.fields["online_viewers"].setText("250000")
    app.window.close()  # closing saves what is pending
    again = Application(app.qapp, app.store, app.pack)
    qtbot.addWidget(again.window)
    reopened = again.window.tab(CouponTab)
    qtbot.waitUntil(lambda: reopened.coupons.plans.idle() and reopened.challenge.plans.idle())
    page = reopened.coupons
    assert page.session_title.text() == "周六晚场"
    assert page.plans.combo.currentText().startswith("周六晚场")
    assert [page.coupon_model.label(r) for r in range(page.coupon_model.rowCount())] == ["开场券", "券2"]
    assert shown(page.coupon_model, 0, ccol(page, "threshold")) == "200.00"
    assert fit(page, 0) == ("✔ 适用", GREEN)
    assert reopened.challenge.fields["online_viewers"].text() == "250000"
    assert reopened.challenge.packets.text() == "200,000 张"
