"""The first rows of the file being imported, as the import dialog shows them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from gui import palette
from gui.text import fill
from gui.table_model import TableModel
from core.importers.products import FIELD_NAMES_ZH

Index = QModelIndex | QPersistentModelIndex
MAPPED_BACKGROUND = QColor(palette.HIGHLIGHT_BG)


_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole))


class PreviewModel(TableModel):
    """The first rows of the file; mapped columns are tinted and say which field they feed."""

    def __init__(self, header: list[str], rows: list[list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.header, self.rows = header, rows
        self.fields: dict[int, list[str]] = {}  # column -> field names (zh) mapped to it

    def set_columns(self, columns: dict[str, int]) -> None:
        fields: dict[int, list[str]] = {}
        for field, column in columns.items():
            fields.setdefault(column, []).append(FIELD_NAMES_ZH[field])
        self.fields = fields
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.header) - 1, 0))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.header) - 1))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.header)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        name = self.header[section] or fill(self.tr("第 %1 列"), str(section + 1))
        mapped = self.fields.get(section)
        skipped = self.tr("（不导入）")
        return f"{name}\n→ {'、'.join(mapped)}" if mapped else f"{name}\n{skipped}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # the other roles a paint asks for, answered at once
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.BackgroundRole and index.column() in self.fields:
            return MAPPED_BACKGROUND
        return None
