"""定时优惠: plan a live session's timed coupons, see which products each really applies to, the
session on a time axis, and the setup sheet to copy into the merchant backend."""

from __future__ import annotations

import copy
import re
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.exports.coupon import coupon_entries, coupon_sheets, plan_coupons
from core.engine import check
from core.errors import InputError
from core.exports import file_name, with_suffix, write_xlsx
from core.rulepack import RulePack
from core.store import Store
from core.values import BEIJING
from gui import palette
from gui.qtdates import py_datetime, qdatetime
from gui.table_fit import fit, tune
from gui.dialogs import confirm
from gui.text import fill, money
from gui.ops import Op
from gui.findings_panel import FindingsPanel
from gui.plan_page import PlanPage
from gui.shop_context import ShopContext
from gui.tabs.coupon.choice_delegate import ChoiceDelegate
from gui.tabs.coupon.coupon_model import (
    CouponTableModel,
    coupon_name,
    new_coupon,
    parse_time,
    type_names,
)
from gui.tabs.coupon.input_error import show_input_error
from gui.tabs.coupon.product_model import ProductTableModel, new_product, source_names
from gui.tabs.coupon.product_picker import ProductPicker
from gui.tabs.coupon.setup_text import setup_text
from gui.tabs.coupon.timeline import Block, SessionTimeline
from gui.layout import panes

SESSION_LENGTH = timedelta(hours=3)  # a plan without session times: taken as 3 hours from its first coupon
COUPON_PATH = re.compile(r"^(?:coupon|coupons\[(\d+)\])(?:\.(\w+))?$")
WRAPPED_ROWS = 300
PRODUCT_PATH = re.compile(r"^products\[(\d+)\](?:\.(\w+))?$")


def _table(model: Any, name: str, stretch: int | None = None) -> QTableView:
    table = tune(QTableView())
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    fit(table, stretch=stretch).horizontalHeader().setMinimumSectionSize(48)
    table.verticalHeader().setDefaultSectionSize(26)
    return table


