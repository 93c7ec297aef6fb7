"""Menu and toolbar actions made the cheap way at start-up.

`widget.addAction(text, slot)` is an overloaded call: PySide6 tries the (text, shortcut, slot) form
too, which builds the QKeySequence enums, ~1.4 ms of the start before the first frame. Making the
QAction directly asks for nothing of the kind.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def menu_action(target: QWidget, text: str, slot: Callable[[], object]) -> QAction:
    """An action on `target` (a menu or toolbar) that calls `slot()` with no arguments, as
    addAction(text, slot) would (triggered's `checked` is not passed on)."""
    action = QAction(text, target)
    action.triggered.connect(lambda _checked=False: slot())
    target.addAction(action)
    return action
