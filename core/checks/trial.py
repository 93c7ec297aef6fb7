"""“0元入驻”试运营 (Douyin trial shop without deposit): 《抖音电商“0元入驻”试运营规范》, effective 2023-02-28.

Contract: ../shared/contract/trial.json. Optional fields beyond it: trial.started (withdrawals may not
be dated before it), trial.withdrawals (the ledger; each date a "YYYY-MM-DD" or a time, amount optional),
trial.receipts[i].amount, withdrawal_request (its date defaults to the day of `as_of`), and the violation
counts (general_violations, serious_violations, violating_orders, influencer_points_30d), which default to 0.

The trial's money limits (withdrawals, deposit top-up, listing cap, marketing) hold until the deposit is
fully paid; a trial that ended for another reason keeps them and adds the after-end restrictions.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

from ..errors import InputError, RulePackError
from ..facts import trial as trial_facts
from ..report import Findings, Report
from ..rulepack import Rule, RulePack
from ..values import day, fmt_money, instant, integer, iso, items, money, obj, shown_time, start_of, text
from . import check_kind

SHOP_TYPE_ZH = {"personal": "个人店", "individual": "个体工商户店", "enterprise": "企业店"}

# The end conditions, in the announcement's order: code (a contract), the input field it reads, and the
# parameter of dy.trial.ended holding its limit. The limit's label and unit (labels.*) and whether the
# trial ends above it or at it (params.ends_when: ">" or ">=") are the pack's, beside the number.
END_GAUGES = (
    ("orders", "paid_orders", "max_orders"),
    ("amount", "paid_amount", "max_amount"),
    ("general_violations", "general_violations", "general_violations"),
    ("serious_violations", "serious_violations", "serious_violations"),
    ("violating_orders", "violating_orders", "violating_orders"),
    ("influencer_points", "influencer_points_30d", "influencer_points"),
)
COMPARISONS = {">": ">", ">=": "≥"}


@dataclass
class Withdrawal:
    path: str
    on: date
    amount: Decimal | None


@dataclass
class Request:
    on: date
    amount: Decimal


@dataclass
class Receipt:
    path: str
    order: str
    confirmed_at: datetime
    amount: Decimal | None


def _when(value: Any, field: str) -> datetime:
    """A date ("YYYY-MM-DD", its start) or a time; Beijing time either way."""
    if isinstance(value, str) and len(value.strip()) == 10:
        return start_of(day(value, field))
    return instant(value, field)


def _count(trial: dict[str, Any], key: str, *, required: bool = True) -> int:
    value = trial.get(key)
    if value is None and not required:
        return 0
    return integer(value, f"trial.{key}")


def _shop_type(shop: dict[str, Any], pack: RulePack, as_of: datetime) -> str:
    platform = shop.get("platform")
    if platform not in (None, "douyin"):
        raise InputError("shop.platform", f"“0元入驻”试运营是抖店的规则，平台应为 douyin：{platform!r}")
    shop_type = shop.get("shop_type")
    known = pack["dy.trial.ended"].param("max_orders", as_of)
    if shop_type not in known:
        names = "、".join(f"{k}（{SHOP_TYPE_ZH.get(k, k)}）" for k in known)
        raise InputError("shop.shop_type", f"试运营只有这些店铺类型：{names}，实为 {shop_type!r}")
    return str(shop_type)


def _withdrawal(raw: Any, path: str, started: date | None) -> Withdrawal:
    data = obj(raw, path)
    on = _when(data.get("date"), f"{path}.date").date()
    if started and on < started:
        raise InputError(f"{path}.date", f"提现日期 {on} 早于试运营开始日期 {started}：请核对")
    amount = data.get("amount")
    return Withdrawal(path, on, None if amount in (None, "") else money(amount, f"{path}.amount"))


def _receipt(raw: Any, i: int) -> Receipt:
    path = f"trial.receipts[{i}]"
    data = obj(raw, path)
    amount = data.get("amount")
    return Receipt(path, text(data.get("order"), f"{path}.order"),
                   instant(data.get("confirmed_at"), f"{path}.confirmed_at"),
                   None if amount in (None, "") else money(amount, f"{path}.amount"))


def _first_free_day(start: date, used: Counter[tuple[int, int]], per_month: int) -> date:
    """The first day from `start` in a month with fewer than `per_month` withdrawals."""
    d = start
    while used[(d.year, d.month)] >= per_month:
        d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
    return d


def _shown(number: Decimal | int) -> str | int:
    """Money as a 2-decimal string, counts as they are."""
    return fmt_money(number) if isinstance(number, Decimal) else number


def _end_gauges(rule: Rule, values: dict[str, Any], shop_type: str,
                as_of: datetime) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Where the shop stands against each end condition, and why it ended: (field path, reason) pairs."""
    gauges = []
    ended_by = []
    ends_when = rule.param("ends_when", as_of)
    for code, key, param in END_GAUGES:
        comparison = ends_when.get(param) if isinstance(ends_when, dict) else None
        if comparison not in COMPARISONS or param not in rule.labels:
            raise RulePackError(f"{rule.file}: 规则 {rule.id}: 字段 params.ends_when / labels.{param}: "
                                f"{param} 需要比较方式（\">\" 或 \">=\"）和中文名称")
        above = comparison == ">"
        label, unit = rule.labels[param].label, rule.labels[param].unit
        limit_raw = rule.param(param, as_of)
        limit_raw = limit_raw[shop_type] if isinstance(limit_raw, dict) else limit_raw
        value = values[key]
        limit = Decimal(limit_raw) if isinstance(value, Decimal) else int(limit_raw)
        reached = value > limit if above else value >= limit
        # how much more the shop can take and still be in trial: 100 orders stay, 2 violations end it
        remaining = max(limit - value - (0 if above else 1), 0)
        gauges.append({"code": code, "label": label, "value": _shown(value), "limit": _shown(limit),
                       "ends_when": comparison, "reached": reached, "remaining": _shown(remaining)})
        if reached:
            scope = f"，{SHOP_TYPE_ZH[shop_type]}" if param in ("max_orders", "max_amount") else ""
            why = (f"{label} {_shown(value)} {unit}，已满足试运营结束条件"
                   f"（{COMPARISONS[comparison]}{_shown(limit)} {unit}{scope}）")
            ended_by.append((f"trial.{key}", why))
    return gauges, ended_by


