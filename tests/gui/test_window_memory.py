"""The window as the seller left it: tab, size and pane widths come back at the next start; the common
actions have their shortcuts in the menus."""

from PySide6.QtWidgets import QSplitter

from core.engine import default_pack
from core.store import Store
from gui.main_window import MainWindow


def window(store, qtbot):
    made = MainWindow(store, default_pack(), "zh_CN", lambda code: None)
    qtbot.addWidget(made)
    return made


def test_tab_size_and_panes_come_back(tmp_path, qtbot):
    path = tmp_path / "shop-assistant.db"
    store = Store(path)
    first = window(store, qtbot)
    first.resize(760, 560)  # within the offscreen screen (800x600), which restoring a geometry respects
    first.show()
    first.tabs.setCurrentIndex(7)  # the rule browser: list and detail side by side
    tab = first.current_tab()
    splitter = tab.findChildren(QSplitter)[0]
    splitter.setSizes([250, 500])
    qtbot.waitUntil(lambda: splitter.sizes()[0] <= 270)
    wanted = splitter.sizes()
    first.close()
    store.close()

    again_store = Store(path)  # a fresh connection: what was written at close
    again = window(again_store, qtbot)
    again.restore_layout()
    again.show()
    assert again.tabs.currentIndex() == 7
    assert (again.width(), again.height()) == (760, 560)
    restored = again.current_tab().findChildren(QSplitter)[0]
    qtbot.waitUntil(lambda: abs(restored.sizes()[0] - wanted[0]) <= 2)
    again.close()
    again_store.close()


def test_common_actions_have_shortcuts_listed_in_the_menus(store, qtbot):
    shown = window(store, qtbot)
    shown.show()
    qtbot.waitUntil(lambda: any(a.shortcut().toString() == "Ctrl+O" for m in shown.menuBar().actions()
                                if m.menu() for a in m.menu().actions()), timeout=5000)
    keys = {a.shortcut().toString() for m in shown.menuBar().actions() if m.menu() for a in m.menu().actions()}
    assert {"Ctrl+O", "Ctrl+Shift+S", "Ctrl+F", "Ctrl+P", "F1", "Ctrl+Q"} <= keys
