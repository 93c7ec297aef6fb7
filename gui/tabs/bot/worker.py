"""Work the bot tab does off the UI thread: loading jieba, building a matcher, checking, batch tests.

A Job runs on the global QThreadPool (which waits for its threads when the application exits, so a
closing window never destroys a running thread) and reports through Qt signals, queued to the UI
thread, as the listing tab's jobs do. A Lane runs one kind of work one job at a time: asking again
while a job runs queues exactly one more run, prepared from the newest input when it starts, and the
result of a job that has a newer one waiting is dropped (typing fast costs one extra run, not one per key).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from core.bot import TableError

log = logging.getLogger("shop_assistant")


class Job(QObject):
    """Runs `work(job)` once on the thread pool. Emits progressed(done, total) when the work reports,
    then finished(result) or failed(message), and last done()."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, work: Callable[[Job], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> bool:
        """Report progress from the work; False when the seller cancelled (the work should stop)."""
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self.run)

    def run(self) -> None:
        try:
            result = self.work(self)
        except TableError as exc:  # the seller's file cannot be read: the message says what to do
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(QCoreApplication.translate("BotJob", "无法读取文件：%1。请确认文件没有被其他程序占用后重试。")
                             .replace("%1", exc.strerror or str(exc)))
        except Exception:  # noqa: BLE001 - a bug: logged with its traceback, the seller is told
            log.error("bot tab background work failed\n%s", traceback.format_exc())
            self.failed.emit(QCoreApplication.translate("BotJob", "出现意外问题，已记录到日志文件。请重试；如果一再出现，请把日志文件发给我们。"))
        else:
            self.finished.emit(result)
        finally:
            self.done.emit()


class Lane(QObject):
    """One kind of background work: `prepare()` runs on the UI thread when a job starts (it takes a
    snapshot of the input) and returns the function the worker runs. Emits finished(result) or
    failed(message) for the newest input only."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, prepare: Callable[[], Callable[[], Any]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prepare = prepare
        self._job: Job | None = None
        self._again = False

    def request(self) -> None:
        """Run the work with the input as it is now (after the running job, if any)."""
        if self._job is not None:
            self._again = True
            return
        work = self._prepare()
        job = Job(lambda _job: work())
        job.finished.connect(self._finished)
        job.failed.connect(self._failed)
        job.done.connect(self._done)
        self._job = job
        job.start()

    def busy(self) -> bool:
        return self._job is not None

    def _finished(self, result: object) -> None:
        if not self._again:
            self.finished.emit(result)

    def _failed(self, message: str) -> None:
        if not self._again:
            self.failed.emit(message)

    def _done(self) -> None:
        self._job = None
        if self._again:
            self._again = False
            self.request()
