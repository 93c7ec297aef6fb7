"""Importing after-sale events from .csv / .xlsx: encodings, columns, times, all or nothing."""

import codecs
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from types import SimpleNamespace

from core.engine import check
from core.errors import Cancelled
from core.importers.aftersale import merge, parse_time, parse_type, template_rows
from core.importers.aftersale import read_events as read_file
from core.importers.base import ImportFileError as AftersaleImportError
from core.progress import Progress
from core.exports import write_csv, write_xlsx
from tests.conftest import bj

HEADER = "订单号,类型,时间,备注\n"


def read_events(path, progress=None):
    """The file's events, problems (as the seller reads them), rows read and whether it is ok."""
    read = read_file(path, progress)
    return SimpleNamespace(events=read.events, problems=[str(p) for p in read.result.problems],
                           rows=read.result.rows, ok=read.result.ok, encoding=read.result.encoding)


class Watched(Progress):
    def __init__(self, cancel=False):
        super().__init__()
        self.seen = []
        if cancel:
            self.cancel()

    def step(self, done, total=None, phase=None):
        self.seen.append(done)
        super().step(done, total, phase)
GOOD = HEADER + ("2201261234567,发货前仅退款,2022-01-26 09:15,买家拍错了\n"
                 "2202101234567,发货后退款/退货退款,2022/2/10 12:00,\n")


