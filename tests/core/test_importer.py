"""Importing merchant-backend product exports: encodings, .xlsx, header synonyms, 分 vs 元,
category forms, bad rows with their line numbers (as Excel shows them), cancellation."""

import codecs

import pytest
from openpyxl import Workbook

from core.engine import check
from core.errors import Cancelled
from core.importers.base import ImportFileError
from core.importers.products import ColumnMapping, guess_mapping, preview, split_category
from core.importers.products import read_products as import_products
from core.progress import Progress
from tests.conftest import bj

HEADER = "商品ID,商品名称,类目,价格(元),库存,商品状态"
ROWS = [
    "KS1001,2018款 大众朗逸 1.5L 自动挡,二手>二手车>二手车,56800.00,1,在售",
    "KS1002,汽车脚垫 全包围,汽车用品>汽车内饰>脚垫,199.00,30,已下架",
    "KS1003,麻辣小龙虾 750g,生鲜>海鲜水产>海鲜制品>调味小龙虾,89.90,12,售卖中",
]


def write(tmp_path, lines, encoding="utf-8", name="export.csv", bom=b""):
    path = tmp_path / name
    path.write_bytes(bom + ("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def ids(result):
    return [p["id"] for p in result.products]


# Encodings ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("encoding, bom, detected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
    ("gbk", b"", "gb18030"),
    ("gb18030", b"", "gb18030"),
])
def test_every_encoding_reads_the_same(tmp_path, encoding, bom, detected):
    path = write(tmp_path, [HEADER, *ROWS], encoding, bom=bom)
    result = import_products(path)
    assert result.ok and result.encoding == detected
    assert result.products[0] == {
        "id": "KS1001", "title": "2018款 大众朗逸 1.5L 自动挡", "category": ["二手", "二手车", "二手车"],
        "status": "on_sale", "price": "56800.00", "stock": 1, "line": 2}
    assert [p["status"] for p in result.products] == ["on_sale", "off_sale", "on_sale"]


def test_gb18030_only_characters_survive(tmp_path):
    path = write(tmp_path, [HEADER, "KS9,𠮷野家 牛肉饭,食品饮料>速食>米饭,25.00,5,在售"], "gb18030")
    assert import_products(path).products[0]["title"] == "𠮷野家 牛肉饭"


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path):
    lines = [line.replace(",", "\t") for line in [HEADER, *ROWS]]
    path = write(tmp_path, lines, "utf-16", name="export.txt")
    result = import_products(path)
    assert result.ok and result.encoding == "utf-16" and ids(result) == ["KS1001", "KS1002", "KS1003"]


def test_undecodable_file_is_refused_in_plain_words(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(HEADER.encode("utf-8") + b"\r\nKS1,\xff\xfe\x80,a>b,1.00,1,\xff\r\n")
    with pytest.raises(ImportFileError, match="编码"):
        import_products(path)


@pytest.mark.parametrize("content, words", [
    (b"", "空"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, ".xls"),
])
def test_empty_and_old_excel_files_are_refused(tmp_path, content, words):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=words):
        import_products(path)


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(ImportFileError, match="找不到文件"):
        import_products(tmp_path / "nope.csv")


# .xlsx ----------------------------------------------------------------------------------------------
def write_xlsx(tmp_path, rows, name="export.xlsx"):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def test_xlsx_with_numbers_and_a_title_row_above_the_header(tmp_path):
    path = write_xlsx(tmp_path, [
        ["商品列表导出 2023-05-20"],
        ["商品ID", "商品标题", "一级类目", "二级类目", "三级类目", "售价", "库存", "状态"],
        [20230001, "二手朗逸", "二手", "二手车", "二手车", 56800.5, 1, "上架"],
        [],
        [20230002, "脚垫", "汽车用品", "汽车内饰", "脚垫", 199, 30.0, "下架"],
        [None, "没有ID", "汽车用品", "汽车内饰", "脚垫", 9.9, 1, "下架"],
    ])
    result = import_products(path)
    assert result.encoding is None
    assert ids(result) == ["20230001", "20230002"]
    assert result.products[0]["price"] == "56800.50" and result.products[1]["stock"] == 30
    assert [p["line"] for p in result.products] == [3, 5]
    assert [(p.line, p.kind) for p in result.problems] == [(6, "empty_id")]


