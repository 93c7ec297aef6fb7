"""The platforms' own exports go in as the back office writes them (issue #20): each export profile
recognised by its header, platform values mapped, rows that are not records skipped and counted,
Excel-mangled ids refused, the columns a seller chose remembered per shop and export.

The fixtures are built here from the exports' column names with made-up values, in the encodings the
platforms write (UTF-8 with and without BOM, GB18030, .xlsx)."""

import csv
import io

import pytest
from openpyxl import Workbook

from core.importers.aftersale import import_aftersale, read_events
from core.importers.base import ColumnsUnknown, ImportRefused, NeedsAnswer
from core.importers.products import preview
from core.importers.receipts import import_receipts, read_receipts
from core.store import Shop, Store

ENCODINGS = ("utf-8-sig", "utf-8", "gb18030")


def write(tmp_path, rows, name, encoding="utf-8-sig", tabbed=False):
    """A file as the export writes it: CSV in `encoding` (cells prefixed with a tab when `tabbed`, as
    抖店 does to keep Excel off its numbers), or .xlsx."""
    path = tmp_path / name
    if name.endswith(".xlsx"):
        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
        return path
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for i, row in enumerate(rows):
        writer.writerow([f"\t{c}" if tabbed and i and c != "" else c for c in row])
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.fixture
def store(tmp_path):
    made = Store(tmp_path / "shop.db")
    made.save_shop(Shop(name="阿花手作", platform="douyin"))
    made.save_shop(Shop(name="老周车行"))
    yield made
    made.close()


def shop(store, n=1):
    return store.shop(n)


# 抖店 售后单导出 -------------------------------------------------------------------------------------
DY_AFTERSALE = ["售后单号", "订单号", "商品单号", "商品ID", "售后类型", "售后状态", "退款方式", "退商品金额（元）",
                "售后申请时间", "售后原因", "同意售后申请时间", "发货时间", "售后关闭时间", "售后完结时间"]


def dy_aftersale_rows(n=0):
    rows = [DY_AFTERSALE,
            ["7123456789012345601", "4987654321098765401", "4987654321098765402", "3601234567890", "未发货仅退款",
             "待商家处理", "原路退回", "59.90", "2023/06/08 13:00:00", "拍错了", "", "", "", ""],
            ["7123456789012345602", "4987654321098765403", "4987654321098765404", "3601234567890", "退货退款",
             "待买家退货", "原路退回", "1,299.00", "2023/06/08 14:30:00", "尺码不合适", "2023/06/08 15:00:00",
             "2023/06/06 10:00:00", "", ""],
            ["7123456789012345603", "4987654321098765405", "4987654321098765406", "3601234567891", "仅退款",
             "待商家处理", "原路退回", "19.90", "2023/06/09 09:00:00", "不想要了", "", "", "", ""],
            ["7123456789012345604", "4987654321098765407", "4987654321098765408", "3601234567891", "仅退款",
             "退款成功", "原路退回", "19.90", "2023/06/09 10:00:00", "少件", "", "2023/06/07 18:00:00", "",
             "2023/06/09 12:00:00"],
            ["7123456789012345605", "4987654321098765409", "4987654321098765410", "3601234567892", "换货",
             "待商家处理", "", "0.00", "2023/06/09 11:00:00", "颜色不对", "", "2023/06/05 10:00:00", "", ""],
            ["7123456789012345606", "4987654321098765411", "4987654321098765412", "3601234567892", "补寄",
             "售后关闭", "", "0.00", "2023/06/09 11:30:00", "漏发", "", "2023/06/05 10:00:00", "", ""],
            ["7123456789012345607", "4987654321098765413", "4987654321098765414", "3601234567893", "已发货仅退款",
             "售后关闭", "原路退回", "39.00", "2023/06/10 08:00:00", "未收到货", "", "2023/06/06 10:00:00",
             "2023/06/10 09:00:00", ""]]
    for i in range(n):
        rows.append([f"71234567890{i:08d}", f"49876543210{i:08d}", f"49876543211{i:08d}", "3601234567899",
                     ("未发货仅退款", "退货退款", "已发货仅退款", "换货")[i % 4], "待商家处理", "原路退回", "9.90",
                     f"2023/06/{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:00", "", "", "", "", ""])
    return rows


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_dy_aftersale_export_goes_in_unedited(tmp_path, encoding):
    path = write(tmp_path, dy_aftersale_rows(), "售后单.csv", encoding, tabbed=True)
    read = read_events(path)
    assert read.result.ok, [str(p) for p in read.result.problems]
    assert read.result.profile == "抖店 售后单导出"
    by_id = {e["id"]: e for e in read.events}
    assert list(by_id) == ["7123456789012345601", "7123456789012345602", "7123456789012345603",
                           "7123456789012345604", "7123456789012345607"]  # 19 digits, intact
    assert by_id["7123456789012345601"]["type"] == "refund_before_shipment"
    assert by_id["7123456789012345602"]["type"] == "refund_after_shipment"
    assert by_id["7123456789012345602"]["at"] == "2023-06-08T14:30:00+08:00"  # Beijing time
    # a plain 仅退款: no 发货时间 -> before shipment; shipped -> after
    assert by_id["7123456789012345603"]["type"] == "refund_before_shipment"
    assert by_id["7123456789012345604"]["type"] == "refund_after_shipment"
    # closed and refunded after-sales are done, not running clocks
    assert [e["id"] for e in read.events if e["done"]] == ["7123456789012345604", "7123456789012345607"]
    assert read.result.skipped == {"换货（售后时效不涵盖）": 1, "补寄（售后时效不涵盖）": 1}
    assert "识别为：抖店 售后单导出" in read.result.summary() and "已跳过 1 条换货" in read.result.summary()


