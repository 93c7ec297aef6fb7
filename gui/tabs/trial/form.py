"""The trial data a seller copies from the 抖店 backend: dates, balances, counts. Fields keep what
was typed; the check (not this form) says what is wrong with a value."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget,
)

from gui import palette
from core.trial_ledger import COUNT_FIELDS, MAX_COUNT_DIGITS

ERROR_STYLE = f"border: 2px solid {palette.ERROR}; border-radius: 3px;"
REQUIRED = ("deposit_required", "deposit_balance", "sales_balance", "paid_orders", "paid_amount",
            "online_products")


def qdate(on: date) -> QDate:
    return QDate(on.year, on.month, on.day)


def field_names() -> dict[str, str]:
    """trial.<key> -> its label, as the form shows it."""
    return {
        "started": QCoreApplication.translate("TrialForm", "试运营开始日期"), "deposit_required": QCoreApplication.translate("TrialForm", "应缴保证金（元）"),
        "deposit_balance": QCoreApplication.translate("TrialForm", "保证金余额（元）"), "sales_balance": QCoreApplication.translate("TrialForm", "货款余额（元）"),
        "paid_orders": QCoreApplication.translate("TrialForm", "已支付订单数（单）"), "paid_amount": QCoreApplication.translate("TrialForm", "已支付订单总额（元）"),
        "online_products": QCoreApplication.translate("TrialForm", "在线商品数（个）"), "general_violations": QCoreApplication.translate("TrialForm", "一般违规（次）"),
        "serious_violations": QCoreApplication.translate("TrialForm", "严重违规（次）"), "violating_orders": QCoreApplication.translate("TrialForm", "违规订单（单）"),
        "influencer_points_30d": QCoreApplication.translate("TrialForm", "关联达人近30天违规扣分（分）"),
    }


def _hints() -> dict[str, str]:
    return {
        "deposit_required": QCoreApplication.translate("TrialForm", "例如 2000.00"), "deposit_balance": QCoreApplication.translate("TrialForm", "低于 0 时填负数，例如 -50.00"),
        "sales_balance": QCoreApplication.translate("TrialForm", "已结算、可提现的货款"), "paid_amount": QCoreApplication.translate("TrialForm", "例如 3120.50"),
    }


class TrialForm(QScrollArea):
    """Emits `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        names, hints = field_names(), _hints()
        self.started = QDateEdit()
        self.started.setDisplayFormat("yyyy-MM-dd")
        self.started.setCalendarPopup(True)
        self.started.setAccessibleName(names["started"])
        self.started.dateChanged.connect(lambda _d: self.changed.emit())
        self.edits: dict[str, QLineEdit] = {}
        for key in names:
            if key == "started":
                continue
            edit = QLineEdit()
            edit.setAccessibleName(names[key])
            edit.setPlaceholderText(hints.get(key) or (QCoreApplication.translate("TrialForm", "整数，例如 0") if key in COUNT_FIELDS else ""))
            edit.setMinimumWidth(140)
            edit.textChanged.connect(lambda _t: self.changed.emit())
            self.edits[key] = edit

        groups = (
            (self.tr("保证金与货款"), ("started", "deposit_required", "deposit_balance", "sales_balance")),
            (self.tr("经营数据"), ("paid_orders", "paid_amount", "online_products")),
            (self.tr("违规情况（没有就填 0）"), ("general_violations", "serious_violations", "violating_orders",
                                       "influencer_points_30d")),
        )
        grid = QGridLayout()
        places = ((0, 0, 1, 1), (1, 0, 1, 1), (0, 1, 2, 1))  # money and business left, violations right
        for (title, keys), place in zip(groups, places):
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for key in keys:
                widget = self.field_widget(key)
                label = QLabel(names[key])
                label.setBuddy(widget)
                form.addRow(label, widget)
            grid.addWidget(box, *place)
        hint = QLabel(self.tr("请按抖店后台的数字填写。每次改动都会立即检查并自动保存；填写有误时不会保存，"
                              "改正后自动保存。"))
        hint.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.setWidget(page)

    def field_widget(self, key: str) -> QWidget:
        return self.started if key == "started" else self.edits[key]

    def set_values(self, trial: dict[str, Any], today: date) -> None:
        started = trial.get("started")
        try:
            on = date.fromisoformat(str(started)[:10]) if started else today
        except ValueError:
            on = today
        self.started.setDate(qdate(on))
        for key, edit in self.edits.items():
            value = trial.get(key)
            edit.setText("" if value is None else str(value))

    def values(self) -> dict[str, Any]:
        """The trial fields as the contract has them: counts as numbers when they are, else as typed."""
        out: dict[str, Any] = {"started": self.started.date().toString("yyyy-MM-dd")}
        for key, edit in self.edits.items():
            text = edit.text().strip()
            if key in COUNT_FIELDS:
                # isdecimal, not isdigit: int() refuses "²"; long ones stay text for the check to refuse
                out[key] = int(text) if text.isdecimal() and len(text) <= MAX_COUNT_DIGITS else (text or None)
            else:
                out[key] = text or None
        return out

    def first_missing(self) -> str | None:
        """The first required field left empty."""
        return next((key for key in REQUIRED if not self.edits[key].text().strip()), None)

    def mark_error(self, key: str | None) -> None:
        """Outline the field the check could not read (none when `key` is None)."""
        for name, edit in self.edits.items():
            edit.setStyleSheet(ERROR_STYLE if name == key else "")
        self.started.setStyleSheet(ERROR_STYLE if key == "started" else "")
