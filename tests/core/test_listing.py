"""类目迁移与在架数量 rules at their boundaries. Dates, paths, shop types and caps come from the pack
(快手小店关闭“二手-二手车”类目公告, close date 2023-05-23; 《商品在架量级等限制说明》, 2023-06-01)."""

import json
import shutil

import pytest

from core.engine import check
from core.errors import InputError
from core.paths import resource
from core.rulepack import load_pack
from tests.conftest import CONTRACT, bj

ALL_SHOP_TYPES = ["personal", "individual", "enterprise", "flagship", "exclusive", "multi_brand",
                  "mall_flagship"]
USED_CAR = ["二手", "二手车", "二手车"]
NEW_HOME = ["汽车/摩托车服务", "二手车/摩托车售卖", "二手车/摩托车售卖"]
CRAYFISH = ["生鲜", "海鲜水产", "海鲜制品", "调味小龙虾"]
AFTER_CAP = bj("2023-06-10T10:00")


@pytest.fixture
def plan():
    return json.loads((CONTRACT / "listing.json").read_text(encoding="utf-8"))


def shop_with(products, shop_type="individual", in_assessment=False, **extra):
    return {"shop": {"platform": "kuaishou", "name": "测试店", "shop_type": shop_type,
                     "in_assessment_period": in_assessment},
            "products": products, **extra}


def many(count, status="on_sale", category=("服饰/鞋靴", "男装", "T恤"), prefix="P"):
    return [{"id": f"{prefix}{i}", "title": f"纯棉T恤 {i}", "category": list(category), "status": status}
            for i in range(count)]


def hits(data, as_of=AFTER_CAP):
    return {f.rule: f for f in check("listing", data, as_of).findings}


# ks.category.closed ---------------------------------------------------------------------------------
def test_closure_table_comes_from_the_pack(pack):
    [closure] = pack["ks.category.closed"].param("closures", bj("2023-05-20T00:00"))
    assert closure["from"] == USED_CAR[:2] and closure["to"] == NEW_HOME
    assert closure["close_on"] == "2023-05-23"
    assert closure["shop_types"] == ["personal", "individual", "enterprise"]


def test_contract_example_before_the_close_gives_days_left(plan):
    report = check("listing", plan, bj("2023-05-20T00:00"))
    finding = next(f for f in report.findings if f.rule == "ks.category.closed")
    assert finding.severity == "error" and finding.path == "products[0].category"
    assert "还剩 3 天" in finding.message and "2023-05-23" in finding.message
    assert "汽车/摩托车服务 > 二手车/摩托车售卖 > 二手车/摩托车售卖" in finding.message
    assert report.facts["migrations"] == [{
        "id": "KS1001", "title": "2018款 大众朗逸 1.5L 自动挡 二手车", "status": "on_sale",
        "from": USED_CAR, "to": NEW_HOME, "close_on": "2023-05-23", "moved": False}]
    assert report.facts["migration_deadline"]["days_left"] == 3
    assert report.facts["migration_deadline"]["closed"] is False


@pytest.mark.parametrize("as_of, days_left, closed", [
    ("2023-05-22T00:00:00", 1, False),
    ("2023-05-22T23:59:59", 1, False),
    ("2023-05-23T00:00:00", 0, True),
    ("2023-05-24T00:00:00", 0, True),
])
def test_closure_day_before_of_and_after(as_of, days_left, closed):
    data = shop_with([{"id": "A", "title": "二手朗逸", "category": USED_CAR, "status": "on_sale"}])
    report = check("listing", data, bj(as_of))
    finding = next(f for f in report.findings if f.rule == "ks.category.closed")
    assert finding.severity == "error"
    assert report.facts["migration_deadline"]["days_left"] == days_left
    if closed:
        assert "已于 2023-05-23 起被平台统一下架" in finding.message and "还剩" not in finding.message
    else:
        assert "今天是最后一天" in finding.message and "下架" in finding.message


@pytest.mark.parametrize("shop_type", ALL_SHOP_TYPES)
def test_closure_only_for_the_closed_shop_types(shop_type):
    data = shop_with([{"id": "A", "title": "二手朗逸", "category": USED_CAR, "status": "on_sale"}],
                     shop_type=shop_type)
    report = check("listing", data, bj("2023-05-20T00:00"))
    affected = shop_type in ("personal", "individual", "enterprise")
    assert ("ks.category.closed" in {f.rule for f in report.findings}) == affected
    assert bool(report.facts["migrations"]) == affected
    assert (report.facts["migration_deadline"] is not None) == affected


def test_products_already_in_the_new_category_or_marked_moved_are_fine():
    data = shop_with([
        {"id": "A", "title": "二手朗逸", "category": NEW_HOME, "status": "on_sale"},
        {"id": "B", "title": "二手卡罗拉", "category": USED_CAR, "status": "on_sale", "moved": True},
    ])
    report = check("listing", data, bj("2023-05-20T00:00"))
    assert report.ok and report.findings == []
    assert [(m["id"], m["moved"]) for m in report.facts["migrations"]] == [("B", True)]
    assert report.facts["migration_deadline"]["to_move"] == 0