def test_a_plain_refund_only_without_shipping_time_is_asked_once(tmp_path, store):
    rows = [[c for c in r if True] for r in dy_aftersale_rows()]
    at = DY_AFTERSALE.index("发货时间")
    rows = [r[:at] + r[at + 1:] for r in rows]
    path = write(tmp_path, rows, "售后单.xlsx")
    with pytest.raises(NeedsAnswer) as asked:
        import_aftersale(store, shop(store), path)
    assert asked.value.question == "refund_only" and "仅退款" in asked.value.message
    assert set(asked.value.options.values()) == {"发货前仅退款", "发货后退款·退货退款"}
    assert store.plans(1, "aftersale") == []  # nothing written while asking
    result = import_aftersale(store, shop(store), path, answers={"refund_only": "refund_after_shipment"})
    events = {e["id"]: e for e in store.plan(store.plans(1, "aftersale")[0]["id"])["data"]["events"]}
    assert events["7123456789012345603"]["type"] == "refund_after_shipment"
    assert events["7123456789012345601"]["type"] == "refund_before_shipment"  # 未发货仅退款 needs no answer
    assert result.imported == 5


# 快手 售后导出 --------------------------------------------------------------------------------------
@pytest.mark.parametrize("time_header", ["售后申请时间", "申请时间"])
def test_ks_aftersale_export_old_and_new(tmp_path, time_header):
    rows = [["订单编号", "售后单号", "售后状态", "售后类型", time_header, "退款金额(¥)", "退款原因"],
            ["2306081234567890123", "SH2306080001", "待商家处理", "退货退款", "2023-06-08 13:00:00", "129.00", "不合适"],
            ["2306081234567890124", "SH2306080002", "退款成功", "未发货仅退款", "2023-06-08 13:05:00", "59.00", "拍错"],
            ["2306081234567890125", "SH2306080003", "待商家处理", "换货", "2023-06-08 13:10:00", "0", "换尺码"]]
    read = read_events(write(tmp_path, rows, "快手售后.xlsx"))
    assert read.result.ok and read.result.profile == "快手 售后导出"
    assert [(e["id"], e["type"], e["done"]) for e in read.events] == [
        ("SH2306080001", "refund_after_shipment", False), ("SH2306080002", "refund_before_shipment", True)]
    assert read.result.skipped == {"换货（售后时效不涵盖）": 1}


