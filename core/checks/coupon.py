"""定时优惠 (Kuaishou timed coupons in a live session): 《快手小店定时优惠工具设置范围，怎么操作？》.

Contract: ../shared/contract/coupon.json. Optional fields beyond it: coupon.id, and `coupons`, a list
of the session's coupons shaped like `coupon` plus a required `id`; when both are given, `coupon` is
checked first, then each of `coupons`. products[i].commission may be left out (see ks.coupon.applicable).

Refused as input (InputError): negative or non-numeric money, negative counts, an unknown coupon type
or product source, a missing or repeated id, an unreadable time. Mistakes a seller fixes in the
backend form are ks.coupon.values findings: face value 0 or not below the threshold, quantity 0,
per-user limit 0, issue time not before the end of validity.

Facts: `applicable` / `excluded` (products of the first coupon), `setup` (what to enter in the
backend, first coupon), and `coupons` (one entry each, with its own lists) when several are checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from ..errors import InputError
from ..facts import coupon as coupon_facts
from ..report import Findings, Report
from ..rulepack import RulePack
from ..values import flag, fmt_money, instant, integer, iso, items, money, obj, shown_time, text
from . import check_kind


@dataclass
class Coupon:
    path: str
    id: str
    type: str
    threshold: Decimal
    face_value: Decimal
    quantity: int
    per_user_limit: int
    issue_at: datetime
    valid_until: datetime

    @property
    def label(self) -> str:
        return f"优惠券“{self.id}”" if self.id else "优惠券"

    @property
    def terms(self) -> str:
        return f"满 {fmt_money(self.threshold)} 减 {fmt_money(self.face_value)}"


@dataclass
class Product:
    index: int
    id: str
    title: str
    price: Decimal
    commission: Decimal | None
    source: str

    @property
    def path(self) -> str:
        return f"products[{self.index}]"

    @property
    def label(self) -> str:
        return f"“{self.title}”（{self.id}）" if self.title else self.id


@dataclass
class Fit:
    """Which products one coupon applies to, and why the others are left out."""

    applicable: list[Product]
    excluded: list[tuple[Product, list[str]]]
    price_only: list[Product]


def _id(value: Any, field: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    ident = text(value, field).strip()
    if not ident:
        raise InputError(field, "缺少编号：请填写编号（商品ID或券的名称）")
    return ident


def _unique(ids: list[tuple[str, str]]) -> None:
    """Refuse a repeated id, naming the later one's field."""
    seen: dict[str, str] = {}
    for ident, field in ids:
        if ident in seen:
            raise InputError(field, f"编号“{ident}”与 {seen[ident]} 重复：每个编号应唯一")
        seen[ident] = field


def _coupon(raw: Any, p: str, types: dict[str, str], needs_id: bool) -> Coupon:
    data = obj(raw, p)
    kind = text(data.get("type"), f"{p}.type")
    if kind not in types:
        known = "、".join(f"{key}（{name}）" for key, name in types.items())
        raise InputError(f"{p}.type", f"未知的优惠券类型“{kind}”，可选：{known}")
    ident = _id(data.get("id"), f"{p}.id") if needs_id or data.get("id") is not None else ""
    return Coupon(
        path=p, id=ident, type=kind,
        threshold=money(data.get("threshold"), f"{p}.threshold"),
        face_value=money(data.get("face_value"), f"{p}.face_value"),
        quantity=integer(data.get("quantity"), f"{p}.quantity"),
        per_user_limit=integer(data.get("per_user_limit"), f"{p}.per_user_limit"),
        issue_at=instant(data.get("issue_at"), f"{p}.issue_at"),
        valid_until=instant(data.get("valid_until"), f"{p}.valid_until"),
    )


def _product(raw: Any, i: int, sources: dict[str, str]) -> Product:
    p = f"products[{i}]"
    data = obj(raw, p)
    source = text(data.get("source"), f"{p}.source")
    if source not in sources:
        known = "、".join(f"{key}（{name}）" for key, name in sources.items())
        raise InputError(f"{p}.source", f"未知的商品来源“{source}”，可选：{known}")
    commission = data.get("commission")
    return Product(
        index=i, id=_id(data.get("id"), f"{p}.id"), title=text(data.get("title"), f"{p}.title").strip(),
        price=money(data.get("price"), f"{p}.price"),
        commission=None if commission in (None, "") else money(commission, f"{p}.commission"),
        source=source,
    )


