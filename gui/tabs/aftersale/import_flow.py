"""Importing after-sales from a spreadsheet: the whole import is core.importers.aftersale (read, match
the export, merge into the shop's document, save), run off the UI thread by gui.ops with a cancellable
progress dialog. A file with a bad row is refused whole (the lines listed); the tab then shows what the
store now holds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from core.importers.aftersale import import_aftersale
from core.importers.base import ImportRefused, ImportResult
from core.progress import Progress
from core.release import big_lists, release_later
from core.store import Shop, Store
from gui.text import fill
from gui.errors import describe
from gui.import_questions import ask_again
from gui.ops import Op

MAX_LISTED_PROBLEMS = 12


class ImportFlow(QObject):
    """`start(path)` imports; `finished(ok)` when done; `notice(text)` says what happened."""

    finished = Signal(bool)
    notice = Signal(str)

    def __init__(self, window: QWidget, store: Store, shop: Callable[[], Shop | None],
                 clock: Callable[[], datetime]) -> None:
        super().__init__(window)
        self.window, self.store, self.shop, self.clock = window, store, shop, clock
        self.op: Op[ImportResult] | None = None
        self.name = self.path = ""
        self.choice: dict[str, str] | None = None
        self.answers: dict[str, str] = {}

    def running(self) -> bool:
        return self.op is not None

    def start(self, path: str, choice: dict[str, str] | None = None, answers: dict[str, str] | None = None) -> bool:
        """Import the file; when core asks (which column is which, a question about the whole file),
        the seller is asked and the import runs again with the answer and what was chosen before."""
        shop = self.shop()
        if self.op is not None or shop is None:
            return False
        self.name, self.path = Path(path).name, path
        self.choice, self.answers = choice, dict(answers or {})
        now = self.clock()

        def work(store: Store, progress: Progress) -> ImportResult:
            return import_aftersale(store, shop, path, progress=progress, now=now, choice=choice, answers=answers)

        self.op = Op(self.window, work, store=self.store, title=self.tr("导入售后单")).with_progress(
            fill(self.tr("正在导入“%1”…"), self.name)).success(self._done).failure(
            self._failed).cancelled(self._cancelled)
        self.op.run()
        return True

    def _done(self, result: ImportResult) -> None:
        self.op = None
        # the import's own check of the merged rows: the tab checks what it reads back, and this
        # report (60,000 findings and deadlines) freed here held the window ~25 ms
        release_later(*big_lists(result.details.get("report")))
        counts = result.details["counts"]
        told = (fill(self.tr("已从“%1”导入：新增 %2 条，更新 %3 条，%4 条已在列表中未改动。"), self.name, str(len(counts.added)), str(len(counts.updated)), str(len(counts.unchanged))))
        self.notice.emit(f"{told}{result.summary()}")  # said first: the tab keeps it over the reload
        self.finished.emit(True)

    def _failed(self, exc: BaseException) -> None:
        self.op = None
        if ask_again(self.window, exc, lambda choice, answers: self.start(
                self.path, choice or self.choice, {**self.answers, **(answers or {})})):
            if self.op is None:  # the seller cancelled the question
                self.notice.emit(self.tr("没有导入，列表没有改动。"))
                self.finished.emit(False)
            return
        if isinstance(exc, ImportRefused):
            listed = [str(p) for p in exc.problems[:MAX_LISTED_PROBLEMS]]
            more = len(exc.problems) - len(listed)
            listing = "\n".join(listed) + ("\n" + fill(self.tr("……另有 %1 处问题"), str(more)) if more else "")
            QMessageBox.warning(self.window, self.tr("没有导入"), fill(self.tr(
                "“%1”中有 %2 处需要改正，这次没有导入任何售后单。请在表格里改正后重新导入：\n\n%3"), self.name, str(len(exc.problems)), listing))
        else:
            QMessageBox.warning(self.window, self.tr("无法导入"), describe(exc))
        self.finished.emit(False)

    def _cancelled(self) -> None:
        self.op = None
        self.notice.emit(self.tr("已取消导入，列表没有改动。"))
        self.finished.emit(False)
