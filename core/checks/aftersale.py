"""售后时效 and 假一赔四: Kuaishou after-sale deadlines (normal and Spring Festival) and Douyin counterfeit payouts.

Contract: ../shared/contract/aftersale.json. Optional fields beyond it: events[i].done (the request is
handled: the seller answered, the buyer entered the return shipment, or the seller signed for the
return), events[i].note, and claims[i].at (when the claim was made; default `as_of`), which picks the
guarantee rule in force on that date.

A deadline is the event's time plus the rule's `normal_hours`, or the `hours` of the holiday window
in the pack that contains the event's time. Deadlines are computed even when the rule is not in force
at `as_of` (the normal durations are ordinary platform rules); findings only come from rules in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from ..errors import InputError, RulePackError
from ..facts import AftersaleDeadline
from ..facts import aftersale as aftersale_facts
from ..report import Findings, Report
from ..rulepack import Rule, RulePack
from ..values import CENT, duration_text, flag, fmt_money, instant, iso, items, money, obj, shown_time, text
from . import check_kind

# Event type -> (rule id, what happened, who must act before the deadline).
EVENT_TYPES: dict[str, tuple[str, str, str]] = {
    "refund_before_shipment": ("ks.aftersale.refund_before_shipment", "申请/修改发货前仅退款", "seller"),
    "refund_after_shipment": ("ks.aftersale.refund_after_shipment", "申请/修改发货后退款/退货退款", "seller"),
    "return_agreed": ("ks.aftersale.return_info", "同意退货", "buyer"),
    "return_shipped": ("ks.aftersale.return_auto_confirm", "寄回退货", "seller"),
}
CLAIM_TYPES = ("counterfeit",)
CLAIM_PLATFORMS = ("douyin",)
# Rule id -> the scheme's name as sellers know it. Checked in order: the first one in force on the
# claim's date applies (the multiple and the floor come from the pack).
GUARANTEE_RULES = {
    "dy.guarantee.fake_one_pay_four": "假一赔四",
    "dy.guarantee.genuine_refund_three": "退一赔三（正品保障）",
}
ZH_DIGITS = "零一二三四五六七八九十"


@dataclass
class Event:
    index: int
    id: str
    type: str
    at: datetime
    done: bool

    @property
    def path(self) -> str:
        return f"events[{self.index}]"


@dataclass
class Window:
    name: str
    start: datetime
    end: datetime
    hours: int

    def contains(self, moment: datetime) -> bool:
        # The announcement's window ends at 23:59:59 and counts to the second.
        return self.start <= moment.replace(microsecond=0) <= self.end


@dataclass
class Claim:
    index: int
    id: str
    price: Decimal
    at: datetime
    dated: bool

    @property
    def path(self) -> str:
        return f"claims[{self.index}]"


def _id(value: Any, field: str) -> str:
    ident = text(value, field).strip()
    if not ident:
        raise InputError(field, "缺少编号：请填写售后单号或订单号")
    return ident


def _unique(ids: list[tuple[str, str]]) -> None:
    """Refuse a repeated id, naming the later one's field."""
    seen: dict[str, str] = {}
    for ident, field in ids:
        if ident in seen:
            raise InputError(field, f"编号“{ident}”与 {seen[ident]} 重复：每条记录的编号应唯一")
        seen[ident] = field


def _event(raw: Any, i: int) -> Event:
    p = f"events[{i}]"
    data = obj(raw, p)
    kind = text(data.get("type"), f"{p}.type")
    if kind not in EVENT_TYPES:
        known = "、".join(EVENT_TYPES)
        raise InputError(f"{p}.type", f"未知的售后类型“{kind}”，可选：{known}")
    text(data.get("note"), f"{p}.note")
    return Event(index=i, id=_id(data.get("id"), f"{p}.id"), type=kind,
                 at=instant(data.get("at"), f"{p}.at"), done=flag(data.get("done"), f"{p}.done"))


def _claim(raw: Any, i: int, as_of: datetime) -> Claim:
    p = f"claims[{i}]"
    data = obj(raw, p)
    ident = _id(data.get("id"), f"{p}.id")
    platform = text(data.get("platform"), f"{p}.platform")
    if platform not in CLAIM_PLATFORMS:
        raise InputError(f"{p}.platform", f"暂只支持抖音（douyin）的假货赔付计算，不支持“{platform}”")
    kind = text(data.get("type"), f"{p}.type")
    if kind not in CLAIM_TYPES:
        raise InputError(f"{p}.type", f"暂只支持假货赔付（counterfeit），不支持“{kind}”")
    price = money(data.get("price"), f"{p}.price")
    if price != price.quantize(CENT):
        raise InputError(f"{p}.price", f"价款最多两位小数（分）：{data.get('price')}")
    dated = data.get("at") is not None
    at = instant(data["at"], f"{p}.at") if dated else as_of
    return Claim(index=i, id=ident, price=price, at=at, dated=dated)


