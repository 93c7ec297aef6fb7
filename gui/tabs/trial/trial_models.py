"""The trial tab's tables: the withdrawal ledger, the deposit balance over time, the receipts the
seller keeps, and the settlement calendar computed from them. Each has named columns."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView

from gui import palette
from gui.text import fill, money
from gui.table_fit import fit, tune
from gui.table_model import TableModel
from core.values import fmt_money
from core.trial_ledger import BalanceRow, updated

Index = QModelIndex | QPersistentModelIndex
GREY, GREEN = QColor(palette.GREY), QColor(palette.OK)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def shown_time(value: Any) -> str:
    """An ISO time as the seller reads it (Beijing time to the minute); other text as typed."""
    if not value:
        return ""
    try:
        return datetime.fromisoformat(str(value)).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(value)


def stored_time(text: str) -> str | None:
    """What the seller typed in a time cell, as an ISO time when it reads as one (else as typed:
    the check names the cell, nothing is lost)."""
    text = " ".join(text.split())
    if not text:
        return None
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d",
                "%Y/%m/%d"):
        try:
            return datetime.strptime(text, fmt).strftime("%Y-%m-%dT%H:%M:%S")
        except ValueError:
            pass
    return text


def table_view(model: Any, name: str) -> QTableView:
    """A table of whole rows, one selected at a time, columns sized to their contents."""
    table = tune(QTableView())
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    fit(table, stretch=model.columnCount() - 1)
    return table


class _Table(TableModel):
    """Rows of dicts, numbered as in Excel; subclasses name their columns in COLUMNS and their
    headers in headers()."""

    NUMBERED = True


class LedgerModel(_Table):
    """The recorded withdrawals (trial.withdrawals), in the stored order."""

    COLUMNS = ("date", "amount", "topup", "deposit_after")

    def headers(self) -> list[str]:
        return [self.tr("提现日期"), self.tr("提现额（元）"), self.tr("同时充值保证金（元）"),
                self.tr("提现后保证金余额（元）")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, column = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "date":
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and not updated(entry):
            return self.tr("补记的提现：记录时没有改动保证金余额和货款余额")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "date":
            return str(entry.get("date") or "")[:10]
        if column in ("topup", "deposit_after") and not updated(entry):
            return self.tr("（补记）")
        value = entry.get(column)
        return "" if value is None else money(value)


class BalanceModel(_Table):
    """The deposit balance over time (ledger.history rows)."""

    COLUMNS = ("on", "event", "change", "balance", "shortfall")

    def headers(self) -> list[str]:
        return [self.tr("日期"), self.tr("事项"), self.tr("保证金增加（元）"), self.tr("保证金余额（元）"),
                self.tr("距应缴还差（元）")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: BalanceRow = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in ("on", "event"):
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and row.event == "planned":
            return GREY
        if role == Qt.ItemDataRole.ToolTipRole and row.estimated and column == "balance":
            return self.tr("按之后的余额倒推（假定每次提现都等额充值了保证金）")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "on":
            return row.on
        if column == "event":
            if row.event == "today":
                return self.tr("现在（按您填写的余额）")
            text = self.tr("提现 %1 元") if row.event == "withdrawal" else self.tr("计划提现 %1 元后")
            return fill(text, money(row.amount) if row.amount else "—")
        if column == "change":
            return money(row.change) if row.change else ""
        if column == "balance":
            return ("≈" if row.estimated else "") + money(row.balance)
        return money(row.shortfall) if row.shortfall else row.shortfall


class ReceiptModel(_Table):
    """The seller's receipts (trial.receipts): editable; values keep what was typed."""

    COLUMNS = ("order", "confirmed_at", "amount")

    def headers(self) -> list[str]:
        return [self.tr("订单号"), self.tr("确认收货时间"), self.tr("金额（元）")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        receipt, column = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and column == "confirmed_at":
            return self.tr("北京时间，例如 2023-04-01 10:00")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "amount":
            return RIGHT
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        value = receipt.get(column)
        if column == "confirmed_at":
            return shown_time(value)
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column, text = self.COLUMNS[index.column()], str(value).strip()
        receipt = self.rows[index.row()]
        if column == "confirmed_at":
            receipt[column] = stored_time(text)
        else:
            receipt[column] = text or (None if column == "amount" else "")
        self.dataChanged.emit(index, index)
        return True

    def add(self, receipt: dict[str, Any]) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(receipt)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()


class SettlementModel(_Table):
    """The settlement calendar: the check's `settlements`, soonest first, with the money still to come."""

    COLUMNS = ("settle_at", "order", "amount", "state", "pending_total")

    def headers(self) -> list[str]:
        return [self.tr("结算时间"), self.tr("订单号"), self.tr("金额（元）"), self.tr("状态"),
                self.tr("累计待结算（元）")]

    def set_settlements(self, settlements: list[dict[str, Any]], now: datetime) -> None:
        rows, total = [], Decimal(0)
        for item in sorted(settlements, key=lambda s: s["settle_at"]):
            if not item["settled"]:
                total += Decimal(item["amount"] or 0)
            days = (datetime.fromisoformat(item["settle_at"]).date() - now.date()).days
            rows.append({**item, "days": days, "pending_total": None if item["settled"] else fmt_money(total)})
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return GREY if item["settled"] else GREEN if item["days"] <= 0 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("amount", "pending_total"):
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "settle_at":
            return shown_time(item["settle_at"])
        if column == "order":
            return item["order"] or self.tr("（未填单号）")
        if column == "amount":
            return money(item["amount"]) if item["amount"] else self.tr("未填")
        if column == "state":
            if item["settled"]:
                return self.tr("✔ 已结算")
            if item["days"] <= 0:
                return self.tr("今天结算")
            return self.tr("待结算，还有 %Ln 天", "", item["days"])
        return money(item["pending_total"]) if item["pending_total"] else ""
