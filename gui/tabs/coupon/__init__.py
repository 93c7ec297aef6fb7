from gui.tabs.coupon.coupon_tab import CouponTab

__all__ = ["CouponTab"]