def test_xlsx_saved_with_csv_name_is_still_read_as_xlsx(tmp_path):
    path = write_xlsx(tmp_path, [["商品ID", "商品名称", "类目", "状态"], ["A", "T恤", "服饰/鞋靴-男装-T恤", "在售"]],
                      name="export.csv")
    assert import_products(path).products[0]["category"] == ["服饰/鞋靴", "男装", "T恤"]


def test_xlsx_cell_beyond_the_header_is_a_ragged_row(tmp_path):
    path = write_xlsx(tmp_path, [["商品ID", "商品名称", "类目", "状态"],
                                 ["A", "T恤", "服饰/鞋靴>男装>T恤", "在售", "多出来的"]])
    assert [(p.line, p.kind) for p in import_products(path).problems] == [(2, "ragged")]


# Header synonyms and mapping ------------------------------------------------------------------------
@pytest.mark.parametrize("header", [
    ["商品ID", "商品名称", "类目", "价格", "库存", "状态"],
    ["商品编号", "商品标题", "商品类目", "售价", "库存数量", "商品状态"],
    ["ID", "标题", "类目", "价格（元）", "可售库存", "上架状态"],
    [" 商品id ", "商品名称", "所属类目", "价格(元)", "库存", "商品状态"],
])
def test_header_synonyms_map_with_confidence(header):
    mapping = guess_mapping(header, [["1", "t", "a>b", "9.90", "1", "在售"]])
    assert mapping.confident, mapping.notes
    assert mapping.columns == {"id": 0, "title": 1, "category": 2, "price": 3, "stock": 4, "status": 5}
    assert mapping.price_unit == "yuan"


def test_unknown_headers_are_not_confident_and_an_explicit_mapping_imports(tmp_path):
    path = write(tmp_path, ["编码,名字,分类路径,状况", "A,T恤,服饰/鞋靴>男装>T恤,在售"])
    pv = preview(path)
    assert not pv.mapping.confident and "没有找到“商品ID”列" in " ".join(pv.mapping.notes)
    assert pv.header == ["编码", "名字", "分类路径", "状况"] and pv.rows == [["A", "T恤", "服饰/鞋靴>男装>T恤", "在售"]]
    with pytest.raises(ImportFileError) as err:
        import_products(path)
    assert err.value.field == "mapping.id"
    by_name = import_products(path, {"id": "编码", "title": "名字", "category": "分类路径", "status": "状况"})
    by_index = import_products(path, ColumnMapping(columns={"id": 0, "title": 1, "category": 2, "status": 3}))
    assert by_name.products == by_index.products and by_name.products[0]["category"][0] == "服饰/鞋靴"


def test_two_columns_for_one_field_is_not_confident():
    mapping = guess_mapping(["商品ID", "商品编号", "商品名称", "类目", "状态"])
    assert not mapping.confident and mapping.columns["id"] == 0


def test_bad_explicit_mapping_names_the_field(tmp_path):
    path = write(tmp_path, [HEADER, *ROWS])
    with pytest.raises(ImportFileError) as err:
        import_products(path, {"id": "货号", "category": "类目", "status": "商品状态"})
    assert err.value.field == "mapping.id"
    with pytest.raises(ImportFileError) as err:
        import_products(path, price_unit="jiao")
    assert err.value.field == "mapping.price_unit"


