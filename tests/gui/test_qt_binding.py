"""The Qt binding must not leak references to None/True: PySide6 6.12.0 on Python 3.11 does (every
void call drops one reference to None, every emit one to True) and the app aborts with
"none_dealloc" after some thousand keystrokes. pyproject pins PySide6-Essentials below 6.12; this
test keeps a future version that brings the bug back from landing."""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    changed = Signal(bool)


def test_void_calls_and_emits_keep_none_and_true_alive(qapp):
    label, emitter = QLabel(), _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        label.setText("x")
        label.setVisible(False)
        emitter.changed.emit(True)
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
