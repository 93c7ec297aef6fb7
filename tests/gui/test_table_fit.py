"""Columns sized to their title and the rows in view, once per change; a column the seller sized stays."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from gui import table_fit
from gui.table_fit import fit, tune


def test_the_roles_written_as_values_are_qts():
    assert table_fit.DISPLAY_ROLE == Qt.ItemDataRole.DisplayRole.value
    assert table_fit.FONT_ROLE == Qt.ItemDataRole.FontRole.value
    assert table_fit.CHECK_STATE_ROLE == Qt.ItemDataRole.CheckStateRole.value


def _table(qtbot, titles):
    model = QStandardItemModel(0, len(titles))
    model.setHorizontalHeaderLabels(titles)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    fit(tune(view))
    view.resize(900, 300)
    view.show()
    return view, model


def test_a_title_is_never_cut(qtbot):
    view, _model = _table(qtbot, ["售后单号", "商品名称与规格（全部）", "x"])
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(1) >= header.sectionSizeHint(1))
    assert header.sectionSize(1) > header.sectionSize(2)


def test_new_rows_widen_a_column_but_not_past_the_limit(qtbot):
    view, model = _table(qtbot, ["单号", "说明"])
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= header.sectionSizeHint(0))
    before = header.sectionSize(1)
    model.appendRow([QStandardItem("1"), QStandardItem("一段很长的说明" * 3)])
    qtbot.waitUntil(lambda: header.sectionSize(1) > before)
    model.appendRow([QStandardItem("2"), QStandardItem("极长的说明" * 200)])
    qtbot.wait(50)
    assert header.sectionSize(1) <= table_fit.FIT_WIDEST


def test_a_column_the_seller_sized_is_left_as_they_sized_it(qtbot):
    view, model = _table(qtbot, ["单号", "说明"])
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= header.sectionSizeHint(0))
    header.resizeSection(1, 61)  # as a drag of the section's edge does
    model.appendRow([QStandardItem("1"), QStandardItem("一段很长的说明" * 3)])
    qtbot.wait(50)
    assert header.sectionSize(1) == 61


def test_cells_paint_as_with_qts_own_multidata(qtbot):
    """TableModel answers all of a cell's roles in one call (multiData); the picture must be Qt's, where
    a role a cell has no value for (no check box, no colour) is left empty, not the last cell's."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex
    from PySide6.QtGui import QColor

    from gui.table_model import TableModel

    class Rows(TableModel):
        COLUMNS = ("done", "id", "note")

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            row, column = index.row(), self.COLUMNS[index.column()]
            if role == Qt.ItemDataRole.CheckStateRole and column == "done":
                return Qt.CheckState.Checked if row % 2 else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ForegroundRole and row == 1:
                return QColor("#b3261e")
            if role == Qt.ItemDataRole.DisplayRole and column != "done":
                return f"{column}{row}" if row != 2 else None
            return None

    class QtOwn(Rows):
        def multiData(self, index, roleDataSpan):  # noqa: N803
            QAbstractTableModel.multiData(self, index, roleDataSpan)

    pictures = []
    for cls in (Rows, QtOwn):
        model = cls()
        model.rows = list(range(4))
        view = QTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.resize(400, 200)
        view.show()
        qtbot.waitExposed(view)
        pictures.append(view.viewport().grab().toImage())
        assert model.rowCount(QModelIndex()) == 4
    assert pictures[0] == pictures[1]
