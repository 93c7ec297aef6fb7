import csv

import pytest
from openpyxl import load_workbook

from core.exports import neutralise, write_csv, write_xlsx


@pytest.mark.parametrize("value, shown", [
    ("=SUM(A1)", "'=SUM(A1)"), ("+86 138", "'+86 138"), ("-5", "'-5"), ("@x", "'@x"),
    ("包邮", "包邮"), (129, 129), ("", ""),
])
def test_formula_like_cells_are_neutralised(value, shown):
    assert neutralise(value) == shown


def test_xlsx_round_trip_neutralised(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(path, {"奖品": [["标题", "价值"], ["=HYPERLINK(\"x\")", "129.00"]]})
    sheet = load_workbook(path)["奖品"]
    assert sheet["A2"].value == "'=HYPERLINK(\"x\")" and sheet["B2"].value == "129.00"


def test_csv_has_bom_and_is_atomic(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, [["商品ID", "标题"], ["KS1", "-1 元"]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle))[1] == ["KS1", "'-1 元"]

    class Boom:
        def __str__(self):
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_csv(path, [["ok"], [Boom()]])
    with open(path, encoding="utf-8-sig") as handle:
        assert list(csv.reader(handle))[0] == ["商品ID", "标题"]  # old file intact
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
