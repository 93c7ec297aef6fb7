"""The products a session's coupons may apply to, with whether the chosen coupon fits each and why not."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from gui import palette
from gui.text import fill, money
from gui.table_model import TableModel

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
EDITABLE = ("id", "title", "price", "commission", "source")
GREEN, GREEN_BG = QColor(palette.OK), QColor(palette.OK_BG)
RED, RED_BG = QColor(palette.ERROR), QColor(palette.ERROR_BG)


def source_names() -> dict[str, str]:
    """Product source key (the contract's products[i].source) -> what a seller calls it."""
    return {"own": translate("ProductTableModel", "本店商品"),
            "alliance": translate("ProductTableModel", "好物联盟")}


def columns() -> list[tuple[str, str]]:
    return [
        ("id", translate("ProductTableModel", "商品ID")),
        ("title", translate("ProductTableModel", "商品标题")),
        ("price", translate("ProductTableModel", "价格（元）")),
        ("commission", translate("ProductTableModel", "佣金（元）")),
        ("source", translate("ProductTableModel", "来源")),
        ("fit", translate("ProductTableModel", "适用")),
        ("reasons", translate("ProductTableModel", "不适用原因")),
    ]


def new_product(**fields: Any) -> dict[str, Any]:
    product = {"id": "", "title": "", "price": "", "commission": None, "source": "own"}
    product.update(fields)
    return product


class ProductTableModel(TableModel):
    """Editable products; `fit` and `reasons` come from the last check, for the chosen coupon."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.products: list[dict[str, Any]] = []
        self.columns = columns()
        self.fields = [f for f, _ in self.columns]
        self.applicable: set[str] = set()
        self.excluded: dict[str, list[str]] = {}

    def set_products(self, products: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.products = [new_product(**p) for p in products]
        self.endResetModel()

    def set_fit(self, applicable: list[str], excluded: list[dict[str, Any]]) -> None:
        """Show which products the chosen coupon fits (empty lists: nothing known, e.g. bad input)."""
        self.applicable = set(applicable)
        self.excluded = {str(e["id"]): list(e["reasons"]) for e in excluded}
        if self.products:
            first, last = self.column_of("fit"), self.column_of("reasons")
            self.dataChanged.emit(self.index(0, first), self.index(len(self.products) - 1, last))

    def fit_of(self, row: int) -> bool | None:
        """True: the coupon applies; False: excluded; None: not known (the plan cannot be checked)."""
        pid = str(self.products[row].get("id") or "").strip()
        if pid in self.applicable:
            return True
        if pid in self.excluded:
            return False
        return None

    def column_of(self, field: str) -> int:
        return self.fields.index(field) if field in self.fields else 0

    def row_count(self) -> int:
        return len(self.products)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "commission": translate("ProductTableModel", "推广佣金金额（元）：须不低于优惠券面额。本店商品没有设佣金可留空"),
                "source": translate("ProductTableModel", "本店商品：自己创建的商品（店铺满减券可用）；好物联盟：从好物联盟推广的商品（主播满减券可用）"),
                "fit": translate("ProductTableModel", "所选优惠券能否用于这件商品"),
            }.get(self.fields[section], "")
        return self.columns[section][1] if role == Qt.ItemDataRole.DisplayRole else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.fields[index.column()] in EDITABLE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self.fields[index.column()]
        row = index.row()
        if field in ("fit", "reasons"):
            return self._fit_data(row, field, role)
        value = self.products[row].get(field)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "source":
                unknown = fill(translate("ProductTableModel", "未知来源：%1"), str(value))
                return source_names().get(str(value), unknown)
            if field in ("price", "commission") and value not in (None, ""):
                return money(value)  # 12,345.00 to read; the editor gets it as typed
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and field == "title" and value:
            return str(value)
        return None

    def _fit_data(self, row: int, field: str, role: int) -> Any:
        fit = self.fit_of(row)
        reasons = "；".join(self.excluded.get(str(self.products[row].get("id") or "").strip(), []))
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "reasons":
                return reasons
            if fit is None:
                return "—"
            return translate("ProductTableModel", "✔ 适用") if fit else translate("ProductTableModel", "✖ 不适用")
        if role == Qt.ItemDataRole.ToolTipRole and field == "reasons" and reasons:
            return reasons
        if fit is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return GREEN if fit else RED
        if role == Qt.ItemDataRole.BackgroundRole and field == "fit":
            return GREEN_BG if fit else RED_BG
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = self.fields[index.column()]
        if field not in EDITABLE:
            return False
        text = "" if value is None else str(value).strip()
        new: Any = (text or None) if field == "commission" else text
        product = self.products[index.row()]
        if product.get(field) == new:
            return False
        product[field] = new
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    # Row operations ---------------------------------------------------------------------------
    def ids(self) -> set[str]:
        return {str(p.get("id") or "").strip() for p in self.products}

    def add_many(self, products: list[dict[str, Any]]) -> int:
        """Append products; returns the row of the first one added."""
        first = len(self.products)
        if products:
            self.beginInsertRows(QModelIndex(), first, first + len(products) - 1)
            self.products += [new_product(**p) for p in products]
            self.endInsertRows()
            self.edited.emit()
        return first

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.products[row]
        self.endRemoveRows()
        self.edited.emit()
