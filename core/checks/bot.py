"""客服机器人: the bot's settings (Kuaishou switches, Douyin 催拍催付 follow-ups, 飞鸽 ratings), what its
knowledge would answer, and what is wrong with that knowledge.

Contract: ../shared/contract/bot.json. Rules apply by `platform`: Kuaishou's ks.bot.* for "kuaishou",
Douyin's dy.followup.* and dy.cs_eval for "douyin". On Kuaishou the `settings.followup` block is the
智能跟单助手 (its 催拍/催付 cards): only whether its 催付 is on matters there (ks.bot.push_to_pay_conflict);
the 3–10 minute delay, the 09:00–21:00 window and the two-a-day limit are Douyin's published limits and
are not applied to a Kuaishou plan (the Kuaishou guide gives none). Optional fields beyond the contract:
`use_builtin` (true: the built-in knowledge answers too, the plan's entries override built-in entries
with the same id) and `knowledge[i].platform` / `knowledge[i].scenario`.

Facts: `answers` [{ask, match (entry id or null), score (0..1, two decimals), words}],
`knowledge_entries` (how many entries can answer) and `rules_checked` (the rule ids applied).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..bot.knowledge import Entry, apply_edits, builtin_knowledge, parse_knowledge
from ..bot.linter import lint
from ..bot.matcher import Matcher
from ..errors import InputError
from ..facts import FollowupLimits
from ..facts import bot as bot_facts
from ..report import Findings, Report
from ..rulepack import RulePack
from ..values import flag, integer, items, obj, text
from . import check_kind

PLATFORMS = ("kuaishou", "douyin")
PUSHES = {"push_to_buy": "催拍", "push_to_pay": "催付"}
KS_RULES = ("ks.bot.switches", "ks.bot.smart_assist", "ks.bot.push_to_pay_conflict")
DY_RULES = ("dy.followup.delay", "dy.followup.window", "dy.followup.daily_limit", "dy.cs_eval")
LINT_RULES = ("ks.bot.lint.duplicate_question", "ks.bot.lint.empty_answer", "ks.bot.lint.absolute_words")
LINT_PLATFORM_RULES = {"kuaishou": ("ks.bot.lint.lottery_shipping",), "douyin": ("dy.bot.lint.guarantee_claim",)}
_CLOCK = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


@dataclass
class Push:
    name: str
    enabled: bool
    delay_minutes: int | None
    window: tuple[int, int] | None  # minutes after midnight

    @property
    def path(self) -> str:
        return f"settings.followup.{self.name}"


def _clock(value: Any, field: str) -> int:
    if not isinstance(value, str) or not _CLOCK.match(value.strip()):
        raise InputError(field, f"应为 24 小时制时刻，例如 \"09:00\"：{value!r}")
    hours, minutes = value.strip().split(":")
    return int(hours) * 60 + int(minutes)


def _shown(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _push(raw: Any, name: str) -> Push:
    path = f"settings.followup.{name}"
    data = obj(raw, path)
    delay = data.get("delay_minutes")
    window_raw = data.get("window")
    window = None
    if window_raw is not None:
        bounds = items(window_raw, f"{path}.window")
        if len(bounds) != 2:
            raise InputError(f"{path}.window", "应为 [开始, 结束] 两个时刻，例如 [\"09:00\", \"21:00\"]")
        window = (_clock(bounds[0], f"{path}.window[0]"), _clock(bounds[1], f"{path}.window[1]"))
        if window[1] <= window[0]:
            raise InputError(f"{path}.window", f"结束时刻 {_shown(window[1])} 应晚于开始时刻 {_shown(window[0])}")
    return Push(name=name, enabled=flag(data.get("enabled"), f"{path}.enabled"),
                delay_minutes=None if delay is None else integer(delay, f"{path}.delay_minutes"),
                window=window)


@check_kind("bot")
def check_bot(data: dict[str, Any], as_of: datetime, pack: RulePack) -> Report:
    """Check bot settings against the platform's rules in force at `as_of`; answer the `ask` questions
    from the plan's knowledge; lint that knowledge."""
    platform = data.get("platform")
    if platform not in PLATFORMS:
        raise InputError("platform", f"应为 kuaishou（快手小店）或 douyin（抖店）：{platform!r}")
    settings = obj(data.get("settings"), "settings")
    followup = obj(settings.get("followup"), "settings.followup")
    pushes = [_push(followup.get(name), name) for name in PUSHES]
    raw_limit = followup.get("daily_limit_per_user")
    daily_limit = None if raw_limit is None else integer(raw_limit, "settings.followup.daily_limit_per_user")
    knowledge = parse_knowledge(data.get("knowledge"))
    asks = [text(a, f"ask[{i}]") for i, a in enumerate(items(data.get("ask"), "ask"))]
    use_builtin = flag(data.get("use_builtin"), "use_builtin")

    found = Findings(as_of)
    report = Report("bot", as_of)
    facts = bot_facts(report)
    if platform == "kuaishou":
        _kuaishou(settings, pushes, pack, found)
    else:
        _douyin(pushes, daily_limit, pack, as_of, found)

    in_use = apply_edits(builtin_knowledge(), knowledge) if use_builtin else knowledge
    own = {e.id for e in knowledge}
    for result in lint(knowledge, pack, as_of, platform, against=[e for e in in_use if e.id not in own]):
        found.add(result.rule, result.message, result.path, severity="warning")
    serving = [e for e in in_use if e.enabled and e.serves(platform)]
    facts["answers"] = _answers(serving, platform, asks)
    facts["knowledge_entries"] = sum(1 for e in serving if any(q.strip() for q in e.questions))
    facts["followup_limits"] = followup_limits(pack, as_of) if platform == "douyin" else None
    facts["rules_checked"] = [*(KS_RULES if platform == "kuaishou" else DY_RULES),
                                     *LINT_RULES, *LINT_PLATFORM_RULES[platform]]
    report.findings = found.items
    return report