def test_a_broken_record_still_refuses_the_whole_file_naming_its_line(tmp_path, store):
    rows = dy_aftersale_rows()
    rows[2][DY_AFTERSALE.index("售后申请时间")] = "昨天下午"
    rows[3][0] = "7.12346E+18"
    path = write(tmp_path, rows, "售后单.csv")
    with pytest.raises(ImportRefused) as refused:
        import_aftersale(store, shop(store), path)
    said = [str(p) for p in refused.value.problems]
    assert said[0].startswith("第 3 行") and "昨天下午" in said[0]
    assert said[1].startswith("第 4 行") and "Excel" in said[1] and "原始文件" in said[1]
    assert store.plans(1, "aftersale") == []


# Receipts ----------------------------------------------------------------------------------------------
DY_ORDERS = ["主订单编号", "子订单编号", "选购商品", "商品ID", "商品数量", "商品单价", "订单应付金额", "订单提交时间",
             "支付完成时间", "订单完成时间", "订单状态", "售后状态"]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_dy_order_export_keeps_finished_orders_only(tmp_path, encoding):
    rows = [DY_ORDERS,
            ["6912345678901234501", "6912345678901234502", "手工皂", "3601234567890", "2", "29.90", "59.80",
             "2023/04/01 10:00:00", "2023/04/01 10:01:00", "2023/04/05 12:00:00", "已完成", "-"],
            ["6912345678901234501", "6912345678901234503", "皂盒", "3601234567891", "1", "1,200.00", "1,200.00",
             "2023/04/01 10:00:00", "2023/04/01 10:01:00", "2023/04/05 12:00:00", "已完成", "-"],
            ["6912345678901234504", "6912345678901234505", "手工皂", "3601234567890", "1", "29.90", "29.90",
             "2023/04/02 10:00:00", "2023/04/02 10:01:00", "", "待发货", "-"],
            ["6912345678901234506", "6912345678901234507", "手工皂", "3601234567890", "1", "29.90", "29.90",
             "2023/04/02 11:00:00", "", "", "已关闭", "-"],
            ["6912345678901234508", "6912345678901234509", "手工皂", "3601234567890", "1", "29.90", "29.90",
             "2023/04/02 12:00:00", "2023/04/02 12:01:00", "2023/04/06 12:00:00", "已完成", "退款成功"]]
    read = read_receipts(write(tmp_path, rows, "订单.csv", encoding, tabbed=True))
    assert read.result.ok and read.result.profile == "抖店 订单导出"
    assert read.receipts == [{"order": "6912345678901234501", "confirmed_at": "2023-04-05T12:00:00+08:00",
                              "amount": "1259.80"}]
    assert read.result.skipped == {"未完成或已关闭的订单": 2, "已退款的订单": 1}
    assert "已跳过 2 条未完成或已关闭的订单" in read.result.summary()


def test_dy_settlement_bill_skips_its_summary_row(tmp_path):
    rows = [["订单号", "子订单号", "下单时间", "结算时间", "结算金额", "收入合计", "平台服务费", "佣金", "支出合计", "备注"],
            ["汇总", "", "", "", "1,318.60", "1,400.00", "-7.00", "-74.40", "-81.40", ""],
            ["6912345678901234501", "'6912345678901234502", "2023/04/01 10:00:00", "2023/04/12 00:10:00",
             "1,259.80", "1,320.00", "-6.60", "-53.60", "-60.20", ""],
            ["6912345678901234510", "'6912345678901234511", "2023/04/02 10:00:00", "2023/04/13 00:10:00",
             "58.80", "80.00", "-0.40", "-20.80", "-21.20", ""]]
    read = read_receipts(write(tmp_path, rows, "结算账单.xlsx"))
    assert read.result.ok and read.result.profile == "抖店 结算账单"
    assert [(r["order"], r["amount"]) for r in read.receipts] == [("6912345678901234501", "1259.80"),
                                                                  ("6912345678901234510", "58.80")]
    assert read.result.skipped == {"汇总行": 1}


