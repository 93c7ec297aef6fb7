"""python -m core import …: the app's own imports from the command line, all or nothing, exits 0 / 2."""

import subprocess
import sys
from pathlib import Path

import pytest

from core.products import products
from core.store import DB_NAME, Shop, Store

ROOT = Path(__file__).resolve().parents[2]
HEADER = "商品ID,商品名称,类目,价格,库存,商品状态\n"


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8")


@pytest.fixture
def folder(tmp_path):
    store = Store(tmp_path / DB_NAME)
    store.save_shop(Shop(name="老周车行", shop_type="individual"))
    store.save_shop(Shop(name="阿花手作", platform="douyin"))
    store.close()
    return tmp_path


def stored_ids(folder):
    store = Store(folder / DB_NAME)
    try:
        return [p["id"] for p in products(store, 1)]
    finally:
        store.close()


def test_products_import_by_shop_name_and_says_what_it_took(folder):
    path = folder / "商品.csv"
    path.write_text(HEADER + "A1,二手 捷达,二手>二手车>二手车,9800.00,1,在售\nA2,T恤,服饰/鞋靴>男装>T恤,59.00,3,在售\n",
                    encoding="gbk")
    result = run_cli("import", "products", str(path), "--shop", "老周车行", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert "导入 2 条" in result.stdout and "老周车行" in result.stdout
    assert stored_ids(folder) == ["A1", "A2"]


def test_a_bad_row_refuses_the_file_line_by_line_and_keeps_the_old_products(folder):
    good = folder / "good.csv"
    good.write_text(HEADER + "A1,二手 捷达,二手>二手车>二手车,9800.00,1,在售\n", encoding="utf-8")
    assert run_cli("import", "products", str(good), "--shop", "1", "--data-dir", str(folder)).returncode == 0
    bad = folder / "bad.csv"
    bad.write_text(HEADER + "B1,车,二手>二手车>二手车,面议,1,在售\nB2,袜,服饰/鞋靴>男装>袜子,9.9,1,卖光\n", encoding="utf-8")
    result = run_cli("import", "products", str(bad), "--shop", "1", "--data-dir", str(folder))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[1].startswith("第 2 行") and lines[2].startswith("第 3 行")
    assert stored_ids(folder) == ["A1"]


def test_an_explicit_mapping_and_unit(folder):
    path = folder / "odd.csv"
    path.write_text("编码,名字,类目,价钱,库存,状态\nX9,二手 五菱宏光,二手>二手车>二手车,980000,1,在售\n", encoding="utf-8")
    mapping = '{"id": "编码", "title": "名字", "price": "价钱", "price_unit": "fen"}'
    result = run_cli("import", "products", str(path), "--shop", "1", "--data-dir", str(folder), "--mapping", mapping)
    assert result.returncode == 0, result.stderr
    store = Store(folder / DB_NAME)
    assert products(store, 1)[0]["price"] == "9800.00"
    store.close()


@pytest.mark.parametrize("args, says", [
    (("--shop", "没有这家"), "没有找到店铺"),
    (("--shop", "1", "--mapping", "{not json"), "--mapping"),
])
def test_bad_arguments_exit_2_with_one_line(folder, args, says):
    path = folder / "p.csv"
    path.write_text(HEADER + "A1,x,a>b>c,1.00,1,在售\n", encoding="utf-8")
    result = run_cli("import", "products", str(path), "--data-dir", str(folder), *args)
    assert result.returncode == 2 and says in result.stderr and result.stderr.count("\n") == 1


def test_aftersale_and_receipts_go_into_the_shops_documents(folder):
    events = folder / "售后.csv"
    events.write_text("订单号,类型,时间\n2201261234567,发货前仅退款,2022-01-26 09:15\n", encoding="utf-8")
    result = run_cli("import", "aftersale", str(events), "--shop", "老周车行", "--data-dir", str(folder))
    assert result.returncode == 0 and "识别为" in result.stdout
    receipts = folder / "收货.csv"
    receipts.write_text("订单号,确认收货时间,金额\nDY1,2023-04-01 10:00,59.90\n", encoding="utf-8")
    result = run_cli("import", "receipts", str(receipts), "--shop", "阿花手作", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    store = Store(folder / DB_NAME)
    [trial] = store.plans(2, "trial")
    assert store.plan(trial["id"])["data"]["trial"]["receipts"][0]["order"] == "DY1"
    [after] = store.plans(1, "aftersale")
    assert store.plan(after["id"])["data"]["events"][0]["type"] == "refund_before_shipment"
    store.close()


def test_aftersale_export_says_what_it_recognised_and_skipped(folder):
    path = folder / "售后单.csv"
    path.write_text("售后单号,订单号,商品单号,售后类型,售后状态,售后申请时间,发货时间\n"
                    "7123456789012345601,4987654321098765401,1,未发货仅退款,待商家处理,2023/06/08 13:00:00,\n"
                    "7123456789012345602,4987654321098765402,2,换货,待商家处理,2023/06/08 14:00:00,2023/06/06 10:00:00\n",
                    encoding="utf-8-sig")
    result = run_cli("import", "aftersale", str(path), "--shop", "阿花手作", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    assert "识别为：抖店 售后单导出" in result.stdout and "导入 1 条" in result.stdout
    assert "已跳过 1 条换货（售后时效不涵盖）" in result.stdout and "新增 1 条" in result.stdout


def test_aftersale_questions_are_answered_by_options(folder):
    path = folder / "售后单.csv"
    path.write_text("售后单号,订单号,商品单号,售后类型,售后状态,售后申请时间\n"
                    "7123456789012345601,4987654321098765401,1,仅退款,待商家处理,2023/06/08 13:00:00\n",
                    encoding="utf-8")
    asked = run_cli("import", "aftersale", str(path), "--shop", "2", "--data-dir", str(folder))
    assert asked.returncode == 2 and "--refund-only" in asked.stderr and "Traceback" not in asked.stderr
    done = run_cli("import", "aftersale", str(path), "--shop", "2", "--data-dir", str(folder), "--refund-only", "after")
    assert done.returncode == 0, done.stderr
    odd = folder / "手记.csv"
    odd.write_text("单据,处理方式,登记日期\nA1,发货前仅退款,2023-06-08 13:00\n", encoding="utf-8")
    unknown = run_cli("import", "aftersale", str(odd), "--shop", "2", "--data-dir", str(folder))
    assert unknown.returncode == 2 and "--mapping" in unknown.stderr and "单据" in unknown.stderr
    mapping = '{"order_id": "单据", "type": "处理方式", "at": "登记日期"}'
    chosen = run_cli("import", "aftersale", str(odd), "--shop", "2", "--data-dir", str(folder), "--mapping", mapping)
    assert chosen.returncode == 0, chosen.stderr
    again = run_cli("import", "aftersale", str(odd), "--shop", "2", "--data-dir", str(folder))
    assert again.returncode == 0, again.stderr  # the choice was remembered for the shop
