import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from core.engine import default_pack
from core.store import Store
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
