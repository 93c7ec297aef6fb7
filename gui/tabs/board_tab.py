"""时限看板: every clock the seller must beat, across the app, soonest first, and what the seller does
about each: open it where it was made (double-click or Enter), mark it done, snooze it, undo that; a
view of every shop at once; the open items to a calendar file.

The board is collected by core.board off the UI thread (gui.ops); the listing part reads the kept result
of the listing check, so a shop with 200,000 products costs milliseconds. Done and snoozed marks are
written off the UI thread too and kept in the database (core.board, table board_state)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QMenu,
    QPushButton, QTableView, QToolButton, QVBoxLayout, QWidget,
)

from core.errors import StoreError
from core.packs.pending import PendingPack, resolved
from core.store import Store
from core.values import BEIJING, duration_text
from gui import palette
from gui.first_paint import AfterFirstPaint
from gui.ops import Latest, Op
from gui.shop_context import ShopContext
from gui.table_fit import fit, tune
from gui.text import fill

if TYPE_CHECKING:
    from core.board import Board, BoardItem, Mark
    from core.rulepack import RulePack


def _board() -> Any:
    """core.board, imported when first used: it (with the deadlines and the clocks) loads with the
    first collection, after the window's first frame, not with the tab."""
    from core import board

    return board


RED, AMBER, GREY = QColor(palette.ERROR), QColor(palette.WARNING), QColor(palette.GREY)
# Qt::ForegroundRole and the other roles, written as their values: naming Qt.ItemDataRole (or making a
# QBrush) here makes PySide6 build Python enums for the whole Qt namespace, ~13 ms before the first
# frame of the app. tests/gui/test_board.py checks the value against Qt's.
FOREGROUND_ROLE = 9
USER_ROLE = 256
COLUMNS = ("due", "left", "what", "source", "where", "rule", "shop")
SHOP_COLUMN = COLUMNS.index("shop")
ALL_SHOPS = "board.all_shops"  # setting: the board shows every shop ("1") or the current one
TAB_OF = {"lottery": "LotteryTab", "listing": "ListingTab", "trial": "TrialTab", "aftersale": "AftersaleTab"}


def source_names() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {"lottery": QCoreApplication.translate("BoardTab", "0元抽奖"),
            "listing": QCoreApplication.translate("BoardTab", "类目迁移"),
            "trial": QCoreApplication.translate("BoardTab", "试运营提现"),
            "aftersale": QCoreApplication.translate("BoardTab", "售后")}


def shown_time(moment: datetime, now: datetime) -> str:
    local = moment.astimezone(BEIJING)
    return local.strftime("%m-%d %H:%M" if local.year == now.year else "%Y-%m-%d %H:%M")


