"""定时优惠 rules at their boundaries (《快手小店定时优惠工具设置范围，怎么操作？》); values from the pack."""

import copy
import json

import pytest

from core.engine import check
from core.errors import InputError
from tests.conftest import CONTRACT, bj

AS_OF = bj("2023-06-10T12:00:00")


@pytest.fixture
def plan():
    return json.loads((CONTRACT / "coupon.json").read_text(encoding="utf-8"))


def report_of(plan):
    return check("coupon", plan, AS_OF)


def rules_hit(plan):
    return {f.rule: f for f in report_of(plan).findings}


def findings_of(plan, rule):
    return [f for f in report_of(plan).findings if f.rule == rule]


def excluded(report):
    return {e["id"]: e["reasons"] for e in report.facts["excluded"]}


def one_product(plan, **fields):
    product = {"id": "X1", "title": "测试商品", "price": "200.00", "commission": "20.00", "source": "alliance"}
    product.update(fields)
    plan["products"] = [product]


def test_contract_example(plan, pack):
    report = report_of(plan)
    assert report.ok
    assert [f.rule for f in report.findings] == ["ks.coupon.client_version"]
    assert report.facts["applicable"] == ["P1"]
    assert excluded(report) == {
        "P2": ["商品金额 39.90 元低于使用条件金额 200.00 元", "佣金 8.00 元低于优惠券面额 20.00 元"],
        "P3": ["佣金 12.00 元低于优惠券面额 20.00 元"],
    }
    setup = report.facts["setup"]
    assert setup["coupon_type_name"] == "主播满减券"
    assert (setup["threshold"], setup["face_value"], setup["quantity"], setup["per_user_limit"]) == (
        "200.00", "20.00", 500, 1)
    assert setup["issue_at"] == "2023-06-10T20:00:00+08:00"
    assert setup["valid_until"] == "2023-06-10T23:59:59+08:00"
    rule = pack["ks.coupon.setup_path"]
    assert setup["create_path"] == rule.param("create_path", AS_OF) == ["营销中心", "营销工具", "定时优惠", "创建活动"]
    assert setup["plan_path"] == rule.param("plan_path", AS_OF) == ["直播助手", "创建直播计划", "营销工具"]
    assert "coupons" not in report.facts


@pytest.mark.parametrize("professional", [False, None])
def test_only_professional_anchors_can_use_timed_coupons(plan, professional):
    plan["shop"]["professional_anchor"] = professional
    finding = rules_hit(plan)["ks.coupon.anchor_only"]
    assert finding.severity == "error" and finding.path == "shop.professional_anchor"
    assert "专业电商主播" in finding.message


@pytest.mark.parametrize("face, ok", [("200.00", False), ("199.99", True), ("250.00", False),
                                       ("0", False), ("0.01", True)])
def test_face_value_must_be_above_zero_and_below_threshold(plan, face, ok):
    plan["coupon"]["face_value"] = face
    plan["products"][0]["commission"] = "250.00"
    hits = findings_of(plan, "ks.coupon.values")
    assert (hits == []) == ok
    if not ok:
        assert hits[0].severity == "error" and hits[0].path == "coupon.face_value"


def test_face_equal_to_threshold_says_what_to_do(plan):
    plan["coupon"]["face_value"] = "200.00"
    finding = findings_of(plan, "ks.coupon.values")[0]
    assert "200.00" in finding.message and "调低面额" in finding.message


@pytest.mark.parametrize("field", ["quantity", "per_user_limit"])
@pytest.mark.parametrize("count, ok", [(0, False), (1, True)])
def test_quantity_and_per_user_limit_at_least_one(plan, field, count, ok):
    plan["coupon"][field] = count
    hits = findings_of(plan, "ks.coupon.values")
    assert (hits == []) == ok
    if not ok:
        assert hits[0].path == f"coupon.{field}" and hits[0].severity == "error"


@pytest.mark.parametrize("valid_until, ok", [
    ("2023-06-10T20:00:00+08:00", False),   # the same moment as issue_at
    ("2023-06-10T20:00:01+08:00", True),
    ("2023-06-10T19:00:00+08:00", False),
    ("2023-06-10T12:00:01Z", True),          # 20:00:01 Beijing time
])
def test_issue_time_must_be_before_end_of_validity(plan, valid_until, ok):
    plan["coupon"]["valid_until"] = valid_until
    hits = findings_of(plan, "ks.coupon.values")
    assert (hits == []) == ok
    if not ok:
        assert hits[0].path == "coupon.valid_until" and "发放时间 2023-06-10 20:00" in hits[0].message


