"""Batch test: a column of real buyer questions run through the knowledge, off the UI thread.

Shows the answer rate (and, with an expected column, how many hit what was expected), the questions
that go to a human and the ones answered with another entry than expected; exports the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from gui import palette
from gui.text import fill
from gui.table_fit import fit, tune
from gui.table_model import TableModel
from core.bot import (
    BatchCase, BatchResult, BatchRow, Entry, Matcher, export_batch, knowledge_version, load_batch, record_batch,
    run_batch, warm_up,
)
from core.bot.batch import Settings
from core.errors import Cancelled
from core.progress import Progress, Snapshot
from gui.errors import describe
from gui.ops import Op

Index = QModelIndex | QPersistentModelIndex
OUTCOME_COLORS = {"wrong": palette.ERROR, "handover_missed": palette.ERROR, "miss": palette.WARNING}


class BatchModel(TableModel):
    """One row per question: what the bot did with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BatchRow] = []

    def set_rows(self, rows: Sequence[BatchRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("行号"), self.tr("买家问题"), self.tr("结果"), self.tr("命中的知识"),
                    self.tr("相似度"), self.tr("期望"))[section]
        return None

    def outcome_label(self, outcome: str) -> str:
        return {"hit": self.tr("符合期望"), "answered": self.tr("已回答"), "wrong": self.tr("答错（命中其他知识）"),
                "miss": self.tr("转人工"), "handover_ok": self.tr("正确转人工"),
                "handover_missed": self.tr("应转人工却回答了")}[outcome]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            match = row.match
            return (row.case.row, row.case.ask, self.outcome_label(row.outcome),
                    match.question if match.entry else "", f"{match.score:.2f}", row.case.expected or "")[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and row.outcome in OUTCOME_COLORS:
            return QColor(OUTCOME_COLORS[row.outcome])
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.match.reason()
        return None


class BatchDialog(QDialog):
    """Reads the file, builds a matcher and matches every question off the UI thread; cancellable."""

    def __init__(self, path: Path | str, entries: Sequence[Entry], platform: str,
                 parent: QWidget | None = None, store: Settings | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.result_: BatchResult | None = None
        self.store = store  # where each knowledge version's result is kept, to compare with the last one
        self._cases: list[BatchCase] = []
        self._version = ""
        self.setWindowTitle(fill(self.tr("批量测试：%1"), self.path.name))
        self.resize(900, 560)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        self.summary = QLabel(self.tr("正在读取问题并匹配…"))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt;")
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName(self.tr("显示哪些问题"))
        for key, text in (("all", self.tr("全部问题")), ("miss", self.tr("只看转人工的")),
                          ("wrong", self.tr("只看答错的"))):
            self.show_filter.addItem(text, key)
        self.show_filter.currentIndexChanged.connect(self._show_rows)
        self.model = BatchModel(self)
        self.table = tune(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("批量测试结果"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        fit(self.table, stretch=1)
        self.export_button = QPushButton(self.tr("导出报告…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(lambda: self.export())
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.progress, 1)
        top.addWidget(self.cancel_button)
        filter_row = QHBoxLayout()
        label = QLabel(self.tr("显示："))
        label.setBuddy(self.show_filter)
        filter_row.addWidget(label)
        filter_row.addWidget(self.show_filter)
        filter_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        entries = list(entries)
        self.job: Op[BatchResult] | None = Op.compute(
            self, lambda progress: self._work(progress, entries, platform), title=self.tr("批量测试"))
        self.job.watch(self._progressed).success(self._finished).failure(self._failed).cancelled(self._done)
        self.job.run()

    def _work(self, progress: Progress, entries: list[Entry], platform: str) -> BatchResult:
        cases = load_batch(self.path)
        self._cases, self._version = cases, knowledge_version(entries, platform)
        warm_up()
        matcher = Matcher(entries, platform=platform, progress=progress)

        def report(done: int, total: int) -> bool:
            try:
                progress.step(done, total)
            except Cancelled:
                return False  # the questions matched so far are kept, marked as cancelled
            return True

        try:
            return run_batch(matcher, cases, report)
        finally:
            matcher.close()

    def running(self) -> bool:
        return self.job is not None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.summary.setText(self.tr("正在取消…"))

    def reject(self) -> None:
        self.cancel()
        super().reject()

    def _progressed(self, snap: Snapshot) -> None:
        if snap.total:
            self.progress.setRange(0, snap.total)
            self.progress.setValue(snap.done)

    def _finished(self, result: BatchResult) -> None:
        self._done()
        self.result_ = result
        if not result.total:
            self.summary.setText(self.tr("文件里没有找到买家问题：请把问题放在第一列，或给那一列加上表头“问题”。"))
            return
        parts = [fill(self.tr("共 %1 个问题，机器人回答 %2 个（回答率 %3），转人工 %4 个。"), str(result.total), str(result.answered), f"{result.hit_rate:.1%}", str(len(result.misses)))]
        if result.accuracy is not None:
            parts.append(fill(self.tr("有期望的 %1 个问题中，符合期望 %2，答错 %3 个。"), str(len(result.labelled)), f"{result.accuracy:.1%}", str(len(result.wrong_hits))))
        if result.cancelled:
            parts.append(self.tr("（测试被取消，只含已完成的问题）"))
        elif self.store is not None:
            change = record_batch(self.store, self._cases, self._version, result).change
            if change:
                parts.append(fill(self.tr("比上次好 %1 条。") if change > 0 else self.tr("比上次差 %1 条。"), str(abs(change))))
            elif change == 0:
                parts.append(self.tr("与上次相同。"))
        self.summary.setText("".join(parts))
        self.export_button.setEnabled(True)
        self._show_rows()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        self.summary.setText(fill(self.tr("无法完成批量测试：%1"), describe(exc)))
        self.summary.setStyleSheet(f"font-size: 11pt; color: {palette.ERROR};")

    def _done(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()

    def _show_rows(self, *_args: object) -> None:
        if self.result_ is None:
            return
        wanted = self.show_filter.currentData()
        rows = {"miss": self.result_.misses, "wrong": self.result_.wrong_hits}.get(wanted, self.result_.rows)
        self.model.set_rows(rows)

    def export(self, path: str | None = None) -> bool:
        if self.result_ is None:
            return False
        if not path:
            default = str(self.path.with_name(self.path.stem + self.tr("_测试报告") + ".xlsx"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("导出测试报告"), default,
                                                  self.tr("Excel 表格 (*.xlsx);;CSV 表格 (*.csv)"))
        if not path:
            return False
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += ".xlsx"
        result, target = self.result_, path
        Op.compute(self, lambda _progress: export_batch(result, target), title=self.tr("无法导出")).success(
            lambda written: self.summary.setText(self.summary.text() + fill(self.tr(" 报告已导出到 %1"), str(written)))).with_progress(self.tr("正在导出报告…"), cancellable=False).run()
        return True

