"""The table-model base every table of the app uses: named columns, translated headers, the counts.

    class LedgerModel(TableModel):
        COLUMNS = ("date", "amount")
        def headers(self): return {"date": self.tr("提现日期"), "amount": self.tr("提现额（元）")}
        def data(self, index, role=...): ...

A subclass names its columns in COLUMNS (keys, in order) and gives their titles in `headers()` (a dict
by key, or a list in column order; by default the `_headers` attribute it set); its rows are in
`self.rows` unless it overrides `row_count()`. Testable without a window: `text(row, key)` is what the
seller sees in a cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()
    NUMBERED = False  # the vertical header shows row numbers (1, 2, …) as Excel does

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    # What subclasses give -----------------------------------------------------------------------
    def headers(self) -> dict[str, str] | list[str]:
        titles: dict[str, str] | list[str] = getattr(self, "_headers", list(self.COLUMNS))
        return titles

    def header_tip(self, key: str) -> str | None:
        """A header's tooltip (e.g. what a column means), or None."""
        return None

    def row_count(self) -> int:
        return len(self.rows)

    # The model ------------------------------------------------------------------------------------
    def column_of(self, key: str) -> int:
        """The column of a key (0 for a key the table does not show)."""
        return self.COLUMNS.index(key) if key in self.COLUMNS else 0

    def key(self, column: int) -> str:
        return self.COLUMNS[column]

    def title(self, column: int) -> str:
        titles = self.headers()
        return titles[self.COLUMNS[column]] if isinstance(titles, dict) else titles[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def multiData(self, index: Index, roleDataSpan: Any) -> None:  # noqa: N803 - Qt's name
        """Every role a delegate asks of a cell, in one call: Qt 6's item delegate asks seven at once
        (display, font, alignment, colours, check state, icon). Each call from Qt into Python has to
        win the GIL back from a busy worker, so answering them in one keeps a repaint during an
        import or a check about seven times quicker."""
        data = self.data
        for role_data in roleDataSpan:
            value = data(index, role_data.role())
            if value is None:
                role_data.clearData()  # the delegate reuses its buffer: a role left as it was shows the last cell's
            else:
                role_data.setData(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
                return self.title(section)
            if role == Qt.ItemDataRole.ToolTipRole and 0 <= section < len(self.COLUMNS):
                return self.header_tip(self.COLUMNS[section])
            return None
        if role == Qt.ItemDataRole.DisplayRole and self.NUMBERED:
            return str(section + 1)
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def text(self, row: int, key: str) -> str:
        """What the seller sees in a cell."""
        value = self.data(self.index(row, self.column_of(key)))
        return "" if value is None else str(value)
