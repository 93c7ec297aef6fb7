"""Housekeeping after the first paint, off the UI thread: the day's backup when it is due, and the
rows an interrupted import left behind. The seller hears of it only when it fails."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from core import backup
from core.products import purge_unused_batches
from core.progress import Progress
from core.store import Store
from gui.text import fill
from gui.errors import describe
from gui.ops import Op

log = logging.getLogger("shop_assistant")
STATUS_MS = 15_000


def _work(store: Store, progress: Progress) -> str | None:
    purge_unused_batches(store)
    assert store.path is not None
    if backup.due(store.path):
        made = backup.make_backup(store.path, reason="start")
        log.info("daily backup %s", made.path)
        return str(made.path)
    return None


def start_of_day(window: QMainWindow, store: Store) -> None:
    if store.path is None:
        return

    def failed(exc: BaseException) -> None:
        log.warning("start-of-day maintenance failed: %s", exc)
        if isinstance(exc, backup.SourceDamaged):  # the day's full read of the file found damage
            QMessageBox.warning(window, QCoreApplication.translate("Maintenance", "数据文件可能已损坏"), fill(QCoreApplication.translate("Maintenance",
                "今天的自动备份在校验时发现数据文件有损坏：%1\n\n请尽快在“设置 → 备份与恢复 → 从备份文件恢复”"
                "中选一份较早的备份恢复；恢复前现在的文件会另存，不会删除。"), describe(exc)))
            return
        window.statusBar().showMessage(fill(QCoreApplication.translate("Maintenance", "今天的自动备份没有完成：%1"), describe(exc)), STATUS_MS)

    Op(window, _work, store=store).failure(failed).run()