@pytest.mark.parametrize("price, applicable", [("200.00", True), ("199.99", False)])
def test_product_price_at_threshold_qualifies(plan, price, applicable):
    one_product(plan, price=price)
    report = report_of(plan)
    assert (report.facts["applicable"] == ["X1"]) == applicable
    if not applicable:
        assert excluded(report)["X1"] == ["商品金额 199.99 元低于使用条件金额 200.00 元"]


@pytest.mark.parametrize("commission, applicable", [("20.00", True), ("19.99", False)])
def test_commission_at_face_value_qualifies(plan, commission, applicable):
    one_product(plan, commission=commission)
    report = report_of(plan)
    assert (report.facts["applicable"] == ["X1"]) == applicable
    if not applicable:
        assert excluded(report)["X1"] == ["佣金 19.99 元低于优惠券面额 20.00 元"]


def test_no_applicable_product_is_an_error_that_points_at_the_face_value(plan):
    one_product(plan, commission="19.99")
    finding = rules_hit(plan)["ks.coupon.applicable"]
    assert finding.severity == "error" and finding.path == "coupon.face_value"
    assert "没有可用的商品" in finding.message and "满 200.00 减 20.00" in finding.message
    assert not report_of(plan).ok


def test_no_applicable_product_because_of_price_points_at_the_threshold(plan):
    one_product(plan, price="199.99")
    assert rules_hit(plan)["ks.coupon.applicable"].path == "coupon.threshold"


def test_no_products_at_all(plan):
    plan["products"] = []
    finding = rules_hit(plan)["ks.coupon.applicable"]
    assert finding.path == "products" and "没有添加商品" in finding.message


@pytest.mark.parametrize("coupon_type, source", [("anchor", "own"), ("shop", "alliance")])
def test_coupon_type_decides_product_source(plan, pack, coupon_type, source):
    assert pack["ks.coupon.applicable"].param("sources", AS_OF) == {"shop": "own", "anchor": "alliance"}
    plan["coupon"]["type"] = coupon_type
    one_product(plan, source=source)
    report = report_of(plan)
    assert report.facts["applicable"] == []
    assert "只能用于" in excluded(report)["X1"][0]
    assert rules_hit(plan)["ks.coupon.applicable"].path == "coupon.type"


def test_shop_coupon_on_own_product_without_commission_checks_price_only(plan):
    plan["coupon"]["type"] = "shop"
    plan["products"] = [
        {"id": "S1", "title": "自营T恤", "price": "200.00", "source": "own"},
        {"id": "S2", "title": "自营短裤", "price": "199.99", "source": "own"},
    ]
    report = report_of(plan)
    assert report.ok
    assert report.facts["applicable"] == ["S1"]
    assert excluded(report) == {"S2": ["商品金额 199.99 元低于使用条件金额 200.00 元"]}
    info = findings_of(plan, "ks.coupon.applicable")
    assert len(info) == 1 and info[0].severity == "info" and info[0].path == "products[0].commission"
    assert "S1" in info[0].message and "只按" in info[0].message


def test_shop_coupon_on_own_product_with_commission_checks_commission_too(plan):
    plan["coupon"]["type"] = "shop"
    one_product(plan, source="own", commission="19.99")
    assert excluded(report_of(plan))["X1"] == ["佣金 19.99 元低于优惠券面额 20.00 元"]


def test_anchor_coupon_needs_the_commission_of_alliance_products(plan):
    one_product(plan, commission=None)
    report = report_of(plan)
    assert report.facts["applicable"] == []
    assert "未填写佣金" in excluded(report)["X1"][0]


def test_client_version_note_quotes_the_versions(plan, pack):
    rule = pack["ks.coupon.client_version"]
    assert (rule.param("ios_min", AS_OF), rule.param("android_min", AS_OF)) == ("9.7.10", "9.6.50")
    finding = rules_hit(plan)["ks.coupon.client_version"]
    assert finding.severity == "info" and finding.path == "coupon"
    assert "iOS 9.7.10" in finding.message and "安卓 9.6.50" in finding.message


def session_coupons(plan, *windows):
    base = plan.pop("coupon")
    plan["coupons"] = [dict(copy.deepcopy(base), id=f"券{i + 1}", issue_at=start, valid_until=end)
                       for i, (start, end) in enumerate(windows)]


