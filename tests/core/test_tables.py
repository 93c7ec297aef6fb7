"""The one spreadsheet reader every import uses: encodings, formats and refusals in plain words."""

import codecs

import pytest
from openpyxl import Workbook

from core.tables import TableFileError, blank, cell_text, open_table

ROWS = [["订单号", "金额"], ["A1", "12.50"], ["A2", "第二行，含逗号"]]


def _csv(rows, sep=","):
    return "\r\n".join(sep.join(f'"{c}"' if "," in c else c for c in row) for row in rows) + "\r\n"


@pytest.mark.parametrize("encoding, prefix, expected", [
    ("utf-8", b"", "utf-8"), ("utf-8", codecs.BOM_UTF8, "utf-8-sig"), ("gbk", b"", "gb18030"),
])
def test_csv_in_every_encoding_chinese_excel_writes(tmp_path, encoding, prefix, expected):
    path = tmp_path / "t.csv"
    path.write_bytes(prefix + _csv(ROWS).encode(encoding))
    table = open_table(path)
    assert table.encoding == expected and table.is_csv
    assert [(line, cells) for line, cells in table.rows] == [(1, ROWS[0]), (2, ROWS[1]), (3, ROWS[2])]


def test_utf16_unicode_text_is_tab_separated(tmp_path):
    path = tmp_path / "t.txt"
    path.write_bytes(_csv(ROWS, "\t").encode("utf-16"))
    table = open_table(path)
    assert table.encoding == "utf-16" and [c for _, c in table.rows] == ROWS


def test_xlsx_is_read_by_its_bytes_whatever_its_name(tmp_path):
    book = Workbook()
    for row in ROWS:
        book.active.append(row)
    path = tmp_path / "exported.csv"
    book.save(path)
    table = open_table(path)
    assert table.encoding is None and [c for _, c in table.rows] == ROWS


@pytest.mark.parametrize("name, content, words", [
    ("old.xls", b"\xd0\xcf\x11\xe0rest", "旧版 Excel"),
    ("broken.xlsx", b"not a zip", "不是有效的 Excel"),
    ("zipped.xlsx", b"PK\x03\x04broken", "无法打开 Excel 文件 zipped.xlsx"),
    ("binary.csv", b"\x00\x01\xff\xfe\x00", "文字编码"),
])
def test_unreadable_files_are_refused_with_what_to_do(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(TableFileError, match=words) as err:
        list(open_table(path).rows)
    assert err.value.field == "file"


def test_a_missing_file_and_an_unclosed_quote_name_the_problem(tmp_path):
    with pytest.raises(TableFileError, match="找不到文件"):
        open_table(tmp_path / "gone.csv")
    path = tmp_path / "quote.csv"
    path.write_text('a,b\n1,2\n3,"unclosed\n' + "x" * 200_000 + "\n", encoding="utf-8")
    table = open_table(path)
    with pytest.raises(TableFileError, match="第 3 行附近"):
        list(table.rows)


def test_a_caller_gets_its_own_error_type(tmp_path):
    class ReceiptError(TableFileError):
        pass

    with pytest.raises(ReceiptError):
        open_table(tmp_path / "gone.csv", ReceiptError)


def test_cells_read_as_the_seller_sees_them():
    assert [cell_text(v) for v in (None, " 12 ", 12.0, 12.5, True, 7)] == ["", "12", "12", "12.5", "true", "7"]
    assert blank(["", None, "  "]) and not blank(["", 0])
