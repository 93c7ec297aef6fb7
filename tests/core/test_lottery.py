"""0元抽奖 rules at their boundaries; thresholds come from the pack (《快手小店0元抽奖管理规则》)."""

import copy
import json
from decimal import Decimal

import pytest

from core.engine import check
from core.errors import InputError
from tests.conftest import CONTRACT, bj

AS_OF = bj("2023-06-10T20:00:00")


@pytest.fixture
def plan():
    data = json.loads((CONTRACT / "lottery.json").read_text(encoding="utf-8"))
    data["prizes"][0]["image_confirmed"] = True
    return data


def rules_hit(plan, as_of=AS_OF):
    return {f.rule: f for f in check("lottery", plan, as_of).findings}


def test_contract_example_passes_cleanly(plan):
    report = check("lottery", plan, AS_OF)
    assert report.ok and report.findings == []
    assert report.facts["per_user_max_value"] == "129.00"
    assert report.facts["prizes"][0]["ship_by"] == "2023-06-12T21:00:00+08:00"


@pytest.mark.parametrize("experience, reputation, eligible", [
    (4.40, None, True), (4.39, None, False), (None, 4.35, True), (None, 4.34, False),
    (4.39, 4.35, True), (None, None, False), ("4.40", "", True),
])
def test_eligibility_either_score_suffices(plan, pack, experience, reputation, eligible):
    rule = pack["ks.lottery.eligibility"]
    assert rule.param("min_experience_score", AS_OF) == "4.40"
    assert rule.param("min_reputation_score", AS_OF) == "4.35"
    plan["shop"].update(experience_score=experience, reputation_score=reputation)
    hit = rules_hit(plan)
    assert ("ks.lottery.eligibility" not in hit) == eligible
    if not eligible:
        assert hit["ks.lottery.eligibility"].severity == "error"
        assert hit["ks.lottery.eligibility"].path == "shop.experience_score"


def test_rules_not_in_force_before_2023_05_19(plan):
    plan["shop"]["experience_score"] = 3.0
    plan["prizes"][0]["unit_value"] = "60000.00"
    assert rules_hit(plan, bj("2023-05-18T23:59:59")) == {}
    hit = rules_hit(plan, bj("2023-05-19T00:00:00"))
    assert {"ks.lottery.eligibility", "ks.lottery.value_cap"} <= set(hit)


@pytest.mark.parametrize("unit, ok", [("50000.00", True), ("50000.01", False)])
def test_value_cap_at_exactly_fifty_thousand(plan, pack, unit, ok):
    assert Decimal(pack["ks.lottery.value_cap"].param("per_user_cap", AS_OF)) == Decimal("50000")
    plan["prizes"][0].update(unit_value=unit, max_wins_per_user=1)
    report = check("lottery", plan, AS_OF)
    assert report.facts["per_user_max_value"] == unit
    assert report.ok == ok


def test_value_cap_sums_prizes_and_missing_max_wins_means_whole_quantity(plan):
    second = copy.deepcopy(plan["prizes"][0])
    second.update(unit_value="2500.00", quantity=20, max_wins_per_user=None)
    plan["prizes"].append(second)
    report = check("lottery", plan, AS_OF)
    assert report.facts["per_user_max_value"] == "50129.00"
    finding = next(f for f in report.findings if f.rule == "ks.lottery.value_cap")
    assert "50129.00" in finding.message and finding.path == "prizes[1].max_wins_per_user"


def test_usage_right_value_counts_in_cap(plan):
    plan["prizes"][0].update(usage_right_days=30, usage_right_value="50000.01", unit_value="1.00")
    assert "ks.lottery.value_cap" in rules_hit(plan)


def test_usage_right_needs_duration_and_market_value(plan):
    plan["prizes"][0]["usage_right_days"] = 30
    finding = rules_hit(plan)["ks.lottery.usage_right"]
    assert finding.path == "prizes[0].usage_right_value"
    plan["prizes"][0]["usage_right_value"] = "300.00"
    assert "ks.lottery.usage_right" not in rules_hit(plan)


def test_prize_category_outside_shop_and_designated_is_error(plan):
    plan["prizes"][0].update(in_shop_categories=False, category=["数码", "手机"], title="李宁 纯棉 手机")
    assert rules_hit(plan)["ks.lottery.prize_category"].path == "prizes[0].category"
    plan["prizes"][0]["category"] = ["箱包/饰品", "手链"]
    assert "ks.lottery.prize_category" not in rules_hit(plan)


@pytest.mark.parametrize("category, needs, has, flagged", [
    (["食品", "零食"], False, False, True),
    (["食品", "零食"], False, True, False),
    (["服饰/鞋靴", "男装", "T恤"], True, False, True),
    (["旅游", "出境旅游"], False, False, True),
])
def test_prize_license(plan, category, needs, has, flagged):
    plan["prizes"][0].update(category=category, needs_license=needs, has_license=has)
    assert ("ks.lottery.prize_license" in rules_hit(plan)) == flagged


