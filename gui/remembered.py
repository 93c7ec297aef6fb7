"""What the window remembers between starts (in the database's settings, beside the seller's data):
its size and place, the tab on show, and the width of each tab's panes as the seller dragged them."""

from __future__ import annotations

import base64
import logging
import sqlite3

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from core.errors import StoreError
from core.store import Store

GEOMETRY, TAB = "window.geometry", "window.tab"
log = logging.getLogger("shop_assistant")


def _splitters(tab: QWidget) -> list[QSplitter]:
    return tab.findChildren(QSplitter)


def _key(tab: QWidget, index: int) -> str:
    return f"window.panes.{type(tab).__name__}.{index}"


def save(window: QMainWindow, store: Store, tab_index: int, built: list[QWidget]) -> None:
    """Keep the window's geometry, its current tab and the pane sizes of every tab that was opened.
    A refused write is only logged: the seller's data is not at stake, only where the panes sit."""
    try:
        store.set_setting(GEOMETRY, base64.b64encode(bytes(window.saveGeometry().data())).decode("ascii"))
        store.set_setting(TAB, str(tab_index))
        for tab in built:
            for i, splitter in enumerate(_splitters(tab)):
                store.set_setting(_key(tab, i), base64.b64encode(bytes(splitter.saveState().data())).decode("ascii"))
    except (StoreError, sqlite3.Error) as exc:  # full disk, or a store swapped out by a restore (closed)
        log.warning("window layout not kept: %s", exc)


def restore_window(window: QMainWindow, store: Store) -> int | None:
    """The window's remembered geometry applied; returns the remembered tab (None: none kept)."""
    raw = store.setting(GEOMETRY)
    if raw:
        try:
            window.restoreGeometry(QByteArray(base64.b64decode(raw)))
        except ValueError:
            pass
    tab = store.setting(TAB)
    return int(tab) if tab and tab.isdigit() else None


def restore_panes(tab: QWidget, store: Store) -> None:
    """A tab just built takes back the pane sizes the seller left it with."""
    for i, splitter in enumerate(_splitters(tab)):
        raw = store.setting(_key(tab, i))
        if raw:
            try:
                splitter.restoreState(QByteArray(base64.b64decode(raw)))
            except ValueError:
                continue
