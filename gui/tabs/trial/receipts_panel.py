"""Receipts (orders the buyer confirmed) kept by the seller, and the settlement calendar the check
computes from them: when each sum becomes part of the sales balance. Adding, deleting (after asking)
and importing receipts happen here; every change shows in the model, which the tab checks and saves."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from core.importers.base import ImportResult
from gui.dialogs import confirm
from gui.text import fill, money
from gui.tabs.trial.trial_models import ReceiptModel, SettlementModel, table_view


class ReceiptsView(QWidget):
    importRequested = Signal(str)  # a file the seller chose to import (the tab imports it)

    """`clock` gives the moment a new receipt is dated with (Beijing time)."""

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.model = ReceiptModel(self)
        self.table = table_view(self.model, self.tr("收货记录"))
        self.table.setEditTriggers(self.table.editTriggers() | self.table.EditTrigger.AnyKeyPressed)
        self.buttons: dict[str, QPushButton] = {}
        tools = QHBoxLayout()
        for key, text, slot in (("add", self.tr("添加一笔"), self.add_receipt),
                                ("remove", self.tr("删除所选…"), self.remove_receipt),
                                ("import", self.tr("从 Excel/CSV 导入…"), self.import_receipts)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.buttons[key] = button
            tools.addWidget(button)
        tools.addStretch(1)
        hint = QLabel(self.tr("导入的表格需有 订单号、确认收货时间、金额 三列（CSV 可为 UTF-8 或 GBK 编码）。"
                              "同一订单号再次导入会更新原记录。"))
        hint.setWordWrap(True)
        self.imported = QLabel()
        self.imported.setWordWrap(True)
        self.imported.hide()
        receipts_box = QGroupBox(self.tr("已确认收货的订单"))
        receipts_layout = QVBoxLayout(receipts_box)
        receipts_layout.addLayout(tools)
        receipts_layout.addWidget(hint)
        receipts_layout.addWidget(self.imported)
        receipts_layout.addWidget(self.table, 1)

        self.settlements = SettlementModel(self)
        self.calendar = table_view(self.settlements, self.tr("结算日历"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        calendar_box = QGroupBox(self.tr("结算日历（货款在确认收货后多少天计入货款余额，按规则计算）"))
        calendar_layout = QVBoxLayout(calendar_box)
        calendar_layout.addWidget(self.summary)
        calendar_layout.addWidget(self.calendar, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(receipts_box)
        split.addWidget(calendar_box)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        """Another shop's receipts: the last import's note was about the previous ones."""
        self.imported.hide()
        self.model.set_rows(rows)

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentIndex().row()

    # Editing -------------------------------------------------------------------------------------
    def add_receipt(self) -> int:
        """A new receipt confirmed now, its order number open for typing; returns its row."""
        moment = self.clock().replace(second=0, microsecond=0, tzinfo=None)
        row = self.model.add({"order": "", "confirmed_at": moment.isoformat(), "amount": None})
        index = self.model.index(row, self.model.column_of("order"))
        self.table.setCurrentIndex(index)
        self.table.edit(index)
        return row

    def remove_receipt(self) -> bool:
        row = self.selected_row()
        if row < 0:
            QMessageBox.information(self, self.tr("删除收货记录"), self.tr("请先在表格中选中要删除的一行。"))
            return False
        order = self.model.rows[row].get("order") or self.tr("（未填单号）")
        if not confirm(self, self.tr("删除收货记录"), fill(self.tr("删除订单 %1 的收货记录？"), order)):
            return False
        self.model.remove(row)
        return True

    def import_receipts(self, path: str | None = None) -> bool:
        """Ask for a .xlsx/.csv file (the platform's order, settlement or fund-flow export, or the
        template) and hand it to the tab, which imports it off the UI thread (all or nothing)."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入收货记录"), "",
                                                  self.tr("表格文件 (*.xlsx *.csv);;所有文件 (*)"))
        if not path:
            return False
        self.importRequested.emit(path)
        return True

    def show_imported(self, result: ImportResult) -> None:
        merged = result.details["merge"]
        self.imported.setText(
            fill(self.tr("%1：%2，%3。"), self.tr("已导入 %Ln 笔", "", result.imported), self.tr("新增 %Ln 笔", "", merged.added),
                 self.tr("更新 %Ln 笔", "", merged.updated)) + result.summary())
        self.imported.show()

    # What the check says ------------------------------------------------------------------------
    def show_settlements(self, settlements: list[dict[str, Any]], now: Any, days: int) -> None:
        self.settlements.set_settlements(settlements, now)
        pending = [s for s in settlements if not s["settled"]]
        if not settlements:
            self.summary.setText(self.tr("还没有收货记录。添加或导入后，这里按日期列出每笔货款何时结算。"))
            return
        total = sum((Decimal(s["amount"]) for s in pending if s["amount"]), Decimal(0))
        text = (self.tr("货款在买家确认收货 %Ln 天后结算。", "", days)
                + fill(self.tr("待结算 %Ln 笔，共 %1 元；", "", len(pending)), money(total))
                + self.tr("已结算 %Ln 笔。", "", len(settlements) - len(pending)))
        missing = sum(1 for s in pending if not s["amount"])
        if missing:
            text += self.tr("（其中 %Ln 笔没有填金额，未计入合计。）", "", missing)
        self.summary.setText(text)
