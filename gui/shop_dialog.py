"""Add or edit a shop profile."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout, QWidget,
)

from core.errors import InputError
from core.store import Shop
from gui import palette
from gui.shop_context import platform_names, shop_type_names

NO_SCORE = -1.0


class ShopDialog(QDialog):
    """A form for one shop; accept() only when the shop validates."""

    def __init__(self, shop: Shop | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑店铺") if shop else self.tr("添加店铺"))
        self.shop = shop or Shop(name="")
        self.name = QLineEdit(self.shop.name)
        self.name.setAccessibleName(self.tr("店铺名称"))
        self.platform = QComboBox()
        for key, label in platform_names().items():
            self.platform.addItem(label, key)
        self.platform.setCurrentIndex(self.platform.findData(self.shop.platform))
        self.shop_type = QComboBox()
        for key, label in shop_type_names().items():
            self.shop_type.addItem(label, key)
        self.shop_type.setCurrentIndex(self.shop_type.findData(self.shop.shop_type))
        self.experience = self._score(self.shop.experience_score, self.tr("店铺体验分"))
        self.reputation = self._score(self.shop.reputation_score, self.tr("带货口碑分"))
        self.assessment = QCheckBox(self.tr("处于经营能力考核期"))
        self.assessment.setChecked(self.shop.in_assessment_period)
        self.anchor = QCheckBox(self.tr("专业电商主播"))
        self.anchor.setChecked(self.shop.professional_anchor)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {palette.ERROR}")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("店铺名称"), self.name)
        form.addRow(self.tr("平台"), self.platform)
        form.addRow(self.tr("店铺类型"), self.shop_type)
        form.addRow(self.tr("店铺体验分"), self.experience)
        form.addRow(self.tr("带货口碑分"), self.reputation)
        form.addRow("", self.assessment)
        form.addRow("", self.anchor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _score(self, value: str | None, name: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(NO_SCORE, 5.0)
        box.setDecimals(2)
        box.setSingleStep(0.01)
        box.setSpecialValueText(self.tr("未知"))
        box.setValue(float(value) if value is not None else NO_SCORE)
        box.setAccessibleName(name)
        return box

    @staticmethod
    def _score_text(box: QDoubleSpinBox) -> str | None:
        return None if box.value() < 0 else f"{box.value():.2f}"

    def result_shop(self) -> Shop:
        return Shop(
            id=self.shop.id, name=self.name.text().strip(), platform=self.platform.currentData(),
            shop_type=self.shop_type.currentData(),
            experience_score=self._score_text(self.experience),
            reputation_score=self._score_text(self.reputation),
            in_assessment_period=self.assessment.isChecked(),
            professional_anchor=self.anchor.isChecked(),
        )

    def accept(self) -> None:
        shop = self.result_shop()
        try:
            shop.validate()
        except InputError as exc:
            self.error.setText(exc.message)
            if exc.field == "name":
                self.name.setFocus()
            return
        self.shop = shop
        super().accept()
