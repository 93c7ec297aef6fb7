"""时限看板: every clock the seller must beat, across the app, soonest first. The deadlines are
collected by core.deadlines off the UI thread (gui.ops); the listing part reads the kept result of the
listing check, so a shop with 200,000 products costs milliseconds."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from core.clocks import SOON
from core.deadlines import SOURCES, Deadline, collect
from core.rulepack import RulePack
from core.store import Shop, Store
from core.values import BEIJING, duration_text
from gui import palette
from gui.table_model import fit, tune
from gui.text import fill
from gui.ops import Latest
from gui.shop_context import ShopContext

RED, AMBER = QColor(palette.ERROR), QColor(palette.WARNING)
# Qt::ForegroundRole, written as its value: naming Qt.ItemDataRole (or making a QBrush) here makes
# PySide6 build Python enums for the whole Qt namespace, ~13 ms before the first frame of the app.
# tests/gui/test_board.py checks the value against Qt's.
FOREGROUND_ROLE = 9


class DeadlineModel(QStandardItemModel):
    """One row per deadline; overdue rows red, rows due within 24 h amber, both bold."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, 6, parent)
        self.items: list[Deadline] = []
        self.now = datetime.now(BEIJING)
        self._bold = QFont()
        self._bold.setBold(True)
        self.setHorizontalHeaderLabels([self.tr("到期（北京时间）"), self.tr("剩余"), self.tr("要做的事"),
                                        self.tr("来自"), self.tr("方案"), self.tr("规则")])

    def set_items(self, items: list[Deadline], now: datetime) -> None:
        """Replace every row. Done as a model reset (rows built with the model's signals held):
        views then re-measure their ResizeToContents columns, which row inserts alone do not do."""
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.items, self.now = items, now
            self.setRowCount(0)
            for item in items:
                self.appendRow(self._row(item))
        finally:
            self.blockSignals(blocked)
            self.endResetModel()

    def _row(self, item: Deadline) -> list[QStandardItem]:
        texts = (item.due.strftime("%Y-%m-%d %H:%M"), self.left_text(item, self.now), item.what,
                 SOURCES[item.source], item.where, item.rule)
        color = RED if item.overdue else AMBER if self.soon(item) else None
        row = []
        for text in texts:
            cell = QStandardItem(text)
            cell.setEditable(False)
            if color is not None:
                cell.setData(color, FOREGROUND_ROLE)
                cell.setFont(self._bold)
            row.append(cell)
        return row

    def soon(self, item: Deadline) -> bool:
        """A deadline not yet missed that falls within the next 24 hours."""
        return item.is_deadline and not item.overdue and item.due - self.now <= SOON

    def left_text(self, item: Deadline, now: datetime) -> str:
        if not item.is_deadline:
            if item.due <= now:
                return self.tr("现在可以")
            return fill(self.tr("%1 后"), duration_text(item.due - now))
        if item.overdue:
            return fill(self.tr("已超时 %1"), duration_text(now - item.due))
        return fill(self.tr("还剩 %1"), duration_text(item.due - now))


class BoardTab(QWidget):
    """Refreshes when shown, when the shop changes, and every 30 s while visible."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.pack, self.shops = store, pack, shops
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {palette.WARNING}")
        self.model = DeadlineModel(self)
        self.table = tune(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("时限列表"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        fit(self.table, stretch=2)
        hint = QLabel(self.tr("红色：已超时；橙色：24 小时内到期。数据来自各标签页保存的方案；程序运行时，24 小时内到期的事项会在系统托盘提醒。"))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(hint)
        self.timer = QTimer(self, interval=30_000)
        self.timer.timeout.connect(self.refresh)
        self.collector = Latest(self._prepare, self, store)
        self.collector.finished.connect(self._show)
        self.collector.failed.connect(self.problems.setText)
        shops.changed.connect(lambda _shop: self.refresh())
        # filled when shown (showEvent), not here: the first frame does not wait for it twice

    def refresh(self) -> None:
        """Collect the shop's deadlines again, off the UI thread (a refresh asked for while one runs
        follows it, once)."""
        shop = self.shops.shop()
        if shop is None:
            self.model.set_items([], datetime.now(BEIJING))
            self.summary.setText(self.tr("还没有店铺：添加店铺后，这里会列出所有要赶的时限。"))
            self.problems.clear()
            return
        self.collector.request()

    def idle(self) -> bool:
        """No collection running (tests wait for this)."""
        return not self.collector.busy()

    def _prepare(self) -> Any:
        shop, pack, now = self.shops.shop(), self.pack, datetime.now(BEIJING)

        def work(store: Store | None) -> tuple[Shop | None, datetime, list[Deadline], list[str]]:
            if shop is None or store is None:
                return shop, now, [], []
            items, problems = collect(store, shop, pack, now)
            return shop, now, items, problems
        return work

    def _show(self, collected: tuple[Shop | None, datetime, list[Deadline], list[str]]) -> None:
        shop, now, items, problems = collected
        current = self.shops.shop()
        if shop is None or current is None or current.id != shop.id:
            return  # collected for a shop no longer shown (a newer collection follows)
        self.model.set_items(items, now)
        overdue = sum(d.overdue for d in items)
        soon = sum(self.model.soon(d) for d in items)
        if not items:
            self.summary.setText(fill(self.tr("“%1”目前没有要赶的时限。"), shop.name))
        else:
            self.summary.setText(fill(self.tr("“%1”：%2 项已超时，%3 项 24 小时内到期，共 %4 项。"), shop.name, str(overdue), str(soon), str(len(items))))
        self.problems.setText(self.tr("以下方案有填写错误，未计入：") + "；".join(problems) if problems else "")
        self.problems.setVisible(bool(problems))

    def showEvent(self, event: Any) -> None:
        self.refresh()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)
