"""类目迁移与在架数量 (Kuaishou): closed categories, the new seafood leaves, and listing caps.

Sources: 快手小店关闭“二手-二手车”类目公告 (close date 2023-05-23) and 《商品在架量级等限制说明》
(effective 2023-06-01). Contract: ../shared/contract/listing.json. Optional fields beyond it:
products[i].moved (the seller marked the product as moved to its new category; it no longer needs
moving), products[i].price / stock / line (carried for the worksheet, not checked) and
category_caps: {"<level-1 category>": int}, the per-level-1 caps the seller reads off the backend
(the announcement caps each level-1 category without giving figures).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any, NamedTuple

from ..release import release
from ..errors import InputError
from ..facts import listing as listing_facts
from ..report import Findings, Report
from ..rulepack import Rule, RulePack
from ..values import flag, integer, items, obj, start_of, text
from . import check_kind

SHOP_TYPES = {
    "personal": "个人店", "individual": "个体工商户店", "enterprise": "普通企业店",
    "flagship": "旗舰店", "exclusive": "专卖店", "multi_brand": "专营店",
    "mall_flagship": "卖场型旗舰店",
}
STATUSES = ("on_sale", "off_sale")
EXAMPLES = 3  # products named in a grouped finding


class Product(NamedTuple):
    """A tuple, so 200,000 of them cost Python's garbage collector nothing (see core.products)."""

    row: int  # its place in the products list
    id: str
    title: str
    category: tuple[str, ...]
    on_sale: bool
    moved: bool

    @property
    def path(self) -> str:
        return f"products[{self.row}]"


def _products(raw_list: Any) -> list[Product]:
    """Validate the products; written as one tight loop because a shop can have 200,000."""
    out: list[Product] = []
    append = out.append
    seen: dict[str, int] = {}
    for i, raw in enumerate(items(raw_list, "products")):
        if type(raw) is not dict:
            raise InputError(f"products[{i}]", "应为对象 {…}")
        pid = raw.get("id")
        if type(pid) is not str:
            if isinstance(pid, int) and not isinstance(pid, bool):
                pid = str(pid)
            else:
                raise InputError(f"products[{i}].id", "商品ID不能为空，应为文字")
        pid = pid.strip()
        if not pid:
            raise InputError(f"products[{i}].id", "商品ID不能为空")
        if pid in seen:
            raise InputError(f"products[{i}].id", f"商品ID {pid} 重复（与 products[{seen[pid]}] 相同）")
        seen[pid] = i
        category = raw.get("category")
        try:
            if type(category) not in (list, tuple) or not category or "" in category:
                raise TypeError
            "".join(category)  # raises TypeError on a level that is not text
        except TypeError:
            raise InputError(f"products[{i}].category",
                             "类目应为非空的文字列表，一级类目在前，例如 [\"二手\", \"二手车\", \"二手车\"]") from None
        status = raw.get("status")
        if status != "on_sale" and status != "off_sale":
            raise InputError(f"products[{i}].status", f"商品状态应为 on_sale（在售）或 off_sale（未在售）：{status!r}")
        title = raw.get("title")
        if title is not None and type(title) is not str:
            raise InputError(f"products[{i}].title", "应为文字")
        moved = raw.get("moved")
        if moved is not None and type(moved) is not bool:
            raise InputError(f"products[{i}].moved", "应为 true 或 false")
        append(Product(i, pid, title or "", tuple(category), status == "on_sale", moved is True))
    return out


def _category_caps(raw: Any) -> dict[str, int]:
    caps = {}
    for name, value in obj(raw, "category_caps").items():
        if not name.strip():
            raise InputError("category_caps", "一级类目名称不能为空")
        caps[name.strip()] = integer(value, f"category_caps.{name}", minimum=0)
    return caps


def _path(levels: list[str] | tuple[str, ...]) -> str:
    return " > ".join(levels)  # one way of writing a category path everywhere a seller reads it


def _named(products: list[Product]) -> str:
    """“标题”（ID）for the first few products, and how many more."""
    shown = "、".join(f"“{p.title}”（{p.id}）" if p.title else p.id for p in products[:EXAMPLES])
    more = len(products) - EXAMPLES
    return shown + (f" 等 {len(products)} 件" if more > 0 else "")


