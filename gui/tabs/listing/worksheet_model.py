"""The migration worksheet: the products in a closed category (the `migrations` fact), where each
must go and by when, with the seller's 已迁移 mark as a checkbox."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from gui import palette
from gui.table_model import TableModel
from core.exports.listing import category_path

Index = QModelIndex | QPersistentModelIndex
RED, GREEN, GREY = QColor(palette.ERROR), QColor(palette.OK), QColor(palette.MUTED)


class MigrationModel(TableModel):
    COLUMNS = ("moved", "id", "title", "status", "to", "from", "close_on")  # where to first; the date is above
    marked = Signal(object, bool)  # product ids (a list, not converted), moved: the seller ticked or unticked them

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = {"moved": self.tr("已迁移"), "id": self.tr("商品ID"), "title": self.tr("商品名称"),
                         "status": self.tr("状态"), "from": self.tr("原类目"), "to": self.tr("迁移到（新类目）"),
                         "close_on": self.tr("截止日期")}
        self.moves: list[dict[str, Any]] = []
        self.editable = True

    def set_moves(self, moves: list[dict[str, Any]]) -> None:
        """Not yet moved first, then in file order. A re-check of the same products keeps the rows
        where they are (a ticked row does not jump away from under the mouse)."""
        by_id = {m["id"]: m for m in moves}
        if by_id.keys() == {m["id"] for m in self.moves} and len(by_id) == len(self.moves):
            self.moves = [by_id[m["id"]] for m in self.moves]
            if self.moves:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.moves) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self.moves = sorted(moves, key=lambda m: bool(m["moved"]))
        self.endResetModel()

    def show_moved(self, ids: list[str], moved: bool) -> None:
        wanted = set(ids)
        for row, move in enumerate(self.moves):
            if move["id"] in wanted:
                move["moved"] = moved
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def to_move(self) -> int:
        return sum(1 for m in self.moves if not m["moved"])

    def row_count(self) -> int:
        return len(self.moves)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] == "moved" and self.editable:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        move, field = self.moves[index.row()], self.COLUMNS[index.column()]
        if field == "moved":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if move["moved"] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("已迁移") if move["moved"] else self.tr("待迁移")
            if role == Qt.ItemDataRole.ForegroundRole:
                return GREEN if move["moved"] else RED
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if field in ("from", "to"):
                return category_path(move[field])
            if field == "status":
                return self.tr("在售") if move["status"] == "on_sale" else self.tr("未在售")
            return str(move.get(field) or "")
        if role == Qt.ItemDataRole.ForegroundRole and move["moved"]:
            return GREY
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.CheckStateRole
                or self.COLUMNS[index.column()] != "moved" or not self.editable):
            return False
        moved = Qt.CheckState(value) == Qt.CheckState.Checked
        self.marked.emit([self.moves[index.row()]["id"]], moved)
        return True
