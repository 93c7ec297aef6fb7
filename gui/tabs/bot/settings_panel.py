"""The bot's settings as the seller sets them in the platform's backend, mapped to bot.json `settings`.

Kuaishou shops see the four 客服机器人 switches and the 智能跟单助手's 催拍/催付 switches; Douyin shops see
飞鸽's 催拍/催付 (delay, sending window) and the daily limit per buyer. Fields of the other platform stay
in the plan untouched (core.checks.bot applies only the shop's platform's rules).
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QTimeEdit, QVBoxLayout, QWidget,
)

from gui import palette
from gui.text import fill
from core.checks.bot import followup_limits
from core.rulepack import RulePack
from core.values import BEIJING

PUSHES = ("push_to_buy", "push_to_pay")
SWITCHES = ("robot_service", "robot_enabled", "smart_assist", "auto_message_push_to_pay")
TIME_FORMAT = "HH:mm"


def default_settings() -> dict[str, Any]:
    """A new plan: every switch off (as in the backend at first), Douyin values inside the limits."""
    def push(delay: int) -> dict[str, Any]:
        return {"enabled": False, "delay_minutes": delay, "window": ["09:00", "21:00"]}
    return {"robot_service": False, "robot_enabled": False, "smart_assist": False,
            "auto_message_push_to_pay": False,
            "followup": {"push_to_buy": push(5), "push_to_pay": push(10), "daily_limit_per_user": 2}}


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default


def _time(value: Any, default: str) -> QTime:
    moment = QTime.fromString(value, TIME_FORMAT) if isinstance(value, str) else QTime()
    return moment if moment.isValid() else QTime.fromString(default, TIME_FORMAT)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {palette.MUTED};")
    return label


class PushRow(QObject):
    """催拍 or 催付: on/off, minutes after the consultation, the sending window."""

    def __init__(self, panel: SettingsPanel, name: str, grid: QGridLayout, row: int) -> None:
        super().__init__(panel)
        title = self.tr("催拍") if name == "push_to_buy" else self.tr("催付")
        self.enabled = QCheckBox(title)
        self.enabled.setAccessibleName(fill(self.tr("%1 开启"), title))
        self.delay = QSpinBox()
        self.delay.setRange(0, 1440)
        self.delay.setSuffix(self.tr(" 分钟"))
        self.delay.setAccessibleName(fill(self.tr("%1：咨询后几分钟推送"), title))
        self.start, self.end = QTimeEdit(), QTimeEdit()
        for edit, what in ((self.start, self.tr("开始")), (self.end, self.tr("结束"))):
            edit.setDisplayFormat(TIME_FORMAT)
            edit.setAccessibleName(fill(self.tr("%1 发送时段%2"), title, what))
        self.after = QLabel(self.tr("咨询后"))
        self.during = QLabel(self.tr("时段"))
        self.to = QLabel(self.tr("至"))
        grid.addWidget(self.enabled, row, 0)
        grid.addWidget(self.after, row, 1)
        grid.addWidget(self.delay, row, 2)
        grid.addWidget(self.during, row, 3)
        grid.addWidget(self.start, row, 4)
        grid.addWidget(self.to, row, 5)
        grid.addWidget(self.end, row, 6)

    def douyin_widgets(self) -> list[QWidget]:
        return [self.after, self.delay, self.during, self.start, self.to, self.end]

    def show(self, raw: dict[str, Any], default: dict[str, Any]) -> None:
        window = raw.get("window") if isinstance(raw.get("window"), list) and len(raw["window"]) == 2 else None
        self.enabled.setChecked(raw.get("enabled") is True)
        self.delay.setValue(_int(raw.get("delay_minutes"), default["delay_minutes"]))
        self.start.setTime(_time(window[0] if window else None, default["window"][0]))
        self.end.setTime(_time(window[1] if window else None, default["window"][1]))

    def values(self, raw: dict[str, Any]) -> dict[str, Any]:
        return {**raw, "enabled": self.enabled.isChecked(), "delay_minutes": self.delay.value(),
                "window": [self.start.time().toString(TIME_FORMAT), self.end.time().toString(TIME_FORMAT)]}


class SettingsPanel(QWidget):
    """Emits changed() on every change the seller makes."""

    changed = Signal()

    def __init__(self, pack: RulePack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self._raw: dict[str, Any] = default_settings()
        self._loading = False
        self.platform = "kuaishou"

        self.kuaishou = QGroupBox(self.tr("快手小店 · 客服机器人开关"))
        self.switches: dict[str, QCheckBox] = {}
        ks = QGridLayout(self.kuaishou)
        for i, (key, text) in enumerate((("robot_service", self.tr("客服机器人")), ("robot_enabled", self.tr("机器人开启")),
                                         ("smart_assist", self.tr("智能辅助接待")),
                                         ("auto_message_push_to_pay", self.tr("自动消息 → 催付")))):
            box = QCheckBox(text)
            box.toggled.connect(self._edited)
            self.switches[key] = box
            ks.addWidget(box, (i // 2) * 2, i % 2)
        ks.addWidget(_hint(self.tr("两个开关都开启，机器人才会自动接待买家（初次进入时两个都是关闭的）。")), 1, 0, 1, 2)
        ks.addWidget(_hint(self.tr("智能辅助接待：人工接待时，买家的问题命中知识库，机器人会直接回复。")), 3, 0, 1, 2)
        ks.setColumnStretch(1, 1)

        self.followup = QGroupBox()
        grid = QGridLayout()
        self.rows = {name: PushRow(self, name, grid, i) for i, name in enumerate(PUSHES)}
        grid.setColumnStretch(7, 1)
        self.limit_label = QLabel(self.tr("同一买家每天最多推送"))
        self.daily_limit = QSpinBox()
        self.daily_limit.setRange(0, 99)
        self.daily_limit.setSuffix(self.tr(" 次"))
        self.daily_limit.setAccessibleName(self.tr("同一买家每天最多推送次数"))
        self.limit_label.setBuddy(self.daily_limit)
        self.limit_row = QWidget()
        limit_row = QHBoxLayout(self.limit_row)
        limit_row.setContentsMargins(0, 0, 0, 0)
        limit_row.addWidget(self.limit_label)
        limit_row.addWidget(self.daily_limit)
        limit_row.addStretch(1)
        self.followup_hint = _hint("")
        fu = QVBoxLayout(self.followup)
        fu.addLayout(grid)
        fu.addWidget(self.limit_row)
        fu.addWidget(self.followup_hint)
        for push in self.rows.values():
            push.enabled.toggled.connect(self._edited)
            push.delay.valueChanged.connect(self._edited)
            push.start.timeChanged.connect(self._edited)
            push.end.timeChanged.connect(self._edited)
        self.daily_limit.valueChanged.connect(self._edited)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kuaishou)
        layout.addWidget(self.followup)
        self.set_platform("kuaishou")

    def set_platform(self, platform: str) -> None:
        self.platform = platform
        douyin = platform == "douyin"
        self.kuaishou.setVisible(not douyin)
        for push in self.rows.values():
            for widget in push.douyin_widgets():
                widget.setVisible(douyin)
        self.limit_row.setVisible(douyin)
        now = datetime.now(BEIJING)
        if douyin:
            limits = followup_limits(self.pack, now)
            self.followup.setTitle(self.tr("抖店飞鸽 · 系统催拍催付"))
            self.followup_hint.setText(
                fill(self.tr("买家咨询后没下单（催拍）或下单没付款（催付）时，系统自动推送卡片。平台规定：咨询后 %1~%2 分钟推送，"
                        "只在 %3~%4 之间发送，同一店铺对同一买家一天最多 %5 次。"), str(limits["min_minutes"]), str(limits["max_minutes"]), limits["window"][0], limits["window"][1], str(limits["max_per_user_per_day"])))
        else:
            self.followup.setTitle(self.tr("快手小店 · 智能跟单助手"))
            self.followup_hint.setText(self.tr("智能跟单助手的催拍、催付卡片。它的“催付”开启时，【自动消息】里的“催付”不生效。"))

    def set_settings(self, raw: Any) -> None:
        """Show a plan's settings (missing or unreadable values show their defaults)."""
        defaults = default_settings()
        self._raw = copy.deepcopy(raw) if isinstance(raw, dict) else defaults
        followup = _dict(self._raw.get("followup"))
        self._loading = True
        try:
            for key, box in self.switches.items():
                box.setChecked(self._raw.get(key) is True)
            for name, push in self.rows.items():
                push.show(_dict(followup.get(name)), defaults["followup"][name])
            self.daily_limit.setValue(_int(followup.get("daily_limit_per_user"), 2))
        finally:
            self._loading = False

    def settings(self) -> dict[str, Any]:
        """The contract's `settings`, as shown (plus anything else the plan held)."""
        data = copy.deepcopy(self._raw)
        for key, box in self.switches.items():
            data[key] = box.isChecked()
        followup = _dict(data.get("followup"))
        for name, push in self.rows.items():
            followup[name] = push.values(_dict(followup.get(name)))
        followup["daily_limit_per_user"] = self.daily_limit.value()
        data["followup"] = followup
        return data

    def focus_path(self, path: str) -> bool:
        """Focus the input a finding's path names (e.g. settings.followup.push_to_buy.delay_minutes)."""
        parts = path.split(".")
        if len(parts) == 2 and parts[1] in self.switches:
            self.switches[parts[1]].setFocus()
            return True
        if path == "settings.followup.daily_limit_per_user":
            self.daily_limit.setFocus()
            return True
        if len(parts) >= 3 and parts[2] in self.rows:
            push = self.rows[parts[2]]
            field = parts[3] if len(parts) > 3 else "enabled"
            target = {"delay_minutes": push.delay, "window": push.start}.get(field.split("[")[0], push.enabled)
            target.setFocus()
            return True
        return False

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()