def _closed(rule: Rule, shop_type: str, products: list[Product], as_of: datetime,
            found: Findings, report: Report) -> None:
    today = as_of.date()
    migrations: list[dict[str, Any]] = []
    deadlines: list[dict[str, Any]] = []
    for closure in rule.param("closures", as_of):
        if shop_type not in closure["shop_types"]:
            continue
        source = tuple(closure["from"])
        target = list(closure["to"])
        close_on = date.fromisoformat(closure["close_on"])
        closed = as_of >= start_of(close_on)
        days_left = 0 if closed else (close_on - today).days
        size = len(source)
        hit = [p for p in products if p.category[:size] == source]
        for p in hit:
            migrations.append({
                "id": p.id, "title": p.title, "status": "on_sale" if p.on_sale else "off_sale",
                "from": list(p.category), "to": target, "close_on": close_on.isoformat(),
                "moved": p.moved,
            })
        deadlines.append({"from": list(source), "to": target, "close_on": close_on.isoformat(),
                          "days_left": days_left, "closed": closed,
                          "to_move": sum(1 for p in hit if not p.moved)})
        if not hit:
            continue
        old, new = _path(source), _path(target)
        selling = [p for p in hit if p.on_sale and not p.moved]
        resting = [p for p in hit if not p.on_sale and not p.moved]
        if selling and not closed:
            last = "今天是最后一天" if days_left == 1 else f"还剩 {days_left} 天"
            found.add(rule, f"在售商品{_named(selling)}仍在“{old}”类目下。该类目将于 {close_on.isoformat()} 关闭，"
                            f"请在此之前（{last}）迁移至“{new}”，逾期未迁移的在架商品将于当天起被统一下架。",
                      f"{selling[0].path}.category")
        elif selling:
            found.add(rule, f"商品{_named(selling)}仍在已关闭的“{old}”类目下：按公告，逾期未迁移的在架商品"
                            f"已于 {close_on.isoformat()} 起被平台统一下架（导出表仍显示在售的，请到后台核对）。"
                            f"请迁移至“{new}”后重新上架。",
                      f"{selling[0].path}.category")
        if resting:
            when = "关闭后" if not closed else "现已关闭，"
            found.add(rule, f"另有未在售商品{_named(resting)}在“{old}”类目下：该类目{when}不能在原类目重新上架，"
                            f"如需再售请迁移至“{new}”。", f"{resting[0].path}.category", severity="info")
    listing_facts(report)["migrations"] = migrations
    upcoming = [d for d in deadlines if not d["closed"]]
    listing_facts(report)["migration_deadline"] = min(upcoming or deadlines, key=lambda d: d["close_on"],
                                             default=None)


def _seafood(rule: Rule, shop_type: str, products: list[Product], as_of: datetime,
             found: Findings, report: Report) -> None:
    parent = tuple(rule.param("parent", as_of))
    leaves = set(rule.param("new_leaves", as_of))
    rate = Decimal(rule.param("service_fee_rate", as_of))
    rate_shown = f"{(rate * 100).normalize():f}%"
    group = next((g for g in rule.param("deposits", as_of) if shop_type in g["shop_types"]), None)
    if shop_type in rule.param("open_shop_types", as_of):
        admission = "open"
    elif shop_type in rule.param("invited_shop_types", as_of):
        admission = "invited"
    else:
        admission = "closed"
    size = len(parent)
    hit = [p for p in products
           if p.category[:size] == parent and len(p.category) > size and p.category[size] in leaves]
    listing_facts(report)["seafood"] = {
        "admission": admission, "deposit": group["deposit"] if group and admission != "closed" else None,
        "service_fee_rate": rate_shown, "products": len(hit),
    }
    if not hit:
        return
    where = f"“{_path(parent)}”下的新四级类目（{'、'.join(sorted(leaves))}）"
    kind = SHOP_TYPES[shop_type]
    loose = str(rule.param("deposit_note", as_of)) if "deposit_note" in rule.params else ""
    path = f"{hit[0].path}.category"
    if admission == "closed":
        found.add(rule, f"商品{_named(hit)}在{where}，但该类目未对{kind}开放（开放旗舰店、专卖店、专营店、普通企业店和"
                        f"个体工商户店，卖场型旗舰店需定向邀请）：不能在此类目发布，请下架或改到本店可经营的类目。",
                  path, severity="error")
        return
    fee = (f"按公告，{kind}需缴纳 {group['deposit']} 元商品保证金，技术服务费率 {rate_shown}"
           f"（原文：“{group['clause']}”）。{loose}" if group else f"技术服务费率 {rate_shown}。{loose}")
    if admission == "invited":
        found.add(rule, f"商品{_named(hit)}在{where}：该类目对{kind}仅定向邀请开放，未受邀请的店铺不能发布。{fee}",
                  path, severity="warning")
    else:
        found.add(rule, f"商品{_named(hit)}在{where}，该类目已对{kind}开放。{fee}", path)


