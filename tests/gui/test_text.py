"""One message formatter: a value that itself holds "%2" stays as the seller typed it."""

from gui.text import fill


def test_each_marker_is_filled_once_in_one_pass():
    assert fill("确定删除店铺“%1”及其 %2 个方案吗？", "双11%2狂欢店", 3) == "确定删除店铺“双11%2狂欢店”及其 3 个方案吗？"
    assert fill("%2 之后是 %1", "甲", "乙") == "乙 之后是 甲"
    assert fill("%1 和 %3", "甲") == "甲 和 %3"  # a missing value leaves its marker, never a crash


def test_a_shop_named_with_a_marker_shows_as_typed(app, qtbot):
    from core.store import Shop

    shop = app.store.save_shop(Shop(name="100%1好店", experience_score="4.60"))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    assert "体验分 4.60" in app.window.shop_info.text()
    assert app.window.shop_box.currentText().startswith("100%1好店")
