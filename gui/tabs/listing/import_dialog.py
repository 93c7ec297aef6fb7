"""导入商品表: the first rows of the file with the guessed column for each field; the seller fixes
the mapping and confirms the price unit when we are not sure, then the import (core.importers.products,
through gui.ops) runs off the UI thread with a progress bar and a cancel button. Problems (with their
line numbers) refuse the whole file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDialog, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QListView, QProgressBar, QPushButton, QRadioButton, QStackedWidget, QTableView,
    QVBoxLayout, QWidget,
)

from core.importers.base import ImportRefused, ImportResult
from core.importers.products import FIELD_NAMES_ZH, ColumnMapping, Preview
from core.progress import Snapshot
from gui import palette
from gui.table_fit import tune
from gui.text import fill
from gui.errors import describe
from gui.ops import Op
from gui.tabs.listing.preview_model import PreviewModel

LEFT_FIELDS = ("id", "title", "status", "price", "stock")
RIGHT_FIELDS = ("category", "category_1", "category_2", "category_3", "category_4")
REQUIRED = ("id", "status")
# core.importers.products' note when whole-number prices leave 元 / 分 open. A unit settled by the header or by
# decimals is pre-chosen even when another column is unsure (an unmapped ID must not make the seller
# re-confirm a unit the file already shows).
UNSURE_UNIT = "无法确定单位"


class ImportDialog(QDialog):
    """`start(mapping)` gives the import (an Op, not yet run); the dialog runs it, shows its progress,
    its problems or its failure, and closes when the products are in. Emits imported(result) then,
    and stopped() when an import ends any other way."""

    imported = Signal(object)
    stopped = Signal()

    def __init__(self, path: Path, preview: Preview, start: Callable[[ColumnMapping], Op[ImportResult]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path, self.preview_data, self._start = path, preview, start
        self.job: Op[ImportResult] | None = None
        self.setWindowTitle(self.tr("导入商品表"))
        guessed = preview.mapping
        encoding = {"utf-8": "UTF-8", "utf-8-sig": self.tr("UTF-8（带 BOM）"), "gb18030": "GBK / GB18030",
                    "utf-16": "UTF-16", None: "Excel (.xlsx)"}.get(preview.encoding, preview.encoding or "")
        self.file_info = info = QLabel(fill(self.tr("文件：%1 · 编码：%2 · 表头在第 %3 行 · 下面是前 %4 行"), path.name, encoding, str(preview.header_line), str(len(preview.rows))))
        info.setWordWrap(True)

        self.preview = PreviewModel(preview.header, preview.rows, self)
        self.table = tune(QTableView())
        self.table.setModel(self.preview)
        self.table.setAccessibleName(self.tr("文件预览"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.resizeColumnsToContents()  # 20 rows at most: cheap; a long title column is then capped
        for column in range(self.preview.columnCount()):
            self.table.setColumnWidth(column, min(max(self.table.columnWidth(column), 90), 260))

        self.combos: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("各列对应（* 为必填；类目填“整串”一列，或“一级、二级…”多列）"))
        grid = QGridLayout(mapping_box)
        for column, fields in ((0, LEFT_FIELDS), (2, RIGHT_FIELDS)):
            for row, field in enumerate(fields):
                name = FIELD_NAMES_ZH[field] + (" *" if field in REQUIRED else "")
                combo = QComboBox()
                combo.setAccessibleName(FIELD_NAMES_ZH[field])
                combo.addItem(self.tr("（无）"), -1)
                for i, cell in enumerate(preview.header):
                    combo.addItem(fill(self.tr("第 %1 列：%2"), str(i + 1), cell or "—"), i)
                combo.setCurrentIndex(combo.findData(guessed.columns.get(field, -1)))
                combo.currentIndexChanged.connect(self._mapping_changed)
                label = QLabel(name)
                label.setBuddy(combo)
                grid.addWidget(label, row, column)
                grid.addWidget(combo, row, column + 1)
                self.combos[field] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.yuan = QRadioButton(self.tr("元"))
        self.fen = QRadioButton(self.tr("分（除以 100 换算为元）"))
        self.units = QButtonGroup(self)
        for button in (self.yuan, self.fen):
            self.units.addButton(button)
        self.unit_example = QLabel()
        self.unit_example.setWordWrap(True)
        unit_row = QHBoxLayout()
        unit_label = QLabel(self.tr("价格单位："))
        unit_label.setBuddy(self.yuan)
        unit_row.addWidget(unit_label)
        unit_row.addWidget(self.yuan)
        unit_row.addWidget(self.fen)
        unit_row.addWidget(self.unit_example, 1)
        grid.addLayout(unit_row, len(LEFT_FIELDS), 0, 1, 4)
        if guessed.price_unit is not None and not any(UNSURE_UNIT in n for n in guessed.notes):
            (self.fen if guessed.price_unit == "fen" else self.yuan).setChecked(True)  # else the seller picks
        for button in (self.yuan, self.fen):
            button.toggled.connect(self._mapping_changed)
        self.notes = QLabel("\n".join(guessed.notes))
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(f"color: {palette.WARNING}")
        self.notes.setVisible(bool(guessed.notes))
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.setup_page = setup = QWidget()
        setup_layout = QVBoxLayout(setup)
        setup_layout.setContentsMargins(0, 0, 0, 0)
        setup_layout.addWidget(self.table, 1)
        setup_layout.addWidget(mapping_box)
        setup_layout.addWidget(self.notes)
        setup_layout.addWidget(self.status)

        self.problem_summary = QLabel()
        self.problem_summary.setWordWrap(True)
        self.problem_summary.setStyleSheet(f"color: {palette.ERROR}")
        self.problem_list = QStringListModel(self)
        self.problems_view = QListView()
        self.problems_view.setModel(self.problem_list)
        self.problems_view.setUniformItemSizes(True)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setAccessibleName(self.tr("问题清单"))
        copy = QPushButton(self.tr("复制问题清单"))
        copy.clicked.connect(self.copy_problems)
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problem_summary)
        problems_layout.addWidget(self.problems_view, 1)
        problems_layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)

        self.pages = QStackedWidget()
        self.pages.addWidget(setup)
        self.pages.addWidget(problems)

        self.phase = QLabel()
        self.phase.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("导入进度"))
        self.progress.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {palette.ERROR}")
        self.error.hide()
        self.back = QPushButton(self.tr("返回修改列对应"))
        self.back.clicked.connect(self.show_setup)
        self.back.hide()
        self.start_button = QPushButton(self.tr("开始导入"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.phase)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.resize(960, 620)
        self._mapping_changed()

    # Mapping ----------------------------------------------------------------------------------
    def mapping(self) -> ColumnMapping:
        columns = {field: combo.currentData() for field, combo in self.combos.items() if combo.currentData() >= 0}
        unit = "fen" if self.fen.isChecked() else "yuan" if self.yuan.isChecked() else None
        guessed = self.preview_data.mapping  # its key and header: the choice is remembered for the shop
        return ColumnMapping(columns=columns, price_unit=unit if "price" in columns else None,
                             key=guessed.key, header=list(guessed.header))

    def _price_sample(self, column: int) -> str:
        for row in self.preview_data.rows:
            value = row[column].replace(",", "").replace("¥", "").replace("￥", "").strip() \
                if column < len(row) else ""
            if value:
                return value
        return ""

    def _mapping_changed(self, *_args: Any) -> None:
        mapping = self.mapping()
        self.preview.set_columns(mapping.columns)
        has_price = "price" in mapping.columns
        for button in (self.yuan, self.fen):
            button.setEnabled(has_price)
        sample = self._price_sample(mapping.columns["price"]) if has_price else ""
        try:
            amount = float(sample)
            self.unit_example.setText(fill(self.tr("例：第一行价格“%1”按元是 %2 元，按分是 %3 元。"), sample, f"{amount:.2f}", f"{amount / 100:.2f}"))
        except ValueError:
            self.unit_example.setText("")
        missing = [FIELD_NAMES_ZH[f] if f != "category" else self.tr("类目（整串或一级类目）")
                   for f in mapping.missing()]
        problems = []
        if missing:
            problems.append(fill(self.tr("还需指定：%1。"), "、".join(missing)))
        if has_price and mapping.price_unit is None:
            problems.append(self.tr("请确认价格单位是元还是分。"))
        shared = {c for c in mapping.columns.values() if list(mapping.columns.values()).count(c) > 1}
        if shared:
            problems.append(self.tr("同一列被指定给了多个字段，请检查。"))
        empty = not self.preview_data.rows
        if empty:  # importing it would replace the products there are with none
            problems = [self.tr("文件里没有商品，只有表头。请在商家后台确认导出的是全部商品后重新导出。")]
        if problems:
            self.status.setText(" ".join(problems))
            self.status.setStyleSheet(f"color: {palette.ERROR}")
        else:
            self.status.setText(self.tr("✔ 请核对上面的预览，确认无误后点击“开始导入”。"))
            self.status.setStyleSheet(f"color: {palette.OK}")
        self.start_button.setEnabled(not empty and not missing and not (has_price and mapping.price_unit is None)
                                     and self.job is None)

    # Running ----------------------------------------------------------------------------------
    def start(self) -> None:
        if self.job is not None:
            return
        self.error.hide()
        self.setup_page.setEnabled(False)
        self.start_button.setEnabled(False)
        self.back.hide()
        self.cancel_button.setText(self.tr("取消导入"))
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.phase.setText(self.tr("正在读取文件…"))
        self.job = self._start(self.mapping())
        self.job.watch(self._progressed).success(self._loaded).failure(self._failed).cancelled(self._cancelled)
        # Laid out (the progress bar takes its room from the preview) and painted greyed out now,
        # before the worker starts: once it runs, each cell of the preview asks Python and waits for
        # the GIL, and this repaint took three times as long.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.repaint()
        self.job.run()

    @property
    def running(self) -> bool:
        return self.job is not None

    def _progressed(self, snap: Snapshot) -> None:
        phase, done, total = snap.phase, snap.done, snap.total or 0
        if phase == "backup":
            self.progress.setRange(0, 0)
            self.phase.setText(self.tr("正在备份现有数据…"))
            return
        if phase == "check":
            self.progress.setRange(0, 0)
            self.phase.setText(self.tr("已保存，正在检查…"))
            self.cancel_button.setEnabled(False)  # the snapshot is in: nothing left to cancel
            return
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)
        self.phase.setText(fill(self.tr("正在读取并保存第 %1 行（共约 %2 行）…"), f"{done:,}", f"{total:,}") if total else
                           fill(self.tr("正在读取并保存第 %1 行…"), f"{done:,}"))

    def _finished(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.setText(self.tr("关闭"))
        self.cancel_button.setEnabled(True)
        self.setup_page.setEnabled(True)
        self._mapping_changed()

    def _loaded(self, result: ImportResult) -> None:
        self.job = None
        self.imported.emit(result)
        self.accept()

    def _refused(self, refused: ImportRefused) -> None:
        self._finished()
        lines = len({p.line for p in refused.problems})
        self.problem_summary.setText(
            fill(self.tr("发现 %1 处问题（%2 行），本次没有导入任何商品，原有的商品数据保持不变。"
                    "请在 Excel 中改正这些行后重新导入；如果几乎每行都报同一个问题，可能是列对应选错了。"), str(len(refused.problems)), str(lines)))
        self.problem_list.setStringList([str(p) for p in refused.problems])
        self.pages.setCurrentIndex(1)
        self.start_button.hide()
        self.back.show()
        self.phase.clear()

    def _failed(self, exc: BaseException) -> None:
        self.stopped.emit()
        if isinstance(exc, ImportRefused):
            self._refused(exc)
            return
        self._finished()
        self.phase.clear()
        self.error.setText(describe(exc))
        self.error.show()

    def _cancelled(self) -> None:
        self.stopped.emit()
        self._finished()
        self.phase.setText(self.tr("已取消导入，原有的商品数据没有改动。"))

    def show_setup(self) -> None:
        self.pages.setCurrentIndex(0)
        self.back.hide()
        self.start_button.show()
        self._mapping_changed()

    def problems(self) -> list[str]:
        """The problems shown, in order (what a seller reads)."""
        return self.problem_list.stringList()

    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.problems()))

    def reject(self) -> None:
        """Cancel a running import (its job says when it has stopped), else close."""
        if self.job is not None:
            if not self.cancel_button.isEnabled():
                return  # saved and being checked (nothing to cancel), or already cancelling: Esc waits
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.phase.setText(self.tr("正在取消…"))
            return
        super().reject()
