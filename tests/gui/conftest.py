import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from core.engine import default_pack
from core.store import Shop, Store
from gui.app import Application
from gui.notifier import DueNotifier
from gui.ops import stop_all


@pytest.fixture
def app(qtbot, tmp_path):
    """The whole application on a fresh store, as a seller starts it."""
    store = Store(tmp_path / "gui.db")
    application = Application(QApplication.instance(), store, default_pack())
    qtbot.addWidget(application.window)
    application.window.show()
    yield application
    application.translations.use("zh_CN")
    application.window.close()
    for notifier in application.qapp.findChildren(DueNotifier):  # also those of re-opened apps
        notifier.stop()
    stop_all()  # no background work of this test outlives it
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    store.close()
    if application.store is not store:  # a restore replaced it
        application.store.close()


@pytest.fixture
def lottery_tab(app):
    """The 0元抽奖 tab with a shop chosen (its checks read the shop's scores)."""
    from gui.tabs.lottery import LotteryTab

    shop = app.store.save_shop(Shop(name="小林服饰", experience_score="4.52"))
    app.window.shops.set_shop(shop)
    app.window.reload_shops()
    return app.window.show_tab(LotteryTab)
