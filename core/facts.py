"""The facts each check kind computes, as declared types, so that mypy checks every read and write.

A check writes its facts through the kind's view (`facts = lottery(report)`), and so does every
reader (the GUI, the board, the exports): a fact renamed in one place and not the other is a type
error, not a KeyError in front of a seller. At run time the facts stay a plain dict (what
`Report.as_dict()` and the CLI's JSON give).
"""

from __future__ import annotations

from typing import Any, TypedDict, cast

from .report import Report


class PrizeShipping(TypedDict):
    title: str
    ship_by: str | None  # ISO time, None without a draw time
    shipped_at: str | None


class LotteryFacts(TypedDict, total=False):
    eligible: bool
    per_user_max_value: str  # yuan, 2 decimals
    per_user_cap: str  # the value cap in force (yuan)
    total_prize_value: str
    prizes: list[PrizeShipping]
    image_checklist: list[str]  # what the seller confirms about each prize's main image


class ListingFacts(TypedDict, total=False):
    listing: dict[str, Any]  # {listed, cap, headroom, …}
    category_counts: list[dict[str, Any]]
    migrations: list[dict[str, Any]]
    migration_deadline: dict[str, Any] | None  # {close_on, from, to, to_move, …}
    seafood: dict[str, Any]


class TrialFacts(TypedDict, total=False):
    status: str  # in_trial | ended
    end_reasons: list[str]
    gauges: list[dict[str, Any]]
    next_withdraw_date: str
    withdraw_min: str
    withdraw_max: str
    can_withdraw_now: bool
    deposit_after: str | None
    deposit_shortfall: str
    deposit_shortfall_now: str
    settlements: list[dict[str, Any]]
    online_cap: int
    restrictions: list[str]
    withdrawals_per_month: int
    max_share_percent: str  # "50"
    settle_after_days: int


class CouponFacts(TypedDict, total=False):
    applicable: list[str]  # product ids
    excluded: list[dict[str, Any]]
    setup: dict[str, Any]
    coupons: list[dict[str, Any]]


class ChallengeFacts(TypedDict, total=False):
    date: str
    in_campaign: bool
    red_packet: dict[str, str] | None
    packets: int
    rebate_eligible: bool
    rebate_min: str
    rebate_max: str


class FollowupLimits(TypedDict):
    min_minutes: int
    max_minutes: int
    window: list[str]  # ["09:00", "21:00"]
    max_per_user_per_day: int


class BotFacts(TypedDict, total=False):
    answers: list[dict[str, Any]]
    knowledge_entries: int
    rules_checked: list[str]
    followup_limits: FollowupLimits | None  # Douyin's 催拍催付 limits (None on Kuaishou)


class AftersaleDeadline(TypedDict):
    id: str
    type: str
    rule: str
    at: str
    deadline: str
    hours: int
    holiday: str | None
    normal_hours: int
    owner: str  # seller | buyer
    done: bool
    overdue: bool


class AftersaleFacts(TypedDict, total=False):
    deadlines: list[AftersaleDeadline]
    claims: list[dict[str, Any]]


def lottery(report: Report) -> LotteryFacts:
    return cast(LotteryFacts, report.facts)


def listing(report: Report) -> ListingFacts:
    return cast(ListingFacts, report.facts)


def trial(report: Report) -> TrialFacts:
    return cast(TrialFacts, report.facts)


def coupon(report: Report) -> CouponFacts:
    return cast(CouponFacts, report.facts)


def challenge(report: Report) -> ChallengeFacts:
    return cast(ChallengeFacts, report.facts)


def bot(report: Report) -> BotFacts:
    return cast(BotFacts, report.facts)


def aftersale(report: Report) -> AftersaleFacts:
    return cast(AftersaleFacts, report.facts)
