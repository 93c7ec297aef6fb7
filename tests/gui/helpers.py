"""How a seller types: ASCII through key presses, Chinese through the input method (as a real IME)."""

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def button(parent: QWidget, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


def edit_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a seller would (F2/double-click), replace its text, press Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    editors = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    assert len(editors) == 1, f"expected one open cell editor, found {len(editors)}"
    editor = editors[0]
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def wait_saved(widget: QWidget, timeout_ms: int = 5_000) -> None:
    """Wait, as a seller would, until every autosave under `widget` has reached the database (the
    event loop runs meanwhile; nothing is saved by calling the saver directly)."""
    import time

    from gui.autosave import Autosaver

    deadline = time.monotonic() + timeout_ms / 1000
    while any(s.dirty for s in widget.window().findChildren(Autosaver)):
        assert time.monotonic() < deadline, "an edit did not reach the database in time"
        QApplication.processEvents()
        time.sleep(0.01)


def fresh_plans(store_path, shop_id, kind: str) -> list[dict]:
    """Every plan of a kind as a fresh connection reads it (what the next start of the app sees)."""
    from core.store import Store

    fresh = Store(store_path)
    try:
        return [fresh.plan(p["id"]) for p in fresh.plans(shop_id, kind)]
    finally:
        fresh.close()


def wait_ops(qtbot, timeout_ms: int = 10_000) -> None:
    """Wait until every long job the window started (gui.ops) has finished and said so."""
    from gui.ops import running

    qtbot.waitUntil(lambda: not running(), timeout=timeout_ms)