def _fit(coupon: Coupon, products: list[Product], wanted: str, type_name: str,
         source_names: dict[str, str], price_only_sources: list[str]) -> Fit:
    fit = Fit([], [], [])
    for product in products:
        reasons = []
        if product.source != wanted:
            reasons.append(f"此商品为{source_names[product.source]}，{type_name}只能用于{source_names[wanted]}")
        if product.price < coupon.threshold:
            reasons.append(f"商品金额 {fmt_money(product.price)} 元低于使用条件金额 {fmt_money(coupon.threshold)} 元")
        if product.commission is not None:
            if product.commission < coupon.face_value:
                reasons.append(f"佣金 {fmt_money(product.commission)} 元低于优惠券面额 {fmt_money(coupon.face_value)} 元")
        elif product.source == wanted and wanted not in price_only_sources:
            reasons.append("未填写佣金金额，无法确认佣金≥优惠券面额")
        if reasons:
            fit.excluded.append((product, reasons))
        else:
            fit.applicable.append(product)
            if product.commission is None:
                fit.price_only.append(product)
    return fit


def _no_product_path(coupon: Coupon, products: list[Product], wanted: str) -> str:
    """The field a seller most likely changes when the coupon fits no product."""
    matching = [p for p in products if p.source == wanted]
    if not products:
        return "products"
    if not matching:
        return f"{coupon.path}.type"
    if all(p.price < coupon.threshold for p in matching):
        return f"{coupon.path}.threshold"
    return f"{coupon.path}.face_value"


