"""规则库: browse the rule pack by the rules' Chinese titles, search in words, see whether each rule is
in force on a date, its parameters under their Chinese labels with the dates each value applies from,
and the announcement it quotes. Rule ids are only in tooltips (a seller never reads them)."""

from __future__ import annotations

import html
from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget,
)

from gui import palette
from gui.text import fill
from gui.table_fit import fit, tune
from gui.table_model import TableModel
from core.rule_view import RuleView, state, view
from core.rulepack import Rule, RulePack
from core.store import Store
from core.values import BEIJING
from gui.qtdates import py_date
from gui.shop_context import ShopContext

Index = QModelIndex | QPersistentModelIndex
STATE_COLORS = {"in_force": palette.OK, "not_yet": palette.WARNING, "ended": palette.GREY}


def found(pack: RulePack, words: str, platform: str | None) -> list[Rule]:
    """The rules matching every word (title, announcement, quote; ids too), those whose title holds
    the words first."""
    rules = pack.search(words, platform)
    terms = [w.lower() for w in words.split()]
    return sorted(rules, key=lambda r: not all(t in r.title.lower() for t in terms)) if terms else rules


class RuleTableModel(TableModel):
    """Rules as rows: title, platform, in force or not on the chosen date (the id in the tooltip)."""

    COLUMNS = ("title", "platform", "status")

    def __init__(self, pack: RulePack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.rules: list[Rule] = list(pack)
        self.as_of = datetime.now(BEIJING)
        self._headers = [self.tr("规则"), self.tr("平台"), self.tr("状态")]

    def filter(self, words: str, platform: str | None, as_of: datetime) -> None:
        self.beginResetModel()
        self.rules = found(self.pack, words, platform)
        self.as_of = as_of
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rules)

    def state_text(self, key: str) -> str:
        return {"not_yet": self.tr("未生效"), "in_force": self.tr("生效中"), "ended": self.tr("已失效")}[key]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rule = self.rules[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return fill(self.tr("%1\n规则编号：%2"), rule.title, rule.id)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(STATE_COLORS[state(rule, self.as_of)])
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "title":
            return rule.title
        if column == "platform":
            return self.tr("快手小店") if rule.platform == "kuaishou" else self.tr("抖店")
        return self.state_text(state(rule, self.as_of))


class RulesTab(QWidget):
    """The rule browser: every rule the app checks, with its source, so a seller can verify us."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("按规则名称或关键词搜索，例如 抽奖、保证金、售后"))
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
        self.date.setToolTip(self.tr("按这一天看每条规则是否生效、用哪个数值"))
        self.model = RuleTableModel(pack, self)
        self.table = tune(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("规则列表"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        fit(self.table, stretch=0)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("规则详情"))
        self.detail.setOpenLinks(False)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.platform)
        date_label = QLabel(self.tr("按日期："))
        date_label.setBuddy(self.date)
        top.addWidget(date_label)
        top.addWidget(self.date)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([560, 560])
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
        self.count.setText(fill(self.tr("%1（规则包版本 %2）"), self.tr("共 %Ln 条规则", "", self.model.rowCount()),
                                self.pack.version))
        if self.model.rowCount():
            self.table.selectRow(0)
            self._show_current(self.model.index(0, 0))
        else:
            nothing = self.tr("没有找到匹配的规则。可以换个说法，例如 抽奖、保证金、售后、优惠券。")
            self.detail.setHtml(f"<p>{html.escape(nothing)}</p>")

    def _show_current(self, index: QModelIndex) -> None:
        if not index.isValid() or index.row() >= len(self.model.rules):
            return
        rule = self.model.rules[index.row()]
        self.detail.setHtml(self.describe(rule))
        self.detail.setToolTip(fill(self.tr("规则编号：%1"), rule.id))

    def value_when(self, since: str, current: bool, as_of: str) -> str:
        """When one value of a parameter applies, as of the chosen date."""
        if current:
            return fill(self.tr("%1 起适用（所选日期用这个）"), since)
        if since > as_of:
            return fill(self.tr("%1 起适用（所选日期还没到）"), since)
        return fill(self.tr("%1 起适用（已被后来的数值取代）"), since)

    def describe(self, rule: Rule) -> str:
        """The rule as core.rule_view shows it on the chosen date: in force or not, its source and
        quote, each parameter under its Chinese label with the dates each value applies from."""
        e = html.escape
        shown: RuleView = view(rule, self.as_of())
        day = self.as_of().date().isoformat()
        color = STATE_COLORS[shown.state]
        platform = self.tr("快手小店") if rule.platform == "kuaishou" else self.tr("抖店")
        since = shown.effective_from or self.tr("公告未写明")
        if shown.effective_to:
            period = fill(self.tr("%1 起生效，%2 起不再适用"), since, shown.effective_to)
        else:
            period = fill(self.tr("%1 起生效"), since) if shown.effective_from else self.tr("生效日期公告未写明")
        severity = {"error": self.tr("不符合时算错误"), "warning": self.tr("不符合时给出提醒"),
                    "info": self.tr("给出说明")}.get(rule.severity, "")
        on_day, source_label, note_label = fill(self.tr("按 %1"), day), self.tr("依据"), self.tr("说明")
        values_label = fill(self.tr("规则中的数值（按 %1）"), day)
        heads = (self.tr("项目"), self.tr("数值"), self.tr("适用时间"))
        parts = [
            f"<h3>{e(shown.title)}</h3>",
            f"<p><b style='color:{color}'>{e(self.model.state_text(shown.state))}</b>"
            f"（{e(on_day)}）· {e(platform)} · {e(period)} · {e(severity)}</p>",
            f"<p><b>{e(source_label)}</b>：《{e(shown.source_title)}》（{e(shown.source_date)}）</p>",
            f"<blockquote style='color:{palette.QUOTE}'>“{e(shown.quote)}”</blockquote>",
        ]
        if shown.note:
            parts.append(f"<p><i>{e(note_label)}：{e(shown.note)}</i></p>")
        # a parameter the pack labels in Chinese is shown under that label; an unlabelled single value
        # under a plain "数值"; unlabelled word lists and what only the checks read (identifiers,
        # sentence patterns, regular expressions) only counted
        labelled = [p for p in shown.params if (p.labelled or not p.listed) and not p.internal]
        if labelled:
            parts.append(f"<p><b>{e(values_label)}</b></p>"
                         "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse: collapse;"
                         f" border-color: {palette.BORDER}'>"
                         + "<tr>" + "".join(f"<th align='left'>{e(h)}</th>" for h in heads) + "</tr>")
            for param in labelled:
                for n, value in enumerate(param.values):
                    name = (e(param.label if param.labelled else heads[1]) if n == 0 else "")
                    text = f"<b>{e(value.text)}</b>" if value.current else f"<span style='color:{palette.GREY}'>{e(value.text)}</span>"
                    parts.append(f"<tr><td>{name}</td><td>{text}</td>"
                                 f"<td>{e(self.value_when(value.since, value.current, day))}</td></tr>")
            parts.append("</table>")
        hidden = len(shown.params) - len(labelled)
        if hidden:
            words = self.tr("另有 %n 项供检查程序使用的设置（词表、句式等），这里不列出。", "", hidden)
            parts.append(f"<p style='color:{palette.MUTED}'><small>{e(words)}</small></p>")
        return "".join(parts)
