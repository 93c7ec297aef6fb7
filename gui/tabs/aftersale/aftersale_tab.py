"""售后时效: every after-sale clock of the shop with its countdown, and the 假一赔四 calculator.

One document per shop (store kind "aftersale", the contract shape: events + claims), saved as soon as
it checks; a change the check refuses is kept on screen, named in the findings panel, and not saved
until it is fixed. The rows are kept in urgency order (done last, then by deadline), which is also
the order the saved document and the deadline board read them in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.clocks import Clocks, sorted_in_slices
from core.facts import aftersale as aftersale_facts
from core.importers.aftersale import template_rows
from core.engine import check
from core.release import big_lists, release, release_later
from core.errors import InputError
from core.exports import with_suffix, write_table
from core.report import Report
from core.rulepack import RulePack
from core.store import Shop, Store
from core.values import BEIJING
from gui.table_fit import fit, tune
from gui.dialogs import confirm
from gui.text import fill
from gui.autosave import Autosaver
from gui.errors import show_error
from gui.ops import Latest, Op, start_after_repaint
from gui.findings_panel import FindingsPanel, by_severity
from gui.shop_context import NeedsShop, ShopContext
from gui.tabs.aftersale.claims_panel import ClaimPanel
from gui.tabs.aftersale.event_dialog import EventDialog
from gui.tabs.aftersale.event_model import AMBER, RED, EventTableModel, TypeDelegate, deadlines_of, normalized
from gui.tabs.aftersale.explain import Explainer
from gui.tabs.aftersale.import_flow import ImportFlow
from gui.layout import column, panes
from gui.undo_bar import UndoBar

KIND = "aftersale"
EVENT_PATH = re.compile(r"^events\[(\d+)\](?:\.(\w+))?$")
CLAIM_PATH = re.compile(r"^claims\[(\d+)\](?:\.(\w+))?$")


@dataclass
class Checked:
    """What checking the document gave: the report (None when an entry must be corrected: then
    `error`), each row's figures, and the soonest-first order when the rows must move (None when they
    are in it)."""

    report: Report | None
    error: InputError | None
    deadlines: list[dict[str, Any] | None]
    claims: list[dict[str, Any] | None]
    now: datetime
    order: list[int] | None = None
    due: list[datetime | None] | None = None  # the deadlines as times, and the countdown's clocks:
    clocks: Clocks | None = None  # worked out here so the window does not go through every row
    events: list[dict[str, Any]] | None = None  # the rows in `order` (the check's copies), when they moved
    by_severity: dict[str, list[Any]] | None = None  # the findings, grouped for the findings panel
    where: list[int] | None = None  # with `order`: the new row of each old row (for the selection)


def new_rows(order: list[int]) -> list[int]:
    """Where each row goes when the rows are put in `order` (row order[k] to row k)."""
    where = [0] * len(order)
    for new, old in enumerate(order):
        where[old] = new
    return where


def urgency(deadlines: list[dict[str, Any]]) -> list[int]:
    """Row order: not done first, soonest deadline first (so overdue on top), done at the bottom.
    Sorted on one number per row (numbers compare fast), a slice of rows at a time and then merged:
    a sort is one call that holds the GIL, and all 60,000 rows at once kept the window waiting ~17 ms."""
    done_last = 1e11  # seconds: past any deadline
    keys = [datetime.fromisoformat(d["deadline"]).timestamp() + (done_last if d["done"] else 0.0) for d in deadlines]
    return sorted_in_slices(range(len(keys)), keys.__getitem__)


def each_alone(rows: list[dict[str, Any]], key: str, fact: str, now: datetime, pack: RulePack) -> list[dict[str, Any] | None]:
    """While the document has an input error, each row that checks on its own keeps its figures."""
    out: list[dict[str, Any] | None] = []
    for row in rows:
        try:
            out.append(check(KIND, {key: [row]}, now, pack).facts[fact][0])
        except InputError:
            out.append(None)
    return out


def check_document(shop: dict[str, Any], events: list[dict[str, Any]], claims: list[dict[str, Any]], now: datetime,
                   pack: RulePack) -> Checked:
    """The check of the tab's document (runs off the UI thread): rows soonest first, then checked."""
    doc = {"shop": shop, "events": events, "claims": claims}
    try:
        report = check(KIND, doc, now, pack)
        order = urgency([dict(d) for d in aftersale_facts(report)["deadlines"]])
        moved = order != list(range(len(order)))
        ordered = [events[i] for i in order] if moved else events
        if moved:
            doc["events"] = ordered
            for items in big_lists(report):  # the first check's report: freed a slice at a time
                release(items)
            report = check(KIND, doc, now, pack)
        facts = aftersale_facts(report)
        deadlines: list[dict[str, Any] | None] = [dict(d) for d in facts["deadlines"]]
        return Checked(report, None, deadlines, list(facts["claims"]), now, order if moved else None,
                       *_clocks(deadlines, ordered), ordered if moved else None, by_severity(report.findings),
                       new_rows(order) if moved else None)
    except InputError as exc:
        deadlines = each_alone(events, "events", "deadlines", now, pack)
        return Checked(None, exc, deadlines, each_alone(claims, "claims", "claims", now, pack), now, None,
                       *_clocks(deadlines, events))


