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
