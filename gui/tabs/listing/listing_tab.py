"""类目迁移: import the product export, see what must move where and by when, mark it done, export
the worksheet, and watch the listing caps (whole shop and per level-1 category).

Reading the products and checking them, importing a file, and exporting run off the UI thread
through gui.ops (core does the work: core.listing_results.load, core.importers.products,
core.exports.listing)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QStackedWidget, QTabWidget,
    QVBoxLayout, QWidget,
)

from core import products as product_store
from core.facts import listing as listing_facts
from core.errors import InputError, StoreError
from core.exports import file_name
from core.exports.listing import export_worksheet
from core.importers.base import ImportResult
from core.importers.products import ColumnMapping, import_products, preview
from core.listing_results import Listing, load
from core.progress import Progress
from core.release import release_later
from core.report import Report
from core.rulepack import RulePack
from core.store import Shop, Store
from core.values import BEIJING
from gui import palette
from gui.text import fill
from gui.errors import describe, write_failed
from gui.findings_panel import FindingsPanel
from gui.layout import panes
from gui.ops import Op
from gui.shop_context import ShopContext
from gui.tabs.listing.dashboard import Dashboard
from gui.tabs.listing.import_dialog import ImportDialog
from gui.tabs.listing.listing_pages import CategoriesPage, ProductsPage, WorksheetPage
from gui.tabs.listing.product_model import Shaped, any_to_move, over_cap, shape

PRODUCT_PATH = re.compile(r"^products\[(\d+)\](?:\.(\w+))?$")


class ListingTab(QWidget):
    """The 类目迁移 tab. Reading, importing, checking and exporting run off the UI thread."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.pack, self.shops = store, pack, shops
        self.clock: Callable[[], datetime] = lambda: datetime.now(BEIJING)
        self.report: Report | None = None
        self.info: dict[str, Any] | None = None
        self.shop_id: int | None = None
        self.import_dialog: ImportDialog | None = None
        self._serial = self._applied = 0
        self._running: set[int] = set()  # serials of the reads running
        self._importing = False
        self._previewing = False
        self._pending = False
        self._arranged: int | None = None  # the shop whose products were first shown (on 需迁移)
        self._recheck = QTimer(self, singleShot=True, interval=150)
        self._recheck.timeout.connect(self.reload)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 13pt; padding: 40px")
        self.message.setAccessibleName(self.tr("提示"))

        self.import_button = QPushButton(self.tr("导入商品表…"))
        self.import_button.setToolTip(self.tr("从快手小店商家后台导出的商品列表（.csv 或 .xlsx）"))
        self.import_button.clicked.connect(self.choose_file)
        self.snapshot = QLabel()
        self.snapshot.setWordWrap(True)
        self.busy = QLabel()
        self.busy.setStyleSheet(f"color: {palette.MUTED}")
        self.load_error = QLabel()  # a failed read (the import dialog says its own failures)
        self.load_error.setWordWrap(True)
        self.load_error.setStyleSheet(f"color: {palette.ERROR}")
        self.load_error.hide()
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.snapshot, 1)
        top.addWidget(self.busy)
        self.dashboard = Dashboard()

        self.products_page = ProductsPage()
        self.model, self.table = self.products_page.model, self.products_page.table
        self.filter_buttons, self.search = self.products_page.filter_buttons, self.products_page.search
        self.worksheet_page = WorksheetPage()
        self.worksheet, self.worksheet_table = self.worksheet_page.model, self.worksheet_page.table
        self.mark_button, self.unmark_button = self.worksheet_page.mark_button, self.worksheet_page.unmark_button
        self.export_xlsx_button = self.worksheet_page.export_xlsx_button
        self.export_csv_button = self.worksheet_page.export_csv_button
        self.worksheet_page.mark_requested.connect(self.mark)
        self.worksheet_page.export_requested.connect(self.export)
        self.categories_page = CategoriesPage()
        self.categories, self.category_table = self.categories_page.model, self.categories_page.table
        self.categories.cap_edited.connect(self.set_cap)
        self.pages = QTabWidget()
        self.pages.addTab(self.products_page, self.tr("全部商品"))
        self.pages.addTab(self.worksheet_page, self.tr("迁移清单"))
        self.pages.addTab(self.categories_page, self.tr("一级类目上限"))
        self.dashboard.categories_requested.connect(lambda: self.pages.setCurrentIndex(2))
        self.findings = FindingsPanel()
        self.findings.pathActivated.connect(self.focus_path)
        split = panes((self.pages, 5, 900), (self.findings, 2, 380))

        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(top)
        main_layout.addWidget(self.load_error)
        main_layout.addWidget(self.dashboard)
        main_layout.addWidget(split, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(main)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        shops.changed.connect(self._shop_changed)
        self._shop_changed(shops.shop())

    # Shop and loading -------------------------------------------------------------------------
    def _shop_changed(self, shop: Shop | None) -> None:
        self._recheck.stop()
        self.report, self.info, self.shop_id = None, None, None
        self._arranged = None
        self.model.set_products([], shape([], [], set()))
        self.worksheet.set_moves([])
        self.categories.set_counts([])
        self.dashboard.clear()
        self.load_error.hide()
        self.worksheet_page.exported.clear()
        if shop is None:
            self._say(self.tr("请先添加或选择店铺。\n\n点窗口上方的“添加我的店铺”，选择快手小店和店铺类型，再回到这里导入商品表；"
                              "或点“使用示例店铺”先看看。"))
            return
        if shop.platform != "kuaishou":
            self._say(fill(self.tr("“%1”是抖店。本页的类目迁移与在架数量规则是快手小店的规则"
                              "（快手关闭“二手 > 二手车”类目、《商品在架量级等限制说明》），不适用于抖店。"
                              "如需检查快手小店，请在上方切换或添加快手小店。"), shop.name))
            return
        self.stack.setCurrentIndex(1)
        self.shop_id = shop.id
        self.reload()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentIndex(0)

    def reload(self, report: Report | None = None) -> None:
        """Read the shop's products and check them (unless `report`, just computed on them, is
        given), off the UI thread; waits for a running import."""
        shop = self.shops.shop()
        if shop is None or shop.platform != "kuaishou":
            return
        if self._importing:
            self._pending = True
            return
        self.busy.setText(self.tr("正在读取…"))
        self._serial += 1
        serial = self._serial
        self._running.add(serial)
        snapshot, pack, now = replace(shop), self.pack, self.clock()

        same_as = (self.info, len(self.model.products))

        def work(store: Store, _progress: Progress) -> tuple[Listing, Shaped]:
            listing = load(store, snapshot, pack, now, report)
            facts = listing_facts(listing.report)
            same = (listing.info, len(listing.products)) == same_as
            return listing, shape(listing.products, list(facts["migrations"]), over_cap(facts), with_keys=not same)

        Op(self, work, store=self.store).success(lambda got: self._loaded(serial, *got)).failure(
            lambda exc: self._read_failed(serial, exc)).run()

    def _read_failed(self, serial: int, exc: BaseException) -> None:
        self._done(serial)
        self.load_error.setText(fill(self.tr("没有读到本店的商品数据：%1"), describe(exc)))
        self.load_error.show()

    def idle(self) -> bool:
        """Nothing is being read, imported, checked or shown (tests wait for this)."""
        return not (self._running or self._importing or self._previewing or self._recheck.isActive()
                    or self.findings.showing())

    def _done(self, serial: int) -> None:
        self._running.discard(serial)
        if not self._running and not self._importing:
            self.busy.clear()

    def _loaded(self, serial: int, loaded: Listing, shaped: Shaped) -> None:
        self._done(serial)
        if serial < self._applied or loaded.shop_id != self.shop_id:
            return  # read before a newer one, or for a shop no longer shown
        if self._importing:
            self._pending = True  # the import replaces these products: read again after it
            return
        self._applied = serial
        self.load_error.hide()
        self.report, self.info = loaded.report, loaded.info
        facts = listing_facts(loaded.report)
        if shaped.keys is None and len(loaded.products) == len(self.model.products):
            self.model.update_state(shaped)  # the same snapshot: only what the check says changed
            release_later(loaded.products)  # this read's copy of it: freed here, it held the window ~27 ms
        else:
            if shaped.keys is None:  # the table changed while it was read (rare): index it here
                shaped = shape(loaded.products, list(facts["migrations"]), over_cap(facts))
            if self._arranged != self.shop_id and any_to_move(shaped):
                # the first look at a shop's products: what must move, chosen before the rows are
                # laid out (choosing it after filtered 200,000 rows twice on the UI thread)
                self._arranged = self.shop_id
                self.pages.setCurrentIndex(0)
                self.products_page.preset_filter("move")
            self.model.set_products(loaded.products, shaped)
        self.worksheet.set_moves(facts["migrations"])
        self.categories.set_counts(facts["category_counts"])
        has_products = bool(loaded.products)
        since = self.pack["ks.listing.cap"].effective_from
        self.dashboard.show_facts(dict(facts), has_products, since.isoformat() if since else "")
        self.findings.show_findings_soon(loaded.report.findings)  # the cards after the rows
        if not has_products:
            self.findings.summary.setText(self.tr("导入商品表后，这里会列出要处理的问题。"))
        self.products_page.show_table(has_products or self.info is not None)
        self._show_counts()
        if self._arranged != self.shop_id and self.model.counts()["move"]:
            self._arranged = self.shop_id  # the first look, when the check found moves only now
            self.pages.setCurrentIndex(0)
            self.set_filter("move")

    def _show_counts(self) -> None:
        self.products_page.show_counts()
        to_move, total = self.worksheet.to_move(), self.worksheet.rowCount()
        self.pages.setTabText(1, fill(self.tr("迁移清单（%1）"), str(to_move)) if total else self.tr("迁移清单"))
        deadline = (listing_facts(self.report).get("migration_deadline") or {}) if self.report else {}
        self.worksheet_page.show_summary(deadline.get("close_on", ""))
        if self.info:
            imported = str(self.info["imported_at"])[:16].replace("T", " ")
            self.snapshot.setText(fill(self.tr("已导入 %Ln 件商品 · 来自 %1 · %2 导入（再次导入会替换，已迁移标记保留）", "",
                                               int(self.info["products"])), self.info["source"] or "—", imported))
        else:
            self.snapshot.setText(self.tr("还没有导入商品表。"))

    def showEvent(self, event: Any) -> None:
        if self.report is not None and self.report.as_of.date() != self.clock().date():
            self.reload()  # a new day: the countdown moves on
        super().showEvent(event)

    # Import -----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择商品表"), "",
                                              self.tr("商品表 (*.csv *.xlsx *.txt);;所有文件 (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> None:
        """Read the file's first rows (its header and guessed columns) off the UI thread, then open the
        import dialog on them; an unreadable file is said in a dialog."""
        shop = self.shops.shop()
        if shop is None or shop.platform != "kuaishou" or self._importing:
            return
        self.busy.setText(self.tr("正在读取文件…"))
        self._previewing = True
        shop_id = shop.id

        def first_rows(store: Store, _progress: Progress) -> Any:
            return preview(path, remembered=lambda key: store.import_choice(shop_id, "products", key))

        Op(self, first_rows, store=self.store).success(
            lambda first_rows: self._open_dialog(Path(path), first_rows)).failure(self._preview_failed).with_progress(
            fill(self.tr("正在读取“%1”…"), Path(path).name)).run()

    def _preview_failed(self, exc: BaseException) -> None:
        self._previewing = False
        self.busy.clear()
        QMessageBox.warning(self, self.tr("无法导入"), describe(exc))

    def _open_dialog(self, path: Path, first_rows: Any) -> None:
        self._previewing = False
        self.busy.clear()
        dialog = ImportDialog(path, first_rows, self._import_op, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(dialog.deleteLater)
        dialog.imported.connect(self._imported)
        dialog.stopped.connect(self._import_stopped)
        self.import_dialog = dialog
        # shown on the next turn of the event loop: its making (~30 ms the first time, with the classes
        # it is the first to use) and its first paint are then two short waits, not one long one
        QTimer.singleShot(0, dialog, dialog.open)

    def _import_op(self, mapping: ColumnMapping) -> Op[ImportResult]:
        """The import the dialog runs (and watches): the whole of core.importers.products."""
        assert self.import_dialog is not None
        current = self.shops.shop()
        assert current is not None  # the dialog is only offered for a shop
        shop, path, now = replace(current), self.import_dialog.path, self.clock()
        self._importing = True
        self.import_button.setEnabled(False)
        self.busy.setText(self.tr("正在导入…"))

        def work(store: Store, progress: Progress) -> ImportResult:
            return import_products(store, shop, path, mapping, price_unit=mapping.price_unit, progress=progress,
                                   now=now)

        return Op(self, work, store=self.store)

    def _imported(self, result: ImportResult) -> None:
        self._import_stopped()
        self.reload(result.details.get("report"))

    def _import_stopped(self) -> None:
        self._importing = False
        self.import_button.setEnabled(True)
        self.busy.clear()
        if self._pending:
            self._pending = False
            self.reload()

    # Marks and caps ---------------------------------------------------------------------------
    def mark(self, ids: list[str], moved: bool) -> None:
        if not ids or self.shop_id is None:
            return
        try:
            product_store.set_moved_many(self.store, self.shop_id, ids, moved)
        except StoreError as exc:
            write_failed(self, self.tr("迁移标记"), exc)
            return
        self.worksheet.show_moved(ids, moved)
        self.model.set_moved(dict.fromkeys(ids, moved))
        self._show_counts()
        self._recheck.start()

    def set_cap(self, category: str, cap: int | None) -> None:
        if self.shop_id is None:
            return
        try:
            product_store.set_category_cap(self.store, self.shop_id, category, cap)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("没有保存"), exc.message)
        except StoreError as exc:
            write_failed(self, self.tr("类目上限"), exc)
        self._recheck.start()  # shows the cap in force again when it was not saved

    # Filters and findings ---------------------------------------------------------------------
    def set_filter(self, kind: str) -> None:
        self.products_page.set_filter(kind)

    def select_product(self, index: int, field: str = "title") -> None:
        self.pages.setCurrentIndex(0)
        self.products_page.select_product(index, field)

    def focus_path(self, path: str) -> None:
        match = PRODUCT_PATH.match(path)
        if match:
            self.select_product(int(match.group(1)), match.group(2) or "title")
        elif path == "products":
            self.set_filter("all")
            self.pages.setCurrentIndex(0)
            self.table.setFocus()
        elif path.startswith("category_caps"):
            self.pages.setCurrentIndex(2)
            self.categories_page.focus_category(path.partition(".")[2])
        elif path.startswith("shop"):
            self.shops.edit_requested.emit()

    # Export -----------------------------------------------------------------------------------
    def export(self, kind: str, path: str | None = None) -> bool:
        """The worksheet as .csv (UTF-8 with BOM), or it with the category caps and findings as .xlsx,
        written off the UI thread."""
        shop = self.shops.shop()
        if self.report is None or shop is None or not self.worksheet.rowCount():
            QMessageBox.information(self, self.tr("无法导出"), self.tr("没有需要迁移的商品，迁移清单是空的。"))
            return False
        if not path:
            wanted = "Excel (*.xlsx)" if kind == "xlsx" else self.tr("CSV（UTF-8，Excel 可直接打开）(*.csv)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出迁移清单"),
                                                  file_name(self.tr("%1-类目迁移清单"), shop.name, kind), wanted)
        if not path:
            return False
        report, products, target = self.report, self.model.products, Path(path)
        Op(self, lambda _store, _progress: export_worksheet(target, kind, report, products), store=self.store,
           title=self.tr("无法导出")).success(lambda written: self.worksheet_page.show_exported(str(written))).with_progress(
            self.tr("正在导出迁移清单…"), cancellable=False).run()
        return True
