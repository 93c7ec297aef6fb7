"""Reading, importing and checking a shop's products off the UI thread.

A job runs on the global QThreadPool (which waits for its threads when the application exits, so a
closing window never destroys a running thread) and reports through Qt signals, queued to the UI
thread. sqlite3 connections must not cross threads, so a job opens its own Store on the same
database file (WAL: the UI keeps reading meanwhile) and closes it when done. The whole import runs
here: parsing (core.importer), the all-or-nothing snapshot (core.products.replace_snapshot, cancel
rolls it back) and the check, so 200,000 rows cost the UI thread nothing but the final model reset.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import traceback
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from core import products as product_store
from core.engine import check
from core.errors import InputError, StoreError
from core.importer import (
    ColumnMapping, ImportCancelled, ImportFileError, ImportResult, estimate_rows, import_products,
)
from core.report import Report
from core.rulepack import RulePack
from core.store import Shop, Store

log = logging.getLogger("shop_assistant")
# What openpyxl raises on a broken sheet inside a valid zip (ElementTree's ParseError is a SyntaxError;
# lxml's XMLSyntaxError too); core.tables only wraps the errors of opening the workbook.
DAMAGED_XLSX = (SyntaxError, zipfile.BadZipFile, zlib.error, EOFError)


@dataclass
class Loaded:
    """A shop's products (in the order the check indexes them), its caps, the check's report."""

    shop_id: int
    products: list[dict[str, Any]]
    caps: dict[str, int]
    info: dict[str, Any] | None
    report: Report
    imported: int | None = None  # how many products this job imported (None: a plain load)
    serial: int = 0  # which job of the tab read it: a newer one wins


def damaged_message(name: str, exc: BaseException) -> str:
    return (QCoreApplication.translate("ListingJob", "Excel 文件 %1 已损坏或不完整（%2）。请用 Excel 或 WPS 打开后"
                                                     "重新保存为 .xlsx，或另存为 CSV 后导入。")
            .replace("%1", name).replace("%2", type(exc).__name__))


class ListingJob(QObject):
    """Load (and first import, when given a file) one shop's products and check them.

    Emits progressed(phase, done, total) while working (phase: "read" | "save" | "check", total 0
    when unknown), then exactly one of loaded(Loaded), refused(ImportResult: the file has problems,
    nothing was imported), failed(message) or cancelled(), and last done(serial).
    """

    progressed = Signal(str, int, int)
    loaded = Signal(object)
    refused = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    done = Signal(int)

    def __init__(self, store: Store, shop: Shop, pack: RulePack, as_of: datetime, *,
                 source: Path | str | None = None, mapping: ColumnMapping | None = None,
                 price_unit: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = store.path
        self._store = store  # used only when there is no file to open a second connection on
        self.shop, self.pack, self.as_of = shop, pack, as_of
        self.source = Path(source) if source is not None else None
        self.mapping, self.price_unit = mapping, price_unit
        self._cancel = threading.Event()
        self.serial = 0

    @property
    def is_import(self) -> bool:
        return self.source is not None

    def cancel(self) -> None:
        self._cancel.set()

    def start(self) -> None:
        """Run on the thread pool; an in-memory store (tests, never the app) runs right here."""
        if self.db_path is None:
            self.run()
        else:
            QThreadPool.globalInstance().start(self.run)

    def _progress(self, phase: str, total: int) -> Any:
        def report(done: int) -> bool:
            self.progressed.emit(phase, done, total)
            return not self._cancel.is_set()
        return report

    def run(self) -> None:
        store: Store | None = None
        try:
            store = Store(self.db_path) if self.db_path is not None else self._store
            loaded = self._work(store)
        except (ImportCancelled, product_store.SnapshotCancelled):
            self.cancelled.emit()
        except InputError as exc:  # ImportFileError: the file cannot be read, or a column is missing
            self.failed.emit(exc.message)
        except sqlite3.OperationalError as exc:  # locked or full: the transaction was rolled back
            self.failed.emit(QCoreApplication.translate("ListingJob", "数据文件暂时无法使用（%1）。原有的商品数据没有改动，"
                                                        "请稍后重试；如果磁盘已满，请先腾出空间。").replace("%1", str(exc)))
        except StoreError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(QCoreApplication.translate("ListingJob", "无法读写数据：%1。请确认磁盘有空间、"
                                                        "文件没有被其他程序占用后重试。")
                             .replace("%1", exc.strerror or str(exc)))
        except Exception:  # noqa: BLE001 - a bug: logged with its traceback, the seller is told
            log.error("listing job failed\n%s", traceback.format_exc())
            self.failed.emit(QCoreApplication.translate("ListingJob", "处理商品数据时出现意外问题，已记录到日志文件。"
                                                        "原有的商品数据没有改动。"))
        else:
            if isinstance(loaded, ImportResult):
                self.refused.emit(loaded)
            else:
                self.loaded.emit(loaded)
        finally:
            if store is not None and store is not self._store:
                store.close()
            self.done.emit(self.serial)

    def _work(self, store: Store) -> Loaded | ImportResult:
        shop_id = self.shop.id
        assert shop_id is not None
        imported = None
        if self.source is not None:
            total = estimate_rows(self.source) or 0
            try:
                result = import_products(self.source, self.mapping, price_unit=self.price_unit,
                                         progress=self._progress("read", total), every=2000)
            except DAMAGED_XLSX as exc:  # a damaged sheet inside a readable .xlsx surfaces while reading
                raise ImportFileError(damaged_message(self.source.name, exc)) from exc
            if not result.ok:
                return result
            if not result.products:  # replacing the snapshot with nothing would lose every product
                raise ImportFileError(QCoreApplication.translate("ListingJob", "文件 %1 里没有商品，只有表头。"
                                                                 "请确认导出时选择了“全部商品”后重新导出。")
                                      .replace("%1", self.source.name))
            imported = product_store.replace_snapshot(
                store, shop_id, result.products, source=self.source.name,
                progress=self._progress("save", len(result.products)), every=5000)
            self.progressed.emit("check", 0, 0)
            marks = product_store.marks(store, shop_id)
            products = result.products  # file order, which is the stored order (by line)
            for product in products:
                product["moved"] = marks.get(product["id"], False)
        else:
            products = product_store.products(store, shop_id)
            self.progressed.emit("check", 0, 0)
        caps = product_store.category_caps(store, shop_id)
        data = {"shop": self.shop.as_contract(), "products": products, "category_caps": caps}
        report = check("listing", data, self.as_of, self.pack)
        return Loaded(shop_id, products, caps, product_store.snapshot_info(store, shop_id), report,
                      imported, self.serial)