def test_off_sale_products_in_closed_category_are_only_told():
    data = shop_with([{"id": "A", "title": "二手朗逸", "category": USED_CAR, "status": "off_sale"}])
    report = check("listing", data, bj("2023-05-20T00:00"))
    [finding] = report.findings
    assert report.ok and finding.severity == "info" and "未在售" in finding.message
    assert report.facts["migrations"][0]["status"] == "off_sale"


def test_many_products_are_one_finding_naming_the_first_few():
    data = shop_with([{"id": f"C{i}", "title": f"二手车{i}", "category": USED_CAR, "status": "on_sale"}
                      for i in range(10)])
    [finding] = check("listing", data, bj("2023-05-20T00:00")).findings
    assert "C0" in finding.message and "C2" in finding.message and "C3" not in finding.message
    assert "等 10 件" in finding.message


def test_next_closure_is_a_data_change(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(resource("rules"), folder)
    toml = folder / "ks_category_listing.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'shop_types = ["personal", "individual", "enterprise"]\n',
        'shop_types = ["personal", "individual", "enterprise"]\n'
        '[[rule.params.closures.value]]\nclose_on = "2023-08-01"\nfrom = ["二手", "二手手机"]\n'
        'to = ["手机数码", "二手手机"]\nshop_types = ["personal"]\n', 1), encoding="utf-8")
    pack = load_pack(folder)
    data = shop_with([{"id": "P1", "title": "二手iPhone", "category": ["二手", "二手手机", "苹果"],
                       "status": "on_sale"}], shop_type="personal")
    report = check("listing", data, bj("2023-07-30T12:00"), pack=pack)
    assert report.facts["migrations"][0]["to"] == ["手机数码", "二手手机"]
    assert "还剩 2 天" in report.findings[0].message


# ks.category.seafood --------------------------------------------------------------------------------
@pytest.mark.parametrize("shop_type, severity, deposit", [
    ("flagship", "info", "20000.00"), ("exclusive", "info", "20000.00"),
    ("multi_brand", "info", "20000.00"), ("enterprise", "info", "20000.00"),
    ("individual", "info", "2000.00"), ("mall_flagship", "warning", "20000.00"),
    ("personal", "error", None),
])
def test_seafood_leaves_by_shop_type(pack, shop_type, severity, deposit):
    deposits = pack["ks.category.seafood"].param("deposits", AFTER_CAP)
    assert {g["deposit"] for g in deposits} == {"20000.00", "2000.00"}
    data = shop_with([{"id": "L1", "title": "麻辣小龙虾 750g", "category": CRAYFISH, "status": "on_sale"}],
                     shop_type=shop_type)
    report = check("listing", data, AFTER_CAP)
    finding = hits(data)["ks.category.seafood"]
    assert finding.severity == severity and finding.path == "products[0].category"
    assert report.facts["seafood"]["deposit"] == deposit
    assert report.facts["seafood"]["service_fee_rate"] == "2%"
    if deposit:
        assert f"{deposit} 元商品保证金" in finding.message and "2%" in finding.message
        assert "原文：“对于开放的" in finding.message and "前后不一" in finding.message
    else:
        assert "未对个人店开放" in finding.message
    assert "前后不一" in finding.source["note"]


def test_seafood_parent_without_new_leaf_is_not_flagged():
    data = shop_with([{"id": "L1", "title": "即食海参", "category": CRAYFISH[:3], "status": "on_sale"}],
                     shop_type="personal")
    assert "ks.category.seafood" not in hits(data)


# ks.listing.cap -------------------------------------------------------------------------------------
@pytest.mark.parametrize("shop_type", ["personal", "individual", "enterprise"])
@pytest.mark.parametrize("listed, severity", [(4999, None), (5000, "warning"), (5001, "error")])
def test_cap_in_assessment_is_5000(pack, shop_type, listed, severity):
    assert pack["ks.listing.cap"].param("cap_in_assessment", AFTER_CAP) == 5000
    data = shop_with(many(listed), shop_type=shop_type, in_assessment=True)
    report = check("listing", data, AFTER_CAP)
    assert report.facts["listing"] == {"cap": 5000, "listed": listed, "headroom": 5000 - listed,
                                       "in_assessment": True, "in_force": True}
    finding = hits(data).get("ks.listing.cap")
    assert (finding.severity if finding else None) == severity
    if finding:
        assert finding.path == "products"
        assert ("限制发布新商品" in finding.message) if severity == "warning" else ("至少下架 1 件" in finding.message)


