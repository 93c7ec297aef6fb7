"""1212主播挑战赛 calculator: what one live session's challenge pays (red packets, fan rebate) and why."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.facts import challenge as challenge_facts
from core.engine import check
from core.errors import InputError
from core.rulepack import RulePack
from core.store import Store
from core.values import BEIJING
from gui import palette
from gui.text import fill, money
from gui.qtdates import qdate
from gui.findings_panel import FindingsPanel
from gui.plan_page import PlanPage
from gui.shop_context import ShopContext
from gui.tabs.coupon.input_error import show_input_error
from gui.layout import panes

COUNTS = ("attempts_made", "attempts_succeeded", "online_viewers")
AMOUNTS = ("session_gmv", "paid_gmv_after_risk", "peak_gmv_180d")
FLAGS = ("category_day", "framework_agreement", "restricted")


def _whole(text: str) -> Any:
    text = text.strip().replace(",", "")
    return int(text) if text.lstrip("-").isdigit() else text


class ChallengePage(PlanPage):
    """One session's 1212 challenge: its inputs on the left, what it earns and why on the right."""

    def __init__(self, store: Store, pack: RulePack, shops: ShopContext,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, pack, shops, "challenge", parent)

        self.date = QDateEdit()
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("直播日期"))
        self.fields: dict[str, QLineEdit] = {}
        self.flags: dict[str, QCheckBox] = {}
        labels = {
            "attempts_made": (self.tr("发起挑战次数"), self.tr("可不填；最多 3 次")),
            "attempts_succeeded": (self.tr("挑战成功次数"), ""),
            "online_viewers": (self.tr("直播间在线人数"), self.tr("挑战成功时的在线人数")),
            "session_gmv": (self.tr("本场GMV（元）"), self.tr("单场，不是单日")),
            "paid_gmv_after_risk": (self.tr("风控后付费GMV（元）"), ""),
            "peak_gmv_180d": (self.tr("近180天峰值GMV（元）"), self.tr("近180天单场最高GMV")),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("直播日期"), self.date), self.date)
        self.flags["category_day"] = QCheckBox(self.tr("这一天是品类日（按运营通知勾选）"))
        form.addRow("", self.flags["category_day"])
        for key, (label, hint) in labels.items():
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.setPlaceholderText(hint)
            self.fields[key] = edit
            form.addRow(self._label(label, edit), edit)
        self.flags["framework_agreement"] = QCheckBox(self.tr("已单独签订1212框架协议"))
        self.flags["restricted"] = QCheckBox(self.tr("被限制参与激励活动"))
        for key in ("framework_agreement", "restricted"):
            form.addRow("", self.flags[key])
        for flag in self.flags.values():
            flag.setAccessibleName(flag.text())
        inputs = QGroupBox(self.tr("本场直播"))
        inputs.setLayout(form)

        self.red_packet = self._result()
        self.packets = self._result()
        self.rebate = self._result()
        results = QFormLayout()
        results.addRow(self.tr("首轮红包："), self.red_packet)
        results.addRow(self.tr("红包数量："), self.packets)
        results.addRow(self.tr("粉丝返现："), self.rebate)
        outcome = QGroupBox(self.tr("本场能得到"))
        outcome.setLayout(results)
        note = QLabel(self.tr("公告未写年份，本计算器按2022年活动（11月26日至12月12日）的规则计算。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(inputs)
        column.addWidget(outcome)
        column.addWidget(note)
        column.addStretch(1)
        self.findings = FindingsPanel()
        self.findings.pathActivated.connect(self.focus_path)
        split = panes((left, 2, 520), (self.findings, 3, 800))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.plans)
        layout.addWidget(split, 1)

        self.date.dateChanged.connect(self.edited)
        for edit in self.fields.values():
            edit.textChanged.connect(self.edited)
        for box in self.flags.values():
            box.toggled.connect(self.edited)
        shops.changed.connect(lambda _shop: self.edited())
        self.plans.load_latest()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _result() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # Plan data <-> widgets ----------------------------------------------------------------------
    def blank_plan(self) -> dict[str, Any]:
        return {"challenge": {"date": datetime.now(BEIJING).date().isoformat(), "attempts_succeeded": 0,
                              "online_viewers": 0, "session_gmv": "0.00", "paid_gmv_after_risk": "0.00",
                              "peak_gmv_180d": "0.00", "framework_agreement": False, "restricted": False}}

    def plan_data(self) -> dict[str, Any]:
        """The plan as the contract's challenge JSON."""
        shop = self.shops.shop()
        day = self.date.date().toString("yyyy-MM-dd")
        challenge: dict[str, Any] = {"date": day}
        for key in FLAGS:
            challenge[key] = self.flags[key].isChecked()
        for key in COUNTS:
            text = self.fields[key].text()
            if key == "attempts_made" and not text.strip():
                continue  # optional: not given
            challenge[key] = _whole(text)
        for key in AMOUNTS:
            challenge[key] = self.fields[key].text().strip()
        return {"shop": shop.as_contract() if shop else {},
                "session": {"title": fill(self.tr("%1 挑战赛"), day)}, "challenge": challenge}

    def show_plan(self, data: dict[str, Any], prepared: Any = None) -> None:
        self._loading = True
        try:
            raw = data.get("challenge")
            c: dict[str, Any] = raw if isinstance(raw, dict) else {}
            try:
                self.date.setDate(qdate(date.fromisoformat(str(c.get("date")))))
            except ValueError:
                self.date.setDate(qdate(datetime.now(BEIJING).date()))
            for key in FLAGS:
                self.flags[key].setChecked(c.get(key) is True)
            for key in COUNTS + AMOUNTS:
                value = c.get(key)
                self.fields[key].setText("" if value is None else str(value))
        finally:
            self._loading = False
        self.run_check()

    # Checking ---------------------------------------------------------------------------------
    def run_check(self) -> None:
        try:
            self.report = check("challenge", self.plan_data(), datetime.now(BEIJING), self.pack)
        except InputError as exc:
            self.report = None
            name = self._field_name(exc.field)
            show_input_error(self.findings, exc.field, f"{name}：{exc.message}" if name else exc.message)
            for label in (self.red_packet, self.packets, self.rebate):
                label.setText("—")
            return
        self.findings.show_findings(self.report.findings)
        facts = challenge_facts(self.report)
        packet = facts["red_packet"]
        if packet is None:
            self.red_packet.setText(self.tr("无（这一天没有挑战赛红包）"))
        else:
            self.red_packet.setText(fill(self.tr("满 %1 减 %2（平台出资，每次挑战成功发放）"), money(packet["threshold"]),
                                         money(packet["discount"])))
        self.packets.setText(self.tr("%Ln 张", "", int(facts["packets"])))
        if facts["rebate_eligible"]:
            self.rebate.setText(fill(self.tr("✔ 可获得，约 %1 至 %2 元（现金粉丝券，有效期30天）"), money(facts["rebate_min"]),
                                     money(facts["rebate_max"])))
            self.rebate.setStyleSheet(f"color: {palette.OK}; font-weight: bold;")
        else:
            self.rebate.setText(self.tr("✖ 不能获得（原因见右侧检查结果）"))
            self.rebate.setStyleSheet(f"color: {palette.ERROR};")

    def _field_name(self, path: str) -> str:
        key = path.removeprefix("challenge.")
        if key == "date":
            return self.tr("直播日期")
        if key in self.fields:
            return self.fields[key].accessibleName()
        return self.flags[key].text() if key in self.flags else ""

    def focus_path(self, path: str) -> None:
        key = path.removeprefix("challenge.")
        widget = {"date": self.date, **self.fields, **self.flags}.get(key)
        if widget is not None:
            widget.setFocus()
        elif path.startswith("shop"):
            self.shops.edit_requested.emit()
