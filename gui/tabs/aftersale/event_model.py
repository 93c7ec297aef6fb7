"""The after-sale events table: rows are contract-shaped event dicts, columns are named; the
deadline columns come from the check's `deadlines` fact and the countdown from `now`."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from gui import palette
from gui.text import fill
from gui.table_model import TableModel
from core.release import release_later
from core.clocks import SOON, Clocks
from core.importers.aftersale import parse_time, parse_type
from core.values import BEIJING, duration_text

Index = QModelIndex | QPersistentModelIndex
KINDS = ("refund_before_shipment", "refund_after_shipment", "return_agreed", "return_shipped")
RED, GREY, AMBER = palette.ERROR, palette.GREY, palette.WARNING


def type_names() -> dict[str, str]:
    """Event type -> the choice a seller picks."""
    return {"refund_before_shipment": QCoreApplication.translate("EventTableModel", "发货前仅退款"), "refund_after_shipment": QCoreApplication.translate("EventTableModel", "发货后退款·退货退款"),
            "return_agreed": QCoreApplication.translate("EventTableModel", "同意退货"), "return_shipped": QCoreApplication.translate("EventTableModel", "买家已寄回")}


def who_acts() -> dict[str, str]:
    """Event type -> who must act before the deadline, in plain words."""
    return {"refund_before_shipment": QCoreApplication.translate("EventTableModel", "您（商家）"), "refund_after_shipment": QCoreApplication.translate("EventTableModel", "您（商家）"),
            "return_agreed": QCoreApplication.translate("EventTableModel", "买家填退货物流"), "return_shipped": QCoreApplication.translate("EventTableModel", "您签收/平台退款")}


def who_acts_long() -> dict[str, str]:
    """Event type -> what must happen before the deadline, and what if not."""
    return {
        "refund_before_shipment": QCoreApplication.translate("EventTableModel", "您需在截止前到后台同意或拒绝退款申请"),
        "refund_after_shipment": QCoreApplication.translate("EventTableModel", "您需在截止前到后台同意或拒绝退款/退货退款申请"),
        "return_agreed": QCoreApplication.translate("EventTableModel", "买家需在截止前填写退货物流；逾期不算您超时"),
        "return_shipped": QCoreApplication.translate("EventTableModel", "您需在截止前签收验货；到时没有签收记录的，平台自动确认收货并退款给买家"),
    }


def length_text(hours: int) -> str:
    """48 -> "48 小时", 120 -> "5 天" (the way the announcement says it)."""
    if hours > 48 and hours % 24 == 0:
        return fill(QCoreApplication.translate("EventTableModel", "%1 天"), str(hours // 24))
    return fill(QCoreApplication.translate("EventTableModel", "%1 小时"), str(hours))


def limit_text(fact: dict[str, Any]) -> str:
    """The time limit of a deadline, naming the holiday window when it applies."""
    length = length_text(int(fact["hours"]))
    if fact.get("holiday"):
        # "2022年春节" -> "春节": the row's own date says which year.
        name = re.sub(r"^\d{4}年", "", fact["holiday"]) or fact["holiday"]
        return fill(QCoreApplication.translate("EventTableModel", "%1期间 %2"), name, length)
    return length


def shown(iso_time: Any) -> str:
    """An ISO time as the seller reads it (Beijing, to the minute); anything else as typed."""
    if not iso_time:
        return ""
    try:
        moment = datetime.fromisoformat(str(iso_time))
    except ValueError:
        return str(iso_time)
    if moment.tzinfo is not None:
        moment = moment.astimezone(BEIJING)
    return moment.strftime("%Y-%m-%d %H:%M:%S" if moment.second else "%Y-%m-%d %H:%M")


def brief(iso_time: Any, year: int) -> str:
    """A time in a table cell: the year is left out when it is the current one."""
    text = shown(iso_time)
    return text[5:] if re.match(rf"^{year}-\d\d-\d\d \d", text) else text


def normalized(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Events with every field the table shows (a stored or imported one may lack some)."""
    return [{"id": "", "type": "", "at": "", "done": False, "note": "", **e} for e in events]


def deadlines_of(facts: list[dict[str, Any] | None]) -> list[datetime | None]:
    """Each row's deadline as a time (None where the check could not compute it)."""
    return [datetime.fromisoformat(f["deadline"]) if f else None for f in facts]


def new_event(ident: str, kind: str, at: str, note: str = "") -> dict[str, Any]:
    return {"id": ident, "type": kind, "at": at, "done": False, "note": note}


# The roles data() answers, as numbers: a paint asks each cell for a dozen more (size hint,
# decoration, alignment…), and reading Qt.ItemDataRole's members on every call cost each cell ~3 µs.
DISPLAY, EDIT, FOREGROUND, FONT, CHECK_STATE, ACCESSIBLE_TEXT, USER, TOOLTIP = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole,
    Qt.ItemDataRole.ToolTipRole))
