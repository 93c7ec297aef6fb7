from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

import core
from core.store import Shop
from gui.shop_dialog import ShopDialog
from gui.tabs.rules_tab import RulesTab
from tests.gui.helpers import button, type_text


def fill_and_save(dialog: ShopDialog, name: str, platform: str = "douyin") -> None:
    dialog.name.setText(name)
    dialog.platform.setCurrentIndex(dialog.platform.findData(platform))
    dialog.experience.setValue(4.4)
    dialog.accept()


def rules_tab(window) -> RulesTab:
    return window.show_tab(RulesTab)


def test_first_start_offers_a_sample_shop(app, qtbot):
    window = app.window
    assert window.welcome.isVisible()
    qtbot.mouseClick(button(window.welcome, "使用示例店铺"), Qt.MouseButton.LeftButton)
    assert not window.welcome.isVisible()
    assert window.shop_box.count() == 1 and "示例店铺" in window.shop_box.currentText()


def test_add_shop_through_dialog(app, qtbot, monkeypatch):
    window = app.window
    monkeypatch.setattr(ShopDialog, "exec", lambda self: (fill_and_save(self, "阿花手作"), 1)[1])
    window.add_shop()
    assert window.shop_box.currentText() == "阿花手作（抖店）"
    shop = window.shops.shop()
    assert shop.platform == "douyin" and shop.experience_score == "4.40"
    assert "体验分 4.40" in window.shop_info.text()


def test_empty_shop_name_is_refused_in_dialog(qtbot):
    dialog = ShopDialog()
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == 0 and "不能为空" in dialog.error.text()


def test_switch_shops_tells_tabs(app, qtbot):
    window = app.window
    a = app.store.save_shop(Shop(name="小林服饰"))
    b = app.store.save_shop(Shop(name="老周车行", shop_type="individual"))
    window.reload_shops()
    seen = []
    window.shops.changed.connect(lambda shop: seen.append(shop.name))
    window.shop_box.setCurrentIndex(window.shop_box.findData(b.id))
    assert seen == ["老周车行"] and window.shops.shop().id == b.id
    assert app.store.setting("current_shop") == str(b.id)
    assert "个体工商户店" in window.shop_info.text()
    assert a.id != b.id


def test_delete_shop_asks_first(app, qtbot, monkeypatch):
    app.store.save_shop(Shop(name="小林服饰"))
    app.window.reload_shops()
    app.window._shop_chosen(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    app.window.delete_shop()
    assert app.window.shop_box.count() == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    app.window.delete_shop()
    assert app.window.shop_box.count() == 0 and app.window.welcome.isVisible()


def test_switch_language_to_english_and_back(app, qtbot):
    assert app.window.windowTitle() == "小店合规助手"
    app.window.language_actions["en"].trigger()
    assert app.window.windowTitle() == "Shop Rules Assistant"
    titles = [app.window.tabs.tabText(i) for i in range(app.window.tabs.count())]
    assert "Rules" in titles and "Lottery (0元抽奖)" in titles
    assert app.store.setting("language") == "en"
    app.window.language_actions["zh_CN"].trigger()
    assert "规则库" in [app.window.tabs.tabText(i) for i in range(app.window.tabs.count())]


def test_find_a_rule_in_the_browser_by_a_chinese_word(app, qtbot):
    tab = rules_tab(app.window)
    assert "抽奖" in tab.search.placeholderText() and "value_cap" not in tab.search.placeholderText()
    type_text(qtbot, tab.search, "奖品价值")
    titles = [tab.model.text(r, "title") for r in range(tab.model.rowCount())]
    value_cap = app.pack["ks.lottery.value_cap"]
    assert value_cap.title in titles
    tab.table.selectRow(titles.index(value_cap.title))
    shown = tab.detail.toPlainText()
    assert "不得超过5万元" in shown and "2023-05-19" in shown
    # its parameter under its Chinese label, with its unit and the day it applies from
    assert "50000.00" in shown and "2023-05-19 起适用" in shown
    # what a seller reads has no rule ids and no raw parameter lists
    listed = "\n".join(tab.model.text(r, c) for r in range(tab.model.rowCount()) for c in tab.model.COLUMNS)
    for text in (shown, listed):
        assert "ks.lottery" not in text and "value_cap" not in text and " = [" not in text and "_words" not in text
    assert "ks.lottery.value_cap" in tab.model.data(tab.model.index(titles.index(value_cap.title), 0),
                                                    Qt.ItemDataRole.ToolTipRole)
    tab.search.clear()
    type_text(qtbot, tab.search, "假一赔四")
    assert "dy.guarantee.fake_one_pay_four" in [r.id for r in tab.model.rules]


def test_rule_browser_words_lists_are_not_shown_as_parameters(app, qtbot):
    tab = rules_tab(app.window)
    type_text(qtbot, tab.search, "收取任何费用")
    assert tab.model.rules[0].id == "ks.lottery.no_extra_fees"
    shown = tab.detail.toPlainText()
    assert "fee_words" not in shown and "[" not in shown and "re:" not in shown
    assert "fee、charge" not in shown and "seller_pays" not in shown  # what only the check reads: counted
    assert "供检查程序使用的设置" in shown


def test_rule_browser_shows_status_as_of_chosen_date(app, qtbot):
    from datetime import timedelta

    from PySide6.QtCore import QDate
    tab = rules_tab(app.window)
    ended = app.pack["dy.guarantee.genuine_refund_three"]  # replaced by 假一赔四
    later = next(r for r in app.pack if r.effective_from and r.effective_from.year >= 2023)

    def status(rule) -> str:
        tab.search.setText(rule.title)
        row = [r.id for r in tab.model.rules].index(rule.id)
        return tab.model.text(row, "status")

    last = ended.effective_to - timedelta(days=1)
    tab.date.setDate(QDate(last.year, last.month, last.day))
    assert status(ended) == "生效中"
    tab.date.setDate(QDate(ended.effective_to.year, ended.effective_to.month, ended.effective_to.day))
    assert status(ended) == "已失效"
    before = later.effective_from - timedelta(days=1)
    tab.date.setDate(QDate(before.year, before.month, before.day))
    assert status(later) == "未生效"
    assert "未生效" in tab.detail.toPlainText()


def test_only_the_visible_tab_is_built_at_start(app, qtbot):
    pages = [app.window.tabs.widget(i) for i in range(app.window.tabs.count())]
    assert pages[0].is_built()
    assert not any(p.is_built() for p in pages[1:])
    app.window.tabs.setCurrentIndex(len(pages) - 1)
    qtbot.waitUntil(pages[-1].is_built)


def test_about_names_app_and_pack_version(app):
    text = app.window.about_text()
    assert app.pack.version in text and core.__version__ in text

