"""0元入驻 trial rules at their boundaries; thresholds come from the pack (《抖音电商“0元入驻”试运营规范》)."""

import json
from decimal import Decimal

import pytest

from core.engine import check
from core.errors import InputError
from tests.conftest import CONTRACT, bj

AS_OF = bj("2023-04-05T00:00:00")
END_CODES = ["deposit_paid", "orders", "amount", "general_violations", "serious_violations",
             "violating_orders", "influencer_points"]


@pytest.fixture
def plan():
    return json.loads((CONTRACT / "trial.json").read_text(encoding="utf-8"))


def found(plan, as_of=AS_OF):
    return check("trial", plan, as_of).findings


def rules_hit(plan, as_of=AS_OF):
    return {f.rule for f in found(plan, as_of)}


def only(plan, rule, as_of=AS_OF):
    hits = [f for f in found(plan, as_of) if f.rule == rule]
    assert len(hits) == 1, hits
    return hits[0]


def test_contract_example_is_in_trial_and_its_withdrawal_passes(plan):
    report = check("trial", plan, AS_OF)
    assert report.ok
    assert {f.severity for f in report.findings} == {"info"}
    facts = report.facts
    assert facts["status"] == "in_trial" and facts["end_reasons"] == []
    assert facts["next_withdraw_date"] == "2023-04-05"
    assert (facts["withdraw_min"], facts["withdraw_max"]) == ("100.00", "900.00")
    assert (facts["deposit_after"], facts["deposit_shortfall"]) == ("1100.00", "900.00")
    assert facts["deposit_shortfall_now"] == "1700.00"
    assert facts["settlements"] == [{"order": "DY20230401001", "settle_at": "2023-04-22T10:00:00+08:00",
                                     "settled": False, "amount": "59.90"}]
    assert facts["can_withdraw_now"] is True


# ---- dy.trial.withdraw_frequency -------------------------------------------------------------

def test_one_withdrawal_per_month_comes_from_the_pack(pack):
    assert pack["dy.trial.withdraw_frequency"].param("withdrawals_per_month", AS_OF) == 1


@pytest.mark.parametrize("requested, allowed", [
    ("2023-04-01", True),
    ("2023-04-01T00:00:00", True),
    ("2023-03-31T23:59", False),
    ("2023-03-01", False),
    ("2023-03-31T16:00:00+00:00", True),    # 2023-04-01 00:00 in Beijing
    ("2023-03-31T15:59:59+00:00", False),   # still March 31 in Beijing
])
def test_month_is_the_calendar_month_in_beijing(plan, requested, allowed):
    plan["trial"]["withdrawals"] = [{"date": "2023-03-31", "amount": "300.00"}]
    plan["withdrawal_request"] = {"date": requested, "amount": "300.00"}
    hit = [f for f in found(plan, bj("2023-03-31T23:59")) if f.rule == "dy.trial.withdraw_frequency"]
    assert (hit == []) == allowed
    if not allowed:
        assert hit[0].severity == "error" and hit[0].path == "withdrawal_request.date"
        assert "2023-04-01" in hit[0].message and "每月只能提现 1 次" in hit[0].message


@pytest.mark.parametrize("ledger, as_of, next_day", [
    (["2023-03-31"], "2023-03-31T23:59", "2023-04-01"),
    (["2023-03-31"], "2023-04-01T00:00", "2023-04-01"),
    (["2023-03-31", "2023-04-01"], "2023-04-01T00:00", "2023-05-01"),
    (["2023-04-20", "2023-05-02"], "2023-04-05T00:00", "2023-06-01"),
    (["2023-12-05"], "2023-12-20T12:00", "2024-01-01"),
    ([], "2023-04-05T00:00", "2023-04-05"),
])
def test_next_withdraw_date_skips_months_already_used(plan, ledger, as_of, next_day):
    plan["trial"]["withdrawals"] = [{"date": d, "amount": "100.00"} for d in ledger]
    report = check("trial", plan, bj(as_of))
    assert report.facts["next_withdraw_date"] == next_day
    assert report.facts["can_withdraw_now"] == (next_day == as_of[:10])


def test_next_withdraw_date_not_before_trial_starts(plan):
    plan["trial"].update(started="2023-04-10", withdrawals=[])
    plan["withdrawal_request"] = {"date": "2023-04-10", "amount": "100.00"}
    assert check("trial", plan, bj("2023-04-05T00:00")).facts["next_withdraw_date"] == "2023-04-10"


