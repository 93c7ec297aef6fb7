"""The 保证金与试运营 tab as a seller uses it: a Douyin 0元入驻 trial shop's data typed in, withdrawals
planned and recorded, receipts turned into a settlement calendar, bad input refused field by field.

Thresholds come from the rule pack (《抖音电商“0元入驻”试运营规范》, dy_trial.toml), read as of the
moment the tab is frozen at.
"""

from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from core.store import Shop
from core.values import fmt_money
from gui.app import Application
from gui.text import money
from gui.tabs.trial import TrialTab
from gui.tabs.trial import trial_tab as trial_module
from gui.tabs.trial.paths import field_label
from tests.conftest import bj
from tests.gui.helpers import edit_cell, fresh_plans, type_text, wait_ops, wait_saved

NOW = bj("2023-04-05T10:00:00")  # a Wednesday in April: the month's withdrawal is still free
TODAY = NOW.date()
CENT = Decimal("0.01")
# The contract's example shop (../shared/contract/trial.json), started a month before NOW.
SHOP_DATA = {"deposit_required": "2000.00", "deposit_balance": "300.00", "sales_balance": "1800.00",
             "paid_orders": "64", "paid_amount": "3120.50", "online_products": "85"}


@pytest.fixture(autouse=True)
def frozen_now(monkeypatch):
    monkeypatch.setattr(trial_module, "now", lambda: NOW)


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch):
    """A message box no test expects would wait for a click for ever: fail instead."""
    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[2] if len(args) > 2 else args}")
    for name in ("information", "warning", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)


def open_tab(app, shop: Shop) -> TrialTab:
    shop = app.store.save_shop(shop)
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    return app.window.show_tab(TrialTab)


@pytest.fixture
def blank(app) -> TrialTab:
    """A personal Douyin shop with no trial data yet."""
    return open_tab(app, Shop(name="阿花手作", platform="douyin", shop_type="personal"))


@pytest.fixture
def tab(blank, qtbot) -> TrialTab:
    """The same shop with the contract's numbers typed in, trial started 2023-03-01."""
    blank.form.started.setDate(QDate(2023, 3, 1))
    for key, value in SHOP_DATA.items():
        retype(qtbot, blank.form.edits[key], value)
    settle(qtbot)
    assert blank.report is not None
    return blank


def settle(qtbot) -> None:
    """Let the coalesced re-check run, as the event loop would between keystrokes."""
    qtbot.wait(5)


