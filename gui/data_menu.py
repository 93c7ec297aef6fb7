"""设置 → 备份与恢复: back up now to a chosen file, restore from a file (checked first), open the
backup folder. Backups themselves are core.backup; restoring swaps the database under the running
app, which the Application does (it owns the store)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMenu

from core.progress import Progress
from core.store import Store
from gui.dialogs import confirm
from gui.text import fill
from gui.ops import Op
from gui.actions import menu_action

if TYPE_CHECKING:  # core.backup (and gzip) load when the seller uses this menu, not at every start
    from core import backup


class DataMenu(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu, store: Store,
                 restore: Callable[[Path], bool] | None) -> None:
        super().__init__(window)
        self.window, self.store, self._restore = window, store, restore
        sub = menu.addMenu(self.tr("备份与恢复"))
        self.backup_action = menu_action(sub, self.tr("立即备份到文件…"), self.backup_to_file)
        self.restore_action = menu_action(sub, self.tr("从备份文件恢复…"), self.restore_from_file)
        self.restore_action.setEnabled(restore is not None)
        self.folder_action = menu_action(sub, self.tr("打开备份文件夹"), self.open_folder)
        for action in (self.backup_action, self.restore_action, self.folder_action):
            action.setEnabled(action.isEnabled() and store.path is not None)

    def backup_to_file(self, path: str | None = None) -> None:
        if self.store.path is None:
            return
        if not path:
            suggested = str(Path.home() / f"小店合规助手备份-{datetime.now():%Y%m%d-%H%M}.db")
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(self.window, self.tr("备份到文件"), suggested,
                                                  self.tr("数据备份 (*.db)"))
        if not path:
            return
        from core import backup

        target = Path(path)
        db = self.store.path

        def work(_store: Store, _progress: Progress) -> backup.Backup:
            return backup.make_backup(db, reason="manual", to=target)

        def done(made: backup.Backup) -> None:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.information(self.window, self.tr("已备份"),
                                    fill(self.tr("已备份到 %1（%2 个店铺、%3 个方案，已通过完整性检查）。"), str(made.path), str(made.shops), str(made.plans)))

        Op(self.window, work, store=self.store, title=self.tr("备份")).success(done).with_progress(
            self.tr("正在备份并校验…"), cancellable=False).run()

    def restore_from_file(self, path: str | None = None) -> bool:
        if self._restore is None or self.store.path is None:
            return False
        from core import backup

        if not path:
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getOpenFileName(
                self.window, self.tr("选择备份文件"), str(backup.folder_of(self.store.path)),
                self.tr("数据备份 (*.db *.db.gz)"))
        if not path:
            return False
        if not confirm(self.window, self.tr("从备份恢复"), fill(self.tr("用这份备份替换现在的数据？\n%1\n\n现在的数据文件会另存一份（.replaced-日期时间），不会删除。"), path)):
            return False
        return self._restore(Path(path))

    def open_folder(self) -> None:
        if self.store.path is None:
            return
        from core import backup

        folder = backup.folder_of(self.store.path)
        folder.mkdir(parents=True, exist_ok=True)
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
