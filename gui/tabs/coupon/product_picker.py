"""Pick products from the shop's imported snapshot (the 类目迁移 tab's import) to check coupons on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.text import fill
from gui.table_model import TableModel, tune

Index = QModelIndex | QPersistentModelIndex


class SnapshotModel(TableModel):
    """The snapshot's products, each with a tick box; products already in the plan cannot be ticked."""

    COLUMNS = ("id", "title", "price", "category", "status")

    def __init__(self, rows: list[dict[str, Any]], existing: set[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.existing = existing
        self.ticked: set[int] = set()
        self._headers = [self.tr("商品ID"), self.tr("商品标题"), self.tr("价格（元）"), self.tr("类目"),
                         self.tr("状态")]

    def _added(self, row: int) -> bool:
        return str(self.rows[row].get("id")) in self.existing

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._added(index.row()):
            return Qt.ItemFlag.ItemIsSelectable
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        product, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            ticked = index.row() in self.ticked or self._added(index.row())
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return str(product.get("id"))
        if column == 1:
            return str(product.get("title") or "")
        if column == 2:
            return str(product.get("price") or "")
        if column == 3:
            return " > ".join(product.get("category") or [])
        if self._added(index.row()):
            return self.tr("已在方案中")
        return self.tr("在售") if product.get("status") == "on_sale" else self.tr("已下架")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or self._added(index.row()):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(index.row())
        else:
            self.ticked.discard(index.row())
        self.dataChanged.emit(index, index)
        return True

    def tick(self, rows: list[int]) -> None:
        for row in rows:
            self.setData(self.index(row, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


class ProductPicker(QDialog):
    """Tick the shop's products to add; `picked()` gives them in the plan's product shape."""

    def __init__(self, rows: list[dict[str, Any]], existing: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从店铺商品中选择"))
        self.resize(820, 520)
        self.model = SnapshotModel(rows, existing, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("输入商品ID、标题或类目筛选"))
        self.filter.setAccessibleName(self.tr("筛选商品"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = tune(QTableView())
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("店铺商品"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 140)
        self.table.setColumnWidth(1, 300)
        tick_all = QPushButton(self.tr("勾选筛选出的在售商品"))
        tick_all.clicked.connect(self.tick_visible)
        note = QLabel(fill(self.tr("共 %1 件商品（来自“类目迁移”标签页导入的商品表）。添加后请填写佣金和来源。"), str(len(rows))))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("添加所选商品"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        label = QLabel(self.tr("筛选："))
        label.setBuddy(self.filter)
        top.addWidget(label)
        top.addWidget(self.filter, 1)
        top.addWidget(tick_all)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def tick_visible(self) -> None:
        rows = [self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount())]
        self.model.tick([r for r in rows if self.model.rows[r].get("status") == "on_sale"])

    def picked(self) -> list[dict[str, Any]]:
        """The ticked products, shaped for the coupon plan: own products, commission left for the seller."""
        out = []
        for row in sorted(self.model.ticked):
            product = self.model.rows[row]
            out.append({"id": str(product.get("id")), "title": str(product.get("title") or ""),
                        "price": str(product.get("price") or ""), "commission": None, "source": "own"})
        return out
