"""规则库: browse the rule pack, search by id or words, see dates, parameters and the quote."""

from __future__ import annotations

import html
from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget,
)

from gui.text import fill
from gui.table_model import TableModel, fit, tune
from core.rule_view import view
from core.rulepack import Rule, RulePack
from core.store import Store
from core.values import BEIJING
from gui.qtdates import py_date
from gui.shop_context import ShopContext

Index = QModelIndex | QPersistentModelIndex


class RuleTableModel(TableModel):
    """Rules as rows: id, title, platform, in force on the chosen date."""

    COLUMNS = ("id", "title", "platform", "status")

    def __init__(self, pack: RulePack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.rules: list[Rule] = list(pack)
        self.as_of = datetime.now(BEIJING)
        self._headers = [self.tr("规则编号"), self.tr("规则"), self.tr("平台"), self.tr("状态")]

    def filter(self, words: str, platform: str | None, as_of: datetime) -> None:
        self.beginResetModel()
        self.rules = self.pack.search(words, platform)
        self.as_of = as_of
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rules)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        rule = self.rules[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "id":
            return rule.id
        if column == "title":
            return rule.title
        if column == "platform":
            return self.tr("快手") if rule.platform == "kuaishou" else self.tr("抖音")
        return self.tr("生效中") if rule.in_force(self.as_of) else self.tr("未生效/已失效")


class RulesTab(QWidget):
    """The rule browser: every rule the app checks, with its source, so a seller can verify us."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按编号或关键词搜索，例如 value_cap 或 抽奖"))
        self.search.setAccessibleName(self.tr("搜索规则"))
        self.search.setClearButtonEnabled(True)
        self.platform = QComboBox()
        self.platform.setAccessibleName(self.tr("平台"))
        self.platform.addItem(self.tr("全部平台"), None)
        self.platform.addItem(self.tr("快手小店"), "kuaishou")
        self.platform.addItem(self.tr("抖店"), "douyin")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("查看日期"))
        self.model = RuleTableModel(pack, self)
        self.table = tune(QTableView())
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        fit(self.table, stretch=1)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("规则详情"))
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.platform)
        top.addWidget(QLabel(self.tr("按日期：")))
        top.addWidget(self.date)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([640, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(split, 1)
        self.search.textChanged.connect(self.refresh)
        self.platform.currentIndexChanged.connect(self.refresh)
        self.date.dateChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.refresh()

    def as_of(self) -> datetime:
        return datetime.combine(py_date(self.date.date()), time(12, 0), tzinfo=BEIJING)

    def refresh(self) -> None:
        self.model.filter(self.search.text(), self.platform.currentData(), self.as_of())
        self.count.setText(fill(self.tr("共 %1 条规则（规则包版本 %2）"), str(self.model.rowCount()), self.pack.version))
        if self.model.rowCount():
            self.table.selectRow(0)
            self._show_current(self.model.index(0, 0))
        else:
            nothing = self.tr("没有找到匹配的规则。")
            self.detail.setHtml(f"<p>{html.escape(nothing)}</p>")

    def _show_current(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= len(self.model.rules):
            return
        self.detail.setHtml(self.describe(self.model.rules[index.row()]))

    def describe(self, rule: Rule) -> str:
        """The rule as core.rule_view shows it on the chosen date: in force or not, its source and
        quote, each parameter under its Chinese label with the dates each value applies from."""
        e = html.escape
        shown = view(rule, self.as_of())
        state = {"not_yet": self.tr("未生效"), "in_force": self.tr("生效中"), "ended": self.tr("已失效")}[shown.state]
        since = shown.effective_from or self.tr("公告未写明")
        until = shown.effective_to or self.tr("至今")
        effective, source_label = self.tr("生效"), self.tr("依据")
        note_label, params_label = self.tr("说明"), self.tr("规则中的数值（按所选日期）")
        parts = [
            f"<h3>{e(shown.title)}</h3>",
            f"<p>{e(state)} · {e(effective)} {e(since)} → {e(until)} · <small>{e(shown.id)}</small></p>",
            f"<p><b>{e(source_label)}</b>：《{e(shown.source_title)}》（{e(shown.source_date)}）</p>",
            f"<blockquote>“{e(shown.quote)}”</blockquote>",
        ]
        if shown.note:
            parts.append(f"<p><i>{e(note_label)}：{e(shown.note)}</i></p>")
        if shown.params:
            parts.append(f"<p><b>{e(params_label)}</b></p><ul>")
            for param in shown.params:
                history = "；".join(fill(self.tr("%1 起：%2"), v.since, v.text)
                                   for v in param.values)
                parts.append(f"<li>{e(param.label)}：<b>{e(param.text)}</b>"
                             + (f"<br/><small>{e(history)}</small>" if len(param.values) > 1 else "") + "</li>")
            parts.append("</ul>")
        return "".join(parts)
