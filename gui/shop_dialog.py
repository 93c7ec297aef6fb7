"""Add or edit a shop profile."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QGridLayout, QLabel,
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
        self.setMinimumWidth(540)  # the hints under the fields read in two lines, not six
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
        # where each value is found in the back office, said under its field (for the chosen platform)
        self.hints: dict[str, QLabel] = {key: self._hint() for key in ("experience", "reputation", "assessment", "anchor")}
        # a grid, not a QFormLayout: a hint that wraps to three lines gets its height (QFormLayout
        # measured it at another width, and cut it)
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setVerticalSpacing(4)
        rows: list[tuple[str, QWidget, str | None]] = [
            (self.tr("店铺名称"), self.name, None), (self.tr("平台"), self.platform, None),
            (self.tr("店铺类型"), self.shop_type, None), (self.tr("店铺体验分"), self.experience, "experience"),
            (self.tr("带货口碑分"), self.reputation, "reputation"), ("", self.assessment, "assessment"),
            ("", self.anchor, "anchor")]
        row = 0
        for text, field, hint in rows:
            if text:
                caption = QLabel(text)
                caption.setBuddy(field)
                form.addWidget(caption, row, 0)
            form.addWidget(field, row, 1)
            row += 1
            if hint is not None:
                form.addWidget(self.hints[hint], row, 1)
                row += 1
        self.platform.currentIndexChanged.connect(self._show_hints)
        self._show_hints()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    @staticmethod
    def _hint() -> QLabel:
        hint = QLabel()
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {palette.MUTED}; font-size: 9pt;")
        return hint

    def hint_texts(self, platform: str) -> dict[str, str]:
        """Where a seller finds each value, in general terms (the back offices move their menus)."""
        if platform == "douyin":
            return {
                "experience": self.tr("在抖店后台首页的“商家体验分”卡片查看。本程序目前只在快手小店的检查中用到分数，抖店可选“未知”。"),
                "reputation": self.tr("本程序目前只在快手小店的检查中用到带货口碑分，抖店可选“未知”。"),
                "assessment": self.tr("考核期是快手小店的规则用到的，抖店不用勾选。"),
                "anchor": self.tr("专业电商主播是快手小店的规则用到的，抖店不用勾选。"),
            }
        return {
            "experience": self.tr("在快手小店商家后台首页的“店铺体验分”卡片查看；新店没有分数时选“未知”。"),
            "reputation": self.tr("主播的带货口碑分，在快手App“我的小店”或快手小店商家后台查看；不是主播可选“未知”。"),
            "assessment": self.tr("新开的快手小店有经营能力考核期：以商家后台首页的提示或平台通知为准。"),
            "anchor": self.tr("已在快手开通“专业电商主播”身份时勾选（定时优惠只对专业电商主播开放）。"),
        }

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_hints)

    def _fit_hints(self) -> None:
        """Each hint as tall as its lines at the width it got (a dialog sizes wrapped labels at a
        guessed width and would cut a long one)."""
        for hint in self.hints.values():
            if hint.width() > 0:
                hint.setMinimumHeight(hint.heightForWidth(hint.width()))
        self.adjustSize()

    def _show_hints(self) -> None:
        fields = {"experience": self.experience, "reputation": self.reputation, "assessment": self.assessment,
                  "anchor": self.anchor}
        for key, text in self.hint_texts(self.platform.currentData() or "kuaishou").items():
            self.hints[key].setText(text)
            fields[key].setToolTip(text)
        if self.isVisible():
            QTimer.singleShot(0, self._fit_hints)

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