def _clocks(deadlines: list[dict[str, Any] | None], events: list[dict[str, Any]]) -> tuple[list[datetime | None], Clocks]:
    return deadlines_of(deadlines), Clocks.of(deadlines, [str(e.get("id")) for e in events])


@dataclass
class Document:
    """The shop's stored after-sales document, shaped for the tab (read off the UI thread)."""

    plan_id: int | None
    events: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    saved: dict[str, Any]  # what document() gives once these are shown (to tell an edit from none)


def read_document(store: Store, shop: Shop | None) -> Document:
    plans = store.plans(shop.id if shop else None, KIND)
    data = store.plan(plans[0]["id"])["data"] if plans else {}
    events, claims = data.get("events"), data.get("claims")
    rows = normalized([e for e in events if isinstance(e, dict)] if isinstance(events, list) else [])
    kept = [c for c in claims if isinstance(c, dict)] if isinstance(claims, list) else []
    saved = {"shop": shop.as_contract() if shop else {}, "events": [dict(e) for e in rows],
             "claims": [dict(c) for c in kept]}
    return Document(plans[0]["id"] if plans else None, rows, kept, saved)


class AftersaleTab(QWidget):
    """The 售后时效 tab: events with deadlines and countdowns, claims, findings beside them."""

    import_finished = Signal(bool)  # an import ended: True when events were taken in

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.pack, self.shops = store, pack, shops
        self.clock: Callable[[], datetime] = lambda: datetime.now(BEIJING)
        self.report: Report | None = None
        self.plan_id: int | None = None
        self._shop: Shop | None = None
        self._saved: dict[str, Any] | None = None  # the document as last stored
        self._loads = 0  # the number of the newest load asked for (an older one arriving late is dropped)
        self._reading: Op[Document] | None = None
        self._loading = False
        self._input_error = False
        self.explain = Explainer(pack, self)
        self.importer = ImportFlow(self, store, lambda: self._shop, lambda: self.clock())
        self.importer.finished.connect(self._import_ended)
        self._recheck = QTimer(self, singleShot=True, interval=0)
        self._recheck.timeout.connect(self.run_check)
        self._check_due = False  # the rows just read are checked once they are painted (see _arrived)
        self._due_check = QTimer(self, singleShot=True, interval=0)
        self._due_check.timeout.connect(self._check_if_due)
        self.checker = Latest(self._prepare_check, self)
        self.checker.finished.connect(self._checked)
        self.autosaver = Autosaver(None, lambda: self.tr("售后记录"), self, snapshot=self.document,
                                   prepare=self._prepare_write, store=store)
        self.autosaver.stateChanged.connect(self._show_saved)
        self._ticker = QTimer(self, interval=1000)
        # row -> (state, time left) as last painted; None: as the model reads before the next tick
        self._painted_looks: dict[int, tuple[str, str]] | None = {}
        self._deleted: tuple[int | None, int, dict[str, Any]] | None = None  # (shop, row, event) to undo
        self._ticker.timeout.connect(self.tick)

        # The events page ------------------------------------------------------------------------
        self.rules_hint = QLabel()
        self.rules_hint.setWordWrap(True)
        self.holiday = QLabel()
        self.holiday.setWordWrap(True)
        self.holiday.setStyleSheet(f"color: {AMBER}; font-weight: bold")
        self.holiday.hide()
        tools = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("add", self.tr("添加售后单…"), self.add_event),
                                ("import", self.tr("导入表格…"), self.import_file),
                                ("template", self.tr("下载导入模板…"), self.save_template),
                                ("done", self.tr("标记为已处理"), self.toggle_done),
                                ("delete", self.tr("删除"), self.delete_event)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: s())
            self.buttons[key] = button
            if key == "done":
                tools.addStretch(1)
            tools.addWidget(button)
        self.model = EventTableModel(self)
        self.table = tune(QTableView())
        self.table.setModel(self.model)
        for changed in (self.model.modelReset, self.model.layoutChanged, self.model.rowsInserted,
                        self.model.rowsRemoved, self.model.dataChanged):
            changed.connect(self._forget_painted_clocks)
        self.table.setAccessibleName(self.tr("售后单列表"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(self.model.column_of("type"), TypeDelegate(self.table))
        self.table.setWordWrap(False)
        # The note takes what is left (its full text is the tooltip).
        fit(self.table, stretch=self.model.column_of("note")).horizontalHeader().setMinimumSectionSize(48)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.selectionModel().currentRowChanged.connect(lambda _cur, _prev: self.show_detail())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_event,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("所选售后单的说明"))
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.importer.notice.connect(self.notice.setText)
        events_page = QWidget()
        events_layout = QVBoxLayout(events_page)
        events_layout.addWidget(self.rules_hint)
        events_layout.addWidget(self.holiday)
        events_layout.addLayout(tools)
        self.undo_bar = UndoBar(self.tr("把刚删除的售后单恢复回来"))
        self.undo_bar.undoRequested.connect(self.undo_delete)
        self.undo_bar.expired.connect(self._forget_deleted)
        events_layout.addWidget(self.undo_bar)
        events_layout.addWidget(self.table, 1)
        events_layout.addWidget(self.detail)
        events_layout.addWidget(self.notice)

        # The calculator page --------------------------------------------------------------------
        self.claims = ClaimPanel(pack, lambda: self.clock())
        self.pages = QTabWidget()
        self.pages.addTab(events_page, self.tr("售后单与时效"))
        self.pages.addTab(self.claims, self.tr("假一赔四计算器"))

        # Beside them ----------------------------------------------------------------------------
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.findings = FindingsPanel()
        self.findings.pathActivated.connect(self.focus_path)
        split = panes((self.pages, 3, 990), (column(self.facts, self.saved, self.findings), 2, 370),
                      collapsible=True)
        self.needs_shop = NeedsShop(shops, split, self.tr(
            "售后时效要按店铺保存和提醒：没有店铺就没有可以记下的售后单。"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.needs_shop, 1)

        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset, self.claims.model.dataChanged, self.claims.model.rowsInserted,
                       self.claims.model.rowsRemoved, self.claims.model.modelReset):
            signal.connect(self.edited)
        self.table.selectionModel().currentRowChanged.connect(lambda _cur, _prev: self._update_done_button())
        shops.changed.connect(lambda _shop: self.load())
        self.load()

    # The document <-> the widgets --------------------------------------------------------------
    def document(self) -> dict[str, Any]:
        """The contract shape of what is on screen (what the check reads and the store keeps)."""
        return {
            "shop": self._shop.as_contract() if self._shop else {},
            "events": list(self.model.events),  # the rows' dicts are never changed in place (EventTableModel)
            "claims": [dict(c) for c in self.claims.model.claims],
        }

    def load(self, notice: str = "") -> None:
        """Show the current shop's document (saving what the previous shop had pending first). It is
        read off the UI thread (a busy shop's is megabytes); the one on screen stays the one edited
        and saved until it arrives."""
        kept = self.autosaver.flush_or_rescue(self._rescue_dir())
        shop = self.shops.shop()
        if self._deleted is not None and self._deleted[0] != (shop.id if shop else None):
            self.undo_bar.withdraw()  # the event deleted belongs to the shop no longer shown
            self._forget_deleted()
        self._loads += 1
        number = self._loads
        self._reading = Op(self, lambda store, _progress: read_document(store, shop), store=self.store,
                           title=self.tr("没有读到售后记录")).success(
            lambda doc: self._arrived(number, shop, doc, kept, notice)).failure(lambda exc: self._not_read(number, exc))
        self.pages.setEnabled(False)  # no edits until it is shown: they would be shown over
        self._reading.run()

    def _rescue_dir(self) -> Path | None:
        return self.store.path.parent / "unsaved" if self.store.path is not None else None

    def _not_read(self, number: int, exc: BaseException) -> None:
        if number == self._loads:
            self._reading = None
            self.pages.setEnabled(True)
            show_error(self, self.tr("没有读到售后记录"), exc)

    def _arrived(self, number: int, shop: Shop | None, doc: Document, kept: Path | None, notice: str) -> None:
        if number != self._loads:
            return  # another shop was asked for meanwhile
        self._reading = None
        self.pages.setEnabled(True)
        self._shop, self.plan_id = shop, doc.plan_id
        self._loading = True
        try:
            self.model.set_events(doc.events)
            self.claims.model.set_claims(doc.claims)
        finally:
            self._loading = False
        self._saved = doc.saved  # a shop gets its document with its first change
        self.notice.setText(notice)
        self.saved.setText(fill(self.tr("⚠ 上一个店铺的修改没能存进数据文件，已另存为 %1"), str(kept))
                           if kept else "")
        self._show_rules()
        # checked once the new rows are painted: a worker started now made that paint (a 60,000-row
        # table's first, every cell asking Python) wait on it for the GIL
        self._check_due = True
        start_after_repaint(self._due_check)

    def edited(self, *_args: Any) -> None:
        if not self._loading:
            self.autosaver.changed()
            self._recheck.start()

    # Checking and saving --------------------------------------------------------------------------
    def run_check(self) -> None:
        """Check the document off the UI thread (a busy shop's tens of thousands of after-sales take
        seconds); the result is shown when it comes, unless a newer edit is being checked by then."""
        self._recheck.stop()
        self._check_due = False
        self.checker.request()

    def _check_if_due(self) -> None:
        """The check _arrived asked for, unless an edit or a passing deadline has run one since."""
        if self._check_due:
            self.run_check()

    def idle(self) -> bool:
        """Nothing is being read, waits to be checked or to be shown (tests wait for this)."""
        return self._reading is None and not (self._check_due or self.checker.busy() or self._recheck.isActive()
                                              or self.findings.showing())

    def _prepare_check(self) -> Callable[[Store | None], Checked]:
        events = list(self.model.events)  # not copied one by one: the model never changes a row's dict in place
        claims = [dict(c) for c in self.claims.model.claims]
        shop, now, pack = (self._shop.as_contract() if self._shop else {}), self.clock(), self.pack
        return lambda _store: check_document(shop, events, claims, now, pack)

    def _checked(self, done: Checked) -> None:
        if done.order is not None:  # soonest first: the rows move, the seller's selection with them
            row = self.current_row()
            selected = str(self.model.events[row].get("id")) if 0 <= row < len(self.model.events) else None
            self._loading = True
            try:
                moved = (done.events, done.deadlines, done.due) if done.events is not None and done.due is not None else None
                self.model.reorder(done.order, moved, done.where)
            finally:
                self._loading = False
            self.autosaver.changed()  # the order is part of what is kept
            if selected is not None and self.model.row_of(selected) >= 0:
                self.select_event(self.model.row_of(selected))
        if done.report is None:
            assert done.error is not None
            self.report = None
            self._show_facts(done)
            self.findings.show_input_error(done.error.field, f"{self._where(done.error.field)}{done.error.message}")
            self._input_error = True
            self.saved.setText(self.tr("有一处填写需要改正（见下方）：已照填写保存，改正后才会按它检查。"))
            self.saved.setStyleSheet(f"color: {RED}")
            self.show_summary()
            self.show_detail()
            return
        old, self.report = self.report, done.report
        if old is not None:  # 60,000 findings freed here would hold the window ~50 ms
            release_later(*big_lists(old))
            del old
        self._show_facts(done)
        if self._input_error:
            # FindingsPanel.show_findings cannot yet replace the card of show_input_error (it is not
            # in its key index: KeyError), so the panel is emptied first.
            self.findings._clear()
            self._input_error = False
        self.findings.show_findings_soon(done.report.findings, done.by_severity)  # after the rows
        self.saved.setStyleSheet("")
        self.show_summary()
        self.show_detail()

    def _show_facts(self, done: Checked) -> None:
        """Computed columns are not edits: showing them must not start another check."""
        self._loading = True
        try:
            self.model.set_facts(done.deadlines, done.now, done.clocks, done.due)
            self.claims.model.set_facts(done.claims)
        finally:
            self._loading = False

    def _where(self, path: str) -> str:
        """Where an input error is, the way the seller sees it: 售后单第 2 行“发生时间”："""
        for pattern, model, page in ((EVENT_PATH, self.model, self.tr("售后单")),
                                     (CLAIM_PATH, self.claims.model, self.tr("赔付记录"))):
            match = pattern.match(path)
            if match:
                column = model.column_of(match.group(2) or "id")
                name = model.headerData(column, Qt.Orientation.Horizontal)
                return (fill(self.tr("%1第 %2 行“%3”："), page, str(int(match.group(1)) + 1), name))
        return ""

    def _prepare_write(self) -> Callable[[Store], Callable[[], None] | None]:
        """Keep the document in the store, as typed (a draft with a mistake in it is kept too): taken
        here, written by the autosaver off the UI thread (a busy shop's document is megabytes)."""
        data, saved = self.document(), self._saved
        shop_id, plan_id, name = (self._shop.id if self._shop else None), self.plan_id, self.tr("售后时效")

        def write(store: Store) -> Callable[[], None] | None:
            if data == saved or not store.has_shop(shop_id):
                return None
            written = store.save_plan(shop_id, KIND, name, data, plan_id)

            def landed() -> None:
                if (self._shop.id if self._shop else None) == shop_id:  # still the shop on screen
                    self.plan_id, self._saved = written, data
            return landed
        return write

    def _show_saved(self, state: str, text: str) -> None:
        if state == "saved":
            self.saved.setStyleSheet("")
            self.saved.setText(fill(self.tr("已保存 %1"), text))
        elif state == "failed":
            self.saved.setStyleSheet(f"color: {RED}")
            self.saved.setText(fill(self.tr("⚠ 修改还没有保存：%1。修改仍在屏幕上，程序会每隔几秒自动重试。"), text))

    # What the seller reads -----------------------------------------------------------------------
    def _show_rules(self) -> None:
        now = self.clock()
        self.rules_hint.setText(self.explain.rules(self._shop, now))
        self.holiday.setText(self.explain.holiday(now))
        self.holiday.setVisible(bool(self.holiday.text()))

    def show_summary(self) -> None:
        self.facts.setText(self.explain.summary(self.model))

    def show_detail(self) -> None:
        text, quote = self.explain.detail(self.model, self.current_row())
        self.detail.setText(text)
        self.detail.setToolTip(quote)
        self._update_done_button()

    def _update_done_button(self) -> None:
        row = self.table.currentIndex().row()
        done = 0 <= row < self.model.rowCount() and self.model.events[row].get("done") is True
        self.buttons["done"].setText(self.tr("改回未处理") if done else self.tr("标记为已处理"))

    # The countdown ----------------------------------------------------------------------------------
    def tick(self) -> None:
        if self._painted_looks is None:  # the rows changed since the last tick: see _forget_painted_clocks
            self._painted_looks = self._looks_in_view()
        self.model.tick(self.clock())
        self._repaint_changed_clocks()
        if self.model.crossed():
            self._recheck.start()  # a deadline just passed: its finding appears
        self.show_summary()
        self.show_detail()

    def _rows_in_view(self) -> range:
        """The rows the table shows (none while it is not on screen)."""
        model, view = self.model, self.table
        rows, height = model.rowCount(), view.viewport().height()
        if not rows or height <= 0 or not view.isVisible():
            return range(0)
        top = max(0, view.rowAt(0))
        bottom = view.rowAt(height - 1)  # -1: the rows end above the bottom edge
        step = max(1, view.verticalHeader().defaultSectionSize())
        bottom = min(rows - 1, top + height // step + 1) if bottom < 0 else bottom
        return range(top, bottom + 1)

    def _looks_in_view(self) -> dict[int, tuple[str, str]]:
        model = self.model
        return {row: (model.state(row), model.left_text(row)) for row in self._rows_in_view()}

    def _repaint_changed_clocks(self) -> None:
        """Repaint only the rows in view whose countdown reads differently now: "还剩 2天3小时" changes
        once a minute or an hour, and a whole-table repaint every second costs ~50 ms while an import
        or a check keeps a worker busy (each cell asks Python, which must win the GIL back)."""
        model, view = self.model, self.table
        left, last = model.column_of("left"), len(model.COLUMNS) - 1
        looks = self._looks_in_view()
        painted = self._painted_looks or {}
        for row, look in looks.items():
            before = painted.get(row)
            if before == look:
                continue
            if before is not None and before[0] == look[0]:
                view.update(model.index(row, left))  # only the time left
            else:  # a new row in view, or its state (and colour) changed: the whole row
                rect = view.visualRect(model.index(row, 0)).united(view.visualRect(model.index(row, last)))
                view.viewport().update(rect)
        self._painted_looks = looks

    def _forget_painted_clocks(self, *_: Any) -> None:
        """The rows changed or moved: the view repaints every row it shows by itself, with the clock
        the model has until the next tick, which takes those looks as the ones painted. (Repainting
        them all again there cost a second whole-table paint, 30-45 ms beside the check's worker.)"""
        self._painted_looks = None

    def showEvent(self, event: Any) -> None:
        self._ticker.start()
        self.tick()
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:
        self._ticker.stop()
        if self._recheck.isActive():
            self.run_check()  # nothing typed is left unsaved when the seller leaves the tab
        super().hideEvent(event)

    # Events ---------------------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def select_event(self, row: int, column: int | None = None) -> None:
        index = self.model.index(row, self.model.column_of("id") if column is None else column)
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def preview(self, event: dict[str, Any]) -> str:
        """The deadline a new event would get, for the add dialog."""
        probe = {**event, "id": "new"}  # the deadline does not depend on the number, still to be typed
        try:
            fact = dict(aftersale_facts(check(KIND, {"events": [probe]}, self.clock(), self.pack))["deadlines"][0])
        except InputError:
            return ""
        return self.explain.preview(fact)

    def new_event_dialog(self) -> EventDialog:
        taken = {str(e.get("id")) for e in self.model.events}
        return EventDialog(taken, self.preview, self.clock(), self)

    def add_event(self) -> None:
        dialog = self.new_event_dialog()
        if dialog.exec():
            event = dialog.entered()
            self.model.add(event)
            self.run_check()
            self.select_event(self.model.row_of(event["id"]))
            self.table.setFocus()

    def toggle_done(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        ident = str(self.model.events[row].get("id"))
        done = self.model.events[row].get("done") is True
        self.model.setData(self.model.index(row, self.model.column_of("done")),
                           Qt.CheckState.Unchecked if done else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        self.run_check()
        if self.model.row_of(ident) >= 0:
            self.select_event(self.model.row_of(ident))

    def delete_event(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        ident = self.model.events[row].get("id") or self.tr("（无单号）")
        if confirm(self, self.tr("删除售后单"),
                   fill(self.tr("删除售后单“%1”？删除后 10 秒内可以点“撤销”恢复。"), str(ident))):
            self._deleted = (self._shop.id if self._shop else None, row, dict(self.model.events[row]))
            self.model.remove(row)
            if self.model.rowCount():
                self.select_event(min(row, self.model.rowCount() - 1))
            self.undo_bar.offer(fill(self.tr("已删除售后单“%1”"), str(ident)))

    def _forget_deleted(self) -> None:
        self._deleted = None

    def undo_delete(self) -> bool:
        """Put the event deleted last back at its row and select it (False when too late, another
        shop is shown, or an event with its number was entered meanwhile)."""
        deleted, self._deleted = self._deleted, None
        self.undo_bar.withdraw()
        if deleted is None:
            return False
        owner, row, event = deleted
        if owner != (self._shop.id if self._shop else None):
            return False
        ident = event.get("id")
        if ident and self.model.row_of(ident) >= 0:
            self.notice.setText(fill(self.tr("没有恢复：已有售后单“%1”"), str(ident)))
            return False
        row = self.model.insert(min(row, self.model.rowCount()), event)  # saved and re-checked as any edit
        self.select_event(row)
        self.notice.setText(fill(self.tr("已恢复售后单“%1”"), str(ident or self.tr("（无单号）"))))
        return True

    # Finding -> field -------------------------------------------------------------------------------
    def focus_path(self, path: str) -> None:
        match = EVENT_PATH.match(path)
        if match and int(match.group(1)) < self.model.rowCount():
            self.pages.setCurrentIndex(0)
            self.select_event(int(match.group(1)), self.model.column_of(match.group(2) or "id"))
            self.table.setFocus()
            return
        match = CLAIM_PATH.match(path)
        if match and int(match.group(1)) < self.claims.model.rowCount():
            self.pages.setCurrentWidget(self.claims)
            self.claims.focus(int(match.group(1)), match.group(2) or "id")
            return
        if path.startswith("claims"):
            self.pages.setCurrentWidget(self.claims)
            self.claims.table.setFocus()
        elif path.startswith("shop"):
            self.shops.edit_requested.emit()
        else:
            self.pages.setCurrentIndex(0)
            self.table.setFocus()

    # Import -----------------------------------------------------------------------------------------
    def import_file(self, path: str | None = None) -> bool:
        """Import a .xlsx/.csv (the platform's export, or the template) off the UI thread; what is on
        screen is saved first, and shown again from the store after; `import_finished(ok)` tells
        when it is done."""
        if self.importer.running() or self._shop is None:
            return False
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入售后单"), "",
                                                  self.tr("表格文件 (*.xlsx *.csv *.txt)"))
        if not path:
            return False
        if not self.autosaver.flush():  # the import merges into the stored document: it must be current
            QMessageBox.warning(self, self.tr("无法导入"), fill(self.tr("列表里的修改还没有保存（%1），请稍后再导入。"), self.autosaver.error))
            return False
        self.pages.setEnabled(False)  # no edits while the stored document is being merged into
        self.pages.repaint()  # greyed out now, before the worker competes with the repaint for the GIL
        return self.importer.start(path)

    def _import_ended(self, ok: bool) -> None:
        if ok:
            # the pages stay greyed out until the rows are read again (load greys them out: enabled
            # here first, every widget on them was restyled twice for nothing)
            self.load(notice=self.notice.text())  # what the import did stays said
        else:
            self.pages.setEnabled(True)
        self.import_finished.emit(ok)

    def save_template(self, path: str | None = None) -> bool:
        """Save an empty-to-fill sheet with the columns the import reads (and one example per type)."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存导入模板"), self.tr("售后单导入模板.xlsx"),
                                                  "Excel (*.xlsx);;CSV (*.csv)")
        if not path:
            return False
        target = Path(path) if Path(path).suffix.lower() in (".csv", ".xlsx") else with_suffix(path, "xlsx")
        sheets = {self.tr("售后单"): template_rows()}
        Op.compute(self, lambda _progress: write_table(target, sheets), title=self.tr("无法保存")).success(
            lambda written: self.notice.setText(fill(self.tr("模板已保存到 %1：按表头填好后点“导入表格…”。"), str(written)))).run()
        return True
