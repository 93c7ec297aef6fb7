"""The bar that offers, for UNDO_MS after a delete, to bring back what was deleted: "已删除…“名称” 撤销".

The owner keeps what was deleted: it calls `offer(text)` after the delete, connects `undoRequested`
to put it back, and forgets it on `expired` (the bar hides itself either way).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from gui import palette

UNDO_MS = 10_000  # how long a deleted thing can be brought back


class UndoBar(QFrame):
    undoRequested = Signal()  # the seller clicked 撤销 while the offer stood
    expired = Signal()  # the offer ran out

    def __init__(self, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_bar")
        self.setStyleSheet(f"QFrame#undo_bar {{ background: {palette.WARNING_BG}; border-radius: 4px; }}")
        self.label = QLabel()
        self.button = QPushButton(self.tr("撤销"))
        self.button.setToolTip(tooltip)
        self.button.clicked.connect(self._undo)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 4, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()
        self.timer = QTimer(self, singleShot=True, interval=UNDO_MS)
        self.timer.timeout.connect(self._expire)

    def offer(self, text: str) -> None:
        """Show `text` with 撤销 for UNDO_MS (a new offer replaces the one before)."""
        self.label.setText(text)
        self.show()
        self.timer.start()

    def withdraw(self) -> None:
        self.timer.stop()
        self.hide()

    def _undo(self) -> None:
        self.withdraw()
        self.undoRequested.emit()

    def _expire(self) -> None:
        self.hide()
        self.expired.emit()
