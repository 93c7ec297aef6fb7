"""The 类目迁移 export sheets: the migration worksheet, category caps, findings; written to .xlsx and
.csv (UTF-8 with BOM) with formula-looking cells neutralised."""

import csv
import json

import pytest
from openpyxl import load_workbook

from core.engine import check
from core.exports import write_csv, write_xlsx
from core.exports.listing import MIGRATION_HEADER, category_rows, listing_sheets, migration_rows
from tests.conftest import CONTRACT, bj

AS_OF = bj("2023-06-10T12:00:00")
USED_CAR = ["二手", "二手车", "二手车"]
NEW_HOME = "汽车/摩托车服务 > 二手车/摩托车售卖 > 二手车/摩托车售卖"


@pytest.fixture
def plan():
    return json.loads((CONTRACT / "listing.json").read_text(encoding="utf-8"))


def shop_plan(products, caps=None):
    return {"shop": {"platform": "kuaishou", "name": "老周车行", "shop_type": "individual",
                     "in_assessment_period": True},
            "products": products, "category_caps": caps or {}}


def car(pid, status="on_sale", moved=False, title=None, price="56800.00", stock=1):
    return {"id": pid, "title": title or f"二手朗逸 {pid}", "category": USED_CAR, "status": status,
            "moved": moved, "price": price, "stock": stock}


def test_contract_example_worksheet(plan):
    report = check("listing", plan, AS_OF)
    rows = migration_rows(report, plan["products"])
    assert rows == [MIGRATION_HEADER,
                    ["KS1001", "2018款 大众朗逸 1.5L 自动挡 二手车", "在售", "", "", "二手 > 二手车 > 二手车",
                     NEW_HOME, "2023-05-23", "否"]]


def test_not_yet_moved_first_with_price_and_stock():
    products = [car("A", moved=True), car("B", status="off_sale", price="1200.00", stock=0), car("C")]
    report = check("listing", shop_plan(products), AS_OF)
    rows = migration_rows(report, products)
    assert [(r[0], r[2], r[3], r[4], r[-1]) for r in rows[1:]] == [
        ("B", "未在售", "1200.00", 0, "否"), ("C", "在售", "56800.00", 1, "否"), ("A", "在售", "56800.00", 1, "是")]
    assert all(r[6] == NEW_HOME for r in rows[1:])


def test_no_products_to_move_is_just_the_header():
    shirt = {"id": "T1", "title": "T恤", "category": ["服饰/鞋靴", "男装", "T恤"], "status": "on_sale"}
    assert migration_rows(check("listing", shop_plan([shirt]), AS_OF)) == [MIGRATION_HEADER]


@pytest.mark.parametrize("listed, state", [(2, "未超出"), (3, "已达上限"), (4, "超出 1 件")])
def test_category_rows_against_the_cap_at_its_boundary(listed, state):
    products = [{"id": f"P{i}", "title": "T恤", "category": ["服饰/鞋靴", "男装", "T恤"], "status": "on_sale"}
                for i in range(listed)]
    report = check("listing", shop_plan(products, {"服饰/鞋靴": 3, "美妆护肤": 10}), AS_OF)
    rows = category_rows(report)
    assert rows[0] == ["一级类目", "在售（件）", "类目上限（件）", "还可上架（件）", "状态"]
    assert rows[1] == ["服饰/鞋靴", listed, 3, max(3 - listed, 0), state]
    assert rows[2] == ["美妆护肤", 0, 10, 10, "未超出"]
    assert rows[-1] == ["全店", listed, 5000, 5000 - listed, "未超出"]


def test_category_without_a_cap_says_not_entered():
    report = check("listing", shop_plan([car("A")]), AS_OF)
    assert category_rows(report)[1] == ["二手", 1, "未填写", "", ""]


def test_xlsx_and_csv_round_trip_neutralised(tmp_path):
    products = [car("=HYPERLINK(\"http://x\")", title="+86 二手车"), car("B", moved=True)]
    report = check("listing", shop_plan(products, {"二手": 1}), AS_OF)
    sheets = listing_sheets(report, products)
    assert list(sheets) == ["迁移清单", "类目上限", "检查结果"]
    xlsx = tmp_path / "迁移清单.xlsx"
    write_xlsx(xlsx, sheets)
    book = load_workbook(xlsx)
    worksheet = list(book["迁移清单"].iter_rows(values_only=True))
    assert worksheet[1][:2] == ("'=HYPERLINK(\"http://x\")", "'+86 二手车")
    assert {r[1] for r in book["检查结果"].iter_rows(min_row=2, values_only=True)} >= {
        "ks.category.closed", "ks.listing.cap"}
    out = tmp_path / "迁移清单.csv"
    write_csv(out, sheets["迁移清单"])
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == MIGRATION_HEADER
    assert rows[1][0].startswith("'=") and rows[2][0] == "B" and rows[2][-1] == "是"
