"""The one way the window does long work: a core function off the UI thread, in the spirit of
Anki's QueryOp (qt/aqt/operations/__init__.py).

    Op(self, lambda store, progress: core_function(store, ..., progress), store=self.store)
        .success(self.show_result)
        .with_progress(self.tr("正在导入商品…"))
        .run()

The work runs on Qt's global thread pool with its own Store connection on the same database file
(sqlite3 connections must not cross threads; WAL lets the window keep reading), and gets a
core.progress.Progress to report through and to be cancelled by. Where the work takes longer than
`SHOW_AFTER_MS`, a progress dialog with a cancel button appears. `success(result)` or
`failure(exception)` is then called on the UI thread; without a failure handler, the error is said
in a dialog in plain words (gui.errors: environment errors in words, bugs logged with their
traceback). A cancel is not an error: the work rolled back, and `cancelled()` is called if given.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal, Slot
import shiboken6
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.errors import Cancelled
from core.progress import Progress, Snapshot
from core.store import Store
from gui.errors import describe, show_error

T = TypeVar("T")
# Python runs one thread at a time. Every call the window makes into Qt lets go of the GIL, and
# getting it back from a busy worker takes up to the switch interval (5 ms by default): painting one
# table makes hundreds of such calls, so a worker checking 60,000 rows stretched a repaint to a
# third of a second. At 1 ms, the window waits at most 1 ms per call; workers lose a few percent.
GIL_SWITCH_S = 0.00002
SHOW_AFTER_MS = 300
POLL_MS = 100
# While the window paints, work that reaches its next progress step waits (at most this long) instead
# of taking the GIL back between the hundreds of calls a paint makes into Python: a table's repaint
# beside a busy worker took 30-60 ms, and takes what it takes alone (3-10 ms) this way.
PAINT_PAUSE_MAX_S = 0.05
_PAINT_GATE = threading.Event()
_PAINT_GATE.set()
log = logging.getLogger("shop_assistant")


@contextmanager
def painting() -> Iterator[None]:
    """Hold the workers at their next progress step while the window paints (MainWindow.event)."""
    _PAINT_GATE.clear()
    try:
        yield
    finally:
        _PAINT_GATE.set()


def _pause_while_painting() -> None:
    _PAINT_GATE.wait(PAINT_PAUSE_MAX_S)  # bounded: a worker never waits on a paint that waits on it


def start_after_repaint(timer: QTimer) -> None:
    """Start `timer` once the window has handled what was posted to it so far, the repaint of what
    just changed included. Qt posts a repaint behind other posted calls, so the call that starts the
    timer is posted (it comes before that repaint); the timer then fires after it, and after the
    window's other timers have had their turn. Started at once, a 0-ms timer fires as soon as timers
    next run, which can be before that repaint and then adds its work to the same wait."""
    QTimer.singleShot(0, timer, timer.start)


def share_the_gil() -> None:
    """Called once when the app starts (see GIL_SWITCH_S)."""
    import sys

    sys.setswitchinterval(GIL_SWITCH_S)


class _Relay(QObject):
    """Lives on the UI thread; the worker emits through it, so its slot runs on the UI thread."""

    finished = Signal(object, object)  # result, exception

    def __init__(self, deliver: Callable[[Any, BaseException | None], None]) -> None:
        super().__init__()
        self._deliver_to = deliver
        from PySide6.QtCore import Qt  # not at import: the Qt namespace's 93 enums cost ~25 ms at start

        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self._deliver_to(result, error)


class Op(Generic[T]):
    """A long job: configure with success/failure/with_progress, then run()."""

    def __init__(self, parent: QObject, work: Callable[[Store, Progress], T], *, store: Store | None,
                 title: str = "") -> None:
        self.parent, self.work, self.store = parent, work, store
        self.title = title or QCoreApplication.translate("Ops", "小店合规助手")
        self.progress = Progress(pause=_pause_while_painting)
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._cancelled: Callable[[], None] | None = None
        self._label: str | None = None
        self._watch: Callable[[Snapshot], None] | None = None
        self._cancellable = True
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._relay: _Relay | None = None
        self.running = False

    @classmethod
    def compute(cls, parent: QObject, work: Callable[[Progress], T], *, title: str = "") -> Op[T]:
        """Work that needs no database (building a matcher, matching a batch of questions)."""
        return cls(parent, lambda _store, progress: work(progress), store=None, title=title)

    def success(self, handler: Callable[[T], None]) -> Op[T]:
        self._success = handler
        return self

    def failure(self, handler: Callable[[BaseException], None]) -> Op[T]:
        self._failure = handler
        return self

    def cancelled(self, handler: Callable[[], None]) -> Op[T]:
        self._cancelled = handler
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> Op[T]:
        """Show a progress dialog (with a cancel button) if the work is still running after
        SHOW_AFTER_MS."""
        self._label, self._cancellable = label, cancellable
        return self

    def watch(self, handler: Callable[[Snapshot], None]) -> Op[T]:
        """Call `handler(snapshot)` on the UI thread every POLL_MS while the work runs (for a widget
        that shows progress itself, instead of the dialog)."""
        self._watch = handler
        return self

    def cancel(self) -> None:
        self.progress.cancel()

    def run(self) -> Progress:
        """Start the work; returns its Progress (to cancel it from elsewhere)."""
        self.running = True
        _RUNNING.add(self)
        store = self.store
        path = store.path if store is not None else None
        if store is not None and path is None:  # an in-memory store (tests only): its connection cannot be shared
            self._deliver(*self._call(lambda: store))
            return self.progress
        relay = self._relay = _Relay(self._deliver)
        if self._label is not None or self._watch is not None:
            self._timer = QTimer(interval=POLL_MS)
            self._timer.timeout.connect(self._poll)
            self._timer.start()
            self._elapsed = 0
        QThreadPool.globalInstance().start(lambda: self._finish_in_worker(relay, path))
        return self.progress

    def _finish_in_worker(self, relay: _Relay, path: Path | None) -> None:
        outcome = self._in_worker(path)
        try:
            relay.finished.emit(*outcome)
        except RuntimeError:  # the application is gone (it quit while the work ran): no one to tell
            if outcome[1] is not None and not isinstance(outcome[1], Cancelled):
                log.warning("background work ended after the window closed: %r", outcome[1])

    def _in_worker(self, path: Path | None) -> tuple[Any, BaseException | None]:
        opened: list[Store] = []

        def connect() -> Store:
            if path is None:
                return None  # type: ignore[return-value]  # compute(): the work takes no store
            opened.append(Store(path, backup_before_migration=False))
            return opened[0]
        try:
            return self._call(connect)
        finally:
            for store in opened:
                store.close()

    def _call(self, connect: Callable[[], Store]) -> tuple[Any, BaseException | None]:
        try:
            return self.work(connect(), self.progress), None
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which says or logs it
            return None, exc

    def _poll(self) -> None:
        self._elapsed += POLL_MS
        if not self.running:
            return
        snap = self.progress.snapshot()
        if self._watch is not None:
            self._watch(snap)
        if self._label is None or self._elapsed < SHOW_AFTER_MS:
            return
        if self._dialog is None:
            dialog = QProgressDialog(self._label or "", QCoreApplication.translate("Ops", "取消") if self._cancellable else "",
                                     0, 0, self._widget())
            dialog.setWindowTitle(self.title)
            from PySide6.QtCore import Qt

            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not self._cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.progress.cancel)
            dialog.setAccessibleName(self._label or "")
            self._dialog = dialog
            dialog.show()
        total = snap.total or 0
        self._dialog.setMaximum(total if total > 0 else 0)
        if total > 0:
            self._dialog.setValue(min(snap.done, total))
        if snap.phase:
            self._dialog.setLabelText(f"{self._label}\n{snap.phase}")

    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        _RUNNING.discard(self)
        if not shiboken6.isValid(self.parent):  # the widget that asked is gone (its window closed)
            if self._timer is not None:
                self._timer.stop()
            if error is not None and not isinstance(error, Cancelled):
                log.warning("background work ended after its window closed: %r", error)
            return
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        if self._relay is not None:
            self._relay.deleteLater()
            self._relay = None
        if error is None:
            if self._success is not None:
                self._success(result)
        elif isinstance(error, Cancelled):
            if self._cancelled is not None:
                self._cancelled()
        elif self._failure is not None:
            self._failure(error)
        else:
            show_error(self._widget(), self.title, error)

    def _widget(self) -> QWidget | None:
        return self.parent if isinstance(self.parent, QWidget) else None


_RUNNING: set[Op[Any]] = set()  # ops whose result is still to come (kept alive until delivered)


class Latest(QObject):
    """One kind of background work that follows the seller's edits: one run at a time; asking again
    while it runs queues exactly one more run, prepared from the newest input when it starts, and the
    result of a run that already has a newer one waiting is dropped (typing fast costs one extra run,
    not one per key). `prepare()` runs on the UI thread and returns what the worker computes (given the
    worker's own Store connection when the lane has a store, else None). Emits finished(result) or
    failed(message), for the newest input only."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, prepare: Callable[[], Callable[..., Any]], parent: QObject,
                 store: Store | None = None, *, steps: bool = False) -> None:
        """`steps`: the prepared work takes (store, progress) and reports steps, at which it waits
        while the window paints; else it takes (store) alone."""
        super().__init__(parent)
        self._prepare, self._parent, self._store, self._steps = prepare, parent, store, steps
        self._op: Op[Any] | None = None
        self._again = False

    def request(self) -> None:
        """Run the work with the input as it is now (after the running run, if any)."""
        if self._op is not None:
            self._again = True
            return
        work = self._prepare()
        run = work if self._steps else (lambda store, _progress: work(store))
        self._op = Op(self._parent, run, store=self._store).success(
            self._finished).failure(self._failed)
        self._op.run()

    def busy(self) -> bool:
        return self._op is not None

    def _finished(self, result: object) -> None:
        self._op = None
        if not self._next():
            self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        if not self._next():
            self.failed.emit(describe(exc))

    def _next(self) -> bool:
        if not self._again:
            return False
        self._again = False
        self.request()
        return True


def running() -> list[Op[Any]]:
    return list(_RUNNING)


def stop_all(wait_ms: int = 5_000) -> None:
    """Cancel every running op and wait for the workers (the application is closing)."""
    for op in list(_RUNNING):
        op.cancel()
    QThreadPool.globalInstance().waitForDone(wait_ms)
