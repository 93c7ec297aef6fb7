"""0元抽奖: plan a live-session lottery, see findings as you type, track shipping after the draw."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtWidgets import (
    QDateTimeEdit, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QPushButton, QTableView, QTabWidget, QVBoxLayout, QWidget,
)

from core.checks.lottery import image_checklist, terms_marks
from core.facts import lottery as lottery_facts
from core.engine import check
from core.errors import InputError
from core.exports import file_name, with_suffix, write_xlsx
from core.report import Report
from core.rulepack import RulePack
from core.exports.lottery import lottery_sheets
from core.store import Store
from core.values import BEIJING, instant
from gui.table_fit import fit, tune
from gui.dialogs import confirm
from gui.text import fill, money
from gui.qtdates import py_datetime, qdatetime
from gui import palette
from gui.ops import SHOW_AFTER_MS, Latest, Op
from gui.findings_panel import FindingsPanel
from gui.plan_page import PlanPage
from gui.shop_context import NeedsShop, ShopContext
from gui.tabs.lottery.fulfilment_panel import FulfilmentView
from gui.tabs.lottery.image_panel import ImagePanel
from gui.tabs.lottery.prize_model import PrizeTableModel, new_prize
from gui.tabs.lottery.terms_marks import Span, go_to_next_mark, show_marks, spans
from gui.layout import column, panes

PATH = re.compile(r"^prizes\[(\d+)\](?:\.(\w+))?$")
TIME_FORMAT = "yyyy-MM-dd HH:mm"
# Terms longer than this are checked off the UI thread. The check reads every clause: a paste reads
# them all (~40-70 ms per 1,000 characters, 1 s for 20,000), a keystroke re-reads the one it changed
# and walks the others (~10 ms at 1,000 characters, 30 ms at 5,000); bench/lottery_recheck.py.
BACKGROUND_CHARS = 500


def _naive_iso(edit: QDateTimeEdit) -> str:
    return py_datetime(edit.dateTime()).replace(second=0, microsecond=0).isoformat(timespec="seconds")


Checked = tuple[Report | InputError, list[Span]]


def _checked(data: dict[str, Any], now: datetime, pack: RulePack) -> Checked:
    """The plan's report and where its terms' findings are, or what in it cannot be read (any
    thread: core only)."""
    try:
        report = check("lottery", data, now, pack)
    except InputError as exc:
        return exc, []
    terms = str(data.get("terms") or "")
    return report, spans(terms, terms_marks(terms, pack, now))


class LotteryTab(PlanPage):
    """The 0元抽奖 tab: header, prizes, terms, image checklist, findings, fulfilment."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, pack, shops, "lottery", parent)

        self.session_title = QLineEdit()
        self.session_title.setPlaceholderText(self.tr("例如：6月10日晚场直播"))
        self.session_title.setAccessibleName(self.tr("直播场次"))
        self.start = self._time_edit(self.tr("直播开始"))
        self.end = self._time_edit(self.tr("直播结束"))
        header = QHBoxLayout()
        for label, widget in ((self.tr("直播场次"), self.session_title), (self.tr("开始"), self.start),
                              (self.tr("结束"), self.end)):
            text = QLabel(label)
            text.setBuddy(widget)
            header.addWidget(text)
            header.addWidget(widget, 2 if widget is self.session_title else 0)

        self.model = PrizeTableModel(self)
        self.table = tune(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("奖品列表"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        fit(self.table, widths=self._set_widths())
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_image(cur.row()))

        tools = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, caption, slot in (("add", self.tr("添加奖品"), self.add_prize),
                                ("duplicate", self.tr("复制"), self.duplicate_prize),
                                ("delete", self.tr("删除"), self.delete_prize),
                                ("up", self.tr("上移"), lambda: self.move_prize(-1)),
                                ("down", self.tr("下移"), lambda: self.move_prize(1)),
                                ("export", self.tr("导出 Excel…"), self.export_xlsx)):
            button = QPushButton(caption)
            button.clicked.connect(slot)
            self.buttons[key] = button
            if key == "export":
                tools.addStretch(1)
            tools.addWidget(button)

        self.terms = QPlainTextEdit()
        self.terms.setPlaceholderText(self.tr("直播中口播/展示的抽奖说明，例如：关注主播即可参与抽奖，中奖后48小时内发货，包邮。"))
        self.terms.setAccessibleName(self.tr("抽奖说明"))
        self.image = ImagePanel(image_checklist(pack, datetime.now(BEIJING)))
        self.image.changed.connect(self._image_changed)
        bottom = QHBoxLayout()
        terms_box = QVBoxLayout()
        terms_label = QLabel(self.tr("抽奖说明（口播与展示文字）"))
        terms_label.setBuddy(self.terms)
        terms_box.addWidget(terms_label)
        terms_box.addWidget(self.terms)
        bottom.addLayout(terms_box, 3)
        bottom.addWidget(self.image, 2)

        plan_page = QWidget()
        plan_layout = QVBoxLayout(plan_page)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addLayout(header)
        plan_layout.addLayout(tools)
        plan_layout.addWidget(self.table, 3)
        plan_layout.addLayout(bottom, 2)

        self.fulfilment = FulfilmentView()
        self.fulfilment.shipped.connect(self._mark_shipped)
        self.pages = QTabWidget()
        self.pages.addTab(plan_page, self.tr("方案与检查"))
        self.pages.addTab(self.fulfilment, self.tr("开奖后发货"))

        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.checking = QLabel(self.tr("正在检查抽奖说明…（说明较长，检查在后台进行，可以继续输入）"))
        self.checking.setWordWrap(True)
        self.checking.setStyleSheet(f"color: {palette.MUTED}")
        self.checking.hide()
        # said (and the findings greyed: they are of the text before) only when a check takes a while,
        # not on every keystroke in a long text
        self._slow = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._slow.timeout.connect(lambda: self._say_checking(True))
        # long terms are checked off the UI thread: one check at a time, the newest plan next
        self.checker = Latest(self._prepare_check, self)
        self.checker.finished.connect(self._checked_off_thread)
        self.checker.failed.connect(self._check_failed)
        self.findings = FindingsPanel()
        self.findings.pathActivated.connect(self.focus_path)
        split = panes((self.pages, 3, 880), (column(self.facts, self.checking, self.findings), 2, 440),
                      collapsible=True)
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.plans)
        inner.addWidget(split, 1)
        self.needs_shop = NeedsShop(shops, content, self.tr(
            "0元抽奖的检查要用到店铺的体验分、口碑分和是否在考核期：没有店铺就没有可检查的。"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.needs_shop)

        for signal in (self.session_title.textChanged, self.start.dateTimeChanged,
                       self.end.dateTimeChanged, self.terms.textChanged, self.model.dataChanged,
                       self.model.rowsInserted, self.model.rowsRemoved, self.model.rowsMoved,
                       self.model.modelReset):
            signal.connect(self.edited)
        shops.changed.connect(lambda _shop: self.edited())
        self.plans.load_latest()

    def _set_widths(self) -> dict[int, int]:
        """Columns the seller can see all of at 1366 pixels: title and category cut with "…" (the
        cell's tooltip has it whole), two-line headers as wide as their longer line."""
        metrics = self.table.horizontalHeader().fontMetrics()
        cells = self.table.fontMetrics()
        widths = {}
        for section, (field, header) in enumerate(self.model.columns):
            if field in ("title", "category"):
                widths[section] = 102
            elif field == "draw_at":
                widths[section] = cells.horizontalAdvance("12-10 21:00") + 16  # this year: month and day
            else:
                lines = header.split("\n")
                widths[section] = max(metrics.horizontalAdvance(line) for line in lines) + 14
                if field == "unit_value":
                    widths[section] = max(widths[section], cells.horizontalAdvance("1,299.00") + 14)
        return widths

    def _time_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setDisplayFormat(TIME_FORMAT)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    # Plan data <-> widgets ----------------------------------------------------------------------
    def blank_plan(self) -> dict[str, Any]:
        today = datetime.now(BEIJING).replace(hour=19, minute=30, second=0, microsecond=0)
        return {
            "session": {"title": "", "start": today.isoformat(), "end": (today + timedelta(hours=3)).isoformat()},
            "prizes": [], "terms": "",
        }

    def plan_data(self) -> dict[str, Any]:
        shop = self.shops.shop()
        return {
            "shop": shop.as_contract() if shop else {},
            "session": {"title": self.session_title.text(), "start": _naive_iso(self.start),
                        "end": _naive_iso(self.end)},
            "prizes": [dict(p) for p in self.model.prizes],
            "terms": self.terms.toPlainText(),
        }

    def show_plan(self, data: dict[str, Any], prepared: Any = None) -> None:
        self._loading = True
        try:
            raw_session = data.get("session")
            session: dict[str, Any] = raw_session if isinstance(raw_session, dict) else {}
            self.session_title.setText(str(session.get("title") or ""))
            for edit, key in ((self.start, "start"), (self.end, "end")):
                try:
                    moment = instant(session.get(key), f"session.{key}").replace(tzinfo=None)
                    edit.setDateTime(qdatetime(moment))
                except InputError:
                    pass
            raw_prizes = data.get("prizes")
            prizes: list[Any] = raw_prizes if isinstance(raw_prizes, list) else []
            self.model.set_prizes([p for p in prizes if isinstance(p, dict)])
            self.terms.setPlainText(str(data.get("terms") or ""))
        finally:
            self._loading = False
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.image.clear()
        self.run_check()

    # Checking ---------------------------------------------------------------------------------
    def run_check(self) -> None:
        """Check the plan as it now stands: at once, or off the UI thread when the terms are long (the
        newest plan then waits for the running check, and only the findings of the plan on screen
        are shown)."""
        if self.checker.busy() or len(self.terms.toPlainText()) > BACKGROUND_CHARS:
            # the shipping table is of the plan before: marked shipped now, a row could be another prize
            self.fulfilment.setEnabled(False)
            if not self._slow.isActive() and self.checking.isHidden():
                self._slow.start()
            self.checker.request()
            return
        data, now = self.plan_data(), datetime.now(BEIJING)
        self._show_checked(_checked(data, now, self.pack), now)

    def _prepare_check(self) -> Callable[[Any], tuple[dict[str, Any], Checked, datetime]]:
        data, now, pack = self.plan_data(), datetime.now(BEIJING), self.pack
        return lambda _store: (data, _checked(data, now, pack), now)

    def _checked_off_thread(self, result: tuple[dict[str, Any], Checked, datetime]) -> None:
        data, checked, now = result
        if data != self.plan_data():
            # edited since, and that edit's check not asked for yet (its coalescing timer is about to
            # run): these findings are of a plan no longer on screen
            if not self._recheck.isActive():
                self.run_check()
            return
        self._show_checked(checked, now)

    def _check_failed(self, message: str) -> None:
        self._say_checking(False)  # (the shipping table stays disabled: its rows are of a plan before)
        QMessageBox.warning(self, self.tr("无法检查"), message)

    def _say_checking(self, busy: bool) -> None:
        if not busy:
            self._slow.stop()
        self.checking.setVisible(busy)
        self.findings.setEnabled(not busy)

    def idle(self) -> bool:
        """No check is running or waiting (the board's "go to" waits for it, and tests)."""
        return not (self.checker.busy() or self._recheck.isActive())

    def _show_checked(self, checked: Checked, now: datetime) -> None:
        got, marks = checked
        self._say_checking(False)
        # the shipping rows come with a report: after an entry error they are of the plan before
        self.fulfilment.setEnabled(not isinstance(got, InputError))
        show_marks(self.terms, marks)
        if isinstance(got, InputError):
            self.report = None
            self.findings.show_input_error(got.field, f"{self.field_label(got.field)}：{got.message}")
            self.facts.setText("")
            return
        self.report = got
        self.findings.show_findings(got.findings)
        facts = lottery_facts(got)
        self.facts.setText(fill(self.tr("同一用户本场最多可得 %1 元（上限 %2 元）· 奖品总价值 %3 元"), money(facts["per_user_max_value"]),
                                money(facts["per_user_cap"]), money(facts["total_prize_value"])))
        self.fulfilment.model.set_rows([dict(p) for p in facts["prizes"]], now)

    def field_label(self, path: str) -> str:
        """What a seller calls the field an input error names."""
        match = PATH.match(path)
        if match:
            row = int(match.group(1))
            header = dict(self.model.columns).get(match.group(2) or "title", "").replace("\n", "")
            return fill(self.tr("第 %1 个奖品的%2"), str(row + 1), header)
        return {"session.title": self.tr("直播场次"), "session.start": self.tr("直播开始"),
                "session.end": self.tr("直播结束"), "terms": self.tr("抽奖说明"), "prizes": self.tr("奖品列表")}.get(
            path, self.tr("店铺资料") if path.startswith("shop") else path)

    # Prize rows -------------------------------------------------------------------------------
    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def _select(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.selectRow(row)

    def add_prize(self) -> None:
        draw = datetime.fromisoformat(_naive_iso(self.start)) + timedelta(hours=1)
        self._select(self.model.add(new_prize(min(draw.isoformat(), _naive_iso(self.end)))))
        self.table.edit(self.model.index(self.current_row(), 0))

    def duplicate_prize(self) -> None:
        if self.current_row() >= 0:
            self._select(self.model.duplicate(self.current_row()))

    def delete_prize(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        name = self.model.prizes[row].get("title") or self.tr("（未命名奖品）")
        if confirm(self, self.tr("删除奖品"), fill(self.tr("删除奖品“%1”？"), name)):
            self.model.remove(row)
            if self.model.rowCount():
                self._select(min(row, self.model.rowCount() - 1))
            else:
                self.image.clear()

    def move_prize(self, delta: int) -> None:
        if self.current_row() >= 0:
            self._select(self.model.move(self.current_row(), delta))

    def _show_image(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            prize = self.model.prizes[row]
            self.image.show_prize(prize.get("image"), bool(prize.get("image_confirmed")))
        else:
            self.image.clear()

    def _image_changed(self, image: str | None, confirmed: bool) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.set_field(row, "image", image)
            self.model.set_field(row, "image_confirmed", confirmed)

    def _mark_shipped(self, row: int, when: str | None) -> None:
        if not 0 <= row < len(self.model.prizes):
            return  # a row of a plan shown before (the table is disabled until its check is shown)
        draw = self.model.prizes[row].get("draw_at")
        if when is not None:
            try:
                drawn = draw is not None and instant(draw, "draw_at") <= instant(when, "shipped_at")
            except InputError:
                drawn = False
            if not drawn:
                QMessageBox.information(self, self.tr("无法标记发货"),
                                        self.tr("这个奖品还没有开奖（或开奖时间未填写），不能标记为已发货。"))
                return
        self.model.set_field(row, "shipped_at", when)
        self.fulfilment.select(row)

    # Finding -> field -------------------------------------------------------------------------
    def focus_path(self, path: str) -> None:
        match = PATH.match(path)
        if match:
            row, field = int(match.group(1)), match.group(2) or "title"
            if field == "shipped_at":
                self.pages.setCurrentWidget(self.fulfilment)
                self.fulfilment.select(row)
                return
            self.pages.setCurrentIndex(0)
            self._select(row)
            if field in ("image_confirmed", "image"):
                (self.image.checks[0] if self.image.checks else self.image.pick).setFocus()
                return
            index = self.model.index(row, self.model.column_of(field))
            self.table.setCurrentIndex(index)
            self.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.table.scrollTo(index)
            self.table.setFocus()
            return
        self.pages.setCurrentIndex(0)
        if path == "terms":
            # the next clause the activated finding quotes, in a long notice
            go_to_next_mark(self.terms, self.findings.activated_rule)
        targets = {"terms": self.terms, "session.title": self.session_title, "session.start": self.start,
                   "session.end": self.end, "prizes": self.table}
        if path in targets:
            targets[path].setFocus()
        elif path.startswith("shop."):
            self.shops.edit_requested.emit()

    # Export -----------------------------------------------------------------------------------
    def _export_refused(self, error: InputError | None) -> None:
        if error is not None:
            QMessageBox.information(self, self.tr("无法导出"), fill(
                self.tr("请先改正这处填写错误，再导出：%1"), f"{self.field_label(error.field)}：{error.message}"))

    def export_xlsx(self, path: str | None = None) -> bool:
        if self.report is None and self.idle():
            QMessageBox.information(self, self.tr("无法导出"), self.tr("请先改正标红的填写错误，再导出。"))
            return False
        if not path:
            name = file_name("%1", self.session_title.text() or self.tr("抽奖方案"), "xlsx")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), name, "Excel (*.xlsx)")
        if not path:
            return False
        # checked again with the file: the findings on screen may be of the text before a long paste
        data, now, pack, target = self.plan_data(), datetime.now(BEIJING), self.pack, with_suffix(path, "xlsx")

        def work(_progress: Any) -> InputError | None:
            try:
                report = check("lottery", data, now, pack)
            except InputError as exc:
                return exc  # said below; nothing is written
            write_xlsx(target, lottery_sheets(data, report))
            return None
        Op.compute(self, work, title=self.tr("无法导出")).success(self._export_refused).with_progress(
            self.tr("正在导出…"), cancellable=False).run()
        return True


