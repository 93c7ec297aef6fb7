"""假一赔四 calculator (Douyin counterfeit payouts) and the list of claims the seller keeps.

The calculator runs the aftersale check on one claim as the seller types; the amounts, the scheme
(假一赔四, or 退一赔三 through 2023-02-23) and the explanation all come from the check's `claims`
fact and finding, the quote from the rule pack.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs import confirm
from gui.text import fill
from gui.table_fit import fit, tune
from gui.table_model import TableModel
from core.facts import aftersale as aftersale_facts
from core.importers.aftersale import parse_time
from core.engine import check
from core.errors import InputError
from core.rulepack import RulePack
from core.values import iso, start_of
from gui.qtdates import qdate
from gui.tabs.aftersale.event_model import RED, shown

Index = QModelIndex | QPersistentModelIndex


def new_claim(ident: str, price: str, at: str) -> dict[str, Any]:
    return {"id": ident, "platform": "douyin", "type": "counterfeit", "price": price, "at": at}


def claim_time(text: str) -> str:
    """A typed claim date (or time) as ISO; kept as typed when unreadable."""
    text = text.strip()
    try:
        return iso(start_of(date.fromisoformat(text.replace("/", "-"))))
    except ValueError:
        return parse_time(text) or text


class ClaimTableModel(TableModel):
    """The claims kept in the document; amounts from the check's `claims` fact."""

    COLUMNS = ("id", "at", "price", "refund", "compensation", "total", "scheme")
    NUMBERED = True
    EDITABLE = frozenset({"id", "at", "price"})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.claims: list[dict[str, Any]] = []
        self.facts: list[dict[str, Any] | None] = []
        self._headers = {"id": self.tr("编号"), "at": self.tr("索赔日期"), "price": self.tr("价款（元）"),
                         "refund": self.tr("退回价款"), "compensation": self.tr("赔付"),
                         "total": self.tr("合计"), "scheme": self.tr("适用规则")}

    def set_claims(self, claims: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.claims = [dict(c) for c in claims]
        self.facts = [None] * len(self.claims)
        self.endResetModel()

    def set_facts(self, facts: list[dict[str, Any] | None]) -> None:
        self.facts = list(facts) + [None] * (len(self.claims) - len(facts))
        if self.claims:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.claims) - 1, len(self.COLUMNS) - 1))

    def add(self, claim: dict[str, Any]) -> int:
        row = len(self.claims)
        self.beginInsertRows(QModelIndex(), row, row)
        self.claims.append(claim)
        self.facts.append(None)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.claims[row]
        del self.facts[row]
        self.endRemoveRows()

    def column_of(self, field: str) -> int:
        return self.COLUMNS.index(field) if field in self.COLUMNS else 0

    def row_count(self) -> int:
        return len(self.claims)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if self.COLUMNS[index.column()] in self.EDITABLE else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        column, claim, fact = self.COLUMNS[index.column()], self.claims[index.row()], self.facts[index.row()]
        if column == "at":
            return shown(claim.get("at"))[:10] if claim.get("at") else ""
        if column == "price" and fact and role == Qt.ItemDataRole.DisplayRole:
            return fact["price"]
        if column in ("id", "price"):
            return "" if claim.get(column) is None else str(claim[column])
        return fact[column] if fact else "—"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.COLUMNS[index.column()]
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or column not in self.EDITABLE:
            return False
        text = str(value).strip()
        self.claims[index.row()][column] = claim_time(text) if column == "at" else text
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.COLUMNS) - 1))
        return True


