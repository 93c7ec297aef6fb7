"""Autosave: what the seller types reaches the database by itself, and is never silently dropped.

An `Autosaver` keeps one document in the store. Its owner calls `changed()` after every edit; the
document is written `DELAY_MS` after the last edit, or at once on `flush()`, which the main window
calls whenever the seller leaves what they were editing (another plan, shop or tab, closing the
window, quitting from the tray). A write that fails (the database busy, the disk full, the file
read-only) keeps the edit pending and on screen, says in `stateChanged` what was not saved, and is
retried every `RETRY_MS` until it lands.

Every Autosaver is a QObject child of the widget it saves for, so the window finds all of them with
findChildren (no registry, no globals).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from gui.text import fill
from core.errors import InputError, StoreError
from core.planfile import write_plan
from core.store import Store
from gui.ops import Op

DELAY_MS = 400
RETRY_MS = 3_000
log = logging.getLogger("shop_assistant")


Job = Callable[[Store], Callable[[], None] | None]  # a write: runs with a Store, returns what to show after


class _Write:
    """One background write: queued until a worker takes it; `flush()` may take it back meanwhile."""

    def __init__(self, edits: int, job: Job) -> None:
        self.edits, self.job = edits, job
        self.lock = threading.Lock()
        self.started = self.withdrawn = self.taken = False
        self.done = threading.Event()
        self.after: Callable[[], None] | None = None
        self.error: BaseException | None = None

    def run(self, store: Store) -> None:  # on the worker
        with self.lock:
            if self.withdrawn:
                return
            self.started = True
        try:
            self.after = self.job(store)
        except BaseException as exc:  # noqa: BLE001 - the UI thread says it (or retries)
            self.error = exc
        finally:
            self.done.set()

    def withdraw(self) -> bool:
        """Take back a write no worker has started; False when one has (then wait for `done`)."""
        with self.lock:
            if not self.started:
                self.withdrawn = True
            return self.withdrawn


class Autosaver(QObject):
    """Emits stateChanged(state, text): state is "saved" (text: the time), "pending" or "failed"
    (text: what went wrong, in plain words).

    Give it `write` (done on the UI thread), or `prepare` and `store`: `prepare()` runs on the UI
    thread and returns a job `job(store) -> after`; the job serialises and writes off the UI thread
    (with its own Store connection) when the seller pauses, and `after()`, if any, runs on the UI
    thread once it landed. A 60,000-row document takes 0.3 s to write: the window does not wait for
    it. `flush()` still writes before it returns, on the UI thread (the seller is leaving)."""

    stateChanged = Signal(str, str)

    def __init__(self, write: Callable[[], None] | None, describe: Callable[[], str], parent: QObject,
                 snapshot: Callable[[], dict[str, Any]] | None = None, *,
                 prepare: Callable[[], Job] | None = None, store: Store | None = None) -> None:
        super().__init__(parent)
        if (write is None) == (prepare is None) or (prepare is not None and store is None):
            raise ValueError("an Autosaver needs write, or prepare and store")
        self._write, self._describe, self._snapshot = write, describe, snapshot
        self._prepare, self._store = prepare, store
        self._edits = self._landed = 0  # edits made; edits that reached the database
        self._pending: _Write | None = None
        self._hurry = False  # save_soon() was asked for: no pause before the next write
        self.error = ""
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self._save_soon)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self._save_soon)

    @property
    def dirty(self) -> bool:
        """True while an edit has not reached the database."""
        return self._edits != self._landed

    def describe(self) -> str:
        """What this saver keeps, in the seller's words (for "not saved" messages)."""
        return self._describe()

    def changed(self) -> None:
        """An edit was made: it is written once the seller pauses."""
        self._edits += 1
        self._timer.start()
        if not self.error:
            self.stateChanged.emit("pending", "")

    def save_soon(self) -> None:
        """Write a pending edit now, in the background where the saver can (the seller moved to
        another tab: nothing to wait for)."""
        self._timer.stop()
        self._hurry = True
        self._save_soon()

    def _save_soon(self) -> None:
        if self._prepare is None or self._store is None:
            self.flush()
            return
        if self._pending is not None or not self.dirty:
            return  # the write under way writes again when it lands, if edits came after its snapshot
        self._hurry = False
        pending = self._pending = _Write(self._edits, self._prepare())
        Op(self, lambda store, _progress: pending.run(store), store=self._store).success(
            lambda _none: self._landed_in_background(pending)).failure(
            lambda exc: self._landed_in_background(pending, exc)).run()

    def _landed_in_background(self, pending: _Write, failure: BaseException | None = None) -> None:
        if pending.taken:
            return  # flush() took it over
        self._take(pending)
        error = failure or pending.error
        if error is not None:
            self._failed(error)
        elif self.dirty and self._hurry:
            self._save_soon()  # save_soon() was asked for while it was written
        elif self.dirty:
            self._timer.start()  # edits made while it was written

    def _take(self, pending: _Write) -> None:
        """A background write is over: show what it did."""
        pending.taken = True
        self._pending = None
        if pending.error is None and pending.done.is_set() and not pending.withdrawn:
            if pending.after is not None:
                pending.after()
            self._landed_edits(pending.edits)

    def _landed_edits(self, edits: int) -> None:
        self._landed = max(self._landed, edits)
        if not self.dirty:
            self.error = ""
            self._retry.stop()
            self.stateChanged.emit("saved", datetime.now().strftime("%H:%M:%S"))

    def _failed(self, exc: BaseException) -> bool:
        if not isinstance(exc, (StoreError, sqlite3.Error, OSError, InputError)):
            raise exc
        self.error = getattr(exc, "message", None) or str(exc)
        log.warning("autosave of %s failed: %s", self._describe(), self.error)
        self._retry.start()
        self.stateChanged.emit("failed", self.error)
        return False

    def flush(self) -> bool:
        """Write a pending edit now; True when nothing is left pending."""
        self._timer.stop()
        pending = self._pending
        if pending is not None:
            if not pending.withdraw():
                pending.done.wait()  # a worker is writing it: one short write
            self._take(pending)
        if not self.dirty:
            return True
        edits = self._edits
        try:
            if self._prepare is not None and self._store is not None:
                after = self._prepare()(self._store)
                if after is not None:
                    after()
            elif self._write is not None:
                self._write()
        except (StoreError, sqlite3.Error, OSError, InputError) as exc:
            return self._failed(exc)
        self._landed_edits(edits)
        return True

    def flush_or_rescue(self, folder: Path | None) -> Path | None:
        """Before the document on screen is replaced without asking the seller (e.g. the shop was
        switched elsewhere): flush; if the database will not take the edit, keep it in a JSON file
        in `folder` and forget it. Returns that file, or None when it was saved (or nothing was
        pending)."""
        if self.flush() or folder is None:
            return None
        kept = self.rescue(folder, datetime.now().strftime("%Y%m%d-%H%M%S"))
        if kept is not None:
            self.discard()
        return kept

    def discard(self) -> None:
        """Forget a pending edit (its document was deleted on purpose)."""
        if self._pending is not None and not self._pending.withdraw():
            self._pending.done.wait()
        if self._pending is not None:
            self._pending.taken = True
            self._pending = None
        self._landed = self._edits
        self.error = ""
        self._timer.stop()
        self._retry.stop()

    def rescue(self, folder: Path, stamp: str) -> Path | None:
        """Write the pending document as a JSON file in `folder` (the last resort when the database
        cannot take it and the seller quits); the file opens with 打开文件…. None when there is
        nothing to rescue or it could not be written."""
        if not self.dirty or self._snapshot is None:
            return None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            name = "".join(c if c.isalnum() or c in "-_" else "_" for c in self._describe())[:40] or "plan"
            target = folder / f"{stamp}-{name}.json"
            write_plan(target, self._snapshot())
        except (OSError, TypeError, ValueError) as exc:
            log.error("could not rescue %s: %s", self._describe(), exc)
            return None
        return target


