"""A tab page that imports and builds its real tab when first shown or asked for, so start-up pays
only for the tab the seller sees first."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from gui.tabs import TabEntry


class LazyPage(QWidget):
    built = Signal(QWidget)

    def __init__(self, entry: TabEntry, build: Callable[[type, QWidget], QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self._build = build
        self._tab: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def tab(self) -> QWidget:
        """The real tab, built now if it was not yet."""
        if self._tab is None:
            self._tab = self._build(self.entry.load(), self)
            layout = self.layout()
            assert layout is not None  # made in __init__
            layout.addWidget(self._tab)
            self.built.emit(self._tab)
        return self._tab

    def is_built(self) -> bool:
        return self._tab is not None

    def showEvent(self, event: Any) -> None:
        self.tab()
        super().showEvent(event)
