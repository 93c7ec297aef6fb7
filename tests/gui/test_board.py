import json
from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from core.store import Shop
from core.values import BEIJING
from gui import palette
from gui.tabs.board_tab import BoardTab
from tests.conftest import CONTRACT


def lottery_drawn(hours_ago: float) -> dict:
    plan = json.loads((CONTRACT / "lottery.json").read_text(encoding="utf-8"))
    draw = datetime.now(BEIJING).replace(microsecond=0) - timedelta(hours=hours_ago)
    plan["session"].update(start=(draw - timedelta(hours=1)).isoformat(), end=(draw + timedelta(hours=1)).isoformat())
    plan["prizes"][0]["draw_at"] = draw.isoformat()
    return plan


def test_board_lists_a_prize_due_soon_in_amber_and_updates(app, qtbot):
    shop = app.store.save_shop(Shop(name="小林服饰", experience_score="4.52"))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    board = app.window.show_tab(BoardTab)
    qtbot.waitUntil(board.idle)
    assert board.model.rowCount() == 0 and "没有要赶的时限" in board.summary.text()
    app.store.save_plan(shop.id, "lottery", "今晚", lottery_drawn(hours_ago=40))  # 8 h left
    board.refresh()
    qtbot.waitUntil(board.idle)
    assert board.model.rowCount() == 1
    assert board.model.data(board.model.index(0, 2)).startswith("奖品“李宁")
    assert board.model.data(board.model.index(0, 1)) in ("还剩 8小时0分钟", "还剩 7小时59分钟")
    assert board.model.data(board.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).name() == palette.WARNING
    assert "1 项 24 小时内到期" in board.summary.text()
    app.store.save_plan(shop.id, "lottery", "昨晚", lottery_drawn(hours_ago=50))  # 2 h overdue
    board.refresh()
    qtbot.waitUntil(board.idle)
    assert board.model.data(board.model.index(0, 1)) in ("已超时 2小时0分钟", "已超时 2小时1分钟")
    assert board.model.data(board.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).name() == palette.ERROR
    assert board.model.data(board.model.index(0, 0), Qt.ItemDataRole.FontRole).bold()


def test_board_columns_fit_what_they_show(app, qtbot):
    """Every column but the stretched one is as wide as its longest cell: no “…” in place of a rule id."""
    shop = app.store.save_shop(Shop(name="小林服饰"))
    app.store.save_plan(shop.id, "lottery", "今晚", lottery_drawn(hours_ago=40))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    board = app.window.show_tab(BoardTab)
    qtbot.waitUntil(board.idle)
    qtbot.wait(10)
    header = board.table.horizontalHeader()
    for column in (0, 1, 3, 4, 5):
        assert header.sectionSize(column) >= board.table.sizeHintForColumn(column), column
    app.store.save_plan(shop.id, "lottery", "很长很长很长很长很长很长的方案名称", lottery_drawn(hours_ago=30))
    board.refresh()
    qtbot.waitUntil(board.idle)
    qtbot.wait(10)
    assert header.sectionSize(4) >= board.table.sizeHintForColumn(4)


def test_board_follows_the_current_shop(app, qtbot):
    a = app.store.save_shop(Shop(name="小林服饰"))
    b = app.store.save_shop(Shop(name="老周车行"))
    app.store.save_plan(a.id, "lottery", "今晚", lottery_drawn(hours_ago=40))
    app.window.shops.set_shop(a)
    app.window.reload_shops()
    board = app.window.show_tab(BoardTab)
    qtbot.waitUntil(board.idle)
    assert board.model.rowCount() == 1
    app.window.shop_box.setCurrentIndex(app.window.shop_box.findData(b.id))
    qtbot.waitUntil(board.idle)
    assert board.model.rowCount() == 0 and "老周车行" in board.summary.text()


def test_reminder_is_given_once_per_deadline(app):
    shop = app.store.save_shop(Shop(name="小林服饰"))
    app.store.save_plan(shop.id, "lottery", "今晚", lottery_drawn(hours_ago=40))
    now = datetime.now(BEIJING)
    first = app.notifier.pending(now)
    assert len(first) == 1 and "小林服饰" in first[0] and "还剩" in first[0]
    assert app.notifier.pending(now) == []


def test_board_foreground_role_is_qts():
    from gui.tabs.board_tab import FOREGROUND_ROLE
    assert FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value
