"""Importing after-sales from a spreadsheet: read off the UI thread with a cancellable progress
dialog, refuse the whole file when a row is bad (listing the lines), else hand the merged list over."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from core.aftersale_import import ImportResult, MergeCounts, merge
from gui.tabs.aftersale.import_job import ImportJob

MAX_LISTED_PROBLEMS = 12
# Takes the merged events; returns why they cannot be taken (a refusal in plain words) or None.
Apply = Callable[[list[dict[str, Any]]], str | None]


class ImportFlow(QObject):
    """`start(path)` reads the file; `finished(ok)` when done; `notice(text)` says what happened."""

    finished = Signal(bool)
    notice = Signal(str)

    def __init__(self, window: QWidget, events: Callable[[], list[dict[str, Any]]], apply: Apply) -> None:
        super().__init__(window)
        self.window, self.events, self.apply = window, events, apply
        self.job: ImportJob | None = None
        self.progress: QProgressDialog | None = None
        self.name = ""
        self.ok = False

    def running(self) -> bool:
        return self.job is not None

    def start(self, path: str) -> bool:
        if self.job is not None:
            return False
        self.ok, self.name = False, Path(path).name
        job = ImportJob(path, self)
        progress = QProgressDialog(self.tr("正在读取“%1”…").replace("%1", self.name), self.tr("取消"), 0, 0,
                                   self.window)
        progress.setWindowTitle(self.tr("导入售后单"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.canceled.connect(job.cancel)
        self.job, self.progress = job, progress
        job.progressed.connect(self._progressed)
        job.read.connect(self._read)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.finished.connect(self._done)
        job.start()
        return True

    def stop(self) -> None:
        """Cancel and wait (the window is going away)."""
        if self.job is not None and self.job.isRunning():
            self.job.cancel()
            self.job.wait()

    def _progressed(self, rows: int) -> None:
        if self.progress is not None:
            self.progress.setLabelText(self.tr("正在读取“%1”… 已读 %2 行").replace("%1", self.name)
                                       .replace("%2", str(rows)))

    def _failed(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("无法导入"), message)

    def _cancelled(self) -> None:
        self.notice.emit(self.tr("已取消导入，列表没有改动。"))

    def _done(self) -> None:
        if self.progress is not None:
            self.progress.reset()  # hides it and stops its show-later timer (close() would emit canceled)
            self.progress.deleteLater()
            self.progress = None
        if self.job is not None:
            self.job.deleteLater()
            self.job = None
        self.finished.emit(self.ok)

    def _read(self, result: ImportResult) -> None:
        if result.problems:
            listed = result.problems[:MAX_LISTED_PROBLEMS]
            more = len(result.problems) - len(listed)
            listing = "\n".join(listed) + ("\n" + self.tr("……另有 %1 处问题").replace("%1", str(more)) if more else "")
            QMessageBox.warning(self.window, self.tr("没有导入"), self.tr(
                "“%1”中有 %2 处需要改正，这次没有导入任何售后单。请在表格里改正后重新导入：\n\n%3")
                .replace("%1", self.name).replace("%2", str(len(result.problems))).replace("%3", listing))
            return
        merged, counts = merge(self.events(), result.events)
        refusal = self.apply(merged)
        if refusal is not None:
            QMessageBox.warning(self.window, self.tr("没有导入"), refusal)
            return
        self.ok = True
        self.notice.emit(self._told(counts))

    def _told(self, counts: MergeCounts) -> str:
        return (self.tr("已从“%1”导入：新增 %2 条，更新 %3 条，%4 条已在列表中未改动。")
                .replace("%1", self.name).replace("%2", str(len(counts.added)))
                .replace("%3", str(len(counts.updated))).replace("%4", str(len(counts.unchanged))))
