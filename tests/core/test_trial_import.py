"""Receipts for the trial shop's settlement calendar, from the seller's .csv/.xlsx: all or nothing."""

from datetime import datetime

import pytest
from openpyxl import Workbook

from core.engine import check
from core.exports import write_csv
from core.importers.base import ImportFileError, ImportRefused
from core.importers.receipts import merge_receipts
from core.importers.receipts import read_receipts as read_file
from tests.conftest import bj

HEADER = "订单号,确认收货时间,金额\n"
ReceiptImportError = (ImportFileError, ImportRefused)


def read_receipts(path):
    """Every receipt of the file, or ImportRefused listing its bad rows (then none)."""
    read = read_file(path)
    if read.result.problems:
        raise ImportRefused(read.result.problems)
    return read.receipts


def parse_receipts(rows, tmp_path):
    """Receipts from (line, cells) rows, written as the seller's CSV."""
    path = tmp_path / "rows.csv"
    lines = {line: cells for line, cells in rows}
    write_csv(path, [lines.get(n, []) for n in range(1, max(lines, default=0) + 1)])
    return read_receipts(path)


def write(tmp_path, text, encoding="utf-8", name="receipts.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def xlsx(tmp_path, rows, name="receipts.xlsx"):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_each_encoding_a_seller_saves(tmp_path, encoding):
    path = write(tmp_path, HEADER + "DY20230401001,2023-04-01 10:00,59.90\nDY20230402002,2023/4/2 9:05,\"￥1,200\"\n",
                 encoding)
    assert read_receipts(path) == [
        {"order": "DY20230401001", "confirmed_at": "2023-04-01T10:00:00+08:00", "amount": "59.90"},
        {"order": "DY20230402002", "confirmed_at": "2023-04-02T09:05:00+08:00", "amount": "1200.00"},
    ]


def test_xlsx_with_excel_dates_numbers_and_a_title_row(tmp_path):
    path = xlsx(tmp_path, [["4月收货明细"], ["订单编号", "确认收货时间", "实付金额（元）"],
                           ["DY1", datetime(2023, 4, 1, 10, 0), 59.9],
                           [6917234500012345, "2023-04-03 08:30:15", 20],
                           ["\tDY3", 45019.5, None]])
    assert read_receipts(path) == [
        {"order": "DY1", "confirmed_at": "2023-04-01T10:00:00+08:00", "amount": "59.90"},
        {"order": "6917234500012345", "confirmed_at": "2023-04-03T08:30:15+08:00", "amount": "20.00"},
        {"order": "DY3", "confirmed_at": "2023-04-03T12:00:00+08:00", "amount": None},
    ]


def test_xlsx_saved_with_a_csv_name_is_read_as_xlsx(tmp_path):
    path = xlsx(tmp_path, [["订单号", "确认收货时间"], ["DY1", "2023-04-01 10:00"]], name="receipts.csv")
    assert read_receipts(path) == [{"order": "DY1", "confirmed_at": "2023-04-01T10:00:00+08:00", "amount": None}]


def test_tab_separated_and_blank_rows(tmp_path):
    path = write(tmp_path, "订单号\t确认收货时间\t金额\n\nDY1\t2023年4月1日 10:00\t10\n\t\t\n")
    assert [r["confirmed_at"] for r in read_receipts(path)] == ["2023-04-01T10:00:00+08:00"]


def test_bad_rows_are_listed_with_their_line_numbers_and_nothing_is_imported(tmp_path):
    path = write(tmp_path, HEADER + "DY1,2023-04-01 10:00,59.90\n"
                                    ",2023-04-01 11:00,10\n"
                                    "DY3,昨天,10\n"
                                    "DY4,2023-04-01 12:00,十元\n"
                                    "DY5,2023-04-01 12:00,-3\n", "gbk")
    with pytest.raises(ReceiptImportError) as error:
        read_receipts(path)
    problems = error.value.problems
    assert [(p.line, p.field) for p in problems] == [(3, "order"), (4, "confirmed_at"), (5, "amount"),
                                                      (6, "amount")]
    assert "4 行有误，没有导入任何数据" in error.value.message
    assert "第 4 行：确认收货时间“昨天”无法识别" in error.value.message


def test_rows_of_one_order_add_up_and_a_conflicting_duplicate_is_refused(tmp_path):
    rows = [(1, ["订单号", "确认收货时间", "金额"]),
            (2, ["DY1", "2023-04-01 10:00", "10.00"]), (3, ["DY1", "2023-04-01 10:00", "5.50"])]
    assert parse_receipts(rows, tmp_path)[0]["amount"] == "15.50"
    with pytest.raises(ReceiptImportError) as error:
        parse_receipts(rows + [(4, ["DY1", "2023-04-02 10:00", "1"])], tmp_path)
    assert str(error.value.problems[0]) == "第 4 行：订单号 DY1 与第 2 行重复，但确认收货时间不同：请核对。"


@pytest.mark.parametrize("rows, says", [
    ([], "文件是空的"),
    ([(1, ["商品", "数量"]), (2, ["T恤", "1"])], "找不到“订单号”和“确认收货时间”两列（第 1 行是：商品、数量）"),
    ([(1, ["订单号", "确认收货时间", "金额"])], "只有表头"),
])
def test_files_without_receipts_say_why(rows, says, tmp_path):
    with pytest.raises(ReceiptImportError) as error:
        parse_receipts(rows, tmp_path)
    assert says in error.value.message


def test_unreadable_files_say_what_to_do(tmp_path):
    with pytest.raises(ReceiptImportError, match="找不到文件"):
        read_receipts(tmp_path / "missing.csv")
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ReceiptImportError, match="另存为"):
        read_receipts(old)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReceiptImportError, match="无法打开 Excel 文件"):
        read_receipts(broken)
    garbage = write(tmp_path, "", name="garbage.csv")
    garbage.write_bytes(bytes([0x81, 0x30, 0xff, 0xfe, 0x00]) * 3)
    with pytest.raises(ReceiptImportError, match="文字编码"):
        read_receipts(garbage)


