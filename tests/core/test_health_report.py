"""合规体检报告 (core.health_report): every plan's findings with the rule text they quote, the board's open
items, the pack's version and date, everything the seller typed escaped."""

import html
import json
import re
from datetime import timedelta

from core import board, health_report
from core.products import replace_snapshot
from core.store import Shop
from tests.conftest import CONTRACT, bj

NOW = bj("2022-02-10T10:00")


def contract(kind):
    return json.loads((CONTRACT / f"{kind}.json").read_text(encoding="utf-8"))


def made(store, pack, shop=None, now=NOW):
    report = health_report.build(store, pack, now, shop, made_at=now)
    return report, health_report.render(report)


def test_every_plan_with_its_findings_and_the_rule_text_they_quote(store, pack):
    shop = store.save_shop(Shop(name="小林服饰", experience_score="4.52"))
    store.save_plan(shop.id, "aftersale", "售后时效", contract("aftersale"))
    store.save_plan(shop.id, "lottery", "6月10日晚场直播", contract("lottery"))
    store.save_plan(shop.id, "coupon", "双12 定时券", contract("coupon"))
    report, page = made(store, pack, shop)
    assert [p.name for p in report.shops[0].plans] == ["6月10日晚场直播", "双12 定时券", "售后时效"]
    findings = [f for p in report.shops[0].plans for f in p.findings]
    assert findings, "the example plans have findings as of 2022-02-10"
    for finding in findings:
        rule = pack[finding.rule]
        assert html.escape(rule.title) in page
        assert html.escape(rule.source.title) in page and rule.source.date.isoformat() in page
        assert html.escape(rule.source.quote) in page
        assert html.escape(finding.message) in page
    assert "6月10日晚场直播" in page and "双12 定时券" in page


def test_the_open_items_the_pack_and_the_time_of_the_report(store, pack):
    shop = store.save_shop(Shop(name="小林服饰"))
    store.save_plan(shop.id, "aftersale", "售后时效", contract("aftersale"))
    found = board.load(store, pack, NOW, shop)
    board.mark_done(store, [found.items[0].target], NOW)
    report, page = made(store, pack, shop)
    open_items = report.shops[0].open_items
    assert len(open_items) == len(found.items) - 1  # the one marked done is not listed
    for item in open_items:
        assert html.escape(item.what) in page and html.escape(item.rule_title) in page
    assert html.escape(found.items[0].what) not in page
    assert "ks.aftersale." not in page  # rules by their titles, not their ids
    assert f"版本 {pack.version}" in page
    assert re.search(r"版本 [\d.]+（\d{4}-\d\d-\d\d）", page)
    assert "2022-02-10 10:00" in page  # when it was made


def test_the_pack_date_is_the_pack_toml_date_or_from_its_version(pack):
    date = health_report.pack_date(pack)
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", date)
    assert date.replace("-", ".")[:7] == pack.version[:7]


def test_a_shop_name_and_plan_text_are_escaped(store, pack):
    shop = store.save_shop(Shop(name='<b>&"小林</b>'))
    plan = contract("lottery")
    plan["prizes"][0]["title"] = "<script>alert(1)</script>"
    store.save_plan(shop.id, "lottery", "<i>晚场</i>", plan)
    _report, page = made(store, pack, shop, now=bj("2023-06-11T10:00"))
    assert "<b>&" not in page and "<script>" not in page and "<i>" not in page
    assert "&lt;b&gt;&amp;&quot;小林&lt;/b&gt;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;i&gt;晚场&lt;/i&gt;" in page


def test_self_contained_and_printable(store, pack):
    store.save_shop(Shop(name="小林服饰"))
    _report, page = made(store, pack)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert "@page" in page and "A4" in page and "Microsoft YaHei" in page and "sans-serif" in page
    assert not re.search(r"<(script|link|img)\b", page) and "http" not in page


def test_every_shop_each_with_its_own_section(store, pack):
    a = store.save_shop(Shop(name="小林服饰"))
    b = store.save_shop(Shop(name="阿花手作", platform="douyin"))
    store.save_plan(a.id, "aftersale", "售后时效", contract("aftersale"))
    store.save_plan(b.id, "trial", "试运营", contract("trial"))
    report, page = made(store, pack)
    assert [s.shop.name for s in report.shops] == ["小林服饰", "阿花手作"]
    assert page.count('class="shop') == 2 and "全部店铺（2 个）" in page


def test_a_plan_that_cannot_be_checked_is_named(store, pack):
    shop = store.save_shop(Shop(name="小林服饰"))
    bad = contract("lottery")
    bad["prizes"][0]["quantity"] = 0
    store.save_plan(shop.id, "lottery", "坏方案", bad)
    report, page = made(store, pack, shop)
    assert report.shops[0].plans[0].error and "prizes[0].quantity" in report.shops[0].plans[0].error
    assert "无法检查" in page and "坏方案" in page


def test_the_products_are_summed_up_from_what_is_kept(store, pack):
    shop = store.save_shop(Shop(name="老周车行", shop_type="individual"))
    replace_snapshot(store, shop.id, [
        {"id": "A1", "title": "二手 捷达", "category": ["二手", "二手车", "二手车"], "status": "on_sale", "price": "9800.00",
         "stock": 1, "line": 2},
        {"id": "A2", "title": "T恤", "category": ["服饰/鞋靴", "男装", "T恤"], "status": "on_sale", "price": "59.00",
         "stock": 3, "line": 3},
    ], source="商品.csv")
    report, page = made(store, pack, shop, now=bj("2023-06-10T10:00"))
    assert report.shops[0].products["products"] == 2
    assert "共 2 件商品" in page and "类目迁移" in page
    listing = [i for i in report.shops[0].open_items if i.source == "listing"]
    assert listing and html.escape(listing[0].what) in page


def test_as_of_says_when_the_plans_were_checked(store, pack):
    shop = store.save_shop(Shop(name="小林服饰"))
    report = health_report.build(store, pack, NOW, shop, made_at=NOW + timedelta(days=3))
    page = health_report.render(report)
    assert "检查时点" in page and "2022-02-10 10:00" in page and "2022-02-13 10:00" in page
