"""The current shop, handed to every tab through its constructor."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.store import Shop, Store


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
