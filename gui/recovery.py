"""What the seller sees instead of the app when the data file cannot be used as it is.

A damaged, zero-length or foreign file: the backups, newest first (date, shops, plans, products),
with *restore*, *start empty* and *choose another data folder*; the file is never deleted or
overwritten (restoring or starting empty first keeps it as `shop-assistant.db.damaged-…`). A
read-only file or an unwritable folder: what is wrong, where, and what to do, with *retry*. A file
from a newer version: only another folder, or quit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from core import backup
from core.health import Health, log_counts
from core.store import DB_NAME
from gui.dialogs import confirm
from gui.text import fill
from gui.errors import describe


@dataclass
class Outcome:
    """open: go on with `folder`; retry: check again; quit: leave the app."""

    action: str
    folder: Path | None = None


class RecoveryDialog(QDialog):
    def __init__(self, health: Health, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.health, self.folder = health, folder
        self.db = folder / DB_NAME
        self.outcome = Outcome("quit")
        self.setWindowTitle(self.tr("小店合规助手 · 数据文件需要处理") if health.damaged
                            else self.tr("小店合规助手 · 无法使用数据文件"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        message = QLabel(health.message)
        message.setWordWrap(True)
        message.setStyleSheet("font-size: 12pt; font-weight: bold;")
        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        if health.details:
            details = QLabel("\n".join(health.details[:5]))
            details.setWordWrap(True)
            details.setStyleSheet("color: #555;")
            layout.addWidget(details)
        self.buttons: dict[str, QPushButton] = {}
        self.backups = backup.list_backups(backup.folder_of(self.db))
        self.table: QTableWidget | None = None
        if health.damaged:
            self._damaged(layout)
        elif health.access:
            self._access(layout)
        else:  # newer version
            advice = QLabel(self.tr("请安装最新版本的小店合规助手后再打开这份数据；或换一个数据文件夹。"))
            advice.setWordWrap(True)
            layout.addWidget(advice)
            layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        for key, text, slot in (("folder", self.tr("换一个数据文件夹…"), self.choose_folder),
                                ("quit", self.tr("退出"), self.reject)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        layout.addLayout(row)

    # Damaged ------------------------------------------------------------------------------------
    def _damaged(self, layout: QVBoxLayout) -> None:
        kept = QLabel(fill(self.tr("您的原文件不会被删除或改写：恢复或新建之前，它会另存为 %1.damaged-日期时间，"
                              "以后仍可交给技术人员尝试修复。"), DB_NAME))
        kept.setWordWrap(True)
        layout.addWidget(kept)
        if self.health.kind == "foreign_wal":
            with_log, without = log_counts(self.db)
            choice = QLabel(fill(self.tr("数据文件本身：%1。\n加上这个日志文件：%2。"), self._counts(without), self._counts(with_log)))
            choice.setWordWrap(True)
            layout.addWidget(choice)
        if self.backups:
            layout.addWidget(QLabel(self.tr("可用的备份（最新的在前）：")))
            table = self.table = QTableWidget(len(self.backups), 6)
            table.setHorizontalHeaderLabels([self.tr("备份时间"), self.tr("原因"), self.tr("店铺"), self.tr("方案"),
                                             self.tr("商品"), self.tr("状态")])
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.setAccessibleName(self.tr("备份列表"))
            for r, b in enumerate(self.backups):
                cells = [b.created_at.strftime("%Y-%m-%d %H:%M"), backup.REASONS.get(b.reason, b.reason),
                         str(b.shops), str(b.plans), f"{b.products:,}",
                         self.tr("完好") if b.ok else b.problem]
                for c, text in enumerate(cells):
                    table.setItem(r, c, QTableWidgetItem(text))
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
            first_ok = next((r for r, b in enumerate(self.backups) if b.ok), 0)
            table.selectRow(first_ok)
            table.itemSelectionChanged.connect(self._selection_changed)
            layout.addWidget(table, 1)
        else:
            none = QLabel(self.tr("还没有备份可以恢复。"))
            layout.addWidget(none)
            layout.addStretch(1)
        row = QHBoxLayout()
        actions = [("restore", self.tr("从所选备份恢复"), self.restore_selected)] if self.backups else []
        if self.health.kind == "foreign_wal":
            actions.append(("set_aside_log", self.tr("不用这个日志，打开数据文件本身"), self.set_aside_log))
        actions.append(("empty", self.tr("新建空数据（原文件另存）"), self.start_empty))
        for key, text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self._selection_changed()

    def _counts(self, counts: dict[str, int] | None) -> str:
        if counts is None:
            return self.tr("无法读取")
        return (fill(self.tr("%1 个店铺、%2 个方案、%3 件商品"), str(counts["shops"]), str(counts["plans"]), f"{counts['products']:,}"))

    def _selection_changed(self) -> None:
        if "restore" in self.buttons:
            chosen = self.selected()
            self.buttons["restore"].setEnabled(chosen is not None and chosen.ok)

    def selected(self) -> backup.Backup | None:
        if self.table is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            backup.restore(self.db, chosen.path, label="damaged")
        except (backup.BackupError, OSError) as exc:
            QMessageBox.warning(self, self.tr("没有恢复"), describe(exc))
            return
        self._done(fill(self.tr("已从 %1 的备份恢复。原来的数据文件已另存在同一文件夹中。"), chosen.created_at.strftime("%Y-%m-%d %H:%M")))

    def start_empty(self) -> None:
        if not confirm(self, self.tr("新建空数据"), self.tr("新建一份空数据，程序将从头开始（原文件另存，不会删除）。确定吗？")):
            return
        try:
            kept = backup.start_empty(self.db)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("没有完成"), describe(exc))
            return
        self._done(fill(self.tr("原数据文件已另存为：%1"), "、".join(p.name for p in kept)))

    def set_aside_log(self) -> None:
        try:
            kept = backup.set_aside_log(self.db)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("没有完成"), describe(exc))
            return
        self._done(fill(self.tr("日志文件已另存为：%1"), "、".join(p.name for p in kept)))

    def _done(self, message: str) -> None:
        QMessageBox.information(self, self.tr("已处理"), message)
        self.outcome = Outcome("open", self.folder)
        self.accept()

    # Access -------------------------------------------------------------------------------------
    def _access(self, layout: QVBoxLayout) -> None:
        advice = {
            "readonly_file": self.tr("请在文件资源管理器中右键该文件 →“属性”，取消勾选“只读”；"
                                     "或把数据文件夹移到您有写入权限的位置（例如“文档”）。"),
            "unwritable_folder": self.tr("请确认这个文件夹不在只读的位置（例如光盘或受保护的系统文件夹），"
                                         "或换一个数据文件夹。"),
            "unreadable": self.tr("请关闭可能正在使用它的程序（例如同步盘、杀毒软件），或检查文件权限，然后点“重试”。"),
        }.get(self.health.kind, "")
        text = QLabel(advice)
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch(1)
        retry = QPushButton(self.tr("重试"))
        retry.clicked.connect(self.retry)
        self.buttons["retry"] = retry
        layout.addWidget(retry, 0, Qt.AlignmentFlag.AlignLeft)

    def retry(self) -> None:
        self.outcome = Outcome("retry", self.folder)
        self.accept()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择数据文件夹"), str(self.folder.parent))
        if chosen:
            self.outcome = Outcome("open", Path(chosen))
            self.accept()


def recover(health: Health, folder: Path) -> Outcome:
    """Show the dialog and return what the seller chose."""
    dialog = RecoveryDialog(health, folder)
    dialog.exec()
    return dialog.outcome
