"""The 定时优惠 export sheets: setup values and backend path, applicable / excluded products, findings."""

import copy
import json

import pytest
from openpyxl import load_workbook

from core.exports.coupon import coupon_entries, coupon_sheets, plan_coupons, shown_setup_time
from core.engine import check
from core.exports import write_xlsx
from tests.conftest import CONTRACT, bj

AS_OF = bj("2023-06-10T12:00:00")


@pytest.fixture
def plan():
    return json.loads((CONTRACT / "coupon.json").read_text(encoding="utf-8"))


def test_contract_example_sheets(plan):
    sheets = coupon_sheets(plan, check("coupon", plan, AS_OF))
    assert list(sheets) == ["设置", "适用商品", "不适用商品", "检查结果"]
    setup = sheets["设置"]
    assert setup[0][:4] == ["优惠券", "券类型", "使用条件金额（元）", "优惠券面额（元）"]
    assert setup[1] == ["第1张券", "主播满减券", "200.00", "20.00", 500, 1,
                        "2023-06-10 20:00", "2023-06-10 23:59:59", 1]
    paths = {row[0]: row[1] for row in setup if len(row) == 2}
    assert paths["第一步：逐张创建定时优惠"] == "营销中心 → 营销工具 → 定时优惠 → 创建活动"
    assert paths["第二步：加入本场直播计划"] == "直播助手 → 创建直播计划 → 营销工具"
    assert paths["店铺"] == "小林服饰"
    assert "注意" not in paths
    assert sheets["适用商品"][1:] == [["第1张券", "P1", "真丝连衣裙", "299.00", "45.00", "好物联盟推广商品"]]
    misses = {row[1]: row[-1] for row in sheets["不适用商品"][1:]}
    assert misses == {"P2": "商品金额 39.90 元低于使用条件金额 200.00 元；佣金 8.00 元低于优惠券面额 20.00 元",
                      "P3": "佣金 12.00 元低于优惠券面额 20.00 元"}
    assert [row[1] for row in sheets["检查结果"][1:]] == ["ks.coupon.client_version"]


def test_several_coupons_each_get_their_rows(plan):
    second = copy.deepcopy(plan["coupon"])
    second.update(id="晚场第二张", threshold="40.00", face_value="5.00",
                  issue_at="2023-06-10T21:00:00+08:00")
    plan["coupon"]["id"] = "开场券"
    plan["coupons"] = [second]
    report = check("coupon", plan, AS_OF)
    entries = coupon_entries(plan, report)
    assert [e["id"] for e in entries] == ["开场券", "晚场第二张"]
    sheets = coupon_sheets(plan, report)
    assert [row[0] for row in sheets["设置"][1:3]] == ["开场券", "晚场第二张"]
    assert sheets["设置"][2][6] == "2023-06-10 21:00"
    assert [(row[0], row[1]) for row in sheets["适用商品"][1:]] == [
        ("开场券", "P1"), ("晚场第二张", "P1"), ("晚场第二张", "P3")]
    paths = {row[0]: row[1] for row in sheets["设置"] if len(row) == 2}
    assert "重叠" not in json.dumps(paths, ensure_ascii=False)
    assert "ks.coupon.overlap" in [row[1] for row in sheets["检查结果"][1:]]


def test_errors_are_called_out_on_the_setup_sheet(plan):
    plan["coupon"]["face_value"] = "200.00"
    sheets = coupon_sheets(plan, check("coupon", plan, AS_OF))
    notes = [row for row in sheets["设置"] if row and row[0] == "注意"]
    assert notes and "错误" in notes[0][1]


def test_missing_commission_is_written_as_such(plan):
    plan["coupon"]["type"] = "shop"
    plan["products"] = [{"id": "K1", "title": "自营T恤", "price": "259.00", "source": "own"}]
    sheets = coupon_sheets(plan, check("coupon", plan, AS_OF))
    assert sheets["适用商品"][1] == ["第1张券", "K1", "自营T恤", "259.00", "未填写", "本店自建商品"]


def test_formula_looking_text_is_neutralised_in_the_file(plan, tmp_path):
    plan["products"][0]["title"] = "=HYPERLINK(\"http://x\")"
    plan["coupon"]["id"] = "+1券"
    out = tmp_path / "coupon.xlsx"
    write_xlsx(out, coupon_sheets(plan, check("coupon", plan, AS_OF)))
    book = load_workbook(out)
    assert book.sheetnames == ["设置", "适用商品", "不适用商品", "检查结果"]
    assert book["设置"]["A2"].value == "'+1券"
    assert book["适用商品"]["C2"].value == "'=HYPERLINK(\"http://x\")"


def test_plan_coupons_order_and_bad_shapes():
    assert plan_coupons({"coupon": {"id": "a"}, "coupons": [{"id": "b"}, "x"]}) == [{"id": "a"}, {"id": "b"}]
    assert plan_coupons({"coupons": "oops"}) == []
    assert shown_setup_time("not a time") == "not a time"
    assert shown_setup_time("2023-06-10T20:00:00+08:00") == "2023-06-10 20:00"