@check_kind("coupon")
def check_coupon(data: dict[str, Any], as_of: datetime, pack: RulePack) -> Report:
    """Check a live session's timed coupons (定时优惠) against the rules in force at `as_of`."""
    shop = obj(data.get("shop"), "shop")
    professional = flag(shop.get("professional_anchor"), "shop.professional_anchor")
    fit_rule = pack["ks.coupon.applicable"]
    sources: dict[str, str] = fit_rule.param("sources", as_of)
    type_names = {kind: fit_rule.param("type_names", as_of).get(kind, kind) for kind in sources}
    source_names = {source: fit_rule.param("source_names", as_of).get(source, source)
                    for source in sorted(set(sources.values()))}
    price_only_sources: list[str] = fit_rule.param("price_only_sources", as_of)
    coupons = []
    if data.get("coupon") is not None:
        coupons.append(_coupon(data["coupon"], "coupon", type_names, needs_id=False))
    coupons += [_coupon(raw, f"coupons[{i}]", type_names, needs_id=True)
                for i, raw in enumerate(items(data.get("coupons"), "coupons"))]
    if not coupons:
        raise InputError("coupon", "缺少优惠券：请填写 coupon（或多张券的 coupons 列表）")
    _unique([(c.id, f"{c.path}.id") for c in coupons if c.id])
    products = [_product(raw, i, source_names) for i, raw in enumerate(items(data.get("products"), "products"))]
    _unique([(p.id, f"{p.path}.id") for p in products])
    found = Findings(as_of)
    report = Report("coupon", as_of)
    facts = coupon_facts(report)

    rule = pack["ks.coupon.anchor_only"]
    if not professional:
        found.add(rule, "定时优惠目前仅限专业电商主播使用：本店未标记为专业电商主播，后台看不到“定时优惠”。"
                        "请先开通专业电商主播身份，或改用其他优惠工具。", "shop.professional_anchor")

    rule = pack["ks.coupon.values"]
    for c in coupons:
        if c.face_value <= 0:
            found.add(rule, f"{c.label}的面额为 {fmt_money(c.face_value)} 元：面额须大于 0，请填写优惠金额。",
                      f"{c.path}.face_value")
        elif c.face_value >= c.threshold:
            found.add(rule, f"{c.label}的面额 {fmt_money(c.face_value)} 元不低于使用条件金额 {fmt_money(c.threshold)} 元："
                            "满减券的面额须小于使用条件金额，请调低面额或提高使用条件。", f"{c.path}.face_value")
        if c.quantity < 1:
            found.add(rule, f"{c.label}的发放数量为 0：用户领不到券，请填写发放张数（至少 1 张）。",
                      f"{c.path}.quantity")
        if c.per_user_limit < 1:
            found.add(rule, f"{c.label}的每人限领为 0：用户领不到券，请填写每人限领张数（至少 1 张）。",
                      f"{c.path}.per_user_limit")
        if c.issue_at >= c.valid_until:
            found.add(rule, f"{c.label}的发放时间 {shown_time(c.issue_at)} 不早于有效期截止时间 "
                            f"{shown_time(c.valid_until)}：券一发出就已失效，请把截止时间设在发放时间之后。",
                      f"{c.path}.valid_until")

    fits = []
    for c in coupons:
        wanted = sources[c.type]
        fit = _fit(c, products, wanted, type_names[c.type], source_names, price_only_sources)
        fits.append(fit)
        if not fit.applicable:
            why = "没有添加商品" if not products else f"{len(products)} 件商品都不满足条件（原因见“不适用商品”）"
            found.add(fit_rule, f"{c.label}（{type_names[c.type]}，{c.terms}）没有可用的商品：{why}。"
                                f"{type_names[c.type]}只能用于{source_names[wanted]}，且须商品金额≥使用条件金额、"
                                "佣金金额≥优惠券面额。请调整面额或使用条件，或添加符合条件的商品。",
                      _no_product_path(c, products, wanted))
        if fit.price_only:
            names = "、".join(p.label for p in fit.price_only)
            found.add(fit_rule, f"{c.label}：{names} 未填写佣金，只按“商品金额≥使用条件金额”判断为可用。"
                                f"如果这些商品设置了推广佣金，请填写佣金，并确认佣金不低于面额 {fmt_money(c.face_value)} 元。",
                      f"{fit.price_only[0].path}.commission", severity="info")

    rule = pack["ks.coupon.client_version"]
    ios, android = rule.param("ios_min", as_of), rule.param("android_min", as_of)
    found.add(rule, f"买家须使用快手App iOS {ios} 及以上、安卓 {android} 及以上版本才能看到定时优惠券："
                    "开播时可提醒粉丝把快手升级到最新版本。", coupons[0].path)

    rule = pack["ks.coupon.overlap"]
    timed = [c for c in coupons if c.issue_at < c.valid_until]
    for j, later in enumerate(timed):
        for earlier in timed[:j]:
            if earlier.issue_at < later.valid_until and later.issue_at < earlier.valid_until:
                found.add(rule, f"{earlier.label}（{_window(earlier)}）与{later.label}（{_window(later)}）"
                                "的发放时段重叠：两张券会同时在直播间发放。如本意是先后发放，"
                                f"请把{later.label}的发放时间改到{earlier.label}结束之后。",
                          f"{later.path}.issue_at")

    setup = pack["ks.coupon.setup_path"]
    create_path, plan_path = setup.param("create_path", as_of), setup.param("plan_path", as_of)
    entries: list[dict[str, Any]] = []
    for c, fit in zip(coupons, fits):
        entries.append({
            "id": c.id,
            "applicable": [p.id for p in fit.applicable],
            "excluded": [{"id": p.id, "reasons": reasons} for p, reasons in fit.excluded],
            "setup": {
                "coupon_type": c.type, "coupon_type_name": type_names[c.type],
                "threshold": fmt_money(c.threshold), "face_value": fmt_money(c.face_value),
                "quantity": c.quantity, "per_user_limit": c.per_user_limit,
                "issue_at": iso(c.issue_at), "valid_until": iso(c.valid_until),
                "create_path": create_path, "plan_path": plan_path,
            },
        })
    facts["applicable"] = entries[0]["applicable"]
    facts["excluded"] = entries[0]["excluded"]
    facts["setup"] = entries[0]["setup"]
    if len(entries) > 1:
        facts["coupons"] = entries
    report.findings = found.items
    return report


def _window(coupon: Coupon) -> str:
    return f"{shown_time(coupon.issue_at)} 至 {shown_time(coupon.valid_until)}"