def write(tmp_path, text, encoding="utf-8", name="events.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_in_every_encoding_excel_writes(tmp_path, encoding):
    result = read_events(write(tmp_path, GOOD, encoding))
    assert result.ok and result.rows == 2
    assert result.events == [
        {"id": "2201261234567", "type": "refund_before_shipment", "at": "2022-01-26T09:15:00+08:00",
         "done": False, "note": "买家拍错了"},
        {"id": "2202101234567", "type": "refund_after_shipment", "at": "2022-02-10T12:00:00+08:00",
         "done": False, "note": ""},
    ]
    assert result.encoding == {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gbk": "gb18030"}[encoding]


def test_imported_events_check_as_the_contract(tmp_path):
    report = check("aftersale", {"events": read_events(write(tmp_path, GOOD)).events}, bj("2022-02-01T00:00:00"))
    assert [d["deadline"] for d in report.facts["deadlines"]] == [
        "2022-01-28T09:15:00+08:00", "2022-02-12T12:00:00+08:00"]


def test_xlsx_with_real_excel_times_and_a_title_row(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["快手小店售后单导出"])
    sheet.append(["售后单号", "订单号", "售后类型", "申请时间", "备注", "其他"])
    sheet.append(["SH1", "O1", "同意退货", datetime(2022, 2, 1, 8, 0), None, "x"])
    sheet.append([None, None, None, None, None, None])
    sheet.append([None, 2202101234567, "买家已寄回", "2022-01-30 18:00", "顺丰", None])
    path = tmp_path / "export.xlsx"
    book.save(path)
    result = read_events(path)
    assert result.ok and result.encoding is None
    assert [(e["id"], e["type"], e["at"], e["note"]) for e in result.events] == [
        ("SH1", "return_agreed", "2022-02-01T08:00:00+08:00", ""),
        ("2202101234567", "return_shipped", "2022-01-30T18:00:00+08:00", "顺丰"),
    ]


def test_xlsx_named_csv_is_read_as_xlsx(tmp_path):
    path = tmp_path / "really.csv"
    write_xlsx(path, {"售后": template_rows()})
    result = read_events(path)
    assert result.ok and len(result.events) == 4


def test_template_round_trips_through_csv(tmp_path):
    path = tmp_path / "template.csv"
    write_csv(path, template_rows())
    result = read_events(path)
    assert result.ok
    assert [e["type"] for e in result.events] == [
        "refund_before_shipment", "refund_after_shipment", "return_agreed", "return_shipped"]
    assert result.events[0]["id"] == "SH20220126001" and result.events[1]["id"] == "2202101234567"


def test_bad_rows_are_reported_with_line_numbers_and_nothing_is_imported(tmp_path):
    text = HEADER + ("A1,发货前仅退款,2022-01-26 09:15,\n"
                     ",同意退货,2022-01-26 09:15,\n"
                     "A3,换货,2022-01-26 09:15,\n"
                     "A4,同意退货,昨天下午,\n"
                     "A5,同意退货,2022-01-26,\n"
                     "\n"
                     "A1,同意退货,2022-02-30 10:00,\n")
    result = read_events(write(tmp_path, text, "gbk"))
    assert result.events == [] and not result.ok
    assert result.problems == [
        "第 3 行：订单号/售后单号为空",
        "第 4 行：类型“换货”无法识别（应为 发货前仅退款 / 发货后退款·退货退款 / 同意退货 / 买家已寄回）",
        "第 5 行：时间“昨天下午”无法识别，例如应写作 2022-01-26 09:15",
        "第 6 行：时间“2022-01-26”只有日期，请写到分钟，例如 2022-01-26 09:15",
        "第 8 行：时间“2022-02-30 10:00”无法识别，例如应写作 2022-01-26 09:15",
    ]


def test_duplicate_id_in_the_file_names_both_lines(tmp_path):
    text = HEADER + "A1,发货前仅退款,2022-01-26 09:15,\nA2,同意退货,2022-01-27 10:00,\nA1,同意退货,2022-01-28 10:00,\n"
    result = read_events(write(tmp_path, text))
    assert result.problems == ["第 4 行：单号 A1 重复（第 2 行已有）"] and result.events == []


def test_done_column_is_optional_and_must_be_yes_or_no(tmp_path):
    text = "售后单号,类型,时间,已处理\nA1,发货前仅退款,2022-01-26 09:15,是\nA2,发货前仅退款,2022-01-26 09:15,\n"
    assert [e["done"] for e in read_events(write(tmp_path, text)).events] == [True, False]
    bad = read_events(write(tmp_path, text.replace(",是", ",也许"), name="bad.csv"))
    assert bad.problems == ["第 2 行：已处理“也许”应为 是 或 否"]


@pytest.mark.parametrize("content, says", [
    ("编号,金额\n1,2\n", "表头缺少“订单号或售后单号”“类型”“时间”列"),
    ("订单号,类型\n1,同意退货\n", "表头缺少“时间”列"),
    ("", "文件是空的"),
])
def test_missing_columns_refuse_the_file(tmp_path, content, says):
    with pytest.raises(AftersaleImportError) as err:
        read_events(write(tmp_path, content))
    assert says in err.value.message and err.value.field == "file"


def test_header_only_is_a_problem_not_a_silent_success(tmp_path):
    result = read_events(write(tmp_path, HEADER))
    assert not result.ok and result.problems == ["表头下面没有售后记录。"]


def test_unreadable_files_say_what_to_do(tmp_path):
    with pytest.raises(AftersaleImportError, match="找不到文件"):
        read_events(tmp_path / "nope.csv")
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(AftersaleImportError, match="另存为"):
        read_events(xls)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(AftersaleImportError, match="无法打开 Excel 文件"):
        read_events(broken)
    utf16 = write(tmp_path, GOOD, "utf-16-le", "utf16.csv")
    with pytest.raises(AftersaleImportError, match="文字编码"):
        read_events(utf16)
    quote = write(tmp_path, HEADER + 'A1,"同意退货,2022-01-26 09:15,\n', name="quote.csv")
    assert not read_events(quote).ok  # an unclosed quote swallows the row: reported, nothing imported


def test_tab_separated_text_is_read(tmp_path):
    text = "订单号\t类型\t时间\nA1\t同意退货\t2022-01-26 09:15\n"
    data = codecs.BOM_UTF8 + text.encode("utf-8")
    path = tmp_path / "tabs.txt"
    path.write_bytes(data)
    assert read_events(path).events[0]["id"] == "A1"


def test_progress_is_reported_and_can_cancel(tmp_path):
    rows = "".join(f"A{i},同意退货,2022-01-26 09:15,\n" for i in range(1200))
    path = write(tmp_path, HEADER + rows)
    watched = Watched()
    read_events(path, progress=watched)
    assert watched.seen == [500, 1000, 1200]
    with pytest.raises(Cancelled):
        read_events(path, progress=Watched(cancel=True))


@pytest.mark.parametrize("value, expected", [
    ("2022-01-26 09:15", "2022-01-26T09:15:00+08:00"),
    ("2022/1/26 9:15", "2022-01-26T09:15:00+08:00"),
    ("2022-01-26 09:15:30", "2022-01-26T09:15:30+08:00"),
    ("2022年1月26日 9:15", "2022-01-26T09:15:00+08:00"),
    ("2022年1月26日9时15分", "2022-01-26T09:15:00+08:00"),
    ("2022-01-24T16:00:00Z", "2022-01-25T00:00:00+08:00"),  # Beijing midnight: inside the window
    (datetime(2022, 2, 8, 23, 59, 59), "2022-02-08T23:59:59+08:00"),
    ("2022-01-26", None), (date(2022, 1, 26), None), ("下午三点", None), ("2022-13-01 10:00", None),
    ("", None), (None, None), ("25:00", None),
])
def test_parse_time(value, expected):
    assert parse_time(value) == expected


@pytest.mark.parametrize("words, kind", [
    ("发货前仅退款", "refund_before_shipment"), ("仅退款（未发货）", "refund_before_shipment"),
    ("发货后退款·退货退款", "refund_after_shipment"), ("发货后退款／退货退款", "refund_after_shipment"),
    ("退货退款", "refund_after_shipment"), (" 同意退货 ", "return_agreed"),
    ("买家已寄回", "return_shipped"), ("return_shipped", "return_shipped"), ("换货", None), ("", None),
])
def test_parse_type(words, kind):
    assert parse_type(words) == kind


def test_merge_adds_new_keeps_known_and_moves_a_known_one_to_its_next_step():
    current = [
        {"id": "A1", "type": "refund_after_shipment", "at": "2022-01-26T09:15:00+08:00", "done": True, "note": "已同意"},
        {"id": "A2", "type": "refund_before_shipment", "at": "2022-01-26T10:00:00", "done": True, "note": ""},
    ]
    imported = [
        {"id": "A1", "type": "return_agreed", "at": "2022-01-27T08:00:00+08:00", "done": False, "note": ""},
        {"id": "A2", "type": "refund_before_shipment", "at": "2022-01-26T10:00:00+08:00", "done": False, "note": "拍错"},
        {"id": "A3", "type": "return_shipped", "at": "2022-01-28T08:00:00+08:00", "done": False, "note": ""},
    ]
    merged, counts = merge(current, imported)
    assert (counts.added, counts.updated, counts.unchanged) == (["A3"], ["A1"], ["A2"])
    assert merged[0] == {"id": "A1", "type": "return_agreed", "at": "2022-01-27T08:00:00+08:00",
                         "done": False, "note": "已同意"}
    assert merged[1]["done"] is True and merged[1]["note"] == "拍错"  # ticked off stays ticked off
    assert merged[2]["id"] == "A3" and current[0]["type"] == "refund_after_shipment"  # input untouched