def _percent(share: Decimal) -> str:
    return f"{(share * 100).normalize():f}"


@check_kind("trial")
def check_trial(data: dict[str, Any], as_of: datetime, pack: RulePack) -> Report:
    """Check a 0元入驻 trial shop (and a planned withdrawal) against the trial rules in force at `as_of`."""
    shop_type = _shop_type(obj(data.get("shop"), "shop"), pack, as_of)
    shop_zh = SHOP_TYPE_ZH.get(shop_type, shop_type)
    t = obj(data.get("trial"), "trial")
    started = day(t["started"], "trial.started") if t.get("started") else None
    required = money(t.get("deposit_required"), "trial.deposit_required")
    if required <= 0:
        raise InputError("trial.deposit_required", "应缴保证金应大于 0 元")
    deposit = money(t.get("deposit_balance"), "trial.deposit_balance", allow_negative=True)
    sales = money(t.get("sales_balance"), "trial.sales_balance")
    values: dict[str, Any] = {
        "paid_orders": _count(t, "paid_orders"),
        "paid_amount": money(t.get("paid_amount"), "trial.paid_amount"),
        **{key: _count(t, key, required=False) for key in
           ("general_violations", "serious_violations", "violating_orders", "influencer_points_30d")},
    }
    online = _count(t, "online_products")
    ledger = [_withdrawal(raw, f"trial.withdrawals[{i}]", started)
              for i, raw in enumerate(items(t.get("withdrawals"), "trial.withdrawals"))]
    receipts = [_receipt(raw, i) for i, raw in enumerate(items(t.get("receipts"), "trial.receipts"))]
    request_raw = data.get("withdrawal_request")
    request: Request | None = None
    if request_raw is not None:
        req = obj(request_raw, "withdrawal_request")
        on = _when(req["date"], "withdrawal_request.date").date() if req.get("date") else as_of.date()
        if started and on < started:
            raise InputError("withdrawal_request.date", f"申请提现日期 {on} 早于试运营开始日期 {started}：请核对")
        request = Request(on, money(req.get("amount"), "withdrawal_request.amount"))

    found = Findings(as_of)
    report = Report("trial", as_of)
    facts = trial_facts(report)
    restrictions: list[str] = []

    def restrict(rule: Rule, *what: str) -> None:
        if rule.in_force(as_of):
            restrictions.extend(w for w in what if w not in restrictions)

    deposit_paid = deposit >= required
    limited = not deposit_paid  # the trial's limits hold until the deposit is fully paid
    shortfall_now = max(required - deposit, Decimal(0))

    # End of the trial first: its status decides which limits still hold.
    rule = pack["dy.trial.ended"]
    gauges, ended_by = _end_gauges(rule, values, shop_type, as_of)
    reasons = (["deposit_paid"] if deposit_paid else []) + [g["code"] for g in gauges if g["reached"]]
    status = "ended" if reasons else "in_trial"
    facts["status"] = status
    facts["end_reasons"] = reasons
    facts["gauges"] = gauges
    if deposit_paid:
        found.add(rule, f"保证金余额 {fmt_money(deposit)} 元，已达到应缴 {fmt_money(required)} 元：试运营期结束，"
                        "提现、发品和营销的试运营限制随之解除。", "trial.deposit_balance")
    for path, why in ended_by:
        then = ("保证金已足额，无需处理。" if deposit_paid else
                f"请尽快足额缴纳保证金（还差 {fmt_money(shortfall_now)} 元），足额前将限制发布商品、店铺限制成交。")
        found.add(rule, f"{why}：试运营期已结束。{then}", path)

    rule = pack["dy.trial.after_end"]
    if status == "ended" and not deposit_paid:
        found.add(rule, f"试运营期已结束，保证金尚未足额（余额 {fmt_money(deposit)} 元，应缴 {fmt_money(required)} 元）："
                        f"现已限制发布商品、店铺限制成交。请补缴 {fmt_money(shortfall_now)} 元，足额后恢复。",
                  "trial.deposit_balance")
        restrict(rule, "限制发布商品", "店铺限制成交")

    rule = pack["dy.trial.deposit_negative"]
    negative = deposit < 0
    if negative:
        found.add(rule, f"保证金余额为 {fmt_money(deposit)} 元，低于 0：平台将用货款抵扣，并限制货款提现、限制发布商品、"
                        f"店铺限制成交。请至少补缴 {fmt_money(-deposit)} 元使余额回到 0 以上"
                        f"（补足应缴 {fmt_money(required)} 元还需 {fmt_money(shortfall_now)} 元）。",
                  "trial.deposit_balance")
        restrict(rule, "货款抵扣保证金", "限制货款提现", "限制发布商品", "店铺限制成交")

    rule = pack["dy.trial.withdraw_frequency"]
    per_month = int(rule.param("withdrawals_per_month", as_of))
    facts["withdrawals_per_month"] = per_month
    used: Counter[tuple[int, int]] = Counter()
    for w in sorted(ledger, key=lambda w: w.on):
        used[(w.on.year, w.on.month)] += 1
        if limited and used[(w.on.year, w.on.month)] > per_month and rule.in_force(start_of(w.on)):
            found.add(rule, f"提现记录中 {w.on:%Y-%m} 有 {used[(w.on.year, w.on.month)]} 次提现（这一笔在 {w.on}），"
                            f"试运营期间每月只能提现 {per_month} 次：请核对提现记录。", f"{w.path}.date")
    today = as_of.date()
    start = max(today, started) if started else today
    next_day = _first_free_day(start, used, per_month) if limited else start
    facts["next_withdraw_date"] = next_day.isoformat()
    if limited:
        restrict(rule, f"每月限提现 {per_month} 次")
    if request and limited and used[(request.on.year, request.on.month)] >= per_month:
        earlier = max(w.on for w in ledger if (w.on.year, w.on.month) == (request.on.year, request.on.month))
        allowed = _first_free_day(request.on, used, per_month)
        found.add(rule, f"{request.on:%Y年%m月} 已于 {earlier} 提现过，试运营期间每月只能提现 {per_month} 次："
                        f"请在 {allowed} 或之后再申请。", "withdrawal_request.date")

    rule = pack["dy.trial.withdraw_amount"]
    least = Decimal(rule.param("min_amount", as_of))
    share = Decimal(rule.param("max_share_of_sales", as_of))
    most = sales * share
    facts["withdraw_min"] = fmt_money(least)
    facts["withdraw_max"] = fmt_money(most.quantize(Decimal("0.01"), rounding=ROUND_DOWN))
    facts["max_share_percent"] = _percent(share)
    pct = _percent(share)
    if limited:
        restrict(rule, f"提现额须在 {fmt_money(least)} 元至货款余额的 {pct}% 之间")
    if request and limited:
        amount = request.amount
        if negative:
            found.add(rule, f"保证金余额为 {fmt_money(deposit)} 元（低于 0），期间不能提现："
                            "请先补缴保证金，使余额回到 0 以上。", "withdrawal_request.amount")
        if amount < least:
            found.add(rule, f"提现额 {fmt_money(amount)} 元低于最低 {fmt_money(least)} 元：请提高提现额，"
                            "或等货款余额增加后再提现。", "withdrawal_request.amount")
        elif amount > most:
            room = (f"最多可提 {facts['withdraw_max']} 元" if most >= least else
                    f"货款余额需达到 {fmt_money(least / share)} 元才能提现")
            found.add(rule, f"提现额 {fmt_money(amount)} 元超过货款余额 {fmt_money(sales)} 元的 {pct}%：{room}。",
                      "withdrawal_request.amount")
    facts["can_withdraw_now"] = not negative and (not limited or (next_day == today and most >= least))

    rule = pack["dy.trial.deposit_topup"]
    topup = request.amount if request and limited else Decimal(0)
    after = deposit + topup
    facts["deposit_after"] = fmt_money(after) if request else None
    facts["deposit_shortfall"] = fmt_money(max(required - after, Decimal(0)))
    facts["deposit_shortfall_now"] = fmt_money(shortfall_now)
    if limited:
        restrict(rule, "每次提现，等额从货款充值保证金")
    if request and limited:
        later = ("，保证金将足额，试运营期随之结束" if after >= required
                 else f"，距应缴 {fmt_money(required)} 元还差 {fmt_money(required - after)} 元")
        note = "（个人店货款直充保证金功能的上线时间以抖店后台为准）" if shop_type == "personal" else ""
        found.add(rule, f"本次提现 {fmt_money(topup)} 元时，平台会同时从货款中等额扣 {fmt_money(topup)} 元充值保证金{note}："
                        f"货款余额共减少 {fmt_money(topup * 2)} 元，保证金余额变为 {fmt_money(after)} 元{later}。",
                  "withdrawal_request.amount")

    rule = pack["dy.trial.settlement"]
    wait = timedelta(days=int(rule.param("settle_after_days", as_of)))
    facts["settle_after_days"] = wait.days
    settlements = [{"order": r.order, "settle_at": iso(r.confirmed_at + wait), "settled": r.confirmed_at + wait <= as_of,
                    "amount": fmt_money(r.amount) if r.amount is not None else None} for r in receipts]
    facts["settlements"] = settlements
    pending = [(r, s) for r, s in zip(receipts, settlements) if not s["settled"]]
    if limited:
        restrict(rule, f"货款在订单确认收货 {wait.days} 天后结算")
    if limited and pending:
        first, _ = min(pending, key=lambda p: p[0].confirmed_at)
        found.add(rule, f"有 {len(pending)} 笔已确认收货的订单尚未结算：货款在确认收货 {wait.days} 天后才计入货款余额，"
                        f"最早一笔（{first.order or '未填单号'}）于 {shown_time(first.confirmed_at + wait)} 结算。"
                        "安排提现时请以已结算的货款余额为准。", f"{first.path}.confirmed_at")

    rule = pack["dy.trial.listing_cap"]
    cap = int(rule.param("online_cap", as_of)[shop_type])
    facts["online_cap"] = cap
    if limited:
        restrict(rule, f"在线商品不超过 {cap} 个")
        if online > cap:
            found.add(rule, f"在线商品 {online} 个，超过{shop_zh}试运营上限 {cap} 个：请下架 {online - cap} 个商品。",
                      "trial.online_products")
        if shop_type in rule.param("shelf_only_types", as_of):
            restrict(rule, "仅支持货架经营，暂不能直播、短视频带货")
            found.add(rule, f"{shop_zh}试运营期间仅支持货架经营：暂不能通过直播、短视频带货，请把商品上架到店铺货架销售。",
                      "shop.shop_type", "info")

    rule = pack["dy.trial.marketing"]
    if limited:
        programs = "、".join(rule.param("excluded_programs", as_of))
        tools = "、".join(rule.param("seller_tools", as_of))
        restrict(rule, f"不能参加{programs}，不能使用平台补贴", f"只能使用商家营销工具（{tools}等）")
        found.add(rule, f"试运营期间不能参加{programs}，也不能使用平台补贴：促销请使用商家营销工具（{tools}等）。",
                  "trial")
    facts["restrictions"] = restrictions
    report.findings = found.items
    return report