def test_dy_fund_flow_takes_incoming_order_money(tmp_path):
    rows = [["动帐流水号", "动账时间", "动账方向", "动账金额", "备注", "订单号", "子订单号", "商品ID"],
            ["LS2304120001", "2023-04-12 00:10:00", "入账", "1,259.80", "订单结算", "6912345678901234501",
             "6912345678901234502", "3601234567890"],
            ["LS2304120002", "2023-04-12 08:00:00", "出账", "500.00", "提现", "", "", ""],
            ["LS2304120003", "2023-04-12 09:00:00", "入账", "1000.00", "保证金退回", "", "", ""]]
    read = read_receipts(write(tmp_path, rows, "资金流水.csv", "gb18030"))
    assert read.result.ok and read.result.profile == "抖店 资金流水"
    assert [r["order"] for r in read.receipts] == ["6912345678901234501"]
    assert read.result.skipped == {"出账流水": 1, "与订单无关的流水": 1}


def test_ks_order_export(tmp_path):
    rows = [["订单号", "订单创建时间", "订单状态", "实付款(¥)", "商品名称", "商品ID", "成交数量", "售后状态", "商品单价",
             "发货时间", "订单完成时间"],
            ["2304011234567890123", "2023-04-01 10:00:00", "交易成功", "89.00", "手工皂礼盒", "22001", "1", "无售后",
             "89.00", "2023-04-01 18:00:00", "2023-04-06 09:00:00"],
            ["2304011234567890124", "2023-04-01 11:00:00", "已发货", "19.00", "手工皂", "22002", "1", "无售后", "19.00",
             "2023-04-01 18:00:00", ""]]
    read = read_receipts(write(tmp_path, rows, "快手订单.csv", "gb18030"))
    assert read.result.ok and read.result.profile == "快手 订单导出"
    assert read.receipts == [{"order": "2304011234567890123", "confirmed_at": "2023-04-06T09:00:00+08:00",
                              "amount": "89.00"}]
    assert read.result.skipped == {"未完成或已关闭的订单": 1}


@pytest.mark.parametrize("amount_header", ["合计收入(元)", "实际结算金额(元)"])
def test_ks_bill_with_a_title_row_above_its_header(tmp_path, amount_header):
    rows = [["快手小店账单明细（2023-04-01 至 2023-04-30）", "", "", "", ""],
            ["订单号", "订单创建时间", "实际结算时间", amount_header, "合计支出(元)"],
            ["2304011234567890123", "2023-04-01 10:00:00", "2023-04-16 02:00:00", "84.55", "4.45"],
            ["合计", "", "", "84.55", "4.45"]]
    read = read_receipts(write(tmp_path, rows, "快手账单.xlsx"))
    assert read.result.ok and read.result.profile == "快手 账单"
    assert read.receipts == [{"order": "2304011234567890123", "confirmed_at": "2023-04-16T02:00:00+08:00",
                              "amount": "84.55"}]
    assert read.result.skipped == {"汇总行": 1}


def test_a_mangled_order_number_refuses_the_receipts(tmp_path):
    rows = [["订单号", "确认收货时间", "金额"], ["2.34964E+15", "2023-04-01 10:00", "9.90"]]
    read = read_receipts(write(tmp_path, rows, "r.csv"))
    assert not read.result.ok and "第 2 行" in str(read.result.problems[0]) and "Excel" in str(read.result.problems[0])


# Product lists -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("header, name", [
    (["商品ID", "商品名称", "商品类目", "售价", "库存", "商品状态", "商家编码", "创建时间"], "抖店 商品列表导出"),
    (["商品ID", "商品标题", "类目", "价格(元)", "商品库存", "商品状态"], "快手 商品列表导出"),
    (["商品ID", "商品名称", "类目", "价格", "库存", "商品状态"], "商品表"),
])
def test_product_list_exports_are_recognised(tmp_path, header, name):
    row = ["3601234567890", "手工皂", "个人护理>香皂>手工皂", "29.90", "10", "在售", "SKU-1", "2023-01-01 10:00:00"]
    pv = preview(write(tmp_path, [header, row[:len(header)]], "商品.csv"))
    assert pv.mapping.profile == name and not pv.mapping.missing()