def flush_all(root: QObject) -> list[Autosaver]:
    """Flush every Autosaver under `root`; returns those whose edits are still not saved."""
    return [saver for saver in root.findChildren(Autosaver) if not saver.flush()]


def save_all_soon(root: QObject) -> None:
    """Start writing every pending edit under `root` now (in the background where a saver can)."""
    for saver in root.findChildren(Autosaver):
        if saver.dirty:
            saver.save_soon()


def pending(root: QObject) -> list[Autosaver]:
    return [saver for saver in root.findChildren(Autosaver) if saver.dirty]


def settle(parent: QWidget, savers: list[Autosaver], rescue_dir: Path | None) -> bool:
    """Before the seller leaves what they edited: flush `savers`; if some edits still cannot be
    saved, ask: retry, keep them in a file and go on, or stay. True when the seller may go on (every
    edit is in the database, or in a file the seller was told about)."""
    from PySide6.QtWidgets import QMessageBox

    failing = [s for s in savers if not s.flush()]
    while failing:
        names = "\n".join(f"· {s.describe()}：{s.error}" for s in failing)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Autosave", "修改还没有保存"),
                          fill(QCoreApplication.translate("Autosave", "以下修改还没有存进数据文件：\n%1\n\n可以重试；或者先把它们另存为文件再继续，"
                                    "之后用“打开文件…”找回。"), names), parent=parent)
        retry = box.addButton(QCoreApplication.translate("Autosave", "重试"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(QCoreApplication.translate("Autosave", "另存为文件后继续"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QCoreApplication.translate("Autosave", "取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        clicked = box.clickedButton()
        if clicked is retry:
            failing = [s for s in failing if not s.flush()]
            continue
        if clicked is keep and rescue_dir is not None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            files = [saver.rescue(rescue_dir, stamp) for saver in failing]
            if all(files):
                for saver in failing:
                    saver.discard()
                QMessageBox.information(parent, QCoreApplication.translate("Autosave", "已另存为文件"),
                                        fill(QCoreApplication.translate("Autosave", "没有保存进数据文件的修改已另存为：\n%1"), "\n".join(str(f) for f in files)))
                return True
            continue
        return False
    return True
