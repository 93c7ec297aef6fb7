"""The page shown instead of the trial when it does not apply to the current shop: why, in words,
and a button to edit the shop (a Douyin shop entered as Kuaishou, a wrong shop type)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.checks.trial import SHOP_TYPE_ZH
from core.store import Shop
from gui.text import fill
from gui.shop_context import platform_names, shop_type_names


class NoticePage(QWidget):
    """Emits `edit_shop` when the seller asks to correct the shop."""

    edit_shop = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setStyleSheet("font-size: 13pt;")
        self.notice.setMaximumWidth(760)  # a line the eye can follow on a wide window
        self.notice.setAccessibleName(self.tr("说明"))
        self.edit_button = QPushButton(self.tr("编辑店铺"))
        self.edit_button.clicked.connect(self.edit_shop)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        line = QHBoxLayout()  # centred by stretches: an aligned word-wrapped label gets too little height
        line.addStretch(1)
        line.addWidget(self.notice, 100)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def why_not(self, shop: Shop | None) -> str | None:
        """Why the trial does not apply to this shop, in words; None when it does."""
        if shop is None:
            return self.tr("请先添加或选择店铺。“0元入驻”试运营是抖店的规则：请在窗口上方点“添加我的店铺”，平台选“抖店”。")
        if shop.platform != "douyin":
            platform = platform_names().get(shop.platform, shop.platform)
            return (fill(self.tr("当前店铺“%1”是%2。“0元入驻”试运营是抖店的规则，%2没有这项试运营，这里没有要检查的。"
                            "如果这家店其实是抖店，请编辑店铺，把平台改为“抖店”。"), shop.name, platform))
        if shop.shop_type not in SHOP_TYPE_ZH:
            kinds = "、".join(shop_type_names().get(k, v) for k, v in SHOP_TYPE_ZH.items())
            return (fill(self.tr("“0元入驻”试运营只适用于抖店的%1。当前店铺“%2”是%3，不适用。"
                            "如果店铺类型填错了，请编辑店铺。"), kinds, shop.name, shop_type_names().get(shop.shop_type, shop.shop_type)))
        return None

    def explain(self, shop: Shop | None) -> bool:
        """Say why the trial does not apply to `shop`; False (nothing said) when it does apply."""
        why = self.why_not(shop)
        if why is None:
            return False
        self.notice.setText(why)
        self.edit_button.setVisible(shop is not None)
        return True
