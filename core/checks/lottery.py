"""0元抽奖 (Kuaishou live-session lottery): 《快手小店0元抽奖管理规则》, effective 2023-05-19.

Contract: ../shared/contract/lottery.json. Optional fields beyond it: prizes[i].usage_right_value
(market value over the usage period; counted in the cap when larger than unit_value),
prizes[i].image (main image file) and prizes[i].image_confirmed (the image checklist was confirmed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from ..errors import InputError, RulePackError
from ..facts import PrizeShipping
from ..facts import lottery as lottery_facts
from ..report import Findings, Report
from ..rulepack import Rule, RulePack
from ..text import Hit, scanner
from ..text.model import ModelError, load_model
from ..text.opinion import reconsider, second_opinion, settings
from ..text.title import states
from ..values import duration_text, flag, fmt_money, instant, integer, iso, items, money, obj, shown_time, text
from . import check_kind


@dataclass
class Prize:
    index: int
    title: str
    brand: str
    material: str
    category: list[str]
    in_shop_categories: bool
    unit_value: Decimal
    quantity: int
    wins_per_user: int
    needs_license: bool
    has_license: bool
    usage_right_days: int | None
    usage_right_value: Decimal | None
    draw_at: datetime | None
    shipped_at: datetime | None
    image_confirmed: bool

    @property
    def path(self) -> str:
        return f"prizes[{self.index}]"

    @property
    def worst_case_value(self) -> Decimal:
        """What one user can receive of this prize in the session."""
        unit = max(self.unit_value, self.usage_right_value or Decimal(0))
        return unit * self.wins_per_user


def _score(value: Any, field: str) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InputError(field, "分数应为数字，例如 4.52")
    try:
        score = Decimal(str(value))
    except ArithmeticError:
        raise InputError(field, f"分数应为数字：{value!r}") from None
    if not score.is_finite() or not Decimal(0) <= score <= Decimal(5):
        raise InputError(field, f"分数应在 0 到 5 之间：{value}")
    return score


def _prize(raw: Any, i: int, start: datetime | None, end: datetime | None) -> Prize:
    p = f"prizes[{i}]"
    data = obj(raw, p)
    category = [text(c, f"{p}.category[{j}]") for j, c in enumerate(items(data.get("category"), f"{p}.category"))]
    quantity = integer(data.get("quantity", 1), f"{p}.quantity", minimum=1)
    wins = data.get("max_wins_per_user")
    wins_per_user = quantity if wins is None else integer(wins, f"{p}.max_wins_per_user", minimum=1)
    if wins_per_user > quantity:
        raise InputError(f"{p}.max_wins_per_user", f"每人最多中奖次数（{wins_per_user}）不能大于奖品数量（{quantity}）")
    days = data.get("usage_right_days")
    usage_days = None if days is None else integer(days, f"{p}.usage_right_days", minimum=0)
    usage_value = data.get("usage_right_value")
    draw_raw = data.get("draw_at")
    draw_at = instant(draw_raw, f"{p}.draw_at") if draw_raw else None
    if draw_at and start and end and not start <= draw_at <= end:
        raise InputError(f"{p}.draw_at", f"开奖时间 {shown_time(draw_at)} 不在直播时段（{shown_time(start)} 至 {shown_time(end)}）内")
    shipped_raw = data.get("shipped_at")
    shipped_at = instant(shipped_raw, f"{p}.shipped_at") if shipped_raw else None
    if shipped_at and draw_at and shipped_at < draw_at:
        raise InputError(f"{p}.shipped_at", "发货时间早于开奖时间")
    return Prize(
        index=i, title=text(data.get("title"), f"{p}.title"),
        brand=text(data.get("brand"), f"{p}.brand").strip(),
        material=text(data.get("material"), f"{p}.material").strip(), category=category,
        in_shop_categories=flag(data.get("in_shop_categories"), f"{p}.in_shop_categories"),
        unit_value=money(data.get("unit_value"), f"{p}.unit_value"), quantity=quantity,
        wins_per_user=wins_per_user,
        needs_license=flag(data.get("needs_license"), f"{p}.needs_license"),
        has_license=flag(data.get("has_license"), f"{p}.has_license"),
        usage_right_days=usage_days,
        usage_right_value=money(usage_value, f"{p}.usage_right_value") if usage_value not in (None, "") else None,
        draw_at=draw_at, shipped_at=shipped_at,
        image_confirmed=flag(data.get("image_confirmed"), f"{p}.image_confirmed"),
    )


@dataclass(frozen=True)
class Mark:
    """Where a finding of the terms is in them: its clause (offsets into the terms as a Python
    string), its rule and severity, and the words that made it one."""

    rule: str
    severity: str
    start: int
    end: int
    words: tuple[str, ...]


TERMS_RULES = ("ks.lottery.no_extra_fees", "ks.lottery.no_extra_conditions", "ks.lottery.absolute_terms")


def terms_marks(terms: str, pack: RulePack, as_of: datetime) -> list[Mark]:
    """The clauses of the terms that check_lottery quotes in its findings, in the order written, with
    the severity of the finding each is in (a condition read from the demand alone is a warning).
    The scans are those of the check (cached per text): calling this after it reads nothing again."""
    marks: list[Mark] = []
    for rule_id in TERMS_RULES:
        rule = pack[rule_id]
        if not rule.in_force(as_of):
            continue
        for hit in terms_hits(pack, rule, as_of, terms):
            less_sure = hit.guessed or (hit.inferred and rule_id == "ks.lottery.no_extra_conditions")
            severity = "warning" if less_sure else rule.severity
            marks.append(Mark(rule_id, severity, hit.start, hit.end, hit.words))
    return sorted(marks, key=lambda m: (m.start, m.end))


def terms_hits(pack: RulePack, rule: Rule, as_of: datetime, terms: str) -> list[Hit]:
    """The clauses of the terms that break the rule: the engine's, as its second opinion (the rule's
    `second_opinion`, if it has one) leaves them, and the sentences the second opinion alone finds.
    A second opinion whose model cannot be read leaves the engine's findings as they are (the check
    says so: see unread_opinion)."""
    reader = scanner(pack, rule, as_of)
    hits = reader.scan(terms)
    try:
        opinion = second_opinion(pack, rule, as_of)
    except RulePackError:
        return list(hits)
    return reconsider(opinion, rule.id, terms, hits, reader) if opinion else list(hits)


def unread_opinion(pack: RulePack, as_of: datetime) -> str | None:
    """What keeps the terms rules' second opinion from being used (its model file missing or
    altered), said once for the rules that have one, or None."""
    for rule_id in TERMS_RULES:
        rule = pack[rule_id]
        try:
            chosen = settings(rule, as_of) if rule.in_force(as_of) else None
            if chosen is not None:
                load_model(pack.file(chosen.model), chosen.sha256)
        except (ModelError, RulePackError) as exc:
            return str(exc).replace(": ", "：")
    return None


def quoted(hits: Sequence[Hit]) -> str:
    """Each clause as the seller wrote it and the words that make it a finding (for a sentence the
    second opinion alone found, the words that weighed most)."""
    return "；".join(f"“{h.clause}”（{'判断依据' if h.guessed else '触发词'}：{'、'.join(h.words)}）" for h in hits)


@check_kind("lottery")
def check_lottery(data: dict[str, Any], as_of: datetime, pack: RulePack) -> Report:
    """Check a live-session lottery plan against the 0元抽奖 rules in force at `as_of`."""
    shop = obj(data.get("shop"), "shop")
    session = obj(data.get("session"), "session")
    start = instant(session["start"], "session.start") if session.get("start") else None
    end = instant(session["end"], "session.end") if session.get("end") else None
    if start and end and end <= start:
        raise InputError("session.end", "直播结束时间必须晚于开始时间")
    prizes = [_prize(raw, i, start, end) for i, raw in enumerate(items(data.get("prizes"), "prizes"))]
    terms = text(data.get("terms"), "terms")
    found = Findings(as_of)
    report = Report("lottery", as_of)
    facts = lottery_facts(report)

    rule = pack["ks.lottery.eligibility"]
    min_exp = Decimal(rule.param("min_experience_score", as_of))
    min_rep = Decimal(rule.param("min_reputation_score", as_of))
    experience = _score(shop.get("experience_score"), "shop.experience_score")
    reputation = _score(shop.get("reputation_score"), "shop.reputation_score")
    eligible = (experience is not None and experience >= min_exp) or (
        reputation is not None and reputation >= min_rep)
    facts["eligible"] = eligible
    if not eligible:
        def shown(score: Decimal | None) -> str:
            return "未填写" if score is None else str(score)

        found.add(rule, f"店铺体验分（{shown(experience)}）未达 {min_exp}，带货口碑分（{shown(reputation)}）"
                        f"也未达 {min_rep}：暂不能使用0元抽奖。任一分数达标后平台会自动开通。",
                  "shop.experience_score")

    rule = pack["ks.lottery.prize_category"]
    designated = rule.param("designated_categories", as_of)
    for prize in prizes:
        top = prize.category[0] if prize.category else ""
        if not prize.in_shop_categories and top not in designated:
            where = " > ".join(prize.category) or "未填写类目"
            found.add(rule, f"奖品“{prize.title}”的类目（{where}）不在本店可上架类目内，也不属于规定的奖品类目"
                            f"（{'、'.join(designated)}）：不能作为奖品，请换成这些类目的奖品。",
                      f"{prize.path}.category")

    rule = pack["ks.lottery.prize_license"]
    licensed = rule.param("licensed_categories", as_of)
    for prize in prizes:
        hit = [c for c in licensed if any(c in level for level in prize.category)]
        if (hit or prize.needs_license) and not prize.has_license:
            why = f"属于需资质的类目（{'、'.join(hit)}）" if hit else "标记为需要经营资质"
            found.add(rule, f"奖品“{prize.title}”{why}，但未确认具备相应资质：请先取得资质，或换一个奖品。",
                      f"{prize.path}.has_license")

    rule = pack["ks.lottery.value_cap"]
    cap = Decimal(rule.param("per_user_cap", as_of))
    per_user = sum((p.worst_case_value for p in prizes), Decimal(0))
    facts["per_user_max_value"] = fmt_money(per_user)
    facts["per_user_cap"] = fmt_money(cap)
    facts["total_prize_value"] = fmt_money(sum((p.unit_value * p.quantity for p in prizes), Decimal(0)))
    if per_user > cap:
        biggest = max(prizes, key=lambda p: p.worst_case_value)
        found.add(rule, f"同一用户本场最多可得奖品价值 {fmt_money(per_user)} 元，超过上限 {fmt_money(cap)} 元"
                        f"（超出 {fmt_money(per_user - cap)} 元）。请降低奖品价值，或限制每人中奖次数"
                        f"（价值最高的是“{biggest.title}”）。",
                  f"{biggest.path}.max_wins_per_user")

    rule = pack["ks.lottery.usage_right"]
    for prize in prizes:
        if prize.usage_right_days is None:
            continue
        if prize.usage_right_days <= 0:
            found.add(rule, f"使用权奖品“{prize.title}”未写明可使用时长：请填写使用天数。",
                      f"{prize.path}.usage_right_days")
        if prize.usage_right_value is None:
            found.add(rule, f"使用权奖品“{prize.title}”未说明 {prize.usage_right_days} 天内的市场价值：请填写。",
                      f"{prize.path}.usage_right_value")

    rule = pack["ks.lottery.title"]
    brands, materials = rule.param("brand_aliases", as_of), rule.param("material_equivalents", as_of)
    categories = rule.param("category_synonyms", as_of)
    for prize in prizes:
        missing = []
        if not prize.brand or not states(prize.title, prize.brand.split("/"), brands, symmetric=True):
            missing.append("品牌" + (f"“{prize.brand}”" if prize.brand else ""))
        if not prize.material or not states(prize.title, [prize.material], materials):
            missing.append("材质" + (f"“{prize.material}”" if prize.material else ""))
        last = prize.category[-1] if prize.category else ""
        if not last or not states(prize.title, [last, *last.split("/")], categories):
            missing.append("品类" + (f"“{last}”" if last else ""))
        if missing:
            found.add(rule, f"奖品标题“{prize.title}”没有写明{'、'.join(missing)}：请补进标题。",
                      f"{prize.path}.title")

    problem = unread_opinion(pack, as_of) if any(ch.isalnum() for ch in terms) else None
    if problem:
        found.add(pack["ks.lottery.no_extra_fees"], f"收费和附加条件的检查这次只按规则的词语进行：文案模型文件"
                  f"（{problem}）无法使用，规则没认出的说法不会提醒。请重新安装本程序或规则包。", "terms",
                  severity="warning")

    rule = pack["ks.lottery.no_extra_fees"]
    hits = terms_hits(pack, rule, as_of, terms)
    sure = [h for h in hits if not h.guessed]
    if sure:
        found.add(rule, f"抽奖说明中有向中奖用户收费的说法：{quoted(sure)}。0元抽奖不得以任何理由收取费用，"
                        "请删去，并由您承担运费等费用。", "terms")
    if len(sure) < len(hits):
        # Found by the second opinion alone: no known way of charging named, said less surely.
        guessed = [h for h in hits if h.guessed]
        these = "这句话" if len(guessed) == 1 else "这些句子"
        found.add(rule, f"抽奖说明中{these}读起来像要中奖用户付钱：{quoted(guessed)}。没有认出具体的收费说法，"
                        "请核对：0元抽奖不得以任何理由收取费用，如有，请删去。", "terms", severity="warning")

    rule = pack["ks.lottery.no_extra_conditions"]
    hits = terms_hits(pack, rule, as_of, terms)
    sure = [h for h in hits if not h.inferred]
    if sure:
        found.add(rule, f"抽奖说明附加了领奖条件：{quoted(sure)}。除参与抽奖外不得要求粉丝等级、"
                        "额外下单等，请删去。", "terms")
    if len(sure) < len(hits):
        # Read from the demand alone (需…、…才能领), no known condition named: said less surely.
        found.add(rule, f"抽奖说明可能附加了领奖条件：{quoted([h for h in hits if h.inferred])}。"
                        "除关注主播、评论口令和填写地址、联系客服等领奖步骤外，要求中奖用户做的事都算附加条件："
                        "如属此类，请删去。", "terms", severity="warning")

    rule = pack["ks.lottery.absolute_terms"]
    absolute = scanner(pack, rule, as_of)
    for path, content in [("terms", terms)] + [(f"{p.path}.title", p.title) for p in prizes]:
        hits = list(absolute.scan(content))
        if hits:
            found.add(rule, f"出现绝对化或夸大用语：{quoted(hits)}。请改为如实描述，直播口述也要避免。", path)

    rule = pack["ks.lottery.main_image"]
    facts["image_checklist"] = image_checklist(pack, as_of)
    for prize in prizes:
        if not prize.image_confirmed:
            found.add(rule, f"奖品“{prize.title}”的主图尚未确认：主体清晰、无无关物体、不遮挡品牌logo。",
                      f"{prize.path}.image_confirmed")

    rule = pack["ks.lottery.ship_48h"]
    window = timedelta(hours=int(rule.param("ship_within_hours", as_of)))
    shipping: list[PrizeShipping] = []
    for prize in prizes:
        if prize.draw_at is None:
            shipping.append({"title": prize.title, "ship_by": None, "shipped_at": None})
            continue
        ship_by = prize.draw_at + window
        shipping.append({"title": prize.title, "ship_by": iso(ship_by),
                         "shipped_at": iso(prize.shipped_at) if prize.shipped_at else None})
        if prize.shipped_at and prize.shipped_at > ship_by:
            late = prize.shipped_at - ship_by
            found.add(rule, f"奖品“{prize.title}”于 {shown_time(prize.shipped_at)} 发货，晚于时限 {shown_time(ship_by)}"
                            f"（迟了 {duration_text(late)}）。", f"{prize.path}.shipped_at")
        elif not prize.shipped_at and as_of > ship_by:
            found.add(rule, f"奖品“{prize.title}”应在 {shown_time(ship_by)} 前发货，现已超时 {duration_text(as_of - ship_by)}"
                            "：请立即发货并联系中奖用户。", f"{prize.path}.shipped_at")
    facts["prizes"] = shipping
    report.findings = found.items
    return report



def image_checklist(pack: RulePack, as_of: datetime) -> list[str]:
    """What the seller confirms about each prize's main image (ks.lottery.main_image), as of a moment."""
    return [str(item) for item in pack["ks.lottery.main_image"].param("checklist", as_of)]
