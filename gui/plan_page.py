"""A page that edits one saved plan: autosaved by a PlanBar and re-checked after every edit.

Subclasses build their widgets after calling __init__, and provide plan_data(), blank_plan(),
show_plan(data) and run_check(). Every widget edit calls `edited`; `_loading` is set while a plan is
being shown so that filling the widgets does not count as an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from core.report import Report
from core.rulepack import RulePack
from core.store import Store
from gui.plan_bar import PlanBar
from gui.shop_context import ShopContext


class PlanPage(QWidget):
    def __init__(self, store: Store, pack: RulePack, shops: ShopContext, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.pack, self.shops = store, pack, shops
        self.report: Report | None = None
        self._loading = False
        # coalesced: a burst of edits in one event-loop turn is checked once
        self._recheck = QTimer(self, singleShot=True, interval=0)
        self._recheck.timeout.connect(self.run_check)
        self.plans = PlanBar(store, shops, kind, self.plan_data, self.blank_plan, self)
        self.plans.opened.connect(self.show_plan)
        self.plans.reading.connect(lambda busy: self.setEnabled(not busy))

    def edited(self, *_args: Any) -> None:
        if self._loading:
            return
        self.plans.changed()
        self._recheck.start()

    def plan_data(self) -> dict[str, Any]:
        raise NotImplementedError

    def blank_plan(self) -> dict[str, Any]:
        raise NotImplementedError

    def show_plan(self, data: dict[str, Any], prepared: Any = None) -> None:
        """Show a plan; `prepared` is what PlanBar's `prepare` made of it off the UI thread (unused here)."""
        raise NotImplementedError

    def run_check(self) -> None:
        raise NotImplementedError