def _answers(entries: list[Entry], platform: str, asks: list[str]) -> list[dict[str, Any]]:
    """The bot's answer to each sample question. The index is built only when there are questions:
    for 10,000 entries it takes seconds, which the app's own test panel spends once already."""
    if not asks:
        return []
    matcher = Matcher(entries, platform=platform)
    try:
        return [matcher.match(ask).as_fact() for ask in asks]
    finally:
        matcher.close()


def _kuaishou(settings: dict[str, Any], pushes: list[Push], pack: RulePack, found: Findings) -> None:
    service = flag(settings.get("robot_service"), "settings.robot_service")
    enabled = flag(settings.get("robot_enabled"), "settings.robot_enabled")
    if not (service and enabled):
        off = [name for name, on in (("「客服机器人」", service), ("「机器人开启」", enabled)) if not on]
        found.add(pack["ks.bot.switches"],
                  f"{'和'.join(off)}未开启：机器人不会自动接待买家。两个开关都开启后机器人才会自动接待"
                  "（初次进入时都是关闭的）。",
                  "settings.robot_service" if not service else "settings.robot_enabled")
    if flag(settings.get("smart_assist"), "settings.smart_assist"):
        found.add(pack["ks.bot.smart_assist"],
                  "已开启智能辅助接待：人工接待时，买家的问题如果直接命中知识库，机器人会代替人工直接回复。"
                  "请确认知识库的答案与人工客服的说法一致。", "settings.smart_assist")
    to_pay = next(p for p in pushes if p.name == "push_to_pay")
    if to_pay.enabled and flag(settings.get("auto_message_push_to_pay"), "settings.auto_message_push_to_pay"):
        found.add(pack["ks.bot.push_to_pay_conflict"],
                  "智能跟单助手的「催付」已开启，【自动消息】中的「催付」因此不生效：两处都开着时只有智能跟单助手"
                  "在催付。请关闭自动消息中的催付，避免误以为两条都会发送。", "settings.auto_message_push_to_pay")