class CouponPage(PlanPage):
    """Coupons of one live session, the products they may apply to, the setup sheet, the findings."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, pack, shops, "coupon", parent)
        self.entries: list[dict[str, Any]] = []
        self.buttons: dict[str, QPushButton] = {}

        self.session_title = QLineEdit()
        self.session_title.setPlaceholderText(self.tr("例如：6月10日晚场直播"))
        self.session_title.setAccessibleName(self.tr("直播场次"))
        self.session_start = self._time_edit(self.tr("开播时间"))
        self.session_end = self._time_edit(self.tr("下播时间"))
        self.time_notes = QLabel()  # coupons issued outside the session, valid past its end or midnight
        self.time_notes.setWordWrap(True)
        self.time_notes.setStyleSheet(f"color: {palette.WARNING}; background: {palette.WARNING_BG};"
                                      " padding: 4px; border-radius: 3px;")
        self.time_notes.setAccessibleName(self.tr("时间提醒"))
        self.time_notes.hide()
        self.coupon_model = CouponTableModel(self)
        self.coupon_table = _table(self.coupon_model, self.tr("本场的优惠券"))
        self.type_delegate = ChoiceDelegate(lambda: list(type_names().items()), self)
        self.coupon_table.setItemDelegateForColumn(self.coupon_model.column_of("type"), self.type_delegate)
        self.coupon_table.selectionModel().currentRowChanged.connect(lambda *_: self._coupon_chosen())
        self.timeline = SessionTimeline()
        self.timeline.activated.connect(self._select_coupon)

        self.product_model = ProductTableModel(self)
        self.product_table = _table(self.product_model, self.tr("商品及适用情况"),
                                    stretch=self.product_model.columnCount() - 1)
        self.source_delegate = ChoiceDelegate(lambda: list(source_names().items()), self)
        self.product_table.setItemDelegateForColumn(self.product_model.column_of("source"),
                                                    self.source_delegate)
        self.product_label = QLabel()
        self.product_label.setWordWrap(True)

        split = panes((self._left_side(), 3, 820), (self._right_side(), 2, 500))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plans)
        layout.addWidget(split, 1)

        order = [self.session_title, self.session_start, self.session_end, self.buttons["add"], self.buttons["duplicate"], self.buttons["delete"],
                 self.coupon_table, self.timeline, self.buttons["pick"], self.buttons["add_product"],
                 self.buttons["delete_product"], self.product_table, self.setup, self.buttons["copy"],
                 self.buttons["export"]]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)

        self.session_title.textChanged.connect(self.edited)
        self.session_start.dateTimeChanged.connect(self.edited)
        self.session_end.dateTimeChanged.connect(self.edited)
        self.coupon_model.edited.connect(self.edited)
        self.product_model.edited.connect(self.edited)
        shops.changed.connect(lambda _shop: self.edited())
        self.plans.load_latest()

    def _time_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    def session_times(self) -> tuple[datetime, datetime]:
        """开播 and 下播 as typed (naive Beijing time)."""
        return (py_datetime(self.session_start.dateTime()).replace(second=0, microsecond=0),
                py_datetime(self.session_end.dateTime()).replace(second=0, microsecond=0))

    def _button(self, key: str, text: str, slot: Any, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        self.buttons[key] = button
        row.addWidget(button)
        return button

    def _left_side(self) -> QWidget:
        top = QHBoxLayout()
        for text, widget in ((self.tr("直播场次"), self.session_title), (self.tr("开播"), self.session_start),
                             (self.tr("下播"), self.session_end)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 1 if widget is self.session_title else 0)
        buttons = QHBoxLayout()
        self._button("add", self.tr("添加优惠券"), self.add_coupon, buttons)
        self._button("duplicate", self.tr("复制这张券"), self.duplicate_coupon, buttons)
        self._button("delete", self.tr("删除这张券"), self.delete_coupon, buttons)
        buttons.addStretch(1)
        products = QHBoxLayout()
        products.addWidget(self.product_label, 1)
        self._button("pick", self.tr("从店铺商品中选择…"), self.pick_products, products)
        self._button("add_product", self.tr("添加商品"), self.add_product, products)
        self._button("delete_product", self.tr("删除商品"), self.delete_product, products)
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(buttons)
        box.addWidget(self.coupon_table, 2)
        box.addWidget(self.timeline)
        box.addWidget(self.time_notes)
        box.addLayout(products)
        box.addWidget(self.product_table, 3)
        return left

    def _right_side(self) -> QWidget:
        self.setup = QPlainTextEdit()
        self.setup.setReadOnly(True)
        self.setup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setup.setAccessibleName(self.tr("后台设置单"))
        self.setup.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.copied = QLabel()
        self._copied_clear = QTimer(self, singleShot=True, interval=4000)
        self._copied_clear.timeout.connect(self.copied.clear)
        row = QHBoxLayout()
        self._button("copy", self.tr("复制设置单"), self.copy_setup, row)
        self._button("export", self.tr("导出 Excel…"), self.export_xlsx, row)
        row.addWidget(self.copied, 1)
        group = QGroupBox(self.tr("后台设置单（照此在快手小店后台创建）"))
        inner = QVBoxLayout(group)
        inner.addWidget(self.setup, 1)
        inner.addLayout(row)
        self.findings = FindingsPanel()
        self.findings.pathActivated.connect(self.focus_path)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(group)
        right.addWidget(self.findings)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([320, 300])
        return right

    # Plan data <-> widgets ----------------------------------------------------------------------
    def blank_plan(self) -> dict[str, Any]:
        start = datetime.now(BEIJING).replace(tzinfo=None, hour=20, minute=0, second=0, microsecond=0)
        return {"session": {"title": "", "start": start.isoformat(timespec="seconds"),
                            "end": (start + SESSION_LENGTH).isoformat(timespec="seconds")},
                "coupon": new_coupon(coupon_name(1), start), "products": []}

    def plan_data(self) -> dict[str, Any]:
        """The plan as the contract's coupon JSON: `coupon` is the first coupon, `coupons` the others."""
        shop = self.shops.shop()
        coupons = [dict(c) for c in self.coupon_model.coupons]
        start, end = self.session_times()
        data: dict[str, Any] = {"shop": shop.as_contract() if shop else {},
                                "session": {"title": self.session_title.text(),
                                            "start": start.isoformat(timespec="seconds"),
                                            "end": end.isoformat(timespec="seconds")}}
        if coupons:
            if not str(coupons[0].get("id") or "").strip():
                coupons[0].pop("id", None)  # the first coupon's name is optional
            data["coupon"] = coupons[0]
        if len(coupons) > 1:
            data["coupons"] = coupons[1:]
        data["products"] = [dict(p) for p in self.product_model.products]
        return data

    def show_plan(self, data: dict[str, Any], prepared: Any = None) -> None:
        self._loading = True
        try:
            raw = data.get("session")
            session: dict[str, Any] = raw if isinstance(raw, dict) else {}
            self.session_title.setText(str(session.get("title") or ""))
            coupons = plan_coupons(data)
            start, end = self.session_of(session, coupons)
            self.session_start.setDateTime(qdatetime(start))
            self.session_end.setDateTime(qdatetime(end))
            self.coupon_model.set_coupons(coupons)
            products = data.get("products")
            products = products if isinstance(products, list) else []
            self.product_model.set_products([p for p in products if isinstance(p, dict)])
        finally:
            self._loading = False
        if self.coupon_model.rowCount():
            self._select_coupon(0)
        self.run_check()

    @staticmethod
    def session_of(session: dict[str, Any], coupons: list[dict[str, Any]]) -> tuple[datetime, datetime]:
        """The session's times as saved; a plan saved before they were asked for: from its first
        coupon's issue time (or 20:00 today) for SESSION_LENGTH, reaching its last coupon's end."""
        start, end = parse_time(session.get("start")), parse_time(session.get("end"))
        if start is not None and end is not None and start < end:
            return start, end
        issued = [t for t in (parse_time(c.get("issue_at")) for c in coupons) if t is not None]
        ends = [t for t in (parse_time(c.get("valid_until")) for c in coupons) if t is not None]
        start = min(issued) if issued else datetime.now(BEIJING).replace(
            tzinfo=None, hour=20, minute=0, second=0, microsecond=0)
        return start, max([start + SESSION_LENGTH, *ends])

    # Checking ---------------------------------------------------------------------------------
    def run_check(self) -> None:
        data = self.plan_data()
        self._show_timeline()
        try:
            self.report = check("coupon", data, datetime.now(BEIJING), self.pack)
        except InputError as exc:
            self.report, self.entries = None, []
            show_input_error(self.findings, exc.field, f"{self.field_label(exc.field)}：{exc.message}")
            self.setup.setPlainText(self.tr("有一处填写无法识别（见下方检查结果），改正后这里显示要在后台填写的数值。"))
            self._show_fit()
            return
        self.entries = coupon_entries(data, self.report)
        self.findings.show_findings(self.report.findings)
        errors = sum(f.severity == "error" for f in self.report.findings)
        labels = [self.coupon_model.label(i) for i in range(len(self.entries))]
        titles = {str(p.get("id") or "").strip(): str(p.get("title") or "")
                  for p in self.product_model.products}
        self.setup.setPlainText(setup_text(self.entries, labels, errors, titles))
        self._show_fit()

    def field_label(self, path: str) -> str:
        """What a seller calls the field an input error names."""
        coupon_fields = {"id": self.tr("券名"), "type": self.tr("券类型"), "threshold": self.tr("使用条件金额（满）"),
                         "face_value": self.tr("优惠券面额（减）"), "quantity": self.tr("发放数量"),
                         "per_user_limit": self.tr("每人限领"), "issue_at": self.tr("发放时间"),
                         "valid_until": self.tr("有效期至")}
        product_fields = {"id": self.tr("商品ID"), "title": self.tr("商品标题"), "price": self.tr("价格"),
                          "commission": self.tr("佣金"), "source": self.tr("来源")}
        if (match := COUPON_PATH.match(path)) and path != "coupon":
            row = self._coupon_row(match)
            if row < self.coupon_model.rowCount():
                field = coupon_fields.get(match.group(2) or "", "")
                return fill(self.tr("“%1”的%2"), self.coupon_model.label(row), field)
        if match := PRODUCT_PATH.match(path):
            field = product_fields.get(match.group(2) or "", "")
            return fill(self.tr("第 %1 个商品的%2"), str(int(match.group(1)) + 1), field)
        if path in ("coupon", "coupons"):
            return self.tr("优惠券")
        return path

    @staticmethod
    def _coupon_row(match: re.Match[str]) -> int:
        return 0 if match.group(1) is None else int(match.group(1)) + 1

    def current_coupon(self) -> int:
        row = self.coupon_table.currentIndex().row()
        return row if row >= 0 else (0 if self.coupon_model.rowCount() else -1)

    def _show_timeline(self) -> None:
        blocks = []
        for row, coupon in enumerate(self.coupon_model.coupons):
            terms = fill(self.tr("满%1减%2"), str(coupon.get("threshold") or "?"), str(coupon.get("face_value") or "?"))
            blocks.append(Block(self.coupon_model.label(row), parse_time(coupon.get("issue_at")),
                                parse_time(coupon.get("valid_until")), terms))
        self.timeline.set_blocks(blocks, self.current_coupon(), self.session_times())
        self.coupon_model.set_overlapping(self.timeline.marked)
        notes = self.timeline.warnings()
        self.time_notes.setText("\n".join(f"⚠ {n}" for n in notes))
        self.time_notes.setVisible(bool(notes))

    def _show_fit(self) -> None:
        row = self.current_coupon()
        total = self.product_model.rowCount()
        if self.report is None or not 0 <= row < len(self.entries):
            self.product_model.set_fit([], [])
            self.product_label.setText(fill(self.tr("商品（%1）：填写无误后显示每件商品能否用券。"), self.tr("共 %Ln 件", "", total)))
            return
        entry = self.entries[row]
        self.product_model.set_fit(entry["applicable"], entry["excluded"])
        if not total:
            self.product_label.setText(self.tr("还没有商品：点“从店铺商品中选择…”，或点“添加商品”填写商品ID、价格、佣金和来源。"))
            return
        if total <= WRAPPED_ROWS:  # long reasons wrap instead of being cut; measuring costs per row
            self.product_table.resizeRowsToContents()
        setup = entry["setup"]
        self.product_label.setText(
            fill(self.tr("“%1”（%2 满%3减%4）：%5，%6"), self.coupon_model.label(row), setup["coupon_type_name"],
                 money(setup["threshold"]), money(setup["face_value"]),
                 self.tr("适用 %Ln 件", "", len(entry["applicable"])), self.tr("不适用 %Ln 件", "", len(entry["excluded"]))))

    def _coupon_chosen(self) -> None:
        self.timeline.set_current(self.current_coupon())
        self._show_fit()

    def _select_coupon(self, row: int, column: int = 0) -> None:
        index = self.coupon_model.index(row, column)
        self.coupon_table.setCurrentIndex(index)
        self.coupon_table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.coupon_table.scrollTo(index)

    # Coupon rows ------------------------------------------------------------------------------
    def _next_start(self) -> datetime:
        """Where a new coupon starts: when the last one ends, or at 开播 for the first."""
        for coupon in reversed(self.coupon_model.coupons):
            end = parse_time(coupon.get("valid_until"))
            if end is not None:
                return end
        return self.session_times()[0]

    def add_coupon(self) -> None:
        """A coupon after the last one, kept inside the session: one that would run past 下播 ends
        at 下播; one that could only start after it is added where it fits and said in words."""
        coupons = self.coupon_model.coupons
        kind = str(coupons[-1].get("type")) if coupons and coupons[-1].get("type") in type_names() else "shop"
        coupon = new_coupon(self.coupon_model.unused_name(), self._next_start(), kind)
        start, end = self.session_times()
        issue, until = parse_time(coupon["issue_at"]), parse_time(coupon["valid_until"])
        if issue is not None and until is not None and start < end:
            if issue < end < until:
                coupon["valid_until"] = end.isoformat(timespec="seconds")
        row = self.coupon_model.add(coupon)
        self._select_coupon(row)
        self.coupon_table.setFocus()
        self.coupon_table.edit(self.coupon_model.index(row, 0))

    def duplicate_coupon(self) -> None:
        """A copy that starts when this coupon ends: sessions usually drop coupons one after another."""
        row = self.current_coupon()
        if row < 0:
            return
        copied = copy.deepcopy(self.coupon_model.coupons[row])
        copied["id"] = self.coupon_model.unused_name()
        start, end = parse_time(copied.get("issue_at")), parse_time(copied.get("valid_until"))
        if start is not None and end is not None and start < end:
            copied["issue_at"] = end.isoformat(timespec="seconds")
            copied["valid_until"] = (end + (end - start)).isoformat(timespec="seconds")
        self._select_coupon(self.coupon_model.add(copied, row + 1))

    def delete_coupon(self) -> None:
        row = self.current_coupon()
        if row < 0:
            return
        if confirm(self, self.tr("删除优惠券"), fill(self.tr("删除“%1”？"), self.coupon_model.label(row))):
            self.coupon_model.remove(row)
            if self.coupon_model.rowCount():
                self._select_coupon(min(row, self.coupon_model.rowCount() - 1))

    # Product rows -----------------------------------------------------------------------------
    def shop_products(self) -> list[dict[str, Any]]:
        """The current shop's imported products (empty if none were imported)."""
        shop = self.shops.shop()
        if shop is None or shop.id is None:
            return []
        from core.products import products

        return products(self.store, shop.id)

    def pick_products(self) -> None:
        rows = self.shop_products()
        if not rows:
            QMessageBox.information(
                self, self.tr("还没有店铺商品"),
                self.tr("当前店铺还没有导入商品。可以在“类目迁移”标签页导入商品表，或点“添加商品”逐个填写。"))
            return
        picker = ProductPicker(rows, self.product_model.ids(), self)
        if picker.exec() == ProductPicker.DialogCode.Accepted:
            picked = picker.picked()
            if picked:
                first = self.product_model.add_many(picked)
                self._select_product(first, "commission")

    def add_product(self) -> None:
        row = self.product_model.add_many([new_product()])
        self._select_product(row, "id")
        self.product_table.setFocus()
        self.product_table.edit(self.product_model.index(row, 0))

    def delete_product(self) -> None:
        row = self.product_table.currentIndex().row()
        if row < 0:
            return
        product = self.product_model.products[row]
        name = product.get("title") or product.get("id") or self.tr("（未填写的商品）")
        if confirm(self, self.tr("删除商品"), fill(self.tr("从本方案中删除商品“%1”？"), str(name))):
            self.product_model.remove(row)

    def _select_product(self, row: int, field: str) -> None:
        index = self.product_model.index(row, self.product_model.column_of(field))
        self.product_table.setCurrentIndex(index)
        self.product_table.scrollTo(index)

    # Finding -> field -------------------------------------------------------------------------
    def focus_path(self, path: str) -> None:
        if match := COUPON_PATH.match(path):
            row = self._coupon_row(match)
            if row < self.coupon_model.rowCount():
                self._select_coupon(row, self.coupon_model.column_of(match.group(2) or "id"))
                self.coupon_table.setFocus()
            return
        if match := PRODUCT_PATH.match(path):
            row = int(match.group(1))
            if row < self.product_model.rowCount():
                self._select_product(row, match.group(2) or "id")
                self.product_table.setFocus()
            return
        if path == "products":
            (self.product_table if self.product_model.rowCount() else self.buttons["pick"]).setFocus()
        elif path == "session.title":
            self.session_title.setFocus()
        elif path.startswith("shop"):
            self.shops.edit_requested.emit()

    # Setup sheet ------------------------------------------------------------------------------
    def copy_setup(self) -> None:
        QGuiApplication.clipboard().setText(self.setup.toPlainText())
        self.copied.setText(self.tr("已复制，可粘贴到记事本或微信"))
        self._copied_clear.start()

    def export_xlsx(self, path: str | None = None) -> bool:
        if self.report is None:
            QMessageBox.information(self, self.tr("无法导出"), self.tr("请先改正标红的填写错误，再导出。"))
            return False
        if not path:
            name = file_name("%1", self.session_title.text() or self.tr("定时优惠设置单"), "xlsx")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 Excel"), name, "Excel (*.xlsx)")
        if not path:
            return False
        sheets, target = dict(coupon_sheets(self.plan_data(), self.report)), with_suffix(path, "xlsx")
        Op.compute(self, lambda _progress: write_xlsx(target, sheets), title=self.tr("无法导出")).with_progress(
            self.tr("正在导出…"), cancellable=False).run()
        return True

