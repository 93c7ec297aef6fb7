"""The knowledge list with its search, scenario filter, enable toggles, and new/delete/restore/import/export."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from core.bot import SCENARIOS, Entry, builtin_knowledge
from core.exports.knowledge import export_knowledge
from core.importers.base import ImportRefused, Problem
from core.importers.knowledge import read_knowledge
from gui import palette
from gui.table_fit import fit, tune
from gui.dialogs import confirm
from gui.text import fill
from gui.errors import describe
from gui.ops import Op
from gui.tabs.bot.knowledge_model import COLUMNS, KnowledgeModel, Prepared
from gui.undo_bar import UndoBar

log = logging.getLogger("shop_assistant")
FILE_FILTER = "Excel (*.xlsx);;CSV (*.csv);;JSON (*.json)"


class ProblemsDialog(QDialog):
    """Why an import was refused: every bad row with its line number."""

    def __init__(self, file_name: str, problems: list[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入失败"))
        self.resize(620, 380)
        intro = QLabel(fill(self.tr("“%1”有 %2 处问题，没有导入任何知识，知识库保持原样。请在表格中改正下列各行后重新导入："), file_name, str(len(problems))))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(str(p) for p in problems))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("有问题的行"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


class KnowledgePanel(QWidget):
    """Emits currentEntryChanged(Entry | None) when the selected entry changes."""

    currentEntryChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform: str | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.model = KnowledgeModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索问题或答案"))
        self.search.setAccessibleName(self.tr("搜索知识"))
        self.search.setClearButtonEnabled(True)
        self.scenario = QComboBox()
        self.scenario.setAccessibleName(self.tr("按场景筛选"))
        self.scenario.addItem(self.tr("全部场景"), "")
        for name in SCENARIOS:
            self.scenario.addItem(name, name)
        self.use_builtin = QCheckBox()
        self.use_builtin.setToolTip(self.tr("关闭后，机器人只用您自己添加或导入的知识"))
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {palette.OK};")
        self.notice.hide()
        self._deleted: tuple[Entry, tuple[int, int]] | None = None  # (entry, where it was) to undo
        self.undo_bar = UndoBar(self.tr("把刚删除的知识恢复到原来的位置"))
        self.undo_bar.undoRequested.connect(self.undo_delete)
        self.undo_bar.expired.connect(self._forget_deleted)

        self.table = tune(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("知识列表"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        fit(self.table, stretch=len(COLUMNS) - 1, widths={1: 190}).horizontalHeader().setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), self.table, context=Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(self.toggle_current)  # Space switches the selected entry on or off

        self.buttons: dict[str, QPushButton] = {}
        tools = QHBoxLayout()
        for key, text, slot, tip in (
            ("new", self.tr("新建"), self.new_entry, self.tr("添加一条您自己的问答")),
            ("delete", self.tr("删除"), self.delete_entry, self.tr("只能删除您自建的知识；内置知识可以停用")),
            ("restore", self.tr("恢复默认"), self.restore_entry, self.tr("把修改过的内置知识还原成默认内容")),
            ("import", self.tr("导入…"), lambda: self.import_file(), self.tr("从 Excel、CSV 或 JSON 导入知识")),
            ("export", self.tr("导出…"), lambda: self.export_file(), self.tr("导出为 Excel、CSV 或 JSON，方便粘贴到平台后台")),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            self.buttons[key] = button
            if key == "import":
                tools.addStretch(1)
            tools.addWidget(button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.scenario)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.use_builtin)
        layout.addWidget(self.notice)

        self.search.textChanged.connect(self.apply_filter)
        self.scenario.currentIndexChanged.connect(self.apply_filter)
        self.use_builtin.toggled.connect(self._builtin_toggled)
        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self.update_counts)
        self.model.dataChanged.connect(lambda *_: self.update_buttons())

    # Showing ------------------------------------------------------------------------------------
    def set_knowledge(self, use_builtin: bool, edits: list[Entry], prepared: Prepared | None = None) -> None:
        self.use_builtin.blockSignals(True)
        self.use_builtin.setChecked(use_builtin)
        self.use_builtin.blockSignals(False)
        self._filter_words()  # the filter first, so the rows are filtered once
        defaults = (prepared.defaults if prepared is not None else builtin_knowledge()) if use_builtin else []
        self.model.set_knowledge(defaults, edits, prepared)
        self.notice.hide()
        self.undo_bar.withdraw()  # other knowledge is shown: the entry deleted was not in it
        self._forget_deleted()
        self.apply_filter()

    def set_platform(self, platform: str | None) -> None:
        self.platform = platform
        self.apply_filter()

    def apply_filter(self, *_args: object) -> None:
        builtin = sum(1 for e in builtin_knowledge() if e.serves(self.platform))
        self.use_builtin.setText(fill(self.tr("使用内置行业知识（%1 条）"), str(builtin)))
        held = self.current_entry()
        self._filter_words()
        self.model.refilter()
        self.select(held.id if held else None, clear_filter=False)
        self.update_counts()

    def _filter_words(self) -> None:
        model = self.model
        model.search, model.scenario = self.search.text().strip().lower(), str(self.scenario.currentData() or "")
        model.platform = self.platform

    def update_counts(self, *_args: object) -> None:
        tally = self.model.tally(self.platform)
        text = fill(self.tr("共 %1 条 · 启用 %2 条"), f"{tally.total:,}", f"{tally.enabled:,}")
        if self.model.rowCount() != tally.total:
            text = fill(self.tr("显示 %1 条（%2）"), f"{self.model.rowCount():,}", text)
        if tally.edited:
            text += fill(self.tr(" · 已修改 %1 条"), f"{tally.edited:,}")
        if tally.own:
            text += fill(self.tr(" · 自建 %1 条"), f"{tally.own:,}")
        self.counts.setText(text)

    def current_entry(self) -> Entry | None:
        return self.model.entry_at(self.table.currentIndex().row())

    def select(self, entry_id: str | None, *, clear_filter: bool = True) -> None:
        """Select an entry (clearing the search when it hides it); None or not shown: the first row."""
        row = self.model.row_of(entry_id) if entry_id else -1
        if row < 0 and entry_id and clear_filter and self.model.has(entry_id):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.scenario.setCurrentIndex(0)  # re-filters
            row = self.model.row_of(entry_id)
        if row < 0:
            row = 0 if self.model.rowCount() else -1
        if row < 0:
            self.table.setCurrentIndex(self.model.index(-1, -1))
        else:
            index = self.model.index(row, 1)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        self._current_changed()

    def _current_changed(self) -> None:
        self.update_buttons()
        self.currentEntryChanged.emit(self.current_entry())

    def update_buttons(self) -> None:
        entry = self.current_entry()
        origin = self.model.origin(entry) if entry else None
        self.buttons["delete"].setEnabled(origin == "own")
        self.buttons["restore"].setEnabled(origin == "edited")

    # Changes ------------------------------------------------------------------------------------
    def _builtin_toggled(self, on: bool) -> None:
        held = self.current_entry()
        self.model.set_knowledge(builtin_knowledge() if on else [], self.model.edits)
        self.model.knowledgeChanged.emit()
        self.apply_filter()
        self.select(held.id if held else None, clear_filter=False)

    def toggle_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.model.update(replace(entry, enabled=not entry.enabled))

    def new_entry(self) -> None:
        taken = {e.id for e in self.model.entries}
        number = next(n for n in range(1, len(taken) + 2) if f"own.{n}" not in taken)
        scenario = str(self.scenario.currentData() or "售前")
        platform = "all"
        self.search.clear()
        self.model.add(Entry(id=f"own.{number}", question="", answer="", scenario=scenario, platform=platform))
        self.select(f"own.{number}")

    def delete_entry(self) -> None:
        entry = self.current_entry()
        if entry is None or self.model.origin(entry) != "own":
            return
        name = entry.question or self.tr("（未填写问题）")
        if confirm(self, self.tr("删除知识"), fill(self.tr("删除“%1”？删除后 10 秒内可以点“撤销”恢复。"), name)):
            row = self.table.currentIndex().row()
            place = self.model.remove(entry.id)
            neighbour = self.model.entry_at(min(row, self.model.rowCount() - 1))
            self.select(neighbour.id if neighbour else None)
            if place is not None:
                self._deleted = (entry, place)
                self.undo_bar.offer(fill(self.tr("已删除知识“%1”"), name))

    def _forget_deleted(self) -> None:
        self._deleted = None

    def undo_delete(self) -> bool:
        """Put the entry deleted last back at its place and select it (the tab saves it as after any
        edit). False when too late or an entry with its id was added meanwhile."""
        deleted, self._deleted = self._deleted, None
        self.undo_bar.withdraw()
        if deleted is None:
            return False
        entry, place = deleted
        if self.model.put_back(entry, place) < 0:
            return False
        self.select(entry.id, clear_filter=False)
        return True

    def restore_entry(self) -> None:
        entry = self.current_entry()
        if entry is not None and self.model.origin(entry) == "edited":
            self.model.restore(entry.id)
            self.update_buttons()

    def import_file(self, path: str | None = None) -> bool:
        """Import knowledge (all or nothing), read off the UI thread; a refused file shows its bad rows
        and changes nothing. Returns whether the reading started."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("导入知识"), "",
                                                  self.tr("知识表格 (*.xlsx *.csv *.json)"))
        if not path:
            return False
        chosen = path
        Op.compute(self, lambda progress: read_knowledge(chosen, progress), title=self.tr("导入知识")).success(
            lambda entries: self._take(chosen, entries)).failure(lambda exc: self._refused(chosen, exc)).with_progress(
            fill(self.tr("正在读取“%1”…"), Path(chosen).name)).run()
        return True

    def _refused(self, path: str, exc: BaseException) -> None:
        if isinstance(exc, ImportRefused):
            self.problems_dialog = ProblemsDialog(Path(path).name, exc.problems, self)
            self.problems_dialog.open()
        else:
            QMessageBox.warning(self, self.tr("无法导入"), describe(exc))

    def _take(self, path: str, entries: list[Entry]) -> None:
        overwritten = [e for e in entries if any(x.id == e.id for x in self.model.edits)]
        if overwritten and not confirm(self, self.tr("覆盖已修改的知识？"), fill(self.tr("导入的 %1 条知识会替换您已修改或自建的同编号知识，继续导入吗？"), str(len(overwritten)))):
            return
        added, updated = self.model.merge(entries)
        self.apply_filter()
        self.notice.setText(fill(self.tr("✔ 已从“%1”导入 %2 条知识：新增 %3 条，更新 %4 条。"), Path(path).name, str(len(entries)), str(added), str(updated)))
        self.notice.show()
        if entries:
            self.select(entries[0].id)


    def export_file(self, path: str | None = None) -> bool:
        """Export the knowledge the bot uses on this shop's platform."""
        if not path:
            path, chosen = QFileDialog.getSaveFileName(self, self.tr("导出知识"), self.tr("客服知识库.xlsx"), FILE_FILTER)
            if path and Path(path).suffix.lower() not in (".xlsx", ".csv", ".json"):
                path += "." + chosen.split("*.")[-1].rstrip(")") if chosen else ".xlsx"
        if not path:
            return False
        entries, target = [e for e in self.model.entries if e.serves(self.platform)], path
        Op.compute(self, lambda _progress: export_knowledge(entries, target), title=self.tr("无法导出")).success(
            self._exported).with_progress(self.tr("正在导出知识…"), cancellable=False).run()
        return True

    def _exported(self, path: Path) -> None:
        self.notice.setText(fill(self.tr("✔ 已导出到 %1"), str(path)))
        self.notice.show()

