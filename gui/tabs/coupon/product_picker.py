"""Pick products from the shop's imported snapshot (the 类目迁移 tab's import) to check coupons on."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
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
from gui.table_fit import tune
from gui.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex


class SnapshotModel(TableModel):
    """The snapshot's products (up to 200,000), each with a tick box; products already in the plan
    cannot be ticked. Filtered here, not by a QSortFilterProxyModel, which would ask Python about
    every product one call at a time on every keystroke. Rows in this API are shown rows."""

    COLUMNS = ("id", "title", "price", "category", "status")

    def __init__(self, rows: list[dict[str, Any]], existing: set[str], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.existing = existing
        self.ticked: set[int] = set()  # positions in `rows`
        self.shown: list[int] = list(range(len(rows)))
        self._texts: list[str] | None = None
        self._headers = [self.tr("商品ID"), self.tr("商品标题"), self.tr("价格（元）"), self.tr("类目"),
                         self.tr("状态")]

    def row_count(self) -> int:
        return len(self.shown)

    def set_filter(self, text: str) -> None:
        """Show the products whose id, title, price or category contain `text` (any case)."""
        words = text.strip().lower()
        if words and self._texts is None:
            self._texts = [f"{p.get('id')}\n{p.get('title') or ''}\n{p.get('price') or ''}\n"
                           f"{' > '.join(p.get('category') or [])}".lower() for p in self.rows]
        texts = self._texts
        shown = [i for i, t in enumerate(texts) if words in t] if words and texts is not None \
            else list(range(len(self.rows)))
        if shown != self.shown:
            self.beginResetModel()
            self.shown = shown
            self.endResetModel()

    def _added(self, position: int) -> bool:
        return str(self.rows[position].get("id")) in self.existing

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self._added(self.shown[index.row()]):
            return Qt.ItemFlag.ItemIsSelectable
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        position, column = self.shown[index.row()], index.column()
        product = self.rows[position]
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            ticked = position in self.ticked or self._added(position)
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
        if self._added(position):
            return self.tr("已在方案中")
        return self.tr("在售") if product.get("status") == "on_sale" else self.tr("已下架")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        position = self.shown[index.row()]
        if self._added(position):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(position)
        else:
            self.ticked.discard(position)
        self.dataChanged.emit(index, index)
        return True

    def tick_shown_on_sale(self) -> None:
        """Tick every shown product that is on sale (and not in the plan yet)."""
        self.ticked.update(p for p in self.shown if self.rows[p].get("status") == "on_sale" and not self._added(p))
        if self.shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.shown) - 1, 0))


class ProductPicker(QDialog):
    """Tick the shop's products to add; `picked()` gives them in the plan's product shape."""

    def __init__(self, rows: list[dict[str, Any]], existing: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从店铺商品中选择"))
        self.resize(820, 520)
        self.model = SnapshotModel(rows, existing, self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("输入商品ID、标题或类目筛选"))
        self.filter.setAccessibleName(self.tr("筛选商品"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=150)  # filter once typing pauses
        self._filter_timer.timeout.connect(lambda: self.model.set_filter(self.filter.text()))
        self.filter.textChanged.connect(self._filter_timer.start)
        self.table = tune(QTableView())
        self.table.setModel(self.model)
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
        self._filter_timer.stop()
        self.model.set_filter(self.filter.text())  # what the box says, even mid-pause
        self.model.tick_shown_on_sale()

    def picked(self) -> list[dict[str, Any]]:
        """The ticked products, shaped for the coupon plan: own products, commission left for the seller."""
        out = []
        for row in sorted(self.model.ticked):
            product = self.model.rows[row]
            out.append({"id": str(product.get("id")), "title": str(product.get("title") or ""),
                        "price": str(product.get("price") or ""), "commission": None, "source": "own"})
        return out