_ROLES = frozenset((DISPLAY, EDIT, FOREGROUND, FONT, CHECK_STATE, ACCESSIBLE_TEXT, USER, TOOLTIP))


class EventTableModel(TableModel):
    """Editable events. Values keep what the seller typed; the check says what is wrong with them.

    A row's dict is never changed in place: an edit puts a new dict in its row. So the rows can be
    handed to a worker (the check, the save) as they are, without copying 60,000 dicts on the UI
    thread first, and what the worker reads stays what it was handed."""

    COLUMNS = ("done", "id", "type", "at", "deadline", "left", "owner", "limit", "note")
    EDITABLE = frozenset({"id", "type", "at", "note"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.events: list[dict[str, Any]] = []
        self.facts: list[dict[str, Any] | None] = []
        self.due: list[datetime | None] = []  # each row's deadline, read from its fact once
        self.clocks = Clocks((), (), 0, 0)  # as of the last check: the countdown's tally and next
        self.checked_at = self.now = datetime.now(BEIJING)
        self._headers = {
            "done": self.tr("已处理"), "id": self.tr("单号"), "type": self.tr("类型"), "at": self.tr("发生时间"),
            "deadline": self.tr("截止时间"), "left": self.tr("剩余时间"), "owner": self.tr("谁来处理"),
            "limit": self.tr("时效"), "note": self.tr("备注"),
        }

    # Rows -------------------------------------------------------------------------------------
    def set_events(self, events: list[dict[str, Any]]) -> None:
        """Show these events (their dicts are the model's from now on: give copies)."""
        self.beginResetModel()
        release_later(self.events, self.facts, self.due)  # the rows shown before: freed off the UI thread
        self.events = events
        self.facts = [None] * len(self.events)
        self.due = [None] * len(self.events)
        self.clocks = Clocks((), (), 0, 0)
        self.endResetModel()

    def add(self, event: dict[str, Any]) -> int:
        return self.insert(len(self.events), event)

    def insert(self, row: int, event: dict[str, Any]) -> int:
        """Put `event` at `row` (an undone delete goes back where it was); returns the row."""
        self.beginInsertRows(QModelIndex(), row, row)
        self.events.insert(row, event)
        self.facts.insert(row, None)
        self.due.insert(row, None)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.events[row]
        del self.facts[row]
        del self.due[row]
        self.endRemoveRows()

    def reorder(self, order: list[int], moved: tuple[list[dict[str, Any]], list[dict[str, Any] | None],
                                                     list[datetime | None]] | None = None,
                where: list[int] | None = None) -> None:
        """Put row order[k] at row k; selections and open editors follow their rows. `moved`, when
        given, is (events, facts, due) already in that order (the check's copies: then nothing is
        moved here, which for 60,000 rows is most of the cost). `where`, when given, is the new row of
        each old row (the check works it out off the UI thread; order.index for each selected cell
        is a scan of all the rows)."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        new_row = where.__getitem__ if where is not None and len(where) == len(order) else order.index
        after = [self.index(new_row(p.row()), p.column()) for p in before]  # a few: the selection
        release_later(self.events, self.facts, self.due)  # the old order's lists: freed off the UI thread
        if moved is not None and all(len(part) == len(order) for part in moved):
            self.events, self.facts, self.due = moved[0], list(moved[1]), list(moved[2])
        else:
            self.events = [self.events[i] for i in order]
            self.facts = [self.facts[i] for i in order]
            self.due = [self.due[i] for i in order]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def set_facts(self, facts: list[dict[str, Any] | None], now: datetime, clocks: Clocks | None = None,
                  due: list[datetime | None] | None = None) -> None:
        """The check's deadline of each row (None where it could not be computed); `clocks` and `due`
        are derived from them, given when the check already worked them out (off the UI thread)."""
        release_later(self.facts)
        self.facts, self.now, self.checked_at = list(facts), now, now
        self.due = due if due is not None else deadlines_of(self.facts)
        if clocks is None:
            ids = [str(e.get("id")) for e in self.events]
            clocks = Clocks.of(self.facts[:len(ids)], ids[:len(self.facts)])
        self.clocks = clocks
        if self.events:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.events) - 1, len(self.COLUMNS) - 1))

    def tick(self, now: datetime) -> None:
        """Move the clock on. The view repaints itself each second; no dataChanged is needed."""
        self.now = now

    def column_of(self, field: str) -> int:
        return self.COLUMNS.index(field) if field in self.COLUMNS else self.COLUMNS.index("id")

    def row_of(self, ident: str) -> int:
        return next((r for r, e in enumerate(self.events) if e.get("id") == ident), -1)

    # State ------------------------------------------------------------------------------------
    def deadline(self, row: int) -> datetime | None:
        return self.due[row] if row < len(self.due) else None

    def state(self, row: int) -> str:
        """done | overdue | soon (due within 24 h) | waiting | unknown (not computable yet)."""
        if self.events[row].get("done") is True:
            return "done"
        deadline = self.deadline(row)
        if deadline is None:
            return "unknown"
        if self.now > deadline:
            return "overdue"
        return "soon" if deadline - self.now <= SOON else "waiting"

    def crossed(self) -> bool:
        """A deadline has passed since the facts were computed (the findings are out of date)."""
        return self.clocks.crossed(self.checked_at, self.now)

    def left_text(self, row: int) -> str:
        state = self.state(row)
        if state == "done":
            return self.tr("已处理")
        deadline = self.deadline(row)
        if deadline is None:
            return "—"
        if state == "overdue":
            late = duration_text(self.now - deadline)
            if self.events[row].get("type") == "return_agreed":
                return fill(self.tr("买家已逾期 %1"), late)
            return fill(self.tr("已超时 %1"), late)
        return fill(self.tr("还剩 %1"), duration_text(deadline - self.now))

    # Qt model ---------------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self.events)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "done": self.tr("勾选表示已处理：您已同意/拒绝申请，或买家已填写退货物流，或您已签收退货"),
                "at": self.tr("北京时间，例如 2022-01-26 09:15：买家申请/修改、您同意退货或买家寄回的时间"),
                "limit": self.tr("平台规定的处理时限；春节等特殊时期按公告延长"),
            }.get(column)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.COLUMNS[index.column()]
        if column == "done":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column in self.EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell's value for a role. Asked some 500 times per paint of the table and 1,000 times when
        its columns are fitted, so the row's state is worked out only for the roles that show it."""
        if role not in _ROLES or not index.isValid():  # most of a paint's calls: answered at once
            return None
        row, column = index.row(), self.COLUMNS[index.column()]
        if role == FOREGROUND:
            state = self.state(row)
            color = {"done": GREY, "overdue": RED}.get(state)
            if color is None and state == "soon" and column in ("deadline", "left"):
                color = AMBER
            return QColor(color) if color else None
        if role == FONT:
            return self._bold() if column == "left" and self.state(row) in ("overdue", "soon") else None
        event, fact = self.events[row], self.facts[row]
        if column == "done":
            if role == CHECK_STATE:
                return Qt.CheckState.Checked if event.get("done") is True else Qt.CheckState.Unchecked
            if role == ACCESSIBLE_TEXT:
                return self.tr("已处理") if event.get("done") is True else self.tr("未处理")
            return None
        if role == USER and column == "type":
            return event.get("type")
        if role == TOOLTIP:
            return self._tooltip(column, event, fact)
        if role not in (DISPLAY, EDIT):
            return None
        if column == "type":
            kind = event.get("type")
            return type_names().get(kind, str(kind or "")) if isinstance(kind, str) else str(kind)
        if column == "at":
            if role == EDIT:
                return shown(event.get("at"))
            return brief(event.get("at"), self.now.year)
        if column in ("id", "note"):
            value = event.get(column)
            return "" if value is None else str(value)
        if column == "deadline":
            return brief(fact["deadline"], self.now.year) if fact else "—"
        if column == "left":
            return self.left_text(row)
        if column == "owner":
            return who_acts().get(str(event.get("type")), "—")
        if column == "limit":
            return limit_text(fact) if fact else "—"
        return None

    @staticmethod
    def _bold() -> QFont:
        font = QFont()
        font.setBold(True)
        return font

    def _tooltip(self, column: str, event: dict[str, Any], fact: dict[str, Any] | None) -> str | None:
        if column == "limit" and fact and fact.get("holiday"):
            return fill(self.tr("%1期间发生的售后按公告延长时效"), fact["holiday"])
        if column == "owner":
            return who_acts_long().get(str(event.get("type")))
        if column == "note":
            return str(event.get("note") or "") or None
        if column in ("at", "deadline"):
            return shown(event.get("at") if column == "at" else (fact or {}).get("deadline"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column, row = self.COLUMNS[index.column()], index.row()
        if column == "done":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            self.events[row] = {**self.events[row], "done": Qt.CheckState(value) == Qt.CheckState.Checked}
        elif role == Qt.ItemDataRole.EditRole and column in self.EDITABLE:
            self.events[row] = {**self.events[row], column: self.coerce(column, str(value))}  # a new dict: see the class
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.COLUMNS) - 1))
        return True

    @staticmethod
    def coerce(column: str, text: str) -> Any:
        """What a typed cell stores; an unreadable value is kept as typed (the check names it)."""
        text = text.strip()
        if column == "at":
            return parse_time(text) or text
        if column == "type":
            if text in KINDS:
                return text
            by_name = {name: kind for kind, name in type_names().items()}
            return by_name.get(text) or parse_type(text) or text
        return text


class TypeDelegate(QStyledItemDelegate):
    """The type column is edited by picking one of the four kinds."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for kind, name in type_names().items():
            combo.addItem(name, kind)
        combo.setAccessibleName(self.tr("售后类型"))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.UserRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
