"""Hostile table files, built on the spot: a row-bomb .xlsx (a few MB that unpack to a huge sheet of
empty rows), an .xlsx with one enormous cell, a CSV with millions of rows, one with a single endless
line. Used by tests/core/test_limits.py (small sizes) and bench/ (the sizes of issue #15)."""

from __future__ import annotations

import zipfile
from pathlib import Path

_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                  'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                  'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                  '"/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.'
                  'main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
                  'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
             '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
             '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
_SHEET_HEAD = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
               'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>商品ID</t></is></c>'
               '<c r="B1" t="inlineStr"><is><t>商品状态</t></is></c><c r="C1" t="inlineStr"><is><t>类目</t></is></c></row>')
_SHEET_TAIL = "</sheetData></worksheet>"


def _workbook(path: Path, write_rows) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD.encode())
            write_rows(sheet)
            sheet.write(_SHEET_TAIL.encode())
    return path


def row_bomb_xlsx(path: Path, unpacked_mb: int) -> Path:
    """An .xlsx whose sheet unpacks to about `unpacked_mb` MB of empty rows."""
    def rows(sheet):  # type: ignore[no-untyped-def]
        block = "".join(f'<row r="{n}"/>' for n in range(2, 50_002)).encode()
        written = 0
        while written < unpacked_mb << 20:
            sheet.write(block)
            written += len(block)
    return _workbook(path, rows)


def huge_cell_xlsx(path: Path, cell_mb: int) -> Path:
    """An .xlsx whose second row holds one cell of `cell_mb` MB."""
    def rows(sheet):  # type: ignore[no-untyped-def]
        sheet.write(b'<row r="2"><c r="A2" t="inlineStr"><is><t>')
        block = b"A" * (1 << 20)
        for _ in range(cell_mb):
            sheet.write(block)
        sheet.write(b"</t></is></c></row>")
    return _workbook(path, rows)


def many_rows_csv(path: Path, rows: int) -> Path:
    """A product export with `rows` data rows."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("商品ID,商品名称,类目,价格,库存,商品状态\n")
        line = "{0},商品{0},服饰/鞋靴>男装>T恤,59.00,3,在售\n"
        for start in range(0, rows, 10_000):
            out.write("".join(line.format(n) for n in range(start, min(rows, start + 10_000))))
    return path


def endless_line_csv(path: Path, mb: int) -> Path:
    """A CSV whose second line is `mb` MB long (no line break)."""
    with path.open("w", encoding="utf-8") as out:
        out.write("商品ID,商品状态,类目\n")
        block = "x" * (1 << 20)
        for _ in range(mb):
            out.write(block)
    return path
