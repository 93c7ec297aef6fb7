"""The tabs of the main window, in order. A tab is a QWidget class with a `title()` staticmethod (translated)
and a constructor `(store, pack, shops, parent)`. Only tabs that are built are listed here."""

from __future__ import annotations

from gui.tabs.lottery import LotteryTab
from gui.tabs.rules_tab import RulesTab

TABS: list[type] = [LotteryTab, RulesTab]