class DeadlineModel(QStandardItemModel):
    """One row per board item; open overdue rows red, rows due within 24 h amber, both bold; snoozed,
    done and expired rows grey."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.items: list[BoardItem] = []
        self.now = datetime.now(BEIJING)
        self._bold = QFont()
        self._bold.setBold(True)
        self.setHorizontalHeaderLabels([self.tr("到期（北京时间）"), self.tr("剩余"), self.tr("要做的事"),
                                        self.tr("来自"), self.tr("方案"), self.tr("规则"), self.tr("店铺")])

    def set_items(self, items: list[BoardItem], now: datetime) -> None:
        """Replace every row. Done as a model reset (rows built with the model's signals held):
        views then re-measure their columns, which row inserts alone do not do."""
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

    def item_at(self, row: int) -> BoardItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, key: str) -> int:
        return next((r for r, i in enumerate(self.items) if i.key == key), -1)

    def where_text(self, item: BoardItem) -> str:
        day = item.plan_label
        if not day:
            return item.deadline.where
        if item.source == "listing":
            return fill(self.tr("%1（%2 导入）"), item.deadline.where, day)
        if item.plan_number is not None:
            return fill(self.tr("%1（%2 更新 · 编号 %3）"), item.deadline.where, day, str(item.plan_number))
        return fill(self.tr("%1（%2 更新）"), item.deadline.where, day)

    def _row(self, item: BoardItem) -> list[QStandardItem]:
        from core.deadlines import SOURCES

        texts = (item.due.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M"), self.left_text(item, self.now),
                 item.what, source_names().get(item.source, SOURCES.get(item.source, item.source)),
                 self.where_text(item), item.rule_title, item.shop.name)
        tips = {2: item.what, 4: self.where_text(item),
                5: "\n".join(t for t in (item.rule_title, item.rule, item.rule_source) if t)}
        if item.state == _board().OPEN:
            color = RED if item.is_deadline and item.overdue else AMBER if self.soon(item) else None
        else:
            color = GREY
        bold = color in (RED, AMBER)
        row = []
        for column, text in enumerate(texts):
            cell = QStandardItem(text)
            cell.setEditable(False)
            if column in tips:
                cell.setToolTip(tips[column])
            if color is not None:
                cell.setData(color, FOREGROUND_ROLE)
            if bold:
                cell.setFont(self._bold)
            row.append(cell)
        return row

    def soon(self, item: BoardItem) -> bool:
        """A deadline not yet missed that falls within the next 24 hours."""
        return bool(_board().is_soon(item, self.now))

    def left_text(self, item: BoardItem, now: datetime) -> str:
        if item.state == _board().DONE and item.done_at is not None:
            return fill(self.tr("已完成（%1）"), shown_time(item.done_at, now))
        if item.state == _board().SNOOZED and item.snoozed_until is not None:
            return fill(self.tr("已延后至 %1"), shown_time(item.snoozed_until, now))
        if not item.is_deadline:
            if item.due <= now:
                return self.tr("现在可以")
            return fill(self.tr("%1 后"), duration_text(item.due - now))
        if item.overdue:
            return fill(self.tr("已超时 %1"), duration_text(now - item.due))
        return fill(self.tr("还剩 %1"), duration_text(item.due - now))


class ItemTable(QTableView):
    """The board's table: Enter (as well as a double-click) opens the item; right-click offers the
    actions. Keys and menus are handled in Python here, so building the table names no Qt enum."""

    openRequested = Signal()
    menuRequested = Signal(object)  # the global position

    def keyPressEvent(self, event: Any) -> None:
        from PySide6.QtCore import Qt

        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: Any) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(), index.parent()):
            self.selectRow(index.row())
        self.menuRequested.emit(event.globalPos())


class BoardTab(QWidget):
    """Refreshes when shown, when the shop changes, and every 30 s while visible. Emits
    openRequested(item) when the seller opens an item (the window shows it in its tab)."""

    openRequested = Signal(object)  # BoardItem
    READS_PACK_LATER = True  # built with the pack still to be read: its worker reads it (MainWindow)

    def __init__(self, store: Store, pack: RulePack | PendingPack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self._pack, self.shops = store, pack, shops
        self.board: Board | None = None
        self._undo: list[Mark] | None = None
        self._writing: Op[Any] | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {palette.WARNING}")
        self.status = QLabel()
        self.status.setStyleSheet(f"color: {palette.MUTED}")

        self.open_button = QPushButton(self.tr("打开"))
        self.open_button.setToolTip(self.tr("在它所在的标签页中打开（也可双击或按回车）"))
        self.open_button.clicked.connect(self.open_selected)
        self.done_button = QPushButton(self.tr("标记完成"))
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QPushButton(self.tr("延后"))
        self.snooze_menu = QMenu(self.snooze_button)
        self.snooze_menu.aboutToShow.connect(self._fill_snooze_menu)
        self.snooze_button.setMenu(self.snooze_menu)
        self.undo_button = QPushButton(self.tr("撤销"))
        self.undo_button.clicked.connect(self.undo)
        self.all_shops = QCheckBox(self.tr("全部店铺"))
        self.all_shops.setToolTip(self.tr("同时列出所有店铺的时限"))
        self.all_shops.setChecked(store.setting(ALL_SHOPS) == "1")
        self.all_shops.toggled.connect(self._all_shops_toggled)
        self.remind_box = QCheckBox(self.tr("托盘提醒本店"))
        self.remind_box.setToolTip(self.tr("程序运行时，每天汇总一次，并在每项到期前 1 小时在系统托盘提醒"))
        self.remind_box.toggled.connect(self._reminders_toggled)
        self.export_button = QPushButton(self.tr("导出到日历…"))
        self.export_button.setToolTip(self.tr("把待办的时限存为日历文件（.ics），可导入手机或电脑日历，每项提前 1 小时提醒"))
        self.export_button.clicked.connect(lambda: self.export_calendar())
        actions = QHBoxLayout()
        for button in (self.open_button, self.done_button, self.snooze_button, self.undo_button):
            actions.addWidget(button)
        actions.addWidget(self.status, 1)
        for widget in (self.all_shops, self.remind_box, self.export_button):
            actions.addWidget(widget)

        self.model = DeadlineModel(self)
        self.table = self._table(self.model, self.tr("时限列表"))
        self.folded_model = DeadlineModel(self)
        self.folded_table = self._table(self.folded_model, self.tr("已过期或已完成的时限"))
        self.fold_button = QToolButton()
        self.fold_button.setCheckable(True)
        self.fold_button.setAutoRaise(True)
        self.fold_button.toggled.connect(self._fold_toggled)
        self.reopen_button = QPushButton(self.tr("恢复为待办"))
        self.reopen_button.clicked.connect(self.reopen)
        fold_row = QHBoxLayout()
        fold_row.addWidget(self.fold_button)
        fold_row.addStretch(1)
        fold_row.addWidget(self.reopen_button)
        self.folded = QWidget()
        folded_layout = QVBoxLayout(self.folded)
        folded_layout.setContentsMargins(0, 0, 0, 0)
        folded_layout.addWidget(self.folded_table)
        self.folded.setVisible(False)

        hint = QLabel(self.tr("红色：已超时；橙色：24 小时内到期；灰色：已延后。双击或按回车在对应标签页打开。"
                              "超时 30 天以上或已完成的事项收在下方。"))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {palette.MUTED}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(actions)
        layout.addWidget(self.table, 3)
        layout.addLayout(fold_row)
        layout.addWidget(self.folded, 2)
        layout.addWidget(self.problems)
        layout.addWidget(hint)
        self.timer = QTimer(self, interval=30_000)
        self.timer.timeout.connect(self.refresh)
        self.collector = Latest(self._prepare, self, store)
        self.collector.finished.connect(self._show)
        self.collector.failed.connect(self._failed)
        shops.changed.connect(lambda _shop: self.refresh())
        self._update_buttons()
        # filled when shown (showEvent), not here: the first frame does not wait for it twice
        self._painted: AfterFirstPaint | None = None

    @property
    def pack(self) -> RulePack:
        return resolved(self._pack)

    def _table(self, model: DeadlineModel, name: str) -> ItemTable:
        table = tune(ItemTable())
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setColumnHidden(SHOP_COLUMN, not self.all_shops.isChecked())
        fit(table, stretch=2, widths={5: 230})
        table.horizontalHeader().moveSection(SHOP_COLUMN, 0)  # the shop, when shown, comes first
        table.doubleClicked.connect(lambda index, t=table: self._open_row(t, index.row()))
        table.openRequested.connect(lambda t=table: self._open_row(t, t.currentIndex().row()))
        table.menuRequested.connect(lambda pos, t=table: self._menu(t, pos))
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return table

    # Collecting ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Collect the board again, off the UI thread (a refresh asked for while one runs follows it,
        once)."""
        if self.shops.shop() is None and not self.all_shops.isChecked():
            self._set_board(None)
            self.summary.setText(self.tr("还没有店铺：添加店铺后，这里会列出所有要赶的时限。"))
            self.problems.clear()
            return
        self.collector.request()

    def idle(self) -> bool:
        """No collection and no write running (tests wait for this)."""
        return not self.collector.busy() and self._writing is None

    def showing_all(self) -> bool:
        return self.all_shops.isChecked()

    def _prepare(self) -> Callable[[Store | None], tuple[int | None, bool, Board | None, bool]]:
        shop, pack, now, every = self.shops.shop(), self._pack, datetime.now(BEIJING), self.showing_all()

        def work(store: Store | None) -> tuple[int | None, bool, Board | None, bool]:
            if store is None or (shop is None and not every):
                return None, every, None, False
            reminding = shop is not None and _board().reminders_on(store, shop.id)  # read here, not on the UI thread
            return ((shop.id if shop else None), every,  # the rules too, at a start (core.packs.pending)
                    _board().load(store, resolved(pack), now, None if every else shop), reminding)
        return work

    def _failed(self, message: str) -> None:
        self.problems.setText(fill(self.tr("时限没有读出来：%1"), message))
        self.problems.setVisible(True)

    def _show(self, collected: tuple[int | None, bool, Board | None, bool]) -> None:
        shop_id, every, found, reminding = collected
        current = self.shops.shop()
        if every != self.showing_all() or (not every and (current is None or current.id != shop_id)):
            return  # collected for a view no longer shown (a newer collection follows)
        self._reminding = reminding
        self._set_board(found)

    def _set_board(self, found: Board | None) -> None:
        selected = {i.key for i in self.selected_items()}
        self.board = found
        now = found.now if found else datetime.now(BEIJING)
        self.model.set_items(found.items if found else [], now)
        self.folded_model.set_items(found.folded if found else [], now)
        for table, model in ((self.table, self.model), (self.folded_table, self.folded_model)):
            rows = [r for r in (model.row_of(key) for key in selected) if r >= 0]
            if rows:
                self._select(table, model, rows)
        self._describe()
        self._update_buttons()

    def _describe(self) -> None:
        found = self.board
        self.fold_button.setText(fill(self.tr("%1 已过期/已完成（%2）"), "▾" if self.fold_button.isChecked() else "▸",
                                      str(len(found.folded) if found else 0)))
        if found is None:
            self.problems.setVisible(False)
            return
        shop = self.shops.shop()
        counts = (str(found.overdue()), str(found.soon()), str(len(found.items)))
        if self.showing_all():
            self.summary.setText(fill(self.tr("全部 %1 个店铺：%2 项已超时，%3 项 24 小时内到期，共 %4 项。"),
                                      str(len(found.shops)), *counts) if found.items else
                                 fill(self.tr("全部 %1 个店铺目前都没有要赶的时限。"), str(len(found.shops))))
        elif not found.items:
            self.summary.setText(fill(self.tr("“%1”目前没有要赶的时限。"), shop.name if shop else ""))
        else:
            self.summary.setText(fill(self.tr("“%1”：%2 项已超时，%3 项 24 小时内到期，共 %4 项。"),
                                      shop.name if shop else "", *counts))
        self.problems.setText(self.tr("以下方案有填写错误，未计入：") + "；".join(found.problems) if found.problems else "")
        self.problems.setVisible(bool(found.problems))
        self.remind_box.blockSignals(True)
        self.remind_box.setChecked(shop is not None and getattr(self, "_reminding", True))
        self.remind_box.blockSignals(False)
        self.remind_box.setVisible(not self.showing_all() and shop is not None)

    # Selection and opening ------------------------------------------------------------------------
    @staticmethod
    def _select(table: QTableView, model: DeadlineModel, rows: list[int]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        chosen = QItemSelection()
        for row in rows:
            chosen.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        table.selectionModel().select(chosen, flags)
        table.selectionModel().setCurrentIndex(model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _rows(self, table: QTableView) -> list[int]:
        return sorted(index.row() for index in table.selectionModel().selectedRows())

    def selected_items(self, table: QTableView | None = None) -> list[BoardItem]:
        """The items selected in a table (both when none is named)."""
        out = []
        for one, model in ((self.table, self.model), (self.folded_table, self.folded_model)):
            if table is None or table is one:
                out += [i for i in (model.item_at(r) for r in self._rows(one)) if i is not None]
        return out

    def _update_buttons(self) -> None:
        shown = self.selected_items(self.table)
        folded = self.selected_items(self.folded_table)
        chosen = shown + folded
        self.open_button.setEnabled(len(chosen) == 1)
        self.done_button.setEnabled(any(i.state != _board().DONE for i in chosen))
        self.snooze_button.setEnabled(any(i.state in (_board().OPEN, _board().SNOOZED) for i in shown))
        self.reopen_button.setEnabled(any(i.state in (_board().DONE, _board().SNOOZED) for i in chosen))
        self.undo_button.setEnabled(self._undo is not None and self._writing is None)
        self.export_button.setEnabled(bool(self.board and self.board.items))

    def _open_row(self, table: QTableView, row: int) -> None:
        model = table.model()
        assert isinstance(model, DeadlineModel)
        item = model.item_at(row)
        if item is not None:
            self.openRequested.emit(item)

    def open_selected(self) -> None:
        chosen = self.selected_items()
        if len(chosen) == 1:
            self.openRequested.emit(chosen[0])

    def _menu(self, table: QTableView, position: Any) -> None:
        self._update_buttons()
        menu = QMenu(self)
        for button in (self.open_button, self.done_button, self.reopen_button):
            action = menu.addAction(button.text(), button.click)
            action.setEnabled(button.isEnabled())
        if table is self.table and self.snooze_button.isEnabled():
            menu.addMenu(self.snooze_menu).setText(self.tr("延后"))
        menu.exec(position)

    def _fold_toggled(self, shown: bool) -> None:
        self.folded.setVisible(shown)
        self._describe()

    # Marks ------------------------------------------------------------------------------------------
    def _fill_snooze_menu(self) -> None:
        now = datetime.now(BEIJING)
        choices = _board().snooze_choices(now)
        labels = {"hour": fill(self.tr("1 小时后（%1）"), choices["hour"].strftime("%H:%M")),
                  "evening": self.tr("今晚 20:00"), "tomorrow": self.tr("明天 9:00")}
        self.snooze_menu.clear()
        for name, until in choices.items():
            self.snooze_menu.addAction(labels[name], self._snoozer(until))
        self.snooze_menu.addSeparator()
        self.snooze_menu.addAction(self.tr("选择时间…"), self.choose_snooze)

    def _snoozer(self, until: datetime) -> Callable[[], None]:
        return lambda: self.snooze(until)

    def choose_snooze(self) -> None:
        from gui.tabs.board_snooze import SnoozeDialog

        dialog = SnoozeDialog(datetime.now(BEIJING), self)
        if dialog.exec():
            self.snooze(dialog.chosen())

    def _write(self, work: Callable[[Store, datetime], tuple[list[Mark], list[Mark]]], said: str,
               undoable: bool = True) -> None:
        """A change of marks, written off the UI thread; shown at once when written, the board then
        collected again."""
        if self._writing is not None:
            return
        now = datetime.now(BEIJING)
        self._writing = Op(self, lambda store, _progress: work(store, now), store=self.store,
                           title=self.tr("时限看板")).success(
            lambda marks: self._written(marks, said, undoable)).failure(self._not_written)
        self._update_buttons()
        self._writing.run()

    def _written(self, marks: tuple[list[Mark], list[Mark]], said: str, undoable: bool) -> None:
        before, after = marks
        self._writing = None
        self._undo = before if undoable else None
        if self.board is not None:
            self._set_board(_board().with_marks(self.board, after))
        self.status.setText(said)
        self._update_buttons()
        self.collector.request()

    def _not_written(self, exc: BaseException) -> None:
        from gui.errors import show_error

        self._writing = None
        self._update_buttons()
        show_error(self, self.tr("时限看板"), exc)

    def mark_done(self) -> None:
        targets = [i.target for i in self.selected_items() if i.state != _board().DONE]
        if targets:
            self._write(lambda store, now: _board().mark_done(store, targets, now),
                        self.tr("已标记完成 %n 项，已移到下方“已过期/已完成”。", "", len(targets)))

    def snooze(self, until: datetime) -> None:
        targets = [i.target for i in self.selected_items(self.table)]
        if targets:
            self._write(lambda store, now: _board().snooze(store, targets, until, now),
                        fill(self.tr("已延后 %n 项，到 %1 再显示并提醒。", "", len(targets)),
                             until.astimezone(BEIJING).strftime("%m-%d %H:%M")))

    def reopen(self) -> None:
        targets = [i.target for i in self.selected_items()
                   if i.state in (_board().DONE, _board().SNOOZED)]
        if targets:
            self._write(lambda store, now: _board().reopen(store, targets, now),
                        self.tr("已恢复为待办 %n 项。", "", len(targets)))

    def undo(self) -> None:
        before = self._undo
        if before is None:
            return
        def work(store: Store, now: datetime) -> tuple[list[Mark], list[Mark]]:
            return before, _board().restore(store, before, now)
        self._write(work, self.tr("已撤销。"), undoable=False)

    # Settings ---------------------------------------------------------------------------------------
    def _all_shops_toggled(self, every: bool) -> None:
        for table in (self.table, self.folded_table):
            table.setColumnHidden(SHOP_COLUMN, not every)
        try:
            self.store.set_setting(ALL_SHOPS, "1" if every else "0")
        except StoreError:
            pass  # only remembering the choice failed; the view follows it all the same
        self.refresh()

    def _reminders_toggled(self, on: bool) -> None:
        shop = self.shops.shop()
        if shop is None:
            return
        try:
            _board().set_reminders_on(self.store, shop.id, on)
        except StoreError as exc:  # the database refused the write: say so, show the setting as it is
            from gui.errors import write_failed

            write_failed(self, self.tr("托盘提醒的设置"), exc)
            self._describe()
            return
        self._reminding = on
        self.status.setText(fill(self.tr("“%1”的时限会在系统托盘提醒。") if on else
                                 self.tr("“%1”的时限不再在系统托盘提醒。"), shop.name))

    # Calendar ---------------------------------------------------------------------------------------
    def export_calendar(self, path: str | None = None) -> bool:
        """The open items of the board as shown, to an .ics file (written off the UI thread)."""
        found = self.board
        if found is None or not found.items:
            return False
        shop = self.shops.shop()
        name = self.tr("全部店铺") if self.showing_all() or shop is None else shop.name
        if not path:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出到日历"), fill(self.tr("时限-%1.ics"), name),
                                                  self.tr("日历文件 (*.ics)"))
        if not path:
            return False
        items, now, target = list(found.items), found.now, path
        title = fill(self.tr("小店时限 · %1"), name)

        def work(_progress: Any) -> int:
            from pathlib import Path

            from core.ics import calendar

            data = calendar(items, now, title)
            part = Path(target + ".part")
            part.write_bytes(data)
            part.replace(target)
            return len(items)
        Op.compute(self, work, title=self.tr("导出到日历")).success(self._exported).run()
        return True

    def _exported(self, count: int) -> None:
        self.status.setText(self.tr("已导出 %n 项到日历文件：在手机或电脑日历中打开它即可导入；再次导出会更新，不会重复。",
                                    "", count))
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.information(self, self.tr("导出到日历"), self.status.text())

    # Showing ----------------------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:
        if self._painted is None:  # the first time: collect once the tab is on screen, so the
            # window's first frame (the board is the first tab) does not share the GIL with the worker
            self._painted = AfterFirstPaint(self, at_most_ms=2_000)
            self._painted.add(self.refresh)
        else:
            self.refresh()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self.timer.stop()
        super().hideEvent(event)


class ItemOpener(QObject):
    """Shows a board item where it was made: its shop chosen, its tab shown, its plan opened, the row
    selected. Tabs read their plans off the UI thread, so each step waits until the tab is idle."""

    STEP_MS = 30
    GIVE_UP_MS = 15_000

    def __init__(self, window: Any, item: BoardItem) -> None:
        super().__init__(window)
        self.window, self.item = window, item
        self.tab: Any = None
        self.waited = 0
        self.picked = False
        self.timer = QTimer(self, interval=self.STEP_MS)
        self.timer.timeout.connect(self._step)

    def start(self) -> bool:
        item, window = self.item, self.window
        current = window.shops.shop()
        if current is None or current.id != item.shop.id:
            index = window.shop_box.findData(item.shop.id)
            if index < 0:
                self.deleteLater()
                return False
            window.shop_box.setCurrentIndex(index)  # as the seller picks it: pending edits are settled first
            current = window.shops.shop()
            if current is None or current.id != item.shop.id:
                self.deleteLater()
                return False  # the seller chose to stay with unsaved edits
        self.tab = window.show_tab(TAB_OF[item.source])
        self.timer.start()
        self._step()
        return True

    def _idle(self) -> bool:
        tab = self.tab
        plans = getattr(tab, "plans", None)
        if plans is not None and not plans.idle():
            return False
        idle = getattr(tab, "idle", None)
        return bool(idle()) if callable(idle) else True

    def _step(self) -> None:
        self.waited += self.STEP_MS
        if self.waited > self.GIVE_UP_MS:
            self._finish()
            return
        if not self._idle():
            return
        item, tab = self.item, self.tab
        plans = getattr(tab, "plans", None)
        if plans is not None and item.deadline.plan_id is not None and plans.plan_id != item.deadline.plan_id:
            if self.picked:
                self._finish()  # the seller stayed on the plan being edited (or it is gone)
                return
            self.picked = True
            index = plans.combo.findData(item.deadline.plan_id)
            if index < 0:
                self._finish()
                return
            plans.combo.setCurrentIndex(index)
            plans.combo.activated.emit(index)  # as the seller picks it: the shown plan is settled first
            return
        self._focus()
        self._finish()

    def _focus(self) -> None:
        item, tab = self.item, self.tab
        if item.source == "aftersale" and item.deadline.ref:
            row = tab.model.row_of(item.deadline.ref)
            if row >= 0:
                tab.focus_path(f"events[{row}]")
        elif item.source == "listing":
            tab.focus_path("products")
            tab.set_filter("move")
        elif item.deadline.path:
            tab.focus_path(item.deadline.path)

    def _finish(self) -> None:
        self.timer.stop()
        self.deleteLater()


def open_item(window: Any, item: BoardItem) -> bool:
    """Show the item in its tab (the window's hook for BoardTab.openRequested)."""
    if item.source not in TAB_OF:
        return False
    return ItemOpener(window, item).start()