def _douyin(pushes: list[Push], daily_limit: int | None, pack: RulePack, as_of: datetime,
            found: Findings) -> None:
    rule = pack["dy.followup.delay"]
    low, high = int(rule.param("min_minutes", as_of)), int(rule.param("max_minutes", as_of))
    stated = _stated_for(rule, as_of)
    for push in pushes:
        if push.enabled and push.delay_minutes is not None and not low <= push.delay_minutes <= high:
            head = f"系统{PUSHES[push.name]}设为咨询后 {push.delay_minutes} 分钟推送"
            if push.name in stated:
                found.add(rule, f"{head}，平台只支持 {low}~{high} 分钟：请改为 {low} 到 {high} 之间。",
                          f"{push.path}.delay_minutes")
            else:  # the announcement states the range for the 催拍 card: at most a warning for the others
                found.add(rule, f"{head}，不在 {low}~{high} 分钟内。公告写明的是{_names(stated)}卡片支持设置 {low}~{high} "
                                f"分钟，没有写{PUSHES[push.name]}是否同样限制：建议按同一范围设置。",
                          f"{push.path}.delay_minutes", severity="warning")
    rule = pack["dy.followup.window"]
    start, end = (_clock(t, f"{rule.id}.window") for t in rule.param("window", as_of))
    stated = _stated_for(rule, as_of)
    for push in pushes:
        if push.enabled and push.window and (push.window[0] < start or push.window[1] > end):
            head = f"系统{PUSHES[push.name]}的发送时段 {_shown(push.window[0])}~{_shown(push.window[1])}"
            if push.name in stated:
                found.add(rule, f"{head} 超出平台允许的 {_shown(start)}~{_shown(end)}：请设在这个范围内。",
                          f"{push.path}.window")
            else:
                found.add(rule, f"{head} 超出 {_shown(start)}~{_shown(end)}。公告写明的是{_names(stated)}卡片只在这个时段"
                                f"自动发送，没有写{PUSHES[push.name]}是否同样限制：建议设在这个范围内。",
                          f"{push.path}.window", severity="warning")
    rule = pack["dy.followup.daily_limit"]
    cap = int(rule.param("max_per_user_per_day", as_of))
    if daily_limit is not None and daily_limit > cap:
        found.add(rule, f"每位买家每天催拍催付设为 {daily_limit} 次，平台规定一个店铺对同一买家一天最多 {cap} 次："
                        f"请改为不超过 {cap}。", "settings.followup.daily_limit_per_user")
    rule = pack["dy.cs_eval"]
    hours = int(rule.param("invite_interval_hours", as_of))
    found.add(rule, "客服已不能主动邀请买家评价：人工接待结束后由系统按比例随机邀请，同一买家"
                    f"{hours}小时内最多收到一次；买家当天咨询过店铺才能评价，{hours}小时内只能评价一次。", "")


def _stated_for(rule: Any, as_of: datetime) -> list[str]:
    """The follow-up cards the announcement states the limit for (others get at most a warning)."""
    stated = rule.param("stated_for", as_of) if "stated_for" in rule.params else list(PUSHES)
    return [str(name) for name in stated]


def _names(pushes: list[str]) -> str:
    return "、".join(PUSHES.get(name, name) for name in pushes)


def followup_limits(pack: RulePack, as_of: datetime) -> FollowupLimits:
    """Douyin's 催拍催付 limits as of a moment: delay after the question, sending window, per buyer per day."""
    delay, window = pack["dy.followup.delay"], pack["dy.followup.window"]
    start, end = (str(t) for t in window.param("window", as_of))
    return FollowupLimits(min_minutes=int(delay.param("min_minutes", as_of)),
                          max_minutes=int(delay.param("max_minutes", as_of)), window=[start, end],
                          max_per_user_per_day=int(pack["dy.followup.daily_limit"].param("max_per_user_per_day", as_of)))
