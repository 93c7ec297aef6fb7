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