class ClaimPanel(QWidget):
    """The calculator above, the kept claims below (the tab checks and saves them with the events)."""

    def __init__(self, pack: RulePack, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack, self.clock = pack, clock
        self.fact: dict[str, Any] | None = None

        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("例如 99 或 129.90"))
        self.price.setAccessibleName(self.tr("商品价款（元）"))
        self.price.setMaximumWidth(200)
        self.dated = QCheckBox(self.tr("按索赔日期计算"))
        self.dated.setToolTip(self.tr("2023-02-23（含）之前的索赔按“退一赔三”（正品保障）计算，之后按“假一赔四”"))
        self.day = QDateEdit()
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("索赔日期"))
        self.day.setEnabled(False)
        self.ident = QLineEdit()
        self.ident.setPlaceholderText(self.tr("订单号（可不填）"))
        self.ident.setAccessibleName(self.tr("赔付记录的订单号"))
        self.ident.setMaximumWidth(220)
        self.add_button = QPushButton(self.tr("记入赔付记录"))
        self.add_button.setEnabled(False)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {RED}")
        self.error.setWordWrap(True)
        self.error.hide()

        inputs = QGridLayout()
        price_label = QLabel(self.tr("商品价款（元）"))
        price_label.setBuddy(self.price)
        inputs.addWidget(price_label, 0, 0)
        inputs.addWidget(self.price, 0, 1)
        inputs.addWidget(self.dated, 0, 2)
        inputs.addWidget(self.day, 0, 3)
        ident_label = QLabel(self.tr("订单号"))
        ident_label.setBuddy(self.ident)
        inputs.addWidget(ident_label, 1, 0)
        inputs.addWidget(self.ident, 1, 1)
        inputs.addWidget(self.add_button, 1, 2, 1, 2, Qt.AlignmentFlag.AlignLeft)
        inputs.setColumnStretch(4, 1)

        self.scheme = QLabel("—")
        self.refund = QLabel("—")
        self.compensation = QLabel("—")
        self.total = QLabel("—")
        big = QFont(self.total.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.total.setFont(big)
        self.scheme.setFont(big)
        amounts = QFormLayout()
        for label, widget in ((self.tr("适用规则"), self.scheme), (self.tr("退回价款"), self.refund),
                              (self.tr("赔付金额"), self.compensation), (self.tr("合计应付买家"), self.total)):
            amounts.addRow(label, widget)
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setStyleSheet("color: #444")
        self.quote.setTextFormat(Qt.TextFormat.RichText)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        calculator = QGroupBox(self.tr("假一赔四计算器（抖店假货赔付）"))
        calc_layout = QVBoxLayout(calculator)
        calc_layout.addLayout(inputs)
        calc_layout.addWidget(self.error)
        calc_layout.addLayout(amounts)
        calc_layout.addWidget(self.why)
        calc_layout.addWidget(self.quote)

        self.model = ClaimTableModel(self)
        self.table = tune(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("赔付记录"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        fit(self.table, stretch=self.model.columnCount() - 1)
        self.delete_button = QPushButton(self.tr("删除赔付记录"))
        records = QGroupBox(self.tr("赔付记录（保存在本店）"))
        records_layout = QVBoxLayout(records)
        records_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        records_layout.addLayout(row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(calculator)
        layout.addWidget(records, 1)

        self.price.textChanged.connect(self.calculate)
        self.dated.toggled.connect(self.day.setEnabled)
        self.dated.toggled.connect(self.calculate)
        self.day.dateChanged.connect(self.calculate)
        self.price.returnPressed.connect(self._record)
        self.add_button.clicked.connect(self._record)
        self.delete_button.clicked.connect(self.delete_selected)
        self.reset_day()
        self.calculate()

    def reset_day(self) -> None:
        self.day.setDate(qdate(self.clock().date()))

    def claim(self) -> dict[str, Any]:
        """The claim the calculator shows; without a date it is dated today when kept."""
        picked: date = self.day.date().toPython()  # type: ignore[assignment]
        day = picked if self.dated.isChecked() else self.clock().date()
        return new_claim(self.ident.text().strip(), self.price.text().strip(), iso(start_of(day)))

    def calculate(self) -> None:
        self.fact = None
        self.add_button.setEnabled(False)
        text = self.price.text().strip()
        for label in (self.scheme, self.refund, self.compensation, self.total):
            label.setText("—")
        self.why.setText(self.tr("输入商品价款即可计算应退金额与赔付金额。") if not text else "")
        self.quote.setText("")
        self.show_error("")
        if not text:
            return
        claim = {**self.claim(), "id": "calc"}
        if not self.dated.isChecked():
            del claim["at"]  # judged as of now, like the check's own default
        try:
            now = self.clock().replace(second=0, microsecond=0)
            report = check("aftersale", {"claims": [claim]}, now, self.pack)
        except InputError as exc:
            self.show_error(fill(self.tr("价款：%1"), exc.message) if exc.field.endswith(".price")
                            else exc.message)
            return
        fact = aftersale_facts(report)["claims"][0]
        self.fact = fact
        yuan = self.tr("%1 元")
        self.scheme.setText(fact["scheme"])
        self.refund.setText(fill(yuan, fact["refund"]))
        self.compensation.setText(fill(yuan, fact["compensation"]))
        self.total.setText(fill(yuan, fact["total"]))
        finding = next((f for f in report.findings if f.path == "claims[0].price"), None)
        if finding is not None:
            self.why.setText(finding.message.split("：", 1)[-1])
        rule = self.pack[fact["rule"]]
        source = rule.source
        parts = [fill(self.tr("依据《%1》（%2）："), source.title, source.date.isoformat())
                 + f"“{source.quote}”"]
        if source.note:
            parts.append(self.tr("说明：") + source.note)
        self.quote.setText("<br/>".join(html.escape(p) for p in parts))
        self.add_button.setEnabled(True)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _record(self) -> None:
        if self.fact is not None:
            self.keep(self.claim())

    def keep(self, claim: dict[str, Any]) -> None:
        """Add the claim to the list, numbered 赔付1, 赔付2 … when no order number was given."""
        taken = {str(c.get("id")) for c in self.model.claims}
        ident = claim["id"]
        if not ident:
            number = len(taken) + 1
            while fill(self.tr("赔付%1"), str(number)) in taken:
                number += 1
            ident = fill(self.tr("赔付%1"), str(number))
        elif ident in taken:
            self.show_error(fill(self.tr("订单号“%1”已在赔付记录中。"), ident))
            return
        row = self.model.add(new_claim(ident, claim["price"], claim["at"]))
        self.ident.clear()
        self.table.selectRow(row)

    def delete_selected(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        ident = self.model.claims[row].get("id")
        if confirm(self, self.tr("删除赔付记录"), fill(self.tr("删除赔付记录“%1”？"), str(ident))):
            self.model.remove(row)

    def focus(self, row: int, field: str) -> None:
        index = self.model.index(row, self.model.column_of(field))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