def test_request_without_date_means_today(plan):
    plan["trial"]["withdrawals"] = [{"date": "2023-04-02", "amount": "100.00"}]
    plan["withdrawal_request"] = {"amount": "100.00"}
    assert only(plan, "dy.trial.withdraw_frequency").path == "withdrawal_request.date"


def test_two_withdrawals_in_one_month_of_the_ledger_are_pointed_at(plan):
    plan["trial"]["withdrawals"] = [{"date": "2023-03-02"}, {"date": "2023-03-20", "amount": "100.00"}]
    finding = only(plan, "dy.trial.withdraw_frequency")
    assert finding.path == "trial.withdrawals[1].date" and "2023-03" in finding.message


# ---- dy.trial.withdraw_amount ----------------------------------------------------------------

def test_amount_bounds_come_from_the_pack(pack):
    rule = pack["dy.trial.withdraw_amount"]
    assert Decimal(rule.param("min_amount", AS_OF)) == Decimal(100)
    assert Decimal(rule.param("max_share_of_sales", AS_OF)) == Decimal("0.5")


@pytest.mark.parametrize("sales, amount, ok", [
    ("1800.00", "100.00", True), ("1800.00", "99.99", False),
    ("1800.00", "900.00", True), ("1800.00", "900.01", False),
    ("1800.01", "900.00", True), ("1800.01", "900.01", False),   # half of it is 900.005
    ("200.00", "100.00", True), ("199.98", "100.00", False),
])
def test_amount_between_100_and_half_the_sales_balance(plan, sales, amount, ok):
    plan["trial"]["sales_balance"] = sales
    plan["withdrawal_request"]["amount"] = amount
    report = check("trial", plan, AS_OF)
    hit = [f for f in report.findings if f.rule == "dy.trial.withdraw_amount"]
    assert (hit == []) == ok and report.ok == ok
    if not ok:
        assert hit[0].path == "withdrawal_request.amount" and amount in hit[0].message


def test_withdraw_max_rounds_down_to_the_cent(plan):
    plan["trial"]["sales_balance"] = "1800.01"
    assert check("trial", plan, AS_OF).facts["withdraw_max"] == "900.00"


def test_sales_too_small_says_how_much_is_needed(plan):
    plan["trial"]["sales_balance"] = "150.00"
    plan["withdrawal_request"]["amount"] = "100.00"
    report = check("trial", plan, AS_OF)
    assert report.facts["withdraw_max"] == "75.00" and report.facts["can_withdraw_now"] is False
    assert "200.00" in only(plan, "dy.trial.withdraw_amount").message


@pytest.mark.parametrize("deposit, blocked", [("-0.01", True), ("0.00", False)])
def test_no_withdrawal_while_deposit_below_zero(plan, deposit, blocked):
    plan["trial"]["deposit_balance"] = deposit
    report = check("trial", plan, AS_OF)
    hit = [f for f in report.findings if f.rule == "dy.trial.withdraw_amount"]
    assert (len(hit) == 1) == blocked and report.facts["can_withdraw_now"] == (not blocked)
    if blocked:
        assert hit[0].path == "withdrawal_request.amount" and "补缴保证金" in hit[0].message


# ---- dy.trial.deposit_topup ------------------------------------------------------------------

def test_topup_adds_the_withdrawal_to_the_deposit(plan):
    finding = only(plan, "dy.trial.deposit_topup")
    assert finding.severity == "info" and finding.path == "withdrawal_request.amount"
    assert "1100.00" in finding.message and "900.00" in finding.message
    assert "个人店货款直充保证金" in finding.message


@pytest.mark.parametrize("amount, after, shortfall", [
    ("1699.99", "1999.99", "0.01"), ("1700.00", "2000.00", "0.00"), ("1700.01", "2000.01", "0.00"),
])
def test_shortfall_after_the_requested_withdrawal(plan, amount, after, shortfall):
    plan["trial"]["sales_balance"] = "3400.02"
    plan["withdrawal_request"]["amount"] = amount
    facts = check("trial", plan, AS_OF).facts
    assert (facts["deposit_after"], facts["deposit_shortfall"]) == (after, shortfall)


def test_without_a_request_the_shortfall_is_todays(plan):
    del plan["withdrawal_request"]
    report = check("trial", plan, AS_OF)
    assert report.facts["deposit_after"] is None and report.facts["deposit_shortfall"] == "1700.00"
    assert not {"dy.trial.deposit_topup", "dy.trial.withdraw_amount"} & {f.rule for f in report.findings}


