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

from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView

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


MEASURED_ROWS = 100  # rows a ResizeToContents column looks at (Qt's default, 1000, stalls a big table)
FIT_ROWS = 40  # rows fit() measures: those in view, or those just changed
FIT_WIDEST = 360  # px: a longer cell is cut with "…" (its tooltip or the detail pane shows it whole)


V = TypeVar("V", bound=QAbstractItemView)


def tune(view: V) -> V:
    """A table that stays quick with 200,000 rows: columns sized from the first rows only, rows of
    one fixed height (never measured one by one). Returns the view."""
    from PySide6.QtWidgets import QHeaderView, QTableView

    assert isinstance(view, QTableView)
    view.horizontalHeader().setResizeContentsPrecision(MEASURED_ROWS)
    vertical = view.verticalHeader()
    vertical.setResizeContentsPrecision(MEASURED_ROWS)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return view


def fit(view: V, stretch: int | None = None, widths: dict[int, int] | None = None) -> V:
    """Columns as wide as their title and the rows in view, measured once per change of the rows, and
    the seller can drag them wider or narrower (a column they sized is left as they sized it).

    Qt's own ResizeToContents measures every column again on every repaint, asking the model for
    ten roles of a hundred rows each time: on a 60,000-row table that is a third of a second per
    frame. Here a reset measures the first rows, a change the changed rows, on the next event loop
    turn (many changes at once cost one measure). `stretch` takes the width that is left; `widths`
    sets columns to a width of their own (the seller can still drag them)."""
    fitter = _Fitter(view, stretch)
    for column, width in (widths or {}).items():
        view.setColumnWidth(column, width)  # type: ignore[attr-defined]
        fitter.sized_by_hand.add(column)
    return view


class _Fitter(QObject):
    def __init__(self, view: QAbstractItemView, stretch: int | None) -> None:
        from PySide6.QtWidgets import QHeaderView, QTableView

        super().__init__(view)
        assert isinstance(view, QTableView)
        self.view = view
        self.header = view.horizontalHeader()
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.stretch = stretch
        if stretch is not None:
            self.header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.sized_by_hand: set[int] = set()
        self.pending: set[int] | None = None  # None: nothing due; empty: the first rows
        self.fitting = False
        self.header.sectionResized.connect(self._resized)
        model = view.model()
        model.modelReset.connect(lambda: self.due(None))
        model.layoutChanged.connect(lambda *_: self.due(None))
        model.rowsInserted.connect(lambda _p, first, last: self.due(range(first, last + 1)))
        model.dataChanged.connect(lambda a, b, *_: self.due(range(a.row(), b.row() + 1)))
        self.due(None)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if not self.fitting:
            self.sized_by_hand.add(column)

    def due(self, rows: range | None) -> None:
        first = self.pending is None
        if rows is None or len(rows) > FIT_ROWS:
            self.pending = set()
        elif self.pending is None or self.pending:
            self.pending = (self.pending or set()) | set(rows)
        if first:
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        from PySide6.QtGui import QFont, QFontMetrics

        rows, self.pending = self.pending, None
        model = self.view.model()
        if rows is None or model is None:
            return
        count = model.rowCount()
        grow_only = bool(rows)
        top = max(0, self.view.rowAt(0))
        measured = sorted(r for r in rows if r < count)[:FIT_ROWS] if rows else range(top, min(count, top + FIT_ROWS))
        plain = self.view.fontMetrics()
        pad = 2 * self.view.style().pixelMetric(self.view.style().PixelMetric.PM_FocusFrameHMargin) + 14
        box = self.view.style().pixelMetric(self.view.style().PixelMetric.PM_IndicatorWidth) + 8
        heading = self.header.fontMetrics()
        self.fitting = True
        try:
            for column in range(model.columnCount()):
                if column == self.stretch or column in self.sized_by_hand or self.header.isSectionHidden(column):
                    continue
                title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                widest = heading.horizontalAdvance(str(title or "")) + pad + 12
                for row in measured:
                    index = model.index(row, column)
                    text = model.data(index, Qt.ItemDataRole.DisplayRole)
                    font = model.data(index, Qt.ItemDataRole.FontRole)
                    metrics = QFontMetrics(font) if isinstance(font, QFont) else plain
                    width = metrics.horizontalAdvance(str(text)) + pad if text not in (None, "") else 0
                    if model.data(index, Qt.ItemDataRole.CheckStateRole) is not None:
                        width += box
                    widest = max(widest, width)
                widest = max(self.header.minimumSectionSize(), min(widest, FIT_WIDEST))
                if not grow_only or widest > self.header.sectionSize(column):
                    self.header.resizeSection(column, widest)
        finally:
            self.fitting = False
