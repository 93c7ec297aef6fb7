"""Layout pieces the tabs share: panes side by side, and a column beside them."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget


def panes(*items: tuple[QWidget, int, int], collapsible: bool = False) -> QSplitter:
    """Panes side by side, each given as (widget, stretch factor, starting width in pixels)."""
    split = QSplitter()
    split.setChildrenCollapsible(collapsible)
    for index, (widget, stretch, _width) in enumerate(items):
        split.addWidget(widget)
        split.setStretchFactor(index, stretch)
    split.setSizes([width for _widget, _stretch, width in items])
    return split


def column(*widgets: QWidget) -> QWidget:
    """Widgets one above the other, without margins; the last one takes the spare height."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets[:-1]:
        layout.addWidget(widget)
    layout.addWidget(widgets[-1], 1)
    return box
