"""The check names an input by its path ("trial.sales_balance", "trial.receipts[2].amount",
"withdrawal_request.date"); the seller knows it by its label and finds it on its page."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from gui.text import fill
from gui.tabs.trial.form import field_names

if TYPE_CHECKING:
    from gui.tabs.trial.trial_models import LedgerModel, ReceiptModel
    from gui.tabs.trial.trial_tab import TrialTab

ROW_PATH = re.compile(r"^trial\.(withdrawals|receipts)\[(\d+)\](?:\.(\w+))?$")


def form_key(path: str) -> str | None:
    """The trial form's field a path names ("trial.paid_orders" -> "paid_orders"), if any."""
    key = path[6:] if path.startswith("trial.") else ""
    return key if key in field_names() else None


def field_label(path: str) -> str:
    """What the seller calls the input at `path`: "货款余额（元）", "收货记录第 3 行的金额"."""
    key = form_key(path)
    if key is not None:
        return field_names()[key]
    if path.startswith("withdrawal_request"):
        return QCoreApplication.translate("TrialTab", "提现日期") if path.endswith(".date") else QCoreApplication.translate("TrialTab", "提现金额")
    match = ROW_PATH.match(path)
    if match:
        which, row, field = match.group(1), int(match.group(2)) + 1, match.group(3) or ""
        if which == "withdrawals":
            return fill(QCoreApplication.translate("TrialTab", "提现记录第 %1 行"), str(row))
        column = {"order": QCoreApplication.translate("TrialTab", "订单号"), "confirmed_at": QCoreApplication.translate("TrialTab", "确认收货时间"), "amount": QCoreApplication.translate("TrialTab", "金额")}.get(field, "")
        return fill(QCoreApplication.translate("TrialTab", "收货记录第 %1 行的%2"), str(row), column)
    if path.startswith("shop"):
        return QCoreApplication.translate("TrialTab", "店铺")
    return path


def focus(tab: TrialTab, path: str) -> None:
    """Show and focus what `path` names: a form field, a table cell, the planner, the restrictions."""
    if path.startswith("shop"):
        tab.shops.edit_requested.emit()
        return
    match = ROW_PATH.match(path)
    if match:
        which, row, field = match.group(1), int(match.group(2)), match.group(3) or ""
        model: LedgerModel | ReceiptModel
        if which == "withdrawals":
            tab.show_page("planner")
            table, model = tab.planner.ledger_table, tab.planner.ledger
        else:
            tab.show_page("receipts")
            table, model = tab.receipts.table, tab.receipts.model
        index = model.index(row, model.column_of(field))
        table.setCurrentIndex(index)
        table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
        table.scrollTo(index)
        table.setFocus()
        return
    if path.startswith("withdrawal_request"):
        tab.show_page("planner")
        (tab.planner.date if path.endswith(".date") else tab.planner.amount).setFocus()
        return
    key = form_key(path)
    if key is not None:
        tab.show_page("form")
        widget = tab.form.field_widget(key)
        tab.form.ensureWidgetVisible(widget)
        widget.setFocus()
    elif path == "trial.withdrawals":
        tab.show_page("planner")
        tab.planner.ledger_table.setFocus()
    elif path == "trial.receipts":
        tab.show_page("receipts")
        tab.receipts.table.setFocus()
    else:  # the trial as a whole: its restrictions
        tab.show_page("dashboard")
        tab.dashboard.ensureWidgetVisible(tab.dashboard.restrictions)
        tab.dashboard.restrictions.setFocus()