def _caps(rule: Rule, shop: dict[str, Any], shop_type: str, products: list[Product],
          caps: dict[str, int], as_of: datetime, found: Findings, report: Report) -> None:
    in_assessment = flag(shop.get("in_assessment_period"), "shop.in_assessment_period")
    assessed = in_assessment and shop_type in rule.param("assessment_shop_types", as_of)
    cap = int(rule.param("cap_in_assessment" if assessed else "cap_normal", as_of))
    per_top: dict[str, int] = {}
    listed = 0
    for p in products:
        if p.on_sale:
            listed += 1
            per_top[p.category[0]] = per_top.get(p.category[0], 0) + 1
    listing_facts(report)["listing"] = {"cap": cap, "listed": listed, "headroom": cap - listed,
                               "in_assessment": assessed, "in_force": rule.in_force(as_of)}
    if assessed:
        who = "经营能力考核期内的店铺"
    elif shop_type in rule.param("assessment_shop_types", as_of):
        who = f"已出考核期的{SHOP_TYPES[shop_type]}"
    else:
        who = SHOP_TYPES[shop_type]
    if listed == cap:
        found.add(rule, f"在售商品 {listed} 件，已达全店上限 {cap} 件（{who}）：平台将限制发布新商品。"
                        "如需上新，请先下架部分在售商品。", "products", severity="warning")
    elif listed > cap:
        found.add(rule, f"在售商品 {listed} 件，超过全店上限 {cap} 件（{who}）{listed - cap} 件：平台将限制上架和发布新商品。"
                        f"请至少下架 {listed - cap} 件在售商品。", "products")
    names = sorted(set(per_top) | set(caps), key=lambda n: (-per_top.get(n, 0), n))
    listing_facts(report)["category_counts"] = [
        {"category": n, "listed": per_top.get(n, 0), "cap": caps.get(n)} for n in names]
    for name, top_cap in caps.items():
        count = per_top.get(name, 0)
        if count == top_cap:
            found.add(rule, f"一级类目“{name}”在售 {count} 件，已达您填写的类目上限 {top_cap} 件：该类目将不能再发布新商品。",
                      f"category_caps.{name}", severity="warning")
        elif count > top_cap:
            found.add(rule, f"一级类目“{name}”在售 {count} 件，超过您填写的类目上限 {top_cap} 件 {count - top_cap} 件："
                            f"请至少下架该类目 {count - top_cap} 件在售商品。", f"category_caps.{name}")


@check_kind("listing")
def check_listing(data: dict[str, Any], as_of: datetime, pack: RulePack) -> Report:
    """Check a shop's products against the category closures, new categories and listing caps."""
    shop = obj(data.get("shop"), "shop")
    platform = text(shop.get("platform"), "shop.platform", "kuaishou")
    if platform != "kuaishou":
        raise InputError("shop.platform", "类目迁移与在架数量规则只适用于快手小店（kuaishou）")
    shop_type = shop.get("shop_type")
    if shop_type not in SHOP_TYPES:
        raise InputError("shop.shop_type", f"店铺类型应为 {' / '.join(SHOP_TYPES)}：{shop_type!r}")
    products = _products(data.get("products"))
    caps = _category_caps(data.get("category_caps"))
    found = Findings(as_of)
    report = Report("listing", as_of)
    _closed(pack["ks.category.closed"], shop_type, products, as_of, found, report)
    _seafood(pack["ks.category.seafood"], shop_type, products, as_of, found, report)
    _caps(pack["ks.listing.cap"], shop, shop_type, products, caps, as_of, found, report)
    report.findings = found.items
    release(products)  # 200,000 records freed at once would hold the GIL (a worker's window) ~20 ms
    return report
