"""Work that waits for the window's first frame, and the start-up benchmark's probe built on it.

A 0-ms timer set before `exec()` fires before the first paint, so "do it right after start-up"
has to hang on the paint itself: shortcuts, the tray icon and similar set-up the seller does not
need to see the window run here, once the window is on screen.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class AfterFirstPaint(QObject):
    """Runs the added callbacks once, in order, just after `window` first paints, or after
    `at_most_ms` if it has not painted by then (a window started minimised does not paint)."""

    def __init__(self, window: QWidget, at_most_ms: int | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._callbacks: list[Callable[[], object]] = []
        self._done = False
        self._cancelled = False
        window.installEventFilter(self)
        if at_most_ms is not None:
            QTimer.singleShot(at_most_ms, self, self._run)

    def add(self, callback: Callable[[], object]) -> None:
        if self._cancelled:
            return
        if self._done:
            QTimer.singleShot(0, self, callback)
        else:
            self._callbacks.append(callback)

    def cancel(self) -> None:
        """The steps not run yet are dropped (the app is ending: a step that failed said why)."""
        self._cancelled = True
        self._callbacks.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._window.removeEventFilter(self)
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            if self._cancelled:
                break
            try:
                callback()
            except Exception:  # noqa: BLE001 - one failing step must not cancel the others
                sys.excepthook(*sys.exc_info())


class FirstPaint(AfterFirstPaint):
    """For bench/ and tests: print "first-paint" once the window has painted, then quit the app.

    Installed after the window's own AfterFirstPaint, so Qt asks it first and the line is printed
    before the window's deferred work runs; the app quits one turn later, after that work.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # no time limit: it reports a paint or nothing
        self.add(self._report)

    def _report(self) -> None:
        print("first-paint", flush=True)
        QTimer.singleShot(0, QApplication.quit)
