import pytest
from PySide6.QtWidgets import QApplication

from core.engine import default_pack
from core.store import Store
from gui.app import Application


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
    store.close()
