"""The three pages of the 类目迁移 tab: all products (filters, search), the migration worksheet and the
level-1 category caps. Each owns its model and view; the tab wires them to the store and the check."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
    QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from gui import palette
from gui.table_fit import tune
from gui.text import fill
from gui.tabs.listing.category_model import CapDelegate, CategoryCapModel, UsageBarDelegate
from gui.tabs.listing.product_model import FILTERS, ProductTableModel
from gui.tabs.listing.worksheet_model import MigrationModel


def table_view(name: str) -> QTableView:
    table = tune(QTableView())
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # 200,000 rows: no measuring
    table.verticalHeader().setDefaultSectionSize(28)
    table.horizontalHeader().setHighlightSections(False)
    return table


def _page_layout(page: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(4, 6, 4, 4)
    return layout


class ProductsPage(QWidget):
    """Every product of the snapshot; filter buttons (with their counts) and a search box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_buttons: dict[str, QPushButton] = {}
        self.filter_group = QButtonGroup(self)
        row = QHBoxLayout()
        for kind in FILTERS:
            button = QPushButton()
            button.setCheckable(True)
            button.setChecked(kind == "all")
            button.clicked.connect(partial(self.set_filter, kind))
            self.filter_group.addButton(button)
            self.filter_buttons[kind] = button
            row.addWidget(button)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索商品ID或名称"))
        self.search.setAccessibleName(self.tr("搜索商品ID或名称"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        row.addWidget(self.search, 1)
        self.label_filters()

        self.model = ProductTableModel(self)
        self._search_timer = QTimer(self, singleShot=True, interval=200)  # search once typing pauses
        self._search_timer.timeout.connect(lambda: self.model.set_filter(self.model.filter, self.search.text()))
        self.search.textChanged.connect(self._search_timer.start)
        self.table = table_view(self.tr("商品列表"))
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        for field, width in (("id", 120), ("title", 220), ("status", 56), ("note", 170), ("category", 200),
                             ("price", 84), ("stock", 56)):
            header.resizeSection(self.model.column_of(field), width)
        header.setStretchLastSection(True)
        self.empty = QLabel(self.tr("还没有导入商品。\n\n请在快手小店商家后台导出商品列表（.csv 或 .xlsx），"
                                    "然后点击左上角的“导入商品表…”。\n导入后这里会列出每件商品，以及需要迁移的和超出类目上限的商品。"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout = _page_layout(self)
        layout.addLayout(row)
        layout.addWidget(self.stack, 1)

    def label_filters(self, counts: dict[str, int] | None = None) -> None:
        names = {"all": self.tr("全部"), "move": self.tr("需迁移"), "over": self.tr("超出上限的一级类目"),
                 "fine": self.tr("正常")}
        for kind, button in self.filter_buttons.items():
            text = names[kind] if counts is None else f"{names[kind]}（{counts[kind]}）"
            button.setText(text)
            button.setAccessibleName(fill(self.tr("筛选：%1"), text))

    def show_counts(self) -> None:
        self.label_filters(self.model.counts())

    def show_table(self, shown: bool) -> None:
        self.stack.setCurrentIndex(1 if shown else 0)

    def set_filter(self, kind: str) -> None:
        self.filter_buttons[kind].setChecked(True)
        self.model.set_filter(kind)

    def preset_filter(self, kind: str) -> None:
        """The filter the next `set_products` shows, chosen before it (one pass over the rows)."""
        self.filter_buttons[kind].setChecked(True)
        self.model.filter = kind

    def select_product(self, index: int, field: str = "title") -> None:
        """Show a product (by its index in the snapshot) selected, leaving filters that hide it."""
        row = self.model.row_of(index)
        if row < 0:
            self._search_timer.stop()
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.filter_buttons["all"].setChecked(True)
            self.model.set_filter("all", "")
            row = self.model.row_of(index)
        if row < 0:
            return
        cell = self.model.index(row, self.model.column_of(field))
        self.table.setCurrentIndex(cell)
        self.table.selectionModel().select(cell, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(cell, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.table.setFocus()


class WorksheetPage(QWidget):
    """The products to move with their target path, the 已迁移 marks, and the export buttons."""

    mark_requested = Signal(object, bool)  # product ids (a list, passed as it is: not converted), moved
    export_requested = Signal(str)  # "xlsx" | "csv"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = MigrationModel(self)
        self.model.marked.connect(self.mark_requested)
        self.table = table_view(self.tr("迁移清单"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for field, width in (("moved", 84), ("id", 110), ("title", 130), ("status", 48), ("to", 330),
                             ("from", 160), ("close_on", 96)):
            header.resizeSection(self.model.COLUMNS.index(field), width)
        header.setStretchLastSection(True)
        # the paths are what the seller looks for in the backend: never elided (fonts differ on Windows);
        # the deadline, the same for every row, is in the line above (its column only when they differ)
        self.model.modelReset.connect(self._rows_changed)
        self._unfitted = False  # the paths' columns wait for the page to show to be measured
        self.mark_button = QPushButton(self.tr("标记已迁移"))
        self.mark_button.setToolTip(self.tr("把选中的商品标记为已在后台迁移到新类目"))
        self.mark_button.clicked.connect(lambda: self.mark_requested.emit(self.selected_ids(), True))
        self.unmark_button = QPushButton(self.tr("取消标记"))
        self.unmark_button.clicked.connect(lambda: self.mark_requested.emit(self.selected_ids(), False))
        self.export_xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.export_xlsx_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        self.export_csv_button = QPushButton(self.tr("导出 CSV…"))
        self.export_csv_button.clicked.connect(lambda: self.export_requested.emit("csv"))
        buttons = QHBoxLayout()
        for button in (self.mark_button, self.unmark_button):
            buttons.addWidget(button)
        self.exported = QLabel()
        self.exported.setStyleSheet(f"color: {palette.OK}")
        self.exported.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons.addWidget(self.exported, 1)
        buttons.addWidget(self.export_xlsx_button)
        buttons.addWidget(self.export_csv_button)
        layout = _page_layout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _rows_changed(self) -> None:
        self.table.setColumnHidden(self.model.COLUMNS.index("close_on"),
                                   len({m.get("close_on") for m in self.model.moves}) <= 1)
        if self.isVisible():
            self._fit_paths()
        else:
            self._unfitted = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._unfitted:
            self._fit_paths()
        super().showEvent(event)

    def _fit_paths(self) -> None:
        """The paths' columns as wide as their rows. Measured when the page shows, not while it is
        behind another: an import's new worksheet measured there added ~15 ms to its last frame."""
        self._unfitted = False
        for field in ("to", "from"):
            self.table.resizeColumnToContents(self.model.COLUMNS.index(field))

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.moves[r]["id"] for r in rows]

    def show_exported(self, path: str) -> None:
        self.exported.setText(fill(self.tr("✔ 已导出：%1"), path))
        self.exported.setToolTip(path)

    def show_summary(self, close_on: str) -> None:
        total, to_move = self.model.rowCount(), self.model.to_move()
        if not total:
            self.summary.setText(self.tr("没有商品在要关闭的类目里，不需要迁移。"))
        else:
            self.summary.setText(
                fill(self.tr("%1在要关闭的类目里，%2（截止 %3）。在商家后台把商品迁移到“迁移到”一栏的新类目后，"
                             "勾选“已迁移”，或选中多行点“标记已迁移”。"), self.tr("共 %Ln 件商品", "", total),
                     self.tr("还有 %Ln 件待迁移", "", to_move), close_on))
        for button in (self.mark_button, self.unmark_button):
            button.setEnabled(bool(total))


class CategoriesPage(QWidget):
    """On-sale products per level-1 category, with the cap the seller types in and a usage bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        hint = QLabel(self.tr("平台对每个一级类目也有在架上限，但公告没有写具体数字。请在商家后台查看本店各一级类目的上限，"
                              "双击“类目上限”一栏填写（只计在售商品；清空即不检查）。"))
        hint.setWordWrap(True)
        self.model = CategoryCapModel(self)
        self.table = table_view(self.tr("一级类目在售数与上限"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setItemDelegateForColumn(self.model.COLUMNS.index("cap"), CapDelegate(self))
        self.table.setItemDelegateForColumn(self.model.COLUMNS.index("usage"), UsageBarDelegate(self))
        header = self.table.horizontalHeader()
        for field, width in (("category", 170), ("listed", 90), ("cap", 170)):
            header.resizeSection(self.model.COLUMNS.index(field), width)
        header.setStretchLastSection(True)
        layout = _page_layout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def focus_category(self, category: str) -> None:
        row = max(self.model.row_of(category), 0)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, self.model.COLUMNS.index("cap")))
        self.table.setFocus()
