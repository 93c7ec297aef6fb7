"""The selected prize's main image: pick a file, see it, confirm the pack's image checklist."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import QCheckBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gui import palette
from gui.text import fill

PREVIEW = 96


class ImagePanel(QGroupBox):
    """Emits changed(image_path, confirmed) for the prize it shows."""

    changed = Signal(object, bool)

    def __init__(self, checklist: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("奖品主图"), parent)
        self.preview = QLabel(self.tr("未选择图片"))
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #bbb; color: #666")
        self.preview.setWordWrap(True)
        self.pick = QPushButton(self.tr("选择主图…"))
        self.pick.clicked.connect(self.choose)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {palette.ERROR}")
        self.error.setWordWrap(True)
        self.checks = [QCheckBox(item) for item in checklist]
        for box in self.checks:
            box.toggled.connect(self._emit)
        self.image: str | None = None
        left = QVBoxLayout()
        left.addWidget(self.preview)
        left.addWidget(self.pick)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("确认主图符合要求：")))
        for box in self.checks:
            right.addWidget(box)
        right.addWidget(self.error)
        right.addStretch(1)
        row = QHBoxLayout(self)
        row.addLayout(left)
        row.addLayout(right, 1)
        self.setEnabled(False)

    def show_prize(self, image: str | None, confirmed: bool) -> None:
        self.setEnabled(True)
        self.image = image
        for box in self.checks:
            box.blockSignals(True)
            box.setChecked(confirmed)
            box.blockSignals(False)
        self._load(image)

    def clear(self) -> None:
        self.setEnabled(False)
        self.image = None
        self._load(None)

    def _load(self, image: str | None) -> bool:
        self.error.clear()
        if not image:
            self.preview.setText(self.tr("未选择图片"))
            return True
        reader = QImageReader(image)
        picture = reader.read()
        if picture.isNull():
            self.preview.setText(self.tr("无法显示"))
            self.error.setText(fill(self.tr("图片“%1”无法读取：%2。请换一张 JPG 或 PNG 图片。"), Path(image).name, reader.errorString()))
            return False
        self.preview.setPixmap(QPixmap.fromImage(picture).scaled(
            PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        return True

    def choose(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("选择奖品主图"), "",
                                                  self.tr("图片 (*.png *.jpg *.jpeg *.webp *.bmp)"))
        if not path:
            return
        if self._load(path):
            self.image = path
            self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.image, all(box.isChecked() for box in self.checks))
