"""Tray reminders: while the app runs, one digest a day (what is overdue or due within 24 hours, across the
shops whose reminders are on) and one reminder per item as it falls due (an hour before, or when the time
it was snoozed to comes). What was said is kept in the database (core.board), so neither the same
minute's check nor a restart says it again."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from core.board import BoardItem, Reminders, reminders
from core.rulepack import RulePack
from core.store import Store
from core.values import BEIJING, duration_text
from gui.ops import Op
from gui.text import fill

log = logging.getLogger("shop_assistant")

CHECK_EVERY_MS = 60_000
LINES_SHOWN = 4  # a tray message shows a few lines; the rest are counted


class DueNotifier(QObject):
    """Emits showRequested() and quitRequested() from the tray icon's menu."""

    showRequested = Signal()
    quitRequested = Signal()

    def __init__(self, store: Store, pack: RulePack, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.pack = store, pack
        self._collecting = False
        self.shown: list[tuple[str, str]] = []  # (title, text) of every message shown (tests read it)
        self.tray: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self.menu.addAction(self.tr("打开小店合规助手"), self.showRequested.emit)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("退出"), self.quitRequested.emit)
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.setToolTip(self.tr("小店合规助手"))
            self.tray.setContextMenu(self.menu)
            self.tray.messageClicked.connect(self.showRequested.emit)
            self.tray.show()
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.remind)
        self.timer.start()
        self.first_check = QTimer(self, singleShot=True, interval=3_000)  # shortly after start, not during it
        self.first_check.timeout.connect(self.remind)
        self.first_check.start()

    def stop(self) -> None:
        """No more reminders (the application is closing its store)."""
        self.timer.stop()
        self.first_check.stop()
        if self.tray is not None:
            self.tray.hide()
        self.deleteLater()

    def pending(self, now: datetime) -> list[str]:
        """The messages due now, kept as said (collected here, on the calling thread: tests and scripts)."""
        return [text for _title, text in self.messages(reminders(self.store, self.pack, now))]

    # Wording --------------------------------------------------------------------------------------
    def line(self, item: BoardItem, now: datetime) -> str:
        if not item.is_deadline:
            return fill(self.tr("%1：%2"), item.shop.name, item.what)
        if item.due < now:
            return fill(self.tr("%1：%2，已超时 %3"), item.shop.name, item.what, duration_text(now - item.due))
        return fill(self.tr("%1：%2，还剩 %3"), item.shop.name, item.what, duration_text(item.due - now))

    def _lines(self, items: list[BoardItem], now: datetime) -> str:
        lines = [self.line(i, now) for i in items[:LINES_SHOWN]]
        if len(items) > LINES_SHOWN:
            lines.append(self.tr("另有 %n 项，请打开时限看板查看", "", len(items) - LINES_SHOWN))
        return "\n".join(lines)

    def messages(self, found: Reminders) -> list[tuple[str, str]]:
        """(title, text) of each message to show: the items falling due now, then the day's digest."""
        now = found.now
        out = []
        if found.due:
            out.append((self.tr("%n 项即将到期", "", len(found.due)), self._lines(found.due, now)))
        if found.digest:
            overdue = sum(1 for i in found.digest if i.overdue)
            head = fill(self.tr("今日时限：%1 项已超时，%2 项 24 小时内到期"), str(overdue),
                        str(len(found.digest) - overdue))
            out.append((self.tr("今日时限"), head + "\n" + self._lines(found.digest, now)))
        return out

    # Checking -------------------------------------------------------------------------------------
    def remind(self) -> None:
        """Work out off the UI thread what is due to be said (and keep it as said), then say it."""
        if self._collecting:
            return
        self._collecting = True
        now, pack = datetime.now(BEIJING), self.pack
        Op(self, lambda store, _progress: reminders(store, pack, now), store=self.store).success(
            self._announce).failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        self._collecting = False
        log.warning("collecting the reminders failed: %r", exc)

    def _announce(self, found: Reminders) -> None:
        self._collecting = False
        shown = self.messages(found)
        if not shown:
            return
        # one message: a second one shown at once would replace the first on most desktops
        title = shown[0][0]
        text = "\n\n".join(text if i == 0 else f"{t}\n{text}" for i, (t, text) in enumerate(shown))
        self.shown.append((title, text))
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15_000)
