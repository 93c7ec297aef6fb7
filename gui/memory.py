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
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication

from gui.ops import running

# Python counts young collections before it looks at the old objects (default 10). This many means
# "never by itself": the full collection is this module's to call.
NEVER = 1_000_000_000
AT_LEAST_EVERY_S = 30 * 60
log = logging.getLogger("shop_assistant")


class Collector(QObject):
    def __init__(self, qapp: QGuiApplication) -> None:
        super().__init__(qapp)
        young, middle, _old = gc.get_threshold()
        gc.set_threshold(young, middle, NEVER)
        self.last = time.monotonic()
        self.pauses: list[float] = []  # seconds each full collection took (for the log and tests)
        qapp.applicationStateChanged.connect(self._state_changed)
        self._timer = QTimer(self, interval=60_000)
        self._timer.timeout.connect(self._maybe)
        self._timer.start()

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.collect()

    def _maybe(self) -> None:
        if time.monotonic() - self.last >= AT_LEAST_EVERY_S:
            self.collect()

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
