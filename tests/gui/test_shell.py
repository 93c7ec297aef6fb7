from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

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


def test_find_a_rule_in_the_browser(app, qtbot):
    tab = rules_tab(app.window)
    qtbot.keyClicks(tab.search, "value_cap")
    assert tab.model.rowCount() == 1
    assert tab.model.rules[0].id == "ks.lottery.value_cap"
    shown = tab.detail.toPlainText()
    assert "不得超过5万元" in shown and "50000.00" in shown and "2023-05-19" in shown
    tab.search.clear()
    type_text(qtbot, tab.search, "假一赔四")
    assert "dy.guarantee.fake_one_pay_four" in [r.id for r in tab.model.rules]


def test_rule_browser_shows_status_as_of_chosen_date(app, qtbot):
    from PySide6.QtCore import QDate
    tab = rules_tab(app.window)
    qtbot.keyClicks(tab.search, "genuine_refund_three")  # the rule, and the bot lint rule that names it

    def status() -> str:
        row = [r.id for r in tab.model.rules].index("dy.guarantee.genuine_refund_three")
        return tab.model.data(tab.model.index(row, 3))

    tab.date.setDate(QDate(2023, 2, 22))
    assert status() == "生效中"
    tab.date.setDate(QDate(2023, 2, 23))
    assert status() == "未生效/已失效"


def test_only_the_visible_tab_is_built_at_start(app, qtbot):
    pages = [app.window.tabs.widget(i) for i in range(app.window.tabs.count())]
    assert pages[0].is_built()
    assert not any(p.is_built() for p in pages[1:])
    app.window.tabs.setCurrentIndex(len(pages) - 1)
    qtbot.waitUntil(pages[-1].is_built)


def test_about_names_app_and_pack_version(app):
    text = app.window.about_text()
    assert app.pack.version in text and "0.1.0" in text

