"""One place that turns what went wrong into words a seller can act on.

Environment errors (the database busy, the disk full, a file locked by Excel, no permission) are
said in a dialog with what to do; anything else is a bug: its traceback goes to the log file and
the seller is told that, and the app keeps running.
"""

from __future__ import annotations

import logging
import sqlite3
import traceback
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from gui.text import fill
from core.errors import Cancelled, InputError, StoreError, WriteFailed

log = logging.getLogger("shop_assistant")


def describe(exc: BaseException) -> str:
    """The plain-words message for an exception; a bug is logged and described as one."""
    if isinstance(exc, WriteFailed):
        return fill(QCoreApplication.translate("Errors", "没有保存：%1。"), exc.message) + _advice(exc.reason)
    if isinstance(exc, InputError):
        return exc.message
    if isinstance(exc, StoreError):
        return str(exc)
    if isinstance(exc, sqlite3.Error):  # a read (a write comes as WriteFailed)
        failed = _as_write_failed(exc)
        return fill(QCoreApplication.translate("Errors", "数据文件暂时无法读取：%1。"), failed.message) + \
            _advice(failed.reason)
    if isinstance(exc, PermissionError):
        name = getattr(exc, "filename", None) or ""
        return fill(QCoreApplication.translate("Errors", "无法读写文件 %1：文件可能正被 Excel 或其他程序打开，或没有权限。请关闭后重试。"), str(name))
    if isinstance(exc, FileNotFoundError):
        return fill(QCoreApplication.translate("Errors", "找不到文件 %1。"), str(getattr(exc, "filename", "") or ""))
    if isinstance(exc, OSError):
        return fill(QCoreApplication.translate("Errors", "无法读写文件：%1。请确认磁盘有空间、文件没有被其他程序占用后重试。"), exc.strerror or str(exc))
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Errors", "内存不足，这项工作没有完成。请关闭其他程序，或把文件分成几份后重试。")
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "已取消，没有做任何改动。")
    log.error("unexpected error\n%s", "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    return QCoreApplication.translate("Errors", "出现了一个意外问题，已记录到日志文件（数据文件夹中的 shop-assistant.log）。这一步没有完成；"
               "程序可以继续使用。")


def _as_write_failed(exc: sqlite3.Error) -> WriteFailed:
    from core.store import write_failure

    return write_failure(exc)


def _advice(reason: str) -> str:
    return {
        "busy": QCoreApplication.translate("Errors", "可能有导入正在进行，请稍后再试。"),
        "full": QCoreApplication.translate("Errors", "请先腾出磁盘空间。"),
        "readonly": QCoreApplication.translate("Errors", "请检查数据文件和文件夹的权限（文件属性中不要勾选“只读”）。"),
        "damaged": QCoreApplication.translate("Errors", "请重新启动程序，按提示从备份恢复。"),
    }.get(reason, QCoreApplication.translate("Errors", "请稍后重试。"))


def write_failed(parent: QWidget | None, what: str, exc: BaseException) -> None:
    """Say that `what` was not saved, and why."""
    from PySide6.QtWidgets import QMessageBox  # with the message, not at start
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "没有保存"), fill(QCoreApplication.translate("Errors", "%1没有保存。\n\n%2"), what, describe(exc)))


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox  # with the message, not at start
    QMessageBox.warning(parent, title, describe(exc))


def unexpected(kind: type[BaseException], value: BaseException, tb: Any) -> str:
    """The message for an exception nobody caught (sys.excepthook): logged with its traceback."""
    log.error("unhandled error\n%s", "".join(traceback.format_exception(kind, value, tb)))
    if isinstance(value, (StoreError, sqlite3.Error, OSError)):
        return describe(value)
    return QCoreApplication.translate("Errors", "程序出现了一个意外问题，已记录到日志文件（数据文件夹中的 shop-assistant.log）。"
               "刚才那一步可能没有完成，请检查后重试；程序可以继续使用。")
