"""The 类目迁移 export: the migration worksheet (what to move where, by when, and what is done),
the level-1 category counts against their caps, and the findings, as sheets of rows (header first).

The cells are plain values; core.export.write_xlsx / write_csv neutralise formula-looking text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pathlib import Path

from . import findings_rows, with_suffix, write_csv, write_xlsx
from ..report import Report

STATUS_ZH = {"on_sale": "在售", "off_sale": "未在售"}
MIGRATION_HEADER = ["商品ID", "商品名称", "商品状态", "价格（元）", "库存", "原类目", "迁移到（新类目）",
                    "截止日期", "已迁移"]


def category_path(levels: Iterable[str]) -> str:
    """A category as the backend shows it: 一级 > 二级 > 三级."""
    return " > ".join(levels)


def migration_rows(report: Report, products: Iterable[dict[str, Any]] = ()) -> list[list[Any]]:
    """The migration worksheet: one row per product in a closed category (the `migrations` fact),
    not yet moved first, each with its target path; price and stock come from `products` (the
    snapshot, matched by id) when given."""
    by_id = {str(p.get("id")): p for p in products}
    moves = sorted(report.facts.get("migrations") or [], key=lambda m: bool(m.get("moved")))
    rows: list[list[Any]] = [list(MIGRATION_HEADER)]
    for move in moves:
        product = by_id.get(str(move.get("id")), {})
        stock = product.get("stock")
        rows.append([move.get("id", ""), move.get("title", ""),
                     STATUS_ZH.get(str(move.get("status")), move.get("status") or ""),
                     product.get("price") or "", "" if stock is None else stock,
                     category_path(move.get("from") or []), category_path(move.get("to") or []),
                     move.get("close_on", ""), "是" if move.get("moved") else "否"])
    return rows


def category_rows(report: Report) -> list[list[Any]]:
    """On-sale products per level-1 category against the cap the seller entered, then the shop total."""
    rows: list[list[Any]] = [["一级类目", "在售（件）", "类目上限（件）", "还可上架（件）", "状态"]]
    for entry in report.facts.get("category_counts") or []:
        listed, cap = entry.get("listed", 0), entry.get("cap")
        rows.append([entry.get("category", ""), listed, "未填写" if cap is None else cap,
                     "" if cap is None else max(cap - listed, 0), _state(listed, cap)])
    listing = report.facts.get("listing")
    if listing:
        rows += [[], ["全店", listing["listed"], listing["cap"], max(listing["headroom"], 0),
                      _state(listing["listed"], listing["cap"])]]
    return rows


def _state(listed: int, cap: int | None) -> str:
    if cap is None:
        return ""
    if listed > cap:
        return f"超出 {listed - cap} 件"
    return "已达上限" if listed == cap else "未超出"


def listing_sheets(report: Report, products: Iterable[dict[str, Any]] = ()) -> dict[str, list[list[Any]]]:
    """迁移清单, 类目上限 and 检查结果, for the .xlsx export."""
    return {"迁移清单": migration_rows(report, products), "类目上限": category_rows(report),
            "检查结果": findings_rows(report)}


def export_worksheet(path: Path | str, kind: str, report: Report, products: list[dict[str, Any]]) -> Path:
    """Write the worksheet (.csv) or the worksheet, caps and findings (.xlsx); returns the path written
    (the extension added when it was typed without one)."""
    target = with_suffix(path, kind)
    if kind == "xlsx":
        return write_xlsx(target, listing_sheets(report, products))
    return write_csv(target, migration_rows(report, products))