def test_title_must_name_brand_material_category(plan):
    plan["prizes"][0]["title"] = "超值好礼"
    finding = rules_hit(plan)["ks.lottery.title"]
    assert finding.severity == "warning"
    assert "品牌“李宁”" in finding.message and "材质“纯棉”" in finding.message and "品类" in finding.message


@pytest.mark.parametrize("terms, words", [
    ("中奖后需自付邮费，货到付款", ["邮费", "到付", "货到付款", "自付"]),
    ("中奖用户需支付税费", ["税费", "需支付"]),
])
def test_extra_fees_are_quoted(plan, terms, words):
    plan["terms"] = terms
    finding = rules_hit(plan)["ks.lottery.no_extra_fees"]
    assert finding.path == "terms" and all(w in finding.message for w in words)


def test_free_shipping_is_not_a_fee(plan):
    plan["terms"] = "关注主播即可参与，包邮到家，免运费。"
    assert rules_hit(plan) == {}


def test_extra_conditions_but_following_is_fine(plan):
    plan["terms"] = "粉丝团等级达到5级且额外下单才能领奖"
    finding = rules_hit(plan)["ks.lottery.no_extra_conditions"]
    assert "粉丝团" in finding.message and "额外下单" in finding.message
    plan["terms"] = "关注主播即可参与抽奖"
    assert "ks.lottery.no_extra_conditions" not in rules_hit(plan)


def test_absolute_terms_warn_but_common_phrases_pass(plan):
    plan["terms"] = "全网最低价，顶级品质"
    finding = rules_hit(plan)["ks.lottery.absolute_terms"]
    assert finding.severity == "warning" and "顶级" in finding.message
    plan["terms"] = "每人最多中奖1次，最晚48小时内发货"
    assert "ks.lottery.absolute_terms" not in rules_hit(plan)


def test_unconfirmed_main_image_warns(plan):
    plan["prizes"][0]["image_confirmed"] = False
    assert rules_hit(plan)["ks.lottery.main_image"].severity == "warning"


@pytest.mark.parametrize("shipped, late", [
    ("2023-06-12T21:00:00+08:00", False), ("2023-06-12T21:00:01+08:00", True),
])
def test_ship_within_48h_exactly_is_on_time(plan, shipped, late):
    plan["prizes"][0]["shipped_at"] = shipped
    assert ("ks.lottery.ship_48h" in rules_hit(plan, bj("2023-06-20T00:00"))) == late


@pytest.mark.parametrize("as_of, overdue", [
    ("2023-06-12T21:00:00", False), ("2023-06-12T21:00:01", True),
])
def test_unshipped_prize_overdue_after_ship_by(plan, as_of, overdue):
    hit = rules_hit(plan, bj(as_of))
    assert ("ks.lottery.ship_48h" in hit) == overdue
    if overdue:
        assert hit["ks.lottery.ship_48h"].path == "prizes[0].shipped_at"


def test_naive_times_are_beijing_time(plan):
    plan["session"].update(start="2023-06-10T19:30:00", end="2023-06-10T23:00:00")
    plan["prizes"][0]["draw_at"] = "2023-06-10T21:00:00"
    assert check("lottery", plan, AS_OF).facts["prizes"][0]["ship_by"] == "2023-06-12T21:00:00+08:00"


@pytest.mark.parametrize("field, value, path", [
    ("unit_value", "-1.00", "prizes[0].unit_value"),
    ("unit_value", "abc", "prizes[0].unit_value"),
    ("quantity", 0, "prizes[0].quantity"),
    ("draw_at", "2023-06-10T23:30:00+08:00", "prizes[0].draw_at"),
    ("max_wins_per_user", 21, "prizes[0].max_wins_per_user"),
    ("draw_at", "tonight", "prizes[0].draw_at"),
])
def test_bad_prize_input_names_the_field(plan, field, value, path):
    plan["prizes"][0][field] = value
    with pytest.raises(InputError) as err:
        check("lottery", plan, AS_OF)
    assert err.value.field == path


def test_session_end_before_start_is_refused(plan):
    plan["session"]["end"] = "2023-06-10T18:00:00+08:00"
    with pytest.raises(InputError) as err:
        check("lottery", plan, AS_OF)
    assert err.value.field == "session.end"


def test_every_finding_quotes_its_rule(plan):
    plan["terms"] = "顶级好礼，需自付邮费，粉丝团成员才能领"
    for finding in check("lottery", plan, AS_OF).findings:
        assert finding.source["quote"] and finding.source["date"] == "2023-05-19"