def test_merge_updates_known_orders_and_adds_new_ones():
    existing = [{"order": "DY1", "confirmed_at": "2023-04-01T10:00:00+08:00", "amount": "10.00"},
                {"order": "DY2", "confirmed_at": "2023-04-02T10:00:00+08:00", "amount": None}]
    imported = [{"order": "DY2", "confirmed_at": "2023-04-02T10:00:00+08:00", "amount": "8.00"},
                {"order": "DY3", "confirmed_at": "2023-04-03T10:00:00+08:00", "amount": "1.00"},
                {"order": "DY1", "confirmed_at": "2023-04-01T10:00:00+08:00", "amount": "10.00"}]
    result = merge_receipts(existing, imported)
    assert [r["order"] for r in result.receipts] == ["DY1", "DY2", "DY3"]
    assert result.receipts[1]["amount"] == "8.00"
    assert (result.added, result.updated, result.unchanged) == (1, 1, 1)
    assert existing[1]["amount"] is None  # the seller's list is not changed in place


def test_imported_receipts_feed_the_settlement_calendar(tmp_path):
    path = write(tmp_path, HEADER + "DY1,2023-04-01 10:00,59.90\n", "gbk")
    plan = {"shop": {"platform": "douyin", "shop_type": "personal"},
            "trial": {"deposit_required": "2000", "deposit_balance": "0", "sales_balance": "0",
                      "paid_orders": 1, "paid_amount": "59.90", "online_products": 1,
                      "receipts": read_receipts(path)}}
    facts = check("trial", plan, bj("2023-04-22T10:00:00")).facts
    assert facts["settlements"] == [{"order": "DY1", "settle_at": "2023-04-22T10:00:00+08:00",
                                     "settled": True, "amount": "59.90"}]
