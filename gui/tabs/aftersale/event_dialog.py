"""Adding one after-sale: its number, what happened, when (default now), a note; the deadline it
gets is previewed before the seller adds it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.values import BEIJING, iso
from gui.text import fill
from gui.qtdates import qdatetime
from gui.tabs.aftersale.event_model import RED, new_event, type_names

TIME_FORMAT = "yyyy-MM-dd HH:mm"


class EventDialog(QDialog):
    """`entered()` is the new event once accepted. `preview(event) -> str` describes its deadline."""

    def __init__(self, taken: set[str], preview: Callable[[dict[str, Any]], str],
                 now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taken, self.preview_of = taken, preview
        self.setWindowTitle(self.tr("添加售后单"))
        self.ident = QLineEdit()
        self.ident.setPlaceholderText(self.tr("订单号或售后单号"))
        self.ident.setAccessibleName(self.tr("订单号或售后单号"))
        self.kind = QComboBox()
        for kind, name in type_names().items():
            self.kind.addItem(name, kind)
        self.kind.setAccessibleName(self.tr("售后类型"))
        self.at = QDateTimeEdit(qdatetime(now.astimezone(BEIJING).replace(second=0, microsecond=0, tzinfo=None)))
        self.at.setDisplayFormat(TIME_FORMAT)
        self.at.setCalendarPopup(True)
        self.at.setAccessibleName(self.tr("发生时间（北京时间）"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("可不填，例如：买家拍错尺码"))
        self.note.setAccessibleName(self.tr("备注"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {RED}")
        form = QFormLayout()
        for text, widget in ((self.tr("单号"), self.ident), (self.tr("类型"), self.kind),
                             (self.tr("时间"), self.at), (self.tr("备注"), self.note)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("添加"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.kind.currentIndexChanged.connect(self._update_preview)
        self.at.dateTimeChanged.connect(self._update_preview)
        self._update_preview()

    def entered(self) -> dict[str, Any]:
        """The event as typed (contract shape)."""
        typed: datetime = self.at.dateTime().toPython()  # type: ignore[assignment]
        at = typed.replace(second=0, microsecond=0, tzinfo=BEIJING)
        return new_event(self.ident.text().strip(), self.kind.currentData(), iso(at), self.note.text().strip())

    def _update_preview(self) -> None:
        self.preview.setText(self.preview_of(self.entered()))

    def accept(self) -> None:
        ident = self.ident.text().strip()
        if not ident:
            self.error.setText(self.tr("请填写订单号或售后单号。"))
            self.ident.setFocus()
            return
        if ident in self.taken:
            self.error.setText(fill(self.tr("单号“%1”已在列表中：同一售后单进入下一步时，请在列表里修改它的类型和时间。"), ident))
            self.ident.setFocus()
            return
        super().accept()
