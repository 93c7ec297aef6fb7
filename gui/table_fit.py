"""Table views that stay quick with 200,000 rows: `tune` (fixed row heights, columns measured from
the first rows) and `fit` (columns as wide as their title and the rows in view, measured once per
change). Imports no Qt namespace at module level: the board, the first tab shown, uses these before
its first frame, and naming `Qt` makes PySide6 build Python enums for all of it (~30 ms)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView

MEASURED_ROWS = 100  # rows a ResizeToContents column looks at (Qt's default, 1000, stalls a big table)
FIT_ROWS = 40  # rows fit() measures: those in view, or those just changed
# Qt::DisplayRole, FontRole and CheckStateRole, written as their values (see the module's note);
# tests/gui/test_table_fit.py checks them against Qt's
DISPLAY_ROLE, FONT_ROLE, CHECK_STATE_ROLE = 0, 6, 10
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
        pad = box = 0
        if measured:  # asked only when there are rows: QStyle's enums cost an empty table's first frame ~6 ms
            style = self.view.style()
            pad = 2 * style.pixelMetric(style.PixelMetric.PM_FocusFrameHMargin) + 14
            box = style.pixelMetric(style.PixelMetric.PM_IndicatorWidth) + 8
        self.fitting = True
        try:
            for column in range(model.columnCount()):
                if column == self.stretch or column in self.sized_by_hand or self.header.isSectionHidden(column):
                    continue
                widest = self.header.sectionSizeHint(column) + 12  # the title, as the header draws it
                for row in measured:
                    index = model.index(row, column)
                    text = model.data(index, DISPLAY_ROLE)
                    font = model.data(index, FONT_ROLE)
                    metrics = QFontMetrics(font) if isinstance(font, QFont) else plain
                    width = metrics.horizontalAdvance(str(text)) + pad if text not in (None, "") else 0
                    if model.data(index, CHECK_STATE_ROLE) is not None:
                        width += box
                    widest = max(widest, width)
                widest = max(self.header.minimumSectionSize(), min(widest, FIT_WIDEST))
                if not grow_only or widest > self.header.sectionSize(column):
                    self.header.resizeSection(column, widest)
        finally:
            self.fitting = False
