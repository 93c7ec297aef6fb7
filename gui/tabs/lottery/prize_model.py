"""The prize table of a lottery plan: rows are contract-shaped prize dicts, columns are named."""

from __future__ import annotations

import copy
import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from gui.table_model import TableModel
from gui.text import money

Index = QModelIndex | QPersistentModelIndex
BOOL_FIELDS = {"in_shop_categories", "needs_license", "has_license"}
INT_FIELDS = {"quantity", "max_wins_per_user", "usage_right_days"}
MONEY_FIELDS = {"unit_value", "usage_right_value"}


def columns() -> list[tuple[str, str]]:
    """(field, header) for each column, in order. Long headers are on two lines, so that at 1366
    pixels the whole table fits beside the findings; each header's tooltip says it in full."""
    return [
        ("title", QCoreApplication.translate("PrizeTableModel", "奖品标题")), ("brand", QCoreApplication.translate("PrizeTableModel", "品牌")),
        ("material", QCoreApplication.translate("PrizeTableModel", "材质")), ("category", QCoreApplication.translate("PrizeTableModel", "类目")),
        ("in_shop_categories", QCoreApplication.translate("PrizeTableModel", "本店\n可上架")),
        ("unit_value", QCoreApplication.translate("PrizeTableModel", "单价\n（元）")), ("quantity", QCoreApplication.translate("PrizeTableModel", "数量")),
        ("max_wins_per_user", QCoreApplication.translate("PrizeTableModel", "每人\n最多中")), ("needs_license", QCoreApplication.translate("PrizeTableModel", "需\n资质")),
        ("has_license", QCoreApplication.translate("PrizeTableModel", "已有\n资质")), ("usage_right_days", QCoreApplication.translate("PrizeTableModel", "使用权\n天数")),
        ("usage_right_value", QCoreApplication.translate("PrizeTableModel", "使用权\n市场价值")), ("draw_at", QCoreApplication.translate("PrizeTableModel", "开奖时间")),
    ]


def header_tips() -> dict[str, str]:
    """What each column means, in full (the header's tooltip)."""
    return {
        "title": QCoreApplication.translate("PrizeTableModel", "奖品标题：须写明品牌、材质、品类"),
        "brand": QCoreApplication.translate("PrizeTableModel", "品牌：奖品标题里要写出的品牌"),
        "material": QCoreApplication.translate("PrizeTableModel", "材质：奖品标题里要写出的材质"),
        "category": QCoreApplication.translate("PrizeTableModel", "一级 > 二级 > 三级，例如：服饰/鞋靴 > 男装 > T恤"),
        "in_shop_categories": QCoreApplication.translate("PrizeTableModel", "本店可上架：奖品的类目在本店可上架的类目内"),
        "unit_value": QCoreApplication.translate("PrizeTableModel", "单价（元）：一件奖品的价值"),
        "quantity": QCoreApplication.translate("PrizeTableModel", "数量：这个奖品共送出几件"),
        "max_wins_per_user": QCoreApplication.translate("PrizeTableModel", "每人最多中：同一用户最多能中这个奖品几次"),
        "needs_license": QCoreApplication.translate("PrizeTableModel", "需资质：这类奖品需要经营资质"),
        "has_license": QCoreApplication.translate("PrizeTableModel", "已有资质：本店已有这类奖品需要的资质"),
        "usage_right_days": QCoreApplication.translate("PrizeTableModel", "使用权天数：奖品是使用权（如会员卡）时，可使用的天数"),
        "usage_right_value": QCoreApplication.translate("PrizeTableModel", "使用权市场价值（元）：奖品是使用权时，它的市场价值"),
        "draw_at": QCoreApplication.translate("PrizeTableModel", "开奖时间：北京时间，例如 2023-06-10 21:00"),
    }


def new_prize(draw_at: str | None = None) -> dict[str, Any]:
    return {
        "title": "", "brand": "", "material": "", "category": [], "in_shop_categories": True,
        "unit_value": "0.00", "quantity": 1, "max_wins_per_user": 1, "needs_license": False,
        "has_license": False, "usage_right_days": None, "usage_right_value": None,
        "draw_at": draw_at, "shipped_at": None, "image": None, "image_confirmed": False,
    }


def parse_category(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\s*(?:>|＞|→)\s*", text) if part.strip()]


def _display_time(value: Any, short: bool = False) -> str:
    """Beijing time as typed back; `short` leaves out this year's year (the column fits at 1366)."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if short and moment.year == datetime.now().year:
        return moment.strftime("%m-%d %H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")


def _store_time(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M"):
        try:
            return datetime.strptime(text, fmt).strftime("%Y-%m-%dT%H:%M:%S")
        except ValueError:
            pass
    return text  # kept as typed: the check names the field, nothing is lost


class PrizeTableModel(TableModel):
    """Editable prizes. Values keep what the seller typed; the check says what is wrong with them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.prizes: list[dict[str, Any]] = []
        self.columns = columns()
        self.fields = [f for f, _ in self.columns]

    def set_prizes(self, prizes: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.prizes = [{**new_prize(), **p} for p in prizes]
        self.endResetModel()

    def column_of(self, field: str) -> int:
        return self.fields.index(field) if field in self.fields else 0

    def row_count(self) -> int:
        return len(self.prizes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.header_tooltip(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return str(section + 1)

    def header_tooltip(self, section: int) -> str:
        return header_tips().get(self.fields[section], "")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.fields[index.column()] in BOOL_FIELDS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self.fields[index.column()]
        value = self.prizes[index.row()].get(field)
        if field in BOOL_FIELDS:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if field == "category":
            return " > ".join(value or [])
        if field == "draw_at":
            return _display_time(value, short=role == Qt.ItemDataRole.DisplayRole)
        if field in MONEY_FIELDS and role != Qt.ItemDataRole.EditRole and value is not None:
            return money(value)  # 12,345.00 to read; the editor gets the value as typed
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        field = self.fields[index.column()]
        prize = self.prizes[index.row()]
        if field in BOOL_FIELDS:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            prize[field] = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            prize[field] = self.coerce(field, str(value))
        else:
            return False
        self.dataChanged.emit(index, index)
        return True

    @staticmethod
    def coerce(field: str, text: str) -> Any:
        text = text.strip()
        if field == "category":
            return parse_category(text)
        if field == "draw_at":
            return _store_time(text)
        if field in INT_FIELDS:
            if not text:
                return None
            return int(text) if text.lstrip("-").isdigit() else text
        if field == "usage_right_value":
            return text or None
        return text

    def set_field(self, row: int, field: str, value: Any) -> None:
        """Set a prize field that has no column (shipped_at, image, image_confirmed)."""
        self.prizes[row][field] = value
        column = self.column_of(field)
        self.dataChanged.emit(self.index(row, column), self.index(row, column))

    # Row operations ---------------------------------------------------------------------------
    def add(self, prize: dict[str, Any] | None = None, row: int | None = None) -> int:
        row = len(self.prizes) if row is None else row
        self.beginInsertRows(QModelIndex(), row, row)
        self.prizes.insert(row, prize or new_prize())
        self.endInsertRows()
        return row

    def duplicate(self, row: int) -> int:
        copied = copy.deepcopy(self.prizes[row])
        copied["shipped_at"] = None
        return self.add(copied, row + 1)

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.prizes[row]
        self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not 0 <= target < len(self.prizes) or delta == 0:
            return row
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self.prizes.insert(target, self.prizes.pop(row))
        self.endMoveRows()
        return target


