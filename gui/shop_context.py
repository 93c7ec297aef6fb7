"""The current shop, handed to every tab through its constructor, and the names of the shop vocabulary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from core.store import Shop, Store


def platform_names() -> dict[str, str]:
    return {"kuaishou": QCoreApplication.translate("Shop", "快手小店"), "douyin": QCoreApplication.translate("Shop", "抖店")}


def shop_type_names() -> dict[str, str]:
    return {
        "personal": QCoreApplication.translate("Shop", "个人店"), "individual": QCoreApplication.translate("Shop", "个体工商户店"),
        "enterprise": QCoreApplication.translate("Shop", "普通企业店"), "flagship": QCoreApplication.translate("Shop", "旗舰店"),
        "exclusive": QCoreApplication.translate("Shop", "专卖店"), "multi_brand": QCoreApplication.translate("Shop", "专营店"),
        "mall_flagship": QCoreApplication.translate("Shop", "卖场型旗舰店"),
    }


class ShopContext(QObject):
    """Holds the current shop and tells tabs when it changes (or is edited)."""

    changed = Signal(object)  # Shop | None
    edit_requested = Signal()  # a tab asks the window to open the shop dialog

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._shop: Shop | None = None
        saved = store.setting("current_shop")
        shops = store.shops()
        for shop in shops:
            if saved is not None and str(shop.id) == saved:
                self._shop = shop
        if self._shop is None and shops:
            self._shop = shops[0]

    def shop(self) -> Shop | None:
        return self._shop

    def set_shop(self, shop: Shop | None) -> None:
        self._shop = shop
        self.store.set_setting("current_shop", str(shop.id) if shop else None)
        self.changed.emit(shop)
