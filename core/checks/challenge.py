"""1212主播挑战赛 (Kuaishou 1212 streamer challenge): rewards and limits of one live session.

Contract: ../shared/contract/challenge.json. Optional fields beyond it: challenge.attempts_made
(challenges started, successful or not) and challenge.category_day (the session is on a 品类日, which
the announcement does not date). challenge.date defaults to the date of `as_of`.

A session is judged by the rules in force on its own date (challenge.date), not on the day of the
check: a seller looking back at a past session gets that session's answer. Outside the campaign
(ks.challenge.campaign's start..end) the campaign rules are not in force; the report says so with a
ks.challenge.campaign warning and shows no rewards.

Refused as input (InputError): negative counts or money, an unreadable date, more successful
attempts than attempts made, a risk-checked paid GMV above the session GMV.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ..errors import InputError, RulePackError
from ..facts import challenge as challenge_facts
from ..report import Findings, Report
from ..rulepack import Rule, RulePack
from ..values import day, flag, fmt_money, integer, money, obj, start_of
from . import check_kind


def _packet(terms: dict[str, str]) -> dict[str, str]:
    return {"threshold": fmt_money(Decimal(terms["threshold"])),
            "discount": fmt_money(Decimal(terms["discount"]))}


def _shown(terms: dict[str, str]) -> str:
    return f"满 {terms['threshold']} 减 {terms['discount']}"


@check_kind("challenge")
def check_challenge(data: dict[str, Any], as_of: datetime, pack: RulePack) -> Report:
    """Rewards and limits of one 1212 challenge session, by the rules in force on its date."""
    obj(data.get("shop"), "shop")
    c = obj(data.get("challenge"), "challenge")
    raw_date = c.get("date")
    session_day: date = day(raw_date, "challenge.date") if raw_date is not None else as_of.date()
    framework = flag(c.get("framework_agreement"), "challenge.framework_agreement")
    restricted = flag(c.get("restricted"), "challenge.restricted")
    category_day = flag(c.get("category_day"), "challenge.category_day")
    succeeded = integer(c.get("attempts_succeeded"), "challenge.attempts_succeeded")
    made = None if c.get("attempts_made") is None else integer(c["attempts_made"], "challenge.attempts_made")
    if made is not None and succeeded > made:
        raise InputError("challenge.attempts_succeeded",
                         f"挑战成功次数（{succeeded}）不能大于发起挑战次数（{made}）")
    viewers = integer(c.get("online_viewers"), "challenge.online_viewers")
    session_gmv = money(c.get("session_gmv"), "challenge.session_gmv")
    paid_gmv = money(c.get("paid_gmv_after_risk"), "challenge.paid_gmv_after_risk")
    peak_gmv = money(c.get("peak_gmv_180d"), "challenge.peak_gmv_180d")
    if paid_gmv > session_gmv:
        raise InputError("challenge.paid_gmv_after_risk",
                         f"风控后付费GMV（{fmt_money(paid_gmv)}）不能大于本场GMV（{fmt_money(session_gmv)}）")

    moment = start_of(session_day)
    found = Findings(moment)
    report = Report("challenge", as_of)
    facts = challenge_facts(report)
    shown_day = session_day.isoformat()

    rule = pack["ks.challenge.campaign"]
    start, end = _pack_day(rule, "start", moment), _pack_day(rule, "end", moment)
    in_campaign = start <= session_day <= end
    facts["date"] = shown_day
    facts["in_campaign"] = in_campaign
    if not in_campaign:
        found.add(rule, f"挑战赛日期 {shown_day} 不在活动期（{start.isoformat()} 至 {end.isoformat()}）内："
                        "这一天挑战赛规则不适用，没有红包和返现。请核对直播日期；"
                        f"公告未写年份，本工具按{start.year}年的活动日期计算。", "challenge.date")

    rule = pack["ks.challenge.attempts"]
    limit = int(rule.param("max_attempts", moment))
    for count, field, what in [(made, "attempts_made", "发起挑战"), (succeeded, "attempts_succeeded", "挑战成功")]:
        if count is not None and count > limit:
            found.add(rule, f"本场记录了{what} {count} 次，但一个挑战赛最多只能挑战 {limit} 次："
                            f"请核对次数，超出的 {count - limit} 次不会有奖励。", f"challenge.{field}")

    rule = pack["ks.challenge.framework"]
    if framework:
        found.add(rule, "您已单独签订1212框架协议：按协议中的单独策略执行，不参与挑战赛激励"
                        "（天降红包、加码红包和粉丝返现都没有）。具体请咨询对接的运营。",
                  "challenge.framework_agreement")

    rule = pack["ks.challenge.red_packet"]
    regular = _packet(rule.param("regular", moment))
    burst = _packet(rule.param("burst", moment))
    cap = int(rule.param("max_packets", moment))
    burst_day = shown_day in rule.param("burst_days", moment)
    rewarded = in_campaign and not framework
    first = burst if burst_day or category_day else regular
    packets = min(viewers, cap) if rewarded else 0
    facts["red_packet"] = first if rewarded else None
    facts["packets"] = packets
    if rewarded:
        which = "爆发日" if burst_day else "品类日" if category_day else ""
        rounds = (f"{shown_day} 是{which}：首轮红包为{_shown(burst)}，之后每轮为{_shown(regular)}" if which
                  else f"{shown_day} 不是爆发日或品类日：每轮红包为{_shown(regular)}")
        reach = (f"本场在线 {viewers} 人，超过单场上限，按上限发放 {cap} 张" if viewers > cap
                 else f"本场在线 {viewers} 人，可发放 {packets} 张（单场上限 {cap} 张）")
        done = f"本场已挑战成功 {min(succeeded, limit)} 次。" if succeeded else "本场还没有挑战成功，成功后才发放红包。"
        found.add(rule, f"每次挑战成功，直播间从天而降平台出资的红包。{rounds}（平台出资）。"
                        f"红包数量按当时直播间在线人数计：{reach}。{done}", "challenge.attempts_succeeded")

    rule = pack["ks.challenge.rebate"]
    min_gmv = Decimal(rule.param("min_session_gmv", moment))
    share = Decimal(rule.param("min_share_of_peak", moment))
    rate_min = Decimal(rule.param("rate_min", moment))
    rate_max = Decimal(rule.param("rate_max", moment))
    valid_days = int(rule.param("coupon_valid_days", moment))
    needed_paid = peak_gmv * share
    failed: list[tuple[str, str]] = []
    if not in_campaign:
        failed.append(("challenge.date", "直播日期不在活动期内"))
    if framework:
        failed.append(("challenge.framework_agreement", "已单独签订1212框架协议"))
    if restricted:
        failed.append(("challenge.restricted", "被限制参与激励活动"))
    if session_gmv < min_gmv:
        short = min_gmv - session_gmv
        failed.append(("challenge.session_gmv",
                       f"本场GMV {fmt_money(session_gmv)} 元不足 {fmt_money(min_gmv)} 元（差 {fmt_money(short)} 元）"))
    if paid_gmv < needed_paid:
        failed.append(("challenge.paid_gmv_after_risk", (
            f"风控后付费GMV {fmt_money(paid_gmv)} 元不足近180天峰值 {fmt_money(peak_gmv)} 元的"
            f"{_percent(share)}（{fmt_money(needed_paid)} 元）")))
    eligible = not failed
    low = paid_gmv * rate_min if eligible else Decimal(0)
    high = paid_gmv * rate_max if eligible else Decimal(0)
    facts["rebate_eligible"] = eligible
    facts["rebate_min"] = fmt_money(low)
    facts["rebate_max"] = fmt_money(high)
    if eligible:
        found.add(rule, f"本场符合粉丝返现条件（单场GMV≥{fmt_money(min_gmv)} 元，风控后付费GMV≥近180天峰值的"
                        f"{_percent(share)}）：按风控后付费GMV {fmt_money(paid_gmv)} 元的 {_percent(rate_min)}–"
                        f"{_percent(rate_max)} 返还，约 {fmt_money(low)} 至 {fmt_money(high)} 元，"
                        f"以现金粉丝券发放，有效期 {valid_days} 天。具体比例以平台审批后公布为准。",
                  "challenge.paid_gmv_after_risk")
    else:
        reasons = "；".join(why for _, why in failed)
        gmv_failed = any("gmv" in path for path, _ in failed)
        needs = (f"返现要求单场（非单日）GMV≥{fmt_money(min_gmv)} 元，且风控后付费GMV≥近180天峰值GMV的"
                 f"{_percent(share)}。" if gmv_failed else "")
        found.add(rule, f"本场不能获得粉丝返现：{reasons}。{needs}", failed[0][0])

    report.findings = found.items
    return report


def _pack_day(rule: Rule, name: str, moment: datetime) -> date:
    try:
        return date.fromisoformat(rule.param(name, moment))
    except (TypeError, ValueError):
        raise RulePackError(f"{rule.file}: 规则 {rule.id}: 字段 params.{name}: 应为日期 YYYY-MM-DD") from None


def _percent(ratio: Decimal) -> str:
    """0.005 -> "0.5%", 0.80 -> "80%"."""
    shown = (ratio * 100).normalize()
    return f"{shown:f}%"