def test_enterprise_topup_has_no_personal_shop_note(plan):
    plan["shop"]["shop_type"] = "enterprise"
    assert "个人店" not in only(plan, "dy.trial.deposit_topup").message


# ---- dy.trial.settlement ---------------------------------------------------------------------

def test_settlement_days_come_from_the_pack(pack):
    assert pack["dy.trial.settlement"].param("settle_after_days", AS_OF) == 21


@pytest.mark.parametrize("as_of, settled", [("2023-04-22T09:59:59", False), ("2023-04-22T10:00:00", True)])
def test_settles_21_days_after_receipt_is_confirmed(plan, as_of, settled):
    plan["trial"]["receipts"][0]["confirmed_at"] = "2023-04-01T10:00:00"  # naive: Beijing time
    report = check("trial", plan, bj(as_of))
    assert report.facts["settlements"][0]["settle_at"] == "2023-04-22T10:00:00+08:00"
    assert report.facts["settlements"][0]["settled"] is settled
    hit = [f for f in report.findings if f.rule == "dy.trial.settlement"]
    assert (hit == []) == settled
    if not settled:
        assert hit[0].path == "trial.receipts[0].confirmed_at" and "2023-04-22 10:00" in hit[0].message


# ---- dy.trial.deposit_negative ---------------------------------------------------------------

@pytest.mark.parametrize("deposit, negative", [("-0.01", True), ("0.00", False)])
def test_deposit_below_zero_restricts_the_shop(plan, deposit, negative):
    plan["trial"]["deposit_balance"] = deposit
    report = check("trial", plan, AS_OF)
    hit = [f for f in report.findings if f.rule == "dy.trial.deposit_negative"]
    assert (len(hit) == 1) == negative
    restricted = {"货款抵扣保证金", "限制货款提现", "限制发布商品", "店铺限制成交"}
    assert (restricted <= set(report.facts["restrictions"])) == negative
    if negative:
        assert hit[0].severity == "error" and hit[0].path == "trial.deposit_balance"
        assert "0.01" in hit[0].message


# ---- dy.trial.listing_cap --------------------------------------------------------------------

@pytest.mark.parametrize("shop_type, cap", [("personal", 100), ("individual", 200), ("enterprise", 200)])
def test_online_products_cap_per_shop_type(plan, pack, shop_type, cap):
    assert pack["dy.trial.listing_cap"].param("online_cap", AS_OF)[shop_type] == cap
    plan["shop"]["shop_type"] = shop_type
    plan["trial"]["online_products"] = cap
    report = check("trial", plan, AS_OF)
    assert report.ok and report.facts["online_cap"] == cap
    plan["trial"]["online_products"] = cap + 1
    finding = next(f for f in found(plan) if f.rule == "dy.trial.listing_cap" and f.severity == "error")
    assert finding.path == "trial.online_products" and "下架 1 个" in finding.message


@pytest.mark.parametrize("shop_type, shelf_only", [("personal", True), ("individual", False), ("enterprise", False)])
def test_personal_shops_sell_from_the_shelf_only(plan, pack, shop_type, shelf_only):
    assert pack["dy.trial.listing_cap"].param("shelf_only_types", AS_OF) == ["personal"]
    plan["shop"]["shop_type"] = shop_type
    report = check("trial", plan, AS_OF)
    hit = [f for f in report.findings if f.rule == "dy.trial.listing_cap"]
    assert (len(hit) == 1) == shelf_only
    if shelf_only:
        assert hit[0].severity == "info" and hit[0].path == "shop.shop_type" and "直播" in hit[0].message
    assert ("仅支持货架经营，暂不能直播、短视频带货" in report.facts["restrictions"]) == shelf_only


# ---- dy.trial.marketing ----------------------------------------------------------------------

def test_marketing_limits_while_in_trial(plan):
    finding = only(plan, "dy.trial.marketing")
    assert finding.severity == "info"
    assert all(w in finding.message for w in ("精选联盟", "平台补贴", "赠品", "搭配购", "多件优惠"))


# ---- dy.trial.ended --------------------------------------------------------------------------

def test_end_thresholds_come_from_the_pack(pack):
    rule = pack["dy.trial.ended"]
    assert rule.param("max_orders", AS_OF) == {"personal": 100, "individual": 200, "enterprise": 200}
    assert rule.param("max_amount", AS_OF) == {"personal": "5000.00", "individual": "10000.00",
                                               "enterprise": "10000.00"}
    assert [rule.param(p, AS_OF) for p in ("general_violations", "serious_violations", "violating_orders",
                                           "influencer_points")] == [2, 1, 11, 4]


