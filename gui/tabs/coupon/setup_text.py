"""The setup sheet as text a seller copies: each coupon's exact values, then the backend path."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from core.exports.coupon import shown_setup_time
from gui.text import fill as _fill

translate = QCoreApplication.translate
SHOWN_IDS = 8


class CouponSetup(QObject):
    """The sheet's counted words (a class, so that its tr() gives English plurals)."""

    def errors(self, n: int) -> str:
        return self.tr("⚠ 检查发现 %Ln 个错误（见下方检查结果），改正后再到后台创建。", "", n)


def setup_text(entries: list[dict[str, Any]], labels: list[str], errors: int,
               titles: dict[str, str] | None = None) -> str:
    """`entries` as core.exports.coupon.coupon_entries gives them; `labels` the coupons' names;
    `titles` product id -> title, to name the applicable products."""
    titles = titles or {}
    lines: list[str] = []
    if errors:
        lines += [CouponSetup().errors(errors), ""]
    for entry, label in zip(entries, labels):
        s = entry["setup"]
        ids = [f"{pid}（{titles[str(pid)]}）" if titles.get(str(pid)) else str(pid)
               for pid in entry["applicable"]]
        shown = "、".join(ids[:SHOWN_IDS]) + (translate("CouponSetup", " 等") if len(ids) > SHOWN_IDS else "")
        lines += [
            f"【{label}】{s['coupon_type_name']}",
            _fill(translate("CouponSetup", "  使用条件金额：%1 元"), s["threshold"]),
            _fill(translate("CouponSetup", "  优惠券面额：%1 元"), s["face_value"]),
            _fill(translate("CouponSetup", "  发放数量：%1 张"), str(s["quantity"])),
            _fill(translate("CouponSetup", "  每人限领：%1 张"), str(s["per_user_limit"])),
            _fill(translate("CouponSetup", "  发放时间：%1"), shown_setup_time(s["issue_at"])),
            _fill(translate("CouponSetup", "  有效期至：%1"), shown_setup_time(s["valid_until"])),
            _fill(translate("CouponSetup", "  适用商品（%1 件）：%2"), str(len(ids)),
                  shown or translate("CouponSetup", "无")),
            "",
        ]
    if entries:
        first = entries[0]["setup"]
        lines += [
            translate("CouponSetup", "后台操作："),
            _fill(translate("CouponSetup", "1. 快手小店商家后台 → %1：按上面的数值逐张创建。"),
                  " → ".join(first["create_path"])),
            _fill(translate("CouponSetup", "2. %1：选择已创建的定时优惠，加入本场直播计划。"),
                  " → ".join(first["plan_path"])),
        ]
    return "\n".join(lines)