def _windows(rule: Rule, moment: datetime) -> list[Window]:
    """The holiday windows of a rule as of a moment; a malformed entry is a rule pack error."""
    def bad(problem: str) -> RulePackError:
        return RulePackError(f"{rule.file}: 规则 {rule.id}: 字段 params.holidays: {problem}")

    raw = rule.param("holidays", moment)
    known = _PARSED.get(id(raw))
    if known is not None and known[0] is raw:  # parsed once per dated value, not once per event
        return known[1]
    if not isinstance(raw, list):
        raise bad("应为 [{name, start, end, hours}] 列表")
    windows = []
    for entry in raw:
        try:
            window = Window(name=str(entry["name"]), start=instant(entry["start"], "start"),
                            end=instant(entry["end"], "end"), hours=_hours(entry["hours"]))
        except (TypeError, KeyError, ValueError):
            raise bad(f"每项需要 name、start、end（时间）和 hours（正整数）：{entry!r}") from None
        if window.end < window.start:
            raise bad(f"窗口“{window.name}”的 end 早于 start")
        windows.append(window)
    _PARSED[id(raw)] = (raw, windows)
    return windows


# The holiday windows of each dated value already parsed (the value itself kept, so its id stays its own).
_PARSED: dict[int, tuple[Any, list[Window]]] = {}


