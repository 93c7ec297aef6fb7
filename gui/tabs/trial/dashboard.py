"""The trial dashboard: in trial or ended (and why), one gauge per end condition, the deposit and its
shortfall, and the restrictions in force, all from the check's facts."""

from __future__ import annotations

import html
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from gui import palette
from gui.text import fill, money

RED, AMBER, GREEN, BLUE = palette.ERROR, palette.WARNING, palette.OK, palette.INFO
def bar_style(color: str) -> str:
    return (f"QProgressBar {{ border: 1px solid {palette.BORDER}; border-radius: 4px; background: {palette.TRACK_BG}; }}"
            f"QProgressBar::chunk {{ background: {color}; border-radius: 3px; }}")


def gauge_names() -> dict[str, tuple[str, str]]:
    """code -> (what is counted, unit), as a seller says them."""
    return {
        "orders": (QCoreApplication.translate("TrialDashboard", "已支付订单"), QCoreApplication.translate("TrialDashboard", "单")), "amount": (QCoreApplication.translate("TrialDashboard", "已支付金额"), QCoreApplication.translate("TrialDashboard", "元")),
        "general_violations": (QCoreApplication.translate("TrialDashboard", "一般违规"), QCoreApplication.translate("TrialDashboard", "次")), "serious_violations": (QCoreApplication.translate("TrialDashboard", "严重违规"), QCoreApplication.translate("TrialDashboard", "次")),
        "violating_orders": (QCoreApplication.translate("TrialDashboard", "违规订单"), QCoreApplication.translate("TrialDashboard", "单")),
        "influencer_points": (QCoreApplication.translate("TrialDashboard", "关联达人近30天违规扣分"), QCoreApplication.translate("TrialDashboard", "分")),
    }


class Units(QObject):
    """A gauge's value with its unit ("64 单", "3,120.50 元"); counts take the plural in English."""

    def of(self, code: str, value: Any) -> str:
        if code == "amount":
            return fill(self.tr("%1 元"), money(Decimal(str(value))))
        number = Decimal(str(value))
        if number == number.to_integral_value():
            n = int(number)
            if code in ("orders", "violating_orders"):
                return self.tr("%Ln 单", "", n)
            if code in ("general_violations", "serious_violations"):
                return self.tr("%Ln 次", "", n)
            if code == "influencer_points":
                return self.tr("%Ln 分", "", n)
        unit = gauge_names().get(code, ("", ""))[1]
        return f"{value} {unit}".strip()


def quantity(code: str, value: Any) -> str:
    return Units().of(code, value)


def _ratio(gauge: dict[str, Any]) -> float:
    limit = Decimal(str(gauge["limit"]))
    return float(Decimal(str(gauge["value"])) / limit) if limit else 1.0


