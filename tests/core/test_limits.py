"""Hostile files are refused early, with a message naming the limit, and nothing is imported
(tests/hostile.py builds them; small sizes here, the sizes of issue #15 in bench/hostile_files.py)."""

import time

import pytest

from core import limits
from core.importers.base import ImportFileError
from core.importers.products import import_products, preview
from core.products import products
from core.store import Shop, Store
from tests.hostile import endless_line_csv, huge_cell_xlsx, many_rows_csv, row_bomb_xlsx


@pytest.fixture
def shop_store(tmp_path):
    store = Store(tmp_path / "shop.db")
    shop = store.save_shop(Shop(name="老周车行"))
    yield store, shop
    store.close()


def test_a_row_bomb_is_refused_before_it_is_parsed(tmp_path, shop_store, monkeypatch):
    store, shop = shop_store
    path = row_bomb_xlsx(tmp_path / "bomb.xlsx", unpacked_mb=60)  # 60 MB of empty rows (the bench: 1.1 GB)
    monkeypatch.setattr(limits, "MAX_XLSX_UNCOMPRESSED_MB", 50)
    began = time.perf_counter()
    with pytest.raises(ImportFileError) as refused:
        import_products(store, shop, path)
    assert time.perf_counter() - began < 30  # refused from the zip's directory, not by reading the rows
    assert "50 MB" in refused.value.message and "无法打开" not in refused.value.message
    assert not refused.value.message.startswith("file:")
    assert products(store, shop.id) == []


def test_one_huge_cell_is_refused_naming_the_limit(tmp_path, shop_store):
    store, shop = shop_store
    with pytest.raises(ImportFileError) as refused:
        import_products(store, shop, huge_cell_xlsx(tmp_path / "cell.xlsx", cell_mb=1))
    assert f"{limits.MAX_CELL_CHARS:,}" in refused.value.message
    assert products(store, shop.id) == []


def test_an_endless_line_is_refused_naming_its_line(tmp_path):
    with pytest.raises(ImportFileError) as refused:
        preview(endless_line_csv(tmp_path / "line.csv", mb=2))
    assert "第 2 行" in refused.value.message and f"{limits.MAX_LINE_CHARS:,}" in refused.value.message


def test_too_many_rows_are_refused_and_the_old_products_kept(tmp_path, shop_store, monkeypatch):
    store, shop = shop_store
    import_products(store, shop, many_rows_csv(tmp_path / "ok.csv", 50))
    monkeypatch.setitem(limits.MAX_ROWS, "products", 1_000)
    with pytest.raises(ImportFileError) as refused:
        import_products(store, shop, many_rows_csv(tmp_path / "many.csv", 1_500))
    assert "1,000" in refused.value.message
    assert len(products(store, shop.id)) == 50
