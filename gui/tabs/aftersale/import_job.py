"""Reading an after-sale spreadsheet off the UI thread; cancellable between rows."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from core.aftersale_import import AftersaleImportError, ImportCancelled, read_events

log = logging.getLogger("shop_assistant")


class ImportJob(QThread):
    """Emits progressed(rows) while reading, then exactly one of read(result), failed(message), cancelled()."""

    progressed = Signal(int)
    read = Signal(object)  # core.aftersale_import.ImportResult
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def _progress(self, rows: int) -> bool:
        self.progressed.emit(rows)
        return not self._cancel

    def run(self) -> None:
        try:
            result = read_events(self.path, progress=self._progress)
        except ImportCancelled:
            self.cancelled.emit()
        except AftersaleImportError as exc:
            self.failed.emit(exc.message)
        except Exception:  # noqa: BLE001 - a bug: logged with its traceback, the seller is told
            log.error("after-sale import failed\n%s", traceback.format_exc())
            self.failed.emit(self.tr("读取文件时出现意外问题，已记录到日志文件。请把文件另存为 .xlsx 或 CSV UTF-8 后重试。"))
        else:
            self.read.emit(result)
