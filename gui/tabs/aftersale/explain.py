"""The words around the list: the platform's time limits, the holiday window when it is near, the
tally of the shop's clocks, and what the selected after-sale means (who acts, by when, what if not)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject

from core.checks.aftersale import time_limits
from core.rulepack import RulePack
from core.store import Shop
from core.values import duration_text
from gui.text import fill
from gui.tabs.aftersale.event_model import EventTableModel, length_text, shown, type_names

BANNER_AHEAD = timedelta(days=30)  # a holiday window is announced about this long before it starts


class Explainer(QObject):
    def __init__(self, pack: RulePack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pack = pack

    def rules(self, shop: Shop | None, now: datetime) -> str:
        """The normal time limits in force now (core.checks.aftersale.time_limits)."""
        hours = time_limits(self.pack, now)["normal_hours"]
        text = (fill(self.tr("快手小店售后时效：发货前仅退款 %1内处理 · 发货后退款/退货退款 %2内处理 · "
                        "同意退货后买家 %3内填写退货物流 · 买家寄回后 %4无签收则系统自动退款。"
                        "春节等时期按公告延长，见“时效”列。"), length_text(hours["refund_before_shipment"]), length_text(hours["refund_after_shipment"]), length_text(hours["return_agreed"]), length_text(hours["return_shipped"])))
        if shop is not None and shop.platform != "kuaishou":
            text += self.tr("注意：当前店铺在抖店，以上时效按快手小店规则计算，抖店的售后时效请以抖店后台为准。")
        return text

    def holiday(self, now: datetime) -> str:
        """The holiday windows in force now or starting within a month, in words ("" when none)."""
        windows = time_limits(self.pack, now, BANNER_AHEAD)["holidays"]
        return "\n".join(
            fill(self.tr("%1：%2 至 %3 期间发生的售后，时效延长为 %4。"), w["name"], shown(w["start"]), shown(w["end"]), "、".join(f"{type_names()[kind]} {length_text(hours)}" for kind, hours in w["hours"].items()))
            for w in windows)

    def summary(self, model: EventTableModel) -> str:
        """How many clocks are late, due within 24 h, running, done; and the next one."""
        if not model.rowCount():
            return self.tr("还没有售后单。点“添加售后单…”逐条录入，或“导入表格…”从后台导出的表格导入。")
        tally = model.clocks.tally(model.now)  # as of the last check, counted down to now
        text = fill(self.tr("售后单 %1 条\n已超时 %2 · 24 小时内到期 %3 · 进行中 %4 · 已处理 %5"),
                    f"{model.rowCount():,}", f"{tally.overdue:,}", f"{tally.soon:,}", f"{tally.waiting:,}",
                    f"{tally.done:,}")
        following = model.clocks.following(model.now)
        if following is not None:
            ident, due = following
            text += "\n" + fill(self.tr("下一个截止：%1 · %2（%3）"), ident, shown(due.isoformat()),
                                fill(self.tr("还剩 %1"), duration_text(due - model.now)))
        return text

    def detail(self, model: EventTableModel, row: int) -> tuple[str, str]:
        """What the selected after-sale means, and the rule's quote (for the tooltip)."""
        if not 0 <= row < model.rowCount():
            return self.tr("选中一条售后单，这里会说明谁要在什么时候做什么。"), ""
        event, fact = model.events[row], model.facts[row]
        if fact is None:
            return fill(self.tr("售后单第 %1 行的填写有误，改正后显示截止时间。"), str(row + 1)), ""
        at, deadline = shown(fact["at"]), shown(fact["deadline"])
        what = fill({
            "refund_before_shipment": self.tr("买家于 %1 申请/修改发货前仅退款：您需在 %2 前到后台同意或拒绝。"),
            "refund_after_shipment": self.tr("买家于 %1 申请/修改发货后退款/退货退款：您需在 %2 前到后台处理。"),
            "return_agreed": self.tr("您于 %1 同意退货：买家需在 %2 前填写退货物流信息，逾期不算您超时。"),
            "return_shipped": self.tr("买家于 %1 寄回退货：请在 %2 前签收验货，到时仍没有签收记录的，"
                                      "系统自动确认收货并退款给买家。"),
        }[fact["type"]], at, deadline)
        rule = self.pack[fact["rule"]]
        limit = length_text(int(fact["hours"]))
        if fact["holiday"]:
            normal = length_text(int(fact["normal_hours"]))
            limit = (fill(self.tr("%1期间 %2（平时 %3）"), fact["holiday"], limit, normal))
        text = (fill(self.tr("%1（%2）："), str(event.get("id")), type_names()[fact["type"]])
                + what + fill(self.tr("时效：%1。"), limit) + model.left_text(row) + self.tr("。"))
        if event.get("note"):
            text += fill(self.tr("备注：%1"), str(event["note"]))
        quote = (fill(self.tr("依据《%1》（%2）：“%3”"), rule.source.title, rule.source.date.isoformat(), rule.source.quote))
        return text, quote

    def preview(self, fact: dict[str, Any]) -> str:
        """The deadline a new event would get (shown in the add dialog)."""
        limit = length_text(int(fact["hours"]))
        if fact["holiday"]:
            limit = fill(self.tr("%1期间 %2"), fact["holiday"], limit)
        return fill(self.tr("处理截止：%1（%2）"), shown(fact["deadline"]), limit)
