"""Progress and cancel for long work, plain Python: core reports, whoever runs it watches.

A core function that can take long takes a `Progress` and calls `step(done, total)` as it goes;
`step` raises `Cancelled` once someone called `cancel()`, so the work stops at the next step and
unwinds through its own `finally`/rollback. The GUI's operations helper reads `snapshot()` on a
timer to draw its progress bar; the CLI prints it. Nothing here knows about Qt or threads beyond a
lock around the numbers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import NamedTuple

from .errors import Cancelled


class Snapshot(NamedTuple):  # not a dataclass: made at every start, ~1 ms less
    phase: str
    done: int
    total: int | None  # None: not known


class Progress:
    """Where a long job is, and whether it should stop."""

    def __init__(self, pause: Callable[[], object] | None = None) -> None:
        """`pause`, called at every step, lets whoever runs the work hold it for a moment between two
        steps (the window does while it paints: gui.ops.painting). It must return by itself."""
        self._pause = pause
        self._lock = threading.Lock()
        self._phase, self._done = "", 0
        self._total: int | None = None
        self._cancel = threading.Event()

    def step(self, done: int, total: int | None = None, phase: str | None = None) -> None:
        """Report progress; raises Cancelled when cancel() was called."""
        with self._lock:
            self._done, self._total = done, total
            if phase is not None:
                self._phase = phase
        if self._pause is not None:
            self._pause()
        if self._cancel.is_set():
            raise Cancelled()

    def phase(self, name: str, total: int | None = None) -> None:
        """A new stage of the work (e.g. read, save, check): its count starts again."""
        self.step(0, total, name)

    def check(self) -> None:
        """Raise Cancelled when cancel() was called (for loops that report nothing)."""
        if self._pause is not None:
            self._pause()
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def snapshot(self) -> Snapshot:
        with self._lock:
            return Snapshot(self._phase, self._done, self._total)

    def callback(self, phase: str, total: int | None = None) -> Callable[[int], bool]:
        """A `progress(done) -> bool` callback for this Progress (False once cancelled), for the
        readers that report that way."""
        self.phase(phase, total)

        def report(done: int) -> bool:
            with self._lock:
                self._done = done
            if self._pause is not None:
                self._pause()
            return not self._cancel.is_set()
        return report