BOUNDARIES = [
    # shop_type, field, stays in trial, ends it, reason, path
    ("personal", "paid_orders", 100, 101, "orders", "trial.paid_orders"),
    ("personal", "paid_amount", "5000.00", "5000.01", "amount", "trial.paid_amount"),
    ("individual", "paid_orders", 200, 201, "orders", "trial.paid_orders"),
    ("individual", "paid_amount", "10000.00", "10000.01", "amount", "trial.paid_amount"),
    ("enterprise", "paid_orders", 200, 201, "orders", "trial.paid_orders"),
    ("enterprise", "paid_amount", "10000.00", "10000.01", "amount", "trial.paid_amount"),
    ("personal", "general_violations", 1, 2, "general_violations", "trial.general_violations"),
    ("personal", "serious_violations", 0, 1, "serious_violations", "trial.serious_violations"),
    ("personal", "violating_orders", 10, 11, "violating_orders", "trial.violating_orders"),
    ("personal", "influencer_points_30d", 3, 4, "influencer_points", "trial.influencer_points_30d"),
    ("personal", "deposit_balance", "1999.99", "2000.00", "deposit_paid", "trial.deposit_balance"),
]


@pytest.mark.parametrize("shop_type, field, stays, ends, reason, path", BOUNDARIES)
def test_each_end_reason_alone_at_its_boundary(plan, shop_type, field, stays, ends, reason, path):
    plan["shop"]["shop_type"] = shop_type
    plan["trial"][field] = stays
    facts = check("trial", plan, AS_OF).facts
    assert (facts["status"], facts["end_reasons"]) == ("in_trial", [])
    assert "dy.trial.ended" not in rules_hit(plan)
    plan["trial"][field] = ends
    facts = check("trial", plan, AS_OF).facts
    assert (facts["status"], facts["end_reasons"]) == ("ended", [reason])
    finding = only(plan, "dy.trial.ended")
    assert finding.severity == "warning" and finding.path == path and "试运营期" in finding.message


def test_all_end_reasons_together_in_the_announcements_order(plan):
    plan["trial"].update(deposit_balance="2000.00", paid_orders=101, paid_amount="5000.01", general_violations=2,
                         serious_violations=1, violating_orders=11, influencer_points_30d=4)
    report = check("trial", plan, AS_OF)
    assert report.facts["status"] == "ended" and report.facts["end_reasons"] == END_CODES
    assert len([f for f in report.findings if f.rule == "dy.trial.ended"]) == len(END_CODES)
    assert all(g["reached"] for g in report.facts["gauges"])


def test_gauges_say_where_the_shop_stands_and_how_far_to_go(plan):
    plan["trial"].update(paid_orders=100, general_violations=1)
    gauges = {g["code"]: g for g in check("trial", plan, AS_OF).facts["gauges"]}
    assert list(gauges) == END_CODES[1:]
    assert gauges["orders"] == {"code": "orders", "label": "支付订单总量", "value": 100, "limit": 100,
                                "ends_when": ">", "reached": False, "remaining": 0}
    assert gauges["amount"]["value"] == "3120.50" and gauges["amount"]["remaining"] == "1879.50"
    assert gauges["general_violations"] == {
        "code": "general_violations", "label": "店铺一般违规", "value": 1, "limit": 2,
        "ends_when": ">=", "reached": False, "remaining": 0}
    assert gauges["influencer_points"]["remaining"] == 3


def test_individual_gauges_use_their_own_limits(plan):
    plan["shop"]["shop_type"] = "individual"
    gauges = {g["code"]: g for g in check("trial", plan, AS_OF).facts["gauges"]}
    assert (gauges["orders"]["limit"], gauges["amount"]["limit"]) == (200, "10000.00")


# ---- dy.trial.after_end ----------------------------------------------------------------------

def test_ended_without_full_deposit_restricts_listing_and_trading(plan):
    plan["trial"]["violating_orders"] = 11
    report = check("trial", plan, AS_OF)
    finding = only(plan, "dy.trial.after_end")
    assert not report.ok and finding.path == "trial.deposit_balance" and "1700.00" in finding.message
    assert {"限制发布商品", "店铺限制成交"} <= set(report.facts["restrictions"])


