"""After the draw: each prize's ship-by time with a countdown; mark shipped; overdue in red."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from gui import palette
from gui.text import fill
from gui.table_fit import tune
from gui.table_model import TableModel
from core.values import BEIJING

Index = QModelIndex | QPersistentModelIndex


def countdown(delta: timedelta) -> str:
    seconds = int(abs(delta.total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    text = f"{days}天{hours}小时{minutes}分" if days else f"{hours}小时{minutes}分"
    return text


class FulfilmentModel(TableModel):
    """Rows from the report's `prizes` fact: title, ship_by, shipped_at; times left against now."""

    COLUMNS = ("title", "ship_by", "left", "status")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []
        self.now = datetime.now(BEIJING)
        self._headers = [self.tr("奖品"), self.tr("发货截止（北京时间）"), self.tr("剩余时间"), self.tr("状态")]

    def set_rows(self, rows: list[Any], now: datetime | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        if now is not None:
            self.now = now
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        self.now = now
        if self.rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self.rows) - 1, 3))

    def state(self, row: int) -> str:
        item = self.rows[row]
        if item["ship_by"] is None:
            return "no_draw"
        ship_by = datetime.fromisoformat(item["ship_by"])
        if item["shipped_at"]:
            return "late" if datetime.fromisoformat(item["shipped_at"]) > ship_by else "shipped"
        return "overdue" if self.now > ship_by else "waiting"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, column, state = self.rows[index.row()], self.COLUMNS[index.column()], self.state(index.row())
        if role == Qt.ItemDataRole.ForegroundRole and state in ("overdue", "late"):
            return QColor(palette.ERROR)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "title":
            return item["title"] or self.tr("（未命名奖品）")
        if column == "ship_by":
            return item["ship_by"][:16].replace("T", " ") if item["ship_by"] else self.tr("未设开奖时间")
        if column == "left":
            if state in ("no_draw", "shipped", "late"):
                return ""
            delta = datetime.fromisoformat(item["ship_by"]) - self.now
            return fill(self.tr("已超时 %1") if state == "overdue" else self.tr("还剩 %1"), countdown(delta))
        return fill({
            "no_draw": self.tr("—"), "waiting": self.tr("待发货"), "overdue": self.tr("已超时，请立即发货"),
            "shipped": self.tr("已按时发货 %1"), "late": self.tr("超时发货 %1"),
        }[state], (item["shipped_at"] or "")[:16].replace("T", " "))


class FulfilmentView(QWidget):
    """The shipping worksheet; emits shipped(row, iso_time or None) when the seller marks a prize."""

    shipped = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FulfilmentModel(self)
        self.table = tune(QTableView())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("奖品发货"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mark = QPushButton(self.tr("标记为已发货（现在）"))
        self.unmark = QPushButton(self.tr("撤销发货记录"))
        self.mark.clicked.connect(lambda: self._mark(datetime.now(BEIJING).isoformat(timespec="seconds")))
        self.unmark.clicked.connect(lambda: self._mark(None))
        hint = QLabel(self.tr("平台规则：开奖后48小时内完成奖品发货。恰好48小时仍算按时。"))
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark)
        buttons.addWidget(self.unmark)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(lambda: self.model.tick(datetime.now(BEIJING)))

    def showEvent(self, event: Any) -> None:
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def select(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setFocus()

    def _mark(self, when: str | None) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.shipped.emit(rows[0].row(), when)
