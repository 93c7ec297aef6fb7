"""The tabs of the main window, in order. Only tabs that are built are listed here.

Names, so a newcomer finds things: a tab is `<name>_tab.py` (a package `tabs/<name>/` when it has
parts); inside, `*_model.py` holds table models (gui.table_model.TableModel), `*_panel.py` and
`*_page.py` parts of the tab, `*_dialog.py` dialogs, `*_flow.py` a multi-step action (an import).

Each entry names the module and class (imported when the tab is first shown, so start-up does not
pay for tabs the seller has not opened) and its translated title. A tab class has the constructor
`(store, pack, shops, parent)`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication


class TabEntry(NamedTuple):  # not a dataclass: ~1 ms less of every start
    module: str
    class_name: str
    title: Callable[[], str]

    def load(self) -> type:
        return getattr(importlib.import_module(self.module), self.class_name)  # type: ignore[no-any-return]


TABS: list[TabEntry] = [
    TabEntry("gui.tabs.board_tab", "BoardTab", lambda: QCoreApplication.translate("BoardTab", "时限看板")),
    TabEntry("gui.tabs.lottery", "LotteryTab", lambda: QCoreApplication.translate("LotteryTab", "0元抽奖")),
    TabEntry("gui.tabs.listing", "ListingTab", lambda: QCoreApplication.translate("ListingTab", "类目迁移")),
    TabEntry("gui.tabs.trial", "TrialTab", lambda: QCoreApplication.translate("TrialTab", "保证金与试运营")),
    TabEntry("gui.tabs.coupon", "CouponTab", lambda: QCoreApplication.translate("CouponTab", "定时优惠/1212")),
    TabEntry("gui.tabs.bot", "BotTab", lambda: QCoreApplication.translate("BotTab", "客服机器人")),
    TabEntry("gui.tabs.aftersale", "AftersaleTab", lambda: QCoreApplication.translate("AftersaleTab", "售后时效")),
    TabEntry("gui.tabs.rules_tab", "RulesTab", lambda: QCoreApplication.translate("RulesTab", "规则库")),
]
