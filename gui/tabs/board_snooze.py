"""The board's "延后到…" dialog: the time a snoozed item comes back. A module of its own so the board
tab, the first thing the window paints, does not load the dialog classes (and their enums)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QDateTimeEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from core.board import snooze_choices
from core.values import BEIJING


class SnoozeDialog(QDialog):
    """Choose the time a snoozed item comes back."""

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        from gui.qtdates import qdatetime

        super().__init__(parent)
        self.setWindowTitle(self.tr("延后到…"))
        self.edit = QDateTimeEdit(qdatetime(snooze_choices(now)["tomorrow"]))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.edit.setMinimumDateTime(qdatetime(now))
        self.edit.setAccessibleName(self.tr("延后到的时间（北京时间）"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("到这个时间（北京时间）再显示并提醒：")))
        layout.addWidget(self.edit)
        layout.addWidget(buttons)

    def chosen(self) -> datetime:
        from gui.qtdates import py_datetime

        return py_datetime(self.edit.dateTime()).replace(tzinfo=BEIJING)
