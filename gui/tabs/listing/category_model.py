"""On-sale products per level-1 category against the cap the seller read off the backend: the cap is
typed in the table, the usage is a painted bar (no widget per row)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex, QPersistentModelIndex, QRect, QRegularExpression, Qt, Signal,
)
from PySide6.QtGui import QColor, QPainter, QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gui import palette
from gui.text import fill
from gui.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
RED, AMBER, GREEN, TRACK = QColor(palette.ERROR), QColor(palette.AMBER), QColor(palette.OK), QColor(palette.TRACK)
USAGE_ROLE = Qt.ItemDataRole.UserRole + 1  # (listed, cap | None)


def bar_color(listed: int, cap: int) -> QColor:
    """Red over the cap, amber at it or within 10 % of it, green below."""
    if listed > cap:
        return RED
    return AMBER if listed >= cap * 0.9 else GREEN


class CategoryCapModel(TableModel):
    COLUMNS = ("category", "listed", "cap", "usage")
    cap_edited = Signal(str, object)  # level-1 category, cap (int) or None to remove it

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = {"category": self.tr("一级类目"), "listed": self.tr("在售（件）"),
                         "cap": self.tr("类目上限（双击填写）"), "usage": self.tr("占用")}
        self.counts: list[dict[str, Any]] = []
        self.editable = True

    def set_counts(self, counts: list[dict[str, Any]]) -> None:
        if [c["category"] for c in counts] == [c["category"] for c in self.counts]:
            self.counts = [dict(c) for c in counts]
            if counts:
                self.dataChanged.emit(self.index(0, 0), self.index(len(counts) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self.counts = [dict(c) for c in counts]
        self.endResetModel()

    def row_of(self, category: str) -> int:
        return next((r for r, c in enumerate(self.counts) if c["category"] == category), -1)

    def row_count(self) -> int:
        return len(self.counts)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.COLUMNS[section]]
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[section] == "cap":
            return self.tr("填写商家后台显示的该一级类目在架上限；清空即不检查该类目。")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] == "cap" and self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, field = self.counts[index.row()], self.COLUMNS[index.column()]
        listed, cap = entry["listed"], entry["cap"]
        if role == USAGE_ROLE:
            return (listed, cap)
        if role == Qt.ItemDataRole.EditRole and field == "cap":
            return "" if cap is None else str(cap)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if field == "category":
                return entry["category"]
            if field == "listed":
                return str(listed)
            if field == "cap":
                return self.tr("未填写") if cap is None else str(cap)
            return self.usage_text(listed, cap)
        if role == Qt.ItemDataRole.ForegroundRole and field == "cap" and cap is None:
            return QColor(palette.MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and field in ("listed", "cap"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def usage_text(self, listed: int, cap: int | None) -> str:
        if cap is None:
            return self.tr("未填写上限")
        if listed > cap:
            return fill(self.tr("%1 / %2，超出 %Ln 件", "", listed - cap), str(listed), str(cap))
        if listed == cap:
            return fill(self.tr("%1 / %2，已达上限"), str(listed), str(cap))
        return fill(self.tr("%1 / %2，还可上架 %Ln 件", "", cap - listed), str(listed), str(cap))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (not index.isValid() or role != Qt.ItemDataRole.EditRole
                or self.COLUMNS[index.column()] != "cap" or not self.editable):
            return False
        text = str(value).strip().replace(",", "")
        if text and not text.isdecimal():  # "２０００" is fine for int(), "²" is not
            return False
        cap = int(text) if text else None
        entry = self.counts[index.row()]
        if cap == entry["cap"]:
            return False
        entry["cap"] = cap
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.COLUMNS) - 1))
        self.cap_edited.emit(entry["category"], cap)
        return True


class CapDelegate(QStyledItemDelegate):
    """Only digits in the cap editor, full-width ones too (an IME in full-width mode types those);
    empty removes the cap."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9０-９]{0,7}"), editor))
        editor.setPlaceholderText(self.tr("例如 2000"))
        editor.setAccessibleName(self.tr("类目上限"))
        return editor


class UsageBarDelegate(QStyledItemDelegate):
    """Paints listed / cap as a bar with its text on it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        usage = index.data(USAGE_ROLE)
        if not usage or usage[1] is None:
            super().paint(painter, option, index)
            return
        listed, cap = usage
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        track = QRect(option.rect).adjusted(4, 4, -4, -4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(track, 3, 3)
        share = 1.0 if cap == 0 else min(listed / cap, 1.0)
        filled = QRect(track)
        filled.setWidth(round(track.width() * share))
        painter.setBrush(bar_color(listed, cap).lighter(170))  # light fill: the text stays dark on it
        if filled.width() > 0:
            painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(RED if listed > cap else QColor(palette.TEXT))
        painter.drawText(track.adjusted(6, 0, -6, 0), int(Qt.AlignmentFlag.AlignCenter), str(index.data()))
        painter.restore()