# 分 vs 元 -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("header, values, unit, confident, first", [
    ("价格(分)", ["1990", "8800", "59"], "fen", True, "19.90"),
    ("售价（单位：分）", ["1990", "8800", "59"], "fen", True, "19.90"),
    ("价格(元)", ["1990", "8800", "59"], "yuan", True, "1990.00"),
    ("价格", ["19.9", "88", "5.90"], "yuan", True, "19.90"),
    ("价格", ["19", "88", "59"], "yuan", True, "19.00"),
    ("价格", ["1990", "8800", "5900"], "fen", False, "19.90"),
    ("价格", ["199", "880", "590"], "yuan", False, "199.00"),
    ("价格", ["¥1,990.00", "88", "59"], "yuan", True, "1990.00"),
])
def test_price_unit(tmp_path, header, values, unit, confident, first):
    lines = [f"商品ID,商品名称,类目,{header},状态"] + [
        f'K{i},T恤,a>b,"{v}",在售' for i, v in enumerate(values)]
    result = import_products(write(tmp_path, lines))
    assert (result.mapping.price_unit, result.mapping.confident) == (unit, confident)
    assert result.products[0]["price"] == first
    assert preview(write(tmp_path, lines, name="again.csv")).mapping.price_unit == unit


def test_price_unit_can_be_overridden(tmp_path):
    lines = ["商品ID,商品名称,类目,价格,状态", "K1,T恤,a>b,1990,在售", "K2,T恤,a>b,8800,在售"]
    result = import_products(write(tmp_path, lines), price_unit="yuan")
    assert result.products[0]["price"] == "1990.00"


@pytest.mark.parametrize("price, kind", [("abc", "bad_price"), ("-5.00", "bad_price"),
                                         ("1.234", "bad_price")])
def test_bad_prices_are_problems(tmp_path, price, kind):
    lines = [HEADER, f"K1,T恤,a>b,{price},1,在售", "K2,T恤,a>b,9.90,1,在售"]
    result = import_products(write(tmp_path, lines))
    assert [(p.line, p.kind) for p in result.problems] == [(2, kind)] and ids(result) == ["K2"]


# Categories -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, levels", [
    ("二手>二手车>二手车", ["二手", "二手车", "二手车"]),
    ("二手 > 二手车 > 二手车", ["二手", "二手车", "二手车"]),
    ("汽车/摩托车服务-二手车/摩托车售卖-二手车/摩托车售卖", ["汽车/摩托车服务", "二手车/摩托车售卖", "二手车/摩托车售卖"]),
    ("服饰/鞋靴＞男装＞T恤", ["服饰/鞋靴", "男装", "T恤"]),
    ("服饰/鞋靴", ["服饰/鞋靴"]),
    ("a>>b", []),
    ("", []),
])
def test_split_category_never_on_slash(text, levels):
    assert split_category(text) == levels


def test_level_columns_with_blank_deeper_levels(tmp_path):
    lines = ["商品ID,商品名称,一级类目,二级类目,三级类目,四级类目,状态",
             "A,小龙虾,生鲜,海鲜水产,海鲜制品,调味小龙虾,在售",
             "B,脚垫,汽车用品,汽车内饰,脚垫,,在售",
             "C,缺二级,汽车用品,,脚垫,,在售"]
    result = import_products(write(tmp_path, lines))
    assert [p["category"] for p in result.products] == [
        ["生鲜", "海鲜水产", "海鲜制品", "调味小龙虾"], ["汽车用品", "汽车内饰", "脚垫"]]
    assert [(p.line, p.kind) for p in result.problems] == [(4, "no_category")]