def test_overlapping_issue_windows_warn_on_the_later_coupon(plan):
    session_coupons(plan, ("2023-06-10T20:00:00", "2023-06-10T21:00:00"),
                    ("2023-06-10T20:59:59", "2023-06-10T22:00:00"))
    finding = rules_hit(plan)["ks.coupon.overlap"]
    assert finding.severity == "warning" and finding.path == "coupons[1].issue_at"
    assert "券1" in finding.message and "券2" in finding.message and "20:59:59" in finding.message


def test_back_to_back_coupons_do_not_overlap(plan):
    session_coupons(plan, ("2023-06-10T20:00:00", "2023-06-10T21:00:00"),
                    ("2023-06-10T21:00:00", "2023-06-10T22:00:00"))
    assert "ks.coupon.overlap" not in rules_hit(plan)


def test_single_coupon_and_session_list_are_checked_together(plan):
    plan["coupons"] = [dict(plan["coupon"], id="加码券", face_value="50.00",
                            issue_at="2023-06-10T22:00:00+08:00", valid_until="2023-06-10T22:30:00+08:00")]
    report = report_of(plan)
    assert [(f.rule, f.path) for f in report.findings if f.rule == "ks.coupon.overlap"] == [
        ("ks.coupon.overlap", "coupons[0].issue_at")]
    per_coupon = {c["id"]: c for c in report.facts["coupons"]}
    assert per_coupon[""]["applicable"] == ["P1"] == report.facts["applicable"]
    assert per_coupon["加码券"]["applicable"] == []
    assert per_coupon["加码券"]["setup"]["face_value"] == "50.00"
    no_fit = [f for f in report.findings if f.rule == "ks.coupon.applicable"]
    assert [f.path for f in no_fit] == ["coupons[0].face_value"] and "加码券" in no_fit[0].message


def test_naive_times_are_beijing_time(plan):
    plan["coupon"].update(issue_at="2023-06-10T20:00:00", valid_until="2023-06-10T23:59:59")
    assert report_of(plan).facts["setup"]["issue_at"] == "2023-06-10T20:00:00+08:00"


@pytest.mark.parametrize("where, field, value, path", [
    ("coupon", "face_value", "-1.00", "coupon.face_value"),
    ("coupon", "threshold", "两百", "coupon.threshold"),
    ("coupon", "threshold", None, "coupon.threshold"),
    ("coupon", "type", "platform", "coupon.type"),
    ("coupon", "quantity", -1, "coupon.quantity"),
    ("coupon", "per_user_limit", "一张", "coupon.per_user_limit"),
    ("coupon", "issue_at", "今晚八点", "coupon.issue_at"),
    ("coupon", "valid_until", None, "coupon.valid_until"),
    ("product", "price", "-39.90", "products[0].price"),
    ("product", "commission", "abc", "products[0].commission"),
    ("product", "source", "jd", "products[0].source"),
    ("product", "id", "", "products[0].id"),
])
def test_impossible_values_are_refused_naming_the_field(plan, where, field, value, path):
    target = plan["coupon"] if where == "coupon" else plan["products"][0]
    target[field] = value
    with pytest.raises(InputError) as err:
        report_of(plan)
    assert err.value.field == path


def test_unknown_coupon_type_lists_the_choices(plan):
    plan["coupon"]["type"] = "platform"
    with pytest.raises(InputError) as err:
        report_of(plan)
    assert "店铺满减券" in err.value.message and "主播满减券" in err.value.message


def test_repeated_product_id_is_refused(plan):
    plan["products"][2]["id"] = "P1"
    with pytest.raises(InputError) as err:
        report_of(plan)
    assert err.value.field == "products[2].id"


def test_session_coupons_need_an_id(plan):
    plan["coupons"] = [dict(plan["coupon"])]
    with pytest.raises(InputError) as err:
        report_of(plan)
    assert err.value.field == "coupons[0].id"


def test_a_plan_without_any_coupon_is_refused(plan):
    del plan["coupon"]
    with pytest.raises(InputError) as err:
        report_of(plan)
    assert err.value.field == "coupon"


def test_every_finding_quotes_its_rule_and_names_a_field(plan):
    plan["shop"]["professional_anchor"] = False
    plan["coupon"].update(face_value="300.00", quantity=0)
    plan["coupons"] = [dict(plan["coupon"], id="B", face_value="10.00", quantity=1)]
    report = report_of(plan)
    assert {f.rule for f in report.findings} == {
        "ks.coupon.anchor_only", "ks.coupon.values", "ks.coupon.applicable",
        "ks.coupon.client_version", "ks.coupon.overlap"}
    for finding in report.findings:
        assert finding.path and finding.source["quote"] and finding.source["date"] == "2022-03-20"