def retype(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def param(tab: TrialTab, rule: str, name: str):
    return tab.pack[rule].param(name, NOW)


def stored(tab: TrialTab) -> dict:
    """The trial document as the next start of the app will read it: once the autosave has run,
    through a fresh connection."""
    wait_saved(tab)
    plans = fresh_plans(tab.store.path, tab.shops.shop().id, "trial")
    assert len(plans) == 1
    return plans[0]["data"]


def gauge(tab: TrialTab, code: str):
    codes = [g["code"] for g in tab.report.facts["gauges"]]
    return tab.dashboard.gauges[codes.index(code)]


def ledger_rows(tab: TrialTab) -> list[list[str]]:
    model = tab.planner.ledger
    return [[model.text(row, column) for column in model.COLUMNS] for row in range(model.rowCount())]


def plan_withdrawal(qtbot, tab: TrialTab, amount: str, on: date = TODAY) -> None:
    tab.show_page("planner")
    tab.planner.date.setDate(QDate(on))
    retype(qtbot, tab.planner.amount, amount)
    settle(qtbot)


def max_withdrawal(tab: TrialTab, sales: str) -> Decimal:
    share = Decimal(param(tab, "dy.trial.withdraw_amount", "max_share_of_sales"))
    return (Decimal(sales) * share).quantize(CENT, rounding=ROUND_DOWN)


def messages_about(tab: TrialTab, text: str) -> list[str]:
    return [m for m in tab.findings.messages() if text in m]


# ---- Which shops the tab is for ---------------------------------------------------------------

def test_kuaishou_shop_is_told_the_trial_is_a_douyin_rule(app, qtbot):
    tab = open_tab(app, Shop(name="小林服饰", platform="kuaishou", shop_type="personal"))
    assert tab.stack.currentIndex() == 0
    notice = tab.notice.notice.text()
    assert "小林服饰" in notice and "快手小店" in notice and "抖店" in notice
    assert tab.notice.edit_button.isVisibleTo(tab)
    assert tab.report is None and tab.store.plans(tab.shops.shop().id, "trial") == []

    douyin = app.store.save_shop(Shop(name="阿花手作", platform="douyin", shop_type="individual"))
    app.window.shops.set_shop(douyin)
    assert tab.stack.currentIndex() == 1
    assert "试运营状态未知" in tab.dashboard.status_text()


def test_a_douyin_flagship_store_is_not_a_trial_shop(app):
    tab = open_tab(app, Shop(name="某某旗舰店", platform="douyin", shop_type="flagship"))
    assert tab.stack.currentIndex() == 0
    assert "某某旗舰店" in tab.notice.notice.text() and "个人店" in tab.notice.notice.text()


def test_a_new_shop_is_asked_for_its_numbers_and_nothing_is_saved(blank, qtbot):
    assert blank.stack.currentIndex() == 1
    status = blank.dashboard.status_text()
    assert "试运营状态未知" in status and "“应缴保证金（元）”还没有填写" in status
    assert blank.dashboard.fill_in.isVisibleTo(blank)
    assert not blank.dashboard.gauges_box.isVisibleTo(blank)
    qtbot.mouseClick(blank.dashboard.fill_in, Qt.MouseButton.LeftButton)
    assert blank.pages.currentWidget() is blank.form
    assert blank.store.plans(blank.shops.shop().id, "trial") == []


# ---- The dashboard ----------------------------------------------------------------------------

def test_dashboard_shows_status_deposit_and_restrictions(tab):
    assert "试运营中" in tab.dashboard.status_text()
    orders = gauge(tab, "orders")
    limit = param(tab, "dy.trial.ended", "max_orders")["personal"]
    assert orders.text.startswith(f"已支付订单 64 单 / 超过 {limit} 单结束试运营，还可 {limit - 64} 单")
    assert orders.bar.value() == round(64 / limit * 1000)
    amount_limit = Decimal(param(tab, "dy.trial.ended", "max_amount")["personal"])
    assert f"还可 {money(amount_limit - Decimal('3120.50'))} 元" in gauge(tab, "amount").text
    assert len(tab.dashboard.gauges) == 6

    deposit = tab.dashboard.deposit_text.text()
    assert "保证金余额 300.00 元 / 应缴 2,000.00 元" in deposit and "还差 1,700.00 元" in deposit
    assert tab.dashboard.deposit_bar.value() == 150

    cap = param(tab, "dy.trial.listing_cap", "online_cap")["personal"]
    restrictions = tab.dashboard.restrictions.text()
    assert f"在线商品不超过 {cap} 个" in restrictions and "仅支持货架经营" in restrictions
    assert "精选联盟" in restrictions
    assert tab.findings.summary.text().startswith("没有错误")


@pytest.mark.parametrize("field, code", [("paid_orders", "orders"), ("paid_amount", "amount")])
def test_sales_thresholds_end_the_trial_one_step_past_the_limit(tab, qtbot, field, code):
    limit = param(tab, "dy.trial.ended", "max_orders" if code == "orders" else "max_amount")["personal"]
    step = 1 if code == "orders" else CENT
    at_limit = str(limit) if code == "orders" else fmt_money(Decimal(limit))
    retype(qtbot, tab.form.edits[field], at_limit)
    settle(qtbot)
    assert tab.report.facts["status"] == "in_trial"
    assert "试运营中" in tab.dashboard.status_text()
    assert "已到上限，再增加就会结束试运营" in gauge(tab, code).text
    assert gauge(tab, code).bar.value() == 1000

    past = str(Decimal(at_limit) + step)
    retype(qtbot, tab.form.edits[field], past)
    settle(qtbot)
    assert tab.report.facts["end_reasons"] == [code]
    status = tab.dashboard.status_text()
    assert "试运营已结束" in status and f"{money(past)} " in status and "保证金还差 1,700.00 元" in status
    assert "已达到，试运营已结束" in gauge(tab, code).text
    restrictions = tab.dashboard.restrictions.text()
    assert "限制发布商品" in restrictions and "店铺限制成交" in restrictions
    assert messages_about(tab, "试运营期已结束")


@pytest.mark.parametrize("field, code, param_name", [
    ("general_violations", "general_violations", "general_violations"),
    ("serious_violations", "serious_violations", "serious_violations"),
    ("violating_orders", "violating_orders", "violating_orders"),
    ("influencer_points_30d", "influencer_points", "influencer_points"),
])
def test_violations_end_the_trial_at_the_limit(tab, qtbot, field, code, param_name):
    limit = param(tab, "dy.trial.ended", param_name)
    retype(qtbot, tab.form.edits[field], str(limit - 1))
    settle(qtbot)
    assert tab.report.facts["status"] == "in_trial"
    assert "还可" not in gauge(tab, code).text and "再有 1" in gauge(tab, code).text
    retype(qtbot, tab.form.edits[field], str(limit))
    settle(qtbot)
    assert tab.report.facts["end_reasons"] == [code]
    assert f"达到 {limit} " in tab.dashboard.status_text()
    assert gauge(tab, code).bar.value() == 1000


def test_paying_the_deposit_in_full_ends_the_trial_and_lifts_the_limits(tab, qtbot):
    retype(qtbot, tab.form.edits["deposit_balance"], "2000.00")
    settle(qtbot)
    assert "保证金已缴足" in tab.dashboard.status_text()
    assert tab.dashboard.deposit_bar.value() == 1000
    assert "没有试运营限制" in tab.dashboard.restrictions.text()
    assert "提现不再受试运营限制" in tab.planner.summary.text()


def test_a_negative_deposit_blocks_withdrawals(tab, qtbot, monkeypatch):
    retype(qtbot, tab.form.edits["deposit_balance"], "-50.00")
    settle(qtbot)
    assert "余额低于 0" in tab.dashboard.deposit_text.text()
    assert "限制货款提现" in tab.dashboard.restrictions.text()
    assert "暂不能提现" in tab.planner.summary.text()
    assert "可提现 100.00 –" not in tab.planner.summary.text()  # no range that contradicts it
    assert stored(tab)["trial"]["deposit_balance"] == "-50.00"  # possible, so saved
    plan_withdrawal(qtbot, tab, "100.00")
    assert "不符合试运营规则" in tab.planner.preview.text()
    assert "按本次计划提现" not in tab.dashboard.deposit_text.text()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    qtbot.mouseClick(tab.planner.record_button, Qt.MouseButton.LeftButton)
    assert warned and "不能提现" in warned[0]
    assert ledger_rows(tab) == [] and stored(tab)["trial"]["withdrawals"] == []


# ---- Withdrawals --------------------------------------------------------------------------------

def test_recording_a_withdrawal_moves_the_range_the_next_date_and_the_gauges(tab, qtbot):
    low = param(tab, "dy.trial.withdraw_amount", "min_amount")
    high = max_withdrawal(tab, "1800.00")
    summary = tab.planner.summary.text()
    assert f"今天可以提现：{low} – {high} 元" in summary and f"最早 {TODAY} 可提" in summary
    assert tab.dashboard.deposit_bar.value() == 150
    orders_before = gauge(tab, "orders").bar.value()

    plan_withdrawal(qtbot, tab, "800.00")
    assert "货款余额 1,800.00 → 200.00 元" in tab.planner.preview.text()
    assert "保证金余额 300.00 → 1,100.00 元" in tab.planner.preview.text()
    assert "提现后保证金 1,100.00 元，还差 900.00 元" in tab.dashboard.deposit_text.text()
    planned = tab.planner.balances.rows[-1]
    assert (planned.event, planned.balance, planned.shortfall) == ("planned", "1100.00", "900.00")

    qtbot.mouseClick(tab.planner.record_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert ledger_rows(tab) == [[str(TODAY), "800.00", "800.00", "1,100.00"]]
    assert tab.planner.amount.text() == ""
    assert tab.form.edits["deposit_balance"].text() == "1100.00"
    assert tab.form.edits["sales_balance"].text() == "200.00"
    summary = tab.planner.summary.text()
    assert "本月已提现，下次可提现日期：2023-05-01" in summary
    assert f"可提现 {low} – {max_withdrawal(tab, '200.00')} 元" in summary
    assert tab.report.facts["next_withdraw_date"] == "2023-05-01"
    # The deposit gauge moves with the top-up; the end-of-trial gauges move as orders come in.
    assert tab.dashboard.deposit_bar.value() == 550
    assert "保证金余额 1,100.00 元 / 应缴 2,000.00 元" in tab.dashboard.deposit_text.text()
    retype(qtbot, tab.form.edits["paid_orders"], "90")
    settle(qtbot)
    assert gauge(tab, "orders").bar.value() > orders_before
    assert "已支付订单 90 单" in gauge(tab, "orders").text

    saved = stored(tab)["trial"]
    assert saved["deposit_balance"] == "1100.00" and saved["sales_balance"] == "200.00"
    assert saved["withdrawals"] == [{"date": str(TODAY), "amount": "800.00", "topup": "800.00",
                                     "deposit_after": "1100.00"}]


def test_a_second_withdrawal_in_the_month_is_refused(tab, qtbot, monkeypatch):
    plan_withdrawal(qtbot, tab, "300.00")
    assert tab.record_withdrawal()
    settle(qtbot)
    plan_withdrawal(qtbot, tab, "100.00", date(2023, 4, 3))
    assert messages_about(tab, "每月只能提现")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert not tab.record_withdrawal()
    assert "每月只能提现" in warned[0]
    assert len(ledger_rows(tab)) == 1 and len(stored(tab)["trial"]["withdrawals"]) == 1


@pytest.mark.parametrize("which, ok", [("min", True), ("below_min", False), ("max", True),
                                       ("above_max", False)])
def test_withdrawal_amount_at_its_boundaries(tab, qtbot, monkeypatch, which, ok):
    low = Decimal(param(tab, "dy.trial.withdraw_amount", "min_amount"))
    high = max_withdrawal(tab, "1800.00")
    amount = {"min": low, "below_min": low - CENT, "max": high, "above_max": high + CENT}[which]
    plan_withdrawal(qtbot, tab, fmt_money(amount))
    errors = [f for f in tab.report.findings if f.severity == "error"]
    assert (errors == []) == ok
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    assert tab.record_withdrawal() == ok
    assert len(stored(tab)["trial"]["withdrawals"]) == (1 if ok else 0)


def test_a_past_withdrawal_is_recorded_without_touching_the_balances(tab, qtbot):
    tab.planner.update_balances.setChecked(False)
    plan_withdrawal(qtbot, tab, "300", date(2023, 3, 20))
    assert "补记" in tab.planner.preview.text()
    assert tab.record_withdrawal()
    settle(qtbot)
    assert ledger_rows(tab) == [["2023-03-20", "300.00", "（补记）", "（补记）"]]
    assert tab.form.edits["deposit_balance"].text() == "300.00"
    assert tab.form.edits["sales_balance"].text() == "1800.00"
    assert tab.report.facts["next_withdraw_date"] == str(TODAY)  # March's, not April's
    history = tab.planner.balances.rows
    assert (history[0].on, history[0].balance, history[0].estimated) == ("2023-03-20", "300.00", True)


def test_deleting_a_withdrawal_asks_first_and_puts_the_balances_back(tab, qtbot, monkeypatch):
    plan_withdrawal(qtbot, tab, "800.00")
    assert tab.record_withdrawal()
    settle(qtbot)
    tab.planner.ledger_table.selectRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(tab.planner.delete_button, Qt.MouseButton.LeftButton)
    assert "货款余额加回 1,600.00 元，保证金余额减去 800.00 元" in asked[0]
    assert len(ledger_rows(tab)) == 1 and len(stored(tab)["trial"]["withdrawals"]) == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.planner.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert ledger_rows(tab) == []
    assert tab.form.edits["deposit_balance"].text() == "300.00"
    assert tab.form.edits["sales_balance"].text() == "1800.00"
    assert f"今天可以提现：100.00 – {max_withdrawal(tab, '1800.00')} 元" in tab.planner.summary.text()
    saved = stored(tab)["trial"]
    assert saved["withdrawals"] == [] and saved["deposit_balance"] == "300.00"


def test_deleting_with_nothing_selected_says_what_to_do(tab, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    assert not tab.delete_withdrawal()
    assert "选中" in said[0]


# ---- Bad input --------------------------------------------------------------------------------

@pytest.mark.parametrize("field, typed, says", [
    ("sales_balance", "-5", "不能为负数"),
    ("paid_amount", "-0.01", "不能为负数"),
    ("deposit_required", "两千", "不是有效金额"),
    ("deposit_balance", "300元", "不是有效金额"),
    ("paid_orders", "六十四", "应为整数"),
    ("online_products", "-1", "不能小于 0"),
])
def test_bad_trial_value_is_a_field_error_and_is_kept_as_typed(tab, qtbot, field, typed, says):
    label = field_label(f"trial.{field}")
    retype(qtbot, tab.form.edits[field], typed)
    settle(qtbot)
    assert tab.report is None
    message = tab.findings.messages()[0]
    assert label in message and says in message
    assert "border" in tab.form.edits[field].styleSheet()
    assert tab.form.edits[field].text() == typed  # kept as typed
    assert "已照填写保存" in tab.saved_label.text()
    assert f"“{label}”填写有误" in tab.dashboard.status_text()
    assert stored(tab)["trial"][field] == typed  # what the seller typed is never dropped

    retype(qtbot, tab.form.edits[field], SHOP_DATA[field])
    settle(qtbot)
    assert tab.report is not None and tab.form.edits[field].styleSheet() == ""
    assert "试运营中" in tab.dashboard.status_text()


@pytest.mark.parametrize("amount", ["abc", "５百", "1e999999", "NaN"])
def test_non_numeric_withdrawal_is_a_field_error_and_nothing_is_recorded(tab, qtbot, monkeypatch, amount):
    before = stored(tab)
    plan_withdrawal(qtbot, tab, amount)
    message = tab.findings.messages()[0]
    assert "提现金额" in message
    assert "border" in tab.planner.amount.styleSheet()
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    qtbot.mouseClick(tab.planner.record_button, Qt.MouseButton.LeftButton)
    assert said and "改正" in said[0]
    assert ledger_rows(tab) == [] and tab.form.edits["sales_balance"].text() == "1800.00"
    after = stored(tab)["trial"]
    assert after["withdrawals"] == before["trial"]["withdrawals"] == []
    assert after["sales_balance"] == before["trial"]["sales_balance"]


def test_withdrawal_before_the_trial_started_is_a_field_error(tab, qtbot, monkeypatch):
    before = stored(tab)
    tab.planner.update_balances.setChecked(False)  # even as a record of the past
    plan_withdrawal(qtbot, tab, "300.00", date(2023, 2, 28))
    message = tab.findings.messages()[0]
    assert "提现日期" in message and "早于试运营开始日期 2023-03-01" in message
    assert "border" in tab.planner.date.styleSheet()
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    assert not tab.record_withdrawal()
    assert ledger_rows(tab) == [] and stored(tab)["trial"]["withdrawals"] == before["trial"]["withdrawals"] == []


def test_moving_the_start_after_a_recorded_withdrawal_is_refused(tab, qtbot):
    plan_withdrawal(qtbot, tab, "300.00")
    assert tab.record_withdrawal()
    settle(qtbot)
    before = stored(tab)
    tab.form.started.setDate(QDate(TODAY + timedelta(days=1)))
    settle(qtbot)
    assert "早于试运营开始日期" in tab.findings.messages()[0]
    after = stored(tab)["trial"]
    assert after["withdrawals"] == before["trial"]["withdrawals"]  # the record stays
    assert after["started"] == (TODAY + timedelta(days=1)).isoformat()  # and the typed date is kept


# ---- Receipts and settlement --------------------------------------------------------------------

def test_a_receipt_shows_when_its_money_settles(tab, qtbot):
    days = param(tab, "dy.trial.settlement", "settle_after_days")
    tab.show_page("receipts")
    qtbot.mouseClick(tab.receipts.buttons["add"], Qt.MouseButton.LeftButton)
    table = tab.receipts.table
    edit_cell(qtbot, table, 0, tab.receipts.model.column_of("order"), "DY20230401001")
    edit_cell(qtbot, table, 0, tab.receipts.model.column_of("confirmed_at"), "2023-04-01 10:00")
    edit_cell(qtbot, table, 0, tab.receipts.model.column_of("amount"), "59.90")
    settle(qtbot)
    calendar = tab.receipts.settlements
    settle_on = date(2023, 4, 1) + timedelta(days=days)
    assert calendar.text(0, "settle_at") == f"{settle_on} 10:00"
    assert calendar.text(0, "state") == f"待结算，还有 {(settle_on - TODAY).days} 天"
    assert calendar.text(0, "pending_total") == "59.90"
    assert f"确认收货 {days} 天后结算。待结算 1 笔，共 59.90 元" in tab.receipts.summary.text()
    assert stored(tab)["trial"]["receipts"] == [
        {"order": "DY20230401001", "confirmed_at": "2023-04-01T10:00:00", "amount": "59.90"}]


def test_a_bad_receipt_amount_is_a_cell_error(tab, qtbot):
    tab.show_page("receipts")
    qtbot.mouseClick(tab.receipts.buttons["add"], Qt.MouseButton.LeftButton)
    settle(qtbot)
    edit_cell(qtbot, tab.receipts.table, 0, tab.receipts.model.column_of("amount"), "abc")
    settle(qtbot)
    assert "收货记录第 1 行的金额" in tab.findings.messages()[0]
    assert stored(tab)["trial"]["receipts"][0]["amount"] == "abc"  # kept as typed, until corrected
    card = tab.findings.cards[0]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.receipts
    assert tab.receipts.table.currentIndex().column() == tab.receipts.model.column_of("amount")


def test_importing_receipts_fills_the_calendar_and_a_bad_file_changes_nothing(tab, qtbot, tmp_path,
                                                                                monkeypatch):
    good = tmp_path / "receipts.csv"
    good.write_text("订单号,确认收货时间,金额\nDY1,2023-03-01 09:00,10.00\nDY2,2023-03-30 12:00,20.50\n",
                    encoding="utf-8")
    assert tab.receipts.import_receipts(str(good))
    wait_ops(qtbot)
    calendar = tab.receipts.settlements
    assert [calendar.text(r, "order") for r in range(calendar.rowCount())] == ["DY1", "DY2"]
    assert calendar.text(0, "state") == "✔ 已结算"
    assert "已导入 2 笔：新增 2 笔" in tab.receipts.imported.text()
    assert len(stored(tab)["trial"]["receipts"]) == 2

    bad = tmp_path / "bad.csv"
    bad.write_text("订单号,确认收货时间,金额\nDY3,不是时间,5\n", encoding="utf-8")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    tab.receipts.import_receipts(str(bad))
    wait_ops(qtbot)
    assert "第 2 行" in warned[0]
    assert tab.receipts.model.rowCount() == 2 and len(stored(tab)["trial"]["receipts"]) == 2


# ---- Saved at once, nothing lost --------------------------------------------------------------

def test_everything_is_back_after_a_restart(app, tab, qtbot):
    retype(qtbot, tab.form.edits["general_violations"], "1")
    plan_withdrawal(qtbot, tab, "800.00")
    assert tab.record_withdrawal()
    tab.receipts.model.add({"order": "DY9", "confirmed_at": "2023-04-02T08:00:00", "amount": "12.00"})
    plan_withdrawal(qtbot, tab, "150.00", date(2023, 5, 2))
    app.window.close()

    again = Application(app.qapp, app.store, app.pack)
    qtbot.addWidget(again.window)
    reopened = again.window.show_tab(TrialTab)
    assert reopened is not tab
    assert reopened.form.started.date().toPython() == date(2023, 3, 1)
    assert reopened.form.edits["general_violations"].text() == "1"
    assert reopened.form.edits["deposit_balance"].text() == "1100.00"
    assert ledger_rows(reopened) == [[str(TODAY), "800.00", "800.00", "1,100.00"]]
    assert reopened.receipts.model.text(0, "order") == "DY9"
    assert reopened.planner.amount.text() == "150.00"
    assert reopened.planner.date.date().toPython() == date(2023, 5, 2)
    assert "本月已提现，下次可提现日期：2023-05-01" in reopened.planner.summary.text()
    again.window.close()


def test_a_value_typed_just_before_closing_is_saved(app, tab, qtbot):
    retype(qtbot, tab.form.edits["violating_orders"], "3")
    app.window.close()  # no pause: the pending check runs as the tab hides
    assert stored(tab)["trial"]["violating_orders"] == 3


def test_each_shop_keeps_its_own_trial_data(app, tab, qtbot):
    first = tab.shops.shop()
    other = app.store.save_shop(Shop(name="第二家", platform="douyin", shop_type="enterprise"))
    app.window.shops.set_shop(other)
    assert tab.form.edits["deposit_balance"].text() == ""
    app.window.shops.set_shop(first)
    assert tab.form.edits["deposit_balance"].text() == "300.00"


# ---- Dates and money the tab works out itself ----------------------------------------------------

def test_a_withdrawal_on_the_last_day_of_a_month_frees_the_first_of_the_next(tab, qtbot, monkeypatch):
    last_day = bj("2023-04-30T23:59:00")
    monkeypatch.setattr(trial_module, "now", lambda: last_day)
    plan_withdrawal(qtbot, tab, "200.00", last_day.date())
    assert tab.record_withdrawal()
    settle(qtbot)
    assert "下次可提现日期：2023-05-01" in tab.planner.summary.text()

    monkeypatch.setattr(trial_module, "now", lambda: bj("2023-05-01T00:00:00"))
    tab.load()  # the app opened again the next morning
    high = max_withdrawal(tab, tab.form.edits["sales_balance"].text())
    assert f"今天可以提现：100.00 – {high} 元" in tab.planner.summary.text()
    assert tab.planner.date.date().toPython() == date(2023, 5, 1)


def test_a_withdrawal_dated_in_the_future_is_checked_but_not_recorded(tab, qtbot, monkeypatch):
    plan_withdrawal(qtbot, tab, "200.00", date(2023, 5, 2))
    assert tab.report is not None and not messages_about(tab, "每月只能提现")
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    assert not tab.record_withdrawal()
    assert "2023-05-02 还没到" in said[0]
    assert ledger_rows(tab) == [] and stored(tab)["trial"]["withdrawals"] == []


def test_a_paid_up_shop_cannot_record_more_than_its_sales_balance(tab, qtbot, monkeypatch):
    retype(qtbot, tab.form.edits["deposit_balance"], "2000.00")
    plan_withdrawal(qtbot, tab, "1800.01")  # no 50% cap once the deposit is paid
    assert [f for f in tab.report.findings if f.severity == "error"] == []
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    assert not tab.record_withdrawal()
    assert "货款余额 1,800.00 元不够" in said[0]
    assert tab.form.edits["sales_balance"].text() == "1800.00"  # never a negative balance
    retype(qtbot, tab.planner.amount, "1800.00")
    settle(qtbot)
    assert tab.record_withdrawal()
    settle(qtbot)
    assert ledger_rows(tab) == [[str(TODAY), "1,800.00", "0.00", "2,000.00"]]
    assert stored(tab)["trial"]["sales_balance"] == "0.00"


def test_a_trial_starting_later_says_when_withdrawals_open(tab, qtbot):
    tab.form.started.setDate(QDate(2023, 4, 10))
    settle(qtbot)
    assert "试运营 2023-04-10 开始" in tab.planner.summary.text()
    assert "本月已提现" not in tab.planner.summary.text()
    assert tab.report.facts["next_withdraw_date"] == "2023-04-10"


def test_a_record_of_the_past_is_not_drawn_as_a_planned_balance(tab, qtbot):
    plan_withdrawal(qtbot, tab, "300.00", date(2023, 3, 20))
    assert tab.planner.balances.rows[-1].event == "planned"
    tab.planner.update_balances.setChecked(False)
    settle(qtbot)
    assert [row.event for row in tab.planner.balances.rows] == ["today"]


@pytest.mark.parametrize("field, typed, says", [
    ("paid_orders", "²", "应为整数"),
    ("violating_orders", "9" * 5000, "数字过大"),
    ("sales_balance", "1e999999", "金额过大"),
    ("paid_amount", "9" * 13, "金额过大"),
])
def test_values_the_check_cannot_compute_with_are_field_errors_not_crashes(tab, qtbot, field, typed, says):
    tab.form.edits[field].setText(typed)  # pasted
    settle(qtbot)
    assert tab.report is None
    assert field_label(f"trial.{field}") in tab.findings.messages()[0] and says in tab.findings.messages()[0]
    assert stored(tab)["trial"][field] == typed


def test_when_the_data_is_unreadable_the_planner_shows_no_stale_range(tab, qtbot):
    assert "今天可以提现" in tab.planner.summary.text()
    retype(qtbot, tab.form.edits["sales_balance"], "abc")
    settle(qtbot)
    summary = tab.planner.summary.text()
    assert "今天可以提现" not in summary and "货款余额（元）" in summary


def test_a_finding_takes_the_seller_to_its_field(tab, qtbot):
    cap = param(tab, "dy.trial.listing_cap", "online_cap")["personal"]
    retype(qtbot, tab.form.edits["online_products"], str(cap + 1))
    settle(qtbot)
    card = next(c for c in tab.findings.cards if "下架 1 个商品" in c.message)
    tab.show_page("dashboard")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert tab.pages.currentWidget() is tab.form
    assert tab.form.edits["online_products"].hasFocus()


def test_editing_the_shop_to_kuaishou_hides_the_trial_and_keeps_its_data(app, tab, qtbot):
    shop = tab.shops.shop()
    shop.platform = "kuaishou"
    app.window.shops.set_shop(app.store.save_shop(shop))
    assert tab.stack.currentIndex() == 0 and "快手小店" in tab.notice.notice.text()
    shop.platform = "douyin"
    app.window.shops.set_shop(app.store.save_shop(shop))
    assert tab.stack.currentIndex() == 1
    assert tab.form.edits["deposit_balance"].text() == "300.00"