# Bad rows -------------------------------------------------------------------------------------------
def test_bad_rows_are_listed_with_their_excel_line_numbers(tmp_path):
    lines = [
        HEADER,                                              # 1
        ROWS[0],                                             # 2
        ',没有ID,汽车用品>汽车内饰>脚垫,9.90,1,在售',          # 3 empty id
        'KS1001,重复,汽车用品>汽车内饰>脚垫,9.90,1,在售',      # 4 duplicate of line 2
        'KS2,"多行\n标题",汽车用品>汽车内饰>脚垫,9.90,1,在售',  # 5 (two physical lines, one row)
        'KS3,少了列,汽车用品>汽车内饰>脚垫,9.90',              # 6 ragged (short)
        'KS4,多了列,汽车用品,汽车内饰,脚垫,9.90,1,在售',       # 7 ragged (long)
        'KS5,尾部空列,汽车用品>汽车内饰>脚垫,9.90,1,在售,,',    # 8 fine: trailing empty cells
        ',,,,,',                                             # 9 empty row: no product, skipped
        'KS6,状态不明,汽车用品>汽车内饰>脚垫,9.90,1,卖光了',    # 10 unknown status
        'KS7,库存不对,汽车用品>汽车内饰>脚垫,9.90,很多,在售',   # 11 bad stock
        'KS8,,,9.90,1,在售',                                  # 12 no category
        '  ,  ,  ,  ,  ,  ',                                 # 13 blank row
        'KS9,最后一件,汽车用品>汽车内饰>脚垫,9.90,1,仓库中',    # 14
    ]
    result = import_products(write(tmp_path, lines))
    assert [(p.line, p.kind) for p in result.problems] == [
        (3, "empty_id"), (4, "duplicate_id"), (6, "ragged"), (7, "ragged"), (10, "bad_status"),
        (11, "bad_stock"), (12, "no_category")]
    assert "第 2 行已有" in result.problems[1].message and result.problems[1].__str__().startswith("第 4 行")
    assert ids(result) == ["KS1001", "KS2", "KS5", "KS9"]
    assert [p["line"] for p in result.products] == [2, 5, 8, 14]
    assert result.products[1]["title"] == "多行\n标题"
    assert result.rows == 11 and not result.ok  # the two blank rows carry nothing


@pytest.mark.parametrize("word, status", [
    ("在售", "on_sale"), ("上架", "on_sale"), ("售卖中", "on_sale"), ("已售罄", "on_sale"),
    ("下架", "off_sale"), ("已下架", "off_sale"), ("仓库中", "off_sale"), ("审核中", "off_sale"),
    ("审核驳回", "off_sale"), ("ON_SALE", "on_sale"),
])
def test_status_words(tmp_path, word, status):
    result = import_products(write(tmp_path, [HEADER, f"K1,T恤,a>b,1.00,1,{word}"]))
    assert result.products[0]["status"] == status


# Progress and cancel --------------------------------------------------------------------------------
def big_file(tmp_path, rows):
    return write(tmp_path, [HEADER] + [f"K{i},T恤 {i},服饰/鞋靴>男装>T恤,9.90,1,在售" for i in range(rows)])


class Watched(Progress):
    """A Progress that remembers every step, and can be cancelled at a row count."""

    def __init__(self, cancel_at=None):
        super().__init__()
        self.seen, self.cancel_at = [], cancel_at

    def step(self, done, total=None, phase=None):
        self.seen.append((done, total))
        if self.cancel_at is not None and done >= self.cancel_at:
            self.cancel()
        super().step(done, total, phase)


def test_progress_is_reported_every_2000_rows_and_at_the_end_with_the_total(tmp_path):
    watched = Watched()
    result = import_products(big_file(tmp_path, 4500), progress=watched)
    assert [done for done, _ in watched.seen] == [2000, 4000, 4500] and len(result.products) == 4500
    assert all(4400 <= total <= 4600 for _, total in watched.seen)  # the file's lines, for the bar


def test_cancel_stops_the_import(tmp_path):
    watched = Watched(cancel_at=2000)
    with pytest.raises(Cancelled):
        import_products(big_file(tmp_path, 9000), progress=watched)
    assert [done for done, _ in watched.seen] == [2000]


def test_imported_products_feed_the_listing_check(tmp_path):
    result = import_products(write(tmp_path, [HEADER, *ROWS]))
    data = {"shop": {"shop_type": "individual"}, "products": result.products}
    report = check("listing", data, bj("2023-05-20T00:00"))
    assert [m["id"] for m in report.facts["migrations"]] == ["KS1001"]
    assert report.facts["listing"]["listed"] == 2
