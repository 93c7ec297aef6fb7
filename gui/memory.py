"""When Python's garbage collector may stop the window: only while the seller is away.

A full collection looks at every container object the app holds and stops every thread while it
does, the window's included. With a busy shop loaded (60,000 after-sales findings, a 10,000-entry
bot index) one took 170-290 ms, and a long import set off ten of them. Reference counting frees
almost everything the moment it is no longer used; the collector is only needed for reference
cycles, which are few and small here.

So the young generations are collected as usual (a few milliseconds each), but the full collection
is taken out of the allocation-driven schedule and done when the app goes to the background (the
seller switched to the browser, minimised or closed the window to the tray), or after
`AT_LEAST_EVERY_S` when no background work is running.

And every collection runs on the UI thread. Left to itself, Python collects in whichever thread
crosses the allocation threshold, a worker's included; a QObject of the window caught in a cycle is
then destroyed on the worker, and with PySide6 that can hang the app for good: the worker holds Qt's
connection lock and waits for the GIL, which the window holds while it waits for that lock (seen in
the test suite: the board's worker collecting while the listing tab set its model). So automatic
collection is off, and a timer on the UI thread collects the young generations every `YOUNG_EVERY_MS`
once as many objects were made as would have set off a collection (pyqtgraph and calibre do the same).
Both young generations at once, and often: what survives goes straight to the old generation, so each
tick looks only at what was made since the last one (a 60,000-row import makes ~300,000 objects a
second; collected once a second, the middle generation alone took 32 ms of the window's time).
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication
from shiboken6 import isValid

from gui.ops import running

# Python counts young collections before it looks at the old objects (default 10). This many means
# "never by itself": the full collection is this module's to call.
NEVER = 1_000_000_000
# Qt::ApplicationActive, written as its value: importing the Qt namespace here makes PySide6 build
# Python enums for all of it, ~30 ms before the first frame. tests/gui/test_memory.py checks it.
APPLICATION_ACTIVE = 4
AT_LEAST_EVERY_S = 30 * 60
YOUNG_EVERY_MS = 100
log = logging.getLogger("shop_assistant")


class Collector(QObject):
    _one: Collector | None = None

    @classmethod
    def for_app(cls, qapp: QGuiApplication) -> Collector:
        """The application's collector, made on first use (a rebuilt Application shares it).
        Kept here rather than found with qapp.findChild(Collector): the first findChild with a
        Python type costs ~12 ms of PySide signature parsing at start-up."""
        one = cls._one
        if one is None or not isValid(one) or one.parent() is not qapp:
            one = cls._one = cls(qapp)
        elif gc.isenabled():
            # something turned automatic collection back on (a self-test, a library, a test): an app
            # (re)built on this QApplication must not let a worker collect
            gc.set_threshold(*one.young_threshold, NEVER)
            gc.disable()
        return one

    def __init__(self, qapp: QGuiApplication) -> None:
        super().__init__(qapp)
        young, middle, _old = gc.get_threshold()
        gc.set_threshold(young, middle, NEVER)
        self.young_threshold = (young, middle)
        gc.disable()  # no thread collects by itself: see the module's note
        self._young = QTimer(self, interval=YOUNG_EVERY_MS)
        self._young.timeout.connect(self.collect_young)
        self._young.start()
        self.last = time.monotonic()
        self.pauses: list[float] = []  # seconds each full collection took (for the log and tests)
        self._qapp = qapp
        self._watching = False
        self._timer = QTimer(self, interval=60_000)
        self._timer.timeout.connect(self._maybe)
        self._timer.start()

    def watch(self) -> None:
        """Collect when the seller leaves the window. Called once the window has painted: a slot for
        applicationStateChanged needs Qt.ApplicationState, and making it before then costs the first
        frame ~30 ms (the whole Qt namespace of enums); without it the signal cannot reach Python."""
        from PySide6.QtCore import Qt  # noqa: F401 - builds the enum the signal's argument converts to

        if not self._watching:
            self._watching = True
            self._qapp.applicationStateChanged.connect(self._state_changed)

    def _state_changed(self, state: object) -> None:
        if getattr(state, "value", state) != APPLICATION_ACTIVE:
            self.collect()

    def _maybe(self) -> None:
        if time.monotonic() - self.last >= AT_LEAST_EVERY_S:
            self.collect()

    def collect_young(self) -> int:
        """The young generations, here on the UI thread, when enough was made since the last time
        (the allocator's own threshold); the number of objects freed."""
        if gc.get_count()[0] <= self.young_threshold[0]:
            return 0
        return gc.collect(1)

    def collect(self) -> bool:
        """A full collection now, unless background work is running (then at the next chance)."""
        if running():
            return False
        began = time.perf_counter()
        found = gc.collect()
        self.pauses.append(time.perf_counter() - began)
        self.last = time.monotonic()
        log.debug("full garbage collection: %d objects freed in %.0f ms", found, self.pauses[-1] * 1000)
        return True
