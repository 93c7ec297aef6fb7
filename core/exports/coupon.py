"""The 定时优惠 export: what to type into the merchant backend, which products each coupon fits and
why the others do not, and the findings, as sheets of rows (header first)."""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from . import findings_rows
from ..report import Report
from ..values import instant, shown_time

SOURCE_ZH = {"own": "本店自建商品", "alliance": "好物联盟推广商品"}


def plan_coupons(plan: dict[str, Any]) -> list[dict[str, Any]]:
    """The session's coupons in the order the check reads them: `coupon` first, then `coupons`."""
    found = [plan["coupon"]] if isinstance(plan.get("coupon"), dict) else []
    more = plan.get("coupons")
    return found + [c for c in more if isinstance(c, dict)] if isinstance(more, list) else found


def coupon_entries(plan: dict[str, Any], report: Report) -> list[dict[str, Any]]:
    """One {id, applicable, excluded, setup} per coupon, whether one coupon or several were checked."""
    facts = report.facts
    if facts.get("coupons"):
        return list(facts["coupons"])
    coupons = plan_coupons(plan)
    ident = coupons[0].get("id") if coupons else None
    return [{"id": str(ident) if ident not in (None, "") else "", "applicable": facts.get("applicable", []),
             "excluded": facts.get("excluded", []), "setup": facts.get("setup", {})}]


def coupon_label(entry: dict[str, Any], position: int) -> str:
    """A coupon's name as a seller reads it: its id, or 第n张券 when it has none."""
    return str(entry.get("id") or f"第{position + 1}张券")


def shown_setup_time(value: Any) -> str:
    """An ISO time of the setup fact as the backend form wants it (Beijing time, to the minute)."""
    try:
        return shown_time(instant(value, "time"))
    except InputError:
        return str(value or "")


def _products(plan: dict[str, Any]) -> dict[str, dict[str, Any]]:
    products = plan.get("products")
    if not isinstance(products, list):
        return {}
    return {str(p.get("id")): p for p in products if isinstance(p, dict)}


def _product_cells(product: dict[str, Any]) -> list[Any]:
    source = product.get("source")
    commission = product.get("commission")
    return [product.get("title") or "", product.get("price") or "",
            "未填写" if commission in (None, "") else commission, SOURCE_ZH.get(str(source), source or "")]


def coupon_sheets(plan: dict[str, Any], report: Report) -> dict[str, list[list[Any]]]:
    """设置 (values and backend path per coupon), 适用商品, 不适用商品 (with reasons), 检查结果."""
    entries = coupon_entries(plan, report)
    products = _products(plan)
    setup: list[list[Any]] = [["优惠券", "券类型", "使用条件金额（元）", "优惠券面额（元）", "发放数量（张）",
                               "每人限领（张）", "发放时间", "有效期至", "适用商品（件）"]]
    for i, entry in enumerate(entries):
        s = entry.get("setup") or {}
        setup.append([coupon_label(entry, i), s.get("coupon_type_name", ""), s.get("threshold", ""),
                      s.get("face_value", ""), s.get("quantity", ""), s.get("per_user_limit", ""),
                      shown_setup_time(s.get("issue_at")), shown_setup_time(s.get("valid_until")),
                      len(entry.get("applicable") or [])])
    first = (entries[0].get("setup") or {}) if entries else {}
    setup += [[], ["后台操作", "路径"],
              ["第一步：逐张创建定时优惠", " → ".join(first.get("create_path") or [])],
              ["第二步：加入本场直播计划", " → ".join(first.get("plan_path") or [])]]
    shop = plan.get("shop")
    shop = shop if isinstance(shop, dict) else {}
    session = plan.get("session")
    session = session if isinstance(session, dict) else {}
    setup += [[], ["店铺", shop.get("name") or ""], ["直播场次", session.get("title") or ""]]
    errors = sum(f.severity == "error" for f in report.findings)
    if errors:
        setup.append(["注意", f"检查发现 {errors} 个错误（见“检查结果”），改正后再到后台创建。"])

    fits: list[list[Any]] = [["优惠券", "商品ID", "商品标题", "价格（元）", "佣金（元）", "来源"]]
    misses: list[list[Any]] = [["优惠券", "商品ID", "商品标题", "价格（元）", "佣金（元）", "来源", "不适用原因"]]
    for i, entry in enumerate(entries):
        label = coupon_label(entry, i)
        for pid in entry.get("applicable") or []:
            fits.append([label, pid, *_product_cells(products.get(str(pid), {}))])
        for miss in entry.get("excluded") or []:
            pid = miss.get("id")
            misses.append([label, pid, *_product_cells(products.get(str(pid), {})),
                           "；".join(miss.get("reasons") or [])])
    return {"设置": setup, "适用商品": fits, "不适用商品": misses, "检查结果": findings_rows(report)}
