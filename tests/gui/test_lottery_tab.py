import json

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.store import Shop
from gui import palette
from gui.app import Application
from gui.tabs.lottery import LotteryTab
from tests.conftest import CONTRACT
from tests.gui.helpers import edit_cell, type_text, wait_ops, wait_saved


@pytest.fixture
def tab(lottery_tab) -> LotteryTab:
    return lottery_tab


def settle(qtbot, tab):
    """Let the coalesced re-check run, as the event loop would between keystrokes."""
    qtbot.wait(5)


def col(tab, field):
    return tab.model.column_of(field)


def add_good_prize(qtbot, tab):
    qtbot.mouseClick(tab.buttons["add"], Qt.MouseButton.LeftButton)
    row = tab.current_row()
    edit_cell(qtbot, tab.table, row, col(tab, "title"), "李宁 纯棉 短袖T恤")
    edit_cell(qtbot, tab.table, row, col(tab, "brand"), "李宁")
    edit_cell(qtbot, tab.table, row, col(tab, "material"), "纯棉")
    edit_cell(qtbot, tab.table, row, col(tab, "category"), "服饰/鞋靴 > 男装 > T恤")
    edit_cell(qtbot, tab.table, row, col(tab, "unit_value"), "129.00")
    edit_cell(qtbot, tab.table, row, col(tab, "quantity"), "20")
    for box in tab.image.checks:
        box.setChecked(True)
    settle(qtbot, tab)
    return row


def test_typing_a_plan_shows_a_finding_that_disappears_when_fixed(tab, qtbot):
    row = add_good_prize(qtbot, tab)
    assert tab.findings.messages() == []
    edit_cell(qtbot, tab.table, row, col(tab, "unit_value"), "50000.01")
    settle(qtbot, tab)
    assert any("超过上限 50000.00 元" in m for m in tab.findings.messages())
    assert any("超过上限 50,000.00 元" in c.text.text() for c in tab.findings.cards)  # read with separators
    assert "50,000.01" in tab.facts.text()
    edit_cell(qtbot, tab.table, row, col(tab, "unit_value"), "50000.00")
    settle(qtbot, tab)
    assert not any("超过上限" in m for m in tab.findings.messages())


def test_terms_with_a_fee_are_flagged_as_the_seller_types(tab, qtbot):
    add_good_prize(qtbot, tab)
    type_text(qtbot, tab.terms, "中奖后需自付邮费")
    settle(qtbot, tab)
    fee = [m for m in tab.findings.messages() if "收费" in m]
    assert fee and "邮费" in fee[0]
    tab.terms.setPlainText("关注主播即可参与，包邮。")
    settle(qtbot, tab)
    assert tab.findings.messages() == []


def test_activating_a_finding_focuses_its_field(tab, qtbot):
    row = add_good_prize(qtbot, tab)
    edit_cell(qtbot, tab.table, row, col(tab, "unit_value"), "60000")
    settle(qtbot, tab)
    card = next(c for c in tab.findings.cards if "超过上限" in c.message)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert tab.table.currentIndex().row() == row
    assert tab.table.currentIndex().column() == col(tab, "max_wins_per_user")


def test_bad_input_is_a_field_error_not_a_crash(tab, qtbot):
    row = add_good_prize(qtbot, tab)
    edit_cell(qtbot, tab.table, row, col(tab, "quantity"), "0")
    settle(qtbot, tab)
    assert tab.findings.messages()[0].startswith("prizes[0].quantity")
    edit_cell(qtbot, tab.table, row, col(tab, "unit_value"), "-5")
    edit_cell(qtbot, tab.table, row, col(tab, "quantity"), "2")
    settle(qtbot, tab)
    assert "prizes[0].unit_value" in tab.findings.messages()[0]
    assert tab.model.prizes[row]["unit_value"] == "-5"  # kept as typed, nothing lost


def test_plan_is_saved_and_reopens_after_restart(app, tab, qtbot):
    add_good_prize(qtbot, tab)
    tab.session_title.setText("周六晚场")
    app.window.close()  # closing saves what is pending
    again = Application(app.qapp, app.store, app.pack)
    qtbot.addWidget(again.window)
    reopened = again.window.tab(LotteryTab)
    qtbot.waitUntil(reopened.plans.idle)  # the plan is read off the UI thread
    assert reopened.session_title.text() == "周六晚场"
    assert reopened.model.prizes[0]["title"] == "李宁 纯棉 短袖T恤"
    assert reopened.plans.combo.currentText().startswith("周六晚场")


def test_rename_and_new_plan(tab, qtbot, monkeypatch):
    add_good_prize(qtbot, tab)
    wait_saved(tab)
    from PySide6.QtWidgets import QInputDialog
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("国庆专场", True))
    tab.plans.rename()
    assert tab.plans.combo.currentText() == "国庆专场"
    tab.plans.new_plan()
    assert tab.model.rowCount() == 0
    wait_saved(tab)
    assert tab.plans.combo.count() == 2


