"""The withdrawal ledger's arithmetic (core.trial_ledger): recording a withdrawal with the platform's
deposit top-up, undoing it, the deposit balance over time, and values too large to compute with."""

from datetime import date
from decimal import Decimal

import pytest

from core import trial_ledger as ledger
from core.errors import InputError

TRIAL = {"started": "2023-03-01", "deposit_required": "2000.00", "deposit_balance": "300.00",
         "sales_balance": "1800.00", "withdrawals": []}


def test_recording_a_withdrawal_moves_both_balances_and_keeps_date_order():
    trial, row = ledger.record(TRIAL, date(2023, 4, 5), Decimal("300.00"), Decimal("600.00"))
    assert row == 0
    assert (trial["deposit_balance"], trial["sales_balance"]) == ("600.00", "1200.00")  # 1800 - 300 - 300
    assert trial["withdrawals"] == [{"date": "2023-04-05", "amount": "300.00", "topup": "300.00",
                                     "deposit_after": "600.00"}]
    earlier, row = ledger.record(trial, date(2023, 3, 20), Decimal("100.00"), None)  # 补记: balances stay
    assert row == 0 and [w["date"] for w in earlier["withdrawals"]] == ["2023-03-20", "2023-04-05"]
    assert earlier["deposit_balance"] == "600.00" and earlier["withdrawals"][0]["topup"] is None
    assert TRIAL["withdrawals"] == []  # the input is not changed


def test_deleting_undoes_what_recording_did():
    trial, _ = ledger.record(TRIAL, date(2023, 4, 5), Decimal("300.00"), Decimal("600.00"))
    back = ledger.delete(trial, 0)
    assert (back["deposit_balance"], back["sales_balance"], back["withdrawals"]) == ("300.00", "1800.00", [])
    past, _ = ledger.record(TRIAL, date(2023, 3, 20), Decimal("100.00"), None)
    assert ledger.delete(past, 0)["sales_balance"] == "1800.00"  # a 补记 entry changes nothing back


def test_history_works_back_a_past_entry_and_adds_today_and_the_plan():
    trial, _ = ledger.record(TRIAL, date(2023, 3, 20), Decimal("100.00"), None)
    trial, _ = ledger.record(trial, date(2023, 4, 1), Decimal("200.00"), Decimal("500.00"))
    rows = ledger.history(trial, date(2023, 4, 5), (date(2023, 5, 2), Decimal("150.00"), Decimal("650.00")))
    assert [(r.on, r.event, r.balance, r.estimated) for r in rows] == [
        ("2023-03-20", "withdrawal", "300.00", True),   # 500 after the next one, less its 200 top-up
        ("2023-04-01", "withdrawal", "500.00", False),
        ("2023-04-05", "today", "500.00", False),
        ("2023-05-02", "planned", "650.00", False)]
    assert rows[-1].shortfall == "1350.00" and rows[-1].change == "150.00"


@pytest.mark.parametrize("field, value", [("sales_balance", "1e999999"), ("paid_amount", "9" * 13)])
def test_amounts_too_large_to_compute_are_refused_by_name(field, value):
    with pytest.raises(InputError) as refused:
        ledger.refuse_unreadable({"trial": {**TRIAL, field: value}})
    assert refused.value.field == f"trial.{field}" and "过大" in refused.value.message


@pytest.mark.parametrize("value, says", [("²", "应为整数"), ("9" * 12, "数字过大")])
def test_counts_that_are_not_numbers_are_refused(value, says):
    with pytest.raises(InputError, match=says):
        ledger.refuse_unreadable({"trial": {**TRIAL, "paid_orders": value}})