@pytest.mark.parametrize("shop_type, in_assessment", [
    ("personal", False), ("individual", False), ("enterprise", False),
    ("flagship", True), ("exclusive", True), ("multi_brand", False), ("mall_flagship", True),
])
@pytest.mark.parametrize("listed, severity", [(19999, None), (20000, "warning"), (20001, "error")])
def test_cap_out_of_assessment_and_brand_shops_is_20000(pack, shop_type, in_assessment, listed, severity):
    assert pack["ks.listing.cap"].param("cap_normal", AFTER_CAP) == 20000
    data = shop_with(many(listed), shop_type=shop_type, in_assessment=in_assessment)
    report = check("listing", data, AFTER_CAP)
    assert report.facts["listing"]["cap"] == 20000
    assert report.facts["listing"]["in_assessment"] is False
    finding = hits(data).get("ks.listing.cap")
    assert (finding.severity if finding else None) == severity


def test_in_assessment_shop_with_more_than_5000_but_only_5000_on_sale_is_at_cap():
    data = shop_with(many(5000) + many(3, status="off_sale", prefix="X"), shop_type="personal",
                     in_assessment=True)
    report = check("listing", data, AFTER_CAP)
    assert report.facts["listing"]["listed"] == 5000
    assert hits(data)["ks.listing.cap"].severity == "warning"


@pytest.mark.parametrize("as_of, in_force", [
    ("2023-05-31T23:59:59", False), ("2023-06-01T00:00:00", True), ("2023-06-02T00:00:00", True),
])
def test_cap_applies_from_2023_06_01(as_of, in_force):
    data = shop_with(many(5001), shop_type="personal", in_assessment=True,
                     category_caps={"服饰/鞋靴": 100})
    report = check("listing", data, bj(as_of))
    rules = [f.rule for f in report.findings]
    assert rules.count("ks.listing.cap") == (2 if in_force else 0)
    assert report.facts["listing"]["in_force"] is in_force
    assert report.facts["listing"]["listed"] == 5001


@pytest.mark.parametrize("listed, severity", [(99, None), (100, "warning"), (101, "error")])
def test_seller_entered_level1_caps(listed, severity):
    products = many(listed) + many(5, category=("汽车用品", "汽车内饰", "脚垫"), prefix="Q")
    data = shop_with(products, category_caps={"服饰/鞋靴": 100, "家居日用": 10})
    report = check("listing", data, AFTER_CAP)
    found = [f for f in report.findings if f.path == "category_caps.服饰/鞋靴"]
    assert [f.severity for f in found] == ([severity] if severity else [])
    assert report.facts["category_counts"] == [
        {"category": "服饰/鞋靴", "listed": listed, "cap": 100},
        {"category": "汽车用品", "listed": 5, "cap": None},
        {"category": "家居日用", "listed": 0, "cap": 10},
    ]


# Bad input ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("change, path", [
    (lambda d: d["products"][2].update(status="selling"), "products[2].status"),
    (lambda d: d["products"][2].pop("status"), "products[2].status"),
    (lambda d: d["products"][1].update(id=""), "products[1].id"),
    (lambda d: d["products"][2].update(id="KS1001"), "products[2].id"),
    (lambda d: d["products"][0].update(category="二手-二手车"), "products[0].category"),
    (lambda d: d["products"][0].update(category=[]), "products[0].category"),
    (lambda d: d["products"][0].update(category=["二手", 3]), "products[0].category"),
    (lambda d: d["products"][0].update(moved="yes"), "products[0].moved"),
    (lambda d: d["products"][0].update(title=5), "products[0].title"),
    (lambda d: d["shop"].update(shop_type="taobao"), "shop.shop_type"),
    (lambda d: d["shop"].pop("shop_type"), "shop.shop_type"),
    (lambda d: d["shop"].update(platform="douyin"), "shop.platform"),
    (lambda d: d["shop"].update(in_assessment_period="no"), "shop.in_assessment_period"),
    (lambda d: d.update(products={"a": 1}), "products"),
    (lambda d: d.update(category_caps={"服饰/鞋靴": -1}), "category_caps.服饰/鞋靴"),
    (lambda d: d.update(category_caps={"服饰/鞋靴": "many"}), "category_caps.服饰/鞋靴"),
])
def test_bad_input_names_the_field(plan, change, path):
    change(plan)
    with pytest.raises(InputError) as err:
        check("listing", plan, AFTER_CAP)
    assert err.value.field == path


def test_numeric_ids_and_extra_fields_are_accepted(plan):
    plan["products"][0].update(id=1001, price="128000.00", stock=1, line=2)
    assert check("listing", plan, AFTER_CAP).facts["migrations"][0]["id"] == "1001"


def test_every_finding_quotes_its_rule():
    data = shop_with(many(5001) + [
        {"id": "A", "title": "二手朗逸", "category": USED_CAR, "status": "on_sale"},
        {"id": "L", "title": "小龙虾", "category": CRAYFISH, "status": "on_sale"}],
        shop_type="personal", in_assessment=True)
    findings = check("listing", data, AFTER_CAP).findings
    assert {f.rule for f in findings} == {"ks.category.closed", "ks.category.seafood", "ks.listing.cap"}
    for finding in findings:
        assert finding.source["quote"] and finding.source["date"] in ("2023-05-23", "2023-06-01")