def test_open_contract_json_and_save_it_back(tab, qtbot, tmp_path):
    assert tab.plans.open_file(str(CONTRACT / "lottery.json"))
    assert tab.model.prizes[0]["title"] == "李宁 纯棉 短袖T恤"
    assert "关注主播" in tab.terms.toPlainText()
    out = tmp_path / "saved.json"
    assert tab.plans.save_file(str(out))
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["prizes"][0]["unit_value"] == "129.00" and saved["shop"]["name"] == "小林服饰"


def test_bad_json_file_is_refused_with_a_message(tab, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not tab.plans.open_file(str(bad))
    assert "第 1 行" in shown[0]


def test_mark_shipped_in_fulfilment_view(tab, qtbot):
    from datetime import datetime, timedelta
    from PySide6.QtCore import QDateTime
    start = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=5)
    tab.start.setDateTime(QDateTime(start))
    tab.end.setDateTime(QDateTime(start + timedelta(hours=3)))
    row = add_good_prize(qtbot, tab)
    edit_cell(qtbot, tab.table, row, col(tab, "draw_at"), (start + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"))
    settle(qtbot, tab)
    tab.pages.setCurrentWidget(tab.fulfilment)
    tab.fulfilment.table.selectRow(0)
    qtbot.mouseClick(tab.fulfilment.mark, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.model.prizes[0]["shipped_at"]
    assert "已按时发货" in tab.fulfilment.model.data(tab.fulfilment.model.index(0, 3))
    assert tab.findings.messages() == []


def test_cannot_mark_shipped_before_the_draw(tab, qtbot, monkeypatch):
    from datetime import datetime, timedelta

    from PySide6.QtCore import QDateTime

    from core.values import BEIJING
    # the session starts two hours from now (a blank plan's 19:30 is in the past after 20:30 Beijing time)
    start = datetime.now(BEIJING).replace(tzinfo=None, second=0, microsecond=0) + timedelta(hours=2)
    tab.start.setDateTime(QDateTime(start))
    tab.end.setDateTime(QDateTime(start + timedelta(hours=3)))
    add_good_prize(qtbot, tab)  # drawn an hour after the start
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    tab.pages.setCurrentWidget(tab.fulfilment)
    tab.fulfilment.table.selectRow(0)
    qtbot.mouseClick(tab.fulfilment.mark, Qt.MouseButton.LeftButton)
    assert tab.model.prizes[0]["shipped_at"] is None and "还没有开奖" in shown[0]


def test_overdue_prize_is_red_in_fulfilment(tab, qtbot):
    tab.plans.open_file(str(CONTRACT / "lottery.json"))  # drawn in 2023, never shipped
    settle(qtbot, tab)
    model = tab.fulfilment.model
    assert model.data(model.index(0, 3)).startswith("已超时")
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ForegroundRole).name() == palette.ERROR


def test_unreadable_image_says_so(tab, qtbot, tmp_path):
    add_good_prize(qtbot, tab)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png")
    tab.image.choose(str(broken))
    assert "无法读取" in tab.image.error.text()
    assert tab.model.prizes[0]["image"] is None


def test_export_xlsx_with_findings(tab, qtbot, tmp_path):
    add_good_prize(qtbot, tab)
    tab.terms.setPlainText("=HYPERLINK(\"http://x\") 需自付邮费")
    settle(qtbot, tab)
    out = tmp_path / "plan.xlsx"
    assert tab.export_xlsx(str(out))
    wait_ops(qtbot)
    book = load_workbook(out)
    assert book.sheetnames == ["方案", "检查结果", "发货"]
    findings = [row[1] for row in book["检查结果"].iter_rows(min_row=2, values_only=True)]
    assert "ks.lottery.no_extra_fees" in findings
    terms_cells = [row for row in book["方案"].iter_rows(values_only=True) if row and row[0] == "抽奖说明"]
    assert terms_cells[0][1].startswith("'=")


def test_duplicate_move_and_delete_prizes(tab, qtbot, monkeypatch):
    add_good_prize(qtbot, tab)
    qtbot.mouseClick(tab.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 2 and tab.current_row() == 1
    edit_cell(qtbot, tab.table, 1, col(tab, "title"), "李宁 纯棉 卫衣")
    qtbot.mouseClick(tab.buttons["up"], Qt.MouseButton.LeftButton)
    assert tab.model.prizes[0]["title"] == "李宁 纯棉 卫衣"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.buttons["delete"], Qt.MouseButton.LeftButton)
    assert [p["title"] for p in tab.model.prizes] == ["李宁 纯棉 短袖T恤"]


def test_an_edit_pending_when_the_seller_switches_shop_is_kept_with_its_own_shop(app, tab, qtbot):
    first = app.window.shops.shop()
    other = app.store.save_shop(Shop(name="老周车行", experience_score="4.60"))
    app.window.reload_shops()
    type_text(qtbot, tab.session_title, "周五晚场")
    app.window.shops.set_shop(other)  # before the autosave timer fires
    saved = [json.dumps(p, ensure_ascii=False) for p in app.store.plans(first.id, "lottery")]
    assert any("周五晚场" in s for s in saved)
    assert not any("周五晚场" in json.dumps(p, ensure_ascii=False) for p in app.store.plans(other.id, "lottery"))
