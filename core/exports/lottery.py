"""What each tab exports, as sheets of rows (header first), computed from the plan and its report."""

from __future__ import annotations

from typing import Any

from . import findings_rows
from ..report import Report


def _yes(value: Any) -> str:
    return "是" if value else "否"


def lottery_sheets(plan: dict[str, Any], report: Report) -> dict[str, list[list[Any]]]:
    """方案 (session and prizes), 检查结果 (findings with their sources), 发货 (ship-by times)."""
    session = plan.get("session") or {}
    prizes: list[list[Any]] = [["直播场次", session.get("title", ""), "开始", session.get("start", ""),
                                "结束", session.get("end", "")], [],
                               ["奖品标题", "品牌", "材质", "类目", "本店可上架", "单价（元）", "数量",
                                "每人最多中", "需资质", "已有资质", "使用权天数", "使用权市场价值", "开奖时间"]]
    for p in plan.get("prizes") or []:
        prizes.append([p.get("title", ""), p.get("brand", ""), p.get("material", ""),
                       " > ".join(p.get("category") or []), _yes(p.get("in_shop_categories")),
                       p.get("unit_value", ""), p.get("quantity", ""), p.get("max_wins_per_user", ""),
                       _yes(p.get("needs_license")), _yes(p.get("has_license")),
                       p.get("usage_right_days") or "", p.get("usage_right_value") or "",
                       p.get("draw_at") or ""])
    prizes += [[], ["抽奖说明", plan.get("terms", "")],
               ["同一用户本场最多可得（元）", report.facts.get("per_user_max_value", "")]]
    shipping: list[list[Any]] = [["奖品标题", "发货截止", "已发货时间"]]
    for s in report.facts.get("prizes", []):
        shipping.append([s["title"], s["ship_by"] or "未设开奖时间", s["shipped_at"] or "未发货"])
    return {"方案": prizes, "检查结果": findings_rows(report), "发货": shipping}