# Confirm columns ---------------------------------------------------------------------------------------
def test_an_unknown_header_is_confirmed_once_per_shop_and_export(tmp_path, store):
    rows = [["单据", "买家", "处理方式", "登记日期"], ["A1", "张三", "发货前仅退款", "2023-06-08 13:00"]]
    path = write(tmp_path, rows, "手记.csv")
    with pytest.raises(ColumnsUnknown) as unknown:
        import_aftersale(store, shop(store), path)
    asked = unknown.value
    assert asked.header == ["单据", "买家", "处理方式", "登记日期"] and asked.line == 1
    assert {"order_id", "type", "at"} <= set(asked.fields) and asked.fields["at"] == "申请时间"
    choice = {"order_id": "单据", "type": "处理方式", "at": "登记日期"}
    assert import_aftersale(store, shop(store), path, choice=choice).imported == 1
    rows.append(["A2", "李四", "发货前仅退款", "2023-06-09 13:00"])
    again = write(tmp_path, rows, "手记2.csv")
    assert import_aftersale(store, shop(store), again).imported == 2  # remembered: not asked again
    with pytest.raises(ColumnsUnknown):
        import_aftersale(store, shop(store, 2), again)  # another shop: its own choice


def test_receipts_columns_can_be_chosen(tmp_path, store):
    rows = [["单号", "收货日", "钱"], ["X1", "2023-04-01 10:00", "9.90"]]
    path = write(tmp_path, rows, "r.csv")
    with pytest.raises(ColumnsUnknown) as unknown:
        import_receipts(store, shop(store), path)
    assert unknown.value.missing == ["order", "confirmed_at"]
    result = import_receipts(store, shop(store), path, choice={"order": "单号", "confirmed_at": "收货日", "amount": "钱"})
    assert result.imported == 1
    assert store.import_choice(1, "receipts", unknown.value.key) == {"order": "单号", "confirmed_at": "收货日",
                                                                     "amount": "钱"}


def test_a_mangled_knowledge_id_is_refused(tmp_path):
    from core.importers.knowledge import read_knowledge

    rows = [["编号", "标准问题", "相似问题", "答案", "启用"], ["1.23457E+18", "发什么快递", "", "默认中通", "是"]]
    with pytest.raises(ImportRefused) as refused:
        read_knowledge(write(tmp_path, rows, "知识.csv"))
    assert "第 2 行" in str(refused.value.problems[0]) and "Excel" in str(refused.value.problems[0])


def test_a_product_mapping_is_recalled_for_the_same_shop_and_header(tmp_path):
    from core.importers.products import import_products

    store = Store(tmp_path / "p.db")
    shop_row = store.save_shop(Shop(name="老周车行"))
    path = write(tmp_path, [["编码", "名字", "类目", "价钱", "库存", "上架"],
                            ["X9", "二手 五菱宏光", "二手>二手车>二手车", "980000", "1", "在售"]], "odd.csv")
    first = preview(path, remembered=lambda key: store.import_choice(shop_row.id, "products", key))
    assert not first.mapping.confident and "id" not in first.mapping.columns
    mapping = dict(first.mapping.columns, id=0, status=5)
    chosen = type(first.mapping)(columns=mapping, price_unit="fen", key=first.mapping.key,
                                 header=first.mapping.header)
    import_products(store, shop_row, path, chosen, price_unit="fen")
    again = preview(path, remembered=lambda key: store.import_choice(shop_row.id, "products", key))
    assert again.mapping.columns["id"] == 0 and again.mapping.columns["status"] == 5
    assert again.mapping.price_unit == "fen" and again.mapping.confident
    other = preview(path, remembered=lambda key: store.import_choice(shop_row.id + 1, "products", key))
    assert "id" not in other.mapping.columns
    store.close()