class Gauge(QWidget):
    """One end condition: where the shop stands, the limit, and how far to go, in words and as a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 4)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)

    def show_gauge(self, gauge: dict[str, Any]) -> None:
        code = gauge["code"]
        name = gauge_names().get(code, (gauge["label"], ""))[0]
        value, limit, left = gauge["value"], gauge["limit"], gauge["remaining"]
        above = gauge["ends_when"] == ">"
        rule = fill(self.tr("超过 %1结束试运营") if above else self.tr("达到 %1结束试运营"), quantity(code, limit))
        if gauge["reached"]:
            tail, color = self.tr("已达到，试运营已结束"), RED
        elif Decimal(str(left)) > 0:
            tail = fill(self.tr("还可 %1"), quantity(code, left))
            color = AMBER if _ratio(gauge) >= 0.8 else GREEN
        elif above:
            tail, color = self.tr("已到上限，再增加就会结束试运营"), AMBER
        else:  # one more ends it: "已到上限" would misread a shop with 0 of 1 serious violations
            tail, color = fill(self.tr("再有 %1就会结束试运营"), quantity(code, 1)), AMBER
        text = f"{name} {quantity(code, value)} / {rule}，{tail}"
        self.label.setStyleSheet(f"color: {RED};" if gauge["reached"] else "")
        self.label.setText(text)
        self.text = text
        self.bar.setValue(min(1000, round(_ratio(gauge) * 1000)))
        self.bar.setStyleSheet(bar_style(color))
        self.bar.setAccessibleName(text)


class Dashboard(QScrollArea):
    """Shows the facts of a trial check; `fill_in` asks the tab to show the data form."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(self.tr("试运营状态"))
        self.fill_in = QPushButton(self.tr("去填写试运营数据"))
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.fill_in, 0, Qt.AlignmentFlag.AlignTop)

        self.gauges_box = QGroupBox(self.tr("试运营结束条件（任一条件达到即结束）"))
        self.gauges_layout = QVBoxLayout(self.gauges_box)
        self.gauges_layout.addStretch(1)  # gauges stay together at the top, however tall the box
        self.gauges: list[Gauge] = []

        self.deposit_box = QGroupBox(self.tr("保证金"))
        self.deposit_text = QLabel()
        self.deposit_text.setWordWrap(True)
        self.deposit_text.setTextFormat(Qt.TextFormat.RichText)
        self.deposit_bar = QProgressBar()
        self.deposit_bar.setRange(0, 1000)
        self.deposit_bar.setTextVisible(False)
        self.deposit_bar.setFixedHeight(12)
        deposit_layout = QVBoxLayout(self.deposit_box)
        deposit_layout.addWidget(self.deposit_text)
        deposit_layout.addWidget(self.deposit_bar)

        self.restrictions_box = QGroupBox(self.tr("现在受到的限制"))
        self.restrictions = QLabel()
        self.restrictions.setWordWrap(True)
        self.restrictions.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.restrictions.setTextFormat(Qt.TextFormat.PlainText)
        self.restrictions.setAccessibleName(self.tr("现在受到的限制"))
        self.restrictions.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable when a finding points here
        QVBoxLayout(self.restrictions_box).addWidget(self.restrictions)

        grid = QGridLayout()
        grid.addWidget(self.gauges_box, 0, 0, 2, 1)
        grid.addWidget(self.deposit_box, 0, 1)
        grid.addWidget(self.restrictions_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(status_row)
        layout.addLayout(grid, 1)
        self.setWidget(page)
        self.show_empty(self.tr("还没有试运营数据。"))

    def show_empty(self, why: str) -> None:
        """No facts to show (data missing or not readable): say so and offer the form."""
        unknown = self.tr("试运营状态未知")
        fix = self.tr("请到“试运营数据”页填写或改正，这里会立即显示试运营状态。")
        self.status.setText(f"<b style='font-size:15pt'>{unknown}</b><br/>{why}{fix}")
        self.fill_in.show()
        for box in (self.gauges_box, self.deposit_box, self.restrictions_box):
            box.hide()

    def status_text(self) -> str:
        return self.status.text()

    def show_facts(self, facts: dict[str, Any], deposit_balance: str, deposit_required: str,
                   plan_allowed: bool = True) -> None:
        """`plan_allowed`: the planned withdrawal passes the rules, so its outcome is worth showing."""
        self.fill_in.hide()
        for box in (self.gauges_box, self.deposit_box, self.restrictions_box):
            box.show()
        self._status(facts)
        while len(self.gauges) < len(facts["gauges"]):
            gauge = Gauge()
            self.gauges_layout.insertWidget(len(self.gauges), gauge)
            self.gauges.append(gauge)
        for gauge, fact in zip(self.gauges, facts["gauges"]):
            gauge.show_gauge(fact)
        self._deposit(facts, Decimal(deposit_balance), Decimal(deposit_required), plan_allowed)
        lines = facts["restrictions"] or [self.tr("没有试运营限制。")]
        self.restrictions.setText("\n".join(f"• {line}" for line in lines))

    def _status(self, facts: dict[str, Any]) -> None:
        if facts["status"] == "in_trial":
            near = max(facts["gauges"], key=_ratio)
            name = gauge_names().get(near["code"], (near["label"], ""))[0]
            in_trial = self.tr("试运营中")
            head = f"<b style='font-size:15pt;color:{BLUE}'>● {in_trial}</b>"
            detail = (fill(self.tr("下列任一条件达到、或保证金缴足，试运营即结束。最接近的是：%1。"), name))
            self.status.setText(f"{head}<br/>{detail}")
            return
        reasons = "；".join(self.reason(code, facts) for code in facts["end_reasons"])
        ended = self.tr("试运营已结束")
        head = f"<b style='font-size:15pt;color:{RED}'>● {ended}</b>"
        detail = fill(self.tr("结束原因：%1。"), reasons)
        if "deposit_paid" not in facts["end_reasons"]:
            detail += fill(self.tr("保证金还差 %1 元：缴足前限制发布商品、店铺限制成交。"), money(facts["deposit_shortfall_now"]))
        self.status.setText(f"{head}<br/>{detail}")

    def reason(self, code: str, facts: dict[str, Any]) -> str:
        """Why the trial ended, in words: "已支付订单 101 单，超过 100 单"."""
        if code == "deposit_paid":
            return self.tr("保证金已缴足")
        gauge = next(g for g in facts["gauges"] if g["code"] == code)
        name = gauge_names().get(code, (gauge["label"], ""))[0]
        text = self.tr("%1 %2，超过 %3") if gauge["ends_when"] == ">" else self.tr("%1 %2，达到 %3")
        return fill(text, name, quantity(code, gauge["value"]), quantity(code, gauge["limit"]))

    def _deposit(self, facts: dict[str, Any], balance: Decimal, required: Decimal, plan_allowed: bool) -> None:
        lines = [fill(self.tr("保证金余额 %1 元 / 应缴 %2 元"), money(balance), money(required))]
        shortfall = facts["deposit_shortfall_now"]
        warning = self.tr("余额低于 0：平台用货款抵扣，且限制提现、发品和成交。") if balance < 0 else ""
        if warning:
            lines.append(warning)
        if Decimal(shortfall) > 0:
            lines.append(fill(self.tr("还差 %1 元。试运营期间每次提现，平台会从货款中等额充值保证金。"), money(shortfall)))
        else:
            lines.append(self.tr("已缴足。"))
        if plan_allowed and facts.get("deposit_after") is not None:
            lines.append(fill(self.tr("按本次计划提现：提现后保证金 %1 元，还差 %2 元。"), money(facts["deposit_after"]), money(facts["deposit_shortfall"])))
        self.deposit_text.setText("<br/>".join(f"<b style='color:{RED}'>{html.escape(line)}</b>" if line == warning
                                               else html.escape(line) for line in lines))
        ratio = max(Decimal(0), min(balance / required, Decimal(1))) if required else Decimal(1)
        self.deposit_bar.setValue(round(ratio * 1000))
        color = RED if balance < 0 else GREEN if ratio >= 1 else BLUE
        self.deposit_bar.setStyleSheet(bar_style(color))
        self.deposit_bar.setAccessibleName("\n".join(lines))
