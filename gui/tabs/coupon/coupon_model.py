"""The coupons of one live session: rows are contract-shaped coupon dicts, columns are named."""

from __future__ import annotations

import copy
from datetime import datetime, timedelta
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
INT_FIELDS = {"quantity", "per_user_limit"}
TIME_FIELDS = {"issue_at", "valid_until"}
TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S")


def type_names() -> dict[str, str]:
    """Coupon type key (the contract's coupon.type) -> the backend's name for it."""
    return {"shop": translate("CouponTableModel", "店铺满减券"),
            "anchor": translate("CouponTableModel", "主播满减券")}


def columns() -> list[tuple[str, str]]:
    """(field, header) for each column, in order."""
    return [
        ("id", translate("CouponTableModel", "券名")),
        ("type", translate("CouponTableModel", "券类型")),
        ("threshold", translate("CouponTableModel", "满（元）")),
        ("face_value", translate("CouponTableModel", "减（元）")),
        ("quantity", translate("CouponTableModel", "发放数量")),
        ("per_user_limit", translate("CouponTableModel", "每人限领")),
        ("issue_at", translate("CouponTableModel", "发放时间")),
        ("valid_until", translate("CouponTableModel", "有效期至")),
    ]


def coupon_name(n: int) -> str:
    """The name a new coupon gets: 券1, 券2, …"""
    return fill(translate("CouponTableModel", "券%1"), str(n))


def new_coupon(name: str, issue_at: datetime, kind: str = "shop") -> dict[str, Any]:
    return {"id": name, "type": kind, "threshold": "100.00", "face_value": "10.00", "quantity": 100,
            "per_user_limit": 1, "issue_at": issue_at.isoformat(timespec="seconds"),
            "valid_until": (issue_at + timedelta(minutes=30)).isoformat(timespec="seconds")}


def parse_time(value: Any) -> datetime | None:
    """A stored time (ISO, naive = Beijing) as a naive Beijing datetime, or None if unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is not None:
        from core.values import BEIJING
        moment = moment.astimezone(BEIJING).replace(tzinfo=None)
    return moment


def display_time(value: Any) -> str:
    moment = parse_time(value)
    if moment is None:
        return "" if value is None else str(value)
    return moment.strftime("%Y-%m-%d %H:%M:%S" if moment.second else "%Y-%m-%d %H:%M")


def store_time(text: str) -> str:
    text = text.strip()
    for fmt in TIME_FORMATS:
        try:
            return datetime.strptime(text, fmt).isoformat(timespec="seconds")
        except ValueError:
            pass
    return text  # kept as typed: the check names the field, nothing is lost


class CouponTableModel(TableModel):
    """Editable coupons. Values keep what the seller typed; the check says what is wrong with them.
    `edited` is emitted for the seller's changes only (not for loading a plan or marking overlaps)."""

    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.coupons: list[dict[str, Any]] = []
        self.columns = columns()
        self.fields = [f for f, _ in self.columns]
        self.overlapping: set[int] = set()

    def set_coupons(self, coupons: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.coupons = [copy.deepcopy(c) for c in coupons]
        self.endResetModel()

    def column_of(self, field: str) -> int:
        return self.fields.index(field) if field in self.fields else 0

    def label(self, row: int) -> str:
        name = str(self.coupons[row].get("id") or "").strip()
        return name or fill(translate("CouponTableModel", "第%1张券"), str(row + 1))

    def row_count(self) -> int:
        return len(self.coupons)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltip(section)
        return self.columns[section][1] if role == Qt.ItemDataRole.DisplayRole else None

    def header_tooltip(self, section: int) -> str:
        return {
            "id": translate("CouponTableModel", "自己起的名字，用来区分本场的几张券，例如：开场券"),
            "threshold": translate("CouponTableModel", "使用条件金额：订单满多少元可用"),
            "face_value": translate("CouponTableModel", "优惠券面额：减多少元，须小于使用条件金额"),
            "issue_at": translate("CouponTableModel", "北京时间，例如 2023-06-10 20:00"),
            "valid_until": translate("CouponTableModel", "北京时间，须晚于发放时间，例如 2023-06-10 23:59"),
        }.get(self.fields[section], "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self.fields[index.column()]
        coupon = self.coupons[index.row()]
        value = coupon.get(field)
        if role == Qt.ItemDataRole.EditRole:
            return display_time(value) if field in TIME_FIELDS else "" if value is None else str(value)
        if role == Qt.ItemDataRole.DisplayRole:
            if field == "type":
                unknown = fill(translate("CouponTableModel", "未知类型：%1"), str(value))
                return type_names().get(str(value), unknown)
            if field in TIME_FIELDS:
                return display_time(value)
            if field == "id" and index.row() in self.overlapping:
                return f"⚠ {value or ''}".rstrip()
            if field in ("threshold", "face_value") and value not in (None, ""):
                return money(value)  # 12,345.00 to read; the editor gets it as typed
            return "" if value is None else str(value)
        if field == "id" and index.row() in self.overlapping:
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("CouponTableModel", "这张券的发放时段与本场另一张券重叠")
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(palette.WARNING_BG)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(palette.WARNING)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        field = self.fields[index.column()]
        coupon = self.coupons[index.row()]
        new = self.coerce(field, "" if value is None else str(value))
        if coupon.get(field) == new:
            return False
        coupon[field] = new
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    @staticmethod
    def coerce(field: str, text: str) -> Any:
        text = text.strip()
        if field in TIME_FIELDS:
            return store_time(text)
        if field in INT_FIELDS:
            return int(text) if text.lstrip("-").isdigit() else text
        return text

    def set_overlapping(self, rows: set[int]) -> None:
        if rows != self.overlapping:
            self.overlapping = rows
            if self.coupons:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.coupons) - 1, 0))

    # Row operations ---------------------------------------------------------------------------
    def add(self, coupon: dict[str, Any], row: int | None = None) -> int:
        row = len(self.coupons) if row is None else row
        self.beginInsertRows(QModelIndex(), row, row)
        self.coupons.insert(row, coupon)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.coupons[row]
        self.endRemoveRows()
        self.edited.emit()

    def unused_name(self) -> str:
        names = {str(c.get("id") or "") for c in self.coupons}
        n = len(self.coupons) + 1
        while coupon_name(n) in names:
            n += 1
        return coupon_name(n)