def _hours(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(value)
    return value


def _deadline(rule: Rule, event: Event) -> tuple[datetime, int, Window | None, int]:
    """When the event's time limit ends, its length in hours, the holiday window it fell in, and the
    rule's normal length at that time."""
    window = next((w for w in _windows(rule, event.at) if w.contains(event.at)), None)
    try:
        normal = _hours(rule.param("normal_hours", event.at))
    except ValueError:
        raise RulePackError(f"{rule.file}: 规则 {rule.id}: 字段 params.normal_hours: 应为正整数") from None
    hours = window.hours if window else normal
    return event.at + timedelta(hours=hours), hours, window, normal


def _overdue_message(event: Event, action: str, deadline: datetime, limit: str, late: str) -> str:
    head = f"售后单 {event.id}：买家于 {shown_time(event.at)} {action}"
    if event.type == "return_agreed":
        return (f"售后单 {event.id}：您于 {shown_time(event.at)} 同意退货，买家应在 {shown_time(deadline)} 前填写退货"
                f"物流信息（{limit}），现已逾期 {late}。买家逾期未填写退货信息：这是买家的时限，不算商家超时。"
                "请在后台查看该售后单的状态；买家已填写的，请在此标记为已处理。")
    if event.type == "return_shipped":
        return (f"{head}，{shown_time(deadline)} 前没有签收记录的，系统自动确认收货并退款（{limit}），"
                f"该时限已过 {late}：按规则系统已自动确认收货并把货款退给买家。请到后台核对售后单和退货物流；"
                "退回商品有问题的，请尽快联系平台客服。已签收验货的，请在此标记为已处理。")
    return (f"{head}，您应在 {shown_time(deadline)} 前处理（{limit}），现已超时 {late}：请立即在后台同意或拒绝"
            "该申请，处理后在此标记为已处理。")


def _limit(hours: int, window: Window | None) -> str:
    length = f"{hours // 24}天" if hours > 48 and hours % 24 == 0 else f"{hours}小时"
    return f"{window.name}期间时效{length}" if window else f"时效{length}"


def _zh(number: int) -> str:
    return ZH_DIGITS[number] if 0 <= number <= 10 else str(number)


def _guarantee(pack: RulePack, at: datetime) -> Rule:
    for rule_id in GUARANTEE_RULES:
        if pack[rule_id].in_force(at):
            return pack[rule_id]
    raise RulePackError(f"规则包中没有在 {shown_time(at)} 生效的假货赔付规则（{'、'.join(GUARANTEE_RULES)}）")


@check_kind("aftersale")
def check_aftersale(data: dict[str, Any], as_of: datetime, pack: RulePack) -> Report:
    """Deadlines of Kuaishou after-sale requests and Douyin counterfeit payouts, as of `as_of`."""
    obj(data.get("shop"), "shop")
    events = [_event(raw, i) for i, raw in enumerate(items(data.get("events"), "events"))]
    _unique([(e.id, f"{e.path}.id") for e in events])
    claims = [_claim(raw, i, as_of) for i, raw in enumerate(items(data.get("claims"), "claims"))]
    _unique([(c.id, f"{c.path}.id") for c in claims])
    found = Findings(as_of)
    report = Report("aftersale", as_of)
    facts = aftersale_facts(report)

    deadlines: list[AftersaleDeadline] = []
    for event in events:
        rule_id, action, owner = EVENT_TYPES[event.type]
        rule = pack[rule_id]
        deadline, hours, window, normal = _deadline(rule, event)
        overdue = not event.done and as_of > deadline
        deadlines.append(AftersaleDeadline(
            id=event.id, type=event.type, rule=rule.id, at=iso(event.at), deadline=iso(deadline), hours=hours,
            holiday=window.name if window else None, normal_hours=normal,
            owner=owner, done=event.done, overdue=overdue,
        ))
        if overdue:
            found.add(rule, _overdue_message(event, action, deadline, _limit(hours, window),
                                             duration_text(as_of - deadline)), f"{event.path}.at")
    facts["deadlines"] = deadlines

    payouts = []
    findings = found.items
    for claim in claims:
        rule = _guarantee(pack, claim.at)
        multiple = int(rule.param("multiple", claim.at))
        # a floor only where the rule states one (退一赔三: "不足五百元的，为五百元"; 假一赔四 states none)
        floor = Decimal(rule.param("min_compensation", claim.at)) if "min_compensation" in rule.params else None
        times = claim.price * multiple
        compensation = max(times, floor) if floor is not None else times
        total = claim.price + compensation
        name = GUARANTEE_RULES[rule.id]
        payouts.append({
            "id": claim.id, "rule": rule.id, "scheme": name, "at": iso(claim.at),
            "price": fmt_money(claim.price), "refund": fmt_money(claim.price),
            "compensation": fmt_money(compensation), "total": fmt_money(total),
        })
        why = (f"{_zh(multiple)}倍价款 {fmt_money(times)} 元不足 {fmt_money(floor)} 元，按 {fmt_money(floor)} 元赔付"
               if floor is not None and times < floor else f"赔付{_zh(multiple)}倍价款 {fmt_money(compensation)} 元")
        if (floor is None and "old_floor" in rule.params
                and times < Decimal(rule.param("old_floor", claim.at))):
            why += "（" + str(rule.param("floor_note", claim.at)) + "）"
        when = (f"索赔时间 {shown_time(claim.at)}" if claim.dated
                else f"未填写索赔时间，按检查时间 {shown_time(claim.at)} 计")
        last_day = rule.effective_to - timedelta(days=1) if rule.effective_to else None
        retired = (f"，该规范适用至 {last_day.isoformat()}（公示期结束后废止），此前的索赔仍按它计算"
                   if last_day else "")
        # The rule is judged at the claim's date, not at as_of: an old claim keeps its old rule.
        at_claim = Findings(claim.at)
        at_claim.add(rule, f"假货赔付 {claim.id}：{when}，适用{name}{retired}。应退回价款 {fmt_money(claim.price)} 元，"
                           f"{why}，合计 {fmt_money(total)} 元。", f"{claim.path}.price")
        findings += at_claim.items
    facts["claims"] = payouts
    report.findings = findings
    return report



def time_limits(pack: RulePack, now: datetime, ahead: timedelta = timedelta(days=30)) -> dict[str, Any]:
    """The after-sale time limits as the pack has them at `now`, for the tab to say: `normal_hours`
    per event type, and `holidays`: each window in force now or starting within `ahead`, as
    {name, start, end, hours: {event type: hours}}."""
    normal = {kind: _hours(pack[rule_id].param("normal_hours", now)) for kind, (rule_id, _, _) in EVENT_TYPES.items()}
    holidays: dict[str, dict[str, Any]] = {}
    for kind, (rule_id, _, _) in EVENT_TYPES.items():
        for window in _windows(pack[rule_id], now):
            if window.start - ahead <= now <= window.end:
                entry = holidays.setdefault(window.name, {"name": window.name, "start": iso(window.start),
                                                          "end": iso(window.end), "hours": {}})
                entry["hours"][kind] = window.hours
    return {"normal_hours": normal, "holidays": list(holidays.values())}
