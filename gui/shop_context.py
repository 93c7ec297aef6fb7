"""The current shop, handed to every tab through its constructor, and the names of the shop vocabulary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

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


class NeedsShop(QStackedWidget):
    """A tab's page while there is a shop; without one, a note asking for a shop first (checking a
    plan against a shop that does not exist would only blame its blank scores)."""

    def __init__(self, shops: ShopContext, page: QWidget, why: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # here: imported at start, the Qt namespace's enums cost ~25 ms

        super().__init__(parent)
        self.page = page
        title = QLabel(QCoreApplication.translate("Shop", "请先添加或选择店铺"))
        title.setObjectName("needs_shop_title")
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(why + "\n\n" + QCoreApplication.translate(
            "Shop", "点窗口上方的“添加我的店铺”填写您的店铺（平台、店铺类型和分数），或点“使用示例店铺”先看看各项检查。"))
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setStyleSheet("font-size: 12pt;")
        self.note.setMaximumWidth(720)
        notice = QWidget()
        box = QVBoxLayout(notice)
        box.addStretch(1)
        box.addWidget(title)
        line = QHBoxLayout()  # centred by stretches: an aligned word-wrapped label gets too little height
        line.addStretch(1)
        line.addWidget(self.note, 100)
        line.addStretch(1)
        box.addLayout(line)
        box.addStretch(2)
        notice.setAccessibleName(title.text())
        self.notice = notice
        self.addWidget(notice)
        self.addWidget(page)
        shops.changed.connect(self.follow)
        self.follow(shops.shop())

    def follow(self, shop: Shop | None) -> None:
        self.setCurrentWidget(self.page if shop is not None else self.notice)

    def asking(self) -> bool:
        """True while the note is shown instead of the page."""
        return self.currentWidget() is self.notice

    def text(self) -> str:
        """What the note says (a seller reads it)."""
        return f"{QCoreApplication.translate('Shop', '请先添加或选择店铺')}\n{self.note.text()}"
