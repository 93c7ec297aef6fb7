"""Tray reminders: while the app runs, anything of any shop due within 24 hours is announced once."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from core.clocks import SOON
from core.deadlines import Deadline, collect_all, due_within
from core.rulepack import RulePack
from core.store import Shop, Store
from core.values import BEIJING, duration_text
from gui.text import fill
from gui.ops import Op

log = logging.getLogger("shop_assistant")

CHECK_EVERY_MS = 60_000


class DueNotifier(QObject):
    """Emits showRequested() and quitRequested() from the tray icon's menu."""

    showRequested = Signal()
    quitRequested = Signal()

    def __init__(self, store: Store, pack: RulePack, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.pack = store, pack
        self._told: set[tuple[int | None, str, str, str]] = set()
        self._collecting = False
        self.tray: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self.menu.addAction(self.tr("打开小店合规助手"), self.showRequested.emit)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("退出"), self.quitRequested.emit)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("小店合规助手"))
            self.tray.setContextMenu(self.menu)
            self.tray.show()
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.remind)
        self.timer.start()
        QTimer.singleShot(3_000, self.remind)  # shortly after start, not during it

    def stop(self) -> None:
        """No more reminders (the application is closing its store)."""
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
        self.deleteLater()  # also drops the first reminder still waiting on its single-shot timer

    def pending(self, now: datetime) -> list[str]:
        """Reminders not given yet (collected here, on the calling thread: tests and scripts)."""
        return self.lines(collect_all(self.store, self.pack, now), now)

    def lines(self, collected: list[tuple[Shop, list[Deadline]]], now: datetime) -> list[str]:
        """Reminders not given yet: one line per deadline due within 24 h, across all shops."""
        lines = []
        for shop, items in collected:
            for item in due_within(items, now, SOON.total_seconds() / 3600):
                key = (shop.id, item.source, item.what, item.due.isoformat())
                if key in self._told:
                    continue
                self._told.add(key)
                lines.append(fill(self.tr("%1：%2，还剩 %3"), shop.name, item.what, duration_text(item.due - now)))
        return lines

    def remind(self) -> None:
        """Collect every shop's deadlines off the UI thread, then announce what is new."""
        if self._collecting:
            return
        self._collecting = True
        now, pack = datetime.now(BEIJING), self.pack
        Op(self, lambda store, _progress: collect_all(store, pack, now), store=self.store).success(
            lambda collected: self._announce(collected, now)).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self._collecting = False
        log.warning("collecting the reminders failed: %r", exc)

    def _announce(self, collected: list[tuple[Shop, list[Deadline]]], now: datetime) -> None:
        self._collecting = False
        lines = self.lines(collected, now)
        if lines and self.tray is not None:
            more = fill(self.tr("（另有 %1 项）"), str(len(lines) - 3)) if len(lines) > 3 else ""
            self.tray.showMessage(self.tr("24 小时内到期"), "\n".join(lines[:3]) + more,
                                  QSystemTrayIcon.MessageIcon.Warning, 15_000)
