"""定时优惠/1212挑战赛: a Kuaishou live session's timed coupons, and the 1212 challenge calculator."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from core.rulepack import RulePack
from core.store import Shop, Store
from gui import palette
from gui.shop_context import NeedsShop, ShopContext
from gui.tabs.coupon.challenge_page import ChallengePage
from gui.tabs.coupon.coupon_page import CouponPage


class CouponTab(QWidget):
    """Two pages, each with its own saved plans: 定时优惠 (kind "coupon") and 1212挑战赛 ("challenge")."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shops = shops
        self.douyin = QLabel(self.tr("当前店铺是抖店：定时优惠和1212主播挑战赛都是快手小店的工具，抖店后台没有。"
                                     "下面按快手的规则计算，仅供您在快手开店时参考。"))
        self.douyin.setWordWrap(True)
        self.douyin.setStyleSheet(f"background: {palette.WARNING_BG}; color: {palette.WARNING}; padding: 6px; border-radius: 4px;")
        self.coupons = CouponPage(store, pack, shops)
        self.challenge = ChallengePage(store, pack, shops)
        self.pages = QTabWidget()
        self.pages.addTab(self.coupons, self.tr("定时优惠券"))
        self.pages.addTab(self.challenge, self.tr("1212挑战赛计算器"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.needs_shop = NeedsShop(shops, self.pages, self.tr(
            "定时优惠要看店铺是否为专业电商主播，1212挑战赛要按店铺计算：没有店铺就没有可检查的。"))
        layout.addWidget(self.douyin)
        layout.addWidget(self.needs_shop, 1)
        shops.changed.connect(self._shop_changed)
        self._shop_changed(shops.shop())

    def _shop_changed(self, shop: Shop | None) -> None:
        self.douyin.setVisible(shop is not None and shop.platform == "douyin")
