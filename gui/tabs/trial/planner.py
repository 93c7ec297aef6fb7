"""The withdrawal planner: today's allowed range and the next date, a planned withdrawal checked as
it is typed, the ledger of recorded withdrawals, and the deposit balance over time."""

from __future__ import annotations

import html
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout,
    QWidget,
)

from core import trial_ledger as ledger
from gui import palette
from gui.text import fill, money
from gui.tabs.trial.form import ERROR_STYLE, qdate
from gui.tabs.trial.trial_models import BalanceModel, LedgerModel, table_view

GREEN, RED = palette.OK, palette.ERROR


class WithdrawalPlanner(QWidget):
    """Emits `changed` when the planned withdrawal is edited, `record` and `delete` on the buttons."""

    changed = Signal()
    record = Signal()
    delete = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAccessibleName(self.tr("提现额度与日期"))

        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("例如 500.00"))
        self.amount.setAccessibleName(self.tr("提现金额（元）"))
        self.amount.setMinimumWidth(120)
        self.date = QDateEdit()
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("提现日期"))
        self.update_balances = QCheckBox(self.tr("同时更新余额"))
        self.update_balances.setChecked(True)
        self.update_balances.setToolTip(self.tr("勾选：按规则从货款余额扣除提现额和等额充值的保证金，保证金余额增加。"
                                                "不勾选：补记以前的提现，余额不变。"))
        self.update_balances.setAccessibleName(self.tr("记录时同时更新保证金余额和货款余额"))
        self.record_button = QPushButton(self.tr("记录提现"))
        self.record_button.setAccessibleName(self.tr("记录提现"))
        self.amount.returnPressed.connect(self.record)
        self.record_button.clicked.connect(self.record)
        self.amount.textChanged.connect(lambda _t: self.changed.emit())
        self.date.dateChanged.connect(lambda _d: self.changed.emit())
        row = QHBoxLayout()
        for text, widget in ((self.tr("提现金额（元）"), self.amount), (self.tr("日期"), self.date)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addWidget(self.update_balances)
        row.addStretch(1)
        row.addWidget(self.record_button)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        plan_box = QGroupBox(self.tr("计划一笔提现"))
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addLayout(row)
        plan_layout.addWidget(self.preview)

        self.ledger = LedgerModel(self)
        self.ledger_table = table_view(self.ledger, self.tr("提现记录"))
        self.delete_button = QPushButton(self.tr("删除所选提现记录…"))
        self.delete_button.clicked.connect(self.delete)
        ledger_box = QGroupBox(self.tr("提现记录"))
        ledger_layout = QVBoxLayout(ledger_box)
        ledger_layout.addWidget(self.ledger_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        ledger_layout.addLayout(buttons)

        self.balances = BalanceModel(self)
        self.balance_table = table_view(self.balances, self.tr("保证金余额变化"))
        balance_box = QGroupBox(self.tr("保证金余额变化"))
        QVBoxLayout(balance_box).addWidget(self.balance_table)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(ledger_box)
        split.addWidget(balance_box)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(plan_box)
        layout.addWidget(split, 1)

    # The planned withdrawal ----------------------------------------------------------------------
    def request(self) -> dict[str, Any] | None:
        """The withdrawal being planned in the contract's shape, or None when no amount is typed."""
        text = self.amount.text().strip()
        if not text:
            return None
        return {"date": self.date.date().toString("yyyy-MM-dd"), "amount": text}

    def set_request(self, request: Any, today: date) -> None:
        request = request if isinstance(request, dict) else {}
        self.amount.setText(str(request.get("amount") or ""))
        try:
            on = date.fromisoformat(str(request.get("date"))[:10])
        except ValueError:
            on = today
        self.date.setDate(qdate(max(on, today)))  # a plan from an earlier day is planned for today

    def clear_request(self) -> None:
        self.amount.clear()

    def mark_error(self, field: str | None) -> None:
        self.amount.setStyleSheet(ERROR_STYLE if field == "amount" else "")
        self.date.setStyleSheet(ERROR_STYLE if field == "date" else "")

    def selected_row(self) -> int:
        rows = self.ledger_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    # What the check says ------------------------------------------------------------------------
    def show_unknown(self, why: str) -> None:
        """The data cannot be checked: say so, rather than keep showing the last range and date."""
        self.summary.setText(f"<b style='font-size:13pt;color:{RED}'>{html.escape(why)}</b>")
        self.preview.setText(self.tr("改正标红的填写后，这里显示提现额度和提现后的余额。"))

    def show_facts(self, facts: dict[str, Any], today: date, started: date, *, limited: bool, negative: bool,
                   per_month: int, share: str) -> None:
        """`share`: the most one may withdraw, in percent of the sales balance (from the pack)."""
        low, high, next_day = facts["withdraw_min"], facts["withdraw_max"], facts["next_withdraw_date"]
        if not limited:
            text = self.tr("保证金已缴足，提现不再受试运营限制（每月次数、金额范围）。")
            self.summary.setText(f"<b style='font-size:13pt;color:{GREEN}'>{text}</b>")
            return
        color = RED
        if negative:
            head = self.tr("暂不能提现：保证金余额低于 0，请先补缴保证金。")
        elif started > today:
            head = fill(self.tr("试运营 %1 开始，从那天起可以提现。"), started.isoformat())
        elif next_day > today.isoformat():
            head = fill(self.tr("本月已提现，下次可提现日期：%1"), next_day)
        elif Decimal(high) < Decimal(low):
            head = (fill(self.tr("货款余额不足：可提现上限 %1 元低于最低 %2 元，暂不能提现。"), money(high), money(low)))
        else:
            head = fill(self.tr("今天可以提现：%1 – %2 元"), money(low), money(high))
            color = GREEN
        rule = fill(self.tr("试运营期间每个自然月（北京时间）可提现 %Ln 次，提现额不低于 %1 元、不超过货款余额的 %2%。", "",
                            int(per_month)), money(low), share)
        if not negative:  # a range and a date would contradict "暂不能提现"
            rule += (fill(self.tr("按现在的货款余额，可提现 %1 – %2 元，最早 %3 可提。"), money(low), money(high), next_day))
        self.summary.setText(f"<b style='font-size:13pt;color:{color}'>{head}</b><br/>{rule}")

    def show_plan(self, refused: bool, trial: dict[str, Any], plan: tuple[date, Decimal, Decimal] | None) -> None:
        """What recording the planned withdrawal would do. `refused`: the check found it against the
        rules; `plan` is (date, amount, deposit after), None when the request could not be read."""
        if self.request() is None:
            text = self.tr("填写金额后，这里显示提现后的余额，右侧显示是否符合规则。")
        elif plan is None:
            text = self.tr("提现金额或日期有误，见右侧检查结果。")
        elif refused:
            text = self.tr("这笔提现不符合试运营规则，见右侧检查结果。")
        elif not self.update_balances.isChecked():
            on, amount, _after = plan
            text = (fill(self.tr("补记：只把 %1 的 %2 元加入提现记录，不改动余额。"), on.isoformat(), money(amount)))
        else:
            _on, amount, after = plan
            deposit, sales = ledger.number(trial["deposit_balance"]), ledger.number(trial["sales_balance"])
            topup = after - deposit
            text = (fill(self.tr("记录后：货款余额 %1 → %2 元（提现 %3 元，另充值保证金 %4 元）；保证金余额 %5 → %6 元。"), money(sales), money(sales - amount - topup), money(amount), money(topup), money(deposit), money(after)))
        self.preview.setText(text)