def test_full_deposit_ends_the_trial_and_lifts_its_limits(plan):
    plan["trial"].update(deposit_balance="2000.00", violating_orders=11, online_products=150,
                         withdrawals=[{"date": "2023-04-01", "amount": "100.00"}])
    plan["withdrawal_request"]["amount"] = "1500.00"
    report = check("trial", plan, AS_OF)
    assert report.ok and report.facts["restrictions"] == []
    assert {f.rule for f in report.findings} == {"dy.trial.ended"}
    assert report.facts["next_withdraw_date"] == "2023-04-05"


# ---- effective date, input ------------------------------------------------------------------

def test_no_findings_before_2023_02_28(plan):
    plan["trial"].update(started="2023-02-01", deposit_balance="-5.00", online_products=150, paid_orders=101,
                         withdrawals=[{"date": "2023-02-03", "amount": "100.00"}])
    plan["withdrawal_request"] = {"date": "2023-02-20", "amount": "5000.00"}
    report = check("trial", plan, bj("2023-02-27T23:59:59"))
    assert report.findings == [] and report.facts["restrictions"] == []
    hit = rules_hit(plan, bj("2023-02-28T00:00:00"))
    assert {"dy.trial.withdraw_frequency", "dy.trial.withdraw_amount", "dy.trial.deposit_negative",
            "dy.trial.listing_cap", "dy.trial.ended", "dy.trial.after_end", "dy.trial.marketing"} <= hit


def test_negative_deposit_balance_is_valid_input(plan):
    plan["trial"]["deposit_balance"] = "-120.50"
    assert check("trial", plan, AS_OF).facts["deposit_shortfall_now"] == "2120.50"


@pytest.mark.parametrize("where, field, value, path", [
    ("trial", "sales_balance", "-0.01", "trial.sales_balance"),
    ("trial", "sales_balance", "很多", "trial.sales_balance"),
    ("trial", "deposit_balance", "abc", "trial.deposit_balance"),
    ("trial", "deposit_required", "0", "trial.deposit_required"),
    ("trial", "paid_amount", "-1.00", "trial.paid_amount"),
    ("trial", "paid_orders", -1, "trial.paid_orders"),
    ("trial", "online_products", "many", "trial.online_products"),
    ("trial", "general_violations", -1, "trial.general_violations"),
    ("trial", "influencer_points_30d", True, "trial.influencer_points_30d"),
    ("trial", "started", "March", "trial.started"),
    ("shop", "shop_type", "flagship", "shop.shop_type"),
    ("shop", "shop_type", None, "shop.shop_type"),
    ("shop", "platform", "kuaishou", "shop.platform"),
    ("withdrawal_request", "amount", "八百", "withdrawal_request.amount"),
    ("withdrawal_request", "amount", "-100.00", "withdrawal_request.amount"),
    ("withdrawal_request", "date", "2023-02-28", "withdrawal_request.date"),   # before trial.started
    ("withdrawal_request", "date", "next week", "withdrawal_request.date"),
])
def test_bad_input_names_the_field(plan, where, field, value, path):
    plan[where][field] = value
    with pytest.raises(InputError) as err:
        check("trial", plan, AS_OF)
    assert err.value.field == path


@pytest.mark.parametrize("entry, path", [
    ({"date": "2023-02-28", "amount": "300.00"}, "trial.withdrawals[0].date"),   # before trial.started
    ({"date": "2023-03-20", "amount": "x"}, "trial.withdrawals[0].amount"),
    ({"amount": "300.00"}, "trial.withdrawals[0].date"),
])
def test_bad_ledger_entry_names_the_field(plan, entry, path):
    plan["trial"]["withdrawals"] = [entry]
    with pytest.raises(InputError) as err:
        check("trial", plan, AS_OF)
    assert err.value.field == path


def test_bad_receipt_time_names_the_field(plan):
    plan["trial"]["receipts"][0]["confirmed_at"] = "yesterday"
    with pytest.raises(InputError) as err:
        check("trial", plan, AS_OF)
    assert err.value.field == "trial.receipts[0].confirmed_at"


def test_every_finding_quotes_its_rule_and_names_a_field(plan):
    plan["trial"].update(deposit_balance="-1.00", online_products=101, paid_orders=101)
    plan["withdrawal_request"]["amount"] = "99.00"
    findings = found(plan)
    assert len({f.rule for f in findings}) >= 7
    traditional = set("與為們來個說時發規則東開關會處續條達鋪實價額貨違還")
    for finding in findings:
        assert finding.path and finding.source["date"] == "2023-02-28" and finding.source["quote"]
        assert not traditional & set(finding.message), finding.message
